import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EMPTY_VOCABULARY, type ExperimentName, type Vocabulary } from "../core/intents/vocabulary.ts";
import { CORPUS_NOW } from "../test/fixtures/phrasings/workspace.ts";
import { callOf, openCorpusRouter, planOver } from "../test/helpers/corpus-router.ts";
import type { TestWorkspace } from "../test/helpers/workspace.ts";
import { familySaid, matchAsset, matchAssets, ratiosIn } from "./asset-match.ts";
import { copyFromThread } from "./check-copy.ts";
import { platformOf } from "./intent-slots.ts";
import type { McpToolInfo } from "./mcp-client.ts";
import { matchExperiment, nameBeforeTest } from "./resolve.ts";
import { familyArms, namedFirst } from "./router-assets.ts";
import { byArmsCompared, offerByWord } from "./router-resolve.ts";

/**
 * Issue 25, arguments from the workspace's names: assets told apart by their aspect ratio, a tie settled by the
 * thread, a whole name or a clearly newer asset, several assets named in a row as a test's arms, a test named by its
 * audience, its platform or one of its arms, and a member named by first name where the tool keeps Slack ids.
 */
const NOW = new Date(CORPUS_NOW);
const LIBRARY = [
  {
    id: "ast_01TESTVARENERGETIC00001",
    name: "Autumn Dash energetic 1:1",
    kind: "output",
    status: "generated",
    createdAt: "2027-04-13T09:00:00Z",
  },
  {
    id: "ast_01TESTVARPREMIUM000001",
    name: "Autumn Dash premium 9:16",
    kind: "output",
    status: "generated",
    createdAt: "2027-04-13T09:03:00Z",
  },
  {
    id: "ast_01TESTTONEENERGETIC001",
    name: "Hill tone - energetic (9:16)",
    kind: "output",
    status: "deployed",
    createdAt: "2027-03-25T00:00:00Z",
  },
  {
    id: "ast_01TESTTONEPREMIUM00001",
    name: "Hill tone - premium (9:16)",
    kind: "output",
    status: "deployed",
    createdAt: "2027-03-25T00:00:00Z",
  },
  {
    id: "ast_01TESTNIGHTBANNER00001",
    name: "Night banner 1:1",
    kind: "output",
    status: "ready",
    createdAt: "2027-02-01T00:00:00Z",
  },
  {
    id: "ast_01TESTNIGHTBANNER00002",
    name: "Night banner 1:1 (resized copy)",
    kind: "output",
    status: "ready",
    createdAt: "2027-03-02T00:00:00Z",
  },
  {
    id: "ast_01TESTPROMOBANNER00001",
    name: "Harvest banner 1:1",
    kind: "output",
    status: "ready",
    createdAt: "2026-11-01T00:00:00Z",
  },
  {
    id: "ast_01TESTPROMOBANNER00002",
    name: "Harvest banner 1.91:1",
    kind: "output",
    status: "ready",
    createdAt: "2026-11-01T00:00:00Z",
  },
];
const id = (m: ReturnType<typeof matchAsset>) => (m.kind === "one" ? m.value.id : m.kind);

