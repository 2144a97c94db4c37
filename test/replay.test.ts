import { describe, expect, it } from "vitest";
import { runReplay } from "../bench/replay/driver.ts";
import { SHAPES } from "../bench/replay/markets.ts";

/**
 * The replay suite scaled down (npm run bench:replay runs every shape over several seeds): one market Winnow has
 * never seen, driven through the public tools only, must end with the right creative, no SRM alarm, and the broken
 * creative pruned on the way.
 */
describe("replay through the public tools", () => {
  it("finds the best creative on an unseen market with a dead arm, without a false SRM alarm", async () => {
    const shape = SHAPES.find((s) => s.name === "dead-arm")!;
    const [outcome] = await runReplay({ shape, seed: 1, audiences: ["urban-25-34"] });
    expect(outcome!.correct, JSON.stringify(outcome)).toBe(true);
    expect(outcome!.srmAlarmDays).toBe(0);
    expect(outcome!.pruned).toContain("playful|free-shipping|1:1");
    expect(outcome!.nonBestVsEqual).toBeLessThan(1);
    expect(outcome!.status).toMatch(
      /^done — winner playful · pct-off · 9:16|^done — stopped without a call \(budget reached\); best guess playful · pct-off · 9:16 at \d+% P\(best\), expected loss/,
    );
  }, 120_000);
});
