import { describe, expect, it } from "vitest";
import type { McpToolInfo } from "./mcp-client.ts";
import { bindSlots } from "./slot-binder.ts";
import { closestValue, proposeRepair } from "./slot-repair.ts";

const tool = (properties: Record<string, unknown>, required: string[] = []): McpToolInfo => ({
  name: "t",
  inputSchema: { type: "object", properties, required },
});

describe("binding router slots onto a tool's input schema", () => {
  it("fills properties by name and synonym, and reports required ones nothing filled", () => {
    const generate = tool(
      {
        brand: { type: "string" },
        audience: { type: "string" },
        offer: { type: "string" },
        count: { type: "integer" },
        formats: { type: "array" },
      },
      ["brand", "audience", "offer", "count", "formats"],
    );
    expect(bindSlots(generate, { count: 8, audience: "runners", formats: ["1:1"], brand: "kestrel" })).toEqual({
      args: { count: 8, audience: "runners", formats: ["1:1"], brand: "kestrel" },
      missing: ["offer"],
      unused: [],
    });
  });

  it("maps the first asset id onto an `id` property and searches one nested object level", () => {
    expect(bindSlots(tool({ id: { type: "string" } }, ["id"]), { assetIds: ["ast_1", "ast_2"] }).args).toEqual({
      id: "ast_1",
    });
    const nested = tool({ brief: { type: "object", properties: { audience: { type: "string" } } } });
    expect(bindSlots(nested, { audience: "gen z" }).args).toEqual({ brief: { audience: "gen z" } });
  });
});

describe("repairing a slot from the tool's list of valid values", () => {
  it("picks the valid value closest to the user's words", () => {
    expect(closestValue("Gen Z", ["urban-25-34", "gen-z-runners", "trail-enthusiasts"])).toBe("gen-z-runners");
    expect(closestValue("spring offer", ["summer-15-off", "spring-20-off"])).toBe("spring-20-off");
    expect(closestValue("pensioners", ["gen-z-runners"])).toBeUndefined();
  });

  it("reads the field and values from a Winnow invalid_input error", () => {
    const error =
      'invalid_input: audience: "Gen Z" is not a value of slot audience. Valid values: gen-z-runners, urban-25-34.';
    expect(proposeRepair(error, { audience: "Gen Z" })).toEqual({ field: "audience", value: "gen-z-runners" });
    expect(proposeRepair("not_found: Asset ast_1 not found.", { audience: "x" })).toBeUndefined();
  });
});
