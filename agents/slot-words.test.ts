import { describe, expect, it } from "vitest";
import { EMPTY_VOCABULARY } from "../core/intents/vocabulary.ts";
import { parseDateRange } from "./intent-dates.ts";
import type { McpToolInfo } from "./mcp-client.ts";
import { cleanQuery } from "./search-words.ts";
import { fillNamed, nameAnew, withoutName } from "./slot-names.ts";
import { fillBySchema } from "./slot-schema.ts";
import { fillByShape } from "./slot-shapes.ts";
import { correctSpelling } from "./spelling.ts";

/**
 * Issue 25, arguments in the words people use: Spanish and German dates, a campaign by name, the value an order gives
 * ("mark it ready"), marks by their names ("commas as decimals"), a yes/no option described in the schema's words, and
 * search words without the story around them.
 */
const NOW = new Date("2027-04-14T10:00:00Z");
const tool = (properties: Record<string, unknown>): McpToolInfo =>
  ({ name: "t", description: "", inputSchema: { type: "object", properties } }) as McpToolInfo;
const fill = (t: McpToolInfo, text: string, args: Record<string, unknown> = {}) => fillBySchema(t, args, text, [], []);

describe("dates in Spanish and German", () => {
  it("reads months, weeks and weekdays as their English words", () => {
    expect(parseDateRange("cuánto costó todo en marzo", NOW)).toMatchObject({ from: "2027-03-01", to: "2027-03-31" });
    expect(parseDateRange("la semana pasada", NOW)).toMatchObject({ from: "2027-04-05", to: "2027-04-11" });
    // Texting forms of "the last N days/weeks".
    expect(parseDateRange("cpa top10 lst 7d", NOW)).toMatchObject({ from: "2027-04-08", to: "2027-04-14" });
    expect(parseDateRange("CVR kings, last 7d", NOW)).toMatchObject({ from: "2027-04-08" });
    expect(parseDateRange("past 2wks", NOW)).toMatchObject({ from: "2027-04-01" });
    expect(parseDateRange("the last ad we ran", NOW)).toBeUndefined();
    expect(parseDateRange("desde el lunes", NOW)).toMatchObject({ from: "2027-04-12", to: "2027-04-14" });
    expect(parseDateRange("seit Montag", NOW)).toMatchObject({ from: "2027-04-12" });
    expect(parseDateRange("im März", NOW)).toMatchObject({ from: "2027-03-01" });
    expect(parseDateRange("die letzten 30 Tage", NOW)).toMatchObject({ from: "2027-03-16", to: "2027-04-14" });
    expect(parseDateRange("the april shoot", NOW)).toBeUndefined();
  });
});

describe("a campaign by name", () => {
  const v = { ...EMPTY_VOCABULARY, campaigns: [{ id: "cmp_01TESTAUTUMN", name: "Autumn Dash 2027" }] };
  const t = tool({ campaignId: { type: "string" }, groupBy: { type: "array" } });
  it("fills the campaign field from its whole name or the words before 'campaign'", () => {
    expect(fillNamed(t, {}, "cost per winner for the Autumn Dash 2027 campaign?", v, [])).toEqual({
      campaignId: "cmp_01TESTAUTUMN",
    });
    expect(fillNamed(t, {}, "spend on the autumn dash campaign", v, [])).toEqual({ campaignId: "cmp_01TESTAUTUMN" });
    expect(fillNamed(t, {}, "cost by campaign last month", v, [])).toEqual({});
  });
  it("reads the campaign without its year, or its first word before 'stuff', for a tool that takes no template", () => {
    expect(fillNamed(t, {}, "how much $$ did makign all the autumn dash stuff cost us", v, [])).toEqual({
      campaignId: "cmp_01TESTAUTUMN",
    });
    expect(fillNamed(t, {}, "how much did the AI cost us to make all the autumn stuff", v, [])).toEqual({
      campaignId: "cmp_01TESTAUTUMN",
    });
    const withTemplate = tool({ campaignId: { type: "string" }, templateId: { type: "string" } });
    expect(fillNamed(withTemplate, {}, "slot insights for autumn dash", v, [])).toEqual({});
    expect(fillNamed(t, {}, "cost of the autumn shoot", v, [])).toEqual({});
  });
  it("reads a campaign named by one word of its name beside the word campaign, in other languages too", () => {
    expect(fillNamed(t, {}, "¿la campaña de autumn cuánto ha costado en generación?", v, [])).toEqual({
      campaignId: "cmp_01TESTAUTUMN",
    });
    expect(fillNamed(t, {}, "what did the dash campaign cost", v, [])).toEqual({ campaignId: "cmp_01TESTAUTUMN" });
  });
});

