import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Vocabulary } from "../core/intents/vocabulary.ts";
import { CORPUS_NOW } from "../test/fixtures/phrasings/workspace.ts";
import { callOf, openCorpusRouter, planOver } from "../test/helpers/corpus-router.ts";
import type { TestWorkspace } from "../test/helpers/workspace.ts";
import { WHY } from "./followup-change.ts";
import { promptAsk, promptNamed } from "./intent-admin.ts";
import { everydayAsk } from "./intent-coverage.ts";
import { listLimit, newBrandSlots } from "./intent-slots.ts";
import { auditedTool, topicAsk } from "./intent-topics.ts";
import type { ThreadMemory } from "./intent-types.ts";
import type { McpToolInfo } from "./mcp-client.ts";
import { matchExperiment } from "./resolve.ts";
import { planRoute } from "./router-plan.ts";
import type { RouterPlan } from "./router-plan-types.ts";
import { suggestFor } from "./router-suggest.ts";
import { guessTool, scoreTools } from "./router-toolscore.ts";
import { auditedInThread } from "./slot-audit.ts";
import { fillFromText } from "./slot-fill.ts";
import { changeOf, restorableBefore } from "./thread-memory.ts";

/**
 * Issue 25, second round: mechanisms meant to generalise beyond the phrasings they were found with. The messages
 * here are worded unlike the blind corpus on purpose.
 */
const NOW = new Date(CORPUS_NOW);
let ws: TestWorkspace;
let tools: McpToolInfo[];
let vocabulary: Vocabulary;
const plan = (text: string, memory: ThreadMemory = {}): RouterPlan =>
  planOver({ tools, vocabulary }, text, memory, NOW);
const call = callOf;

beforeAll(async () => {
  ({ ws, tools, vocabulary } = await openCorpusRouter());
});
afterAll(() => ws.cleanup());

describe("the tools' own words vote for a tool", () => {
  it("scores by the tools' names, titles, descriptions and everyday synonyms, rare words weighing most", () => {
    expect(guessTool("is the bill for rendering getting out of hand", tools)?.tool).toBe("cost_report");
    expect(guessTool("which things need a fresh look because licences lapse", tools)?.tool).toBe("library_review");
    expect(guessTool("any scheduler job broken overnight", tools)?.tool).toBe("list_jobs");
  });

  it("reads a word one slip from an indexed word as that word", () => {
    expect(guessTool("show the provenanse of that", tools)?.tool).toBe("trace_lineage");
  });

  it("guesses nothing when no tool clearly leads", () => {
    expect(guessTool("hello there", tools)).toBeUndefined();
    const [top] = scoreTools("make it more fun", tools);
    expect(top === undefined || top.score < 5 || guessTool("make it more fun", tools) === undefined).toBe(true);
  });

  it("answers a question that would otherwise fall into a search with the tool it is about", () => {
    expect(call(plan("are we overspending on ai pictures lately?"))).toMatchObject({ tool: "cost_report" });
    expect(call(plan("is the bill for rendering getting out of hand"))).toMatchObject({ tool: "cost_report" });
  });

  it("still searches when a search is asked for", () => {
    expect(call(plan("find pictures of muddy trail shoes"))).toMatchObject({ tool: "search_assets" });
  });
});

