import { describe, expect, it } from "vitest";
import { thompsonAllocation } from "./allocate.ts";
import { analyseArms } from "./analysis.ts";
import { attributeSlots } from "./attribution.ts";
import { allocationRound } from "./bandit.ts";
import { decide } from "./decide.ts";
import { emptyTotals } from "./metrics.ts";
import { ExperimentPolicy } from "./policy.ts";
import { posteriorFor } from "./posterior.ts";
import { binomial, seededRng } from "./rng.ts";
import { dataSeed } from "./split-history.ts";
import { chiSquareSurvival, srmTest } from "./srm.ts";

const ctrArm = (armId: string, impressions: number, clicks: number) => ({
  armId,
  posterior: posteriorFor("ctr", { ...emptyTotals(), impressions, clicks }),
});

describe("Bayesian analysis", () => {
  it("gives the clearly better arm a high probability to be best and a positive lift interval", () => {
    const result = analyseArms("ctr", [ctrArm("a", 20000, 200), ctrArm("b", 20000, 300)], seededRng(1));
    expect(result[1]!.probabilityBest).toBeGreaterThan(0.99);
    expect(result[1]!.lift!.interval[0]).toBeGreaterThan(0.2);
    expect(result[1]!.lift!.interval[1]).toBeLessThan(0.85);
    expect(result[1]!.expectedLoss).toBeLessThan(result[0]!.expectedLoss);
    expect(result[0]!.lift).toBeNull();
  });

  it("is reproducible with the same seed and splits P(best) evenly between identical arms", () => {
    const arms = [ctrArm("a", 5000, 50), ctrArm("b", 5000, 50)];
    expect(analyseArms("ctr", arms, seededRng(7))).toEqual(analyseArms("ctr", arms, seededRng(7)));
    const p = analyseArms("ctr", arms, seededRng(7))[0]!.probabilityBest;
    expect(p).toBeGreaterThan(0.4);
    expect(p).toBeLessThan(0.6);
  });

  it("seeds a read-out from its numbers alone: fresh random ids give the same draws, one changed click does not", () => {
    const day = (armId: string, date: string, clicks: number) => ({
      armId,
      date,
      impressions: 1000,
      clicks,
      conversions: 1,
      spendMicros: 8_000_000,
    });
    const first = ["arm_01AAA", "arm_01AAB"];
    const replay = ["arm_01ZZY", "arm_01ZZZ"];
    const rows = (ids: string[], c = 12) => [
      day(ids[1]!, "2031-03-04", 9),
      day(ids[0]!, "2031-03-04", c),
      day(ids[0]!, "2031-03-03", 10),
    ];
    expect(dataSeed(replay, rows(replay))).toBe(dataSeed(first, rows(first)));
    // Arms are told apart by position: the same numbers on the other arm are other data.
    expect(dataSeed([...first].reverse(), rows(first))).not.toBe(dataSeed(first, rows(first)));
    expect(dataSeed(first, rows(first, 13))).not.toBe(dataSeed(first, rows(first)));
  });

  it("prefers the lower cost per conversion", () => {
    const cheap = posteriorFor("cost_per_conversion", {
      ...emptyTotals(),
      conversions: 100,
      spendMicros: 1_000_000_000,
    });
    const dear = posteriorFor("cost_per_conversion", { ...emptyTotals(), conversions: 50, spendMicros: 1_000_000_000 });
    const r = analyseArms(
      "cost_per_conversion",
      [
        { armId: "dear", posterior: dear },
        { armId: "cheap", posterior: cheap },
      ],
      seededRng(3),
    );
    expect(r[1]!.probabilityBest).toBeGreaterThan(0.99);
    expect(r[1]!.mean).toBeCloseTo(10, 0);
  });
});

describe("SRM check", () => {
  it("matches the chi-square survival function", () => {
    expect(chiSquareSurvival(3.841, 1)).toBeCloseTo(0.05, 3);
    expect(chiSquareSurvival(10.828, 1)).toBeCloseTo(0.001, 4);
    expect(chiSquareSurvival(9.488, 4)).toBeCloseTo(0.05, 3);
  });

  it("flags a 10% imbalance at 20k impressions and leaves a fair split alone", () => {
    expect(srmTest([10476, 9524], [0.5, 0.5]).flagged).toBe(true);
    expect(srmTest([10040, 9960], [0.5, 0.5]).flagged).toBe(false);
  });
});