describe("fields the message names", () => {
  const v = { ...EMPTY_VOCABULARY, audiences: [{ id: "trail-enthusiasts", names: ["Trail enthusiasts"] }] };
  it("takes a quoted new name, a value said after the field's words, and the ids a removal names", () => {
    const asset = tool({ name: { type: "string" }, rightsHolder: { type: "string" } });
    expect(fillNamed(asset, {}, "rename the april 01 track shot to 'Track at golden hour'", v, [])).toEqual({
      name: "Track at golden hour",
    });
    expect(fillNamed(asset, {}, "Rights holder is Jonah Weiss Photography, licence runs to 2028-04-30", v, [])).toEqual(
      {
        rightsHolder: "Jonah Weiss Photography",
      },
    );
    const brand = tool({ removeAudiences: { type: "array", items: { type: "string" } } });
    expect(fillNamed(brand, {}, "drop the trail-enthusiasts audience", v, [])).toEqual({
      removeAudiences: ["trail-enthusiasts"],
    });
    const rules = tool({ remove: { type: "array", items: { type: "string" } } });
    expect(fillNamed(rules, {}, "remove rule tone-no-slang from the rules", v, [])).toEqual({
      remove: ["tone-no-slang"],
    });
    expect(fillNamed(rules, {}, "add rule tone-no-slang", v, [])).toEqual({});
    // Unquoted: the words after "rename … to", to the end of the clause, without a closing "please".
    expect(fillNamed(asset, {}, "rename ast_01JTRDAWNSHT00000000000001 to Spring hero final", v, [])).toEqual({
      name: "Spring hero final",
    });
    expect(
      fillNamed(asset, {}, "can you change the name of the bridge shot to City bridge at dusk, thanks", v, []),
    ).toEqual({ name: "City bridge at dusk" });
    expect(fillNamed(asset, {}, "rename the trail one to Summer launch hero please", v, [])).toEqual({
      name: "Summer launch hero",
    });
    expect(fillNamed(asset, {}, "rename the bridge one to something shorter", v, [])).toEqual({});
    const feedback = tool({ tag: { type: "string", description: "A tag judged wrong, e.g. 'trail'" } });
    expect(fillNamed(feedback, {}, "the tagger tagged the bridge shot as 'city' — wrong tag", v, [])).toEqual({
      tag: "city",
    });
    expect(fillNamed(feedback, {}, "this one says 'crush it', off brand", v, [])).toEqual({});
  });
});

