import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { copyFromText } from "../core/brand/copy-text.ts";
import { EMPTY_VOCABULARY, type Vocabulary } from "../core/intents/vocabulary.ts";
import { CORPUS_NOW, createCorpusWorkspace } from "../test/fixtures/phrasings/workspace.ts";
import { openCorpusRouter } from "../test/helpers/corpus-router.ts";
import { addSlackMember } from "../test/helpers/team.ts";
import { type TestWorkspace, toolContext } from "../test/helpers/workspace.ts";
import { invokeTool } from "../tools/define.ts";
import { findTool } from "../tools/index.ts";
import { parseDateRange } from "./intent-dates.ts";
import { routeIntent } from "./intent-router.ts";
import { costSlots, performanceMetric } from "./intent-slots.ts";
import { spendKind } from "./intent-spend.ts";
import { normalise } from "./intent-text.ts";
import type { McpToolInfo } from "./mcp-client.ts";
import { Orchestrator } from "./orchestrator.ts";
import { planRoute } from "./router-plan.ts";
import type { RouterPlan } from "./router-plan-types.ts";
import { planRepair } from "./slot-repair.ts";

const NOW = new Date(CORPUS_NOW); // Wednesday 2027-04-14 10:00 UTC
const GENZ = "ast_01JGENZCLUB0000000000004";

describe("dates said in words, as inclusive UTC days", () => {
  it.each([
    ["what did we spend last week", "2027-04-05", "2027-04-11"],
    ["best ads this month", "2027-04-01", "2027-04-14"],
    ["yesterday", "2027-04-13", "2027-04-13"],
    ["top ads in October", "2026-10-01", "2026-10-31"],
    ["since Monday", "2027-04-12", "2027-04-14"],
    ["last 30 days", "2027-03-16", "2027-04-14"],
    ["past 2 weeks", "2027-04-01", "2027-04-14"],
    ["last month", "2027-03-01", "2027-03-31"],
    ["Q1", "2027-01-01", "2027-03-31"],
    ["this quarter", "2027-04-01", "2027-04-14"],
    ["year to date", "2027-01-01", "2027-04-14"],
    ["last weekend", "2027-04-10", "2027-04-11"],
    ["since March 15", "2027-03-15", "2027-04-14"],
    ["since the 1st", "2027-04-01", "2027-04-14"],
    ["between March 1 and March 31", "2027-03-01", "2027-03-31"],
    ["from 2027-02-01 to 2027-02-28", "2027-02-01", "2027-02-28"],
  ])("%s → %s … %s", (text, from, to) => {
    expect(parseDateRange(text, NOW)).toMatchObject({ from, to });
  });

  it("does not read 'may' the verb or a bare number as a date", () => {
    expect(parseDateRange("may I see the top ads", NOW)).toBeUndefined();
    expect(parseDateRange("make 8 variants", NOW)).toBeUndefined();
  });
});

