import { describe, expect, it } from "vitest";
import { toneList } from "./intent-slots.ts";
import type { McpToolInfo } from "./mcp-client.ts";
import { fillBySchema } from "./slot-schema.ts";

const tool = (properties: Record<string, unknown>): McpToolInfo =>
  ({ name: "t", description: "", inputSchema: { type: "object", properties } }) as McpToolInfo;
const fill = (t: McpToolInfo, text: string, args: Record<string, unknown> = {}) =>
  fillBySchema(t, args, text, ["decide_review", "list_jobs"], []);

describe("arguments read from the tool's schema", () => {
  it("reads enum values the message names, with their everyday words and a slip", () => {
    const t = tool({
      methods: { type: "array", items: { type: "string", enum: ["exact", "perceptual"] } },
      platform: { type: "string", enum: ["meta", "google_ads", "tiktok"] },
      label: { type: "string", enum: ["incorrect_tag", "off_brand", "custom"] },
    });
    expect(fill(t, "run a dupe check on IG, perceptaul only")).toEqual({ methods: ["perceptual"], platform: "meta" });
    expect(fill(t, "flag it as off-brand")).toEqual({ label: "off_brand" });
  });

  it("reads a failure said in everyday words as the failed status, and 'the last 20 jobs' as a limit", () => {
    const jobs = tool({
      status: { type: "string", enum: ["pending", "running", "succeeded", "failed"] },
      limit: { type: "integer" },
    });
    expect(fill(jobs, "why'd the meta pull fall over last night?")).toEqual({ status: "failed" });
    expect(fill(jobs, "anything crash overnight?")).toEqual({ status: "failed" });
    expect(fill(jobs, "Pleace show me the last 20 jobs")).toEqual({ limit: 20 });
    // A stretch of time is no count of things.
    expect(fill(jobs, "jobs from the last 7 days")).toEqual({});
    expect(fill(jobs, "jobs in the last 7d")).toEqual({});
  });

  it("reads a lineage direction from how people ask where an asset went", () => {
    const t = tool({ direction: { type: "string", enum: ["upstream", "downstream", "both"] } });
    for (const text of ["has any ad used it yet?", "And what came out of it after", "y cuáles ads usaron esa foto?"])
      expect(fill(t, text)).toEqual({ direction: "downstream" });
    expect(fill(t, "which prompt made it?")).toEqual({ direction: "upstream" });
  });

  it("reads a required choice by the one word that sets its value apart", () => {
    const starter = {
      ...tool({ kind: { type: "string", enum: ["template", "rule_set", "import_manifest"] } }),
      inputSchema: {
        type: "object",
        properties: { kind: { type: "string", enum: ["template", "rule_set", "import_manifest"] } },
        required: ["kind"],
      },
    } as McpToolInfo;
    expect(fill(starter, "starter manifest pls, filled in with our brand")).toEqual({ kind: "import_manifest" });
    expect(fill(starter, "a couple of manifests please")).toEqual({ kind: "import_manifest" });
    // Optional fields are never guessed from part of a value; nor is a word two values share.
    expect(fill(tool({ kind: { type: "string", enum: ["import_manifest"] } }), "the manifest")).toEqual({});
    const shared = {
      ...starter,
      inputSchema: {
        ...starter.inputSchema,
        properties: { kind: { type: "string", enum: ["asset_report", "cost_report"] } },
      },
    } as McpToolInfo;
    expect(fill(shared, "the report please")).toEqual({});
  });

  it("reads a file's decimal mark and date order in the words of several languages", () => {
    const t = tool({
      decimalSeparator: { type: "string", enum: [".", ","] },
      dateOrder: { type: "string", enum: ["dmy", "mdy"] },
    });
    expect(fill(t, "it's in euros with commas for decimals")).toEqual({ decimalSeparator: "," });
    expect(fill(t, "attention les dates sont jour/mois et la virgule est décimale")).toEqual({
      decimalSeparator: ",",
      dateOrder: "dmy",
    });
    expect(fill(t, "vírgula como decimal e data dia/mês")).toEqual({ decimalSeparator: ",", dateOrder: "dmy" });
    expect(fill(t, "decimali con la virgola e date giorno/mese")).toEqual({ decimalSeparator: ",", dateOrder: "dmy" });
    expect(fill(t, "Datumsformat ist TT.MM.JJJJ")).toEqual({ dateOrder: "dmy" });
    // A comma with no word for decimals is no decimal mark.
    expect(fill(t, "names separated by commas")).toEqual({});
  });

  it("reads a file's date order, a conversion with its rate and a partial load in everyday words", () => {
    const t = tool({
      dateOrder: { type: "string", enum: ["dmy", "mdy"] },
      partial: { type: "boolean", description: "Store the readable rows of a partly unreadable file" },
      convertTo: { type: "string", description: "Store money converted into this currency (needs exchangeRate)" },
      exchangeRate: { type: "number", description: "Your rate: 1 unit of the file's currency = exchangeRate units" },
    });
    expect(fill(t, "Meta export attached, US date format")).toEqual({ dateOrder: "mdy" });
    expect(fill(t, "Dates are day-month-year, Dutch style")).toEqual({ dateOrder: "dmy" });
    expect(fill(t, "les dates en jj/mm")).toEqual({ dateOrder: "dmy" });
    expect(fill(t, "3 rows are garbage, load the rest")).toEqual({ partial: true });
    expect(fill(t, "a few rows are mangled, just store what you can read")).toEqual({ partial: true });
    expect(fill(t, "load it, don't store broken rows")).toEqual({});
    // A fact asked NOT to be recorded: the field's own verb denied, in English or French, sets nothing.
    const split = tool({
      appliedOnPlatform: {
        type: "boolean",
        description:
          "Hand-made ads: you set your platform budgets to this split (with apply: false, to the split already in force) from effectiveFrom; the traffic-split check then covers those days",
      },
    });
    expect(fill(split, "we set the budgets on tiktok to the new split already, applied on the platform")).toEqual({
      appliedOnPlatform: true,
    });
    expect(fill(split, "show me the new split for the trail test but do not apply it on the platform")).toEqual({});
    // The nouns of the ask alone are no record of a budget set by hand: the doing is said, or nothing is set.
    expect(fill(split, "what would the budget split look like on the meta test? only a preview")).toEqual({});
    expect(fill(split, "I set our platform budgets to the trail split yesterday")).toEqual({ appliedOnPlatform: true });
    expect(fill(split, "C'est quoi le split actuel sur le test TikTok ? Sans l'appliquer, je veux juste voir")).toEqual(
      {},
    );
    expect(fill(t, "en pesos. tipo de cambio 17.2, pásalo a dólares")).toEqual({
      convertTo: "USD",
      exchangeRate: 17.2,
    });
    expect(fill(t, "it's in rand. 1 ZAR is about 0.054 USD, store it in dollars")).toEqual({
      convertTo: "USD",
      exchangeRate: 0.054,
    });
    expect(fill(t, "L'export est en euros, on convertit en dollars à 1,08")).toEqual({
      convertTo: "USD",
      exchangeRate: 1.08,
    });
    // A file's currency alone asks no conversion.
    expect(fill(t, "the export is in euros")).toEqual({});
  });

  it("reads a failed status in the words of several languages", () => {
    const t = tool({ status: { type: "string", enum: ["pending", "running", "succeeded", "failed"] } });
    expect(fill(t, "Montre-moi les jobs qui ont planté")).toEqual({ status: "failed" });
    expect(fill(t, "welcher Job ist fehlgeschlagen?")).toEqual({ status: "failed" });
    expect(fill(t, "mostra os jobs que falharam")).toEqual({ status: "failed" });
    expect(fill(t, "el ingest de Meta falló otra vez?")).toEqual({ status: "failed" });
  });

  it("reads a string field of a tool that changes something, named in words and given a value", () => {
    const update = {
      ...tool({
        id: { type: "string" },
        rightsHolder: { type: "string" },
        usageNotes: { type: "string" },
        notes: { type: "string" },
        person: { type: "string" },
      }),
      annotations: { readOnlyHint: false },
    } as McpToolInfo;
    expect(fill(update, "set the rights holder on the runner portrait to 'Luca Bianchi Studio'")).toEqual({
      rightsHolder: "Luca Bianchi Studio",
    });
    expect(fill(update, "add a usage note: organic + paid social only, no OOH")).toEqual({
      usageNotes: "organic + paid social only, no OOH",
    });
    expect(fill(update, "talent asset — rights holder Lou Park till Oct")).toEqual({ rightsHolder: "Lou Park" });
    expect(fill(update, "The portrait's rights holder is Dana Ruiz, cleared through 2028")).toEqual({
      rightsHolder: "Dana Ruiz",
    });
    expect(fill(update, "person=U05PRIYA004 please")).toEqual({ person: "U05PRIYA004" });
    // "'s", "as", "should be" and a dash give the value too; it ends where the clause does.
    expect(fill(update, "rights holder's Jack Nguyen, he's a mate from the run club")).toEqual({
      rightsHolder: "Jack Nguyen",
    });
    expect(fill(update, "update the rights holder as Rhea Kapoor and validity till 31st December")).toEqual({
      rightsHolder: "Rhea Kapoor",
    });
    expect(fill(update, "set me as rights holder on the track photo — Lena Hart Photography. Runs to May")).toEqual({
      rightsHolder: "Lena Hart Photography",
    });
    expect(fill(update, "model release on file — rights holder should be Ola Berg, expires soon")).toEqual({
      rightsHolder: "Ola Berg",
    });
    expect(fill(update, "set the rights holder as well")).toEqual({});
    // Who holds the rights said as ownership.
    expect(fill(update, "the runner portrait belongs to Inês Duarte Studio, licensed until June")).toEqual({
      rightsHolder: "Inês Duarte Studio",
    });
    expect(fill(update, "a scene, rights with Alpenhof Lodge until 31 Dec 2027")).toEqual({
      rightsHolder: "Alpenhof Lodge",
    });
    expect(fill(update, "Our photographer, Dana Ruiz Photography, owns it")).toEqual({
      rightsHolder: "Dana Ruiz Photography",
    });
    expect(fill(update, "We own it")).toEqual({});
    // Who it is said first, then their name; a name said before "she's the rights holder"; "Co." ends no clause.
    expect(fill(update, "that's my shot — rights holder is me, Aroha Ngata")).toEqual({ rightsHolder: "Aroha Ngata" });
    expect(fill(update, "put the rights holder on the dusk shot to me? Tomás Ruiz")).toEqual({
      rightsHolder: "Tomás Ruiz",
    });
    expect(fill(update, "Change Mara's rights holder to her agency, Bloom Talent Mgmt")).toEqual({
      rightsHolder: "Bloom Talent Mgmt",
    });
    expect(fill(update, "The rights holder is the agency Studio Lume, the contract ends in May")).toEqual({
      rightsHolder: "Studio Lume",
    });
    expect(fill(update, "thats Zoe Kim from the ambassador squad lol, she's the rights holder")).toEqual({
      rightsHolder: "Zoe Kim",
    });
    expect(fill(update, "rights holder is Kestrel Run Co. — staff member")).toEqual({
      rightsHolder: "Kestrel Run Co.",
    });
    // A note said as one fills the notes field that is most specific; "note that …" alone is not one.
    expect(fill(update, "Could you add a note that it's only for lodge co-marketing?")).toEqual({
      usageNotes: "only for lodge co-marketing",
    });
    expect(fill(update, "Can you note on the Mara asset that it's not for affiliate use? Her contract")).toEqual({
      usageNotes: "not for affiliate use",
    });
    expect(fill(update, "please note that I am away")).toEqual({});
    // A mark given in words, after a colon or quoted; a status said so is no note.
    expect(fill(update, "mark the harbour photo: agency use only, no resale")).toEqual({
      usageNotes: "agency use only, no resale",
    });
    expect(fill(update, "flag the dusk banner 'UK only until the relaunch'")).toEqual({
      usageNotes: "UK only until the relaunch",
    });
    expect(fill(update, "mark it: approved")).toEqual({});
    // A pointer is not a value, an id field is never read so, and a tool that only reads takes nothing.
    expect(fill(update, "add notes to the asset")).toEqual({});
    expect(fill(update, "id is ast_01")).toEqual({});
    const read = { ...update, annotations: { readOnlyHint: true } };
    expect(fill(read, "rights holder is Dana Ruiz")).toEqual({});
    // A read still takes a filter written as field=value.
    expect(fill(read, "audit events for person=U05PRIYA004 last week")).toEqual({ person: "U05PRIYA004" });
  });

  it("leaves out a value the message turns down", () => {
    const t = tool({ metric: { type: "string", enum: ["ctr", "cvr", "roas"] } });
    expect(fill(t, "rerun it for the trail arms only — and give me the cvr, not ctr")).toEqual({ metric: "cvr" });
    expect(toneList("same but calm instead of playful")).toEqual(["calm"]);
    expect(toneList("3 more but calmer, and punchier")).toEqual(["calm"]);
    expect(toneList("make it edgier")).toEqual(["edgy"]);
    expect(toneList("4 variants with a playful tone. i'm tired of the energetic stuff")).toEqual(["playful"]);
  });

  it("never overwrites what the rules already filled", () => {
    const t = tool({ platform: { type: "string", enum: ["meta", "tiktok"] } });
    expect(fill(t, "on tiktok", { platform: "meta" })).toEqual({ platform: "meta" });
  });

  it("reads a minimum said with its unit, and a count said in texting or another language", () => {
    const top = tool({ minImpressions: { type: "integer" }, limit: { type: "integer" } });
    expect(fill(top, "pull conv volume by asset since monday, min 500 impr")).toEqual({ minImpressions: 500 });
    expect(fill(top, "top performers by roas, minimum 2000 impressoins")).toEqual({ minImpressions: 2000 });
    expect(fill(top, "bump min impressions to 2k, too much noise")).toEqual({ minImpressions: 2000 });
    expect(fill(top, "drop the floor to 1k")).toEqual({ minImpressions: 1000 });
    expect(fill(top, "cpa top10 lst 7d")).toEqual({ limit: 10 });
    expect(fill(top, "Je peux avoir les 10 meilleurs visuels par ROAS")).toEqual({ limit: 10 });
    const policy = tool({
      policy: { type: "object", properties: { minSamplePerArm: { type: "integer" }, minDays: { type: "integer" } } },
    });
    expect(fill(policy, "metric CVR. Min 3,000 per arm before any call and 21 days minimum.")).toEqual({
      policy: { minSamplePerArm: 3000, minDays: 21 },
    });
  });

  it("reads numbers after a field's own words, money for micros, currencies, dates and tool names", () => {
    const t = tool({
      seed: { type: "integer" },
      limit: { type: "integer" },
      exchangeRate: { type: "number" },
      convertTo: { type: "string", description: "Currency code" },
      effectiveFrom: { type: "string" },
      tool: { type: "string" },
      approvalPolicy: { type: "object", properties: { spendThresholdMicros: { type: "integer" } } },
    });
    expect(fill(t, "seed 42, show 20, convert to USD at 1.08, effective 2027-04-15")).toMatchObject({
      seed: 42,
      limit: 20,
      exchangeRate: 1.08,
      convertTo: "USD",
      effectiveFrom: "2027-04-15",
    });
    const knobs = tool({
      minImpressions: { type: "integer" },
      maxDistance: { type: "integer" },
      depth: { type: "integer" },
    });
    expect(fill(knobs, "top 50 with min_impressions = 5000, maxDistance 6, detph 3")).toEqual({
      minImpressions: 5000,
      maxDistance: 6,
      depth: 3,
    });
    expect(fill(t, "which headlines do best on meta? just want the top few")).toEqual({ limit: 5 });
    expect(fill(t, "audit log for decide_review")).toEqual({ tool: "decide_review" });
    expect(fill(t, "who approved the City CTA promotion?")).toEqual({ tool: "decide_review" });
    expect(fill(t, "raise the approval spend threshold to $1,000")).toEqual({
      approvalPolicy: { spendThresholdMicros: 1_000_000_000 },
    });
  });
});

describe("a floor on a field is not the field's enum value", () => {
  it("reads 'min impressions to 2k' as the impressions floor, not the metric to rank by", () => {
    const t = tool({
      metric: { type: "string", enum: ["ctr", "cvr", "conversions", "impressions"] },
      minImpressions: { type: "integer" },
    });
    expect(fill(t, "bump min impressions to 2k, too much noise").metric).toBeUndefined();
    expect(fill(t, "top ads, at least 5k impressions").metric).toBeUndefined();
    expect(fill(t, "how many impressions did the benefit one get").metric).toBe("impressions");
  });
});
