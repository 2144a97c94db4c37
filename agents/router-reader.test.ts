import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CORPUS_NOW } from "../test/fixtures/phrasings/workspace.ts";
import { type CorpusRouter, callOf, openCorpusRouter, planOver } from "../test/helpers/corpus-router.ts";
import type { McpToolInfo } from "./mcp-client.ts";
import { readTool } from "./router-reader.ts";

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
    expect(planOver(r, "make it more playful", {}, NOW).kind).toBe("unknown");
  });

  it("reads an ask the phrase rules would have searched for as the tool it names", () => {
    expect(callOf(planOver(r, "any double uploads in the library", {}, NOW))).toMatchObject({
      tool: "find_duplicates",
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