describe("Thompson allocation", () => {
  it("follows P(best), keeps the floor for every active arm and nothing for pruned arms", () => {
    const alloc = thompsonAllocation(
      [
        { armId: "a", probabilityBest: 0.9 },
        { armId: "b", probabilityBest: 0.1 },
        { armId: "c", probabilityBest: 0 },
        { armId: "d", probabilityBest: 0 },
      ],
      { floor: 0.1, pruned: new Set(["d"]) },
    );
    const share = Object.fromEntries(alloc.map((a) => [a.armId, a.share]));
    expect(share.d).toBe(0);
    expect(share.c).toBeCloseTo(0.1);
    expect(share.a).toBeGreaterThan(share.b!);
    expect(alloc.reduce((s, a) => s + a.share, 0)).toBeCloseTo(1);
  });
});

describe("decision rule", () => {
  const policy = ExperimentPolicy.parse({ minSamplePerArm: 1000 });
  const arms = (samples: number[]) =>
    samples.map((s, i) => ({ armId: `arm${i}`, label: `arm${i}`, sample: s, pruned: false }));

  it("makes no call before every arm has the minimum sample", () => {
    const analysis = analyseArms("ctr", [ctrArm("arm0", 500, 2), ctrArm("arm1", 500, 40)], seededRng(1));
    const d = decide("ctr", policy, arms([500, 500]), analysis, 0, false);
    expect(d.status).toBe("collecting");
    expect(d.recommendation).toMatch(/minimum sample of 1000/);
  });

  it("declares a winner, prunes a hopeless arm, and blocks everything under SRM", () => {
    const analysis = analyseArms(
      "ctr",
      [ctrArm("arm0", 20000, 200), ctrArm("arm1", 20000, 320), ctrArm("arm2", 20000, 100)],
      seededRng(2),
    );
    const d = decide("ctr", policy, arms([20000, 20000, 20000]), analysis, 0, false);
    expect(d.status).toBe("winner");
    expect(d.winnerArmId).toBe("arm1");
    expect(d.basis).toBe("confident");
    expect(decide("ctr", policy, arms([20000, 20000, 20000]), analysis, 0, true).status).toBe("srm");
    const round = allocationRound(
      "ctr",
      policy,
      [
        [20000, 200],
        [20000, 320],
        [20000, 100],
      ].map(([n, c], i) => ({
        armId: `arm${i}`,
        label: `arm${i}`,
        totals: { ...emptyTotals(), impressions: n!, clicks: c! },
        pruned: false,
      })),
      0,
      false,
      seededRng(2),
    );
    expect(round.decision.prune.map((p) => p.armId)).toEqual(["arm0", "arm2"]);
  });

  it("stops at the budget cap without a winner", () => {
    const capped = ExperimentPolicy.parse({ minSamplePerArm: 1000, budgetMicros: 1_000_000 });
    const analysis = analyseArms("ctr", [ctrArm("arm0", 2000, 20), ctrArm("arm1", 2000, 21)], seededRng(3));
    expect(decide("ctr", capped, arms([2000, 2000]), analysis, 2_000_000, false).status).toBe("stopped_budget");
  });
});

describe("slot attribution", () => {
  it("recovers which tone drives CTR from variants that mix tones and hooks", () => {
    const rng = seededRng(11);
    const truth: Record<string, number> = { playful: 0.03, earnest: 0.02, urgent: 0.015, question: 0.004, stat: 0 };
    const rows = [];
    for (const tone of ["playful", "earnest", "urgent"])
      for (const hook of ["question", "stat"]) {
        const n = 20000;
        const p = truth[tone]! + truth[hook]!;
        rows.push({ slots: { tone, hook }, value: binomial(rng, n, p) / n, weight: n });
      }
    const { effects } = attributeSlots(rows);
    const tones = effects.filter((e) => e.slot === "tone").map((e) => e.value);
    expect(tones).toEqual(["playful", "earnest", "urgent"]);
    const hooks = effects.filter((e) => e.slot === "hook");
    expect(hooks[0]!.value).toBe("question");
  });
});
