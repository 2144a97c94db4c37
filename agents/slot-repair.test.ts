import { describe, expect, it } from "vitest";
import { planRepair, shownValue } from "./slot-repair.ts";

describe("slot repair notes", () => {
  it("names an object argument it leaves out by its contents, never '[object Object]'", () => {
    const error =
      'invalid_input: filters: no measured variants match {"audience":"25-34","tone":"bold"} Widen the filters.';
    const step = planRepair(error, { slot: "tone", filters: { audience: "25-34", tone: "bold" } });
    expect(step?.kind).toBe("drop");
    const note = step && "note" in step ? step.note : "";
    expect(note).not.toContain("[object Object]");
    expect(note).toContain("filters (audience 25-34, tone bold): no measured variants match");
  });

  it("shows strings quoted, numbers plainly, lists and nested objects as words", () => {
    expect(shownValue("Gen Z")).toBe('"Gen Z"');
    expect(shownValue(12)).toBe("12");
    expect(shownValue(["a", "b"])).toBe("(a, b)");
    expect(shownValue({ market: "DE", range: { from: 1, to: 2 } })).toBe("(market DE, range from 1, to 2)");
    expect(shownValue({})).toBe("(empty)");
  });
});
