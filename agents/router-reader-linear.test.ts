import { describe, expect, it } from "vitest";
import { fitLinear, linearProbabilities } from "./router-reader-linear.ts";
import { counts, features, type Vec } from "./router-reader-text.ts";

/** Unit-length raw counts: enough for a fit, without an IDF table. */
function vec(text: string): Vec {
  const v = counts(features(text));
  const norm = Math.sqrt([...v.values()].reduce((s, x) => s + x * x, 0));
  return new Map([...v].map(([f, x]) => [f, x / norm]));
}

const docs = [
  { label: "top_performers", text: "what's the best ad this week" },
  { label: "top_performers", text: "best performing ads on tiktok" },
  { label: "top_performers", text: "top ads last week by clicks" },
  { label: "cost_report", text: "what did we spend this week" },
  { label: "cost_report", text: "how much did tiktok cost us" },
  { label: "cost_report", text: "spend last week by platform" },
].map((d) => ({ label: d.label, vec: vec(d.text) }));

describe("the reader's linear half", () => {
  it("learns the words that tell two tools apart, not the words they share", () => {
    const fit = fitLinear(docs);
    // "this week" and "tiktok" appear under both tools; "spend" and "best" decide.
    const spend = linearProbabilities(fit, vec("spend on tiktok this week"));
    const best = linearProbabilities(fit, vec("best on tiktok this week"));
    expect(spend.get("cost_report")!).toBeGreaterThan(spend.get("top_performers")!);
    expect(best.get("top_performers")!).toBeGreaterThan(best.get("cost_report")!);
  });

  it("is deterministic and ignores features it never saw", () => {
    const a = fitLinear(docs);
    const b = fitLinear(docs);
    expect([...a.weights]).toEqual([...b.weights]);
    const unseen = linearProbabilities(a, vec("zzz qqq"));
    const total = [...unseen.values()].reduce((s, p) => s + p, 0);
    expect(total).toBeCloseTo(1, 6);
  });
});
