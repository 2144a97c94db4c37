import { describe, expect, it } from "vitest";
import { thompsonAllocation } from "./allocate.ts";
import { allocationRound, type BanditArm } from "./bandit.ts";
import { emptyTotals } from "./metrics.ts";
import { ExperimentPolicy } from "./policy.ts";
import { binomial, seededRng } from "./rng.ts";
import { type AllocationSnapshot, srmByDate } from "./srm.ts";

const day = (i: number) => new Date(Date.UTC(2030, 0, 1 + i)).toISOString().slice(0, 10);
const snap = (effectiveDate: string | null, computedAt: string, shares: number[]): AllocationSnapshot => ({
  effectiveDate,
  computedAt,
  shares: new Map(shares.map((s, i) => [`a${i}`, s])),
});

/** Delivers `total` impressions a day at random by the shares in force (what an ad server splitting traffic does). */
function deliver(rng: () => number, sharesOn: (d: number) => number[], days: number, total = 20_000) {
  const rows: { armId: string; date: string; impressions: number }[] = [];
  for (let d = 0; d < days; d++) {
    const shares = sharesOn(d);
    let left = total;
    let leftShare = 1;
    shares.forEach((s, i) => {
      const n = i === shares.length - 1 ? left : binomial(rng, left, leftShare > 0 ? Math.min(1, s / leftShare) : 0);
      left -= n;
      leftShare -= s;
      rows.push({ armId: `a${i}`, date: day(d), impressions: n });
    });
  }
  return rows;
}

describe("SRM against the allocation in force on each metric date", () => {
  const ids = ["a0", "a1", "a2"];
  const plan = (d: number) => (d < 5 ? [1 / 3, 1 / 3, 1 / 3] : d < 10 ? [0.6, 0.3, 0.1] : [0.8, 0.2, 0]);
  const history = [
    snap(null, "2026-12-01T09:00:00.000Z", plan(0)),
    snap(day(5), "2026-12-01T09:00:01.000Z", plan(5)),
    snap(day(10), "2026-12-01T09:00:02.000Z", plan(10)),
  ];

  it("does not alarm when a month of history computed in one sitting is backfilled at once (dates, not wall clock)", () => {
    for (let seed = 1; seed <= 20; seed++) {
      const r = srmByDate(ids, deliver(seededRng(seed), plan, 30), history);
      expect(r.flagged).toBe(false);
      expect(r.days).toBe(30);
    }
  });

  it("tolerates a change that lands a day late (reporting delay, budgets edited mid-day)", () => {
    const late = (d: number) => plan(d - 1);
    const lateMix = (d: number) => (d === 5 || d === 10 ? plan(d - 1).map((s, i) => (s + plan(d)[i]!) / 2) : late(d));
    for (let seed = 1; seed <= 10; seed++) {
      expect(srmByDate(ids, deliver(seededRng(seed), late, 30), history).flagged).toBe(false);
      expect(srmByDate(ids, deliver(seededRng(seed), lateMix, 30), history).flagged).toBe(false);
      // Without the tolerance the same delivery is a mismatch.
      expect(srmByDate(ids, deliver(seededRng(seed), late, 30), history, 0).flagged).toBe(true);
    }
  });

  it("still flags a real 10% delivery imbalance, and lists traffic to an arm no allocation gave any", () => {
    const skewed = (d: number) => {
      const p = plan(d);
      const w = [p[0]! * 1.1, p[1]!, p[2]!];
      const sum = w.reduce((s, v) => s + v, 0);
      return w.map((v) => v / sum);
    };
    let flagged = 0;
    for (let seed = 1; seed <= 10; seed++)
      flagged += Number(srmByDate(ids, deliver(seededRng(seed), skewed, 6), history).flagged);
    expect(flagged).toBeGreaterThanOrEqual(9);
    const leaky = deliver(seededRng(3), (d) => (d < 10 ? plan(d) : [0.78, 0.2, 0.02]), 20);
    const r = srmByDate(ids, leaky, history);
    expect(r.unexpected.map((u) => u.armId)).toEqual(["a2"]);
    expect(r.unexpected[0]!.firstDate).toBe(day(12));
  });
});