describe("assets named in words", () => {
  it("reads aspect ratios as people say them", () => {
    expect(ratiosIn("the energetic 1:1 vs the 9x16s")).toEqual(["1:1", "9:16"]);
    expect(ratiosIn("same on the 1.91")).toEqual(["1.91:1"]);
    expect(ratiosIn("square ones only")).toEqual(["1:1"]);
  });
  it("tells two assets sharing a word apart by the ratio said", () => {
    expect(id(matchAsset("the energetic 1:1's a keeper", LIBRARY))).toBe("ast_01TESTVARENERGETIC00001");
    expect(id(matchAsset("archive the harvest banner 1.91", LIBRARY))).toBe("ast_01TESTPROMOBANNER00002");
  });
  it("settles a tie by the thread's assets, then a name said whole, then a clearly newer asset", () => {
    expect(id(matchAsset("send the premium 9:16 for approval", LIBRARY))).toBe("ast_01TESTVARPREMIUM000001");
    expect(id(matchAsset("the premium 9:16", LIBRARY, ["ast_01TESTTONEPREMIUM00001"]))).toBe(
      "ast_01TESTTONEPREMIUM00001",
    );
    expect(id(matchAsset("the night banner 1:1", LIBRARY))).toBe("ast_01TESTNIGHTBANNER00001");
    // Made the same day: no guess.
    expect(matchAsset("the harvest banner", LIBRARY).kind).toBe("many");
  });
  it("reads a lone shared word as the names that share it, settled by the clearly newest, and each in a list", () => {
    // Two premiums, one made 19 days after the other: the newer (asset-match.ts settle); the same day would ask.
    expect(id(matchAsset("is the premium one ok?", LIBRARY))).toBe("ast_01TESTVARPREMIUM000001");
    expect(matchAssets("el premium vs energetic en un test de roas", LIBRARY)?.map((a) => a.id)).toEqual([
      "ast_01TESTVARPREMIUM000001",
      "ast_01TESTVARENERGETIC00001",
    ]);
  });
  it("reads the words a list shares as context for each name in it", () => {
    expect(matchAssets("a test between the energetic and premium autumn variants", LIBRARY)?.map((a) => a.id)).toEqual([
      "ast_01TESTVARENERGETIC00001",
      "ast_01TESTVARPREMIUM000001",
    ]);
    expect(matchAssets("test energetic 1:1 vs premium 9:16 on ctr", LIBRARY)?.length).toBe(2);
    expect(matchAssets("the night banner", LIBRARY)).toBeUndefined();
  });
});

describe("a family of assets named by the start of their names", () => {
  it("reads the longest shared start said, plural or with a slip, and no copies of one asset", () => {
    expect(familySaid("pull up the harvest banners for me", LIBRARY)).toBe("Harvest banner");
    expect(familySaid("where are the harvset banners?", LIBRARY)).toBe("Harvest banner");
    expect(familySaid("the night banner", LIBRARY)).toBeUndefined();
    expect(familySaid("the premium one", LIBRARY)).toBeUndefined();
  });
});

describe("a test's arms named as a family", () => {
  it("takes the family's members when the count said, if any, is theirs", () => {
    const arms = familyArms("spin up a test with the two harvest banners on ctr", LIBRARY);
    expect(arms?.map((a) => a.id).sort()).toEqual(["ast_01TESTPROMOBANNER00001", "ast_01TESTPROMOBANNER00002"]);
    expect(familyArms("a test with the harvest banners", LIBRARY)).toHaveLength(2);
    expect(familyArms("a test with all three harvest banners", LIBRARY)).toBeUndefined();
    expect(familyArms("a test with the premium one", LIBRARY)).toBeUndefined();
  });
});

describe("the asset a thread's search named", () => {
  const searched = (query: string) => ({
    lastCall: { tool: "search_assets", args: { query }, text: `show me ${query}` },
    lastAssetIds: ["ast_01TESTPROMOBANNER00001", "ast_01TESTNIGHTBANNER00002", "ast_01TESTNIGHTBANNER00001"],
  });
  it("comes first in what the thread showed, wherever the library ranked it", () => {
    expect(namedFirst(searched("the night banner 1:1"), LIBRARY).lastAssetIds?.[0]).toBe("ast_01TESTNIGHTBANNER00001");
  });
  it("is the new version after a new version was registered", () => {
    const memory = {
      lastCall: {
        tool: "replace_asset_version",
        args: { replacedId: "ast_01TESTNIGHTBANNER00001", newAssetId: "ast_01TESTPROMOBANNER00001" },
        text: "the harvest banner replaces the night banner",
      },
      lastAssetIds: ["ast_01TESTNIGHTBANNER00001", "ast_01TESTPROMOBANNER00001"],
    };
    expect(namedFirst(memory, LIBRARY).lastAssetIds?.[0]).toBe("ast_01TESTPROMOBANNER00001");
  });
  it("leaves the results as ranked when the search named no one asset", () => {
    expect(namedFirst(searched("runners on a bridge"), LIBRARY).lastAssetIds?.[0]).toBe("ast_01TESTPROMOBANNER00001");
    expect(namedFirst(searched("the harvest banner"), LIBRARY).lastAssetIds?.[0]).toBe("ast_01TESTPROMOBANNER00001");
  });
});

