import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { CORPUS_NOW } from "../test/fixtures/phrasings/workspace.ts";
import { type CorpusRouter, callOf, openCorpusRouter, planOver } from "../test/helpers/corpus-router.ts";
import type { McpToolInfo } from "./mcp-client.ts";
import { readTool, trainReaderOn } from "./router-reader.ts";
import { anonymise } from "./router-reader-names.ts";
import { TRAINED } from "./router-trained.ts";

const NOW = new Date(CORPUS_NOW);
let r: CorpusRouter;
beforeAll(async () => {
  r = await openCorpusRouter();
});
afterAll(async () => {
  await r.ws.cleanup();
});

describe("the router's second reader", () => {
  it("reads a tool it has no example for from its title, description and schema", () => {
    const tools: McpToolInfo[] = [
      ...r.tools,
      {
        name: "export_report",
        title: "Export report",
        description: "Export a PDF report of a campaign's results for a stakeholder deck.",
        inputSchema: { type: "object", properties: { campaignId: { type: "string", description: "Campaign id" } } },
      } as McpToolInfo,
    ];
    expect(readTool("export a pdf report for the stakeholders", tools, r.vocabulary).tool).toBe("export_report");
  });

  it("reads through a slip of the keyboard", () => {
    expect(readTool("find duplciates", r.tools, r.vocabulary).tool).toBe("find_duplicates");
  });

  it("knows an ask that is not Winnow's", () => {
    expect(readTool("schedule this post for friday at 9", r.tools, r.vocabulary).tool).toBe("none");
    expect(planOver(r, "which stores are low on stock?", {}, NOW).kind).toBe("unknown");
  });

  it("reads an ask the phrase rules would have searched for as the tool it names", () => {
    expect(callOf(planOver(r, "any double uploads in the library", {}, NOW))).toMatchObject({
      tool: "find_duplicates",
    });
  });
});

describe("what the reader learns from labelled messages", () => {
  afterEach(() => trainReaderOn());
  /** An eighth of the labelled messages (every eighth), or one corpus's: a read takes ~7 ms over 7,000 of them. */
  const readRight = (corpus?: string) => {
    const labelled = TRAINED.filter((e, i) => (corpus ? e.corpus === corpus : i % 8 === 0));
    return labelled.filter((e) => readTool(e.text, r.tools, r.vocabulary, e).tool === e.tool).length / labelled.length;
  };

  it("learns the blind corpora's labelled tuning messages (generated into router-trained.ts)", () => {
    expect(TRAINED.length).toBeGreaterThan(400);
    const trained = readRight();
    trainReaderOn([]);
    const untrained = readRight();
    expect(trained).toBeGreaterThan(0.95);
    expect(trained - untrained).toBeGreaterThan(0.2);
    // Two readers built over 7,000+ messages: slow on a loaded machine, never a matter of behaviour.
  }, 180_000);

  it("reads one corpus better for having learnt the other (cross-evaluation)", () => {
    trainReaderOn([]);
    const before = readRight("blind2");
    trainReaderOn(["blind"]);
    expect(readRight("blind2") - before).toBeGreaterThan(0.08);
  });

  it("reads a corpus it never learnt better for having learnt the training corpora written for it", () => {
    trainReaderOn(["blind", "blind2", "blind3"]);
    const before = readRight("blind4");
    trainReaderOn(["blind", "blind2", "blind3", "train1", "train2", "train3"]);
    expect(readRight("blind4") - before).toBeGreaterThan(0.03);
  });

  it("reads a follow-up as going on with the thread's last tool", () => {
    expect(readTool("same for last week", r.tools, r.vocabulary, { after: "cost_report" }).tool).toBe("cost_report");
    expect(readTool("same for last week", r.tools, r.vocabulary, { after: "top_performers" }).tool).toBe(
      "top_performers",
    );
  });

  it("is surer of a plain ask than of a vague one", () => {
    expect(readTool("is the spring test done yet", r.tools, r.vocabulary).confidence).toBeGreaterThan(0.95);
    expect(readTool("sort out the mess from yesterday", r.tools, r.vocabulary).confidence).toBeLessThan(0.8);
  });

  it("reads the workspace's names as what they name, and keeps the words that say what kind of thing it is", () => {
    expect(anonymise("is the spring hook test done yet for gen z", r.vocabulary)).toBe(
      "is the {experiment} hook test done yet for {audience}",
    );
    expect(anonymise("make 4 variants for zoomers with free shipping", r.vocabulary)).toBe(
      "make 4 variants for {audience} with {offer}",
    );
  });

  it("does not overrule a read the rules chose with a change, however sure it is", () => {
    trainReaderOn(["blind2"]);
    const guess = readTool("should we kill the trail thing?", r.tools, r.vocabulary);
    expect(guess).toMatchObject({ tool: "stop_experiment" });
    expect(guess.confidence).toBeGreaterThan(0.7);
    expect(callOf(planOver(r, "should we kill the trail thing?", {}, NOW))).toMatchObject({
      tool: "get_experiment_results",
    });
  });
});

describe("what a plan shows", () => {
  it("never shows an internal id: a template id said back becomes its name", async () => {
    const { scrubPlan } = await import("./plan-scrub.ts");
    const tpl = r.vocabulary.templates[0]!;
    const plan = scrubPlan(
      { kind: "cannot", text: `no ${tpl.id} here, nor rvw_01JRVW00000000000000000001`, understood: [], ignored: [] },
      r.vocabulary,
    );
    expect(plan.kind === "cannot" && plan.text).toBe(`no ${tpl.names[0]} here, nor the review`);
  });
});