describe("router understanding (pure)", () => {
  it("reads a metric through one slip in its word", () => {
    expect(performanceMetric("top 5 ads for gen z this week by clikcs").metric).toBe("ctr");
    expect(performanceMetric("whats our top convertng ad with trail runners").metric).toBe("cvr");
    expect(performanceMetric("top 3 by conversons for gen z").metric).toBe("conversions");
    expect(performanceMetric("the clinic shots").metric).toBeUndefined();
  });

  it("reads conversions as said in short and by selling, and an impressions floor as no metric", () => {
    expect(performanceMetric("pull conv volume by asset since monday").metric).toBe("conversions");
    expect(performanceMetric("whats seling best ads wise").metric).toBe("conversions");
    expect(performanceMetric("conv rate by ad").metric).toBe("cvr");
    expect(performanceMetric("bump min impressions to 2k").metric).toBeUndefined();
    expect(performanceMetric("top ads by cvr, min 500 impr").metric).toBe("cvr");
  });

  it("reads a metric said in words: cost per install or lead, cheapest per conversion, burning money, installs", () => {
    const metric = (s: string) => performanceMetric(s.toLowerCase()).metric;
    expect(metric("which one's the cheapest per conversion out of that lot?")).toBe("cpa");
    expect(metric("Pull the top 5 cheapest-per-conversion ads from March")).toBe("cpa");
    expect(metric("Which ads got us the most conversions for the least money last month?")).toBe("cpa");
    expect(metric("what's CPI looking like on tiktok")).toBe("cpa");
    expect(metric("lowest cost per lead by creative")).toBe("cpa");
    expect(metric("Which ad has the cheapest cost per convertion since Monday?")).toBe("cpa");
    expect(metric("top creatives by installs since monday")).toBe("conversions");
    expect(metric("which test is burning the most money")).toBe("spend");
    expect(metric("return on ad spend, top 5")).toBe("roas");
  });

  it("reads a test's spend, spend per creative and ad spend said in other languages as the ads' spend", () => {
    expect(spendKind("what's spend on each arm of the trail test so far?", true)).toBe("ads");
    expect(spendKind("how much have we spent on this", true)).toBe("ads");
    expect(spendKind("give me the spend per audience of last week")).toBe("ads");
    expect(spendKind("combien on a spend en pub depuis lundi ?")).toBe("ads");
    expect(spendKind("what did we spend last week?")).toBeUndefined();
    expect(spendKind("how much have we chucked at meta ads this mnoth?")).toBe("ads");
    expect(spendKind("eish, whats burnign money on meta this month?")).toBe("ads");
    expect(spendKind("is there somewhere i can see what each ad cost to make?")).toBeUndefined();
    expect(spendKind("how much have we spent on ai generation this test cycle", true)).toBe("generation");
    // Spend asked in a part of its own before the generation part; generation said for short, with a slip, or as
    // making the creative.
    expect(spendKind("spend this week? and gen cost")).toBe("ads");
    expect(spendKind("gen cost mtd")).toBe("generation");
    expect(spendKind("how much we spend on genration this month")).toBe("generation");
    expect(spendKind("what did we spend on producing creative in march?")).toBe("generation");
    expect(spendKind("spend for gen z last week")).toBeUndefined();
    // "and with spend?" right after a test's read-out: that test's ads.
    expect(routeIntent("and with spend?", { lastExperimentId: "exp_1" }, { now: NOW })?.slots).toMatchObject({
      metric: "spend",
      experimentId: "exp_1",
    });
    expect(
      routeIntent("how much have we spent on this", { lastExperimentId: "exp_1" }, { now: NOW })?.slots,
    ).toMatchObject({
      metric: "spend",
      experimentId: "exp_1",
    });
    expect(routeIntent("whats our cheapst cost per conversion ad this month", {}, { now: NOW })?.name).toBe(
      "top_performers",
    );
  });

  it("reads the cost ledger's dimensions however they are said", () => {
    expect(costSlots("generation cost week-wise from 1st march")).toEqual({ groupBy: ["period"], period: "week" });
    expect(costSlots("generation cost prompt-version wise")).toEqual({ groupBy: ["prompt_version"] });
    expect(costSlots("how much is each model costing us")).toEqual({ groupBy: ["model"] });
    // Spanish "por modelo" is the AI model, not the Portuguese "modelo" (a template).
    expect(costSlots(normalise("desglósalo por modelo").toLowerCase())).toEqual({ groupBy: ["model"] });
    expect(costSlots("el costo de generación por modelo")).toEqual({ groupBy: ["model"] });
    expect(costSlots("spend per campaign per week")).toEqual({ groupBy: ["campaign", "period"], period: "week" });
    // A list of dimensions after one "by", a period word among them as the bucket; a slip in a dimension's word.
    expect(costSlots("generation cost grouped by model and week for q1")).toEqual({
      groupBy: ["model", "period"],
      period: "week",
    });
    expect(costSlots("por campaña y modelo")).toEqual({ groupBy: ["campaign", "model"] });
    expect(costSlots("break it down by modle this month")).toEqual({ groupBy: ["model"] });
  });

  it("takes the metric said first when a message names two (a multi-part ask's first call)", () => {
    expect(performanceMetric("spend last week + best ad by roas same period").metric).toBe("spend");
    expect(performanceMetric("top ads by roas last week and their spend").metric).toBe("roas");
  });

  it("keeps an asset id out of the audience wherever it is pasted", () => {
    for (const text of [
      `find assets that feel like this for Gen Z ${GENZ}`,
      `find assets that feel like ${GENZ} for Gen Z`,
    ]) {
      const intent = routeIntent(text, {}, { now: NOW });
      expect(intent?.name).toBe("similar");
      expect(intent?.slots).toMatchObject({ assetIds: [GENZ], audience: "Gen Z" });
    }
  });

  it("reads an example and what should differ as a search by that example", () => {
    const shown = { lastAssetIds: [GENZ] };
    const fog = routeIntent("More like that, but with fog instead of sun?", shown, { now: NOW });
    expect(fog?.name).toBe("search");
    expect(fog?.slots).toMatchObject({ exampleAssetIds: [GENZ] });
    expect(routeIntent("more like that please", shown, { now: NOW })?.name).toBe("similar");
    expect(routeIntent("I'd like the banners but in 9:16", shown, { now: NOW })?.slots).not.toHaveProperty(
      "exampleAssetIds",
    );
    expect(routeIntent("use the calm one instead of the energetic", shown, { now: NOW })?.name).not.toBe("search");
  });

  it("reads every tone of a list, and object + colour search phrases as the query", () => {
    expect(
      routeIntent("make 8 variants of the spring offer, playful and serious", {}, { now: NOW })?.slots.tones,
    ).toEqual(["playful", "serious"]);
    expect(routeIntent("got any running shoe photos?", {}, { now: NOW })?.slots.query).toBe("running shoe");
    expect(routeIntent("orange sneaker", {}, { now: NOW })?.slots.query).toBe("orange sneaker");
  });

  it("acts on the first ask of a message and keeps the others to say so", () => {
    const intent = routeIntent(
      "find orange sneaker shots and also make 4 variants of the spring offer",
      {},
      { now: NOW },
    );
    expect(intent?.name).toBe("search");
    expect(intent?.also).toEqual(["make 4 variants of the spring offer"]);
  });
});

