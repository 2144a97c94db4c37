import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Vocabulary } from "../core/intents/vocabulary.ts";
import { CORPUS_NOW } from "../test/fixtures/phrasings/workspace.ts";
import { callOf, openCorpusRouter, planOver } from "../test/helpers/corpus-router.ts";
import type { TestWorkspace } from "../test/helpers/workspace.ts";
import { familyOf, matchAsset, matchAssets } from "./asset-match.ts";
import type { ThreadMemory } from "./intent-types.ts";
import type { McpToolInfo } from "./mcp-client.ts";
import { assetNamedAgain, namedFirst } from "./router-assets.ts";
import type { RouterPlan } from "./router-plan-types.ts";

/**
 * Issue 25: references to library assets, read the same way for every tool that takes ids — a family named in the
 * plural, several named at once, an aside that names another asset, the age of two versions, the thread's family, an
 * asset named by its aspect ratio among those the thread showed. A library of its own, so no corpus wording is tuned.
 */
const NOW = new Date(CORPUS_NOW);
const at = (d: string) => `${d}T00:00:00.000Z`;
const LIBRARY = [
  {
    id: "ast_01TESTDUNE0000000000004",
    name: "Dune trip 04 - ridge",
    kind: "scene",
    status: "ready",
    createdAt: at("2027-04-10"),
  },
  {
    id: "ast_01TESTDUNE0000000000003",
    name: "Dune trip 03 - sandal close-up",
    kind: "product",
    status: "ready",
    createdAt: at("2027-04-09"),
  },
  {
    id: "ast_01TESTDUNE0000000000002",
    name: "Dune trip 02 - guide portrait",
    kind: "talent",
    status: "ready",
    createdAt: at("2027-04-08"),
  },
  {
    id: "ast_01TESTDUNE0000000000001",
    name: "Dune trip 01 - camel path",
    kind: "scene",
    status: "ready",
    createdAt: at("2027-04-07"),
  },
  {
    id: "ast_01TESTAUTUMNVAR00000004",
    name: "Autumn Dash bold 9:16",
    kind: "output",
    status: "generated",
    createdAt: at("2027-04-05"),
  },
  {
    id: "ast_01TESTAUTUMNVAR00000003",
    name: "Autumn Dash cosy 1:1",
    kind: "output",
    status: "generated",
    createdAt: at("2027-04-05"),
  },
  {
    id: "ast_01TESTAUTUMNVAR00000002",
    name: "Autumn Dash quiet 4:5",
    kind: "output",
    status: "generated",
    createdAt: at("2027-04-05"),
  },
  {
    id: "ast_01TESTGLIDENEW00000001",
    name: "Glide 2 Slate new tin pack shot",
    kind: "product",
    status: "ready",
    createdAt: at("2027-04-02"),
  },
  {
    id: "ast_01TESTPEAKTONE00000001",
    name: "Peak tone - bold (9:16)",
    kind: "output",
    status: "deployed",
    createdAt: at("2027-03-01"),
  },
  {
    id: "ast_01TESTPEAKTONE00000002",
    name: "Peak tone - quiet (9:16)",
    kind: "output",
    status: "deployed",
    createdAt: at("2027-03-01"),
  },
  {
    id: "ast_01TESTGLIDEOLD00000001",
    name: "Glide 2 Slate product shot",
    kind: "product",
    status: "ready",
    createdAt: at("2027-01-02"),
  },
  {
    id: "ast_01TESTNOOR000000000001",
    name: "Noor cycling (talent)",
    kind: "talent",
    status: "ready",
    createdAt: at("2026-12-01"),
  },
  {
    id: "ast_01TESTWINTERBAN0000003",
    name: "Winter Sale banner 9:16",
    kind: "output",
    status: "ready",
    createdAt: at("2026-11-01"),
  },
  {
    id: "ast_01TESTWINTERBAN0000002",
    name: "Winter Sale banner 1.91:1",
    kind: "output",
    status: "ready",
    createdAt: at("2026-11-01"),
  },
  {
    id: "ast_01TESTWINTERBAN0000001",
    name: "Winter Sale banner 1:1",
    kind: "output",
    status: "ready",
    createdAt: at("2026-11-01"),
  },
  {
    id: "ast_01TESTHARBOUR00000002",
    name: "Harbour night banner 1:1 (resized copy)",
    kind: "output",
    status: "ready",
    createdAt: at("2027-03-01"),
  },
  {
    id: "ast_01TESTHARBOUR00000001",
    name: "Harbour night banner 1:1",
    kind: "output",
    status: "ready",
    createdAt: at("2027-02-01"),
  },
];
const DUNE = LIBRARY.filter((a) => a.name.startsWith("Dune trip")).map((a) => a.id);
const id = (name: string) => LIBRARY.find((a) => a.name === name)!.id;

