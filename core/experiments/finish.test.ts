import { describe, expect, it } from "vitest";
import { allocationRound, type BanditArm } from "./bandit.ts";
import { type ArmDay, concurrentEstimate } from "./concurrent.ts";
import { budgetUsed, finishingPlan, needOverRemaining, REACH } from "./finish.ts";
import { emptyTotals } from "./metrics.ts";
import { ExperimentPolicy } from "./policy.ts";
import { binomial, normal, seededRng } from "./rng.ts";

const date = (d: number) => new Date(Date.UTC(2031, 2, 3 + d)).toISOString().slice(0, 10);

/** `days` days of three arms at one true rate, each arm-day's rate wobbling by `wobble` (log-normal, mean one). */
function wobblyDays(days: number, shares: number[], wobble: number, seed: number, perDay = 50_000): ArmDay[] {
  const rng = seededRng(seed);
  const rows: ArmDay[] = [];
  for (let d = 0; d < days; d++)
    shares.forEach((share, i) => {
      const trials = Math.round(share * perDay);
      const p = 0.05 * Math.exp(wobble * normal(rng) - wobble ** 2 / 2);
      rows.push({ armId: `a${i}`, date: date(d), trials, successes: binomial(rng, trials, p) });
    });
  return rows;
}

describe("day-to-day noise per arm", () => {
  it("measures the day variance and gives the arm with most of the traffic the most of it", () => {
    const fit = concurrentEstimate(wobblyDays(20, [0.9, 0.05, 0.05], 0.1, 4));
    expect(fit.dayVariance).toBeGreaterThan(0.005);
    expect(fit.dayVariance).toBeLessThan(0.02);
    // 2,250 expected clicks a day: 1 + τ²·2,250 ≈ 23; a starved arm's 125 a day: ≈ 2.
    expect(fit.armDispersion.get("a0")).toBeGreaterThan(12);
    expect(fit.armDispersion.get("a1")).toBeLessThan(5);
  });

  it("leaves an arm's error where the days put it: √(1/events + τ²/days), not the binomial error alone", () => {
    const rows = wobblyDays(20, [0.9, 0.05, 0.05], 0.1, 8);
    const fit = concurrentEstimate(rows);
    const clicks = rows.filter((r) => r.armId === "a0").reduce((s, r) => s + r.successes, 0);
    const modelled = Math.sqrt(fit.armDispersion.get("a0")! / clicks);
    const truth = Math.sqrt(1 / clicks + 0.01 / 20);
    expect(modelled / truth).toBeGreaterThan(0.75);
    expect(modelled / truth).toBeLessThan(1.3);
  });

  it("finds no day noise in pure binomial days", () => {
    const fit = concurrentEstimate(wobblyDays(20, [0.5, 0.3, 0.2], 0, 5));
    expect(fit.dayVariance).toBeLessThan(0.001);
    for (const phi of fit.armDispersion.values()) expect(phi).toBeLessThan(2);
  });
});

describe("finishing on time: what the split is for", () => {
  const policy = ExperimentPolicy.parse({ budgetImpressions: 600_000 });
  const ctrArms = (rows: [number, number][]): BanditArm[] =>
    rows.map(([n, c], i) => ({
      armId: `a${i}`,
      label: `a${i}`,
      totals: { ...emptyTotals(), impressions: n, clicks: c },
      pruned: false,
    }));

  it("measures the runner-up below the bar, and moves toward an even top-two split as the budget runs out", () => {
    const at = (used: number) =>
      finishingPlan({
        policy,
        leaderProbabilityBest: 0.8,
        active: ["a", "b"],
        contenders: ["a", "b"],
        budgetUsed: used,
      });
    expect(at(0.2)).toMatchObject({ phase: "measure", challengerShare: policy.challengerShare });
    expect(at(0.5).challengerShare).toBeCloseTo(policy.challengerShare);
    expect(at(0.75).phase).toBe("finish");
    expect(at(0.75).challengerShare).toBeGreaterThan(policy.challengerShare);
    expect(at(1).challengerShare).toBeCloseTo(0.5);
    expect(budgetUsed(policy, 450_000, 0)).toBeCloseTo(0.75);
    expect(budgetUsed(ExperimentPolicy.parse({}), 450_000, 0)).toBe(0);
  });

  it("stops measuring the runner-up late in the budget when the call is out of reach of what is left", () => {
    const late = (need: number | null) =>
      finishingPlan({
        policy,
        leaderProbabilityBest: 0.7,
        active: ["a", "b", "c"],
        contenders: ["a", "b"],
        budgetUsed: 0.8,
        needOverRemaining: need,
      });
    expect(late(REACH * 3)).toMatchObject({ phase: "best_guess", challengerShare: 0 });
    expect([...late(REACH * 3).floored]).toEqual(["a", "b"]);
    expect(late(REACH / 2).phase).toBe("finish");
    expect(late(null).phase).toBe("finish");
    // 300k impressions at 75% of the budget: 100k left; 1M more needed is 10× out of reach.
    expect(needOverRemaining(1_000_000, 0.75, 300_000)).toBeCloseTo(10);
    expect(needOverRemaining(null, 0.75, 300_000)).toBeNull();
    expect(needOverRemaining(1_000, 0, 0)).toBeNull();
  });

  it("gives the runner-up more of the traffic late in the budget than early, on the same numbers", () => {
    const arms = ctrArms([
      [60_000, 1_272],
      [40_000, 800],
    ]);
    const early = allocationRound("ctr", policy, arms, 0, false, seededRng(5), 4000, 5);
    const late = allocationRound(
      "ctr",
      ExperimentPolicy.parse({ budgetImpressions: 125_000 }),
      arms,
      0,
      false,
      seededRng(5),
      4000,
      5,
    );
    expect(early.phase).toBe("measure");
    expect(late.phase).toBe("finish");
    expect(late.allocation[1]!.share).toBeGreaterThan(early.allocation[1]!.share + 0.05);
  });

  it("keeps measuring the runner-up past the bar, and every arm for the trend check, while the call waits on days", () => {
    // a0 far ahead; a2 is out of contention (it would keep only the 0.5% allocation floor while measuring).
    const arms = ctrArms([
      [60_000, 900],
      [30_000, 330],
      [30_000, 240],
    ]);
    const r = allocationRound("ctr", policy, arms, 0, false, seededRng(6), 4000, 5);
    expect(r.analysis[0]!.probabilityBest).toBeGreaterThanOrEqual(policy.probabilityToBeBest);
    expect(r.decision.status).toBe("collecting"); // five days: the call waits on minDays
    expect(r.phase).toBe("confirm");
    for (const a of r.allocation.slice(1)) expect(a.share).toBeGreaterThanOrEqual(policy.explorationFloor / 3 - 1e-9);
    // The runner-up still gets its top-two share: more than the floor and the plain-Thompson crumbs.
    expect(r.allocation[1]!.share).toBeGreaterThan(policy.explorationFloor / 3 + policy.challengerShare * 0.5);
  });
});
