import { describe, expect, it } from "vitest";
import type { ArmAnalysis } from "./analysis.ts";
import { allocationRound, type BanditArm } from "./bandit.ts";
import {
  type ArmDay,
  armTrends,
  concurrentEstimate,
  DECLINING_Z,
  recentCountsIfFalling,
  TREND_POWER_SE,
} from "./concurrent.ts";
import { type ArmState, decide } from "./decide.ts";
import { emptyTotals } from "./metrics.ts";
import { ExperimentPolicy } from "./policy.ts";
import { sharedRatePrior } from "./posterior.ts";
import { binomial, normal, seededRng } from "./rng.ts";

const policy = ExperimentPolicy.parse({});
const date = (d: number) => new Date(Date.UTC(2031, 2, 3 + d)).toISOString().slice(0, 10);

/** Two arms, a0 far ahead (P(best) 99.5%), each with plenty of sample. */
function race(trend: ArmState["trend"]) {
  const arms: ArmState[] = [
    { armId: "a0", label: "a0", sample: 200_000, pruned: false, trend },
    { armId: "a1", label: "a1", sample: 100_000, pruned: false, trend: { z: 0.3, se: 0.05 } },
  ];
  const analysis: ArmAnalysis[] = [
    {
      armId: "a0",
      mean: 0.012,
      interval: [0.0115, 0.0125],
      probabilityBest: 0.995,
      probabilitySecond: 0.005,
      expectedLoss: 1e-6,
      lift: null,
    },
    {
      armId: "a1",
      mean: 0.0105,
      interval: [0.01, 0.011],
      probabilityBest: 0.005,
      probabilitySecond: 0.995,
      expectedLoss: 0.0015,
      lift: null,
    },
  ];
  return { arms, analysis };
}
const call = (trend: ArmState["trend"], days: number, p: ExperimentPolicy = policy) => {
  const { arms, analysis } = race(trend);
  return decide("ctr", p, arms, analysis, 0, false, new Map(), 300_000, days);
};

describe("when a call may come (minDays, the trend check's power, a falling leader)", () => {
  it("calls after a full week when the leader's trend check could see a fade, after two weeks otherwise", () => {
    const powered = { z: 0.2, se: TREND_POWER_SE * 0.8 };
    const weak = { z: 0.2, se: TREND_POWER_SE * 2 };
    expect(call(powered, 6).status).toBe("collecting");
    expect(call(powered, 7).status).toBe("winner");
    expect(call(weak, 7).status).toBe("collecting");
    expect(call(weak, 7).recommendation).toMatch(
      /no call before 14 days of numbers \(7 so far\), or 7 once the leader/,
    );
    expect(call(weak, 14).status).toBe("winner");
    // No trend yet (under 6 days of the leader's numbers) counts as no power.
    expect(call(null, 10).status).toBe("collecting");
    // A team's own shorter minimum still holds (the demo's 5 days).
    expect(call(weak, 5, ExperimentPolicy.parse({ minDays: 5 })).status).toBe("winner");
  });

  it("does not call a leader whose recent days fall below its first, and says why", () => {
    const falling = call({ z: DECLINING_Z - 0.2, se: 0.05 }, 20);
    expect(falling.status).toBe("collecting");
    expect(falling.leaderArmId).toBe("a0");
    expect(falling.recommendation).toMatch(/its recent days are below its first \(trend z -1\.7\)/);
    expect(call({ z: DECLINING_Z + 0.3, se: 0.05 }, 20).status).toBe("winner");
  });

  it("prunes nothing before minDays, then prunes on evidence", () => {
    const arms: ArmState[] = ["a0", "a1", "a2"].map((armId) => ({
      armId,
      label: armId,
      sample: 80_000,
      pruned: false,
    }));
    const analysis: ArmAnalysis[] = arms.map((a, i) => ({
      armId: a.armId,
      mean: [0.012, 0.0118, 0.006][i]!,
      interval: [0, 1],
      probabilityBest: [0.6, 0.4, 0][i]!,
      probabilitySecond: 0,
      expectedLoss: 0,
      lift: null,
    }));
    const evidence = new Map([
      ["a1", { beatsLeader: 0.4, expectedEvents: 900 }],
      ["a2", { beatsLeader: 1e-9, expectedEvents: 900 }],
    ]);
    const early = decide("ctr", policy, arms, analysis, 0, false, evidence, 240_000, 5);
    expect(early.prune).toEqual([]);
    // Out of contention all the same: it keeps only the allocation floor.
    expect(early.contenders).toEqual(["a0", "a1"]);
    const later = decide("ctr", policy, arms, analysis, 0, false, evidence, 240_000, 14);
    expect(later.prune.map((p) => p.armId)).toEqual(["a2"]);
  });

  it("gives an arm that is clearly behind only the allocation floor in the first days", () => {
    const arms: BanditArm[] = [
      [30_000, 420],
      [30_000, 400],
      [30_000, 210],
    ].map(([n, c], i) => ({
      armId: `a${i}`,
      label: `a${i}`,
      totals: { ...emptyTotals(), impressions: n!, clicks: c! },
      pruned: false,
    }));
    const r = allocationRound("ctr", policy, arms, 0, false, seededRng(2), 4000, 3);
    expect(r.decision.prune).toEqual([]);
    expect(r.allocation[2]!.share).toBeLessThan(0.02);
    expect(r.allocation[1]!.share).toBeGreaterThanOrEqual((policy.explorationFloor / 3) * 0.999);
  });
});