describe("arguments read from the workspace's words", () => {
  it("reads a number standing alone in a ranking ask as how many to show, never an aspect ratio", () => {
    expect(listLimit("best ctr on tiktok, 5")).toBe(5);
    expect(listLimit("roas this month, meta, 4:5")).toBeUndefined();
    expect(listLimit("roas this month, 12 days")).toBeUndefined();
  });

  it("names a new brand from the capitalised words after 'brand for (our client)'", () => {
    expect(newBrandSlots("could you make a brand for our client Fjord Oat Milk please")).toMatchObject({
      name: "Fjord Oat Milk",
    });
    expect(newBrandSlots("spin up a new brand for Harbor Tea, slug harbor-tea")).toMatchObject({
      name: "Harbor Tea",
      slug: "harbor-tea",
    });
  });

  it("breaks a tie between experiments by who the test is for", () => {
    const experiments = [
      {
        id: "exp_A",
        name: "Hook test one",
        status: "running",
        hasWinner: false,
        createdAt: "",
        audienceNames: ["Gen Z"],
      },
      {
        id: "exp_B",
        name: "Hook test two",
        status: "running",
        hasWinner: false,
        createdAt: "",
        audienceNames: ["German marathoners"],
      },
    ];
    expect(matchExperiment("the hook test for german marathoners", experiments)).toMatchObject({
      kind: "one",
      value: { id: "exp_B" },
    });
    expect(matchExperiment("the hook test", experiments).kind).toBe("many");
  });

  const tests = [
    { id: "exp_S", name: "Spring Sprint hook test", status: "running", hasWinner: false, createdAt: "2027-03-01" },
    {
      id: "exp_T",
      name: "Trail tone test",
      status: "running",
      hasWinner: false,
      createdAt: "2027-03-20",
      platforms: ["tiktok"],
    },
    { id: "exp_D", name: "DE marathon hook test", status: "decided", hasWinner: true, createdAt: "2027-02-01" },
    { id: "exp_C", name: "City CTA test", status: "promoted", hasWinner: true, createdAt: "2027-01-01" },
  ];
  const id = (text: string) => {
    const m = matchExperiment(text, tests);
    return m.kind === "one" ? m.value.id : m.kind;
  };

  it("reads the Spanish or French 'de' as a word, not the DE test's country code", () => {
    expect(id("¿cómo va el test de TikTok?")).toBe("exp_T");
    expect(id("el test de trail")).toBe("exp_T");
    expect(id("ship the DE winner")).toBe("exp_D");
    expect(id("the de hook test")).toBe("exp_D");
  });

  it("takes the test named first when a message names two, and the platform of 'the tiktok one' or 'tets'", () => {
    expect(id("share the results of the DE hook test and the City CTA test both")).toBe("exp_D");
    expect(id("1) hook test read-out 2) trail test read-out")).toBe("exp_S");
    expect(id("read-outs on the hook test and the trail test")).toBe("exp_S");
    expect(id("and the tiktok one")).toBe("exp_T");
    expect(id("kill the tiktok tets")).toBe("exp_T");
    expect(id("the hook test")).toBe("exp_S");
  });

  it("reads what an audit question asks about: a brand setting, a tagger promotion, the thread's thing", () => {
    expect(auditedTool("who changed the approval thresh hold i didn't do that")).toBe("update_brand");
    expect(auditedTool("who promoted tagger v3")).toBe("promote_tagger");
    expect(auditedTool("who promoted the city cta winner")).toBe("promote_winners");
    const audit = {
      name: "list_audit_events",
      description: "",
      inputSchema: { type: "object", properties: { tool: { type: "string" } } },
      annotations: { readOnlyHint: true },
    } as McpToolInfo;
    const names = ["promote_tagger", "promote_winners", "update_brand_rules", "update_asset"];
    const thread = (text: string) => ({ tool: "x", args: {}, text });
    expect(
      auditedInThread(
        audit,
        { tool: "promote_winners" },
        "who promoted v3 and when?",
        thread("tagger status — which version is live?"),
        names,
        [],
      ),
    ).toEqual({ tool: "promote_tagger" });
    expect(
      auditedInThread(audit, {}, "and who changed them last", thread("what are the brand rules right now"), names, []),
    ).toEqual({
      tool: "update_brand_rules",
    });
    expect(
      auditedInThread(audit, {}, "who touched this", thread("mara's rights expiry changed overnight"), names, []),
    ).toEqual({
      tool: "update_asset",
    });
    expect(
      auditedInThread(audit, {}, "who touched the brand rules", thread("mara's rights expiry changed"), names, []),
    ).toEqual({});
  });

  it("reads a failed job said in other words and languages, and 'why?' however it is asked", () => {
    expect(topicAsk("quels sont les jobs en échec ?")?.slots).toEqual({ status: "failed" });
    expect(topicAsk("meta ingest job died again?")?.slots).toEqual({ status: "failed" });
    for (const why of ["why", "pourquoi ?", "Why so? Kindly elaborate.", "no mames, por qué?", "warum?"])
      expect(WHY.test(why), why).toBe(true);
    expect(WHY.test("why is the meta data not in yet")).toBe(false);
  });

  it("reads 'kill the … tests' and 'kill the losing ads' as stopping a test, not discarding assets", () => {
    expect(everydayAsk("kill the tiktok tests", {})).toBeUndefined();
    expect(everydayAsk("kill the losing tiktok ads and then make me 4 more", {})).toBeUndefined();
    expect(everydayAsk("kill the old banner", {})?.name).toBe("archive");
  });
});

