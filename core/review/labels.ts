import * as z from "zod";

/**
 * The standard feedback labels reviewers pick from (Slack reject modal, record_feedback tool). Keys are stable so the
 * learning loop can count them; "custom" carries its meaning in the comment.
 */
export const FEEDBACK_LABELS = {
  incorrect_tag: "Incorrect tag",
  missing_rights_data: "Missing rights data",
  wrong_product_match: "Wrong product match",
  low_quality_variant: "Low-quality variant",
  off_brand: "Off-brand",
  custom: "Custom (explain in the comment)",
} as const;

export type FeedbackLabelKey = keyof typeof FEEDBACK_LABELS;
export const FEEDBACK_LABEL_KEYS = Object.keys(FEEDBACK_LABELS) as [FeedbackLabelKey, ...FeedbackLabelKey[]];
export const FeedbackLabel = z.enum(FEEDBACK_LABEL_KEYS);

/** Accepts a key ("off_brand") or the words people type ("off-brand", "Incorrect tag"). */
export function parseFeedbackLabel(text: string): FeedbackLabelKey | undefined {
  const key = text
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, "_");
  if (key in FEEDBACK_LABELS) return key as FeedbackLabelKey;
  const entry = Object.entries(FEEDBACK_LABELS).find(([, name]) => name.toLowerCase() === text.trim().toLowerCase());
  return entry?.[0] as FeedbackLabelKey | undefined;
}