describe("copy pasted for a brand check without quotes", () => {
  const route = (text: string) => routeIntent(text, {}, { now: NOW });

  it.each([
    ["check this copy: 40% off today, no strings", "40% off today, no strings"],
    ["check: 40% off today, no strings", "40% off today, no strings"],
    ["is this ok: 40% off today, no strings", "40% off today, no strings"],
    ["is this ok to post: Guaranteed fastest shoe ever", "Guaranteed fastest shoe ever"],
    ["is this ok? 40% off today, no strings attached", "40% off today, no strings attached"],
    ["check 40% off today, no strings", "40% off today, no strings"],
    ["pls check Run further for less", "Run further for less"],
  ])("%s → check_brand with the copy", (text, copy) => {
    expect(route(text)).toMatchObject({ name: "check_brand", slots: { text: copy } });
  });

  it("reads copy pasted on its own lines, keeping the line breaks and field labels", () => {
    const below = route("<@U0WINNOW> can you check this:\n> Headline: Run further for less\n> CTA: Shop now 🔥");
    expect(below).toMatchObject({
      name: "check_brand",
      slots: { text: "Headline: Run further for less\nCTA: Shop now 🔥" },
    });
    const above = route(
      "Headline: Run further for less\nBody: Light shoes for long days.\nCTA: Shop now\nis this on brand?",
    );
    expect(above?.name).toBe("check_brand");
    expect(above?.slots.text).toBe("Headline: Run further for less\nBody: Light shoes for long days.\nCTA: Shop now");
    expect(above?.slots.audience).toBeUndefined();
    expect(route("can you check this\nNew drop. Zero excuses.")?.slots.text).toBe("New drop. Zero excuses.");
  });

  it("keeps requests that only look like a pasted check on their own tools", () => {
    expect(route("check the spend last week")?.name).toBe("cost");
    expect(route("check: how much did we spend last week")?.name).toBe("cost");
    expect(route("check on the spring test: is it done?")?.name).toBe("status");
    expect(route("check: top 3 tiktok ads")?.name).toBe("top_performers");
    expect(route("review the spring test results\nand tell me who won")?.name).toBe("status");
    expect(route("check gen z trail shots")?.slots.text).toBeUndefined();
    expect(route("new brand: Lumen Coffee")?.name).toBe("create_brand");
    // A brand's name in single quotes, or after a colon further on; an apostrophe is no quote.
    expect(route("new brand for our other client pls: Fernwood Trail Supply, slug fernwood")?.slots).toMatchObject({
      name: "Fernwood Trail Supply",
      slug: "fernwood",
    });
    expect(route("create the brand 'Kestrel Québec', slug kestrel-qc")?.slots.name).toBe("Kestrel Québec");
    expect(route("create a brand for our client's shop called Alder Coffee")?.slots.name).toBe("Alder Coffee");
    expect(route(`review: ${GENZ}`)?.slots.text).toBeUndefined();
    expect(route(`check ${GENZ} against the brand rules`)).toMatchObject({
      name: "check_brand",
      slots: { assetIds: [GENZ] },
    });
  });
});