describe("follow-ups resolve names against every vocabulary the tool takes", () => {
  it("reads 'same for <an experiment>' after a slot read-out as that experiment, not an unknown audience", () => {
    const memory: ThreadMemory = {
      lastCall: {
        tool: "slot_insights",
        args: { experimentId: "exp_01DEHOOK00000000000003" },
        text: "what moved the needle in the DE marathon hook test",
      },
    };
    expect(call(plan("same for black friday offer", memory))).toMatchObject({
      tool: "slot_insights",
      args: { experimentId: "exp_01BFOFFER000000000005" },
    });
  });
});

describe("files shared with a message go where the words say", () => {
  const withFile = (text: string, kind: "image" | "csv") =>
    call(planRoute({ text, memory: {}, tools, vocabulary, now: NOW, files: [{ name: "shared.png", kind }] }));

  it("fills the argument of the chosen tool that takes the file, with the words' own arguments", () => {
    expect(withFile("keep it in the library as a logo", "image")).toMatchObject({
      tool: "add_asset",
      args: { kind: "logo", contentBase64: "attachment:1" },
    });
    expect(withFile("updated box shot, swap it in for ast_01TESTOLDBOX000000000001", "image")).toMatchObject({
      tool: "replace_asset_version",
      args: { replacedId: "ast_01TESTOLDBOX000000000001", contentBase64: "attachment:1" },
    });
    expect(withFile("colours look wrong to me, check it", "image")).toMatchObject({
      tool: "check_brand_rules",
      args: { imageBase64: "attachment:1" },
    });
  });

  it("turns down a sheet of business data that is no ad platform's metrics, and still loads a platform's", () => {
    const sheet = (text: string, name: string) =>
      planRoute({ text, memory: {}, tools, vocabulary, now: NOW, files: [{ name, kind: "csv" }] });
    expect(sheet("store inventory for May, pull it in and line it up against the ads", "inventory.csv").kind).toBe(
      "cannot",
    );
    expect(sheet("can winnow take this? it's the post-event questionnaire", "responses.csv").kind).toBe("cannot");
    expect(call(sheet("orders export from the shop, load it", "tiktok_ads_may.csv"))).toMatchObject({
      tool: "ingest_metrics",
    });
    expect(call(sheet("load this please", "meta_orders_may.csv"))).toMatchObject({ tool: "ingest_metrics" });
  });

  it("searches by an image by default and sends a spreadsheet to the metrics import", () => {
    expect(withFile("anything like this?", "image")).toMatchObject({
      tool: "find_similar",
      args: { imageBase64: "attachment:1" },
    });
    expect(withFile("load these", "csv")).toMatchObject({
      tool: "ingest_metrics",
      args: { platform: "csv", contentBase64: "attachment:1" },
    });
  });

  it("leaves the file out when the words ask for something that takes none", () => {
    const got = withFile("what did we spend on generation last week?", "image");
    expect(got).toMatchObject({ tool: "cost_report" });
    expect(JSON.stringify(got)).not.toContain("attachment:");
  });
});