describe("rights expiry", () => {
  const t = tool({ rightsExpiresAt: { type: "string" } });
  it("reads the one date of a message about rights, and the end of a month said", () => {
    expect(fillByShape(t, {}, "Mara's rights have been extended to end of October — 2027-10-31", NOW, [])).toEqual({
      rightsExpiresAt: "2027-10-31",
    });
    expect(fillByShape(t, {}, "renewed through end of february", NOW, [])).toEqual({ rightsExpiresAt: "2028-02-29" });
    const list = tool({ rightsValidOn: { type: "string" } });
    const until = (text: string) => fillByShape(t, {}, text, NOW, []).rightsExpiresAt;
    expect(until("Mara renewed! rights now run to 31 Oct 2027")).toBe("2027-10-31");
    expect(until("Mara rights is extended until 31 July.")).toBe("2027-07-31");
    expect(until("cleared through October 31")).toBe("2027-10-31");
    // A season that names a thing is no date; the new name's words are not read again.
    expect(until("rename ast_01JTRDAWNSHT00000000000001 to Spring hero final")).toBeUndefined();
    expect(until("rights run through summer")).toBe("2027-08-31");
    expect(until("cleared to end of summer 2027, then archive")).toBe("2027-08-31");
    expect(withoutName("rename it to Spring hero final", "Spring hero final")).toBe("rename it to  ");
    // A follow-up's own new name, after a dash, replaces the last rename's.
    const named = tool({ id: { type: "string" }, name: { type: "string" } });
    expect(
      nameAnew(named, { name: "Track lanes – wide" }, "ok and rename the bridge one too — 'City bridge – dusk'", []),
    ).toEqual({
      name: "City bridge – dusk",
    });
    expect(nameAnew(named, { name: "Track lanes – wide" }, "and the bridge one", [])).toEqual({
      name: "Track lanes – wide",
    });
    expect(until("rights holder Lou Park till Oct")).toBe("2027-10-31");
    expect(until("she said we can use it til end of june")).toBe("2027-06-30");
    // A slipped or Scots "to", and "expires", before "the end of".
    expect(until("Extend Mara's rights two the end of September her agent said yes")).toBe("2027-09-30");
    expect(until("Mara's rights are extended tae the end of October")).toBe("2027-10-31");
    expect(until("rights holder is Ola Berg, expires end of 2027")).toBe("2027-12-31");
    // The expiry said as its noun, or as the licence or contract ending: the day it ends.
    expect(until("new licence, expiry end of this year")).toBe("2027-12-31");
    expect(until("their contract finishes the 30 September")).toBe("2027-09-30");
    expect(until("the licence ends on 2 June")).toBe("2027-06-02");
    // A month already past is next year's; a word that starts like a month is none; "to may" is a verb.
    expect(until("renewed to march")).toBe("2028-03-31");
    // Who holds the rights said before their name, read the same by every filler of a field named in words.
    const holder = { ...tool({ rightsHolder: { type: "string" } }), annotations: { readOnlyHint: false } };
    expect(
      fillNamed(holder, {}, "holder on that one: rights holder is us, Harbour Films", EMPTY_VOCABULARY, []),
    ).toEqual({
      rightsHolder: "Harbour Films",
    });
    expect(fillNamed(holder, {}, "rights holder is Priya Nair", EMPTY_VOCABULARY, [])).toEqual({
      rightsHolder: "Priya Nair",
    });
    expect(until("send it to marathoners, rights renewed")).toBeUndefined();
    expect(until("rights renewed, happy to may be extend")).toBeUndefined();
    expect(fillByShape(list, {}, "only the ones with valid rights today", NOW, [])).toEqual({
      rightsValidOn: "2027-04-14",
    });
  });
});

describe("the day rights must hold", () => {
  const list = tool({ rightsValidOn: { type: "string" } });
  const on = (text: string) => fillByShape(list, {}, text, NOW, []).rightsValidOn;
  it("reads a day said with a use or rights word, ahead of now", () => {
    expect(on("which pics can we still use on the 1st of May?")).toBe("2027-05-01");
    expect(on("which talent pics can we still use on may 15 rights-wise")).toBe("2027-05-15");
    expect(on("which of the city images can we still use in August? rights-wise")).toBe("2027-08-01");
    expect(on("and only those still cleared on the first of June")).toBe("2027-06-01");
    expect(on("rights valid in the first week of june")).toBe("2027-06-01");
    expect(on("is it still cleared on the 30th?")).toBe("2027-04-30");
    expect(on("usable on 2 March?")).toBe("2028-03-02");
    expect(on("the banners from 15 May")).toBeUndefined();
  });
});

describe("a nested field said beside others already filled", () => {
  it("fills rights valid through summer into filters that already name the brand", () => {
    const search = tool({
      filters: { type: "object", properties: { brand: { type: "string" }, rightsValidOn: { type: "string" } } },
    });
    expect(
      fillByShape(search, { filters: { brand: "kestrel" } }, "trail images with rights valid through summer?", NOW, []),
    ).toEqual({ filters: { brand: "kestrel", rightsValidOn: "2027-08-31" } });
    expect(fillByShape(search, { filters: "kestrel" }, "rights valid through summer", NOW, [])).toEqual({
      filters: "kestrel",
    });
  });
});

describe("a dry run or for real", () => {
  it("takes the last word said, and reads 'preview only' as not applying", () => {
    const stop = tool({ dryRun: { type: "boolean" } });
    expect(fillByShape(stop, {}, "wait is it real or just a preview?? do it for real then", NOW, [])).toEqual({
      dryRun: false,
    });
    expect(fillByShape(stop, {}, "stop it, dry run", NOW, [])).toEqual({ dryRun: true });
    const rebalance = tool({ apply: { type: "boolean" } });
    expect(fillByShape(rebalance, {}, "same for the trail flight, but preview only", NOW, [])).toEqual({
      apply: false,
    });
  });
});