describe("tests named by who they are for, where they run and their arms", () => {
  const tests: ExperimentName[] = [
    {
      id: "exp_1",
      name: "Spring hook test",
      status: "running",
      hasWinner: false,
      createdAt: "2027-03-01",
      audienceNames: ["gen-z-runners", "Gen Z"],
      armAssetIds: ["ast_01TESTVARENERGETIC00001"],
      platforms: ["meta"],
    },
    {
      id: "exp_2",
      name: "DE marathon hook test",
      status: "decided",
      hasWinner: true,
      createdAt: "2027-03-02",
      audienceNames: ["de-marathoners", "German marathoners"],
    },
    {
      id: "exp_3",
      name: "Hill tone test",
      status: "running",
      hasWinner: false,
      createdAt: "2027-03-03",
      platforms: ["tiktok"],
    },
  ];
  it("counts the audience and the platform where a test is said", () => {
    expect(matchExperiment("promote the german hook winner", tests)).toMatchObject({
      kind: "one",
      value: { id: "exp_2" },
    });
    expect(matchExperiment("pull the plug on the tiktok test", tests)).toMatchObject({
      kind: "one",
      value: { id: "exp_3" },
    });
    // Two hook tests, one running: "the hook test" is the live one; with both running it is a question.
    expect(matchExperiment("the hook test", tests)).toMatchObject({ kind: "one", value: { id: "exp_1" } });
    const bothLive = tests.map((t) => ({ ...t, status: "running" }));
    expect(matchExperiment("the hook test", bothLive).kind).toBe("many");
    // No test said: a platform is where ads run, not a test's name.
    expect(matchExperiment("how did the tiktok ads do", tests).kind).toBe("none");
    // TikTok as dictation spells it.
    for (const said of ["stop the tick tock test it's done", "the tik-tok test", "tic toc test?"])
      expect(matchExperiment(said, tests)).toMatchObject({ kind: "one", value: { id: "exp_3" } });
    expect(platformOf("and what about just tick tock")).toBe("tiktok");
  });

  it("a test's shape and another language's fillers before 'test' are not its name", () => {
    expect(nameBeforeTest("chuck the playful 9:16 in there too, 3-way test")).toBeUndefined();
    expect(nameBeforeTest("set up a two-arm test")).toBeUndefined();
    expect(nameBeforeTest("¿quién cambió la allocation del test de hooks hoy?")).toBeUndefined();
    expect(nameBeforeTest("¿cuál es el split que toca hoy en el test de hooks?")).toBeUndefined();
    expect(nameBeforeTest("how is the pinterest test doing?")).toBe("pinterest");
  });

  it("prefers a test named by its own words over one named by who it is for, and reads a flight as a test", () => {
    const city = { ...tests[2]!, id: "exp_5", name: "City CTA test", platforms: [] };
    const bf = { ...tests[2]!, id: "exp_6", name: "Black Friday offer test", audienceNames: ["City runners"] };
    expect(matchExperiment("did someone promote the city test winner?", [city, bf])).toMatchObject({
      kind: "one",
      value: { id: "exp_5" },
    });
    expect(matchExperiment("how's the tiktok flight doing?", tests)).toMatchObject({
      kind: "one",
      value: { id: "exp_3" },
    });
  });

  it("reads who a test is for in other languages and with a slip", () => {
    for (const text of ["Ship le gagnant du test allemand", "promuovi il vincitore del test tedesco", "o teste alemão"])
      expect(matchExperiment(text, tests)).toMatchObject({ kind: "one", value: { id: "exp_2" } });
    expect(matchExperiment("I want result of the germna test", tests)).toMatchObject({
      kind: "one",
      value: { id: "exp_2" },
    });
  });
});