describe("arguments by what the tool's schema declares", () => {
  const tool = (name: string) => tools.find((t) => t.name === name)!;
  const fill = (name: string, text: string) => fillFromText(tool(name), {}, text, vocabulary, []);

  it("names a prompt by the words only it has, wherever they are said", () => {
    const prompts = ["acme-ad-copy", "acme-image-brief"];
    expect(promptNamed("save a new version of the ad copy: ...", prompts)).toEqual(["acme-ad-copy"]);
    expect(promptNamed("update the brief for images", prompts)).toEqual([]);
    expect(promptNamed("tweak the image brief wording", prompts)).toEqual(["acme-image-brief"]);
  });

  it("tells a question about a prompt's versions from a label move, and reads diffs, text and the thread's prompt", () => {
    const prompts = ["acme-ad-copy", "acme-image-brief"];
    const ask = (text: string, last?: { tool: string; args: Record<string, unknown> }) =>
      promptAsk(text.toLowerCase(), prompts, last);
    expect(ask("Which version of the ad copy prompt is in prod, and how's it performing against v4?")).toEqual({
      tool: "list_prompt_versions",
      slots: { name: "acme-ad-copy" },
    });
    expect(ask("put v4 of the ad copy prompt on prod")).toMatchObject({
      tool: "set_prompt_label",
      slots: { label: "production", version: 4 },
    });
    expect(ask("diff acme-ad-copy v3..v4")).toEqual({
      tool: "list_prompt_versions",
      slots: { name: "acme-ad-copy", diff: { from: 3, to: 4 } },
    });
    expect(ask("Compare version 4 and 3 of the image brief prompt")).toMatchObject({
      slots: { diff: { from: 3, to: 4 } },
    });
    expect(ask("Roll production on acme-image-brief back one version")).toMatchObject({
      tool: "set_prompt_label",
      slots: { name: "acme-image-brief", rollback: true },
    });
    const listed = { tool: "list_prompt_versions", args: { name: "acme-image-brief" } };
    expect(ask("with the full text of each please", listed)).toEqual({
      tool: "list_prompt_versions",
      slots: { name: "acme-image-brief", includeText: true },
    });
    const staged = { tool: "set_prompt_label", args: { name: "acme-ad-copy", label: "staging", version: 4 } };
    expect(ask("and production too", staged)).toEqual({
      tool: "set_prompt_label",
      slots: { name: "acme-ad-copy", label: "production", version: 4 },
    });
    expect(ask('Save a new acme-ad-copy version and put it on staging: "Write …"')).toEqual({
      tool: "create_prompt_version",
      slots: { name: "acme-ad-copy", labels: ["staging"] },
    });
  });

  it("fills a required free-text field from what is quoted or follows the colon", () => {
    expect(fill("create_prompt_version", 'new version: "Write one {{tone}} line for {{audience}}"')).toMatchObject({
      text: "Write one {{tone}} line for {{audience}}",
    });
    expect(fill("create_prompt_version", "new version please")).not.toHaveProperty("text");
  });

  it("sets a yes/no option by saying its words and unsets it by denying them", () => {
    expect(fill("promote_winners", "ship it and bake it into the template")).toMatchObject({ toTemplate: true });
    expect(fill("update_allocation", "show me the new split but don't apply it yet")).toMatchObject({ apply: false });
    expect(fill("update_allocation", "show me the new split")).not.toHaveProperty("apply");
  });

  it("reads a correction of what something was called as feedback on that tag", () => {
    expect(call(plan("the auto tagger labelled ast_01TESTROADSHOT00000001 as 'beach', it's a road"))).toMatchObject({
      tool: "record_feedback",
      args: { label: "incorrect_tag", tag: "beach", assetId: "ast_01TESTROADSHOT00000001" },
    });
  });

  it("reads 'make that the default in the template' after a read-out as promoting into the template", () => {
    const memory: ThreadMemory = {
      lastExperimentId: "exp_01DEHOOK00000000000003",
      lastCall: { tool: "get_experiment_results", args: { experimentId: "exp_01DEHOOK00000000000003" }, text: "x" },
    };
    expect(call(plan("great, make that one the default in our template", memory))).toMatchObject({
      tool: "promote_winners",
      args: { experimentId: "exp_01DEHOOK00000000000003", toTemplate: true },
    });
  });
});

