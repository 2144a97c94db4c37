import type { ExperimentPolicy } from "./policy.ts";

/** What the next split is for, and the top-two knobs that follow from it. */
export interface FinishingPlan {
  /**
   * measure: the call still waits on the leader's lead over its rivals (top-two sampling);
   * confirm: the leader is over the calling bar and the call waits only on days, minimum sample or the trend check;
   * finish: the budget is running out before the bar, and the call is still within reach of what is left;
   * best_guess: the call is out of reach of the remaining budget, so the test will end on a best guess.
   */
  phase: "measure" | "confirm" | "finish" | "best_guess";
  challengerShare: number;
  /** Arms that keep the exploration floor. */
  floored: ReadonlySet<string>;
}

/** How far beyond the remaining budget a call's projected need may be and still count as within reach. */
export const REACH = 4;

/** The share of the budget spent (impressions or spend, whichever is further along); 0 without a budget. */
export function budgetUsed(policy: ExperimentPolicy, impressions: number, spendMicros: number): number {
  const parts = [
    policy.budgetImpressions ? impressions / policy.budgetImpressions : 0,
    policy.budgetMicros ? spendMicros / policy.budgetMicros : 0,
  ];
  return Math.min(Math.max(...parts), 1);
}

/**
 * The call's projected need (metric units: impressions, clicks, spend) over what the rest of the budget buys in those
 * units at the experiment's rate so far; null without a budget, a projection or any sample yet.
 */
export function needOverRemaining(moreSampleNeeded: number | null, used: number, sampleSoFar: number): number | null {
  if (moreSampleNeeded === null || used <= 0 || sampleSoFar <= 0) return null;
  const remaining = (sampleSoFar / used) * (1 - used);
  return remaining > 0 ? moreSampleNeeded / remaining : Number.POSITIVE_INFINITY;
}

/**
 * How the split serves the call within the budget (issue 24: name the best arm in budget, not only earn on the way).
 * - Below the bar, top-two Thompson measures the runner-up with `challengerShare` of the traffic; from half the budget
 *   on, that share rises toward an even split between leader and runner-up (0.5 at the last impression): the call at
 *   the end needs the error of their difference small, and an even split makes it smallest for a given budget,
 *   while the arms out of contention are left at the allocation floor.
 * - When the sample the call still needs (assuming the observed gap holds) is more than REACH times what the budget
 *   has left, no split will get it there: the test ends on a best guess whatever is measured, so the runner-up's share
 *   goes back to the leader for the rest of the budget (contenders keep their floor). The factor is generous because
 *   the estimate rests on a noisy gap: a race whose real gap is twice the observed one needs a quarter of the sample.
 * - Once the leader is over the bar and the call waits only on days (the novelty guard), the runner-up keeps its
 *   share and every active arm keeps the exploration floor: the trend check judges the leader against the others on
 *   the same days, and a leader that starts strong and fades must still be caught before the call. Handing the
 *   runner-up's share to the leader here looked free but locked in early crossings: a leader over the bar on day 9 by
 *   luck stayed there, because the rival that could pull it back was no longer measured (bench:replay went from 0/40
 *   to 2/40 wrong calls at ≥ 5% gaps, both on the first day a call was allowed).
 */
export function finishingPlan(input: {
  policy: ExperimentPolicy;
  leaderProbabilityBest: number;
  active: readonly string[];
  contenders: readonly string[];
  budgetUsed: number;
  /** The call's remaining sample need over the sample the rest of the budget buys (null: no estimate, or no budget). */
  needOverRemaining?: number | null;
}): FinishingPlan {
  const { policy } = input;
  if (input.leaderProbabilityBest >= policy.probabilityToBeBest)
    return { phase: "confirm", challengerShare: policy.challengerShare, floored: new Set(input.active) };
  const late = Math.max(0, (input.budgetUsed - 0.5) / 0.5);
  if (late > 0 && (input.needOverRemaining ?? 0) > REACH)
    return { phase: "best_guess", challengerShare: 0, floored: new Set(input.contenders) };
  const base = policy.challengerShare;
  return {
    phase: late > 0 ? "finish" : "measure",
    challengerShare: base + (Math.max(base, 0.5) - base) * late,
    floored: new Set(input.contenders),
  };
}
