import * as z from "zod";
import { formatMoney } from "../costs/money.ts";

/**
 * Selective review: a brand's policy (brands.settings.reviewPolicy) says which stakes need a human. Everything else
 * flows through. Pure: the caller gathers the stakes, this only decides.
 */
export const ReviewPolicy = z.object({
  /** Spend at or above this (integer micros) needs review. Default $500. */
  spendThresholdMicros: z.number().int().min(0).default(500_000_000),
  /** Any brand-rule warning on the candidate needs review. */
  reviewOnBrandWarnings: z.boolean().default(true),
  /** Model/tagger confidence below this needs review. */
  minConfidence: z.number().min(0).max(1).default(0.6),
  /** An audience the brand has not shipped to before needs review. */
  reviewNewAudiences: z.boolean().default(true),
  /** Categories that always need review (matched case-insensitively). */
  sensitiveCategories: z.array(z.string()).default(["health", "finance", "alcohol", "kids", "politics"]),
  /**
   * A winner whose probability to be best is under this needs a recorded approval before promotion. Unset: the
   * experiment's own approval bar applies (0.99 unless the experiment says otherwise).
   */
  approvalBelowProbability: z.number().min(0.5).max(1).optional(),
});
export type ReviewPolicy = z.output<typeof ReviewPolicy>;

export interface ReviewStakes {
  spendMicros?: number | undefined;
  /** Currency of spendMicros (the threshold is read in the same currency); null/absent: dollars. */
  currency?: string | null | undefined;
  /** Number of warnings, or their messages. */
  brandWarnings?: number | string[] | undefined;
  confidence?: number | undefined;
  newAudience?: boolean | undefined;
  /** The candidate's category, or true when the caller already knows it is sensitive. */
  sensitiveCategory?: string | boolean | null | undefined;
  /** A winner's probability to be best, when a promotion is at stake. */
  probabilityBest?: number | undefined;
}

export interface ReviewVerdict {
  required: boolean;
  /** Human-readable reasons, one per triggered rule; empty when the candidate flows through. */
  reasons: string[];
}

/** Reads a brand's policy from its settings; a missing or partial policy falls back to the defaults per field. */
export function policyFromSettings(settings: Record<string, unknown> | null | undefined): ReviewPolicy {
  const parsed = ReviewPolicy.safeParse(settings?.reviewPolicy ?? {});
  return parsed.success ? parsed.data : ReviewPolicy.parse({});
}

export function needsReview(stakes: ReviewStakes, policy: ReviewPolicy = ReviewPolicy.parse({})): ReviewVerdict {
  const reasons: string[] = [];
  if (stakes.spendMicros !== undefined && stakes.spendMicros >= policy.spendThresholdMicros) {
    reasons.push(
      `spend ${formatMoney(stakes.spendMicros, stakes.currency)} ≥ threshold ${formatMoney(policy.spendThresholdMicros, stakes.currency)}`,
    );
  }
  const warnings = Array.isArray(stakes.brandWarnings) ? stakes.brandWarnings.length : (stakes.brandWarnings ?? 0);
  if (policy.reviewOnBrandWarnings && warnings > 0) {
    const detail = Array.isArray(stakes.brandWarnings) ? `: ${stakes.brandWarnings.slice(0, 3).join("; ")}` : "";
    reasons.push(`${warnings} brand-rule warning(s)${detail}`);
  }
  if (stakes.confidence !== undefined && stakes.confidence < policy.minConfidence) {
    reasons.push(`low confidence ${stakes.confidence.toFixed(2)} < ${policy.minConfidence}`);
  }
  if (policy.reviewNewAudiences && stakes.newAudience) reasons.push("new audience");
  const category = stakes.sensitiveCategory;
  if (category === true) reasons.push("sensitive category");
  else if (typeof category === "string") {
    const hit = policy.sensitiveCategories.find((c) => c.toLowerCase() === category.toLowerCase());
    if (hit) reasons.push(`sensitive category "${hit}"`);
  }
  const bar = policy.approvalBelowProbability;
  if (stakes.probabilityBest !== undefined && bar !== undefined && stakes.probabilityBest < bar) {
    reasons.push(
      `confidence ${(stakes.probabilityBest * 100).toFixed(1)}% P(best) < ${(bar * 100).toFixed(0)}% approval bar`,
    );
  }
  return { required: reasons.length > 0, reasons };
}