describe("a test named by its initials or by the arms it compares", () => {
  const base = { status: "running", hasWinner: false, createdAt: "2027-04-01" };
  const tests = [
    { ...base, id: "exp_bf", name: "Black Friday offer test", armAssetIds: ["a1", "a2"] },
    { ...base, id: "exp_de", name: "DE marathon hook test", armAssetIds: ["a3", "a4"] },
    { ...base, id: "exp_tt", name: "Trail tone test", armAssetIds: [] },
  ];
  it("reads initials in capitals or before 'test', never a platform's", () => {
    expect(matchExperiment("stop the BF test properly", tests)).toMatchObject({ kind: "one", value: { id: "exp_bf" } });
    expect(matchExperiment("where are we on teh bf test?", tests)).toMatchObject({
      kind: "one",
      value: { id: "exp_bf" },
    });
    expect(matchExperiment("top ads on TT this week", tests).kind).toBe("none");
  });
  it("reads two arms of one test by what sets them apart, with a slip", () => {
    const v = {
      ...EMPTY_VOCABULARY,
      experiments: tests,
      assets: [
        { id: "a1", name: "BF offer - 30% off (1:1)", kind: "image", status: "approved" },
        { id: "a2", name: "BF offer - free gift (1:1)", kind: "image", status: "approved" },
        { id: "a3", name: "DE hook - Bestzeit (4:5)", kind: "image", status: "approved" },
        { id: "a4", name: "DE hook - Community (4:5)", kind: "image", status: "approved" },
      ],
    };
    expect(byArmsCompared("Which territory won in Germany — Bestzeit or Comunity?", v)).toMatchObject({
      kind: "one",
      value: { id: "exp_de" },
    });
    expect(byArmsCompared("is Bestzeit any good?", v)).toBeUndefined();
  });
});

describe("an offer named by a word of its own", () => {
  const offers = ["spring-20-off", "free-shipping", "new-colorway", "summer-15-off"].map((id) => ({ id, names: [id] }));
  it("reads the word said before 'offer/discount/drop', and nothing from a word two offers share", () => {
    expect(offerByWord("10 variants for urban 25-34 on the spring offer, 1:1 only", offers)).toBe("spring-20-off");
    expect(offerByWord("4 variants per segment for the colorway drop", offers)).toBe("new-colorway");
    expect(offerByWord("For city runners, summer discount, 1:1", offers)).toBe("summer-15-off");
    expect(offerByWord("the summer template for city runners", offers)).toBeUndefined();
    const twoSprings = [...offers, { id: "spring-free-socks", names: ["spring-free-socks"] }];
    expect(offerByWord("on the spring offer", twoSprings)).toBeUndefined();
  });
});

let ws: TestWorkspace;
let tools: McpToolInfo[];
let vocabulary: Vocabulary;

beforeAll(async () => {
  ({ ws, tools, vocabulary } = await openCorpusRouter());
  vocabulary = {
    ...vocabulary,
    assets: LIBRARY,
    experiments: vocabulary.experiments.map((e, i) => (i === 0 ? { ...e, armAssetIds: [LIBRARY[0]!.id] } : e)),
    members: [
      { ref: "U0TESTRIO01", name: "Rio Santos", email: "rio@example.com", slackUserId: "U0TESTRIO01", role: "editor" },
      {
        ref: "U0TESTJONAS",
        name: "Jonas Berg",
        email: "jonas@example.com",
        slackUserId: "U0TESTJONAS",
        role: "reviewer",
      },
    ],
  };
});
afterAll(() => ws.cleanup());
const plan = (text: string) => callOf(planOver({ tools, vocabulary }, text, {}, NOW));