const policy = ExperimentPolicy.parse({});
const ctrArms = (rows: [number, number][], spend?: number[]): BanditArm[] =>
  rows.map(([n, c], i) => ({
    armId: `a${i}`,
    label: `a${i}`,
    totals: { ...emptyTotals(), impressions: n, clicks: c, spendMicros: spend?.[i] ?? 0 },
    pruned: false,
  }));

describe("pruning and stopping on evidence", () => {
  it("does not prune on 40 clicks, prunes a dead arm and a clearly worse one once the data says so", () => {
    const early = allocationRound(
      "ctr",
      policy,
      ctrArms([
        [2500, 48],
        [2500, 40],
        [2500, 31],
      ]),
      0,
      false,
      seededRng(1),
    );
    expect(early.decision.prune).toEqual([]);
    const later = allocationRound(
      "ctr",
      policy,
      ctrArms([
        [60000, 900],
        [60000, 880],
        [3000, 1],
        [40000, 420],
      ]),
      0,
      false,
      seededRng(1),
    );
    expect(later.decision.prune.map((p) => p.armId)).toEqual(["a2", "a3"]);
    expect(later.allocation.find((a) => a.armId === "a2")!.share).toBe(0);
  });

  it("ends a near-tie on risk with the cheaper arm, and names both", () => {
    const tie = allocationRound(
      "ctr",
      policy,
      ctrArms(
        [
          [10_000_000, 150_050],
          [10_000_000, 150_000],
        ],
        [60_000_000_000, 55_000_000_000],
      ),
      0,
      false,
      seededRng(5),
    );
    expect(tie.decision.status).toBe("winner");
    expect(tie.decision.basis).toBe("risk");
    expect(tie.decision.winnerArmId).toBe("a1");
    expect(tie.decision.recommendation).toMatch(
      /a1 or a0 — either is fine.*Ship a1 and the cheapest \(\$0\.37 per click\)/,
    );
  });

  it("calls no winner on the leader's small risk alone; a rival still in contention keeps the exploration floor", () => {
    // Thompson starved a0's twin: the two measure 1.7% apart, a0's risk is small, the twin is short of data.
    const starved = allocationRound(
      "ctr",
      policy,
      ctrArms([
        [350_000, 10_150],
        [150_000, 4_275],
        [90_000, 2_480],
      ]),
      0,
      false,
      seededRng(3),
    );
    const pb = (r: typeof starved, id: string) => r.analysis.find((a) => a.armId === id)!.probabilityBest;
    expect(pb(starved, "a0")).toBeLessThan(policy.probabilityToBeBest);
    expect(starved.decision.status).toBe("collecting");
    expect(starved.decision.recommendation).toMatch(
      /a call needs 95% P\(best\), or two arms each within 1\.0% expected loss/,
    );
    expect(starved.decision.contenders).toContain("a1");
    const twin = starved.allocation.find((a) => a.armId === "a1")!.share;
    expect(twin).toBeGreaterThanOrEqual(policy.explorationFloor / 3 - 1e-9);
  });

  it("keeps collecting a close race and says roughly how much more it needs", () => {
    const r = allocationRound(
      "ctr",
      policy,
      ctrArms([
        [50000, 780],
        [50000, 740],
      ]),
      0,
      false,
      seededRng(9),
    );
    expect(r.decision.status).toBe("collecting");
    expect(r.decision.leaderArmId).toBe("a0");
    expect(r.decision.moreSampleNeeded).toBeGreaterThan(10_000);
    expect(r.decision.recommendation).toMatch(/more impressions/);
  });

  it("top-two allocation gives the runner-up part of the leader's traffic", () => {
    const a = [
      { armId: "x", probabilityBest: 0.9, probabilitySecond: 0.1 },
      { armId: "y", probabilityBest: 0.1, probabilitySecond: 0.85 },
      { armId: "z", probabilityBest: 0, probabilitySecond: 0.05 },
    ];
    const plain = thompsonAllocation(a, { floor: 0 });
    const topTwo = thompsonAllocation(a, { floor: 0, challengerShare: 0.5 });
    expect(topTwo[1]!.share).toBeGreaterThan(plain[1]!.share);
    expect(topTwo.reduce((s, v) => s + v.share, 0)).toBeCloseTo(1);
  });
});
