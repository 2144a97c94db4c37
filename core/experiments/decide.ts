import type { ArmAnalysis } from "./analysis.ts";
import { type ExperimentMetric, METRIC_INFO } from "./metrics.ts";
import { type ExperimentPolicy, maxSample, minSample } from "./policy.ts";

export type DecisionStatus = "collecting" | "winner" | "stopped_budget" | "stopped_inconclusive" | "srm";

export interface ArmState {
  armId: string;
  label: string;
  sample: number;
  pruned: boolean;
}

export interface Decision {
  status: DecisionStatus;
  winnerArmId: string | null;
  /** Arms to prune now, with the reason written on them. */
  prune: { armId: string; reason: string }[];
  recommendation: string;
}

/**
 * The experiment's call, from its analysis and the policy: no call before the minimum sample; SRM blocks everything;
 * a winner needs P(best) and a small expected loss; hopeless arms are pruned; budget and over-testing stop it.
 */
export function decide(
  metric: ExperimentMetric,
  policy: ExperimentPolicy,
  arms: ArmState[],
  analysis: ArmAnalysis[],
  spendMicros: number,
  srmFlagged: boolean,
): Decision {
  const info = METRIC_INFO[metric];
  const min = minSample(metric, policy);
  const byId = new Map(analysis.map((a) => [a.armId, a]));
  const active = arms.filter((a) => !a.pruned);
  if (srmFlagged) {
    return {
      status: "srm",
      winnerArmId: null,
      prune: [],
      recommendation:
        "Sample-ratio mismatch: traffic did not split as allocated, so results cannot be trusted. Check delivery and tracking before acting; promotion is blocked.",
    };
  }
  const underMin = active.filter((a) => a.sample < min);
  const prune = active
    .filter((a) => a.sample >= min && (byId.get(a.armId)?.probabilityBest ?? 0) < policy.pruneBelow)
    .map((a) => ({
      armId: a.armId,
      reason: `P(best) ${(byId.get(a.armId)?.probabilityBest ?? 0).toFixed(3)} < ${policy.pruneBelow} after ${a.sample} ${info.sampleUnit}`,
    }));
  const leader = [...active].sort(
    (x, y) => (byId.get(y.armId)?.probabilityBest ?? 0) - (byId.get(x.armId)?.probabilityBest ?? 0),
  )[0];
  const lead = leader ? byId.get(leader.armId) : undefined;
  // Never prune the last arm standing: keep the leader even when everything looks hopeless.
  if (leader && prune.length >= active.length)
    prune.splice(
      prune.findIndex((p) => p.armId === leader.armId),
      1,
    );
  const budgetHit = policy.budgetMicros !== undefined && spendMicros >= policy.budgetMicros;
  if (leader && lead && underMin.length === 0) {
    const relLoss = lead.expectedLoss / Math.max(Math.abs(lead.mean), 1e-12);
    if (lead.probabilityBest >= policy.probabilityToBeBest && relLoss <= policy.expectedLossTolerance) {
      return {
        status: "winner",
        winnerArmId: leader.armId,
        prune,
        recommendation: `Promote ${leader.label}: ${(lead.probabilityBest * 100).toFixed(1)}% likely best on ${info.label} (${info.format(lead.mean)}), expected loss ${info.format(lead.expectedLoss)}.`,
      };
    }
  }
  if (budgetHit) {
    return {
      status: "stopped_budget",
      winnerArmId: null,
      prune,
      recommendation: `Budget cap reached with no clear winner${leader && lead ? `; ${leader.label} leads at ${(lead.probabilityBest * 100).toFixed(1)}% P(best)` : ""}. Stop, or raise the budget to keep testing.`,
    };
  }
  const max = maxSample(metric, policy);
  if (active.length > 0 && active.every((a) => a.sample >= max)) {
    return {
      status: "stopped_inconclusive",
      winnerArmId: null,
      prune,
      recommendation: `Every arm has ${max}+ ${info.sampleUnit} and none is clearly best: the differences are too small to matter. Stop and test bolder variants.`,
    };
  }
  const need = underMin.length
    ? `${underMin.length} arm(s) still below the minimum sample of ${min} ${info.sampleUnit}`
    : `the leader is ${((lead?.probabilityBest ?? 0) * 100).toFixed(1)}% likely best (needs ${(policy.probabilityToBeBest * 100).toFixed(0)}%)`;
  return { status: "collecting", winnerArmId: null, prune, recommendation: `Keep collecting: ${need}.` };
}
