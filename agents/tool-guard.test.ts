import { describe, expect, it } from "vitest";
import { authorise, isGuarded } from "./tool-guard.ts";

const tool = (name: string, destructiveHint = false) => ({ name, annotations: { destructiveHint } });

describe("tool-call guard", () => {
  it("guards destructive and approval-bearing tools, not reads or ordinary writes", () => {
    for (const name of ["promote_winners", "promote_tagger", "review_asset", "rollback_tagger", "set_prompt_label"]) {
      expect(isGuarded(tool(name))).toBe(true);
    }
    expect(isGuarded(tool("anything", true))).toBe(true);
    for (const name of ["search_assets", "generate_variants", "request_review", "record_feedback"]) {
      expect(isGuarded(tool(name))).toBe(false);
    }
  });

  it("lets the user's own request through and nothing else", () => {
    expect(authorise(tool("promote_winners"), "promote the winner").allowed).toBe(true);
    expect(authorise(tool("rollback_tagger"), "please rollback tagger to v2").allowed).toBe(true);
    expect(authorise(tool("promote_winners"), "how is the hook test doing?").allowed).toBe(false);
    expect(authorise(tool("review_asset"), "what does ast_01JD3Q8Z5K4W6X7Y8Z9A0B1C2D say?").allowed).toBe(false);
    expect(authorise(tool("generate_variants"), "anything").allowed).toBe(true);
  });
});
