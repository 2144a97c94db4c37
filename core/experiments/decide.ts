import type { ArmAnalysis } from "./analysis.ts";
import { DECLINING_Z, TREND_POWER_SE } from "./concurrent.ts";
import { type ExperimentMetric, METRIC_INFO } from "./metrics.ts";
import { type ExperimentPolicy, maxSample, minSample } from "./policy.ts";

export type DecisionStatus = "collecting" | "winner" | "stopped_budget" | "stopped_inconclusive" | "srm";

export interface ArmState {
  armId: string;
  label: string;
  sample: number;
  pruned: boolean;
  /** Spend per unit of the metric's result (per click for CTR, per conversion for CVR); null without spend. */
  costPerResult?: number | null;
  /** The trend check found it fading (creative fatigue). */
  fading?: boolean;
  /** Its recent half against its first half, the other arms on the same days as reference (z negative = falling). */
  trend?: { z: number | null; se: number | null } | null;
}

export interface Decision {
  status: DecisionStatus;
  winnerArmId: string | null;
  /** Why a winner was called: confident (P(best) over the bar) or risk (a near-tie where either choice is fine). */
  basis: "confident" | "risk" | null;
  /** The arm to ship if the test ended now: the winner, else the leader (for stop_experiment's final call). */
  leaderArmId: string | null;
  /** The leader's expected loss relative to its mean (GrowthBook's "risk"). */
  risk: number | null;
  /** Rough extra sample (metric units, whole experiment) until the rule can make a call; null once it can. */
  moreSampleNeeded: number | null;
  /** Arms to prune now, with the reason written on them. */
  prune: { armId: string; reason: string }[];
  /** Arms still in contention (not pruned, P(best) not negligible or sample under the minimum): the exploration floor's arms. */
  contenders: string[];
  recommendation: string;
}

export interface PruneEvidence {
  /** P(arm ≥ leader) from the posteriors (an upper bound on its P(best)). */
  beatsLeader: number;
  /** Clicks/conversions the arm's sample would have shown at the leader's rate (how much data stands behind it). */
  expectedEvents: number;
}

const Z_95 = 1.6449;
/** An arm with at least this chance to beat the leader is still in contention (keeps the exploration floor). */
export const CONTENTION = 0.01;
const pct = (v: number, digits = 1) => `${(v * 100).toFixed(digits)}%`;

/**
 * The experiment's call, from its analysis and the policy: SRM blocks everything; no call before the minimum
 * sample; a confident winner needs P(best) over the bar, a near-tie ends on risk (expected loss under tolerance) with
 * the cheaper of the tied arms; arms are pruned only on evidence (tiny chance to beat the leader, with enough data);
 * budget and over-testing stop it with the leader as the best guess.
 */