describe("router plans over the workspace vocabulary and the served tools", () => {
  let ws: TestWorkspace;
  let tools: McpToolInfo[];
  let vocabulary: Vocabulary;
  const plan = (text: string, memory = {}): RouterPlan => planRoute({ text, memory, tools, vocabulary, now: NOW });

  beforeAll(async () => {
    ({ ws, tools, vocabulary } = await openCorpusRouter());
  });
  afterAll(() => ws.cleanup());

  it("maps an audience alias to the brand's slug and says so", () => {
    const p = plan(`find assets that feel like this for Gen Z ${GENZ}`);
    expect(p).toMatchObject({ kind: "call", args: { id: GENZ, audience: "gen-z-runners" } });
    expect(p.understood).toContain('audience: "Gen Z" → gen-z-runners');
  });

  it("keeps the template's tones and says which tone it could not use", () => {
    const p = plan("generate 10 ads for gen z, spring offer, playful and serious");
    expect(p).toMatchObject({ kind: "call", args: { tone: "playful", offer: "spring-20-off", count: 10 } });
    expect(p.ignored.join(" ")).toMatch(/tone "serious": not a tone of the template/);
    const both = plan("make 8 variants of the spring offer for gen z, playful and energetic");
    expect(both).toMatchObject({ kind: "call", args: { slots: { tone: ["playful", "energetic"] } } });
  });

  it("turns 'last week' into from/to and names the experiment it found", () => {
    const top = plan("top 5 ads by ROAS last week");
    expect(top).toMatchObject({
      kind: "call",
      args: { metric: "roas", limit: 5, from: "2027-04-05", to: "2027-04-11" },
    });
    expect(top.understood).toContain("dates: 2027-04-05 → 2027-04-11 (last week, UTC)");
    const status = plan("is the spring test done yet?");
    expect(status).toMatchObject({ kind: "call", tool: { name: "get_experiment_results" } });
    expect(status.understood).toContain("experiment: Spring Sprint hook test (exp_01SPRINGHOOK00000000001)");
  });

  it("asks one short question when two experiments match, or a destructive one has no experiment", () => {
    // Two hook tests match; only the Spring Sprint one is running, so that is the one meant.
    expect(plan("how is the hook test doing?")).toMatchObject({
      kind: "call",
      args: { experimentId: "exp_01SPRINGHOOK00000000001" },
    });
    const running = plan("how is our test doing?");
    expect(running.kind === "question" && running.question).toBe(
      "Which experiment should I look at: Trail tone test or Spring Sprint hook test?",
    );
    const promote = plan("promote the winner");
    expect(promote.kind).toBe("question");
    expect(plan("promote the winner", { lastExperimentId: "exp_01DEHOOK00000000000003" })).toMatchObject({
      kind: "call",
      args: { experimentId: "exp_01DEHOOK00000000000003" },
    });
  });

  it("asks for a missing offer with the template's offers, and says plainly what it cannot do", () => {
    const p = plan("make 8 variants of the summer sale for gen z");
    expect(p.kind === "question" && p.question).toBe("Which offer: spring-20-off, free-shipping or new-colorway?");
    expect(p.ignored).toContain('offer "summer sale": not an offer of the template');
    expect(plan("can you post this to instagram for me?")).toMatchObject({ kind: "cannot" });
  });

  it("learns an audience alias a brand admin adds with update_brand", async () => {
    const outcome = await invokeTool(
      findTool("update_brand")!,
      {
        brand: "kestrel",
        audiences: [{ slug: "trail-enthusiasts", name: "Trail enthusiasts", aliases: ["trail runners", "mud lovers"] }],
      },
      toolContext(ws.services),
    );
    expect(outcome.isError, outcome.text).toBe(false);
    const fresh = await ws.services.vocabulary();
    const p = planRoute({
      text: "find forest photos for the mud lovers",
      memory: {},
      tools,
      vocabulary: fresh,
      now: NOW,
    });
    expect(p).toMatchObject({ kind: "call", args: { audience: "trail-enthusiasts" } });
  });

  it("reads a metric question about one asset as that asset's own numbers", () => {
    expect(plan(`how many impressions did ${GENZ} get last week`)).toMatchObject({
      kind: "call",
      tool: { name: "top_performers" },
      args: { assetIds: [GENZ], metric: "impressions", minImpressions: 0, from: "2027-04-05", to: "2027-04-11" },
    });
  });

  it("asks which asset when an asset request has none, and does not search for an instruction", () => {
    const review = plan("send it for review");
    expect(review.kind === "question" && review.question).toMatch(/^Which asset\?/);
    // A change asked of "it" with nothing earlier in the thread asks which one is meant; it searches for nothing.
    const playful = plan("make it more playful");
    expect(playful.kind === "question" && playful.question).toMatch(/which/i);
  });

  it("checks unquoted and multi-line copy with check_brand_rules, whose labels become fields", async () => {
    const inline = plan("check: 40% off today, no strings");
    expect(inline).toMatchObject({ kind: "call", tool: { name: "check_brand_rules" } });
    expect(inline.kind === "call" && inline.args).toMatchObject({ text: "40% off today, no strings" });
    const lines = plan("can you check this\nHeadline: Run further for less\nCTA: Shop now, 40% off");
    expect(lines).toMatchObject({ kind: "call", tool: { name: "check_brand_rules" } });
    if (lines.kind !== "call") return;
    // The tool reads the planned text with copyFromText: the labels become fields, not one body.
    expect(copyFromText(String(lines.args.text))).toEqual({
      headline: "Run further for less",
      cta: "Shop now, 40% off",
    });
    const outcome = await invokeTool(findTool("check_brand_rules")!, lines.args, toolContext(ws.services));
    expect(outcome.isError, outcome.text).toBe(false);
  });

  it("says what a tool cannot use instead of dropping it", () => {
    const p = plan("find duplicates from last week");
    expect(p).toMatchObject({ kind: "call", tool: { name: "find_duplicates" } });
    expect(p.ignored).toContain("dates (last week): find_duplicates has no date range");
  });
});

