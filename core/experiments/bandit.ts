import { type Allocation, thompsonAllocation } from "./allocate.ts";
import { type ArmAnalysis, analyseArms } from "./analysis.ts";
import { type Decision, decide, type PruneEvidence } from "./decide.ts";
import { budgetUsed, type FinishingPlan, finishingPlan, needOverRemaining } from "./finish.ts";
import { type ArmTotals, type ExperimentMetric, sampleSize } from "./metrics.ts";
import type { ExperimentPolicy } from "./policy.ts";
import {
  lowerIsBetter,
  type Posterior,
  posteriorFor,
  posteriorMean,
  probabilityAtLeast,
  sharedRatePrior,
} from "./posterior.ts";
import type { Rng } from "./rng.ts";

export interface BanditArm {
  armId: string;
  label: string;
  totals: ArmTotals;
  /** The totals the posterior is built on when they differ from the raw ones (rates compared on the same days). */
  modelTotals?: ArmTotals | undefined;
  /** The trend check found it fading: it cannot be called the winner on its early days. */
  fading?: boolean | undefined;
  /** The arm's trend (recent half against first half, same days): z negative = falling, se its standard error. */
  trend?: { z: number | null; se: number | null } | null | undefined;
  pruned: boolean;
}

export interface Round {
  analysis: ArmAnalysis[];
  decision: Decision;
  allocation: Allocation[];
  /** What the split is for now (finish.ts): measuring the top two, confirming an over-the-bar leader, finishing on budget. */
  phase: FinishingPlan["phase"];
}

/**
 * One learning step, the same in production and in the benchmarks: posteriors → P(best), loss, lift → the call
 * (winner, prune, stop) → the next top-two Thompson allocation over the arms still standing.
 */
export function allocationRound(
  metric: ExperimentMetric,
  policy: ExperimentPolicy,
  arms: BanditArm[],
  spendMicros: number,
  srmFlagged: boolean,
  rng: Rng,
  draws = 4000,
  /** Distinct days with numbers (the minimum test duration counts them). */
  days = Number.POSITIVE_INFINITY,
): Round {
  const model = (a: BanditArm) => a.modelTotals ?? a.totals;
  const prior =
    metric === "ctr"
      ? sharedRatePrior(arms.map((a) => ({ trials: model(a).impressions, successes: model(a).clicks })))
      : metric === "cvr"
        ? sharedRatePrior(arms.map((a) => ({ trials: model(a).clicks, successes: model(a).conversions })))
        : null;
  const posteriors = arms.map((a) => posteriorFor(metric, model(a), prior ?? undefined));
  const analysis = analyseArms(
    metric,
    arms.map((a, i) => ({ armId: a.armId, posterior: posteriors[i]! })),
    rng,
    draws,
  );
  const evidence = pruneEvidence(metric, arms, posteriors, analysis);
  const decision = decide(
    metric,
    policy,
    arms.map((a, i) => ({
      armId: a.armId,
      label: a.label,
      sample: sampleSize(metric, a.totals),
      pruned: a.pruned,
      fading: a.fading ?? false,
      trend: a.trend ?? null,
      costPerResult: costPerResult(metric, a.totals, posteriorMean(posteriors[i]!)),
    })),
    analysis,
    spendMicros,
    srmFlagged,
    evidence,
    arms.reduce((s, a) => s + a.totals.impressions, 0),
    days,
  );
  const pruned = new Set([...arms.filter((a) => a.pruned).map((a) => a.armId), ...decision.prune.map((p) => p.armId)]);
  const impressions = arms.reduce((s, a) => s + a.totals.impressions, 0);
  const used = budgetUsed(policy, impressions, spendMicros);
  const sampleSoFar = arms.reduce((s, a) => s + sampleSize(metric, a.totals), 0);
  const plan = finishingPlan({
    policy,
    leaderProbabilityBest: analysis.find((a) => a.armId === decision.leaderArmId)?.probabilityBest ?? 0,
    active: arms.filter((a) => !pruned.has(a.armId)).map((a) => a.armId),
    contenders: decision.contenders,
    budgetUsed: used,
    needOverRemaining: needOverRemaining(decision.moreSampleNeeded, used, sampleSoFar),
  });
  const allocation = thompsonAllocation(analysis, {
    floor: policy.allocationFloor,
    pruned,
    challengerShare: plan.challengerShare,
    contenders: plan.floored,
    contenderFloor: policy.explorationFloor / Math.max(arms.length - pruned.size, 1),
  });
  return { analysis, decision, allocation, phase: plan.phase };
}

/** Each active arm's chance to beat the leader, and how much data stands behind that number. */
function pruneEvidence(
  metric: ExperimentMetric,
  arms: BanditArm[],
  posteriors: Posterior[],
  analysis: ArmAnalysis[],
): Map<string, PruneEvidence> {
  let leader = -1;
  arms.forEach((a, i) => {
    if (!a.pruned && (leader < 0 || analysis[i]!.probabilityBest > analysis[leader]!.probabilityBest)) leader = i;
  });
  const out = new Map<string, PruneEvidence>();
  if (leader < 0) return out;
  const leaderMean = posteriorMean(posteriors[leader]!);
  arms.forEach((a, i) => {
    if (a.pruned || i === leader) return;
    const t = a.totals;
    const expectedEvents =
      metric === "ctr"
        ? t.impressions * leaderMean
        : metric === "cvr"
          ? t.clicks * leaderMean
          : metric === "cost_per_conversion"
            ? t.spendMicros / 1e6 / Math.max(leaderMean, 1e-9)
            : Number.POSITIVE_INFINITY;
    out.set(a.armId, {
      beatsLeader: probabilityAtLeast(posteriors[i]!, posteriors[leader]!, lowerIsBetter(metric)),
      expectedEvents,
    });
  });
  return out;
}

/**
 * Expected dollars per result: what a unit of traffic costs divided by the arm's posterior rate (per click for CTR,
 * per conversion for CVR), so a near-tie is broken on price and estimated rate together, not on a noisy raw ratio.
 */
function costPerResult(metric: ExperimentMetric, t: ArmTotals, rate: number): number | null {
  if (t.spendMicros <= 0 || rate <= 0) return null;
  if (metric === "ctr") return t.impressions > 0 ? t.spendMicros / 1e6 / t.impressions / rate : null;
  if (metric === "cvr") return t.clicks > 0 ? t.spendMicros / 1e6 / t.clicks / rate : null;
  if (metric === "watch_time") return t.impressions > 0 ? t.spendMicros / t.impressions / 1000 : null;
  return null;
}