export function decide(
  metric: ExperimentMetric,
  policy: ExperimentPolicy,
  arms: ArmState[],
  analysis: ArmAnalysis[],
  spendMicros: number,
  srmFlagged: boolean,
  evidence: ReadonlyMap<string, PruneEvidence> = new Map(),
  impressions = 0,
  days = Number.POSITIVE_INFINITY,
): Decision {
  const info = METRIC_INFO[metric];
  const min = minSample(metric, policy);
  const byId = new Map(analysis.map((a) => [a.armId, a]));
  const active = arms.filter((a) => !a.pruned);
  const ranked = [...active].sort(
    (x, y) => (byId.get(y.armId)?.probabilityBest ?? 0) - (byId.get(x.armId)?.probabilityBest ?? 0),
  );
  const leader = ranked[0];
  const lead = leader ? byId.get(leader.armId) : undefined;
  const relRisk = (id: string) => {
    const a = byId.get(id);
    return a ? a.expectedLoss / Math.max(Math.abs(a.mean), 1e-12) : Number.POSITIVE_INFINITY;
  };
  const risk = leader ? relRisk(leader.armId) : null;
  // In contention: the leader, any arm under the minimum sample, and any arm with ≥ 1% chance to beat the leader.
  // The others drop to the allocation floor (still measured a little, never pruned before minDays).
  const contenders = active
    .filter((a) => a === leader || a.sample < min || (evidence.get(a.armId)?.beatsLeader ?? 1) >= CONTENTION)
    .map((a) => a.armId);
  const base = { leaderArmId: leader?.armId ?? null, risk, contenders };
  if (srmFlagged) {
    return {
      ...base,
      status: "srm",
      winnerArmId: null,
      basis: null,
      moreSampleNeeded: null,
      prune: [],
      recommendation:
        "Sample-ratio mismatch: traffic did not split as allocated, so results cannot be trusted. Check delivery and tracking before acting; allocation is frozen and promotion is blocked.",
    };
  }
  // The minimum sample gates a call only for arms still in contention: an arm Thompson has starved because it is
  // almost surely not best (P(best) < 1%) must not hold the decision hostage until it crawls to the minimum.
  const underMin = active.filter((a) => a.sample < min && (byId.get(a.armId)?.probabilityBest ?? 1) >= 0.01);
  const prune: Decision["prune"] = [];
  const beforeMinDays = days < policy.minDays;
  for (const a of active) {
    // No pruning before minDays: a creative that starts strong and fades makes the eventual winner look hopeless in
    // the first days, and a pruned arm never comes back.
    if (beforeMinDays || a === leader || a.sample < min) continue;
    const e = evidence.get(a.armId);
    if (!e || e.beatsLeader >= policy.pruneBelow || e.expectedEvents < policy.pruneMinEvents) continue;
    prune.push({
      armId: a.armId,
      reason: `P(beats leader) ${e.beatsLeader < 1e-4 ? "<0.0001" : e.beatsLeader.toFixed(4)} < ${policy.pruneBelow} after ${a.sample} ${info.sampleUnit}`,
    });
  }
  const budgetHit =
    (policy.budgetMicros !== undefined && spendMicros >= policy.budgetMicros) ||
    (policy.budgetImpressions !== undefined && impressions >= policy.budgetImpressions);
  // A call needs minDays of numbers — or minDaysHighTraffic when the leader's trend check has the power to see a
  // fade — and a leader that is neither fading nor falling.
  const powered = (leader?.trend?.se ?? Number.POSITIVE_INFINITY) <= TREND_POWER_SE;
  const callDays = powered ? Math.min(policy.minDays, policy.minDaysHighTraffic) : policy.minDays;
  const tooEarly = days < callDays;
  const fadingLeader = leader?.fading === true;
  const fallingLeader = !fadingLeader && (leader?.trend?.z ?? 0) <= DECLINING_Z;
  if (leader && lead && underMin.length === 0 && !tooEarly && !fadingLeader && !fallingLeader) {
    if (lead.probabilityBest >= policy.probabilityToBeBest) {
      return {
        ...base,
        status: "winner",
        winnerArmId: leader.armId,
        basis: "confident",
        moreSampleNeeded: null,
        prune,
        recommendation: `Promote ${leader.label}: ${pct(lead.probabilityBest)} likely best on ${info.label} (${info.format(lead.mean)}), expected loss ${pct(relRisk(leader.armId), 2)}.`,
      };
    }
    // A near-tie: two or more arms whose risk is under the tolerance are each an acceptable choice; ship the cheapest.
    // A lone leader with a small risk is not a tie: its risk is small because it is probably ahead, and that is what
    // P(best) decides (risk alone would call 8-arm races early, on the luckiest arm).
    const fine = ranked.filter((a) => relRisk(a.armId) <= policy.expectedLossTolerance);
    if (fine.length >= 2) {
      const cheapest = [...fine].sort(
        (x, y) =>
          (x.costPerResult ?? Number.POSITIVE_INFINITY) - (y.costPerResult ?? Number.POSITIVE_INFINITY) ||
          relRisk(x.armId) - relRisk(y.armId),
      )[0]!;
      const others = fine.filter((a) => a !== cheapest).map((a) => a.label);
      const cost =
        cheapest.costPerResult != null
          ? ` and the cheapest ($${cheapest.costPerResult.toFixed(2)} per ${metric === "ctr" ? "click" : "result"})`
          : "";
      return {
        ...base,
        status: "winner",
        winnerArmId: cheapest.armId,
        basis: "risk",
        moreSampleNeeded: null,
        prune,
        recommendation: `Near-tie: ${cheapest.label} or ${others.join(", ")} — either is fine: choosing ${cheapest.label} costs at most ${pct(relRisk(cheapest.armId), 2)} ${info.label} in expected loss (tolerance ${pct(policy.expectedLossTolerance, 2)}). Ship ${cheapest.label}${cost}.`,
      };
    }
  }
  const leadText =
    leader && lead ? `${leader.label} leads at ${pct(lead.probabilityBest)} P(best), risk ${pct(risk ?? 0, 2)}` : "";
  if (budgetHit) {
    return {
      ...base,
      status: "stopped_budget",
      winnerArmId: null,
      basis: null,
      moreSampleNeeded: null,
      prune,
      recommendation: `Budget reached with no call${leadText ? `; ${leadText}` : ""}. It ends with the leader as the best guess; raise the budget to keep testing.`,
    };
  }
  const max = maxSample(metric, policy);
  if (active.length > 0 && active.every((a) => a.sample >= max)) {
    return {
      ...base,
      status: "stopped_inconclusive",
      winnerArmId: null,
      basis: null,
      moreSampleNeeded: null,
      prune,
      recommendation: `Every arm has ${max}+ ${info.sampleUnit} and none is clearly best: the differences are too small to matter. Stop and test bolder variants.`,
    };
  }
  const more = moreSampleNeeded(arms, ranked, byId, policy, min);
  const need = underMin.length
    ? `${underMin.length} arm(s) still below the minimum sample of ${min} ${info.sampleUnit}`
    : tooEarly
      ? `${leadText}; no call before ${policy.minDays} days of numbers (${days} so far)${policy.minDaysHighTraffic < policy.minDays ? `, or ${policy.minDaysHighTraffic} once the leader has the traffic for the trend check to see a fade` : ""}`
      : fadingLeader
        ? `${leadText}, but it is fading (its recent days are well below its first), so it is judged on its recent days and not called yet`
        : fallingLeader
          ? `${leadText}, but its recent days are below its first (trend z ${(leader?.trend?.z ?? 0).toFixed(1)}), so it is not called until the trend settles`
          : `${leadText} (a call needs ${pct(policy.probabilityToBeBest, 0)} P(best), or two arms each within ${pct(policy.expectedLossTolerance, 1)} expected loss)`;
  return {
    ...base,
    status: "collecting",
    winnerArmId: null,
    basis: null,
    moreSampleNeeded: more,
    prune,
    recommendation: `Keep collecting: ${need}${more ? `; roughly ${Math.round(more).toLocaleString("en-US")} more ${info.sampleUnit}` : ""}.`,
  };
}