describe("the day a change takes effect", () => {
  const t = tool({ effectiveFrom: { type: "string" } });
  const from = (text: string) => fillByShape(t, {}, text, NOW, []).effectiveFrom;
  it("reads tomorrow, a weekday with or without its day and a day of a month after 'from/starting', ahead of now", () => {
    expect(from("recompute the trail split and apply from tmrw")).toBe("2027-04-15");
    expect(from("apply it from tomorrow")).toBe("2027-04-15");
    expect(from("Shift traffic toward the winner on the hook test, starting Friday 16th")).toBe("2027-04-16");
    expect(from("effective monday")).toBe("2027-04-19");
    expect(from("apply it from april 20")).toBe("2027-04-20");
    expect(from("apply the split from the hook test")).toBeUndefined();
  });
});

describe("how far ahead a …WithinDays field reaches", () => {
  const t = tool({ expiringWithinDays: { type: "integer" } });
  const days = (text: string) => fillByShape(t, {}, text, NOW, []).expiringWithinDays;
  it("reads days, weeks, the rest of this month and a date, only where the field's word is said", () => {
    expect(days("assets with rights expiring in 14 days")).toBe(14);
    expect(days("anything with rights running out this month")).toBe(16);
    expect(days("assets whose rights expire before 30 April")).toBe(16);
    expect(days("what expires within 2 weeks")).toBe(14);
    expect(days("top ads this month")).toBeUndefined();
  });
  it("reads counts in words, a 'Nd window', a month ahead, another language and a day said after 'before'", () => {
    expect(days("whose rights are expirng in the next two weeks?")).toBe(14);
    expect(days("library_review categories=expiring, 30d window")).toBe(30);
    expect(days("Les droits de quelles photos expirent bientot ? genre dans le mois")).toBe(30);
    expect(days("¿y lo que caduca en los próximos 15 días?")).toBe(15);
    expect(days("anything with rights ending before the promo wraps on May 31?")).toBe(47);
  });
});

describe("values from the schema", () => {
  it("takes the value an order gives over one the message only mentions", () => {
    const t = tool({ status: { type: "string", enum: ["ready", "checked", "archived"] } });
    expect(fill(t, "I've checked the shoe close-up, it's fine, mark it ready")).toEqual({ status: "ready" });
    // The object may be a few words, the value the last of two said together; "reviewed" alone is ready.
    const reviewed = tool({ status: { type: "string", enum: ["ready", "approved", "checked", "archived"] } });
    expect(fill(reviewed, "I've checked April shoot 03. Mark it reviewed and approved.")).toEqual({
      status: "approved",
    });
    expect(fill(reviewed, "mark the April shoot 03 shoe close-up as reviewed and ready? I have checked it")).toEqual({
      status: "ready",
    });
    expect(fill(reviewed, "Mara's agent has renewed. Record that and mark her reviewed.")).toEqual({ status: "ready" });
  });
  it("widens a list the rules read in part when the message names more of its values", () => {
    const t = tool({
      methods: { type: "array", items: { type: "string", enum: ["exact", "perceptual", "embedding"] } },
    });
    expect(fill(t, "dupe scan, exact + perceptul", { methods: ["exact"] })).toEqual({
      methods: ["exact", "perceptual"],
    });
  });
  it("reads marks by their names next to the field's word, in German too", () => {
    const t = tool({ decimalSeparator: { type: "string", enum: [".", ","] } });
    expect(fill(t, "numbers with commas as decimals")).toEqual({ decimalSeparator: "," });
    expect(fill(t, "Komma als Dezimaltrenner")).toEqual({ decimalSeparator: "," });
    expect(fill(t, "separate the tags with commas")).toEqual({});
  });
  it("sets a yes/no option the message describes in its description's words, unless denied", () => {
    const t = tool({
      partial: { type: "boolean", description: "Store the readable rows of a partly unreadable file" },
      dryRun: { type: "boolean", description: "Record deployments without calling the platform" },
      filters: {
        type: "object",
        properties: {
          includeAll: { type: "boolean", description: "Also return needs_review, rejected, archived assets" },
        },
      },
    });
    expect(fill(t, "half the rows are borked, just ingest what's readable")).toEqual({ partial: true });
    expect(fill(t, "including the ones that still need review")).toEqual({ filters: { includeAll: true } });
    expect(fill(t, "load the file")).toEqual({});
  });
});