describe("a workspace with nothing in it yet", () => {
  const search: McpToolInfo = { name: "search_assets", inputSchema: { type: "object", properties: { query: {} } } };
  const stop: McpToolInfo = {
    name: "stop_experiment",
    inputSchema: { type: "object", properties: { experimentId: {} } },
  };
  const plan = (text: string) =>
    planRoute({ text, memory: {}, tools: [search, stop], vocabulary: EMPTY_VOCABULARY, now: NOW });

  it("says plainly there is no experiment to stop instead of asking for a confirmation it cannot honour", () => {
    const p = plan("stop the experiment and pause the losing ads");
    expect(p.kind).toBe("cannot");
    expect(p.kind === "cannot" && p.text).toMatch(/no experiments in this workspace yet/);
  });

  it("asks which asset 'feels like this' means when there is no id, link or image to match", () => {
    const p = plan("find assets that feel like this for Gen Z");
    expect(p.kind === "question" && p.question).toMatch(/^Which asset should I match\?/);
  });
});

describe("repairing a call from the tool's own error", () => {
  it("reads the field and a list of allowed values from any error shape", () => {
    expect(
      planRepair(
        'invalid_input: audience: "Gen Z" is not a known audience. Valid values: gen-z-runners, urban-25-34.',
        {
          audience: "Gen Z",
        },
      ),
    ).toMatchObject({ kind: "set", path: ["audience"], value: "gen-z-runners" });
    expect(
      planRepair('invalid_input: filters.kind: Invalid option: expected one of "product"|"output"|"logo"', {
        filters: { kind: "outputs" },
      }),
    ).toMatchObject({ kind: "set", path: ["filters", "kind"], value: "output" });
    expect(planRepair("invalid_input: limit: Too big: expected number to be <=50", { limit: 80 })).toMatchObject({
      kind: "set",
      value: 50,
    });
  });

  it("drops an optional argument it cannot fix (saying so) and asks about a required one", () => {
    expect(planRepair("invalid_input: platform: not a platform. Use meta", { platform: "myspace" })).toMatchObject({
      kind: "drop",
      path: ["platform"],
    });
    expect(
      planRepair("invalid_input: experimentId: no such experiment. Pass an exp_ id", { experimentId: "x" }, [
        "experimentId",
      ]),
    ).toMatchObject({ kind: "ask", path: ["experimentId"] });
  });
});