/**
 * How much more sample the leader and its closest rival need before either rule fires, assuming the observed gap
 * holds: the standard error of their difference shrinks with √n, so n must grow by (se_now / se_needed)².
 */
function moreSampleNeeded(
  arms: ArmState[],
  ranked: ArmState[],
  byId: Map<string, ArmAnalysis>,
  policy: ExperimentPolicy,
  min: number,
): number | null {
  const under = arms.filter((a) => !a.pruned && a.sample < min).reduce((s, a) => s + (min - a.sample), 0);
  const [first, second] = ranked;
  if (!first || !second) return under || null;
  const a = byId.get(first.armId)!;
  const b = byId.get(second.armId)!;
  const scale = Math.max(Math.abs(a.mean), 1e-12);
  // 95% interval half-width / 1.96 ≈ posterior sd of each arm, relative to the leader's mean.
  const sdA = (a.interval[1] - a.interval[0]) / 3.92 / scale;
  const sdB = (b.interval[1] - b.interval[0]) / 3.92 / scale;
  const seNow = Math.sqrt(sdA * sdA + sdB * sdB);
  const gap = Math.abs(a.mean - b.mean) / scale;
  // Confident call: gap / se ≥ z; risk call on a tie: E[max(0, diff)] ≈ 0.4·se ≤ tolerance.
  const seNeeded = Math.max(gap / Z_95, policy.expectedLossTolerance / 0.4);
  if (!(seNow > seNeeded) || seNeeded <= 0) return under || null;
  const factor = (seNow / seNeeded) ** 2;
  return under + (factor - 1) * (first.sample + second.sample);
}
