import type { Accuracy } from "./evaluate.ts";

export interface TriggerSettings {
  /** Retrain when any category's accuracy on corrected labels drops below this (default 0.85). */
  retrainBelowAccuracy: number;
  /** Open a human review when the share of machine tags people override exceeds this (default 0.25). */
  reviewAboveOverrideRate: number;
  /** A category needs this many labels before its accuracy can trigger anything. */
  minCategoryLabels: number;
}

export interface TriggerDecision {
  retrain: boolean;
  openReview: boolean;
  reasons: string[];
}

/** The automated triggers of a learning cycle, from live accuracy and override rate. */
export function evaluateTriggers(live: Accuracy, overrideRate: number | null, s: TriggerSettings): TriggerDecision {
  const reasons: string[] = [];
  const low = Object.entries(live.perCategory).filter(
    ([, v]) => v.n >= s.minCategoryLabels && v.accuracy < s.retrainBelowAccuracy,
  );
  for (const [category, v] of low)
    reasons.push(
      `accuracy for ${category} is ${(v.accuracy * 100).toFixed(1)}% (< ${(s.retrainBelowAccuracy * 100).toFixed(0)}%, n=${v.n})`,
    );
  const openReview = overrideRate !== null && overrideRate > s.reviewAboveOverrideRate;
  if (openReview)
    reasons.push(
      `override rate is ${(overrideRate * 100).toFixed(1)}% (> ${(s.reviewAboveOverrideRate * 100).toFixed(0)}%)`,
    );
  return { retrain: low.length > 0, openReview, reasons };
}