describe("the router path of a Slack turn", () => {
  let ws: TestWorkspace;
  beforeAll(async () => {
    ws = await createCorpusWorkspace();
    await addSlackMember(ws.services, "U0MARKETER1", "editor");
  });
  afterAll(() => ws.cleanup());

  it("asks once, keeps the request in thread memory, and the short answer completes it", async () => {
    const agent = new Orchestrator(ws.services);
    const first = await agent.respond({ text: "how's our test doing?", actor: "slack:U0MARKETER1" });
    expect(first).toMatchObject({ via: "router", toolsRan: [], question: expect.stringMatching(/^Which experiment/) });
    expect(first.memory.pending).toMatchObject({ field: "experiment" });
    const second = await agent.respond({ text: "the trail one", actor: "slack:U0MARKETER1", memory: first.memory });
    // The fixture's experiments have no arms yet, so the read-out itself may fail; the call is what counts here.
    expect(second.toolsRan.map((t) => t.name)).toEqual(["get_experiment_results"]);
    expect(second.understood).toContain("experiment: Trail tone test (exp_01TRAILTONE000000000002)");
    expect(second.memory.pending).toBeUndefined();
  });

  it("runs top_performers for 'best performing creatives this month' and reports what it understood", async () => {
    const reply = await new Orchestrator(ws.services).respond({
      text: "show me our best performing creatives this month",
      actor: "slack:U0MARKETER1",
    });
    expect(reply.toolsRan).toEqual([{ name: "top_performers", ok: true }]);
    expect(reply.understood).toContain("dates: 2027-04-01 → 2027-04-14 (this month, UTC)");
    expect(reply.text).toContain("Top by CTR, 2027-04-01 → 2027-04-14");
  });
});