let ws: TestWorkspace;
let tools: McpToolInfo[];
let vocabulary: Vocabulary;
const plan = (text: string, memory: ThreadMemory = {}): RouterPlan =>
  planOver({ tools, vocabulary }, text, memory, NOW);

beforeAll(async () => {
  ({ ws, tools, vocabulary } = await openCorpusRouter());
  vocabulary = { ...vocabulary, assets: LIBRARY };
});
afterAll(() => ws.cleanup());

describe("one asset named in words", () => {
  it("reads past what a sentence says aside about another asset", () => {
    expect(
      matchAsset("Noor's licence runs to June now. Tell Ruth so the Autumn Dash plan can keep her", LIBRARY),
    ).toMatchObject({
      kind: "one",
      value: { id: id("Noor cycling (talent)") },
    });
  });
  it("settles two versions on the age said, and a name said most fully", () => {
    expect(matchAsset("archive the old Slate shot now that the new tin one is in", LIBRARY)).toMatchObject({
      value: { id: id("Glide 2 Slate product shot") },
    });
    expect(matchAsset("this replaces the current Slate one", LIBRARY)).toMatchObject({
      value: { id: id("Glide 2 Slate product shot") },
    });
    expect(matchAsset("open the Glide 2 Slate one", LIBRARY)).toMatchObject({
      value: { id: id("Glide 2 Slate product shot") },
    });
  });
  it("settles a tie on the family of the assets the thread is about", () => {
    const bold = matchAsset("what about the bold one?", LIBRARY, [id("Autumn Dash cosy 1:1")]);
    expect(bold).toMatchObject({ kind: "one", value: { id: id("Autumn Dash bold 9:16") } });
    expect(familyOf(LIBRARY.find((a) => a.name === "Peak tone - bold (9:16)")!)).toBe("peak tone");
  });
  it("names one of the thread's assets by its aspect ratio alone", () => {
    const shown = LIBRARY.filter((a) => a.name.startsWith("Winter Sale")).map((a) => a.id);
    expect(matchAsset("more like the square one", LIBRARY, shown)).toMatchObject({
      value: { id: id("Winter Sale banner 1:1") },
    });
    expect(matchAsset("more like the square one", LIBRARY).kind).toBe("none");
  });
  it("takes no slip of an everyday word for a word two names share", () => {
    expect(matchAsset("is the split right? preview only", LIBRARY).kind).toBe("none");
  });
});

describe("several assets named at once", () => {
  it("counts a word the whole message says for each part", () => {
    expect(
      matchAssets("kick off a test: cosy 1:1 vs quiet 4:5 from the autumn batch", LIBRARY)?.map((a) => a.id),
    ).toEqual([id("Autumn Dash cosy 1:1"), id("Autumn Dash quiet 4:5")]);
    expect(matchAssets("Peak tone bold aginst quiet", LIBRARY)).toHaveLength(2);
  });
  it("tags each asset named, a family named in the plural whole", () => {
    expect(callOf(plan("pls tag the sandal closeup and the ridge pic from the dune trip"))?.args?.ids).toEqual([
      id("Dune trip 03 - sandal close-up"),
      id("Dune trip 04 - ridge"),
    ]);
    const all = callOf(plan("tag the dune trip ones, I need to find the ridge one later"))?.args?.ids as string[];
    expect([...all].sort()).toEqual([...DUNE].sort());
  });
  it("acts on the first of a family named in the plural with a tool that takes one id", () => {
    expect(callOf(plan("Archive the Winter Sale banners, all three"))).toMatchObject({
      tool: "update_asset",
      args: { id: id("Winter Sale banner 1:1"), status: "archived" },
    });
  });
});

describe("the thread's assets", () => {
  it("keeps, of a listing asked for a family, that family's members", () => {
    const memory: ThreadMemory = {
      lastAssetIds: [...DUNE, id("Harbour night banner 1:1")],
      lastCall: { tool: "list_assets", args: { nameContains: "Dune trip" }, text: "have the dune trip pics come in?" },
    };
    expect(namedFirst(memory, LIBRARY).lastAssetIds).toEqual(DUNE);
  });
  it("reads a follow-up's asset among the family of the one just used", () => {
    const last = {
      tool: "check_brand_rules",
      args: { assetId: id("Autumn Dash bold 9:16") },
      text: "what's wrong with the bold 9:16?",
    };
    expect(assetNamedAgain("also for the 1:1 please", last, vocabulary)?.id).toBe(id("Autumn Dash cosy 1:1"));
  });
  it("reads the asset the words name over the thread's first one", () => {
    const memory: ThreadMemory = {
      lastAssetIds: DUNE,
      lastCall: {
        tool: "list_assets",
        args: { nameContains: "Dune trip" },
        text: "which dune trip images are cleared?",
      },
    };
    expect(callOf(plan("Is the camel path one any good, what's it tagged as", memory))).toMatchObject({
      tool: "get_asset",
      args: { id: id("Dune trip 01 - camel path") },
    });
  });
});