describe("arguments from names", () => {
  it("makes the variants a test compares its arms, with the metric and audience said", () => {
    expect(plan("set up a ROAS test between the energetic and premium autumn variants for Gen Z")).toMatchObject({
      tool: "create_experiment",
      args: {
        arms: ["ast_01TESTVARENERGETIC00001", "ast_01TESTVARPREMIUM000001"],
        metric: "roas",
        audience: "gen-z-runners",
      },
    });
    expect(plan("test energetic 1:1 vs premium 9:16 on ctr")).toMatchObject({ args: { metric: "ctr" } });
  });
  it("reads a brief's formats from its later sentence, in words, and its offer in another language", () => {
    expect(plan("Can we get 8 variants for Gen Z? Free shipping, 9:16 and 4:5.")).toMatchObject({
      tool: "generate_variants",
      args: { count: 8, formats: ["9:16", "4:5"] },
    });
    expect(plan("make 4 variants for gen z, free shipping, nine by sixteen")).toMatchObject({
      args: { count: 4, formats: ["9:16"] },
    });
    expect(
      plan("On peut générer 4 visuels pour les trail runners, livraison gratuite, en 1:1 ? Merci !"),
    ).toMatchObject({ tool: "generate_variants", args: { offer: "free-shipping", formats: ["1:1"] } });
  });
  it("links an ad to the test its variant is an arm of", () => {
    const linked = plan("link meta ad 120208877555 to the autumn dash energetic variant");
    expect(linked).toMatchObject({ tool: "link_deployment", args: { assetId: LIBRARY[0]!.id } });
    expect((linked as { args: Record<string, unknown> }).args.experimentId).toBe(vocabulary.experiments[0]!.id);
  });
  it("merges an asset with the copies named after it, keeping the one said", () => {
    expect(plan("merge the night banner with the resized copy, keep the orignal")).toMatchObject({
      tool: "resolve_duplicates",
      args: { keepId: "ast_01TESTNIGHTBANNER00001" },
    });
    expect(plan("merge the resized night banner copy into the original")).toMatchObject({
      tool: "resolve_duplicates",
      args: {
        assetIds: ["ast_01TESTNIGHTBANNER00001", "ast_01TESTNIGHTBANNER00002"],
        keepId: "ast_01TESTNIGHTBANNER00001",
      },
    });
  });
  it("shows the one asset of the thread for 'show me the asset' in its review card", () => {
    const memory = { reviewId: "rvw_01TEST", lastAssetIds: [LIBRARY[4]!.id] };
    expect(callOf(planOver({ tools, vocabulary }, "show me the asset", memory, NOW))).toEqual({
      tool: "get_asset",
      args: { id: LIBRARY[4]!.id },
    });
  });
  it("registers a new version of an asset, both named, the new one said first or last", () => {
    const replaced = { tool: "replace_asset_version", args: { replacedId: "ast_01TESTNIGHTBANNER00001" } };
    expect(plan("the harvest banner 1:1 replaces the night banner 1:1 from now on")).toMatchObject({
      ...replaced,
      args: { ...replaced.args, newAssetId: "ast_01TESTPROMOBANNER00001" },
    });
    expect(plan("register the harvest banner 1:1 as v2 of the night banner 1:1")).toMatchObject(replaced);
    expect(plan("replace the night banner 1:1 with the harvest banner 1:1")).toMatchObject(replaced);
    // An edit of an asset is no new version of it.
    expect(plan("replace the copy in the night banner 1:1 with something calmer")).not.toMatchObject({
      tool: "replace_asset_version",
    });
  });
  it("tags a whole family of assets named by the start of their names", () => {
    expect(plan("can you tag the harvest banners, they have no tags")).toMatchObject({
      tool: "tag_assets",
      args: { ids: ["ast_01TESTPROMOBANNER00001", "ast_01TESTPROMOBANNER00002"] },
    });
  });
  it("searches by example for 'frames like <an asset> but …'", () => {
    expect(plan("find me frames like the night banner 1:1 but warmer")).toMatchObject({
      tool: "search_assets",
      args: { exampleAssetIds: ["ast_01TESTNIGHTBANNER00001"] },
    });
  });
  it("searches by example for 'feels like <an asset>'", () => {
    expect(plan("anything that feels like the night banner 1:1 but at dawn?")).toMatchObject({
      tool: "search_assets",
      args: { exampleAssetIds: ["ast_01TESTNIGHTBANNER00001"] },
    });
  });
  it("reads an audience said in Spanish", () => {
    expect(plan("test energetic 1:1 vs premium 9:16 on ctr para urbanos")).toMatchObject({
      args: { audience: "urban-25-34" },
    });
  });
  it("starts a test's lineage at the test", () => {
    const test = vocabulary.experiments[0]!;
    expect(plan(`what came of the ${test.name}? downstream only`)).toMatchObject({
      tool: "trace_lineage",
      args: { id: test.id, direction: "downstream" },
    });
  });
  it("lists a family of assets, what rights allow on a day and what a member owns", () => {
    expect(plan("pull up the harvest banners, want to reuse them")).toEqual({
      tool: "list_assets",
      args: expect.objectContaining({ nameContains: "Harvest banner" }),
    });
    expect(plan("which pics can we still use on 15 May, rights-wise?")).toEqual({
      tool: "list_assets",
      args: expect.objectContaining({ rightsValidOn: "2027-05-15" }),
    });
    expect(plan("list whatever Rio owns")).toMatchObject({ tool: "list_assets", args: { owner: "U0TESTRIO01" } });
    expect(plan("find banners like the harvest ones but at night")).toMatchObject({ tool: "search_assets" });
  });
  it("logs a complaint against the asset named in words, else the one the last message named", () => {
    const thread = { lastAssetIds: [LIBRARY[4]!.id] };
    expect(callOf(planOver({ tools, vocabulary }, "flag the harvest banner 1.91 as low-res", thread, NOW))).toEqual({
      tool: "record_feedback",
      args: expect.objectContaining({ assetId: "ast_01TESTPROMOBANNER00002", label: "low_quality_variant" }),
    });
    const checked = {
      lastCall: { tool: "check_brand_rules", text: "check the harvest banner 1.91 against the rules", args: {} },
    };
    expect(callOf(planOver({ tools, vocabulary }, "then log it as off-brand", checked, NOW))).toEqual({
      tool: "record_feedback",
      args: expect.objectContaining({ assetId: "ast_01TESTPROMOBANNER00002", label: "off_brand" }),
    });
  });
  it("reads one asset asked about (rights, owner, review), not a search or a listing", () => {
    expect(plan("who's the rights holder on the harvest banner 1.91? need to ask them")).toEqual({
      tool: "get_asset",
      args: { id: "ast_01TESTPROMOBANNER00002" },
    });
    const card = { reviewId: "rvw_01TEST", lastAssetIds: [LIBRARY[4]!.id] };
    expect(callOf(planOver({ tools, vocabulary }, "why is this one stuck in review?", card, NOW))).toEqual({
      tool: "get_asset",
      args: { id: LIBRARY[4]!.id },
    });
    expect(plan("which harvest banners have rights valid on 1 May?")).toMatchObject({ tool: "list_assets" });
  });
  it("names a member by first name, possessive too, where the tool keeps Slack ids", () => {
    expect(plan("add Rio as an approver")).toMatchObject({
      tool: "add_brand_member",
      args: { slackUserId: "U0TESTRIO01" },
    });
    expect(plan("remove Jonas's reviewer role")).toMatchObject({ args: { member: "U0TESTJONAS" } });
  });
  it("takes a Slack member id said as it is", () => {
    expect(plan("add U05NOAH0008 as editor on kestrel")).toMatchObject({
      tool: "add_brand_member",
      args: { slackUserId: "U05NOAH0008", role: "editor" },
    });
    expect(plan("remove U0TESTJONAS from kestrel")).toMatchObject({ args: { member: "U0TESTJONAS" } });
  });
});

