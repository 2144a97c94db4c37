import { type Allocation, thompsonAllocation } from "./allocate.ts";
import { type ArmAnalysis, analyseArms } from "./analysis.ts";
import { type Decision, decide } from "./decide.ts";
import { type ArmTotals, type ExperimentMetric, sampleSize } from "./metrics.ts";
import type { ExperimentPolicy } from "./policy.ts";
import { posteriorFor } from "./posterior.ts";
import type { Rng } from "./rng.ts";

export interface BanditArm {
  armId: string;
  label: string;
  totals: ArmTotals;
  pruned: boolean;
}

export interface Round {
  analysis: ArmAnalysis[];
  decision: Decision;
  allocation: Allocation[];
}

/**
 * One learning step, the same in production and in the benchmark: posteriors → P(best), loss, lift → the call
 * (winner, prune, stop) → the next Thompson allocation over the arms still standing.
 */
export function allocationRound(
  metric: ExperimentMetric,
  policy: ExperimentPolicy,
  arms: BanditArm[],
  spendMicros: number,
  srmFlagged: boolean,
  rng: Rng,
  draws = 4000,
): Round {
  const analysis = analyseArms(
    metric,
    arms.map((a) => ({ armId: a.armId, posterior: posteriorFor(metric, a.totals) })),
    rng,
    draws,
  );
  const decision = decide(
    metric,
    policy,
    arms.map((a) => ({ armId: a.armId, label: a.label, sample: sampleSize(metric, a.totals), pruned: a.pruned })),
    analysis,
    spendMicros,
    srmFlagged,
  );
  const pruned = new Set([...arms.filter((a) => a.pruned).map((a) => a.armId), ...decision.prune.map((p) => p.armId)]);
  const allocation = thompsonAllocation(analysis, { floor: policy.allocationFloor, pruned });
  return { analysis, decision, allocation };
}