/** Daily rows: arm a0 fades (half-life 6 days, floor 0.6) while taking 70% of the traffic; a1, a2 hold steady. */
function fadingRows(days: number, noisy: boolean, seed = 1): ArmDay[] {
  const rng = seededRng(seed);
  const weekday = [0.9, 0.85, 0.9, 0.95, 1.05, 1.2, 1.15];
  const rows: ArmDay[] = [];
  for (let d = 0; d < days; d++) {
    const arms: [string, number, number][] = [
      ["a0", 0.7, 0.0149 * (0.6 + 0.4 * 0.5 ** (d / 6))],
      ["a1", 0.25, 0.0118],
      ["a2", 0.05, 0.0102],
    ];
    for (const [armId, share, rate] of arms) {
      const trials = Math.round(share * 20_000);
      const p = rate * weekday[d % 7]! * (noisy ? Math.exp(0.06 * normal(rng)) : 1);
      rows.push({ armId, date: date(d), trials, successes: noisy ? binomial(rng, trials, p) : Math.round(trials * p) });
    }
  }
  return rows;
}

describe("trend check", () => {
  it("sees a fading creative that takes most of the traffic (the day factors cannot absorb its slide)", () => {
    const rows = fadingRows(14, false);
    const t = armTrends(rows, concurrentEstimate(rows));
    const a0 = t.find((x) => x.armId === "a0")!;
    // Days 7–13 against days 0–6 of the curve: 0.726 / 0.882 = 0.82.
    expect(a0.ratio).toBeGreaterThan(0.8);
    expect(a0.ratio).toBeLessThan(0.85);
    expect(a0.z).toBeLessThan(DECLINING_Z);
    expect(a0.se).toBeGreaterThan(0);
    expect(t.find((x) => x.armId === "a2")!.fading).toBe(false);
    // Judged on its recent half (what it does now), the steady arms on all their days.
    expect(recentCountsIfFalling(a0)).toEqual(a0.recent);
    expect(recentCountsIfFalling(t.find((x) => x.armId === "a1"))).toBeNull();
  });

  it("flags the fading arm as falling in most noisy runs by day 14 and a steady arm rarely", () => {
    let falling = 0;
    let steadyFalling = 0;
    for (let seed = 1; seed <= 40; seed++) {
      const rows = fadingRows(14, true, seed);
      const t = armTrends(rows, concurrentEstimate(rows));
      if ((t.find((x) => x.armId === "a0")!.z ?? 0) <= DECLINING_Z) falling++;
      if ((t.find((x) => x.armId === "a1")!.z ?? 0) <= DECLINING_Z) steadyFalling++;
    }
    expect(falling).toBeGreaterThanOrEqual(24);
    expect(steadyFalling).toBeLessThanOrEqual(4);
  });

  it("gives no verdict on a handful of events (3 conversions, then none)", () => {
    const rows: ArmDay[] = [];
    for (let d = 0; d < 10; d++) {
      rows.push({ armId: "a0", date: date(d), trials: 60, successes: d < 5 ? (d % 2 ? 1 : 0) : 0 });
      rows.push({ armId: "a1", date: date(d), trials: 60, successes: 2 });
      rows.push({ armId: "a2", date: date(d), trials: 60, successes: 2 });
    }
    const a0 = armTrends(rows, concurrentEstimate(rows)).find((x) => x.armId === "a0")!;
    expect(a0.z).toBeNull();
    expect(a0.fading).toBe(false);
  });
});

describe("partial pooling", () => {
  it("never lets the shared prior outweigh a couple of dozen events when the arms look alike", () => {
    // Five cvr arms with ~15 conversions each: the spread is all noise, so the prior sits at its floor.
    const prior = sharedRatePrior([
      { trials: 600, successes: 16 },
      { trials: 580, successes: 14 },
      { trials: 610, successes: 15 },
      { trials: 590, successes: 17 },
      { trials: 600, successes: 15 },
    ])!;
    expect(prior.a).toBeLessThanOrEqual(26);
    expect(prior.a).toBeGreaterThan(10);
  });
});