describe("the copy a brand check looks at, said against the thread", () => {
  const check = {
    name: "check_brand_rules",
    inputSchema: {
      type: "object",
      properties: {
        assetId: { type: "string" },
        copy: { type: "string" },
        headline: { type: "string" },
        text: { type: "string" },
        platform: { type: "string", description: "meta | google | tiktok | sms ... (selects length limits)" },
        format: { type: "string", description: 'Format as WIDTHxHEIGHT, e.g. "1080x1920"' },
      },
    },
  } as unknown as McpToolInfo;
  const checked = {
    lastCall: {
      tool: "check_brand_rules",
      text: "",
      args: { brand: "kestrel", text: "Clinically proven to reduce knee pain" },
    },
  };
  it("takes a word out of the last copy, checks it again, or checks the new line a follow-up quotes", () => {
    expect(copyFromThread(check, { text: "clinically" }, 'And without "clinically"?', checked, [])).toMatchObject({
      text: "Proven to reduce knee pain",
    });
    expect(copyFromThread(check, {}, "Kindly check the same copy for TikTok 9:16 also", checked, [])).toMatchObject({
      text: "Clinically proven to reduce knee pain",
      format: "1080x1920",
    });
    const next = copyFromThread(
      check,
      { text: "Clinically proven to reduce knee pain", assetId: "ast_x" },
      'ok what about "Built for every mile"',
      checked,
      [],
    );
    expect(next).toMatchObject({ text: "Built for every mile" });
    expect(next.assetId).toBeUndefined();
    // A word taken out and the new line quoted together: the new line.
    const without = copyFromThread(
      check,
      { text: "Clinically proven to reduce knee pain" },
      'without "Clinically" then: "Built for knees. Shop now."',
      checked,
      [],
    );
    expect(without).toMatchObject({ text: "Built for knees. Shop now." });
  });
  it("checks against the rule set version said, outside the copy", () => {
    const versioned = {
      ...check,
      inputSchema: {
        ...check.inputSchema,
        properties: { ...check.inputSchema.properties, body: { type: "string" }, ruleSetVersion: { type: "integer" } },
      },
    } as McpToolInfo;
    const said = (args: Record<string, unknown>, text: string) => copyFromThread(versioned, args, text, {}, []);
    expect(said({ text: "Limited offer" }, 'check this copy with the version 3 rules? "Limited offer"')).toEqual({
      text: "Limited offer",
      ruleSetVersion: 3,
    });
    expect(said({ assetId: "ast_x" }, "And check it against v2 for comparison.")).toEqual({
      assetId: "ast_x",
      ruleSetVersion: 2,
    });
    expect(said({ text: "Aero v3 is here" }, "check 'Aero v3 is here' in 9:16")).not.toHaveProperty("ruleSetVersion");
  });
  it("reads the channel a line is for where the platform is free text", () => {
    expect(copyFromThread(check, { text: "x" }, "Can I check this SMS copy?", {}, []).platform).toBe("sms");
    expect(copyFromThread(check, { text: "x" }, "push notif copy: 'Last chance' ok?", {}, []).platform).toBe("push");
    expect(copyFromThread(check, { text: "x" }, "Subject line check: 'Your PR'", {}, []).platform).toBe("email");
    expect(copyFromThread(check, { text: "x" }, "check this headline", {}, []).platform).toBeUndefined();
  });
});