describe("examples a field's description gives", () => {
  const t = tool({
    objective: { type: "string", description: "Campaign objective, e.g. conversions, awareness" },
    filters: {
      type: "object",
      properties: {
        format: { type: "string", description: "File format (jpeg, png) or placement format (square-1x1, story-9x16)" },
        status: { type: "string", enum: ["ready", "tagged"] },
      },
    },
  });
  it("reads a placement by its word or ratio, and a plain example with the field's own word", () => {
    expect(fill(t, "square creatives for gen z", { filters: { brand: "kestrel" } })).toEqual({
      filters: { brand: "kestrel", format: "square-1x1" },
    });
    expect(fill(t, "night shots in 9:16")).toMatchObject({ filters: { format: "story-9x16" } });
    expect(fill(t, "8 for urban runners, conversions objective")).toEqual({ objective: "conversions" });
    expect(fill(t, "how many conversions did we get")).toEqual({});
  });
  it("adds no loose enum word to an object the rules began", () => {
    expect(fill(t, "i tagged the bridge pic wrong", { filters: { brand: "kestrel" } })).toEqual({
      filters: { brand: "kestrel" },
    });
  });
});

describe("search words", () => {
  it("keeps what is looked for, not the story or the purpose around it", () => {
    const q = (s: string) => cleanQuery(s, EMPTY_VOCABULARY);
    expect(q("A customer complained about the Ember colour. Can you find Ember so I can compare")).toBe("Ember");
    expect(q("w mountains in it? doing a flyer for the boulder store")).toBe("mountains");
    expect(q("ppl running in the city at night?? for a tiktok")).toBe("people running in the city at night");
    expect(q("orange sneaker for a story")).toBe("orange sneaker for a story");
    // Who wants it, the ask said after it and the page it is for are no picture words; "+" is "and".
    expect(q("the podcast network wants a square logo + a product shot for the episode page, what do we have")).toBe(
      "a square logo and a product shot",
    );
    expect(q("people running in groups — a run club partner wants community vibes")).toBe(
      "people running in groups community",
    );
    expect(q("what have we got of the coast")).toBe("the coast");
    // An apology, what is going on, a hedge, the place it goes and the ask said between are no picture words.
    expect(q("if this is a dumb question but how do I find people running on trails")).toBe("people running on trails");
    expect(q("expo booth is Saturday and I need a hero image for the backdrop — what have we got with a runner")).toBe(
      "a hero image a runner",
    );
    expect(q("someone running over a bridge at night city lights that kind of thing")).toBe(
      "someone running over a bridge at night city lights",
    );
    expect(q("Which are there with city at night")).toBe("city at night");
    expect(q("one runner on their own")).toBe("one runner alone");
  });

  it("drops how it should feel, what it should not be and what its rights must be, keeping what is in it", () => {
    const q = (s: string) => cleanQuery(s, EMPTY_VOCABULARY);
    expect(q("that feels like community — people running together laughing not competitive")).toBe(
      "community people running together laughing",
    );
    expect(q("like the trail at dawn but with less busy background so text reads well")).toBe("less busy background");
    expect(q("like the city night banner but in daylight")).toBe("daylight");
    expect(q("that resonate with older runners — 50+")).toBe("older runners 50+");
    expect(q("shoe close-ups that aren't the box")).toBe("shoe close-up");
    expect(q("trail rights valid through summer")).toBe("trail");
    expect(q("UGC-looking — phone- candid not polsihed")).toBe("UGC phone- candid");
  });

  it("drops asking words, misspelt filler and another language's request around the search words", () => {
    const q = (s: string) => cleanQuery(s, EMPTY_VOCABULARY);
    expect(q("I search shoe in orange colour")).toBe("shoe orange");
    expect(q("somthing : wide runners in a city at night")).toBe("wide runners in a city at night");
    expect(q("sumthing with a bridge")).toBe("a bridge");
    expect(q("vertical stills with motion blur")).toBe("motion blur");
    expect(q("fotos de trail running at dawn para Lisboa")).toBe("trail running at dawn");
    expect(q("trail shoes in the mud moss green if possible")).toBe("trail shoes in the mud moss green if possible");
  });

  it("drops who asks, what it is needed for and chat slang, and keeps a list of words said after the ask", () => {
    const q = (s: string) => cleanQuery(s, EMPTY_VOCABULARY);
    expect(q("Do you have runners on a bridge at golden hour? Trying to avoid repeating myself")).toBe(
      "runners on a bridge at golden hour",
    );
    expect(q("Kindly search for runners with earphones in the city, it is required for one post")).toBe(
      "runners with earphones in the city",
    );
    expect(q("The client is asking if runners in a group, could you look")).toBe("runners in a group");
    expect(q("ppl runing thru the city at night, very it's giving after hours")).toBe(
      "people running through the city at night",
    );
    expect(q("people running with friends, giving community vibes")).toBe("people running with friends community");
    expect(q("Just search shoes on wet asphalt. Rain, city, night.")).toBe("shoes on wet asphalt Rain city night");
    expect(q("runners I can use for our local page? Sorry on my phone, in the shop")).toBe("runners");
  });

  it("drops chat particles, tags, intensifiers and the brand a search is for, and reads dialect spellings", () => {
    const q = (s: string) => cleanQuery(s, EMPTY_VOCABULARY);
    const kestrel = { ...EMPTY_VOCABULARY, brands: [{ slug: "kestrel", name: "Kestrel" }] } as typeof EMPTY_VOCABULARY;
    expect(q("eh can help find runners at nite in the city or not")).toBe("runners at night in the city");
    expect(q("trail sunrise one")).toBe("trail sunrise");
    expect(cleanQuery("keen for moody rainy-day running for Kestrel, got", kestrel)).toBe("moody rainy-day running");
    expect(cleanQuery("the Kestrel logo", kestrel)).toBe("the Kestrel logo");
    expect(q("city-at-night, building a moodboard")).toBe("city-at-night");
    expect(q("like the city night banner but warmer, golden hour feel")).toBe("warmer golden hour");
    expect(q("lowkey need smth like the social proof ad but w way more ppl in it")).toBe("more people");
    expect(q("a calm, minimal product shot — for a 'back in stock' email")).toBe("a calm minimal product shot");
    // Hedges and a count of no number, and a kind asked for alone (a filter of its own), are no words of the picture.
    expect(q("a few wet streets at dusk, ideally moody")).toBe("wet streets at dusk moody");
    expect(q("harbour at dawn, scenes only")).toBe("harbour at dawn");
    expect(q("only logos on a dark background")).toBe("on a dark background");
  });

  it("says the picture words of another language in English and drops its small words", () => {
    const q = (s: string) => cleanQuery(s, EMPTY_VOCABULARY);
    expect(q("corredores en la playa algo veraniego pa la campaña de verano")).toBe("runners beach summery");
    expect(q("coureurs en ville, ambiance Paris le matin, et envoie-les à l'agence")).toBe(
      "runners city mood Paris morning",
    );
    expect(q("gente corriendo en la ciudad de noche")).toBe("people running city at night");
    // A table word with one slip; an English word that is also a table word alone stays English.
    expect(q("trail al amancer")).toBe("trail at dawn");
    expect(q("runners on the strand in winter")).toBe("runners on the strand in winter");
  });

  it("drops the clause's frame and a pointer, and reads a sound-alike or Scots word as meant", () => {
    const q = (s: string) => cleanQuery(s, EMPTY_VOCABULARY);
    expect(q("where Mara is running")).toBe("Mara running");
    expect(q("More like that, but with fog instead of sun")).toBe("fog");
    expect(q("a similar feeling as the Kestrel mark, but in dark colours")).toBe("dark colours");
    expect(q("the trail at dawn, the braw one wi the mountains")).toBe("the trail at dawn with the mountains");
    expect(q("people running over a bridge in the city at knight")).toBe(
      "people running over a bridge in the city at night",
    );
    expect(q("a knight in armour")).toBe("a knight in armour");
  });

  it("reads a slipped word as the common word meant, keeping plurals, names and other languages", () => {
    const q = (s: string) => cleanQuery(s, EMPTY_VOCABULARY);
    expect(q("runners with a hotel or lodge in the backround")).toBe("runners with a hotel or lodge in the background");
    expect(q("a flat lay on a white backgorund")).toBe("a flat lay on a white background");
    expect(q("peple runing thru the city")).toBe("people running through the city");
    expect(q("runners in a gorup setting")).toBe("runners in a group setting");
    expect(q("square creatives")).toBe("square creatives");
    expect(correctSpelling("corrida na cidade à noite")).toBe("corrida na cidade à noite");
    expect(correctSpelling("the ember shoe", new Set(["ember"]))).toBe("the ember shoe");
    expect(correctSpelling("the Embr shoe")).toBe("the Embr shoe");
  });
});
