import { describe, expect, it } from "vitest";
import type { McpToolInfo } from "./mcp-client.ts";
import { withinSchema } from "./plan-bounds.ts";
import type { RouterPlan } from "./router-plan-types.ts";

const ranking: McpToolInfo = {
  name: "top_performers",
  title: "Top performers",
  inputSchema: {
    type: "object",
    properties: {
      metric: { type: "string", enum: ["ctr", "cvr", "roas"] },
      limit: { type: "integer", minimum: 1, maximum: 50 },
      from: { type: "string", pattern: "^\\d{4}-\\d{2}-\\d{2}$" },
      assetId: { type: "string", pattern: "^ast_[0-9A-Z]{26}$" },
      filters: { type: "object", properties: { format: { type: "string", enum: ["square", "story"] } } },
    },
  },
};
const call = (args: Record<string, unknown>): RouterPlan => ({
  kind: "call",
  intent: { name: "tool", tools: [ranking.name], slots: {} },
  tool: ranking,
  args,
  understood: [],
  ignored: [],
});

describe("a call the tool's schema would refuse becomes a question", () => {
  it("passes a call inside its schema through unchanged", () => {
    const plan = call({ metric: "ctr", limit: 10, from: "2027-04-01" });
    expect(withinSchema(plan, "top 10 by ctr since april")).toBe(plan);
  });

  it("asks how many when a count is above the most the tool shows, keeping the rest of the call", () => {
    const plan = withinSchema(call({ metric: "roas", limit: 500 }), "top 500 by roas");
    expect(plan.kind).toBe("question");
    if (plan.kind !== "question") return;
    expect(plan.question).toMatch(/how many is at most 50/);
    expect(plan.question).toContain('"500"');
    expect(plan.pending).toMatchObject({ field: "limit", call: { tool: "top_performers", args: { metric: "roas" } } });
    expect(plan.pending.call?.args).not.toHaveProperty("limit");
  });

  it("names the allowed values, as choices, for a value outside an enum, also inside filters", () => {
    const metric = withinSchema(call({ metric: "watch_time" }), "rank by watch time");
    expect(metric.kind === "question" && metric.pending.choices).toEqual(["ctr", "cvr", "roas"]);
    const format = withinSchema(call({ filters: { format: "16:9" } }), "16:9 only");
    expect(format.kind === "question" && format.question).toMatch(/format is one of square, story/);
  });

  it("puts a date's pattern in words but leaves an id's shape to the tool", () => {
    const date = withinSchema(call({ from: "3rd of April" }), "since the 3rd of April");
    expect(date.kind === "question" && date.question).toMatch(/a date like 2027-04-01/);
    const id = call({ assetId: "ast_made_up" });
    expect(withinSchema(id, "check ast_made_up")).toBe(id);
  });
});