describe("a message that goes on from the last one", () => {
  it("keeps what the last call of the same request said and this one does not", () => {
    const memory: ThreadMemory = {
      lastCall: {
        tool: "link_deployment",
        args: { platform: "tiktok", platformAdId: "5550001", experimentId: "exp_01TRAILTONE000000000002" },
        text: "link tiktok ad 5550001 to the calm arm of the trail tone test",
      },
    };
    const got = call(plan("and ad 5550002 to ast_01TESTARMTWO0000000001", memory));
    expect(got).toMatchObject({
      tool: "link_deployment",
      args: { platformAdId: "5550002", platform: "tiktok", experimentId: "exp_01TRAILTONE000000000002" },
    });
  });

  it("does not carry anything into a request that does not go on from the last", () => {
    const memory: ThreadMemory = {
      lastCall: { tool: "top_performers", args: { platform: "tiktok", metric: "roas" }, text: "top tiktok by roas" },
    };
    expect(call(plan("top 5 by ctr last week", memory))).not.toMatchObject({ args: { platform: "tiktok" } });
  });
});

describe("copy given field by field", () => {
  it("checks each labelled field as what it is, with the platform asked about", () => {
    expect(call(plan("title \"Run the city\", button 'Get yours' - fine on tiktok?"))).toMatchObject({
      tool: "check_brand_rules",
      args: { headline: "Run the city", cta: "Get yours", platform: "tiktok" },
    });
    expect(
      call(plan('check please. Headline: "Run longer". Body: "Built for every mile." Disclaimer: "Results vary."')),
    ).toMatchObject({
      tool: "check_brand_rules",
      args: { headline: "Run longer", body: "Built for every mile.", disclaimer: "Results vary." },
    });
  });
});

describe("which review list is meant", () => {
  it("reads 'pending' as the approval queue and the library's review as the library review", () => {
    expect(call(plan("anything pending on kestrel?"))).toMatchObject({ tool: "list_reviews" });
    expect(call(plan("which library photos should we review?"))).toMatchObject({ tool: "library_review" });
    expect(call(plan("any pending jobs?"))).toMatchObject({ tool: "list_jobs" });
  });
});

describe("banning a phrase in words", () => {
  it("adds one banned-phrase rule as a patch that 'undo' can remove exactly", () => {
    const p = plan('please ban "no pain no gain" for kestrel');
    expect(call(p)).toMatchObject({
      tool: "update_brand_rules",
      args: {
        brand: "kestrel",
        upsert: [{ id: "banned-no-pain-no-gain", kind: "banned_phrase", phrases: ["no pain no gain"] }],
      },
    });
    if (p.kind !== "call") throw new Error("expected a call");
    const change = changeOf(p.tool.name, p.args, { isError: false, text: "", links: [], structured: {} });
    expect(change?.undo).toMatchObject({ tool: "update_brand_rules", args: { remove: ["banned-no-pain-no-gain"] } });
    expect(call(plan("unban 'no pain no gain'"))).not.toMatchObject({ args: { upsert: [{}] } });
  });
  it("takes back a prompt label move by pointing the label at the version its result says it left", () => {
    const moved = (fromVersion: number | null) => ({
      isError: false,
      text: "",
      links: [],
      structured: { move: { prompt: "kestrel-ad-copy", label: "production", fromVersion, toVersion: 4 } },
    });
    const args = { name: "kestrel-ad-copy", label: "production", version: 4 };
    expect(changeOf("set_prompt_label", args, moved(3))?.undo).toMatchObject({
      tool: "set_prompt_label",
      args: { name: "kestrel-ad-copy", label: "production", version: 3 },
    });
    // A label that pointed nowhere before (or a result without the move) goes back by its own history.
    expect(changeOf("set_prompt_label", args, moved(null))?.undo?.args).toMatchObject({ rollback: true });
  });
  it("takes back a tagger promotion by restoring the version before it, named as 'version three' or 'v3'", () => {
    const ok = { isError: false, text: "", links: [], structured: {} };
    expect(changeOf("promote_tagger", { version: "v4" }, ok)?.undo).toMatchObject({
      tool: "rollback_tagger",
      args: { version: "v3" },
    });
    expect(changeOf("promote_tagger", { version: "v1" }, ok)?.undo).toBeUndefined();
    // An asset change puts back every field it changed, as it was; a status alone reads as before.
    const id = "ast_01TESTSUMMERBANNER000001";
    expect(changeOf("update_asset", { id, name: "New" }, ok, { name: "Old", rightsHolder: "" })?.undo).toEqual({
      tool: "update_asset",
      args: { id, name: "Old", rightsHolder: "" },
      summary: "put back the asset's name and rights holder as they were",
    });
    expect(changeOf("update_asset", { id, status: "archived" }, ok, { status: "ready" })?.undo?.summary).toBe(
      "put the asset back to ready",
    );
    // What the fields were is read from the asset as it stood: an unset text field comes back empty, an unset expiry
    // null, and fields the change does not touch stay out.
    const asset = { id, name: "Summer banner", status: "ready", rightsHolder: null, rightsExpiresAt: null };
    expect(restorableBefore({ id, name: "Summer banner v2", rightsHolder: "Mara" }, asset)).toEqual({
      name: "Summer banner",
      rightsHolder: "",
    });
    expect(restorableBefore({ id, rightsExpiresAt: "2027-06-30" }, asset)).toEqual({ rightsExpiresAt: null });
    expect(restorableBefore({ id, tags: ["x"] }, asset)).toBeUndefined();
    expect(call(plan("Role back the tagger to version three"))).toMatchObject({
      tool: "rollback_tagger",
      args: { version: "v3" },
    });
  });
});

describe("did you mean", () => {
  it("offers first the request whose tool is closest to the message's words", () => {
    expect(suggestFor("licences lapsing soon on some stuff?", tools)[0]).toBe("any rights expiring this month?");
    expect(suggestFor("scheduler broke overnight?", tools)[0]).toBe("did the ingest job fail?");
  });
});

describe("a thread's list narrowed by the words", () => {
  it("tags only the listed assets the message's words name, and all of them when the words name none", () => {
    const assets = [
      { id: "ast_01TESTSHOOTA0000000001", name: "May shoot 01 - pier", kind: "scene", status: "ready" },
      { id: "ast_01TESTSHOOTB0000000001", name: "May shoot 02 - runner", kind: "talent", status: "ready" },
      { id: "ast_01TESTBANNER00000000001", name: "Summer banner 1:1", kind: "output", status: "ready" },
    ];
    const memory: ThreadMemory = { lastAssetIds: assets.map((a) => a.id) };
    const run = (text: string) => call(planOver({ tools, vocabulary: { ...vocabulary, assets } }, text, memory, NOW));
    expect(run("tag those from the shoot")).toMatchObject({
      tool: "tag_assets",
      args: { ids: ["ast_01TESTSHOOTA0000000001", "ast_01TESTSHOOTB0000000001"] },
    });
    expect(run("tag them all")).toMatchObject({ tool: "tag_assets", args: { ids: assets.map((a) => a.id) } });
  });
});

describe("asks outside Winnow are turned down by kind", () => {
  it("says no to other statistics, Slack channel admin, a result as a file and the website", () => {
    for (const text of [
      "could we get a p-value on the spring hook numbers instead?",
      "please do an ANOVA across the three DE arms",
      "invite Dev into the #kestrel-approvals channel",
      "open a private channel for the summer launch",
      "can I get the top ads as a csv",
      "push the winning banner to our online store",
      "¿me puedes traducir los anuncios al catalán?",
      "ok, prográmalas para el viernes",
      "put the new box shot on our shoe product page",
      "pause the DE test when the campaign is over",
      "help me answer the DMs on instagram",
    ])
      expect(plan(text).kind, text).toBe("cannot");
  });
});
