import * as z from "zod";
import type { FeedbackLabel } from "./labels.ts";

export const REVIEW_STATUSES = ["pending", "approved", "rejected"] as const;
export const ReviewStatus = z.enum(REVIEW_STATUSES);
export const ReviewDecisionKind = z.enum(["approve", "reject"]);
export type ReviewDecisionKind = z.infer<typeof ReviewDecisionKind>;
/** Where a decision came from, for the audit trail. */
export const DecisionVia = z.enum([
  "slack_button",
  "slack_reaction",
  "slack_modal",
  "slack_thread",
  "mcp",
  "cli",
  "api",
  "dashboard",
  "system",
]);
export type DecisionVia = z.infer<typeof DecisionVia>;

export const ReviewRequestView = z.object({
  id: z.string(),
  brandId: z.string().nullable(),
  assetId: z.string().nullable(),
  subjectType: z.string(),
  subjectId: z.string(),
  reasons: z.array(z.string()),
  status: ReviewStatus,
  version: z.number().int(),
  channel: z.string().nullable(),
  messageTs: z.string().nullable(),
  requestedBy: z.string().nullable(),
  decidedBy: z.string().nullable(),
  decidedAt: z.string().nullable(),
  createdAt: z.string(),
});
export type ReviewRequestView = z.infer<typeof ReviewRequestView>;

export interface CreateReviewInput {
  brandId: string;
  assetId?: string | null | undefined;
  /** What is being reviewed: "asset" (a variant), "promotion", "deployment", "rule_set"... */
  subjectType: string;
  subjectId: string;
  reasons: string[];
  requestedBy: string;
  /** Extra facts shown to the approver (slots, rule findings, stakes); kept on the creation event. */
  context?: Record<string, unknown> | undefined;
}

export interface DecideInput {
  requestId: string;
  decision: ReviewDecisionKind;
  userRef: string;
  label?: z.infer<typeof FeedbackLabel> | undefined;
  reason?: string | undefined;
  via: DecisionVia;
  /** The version the decider saw; the decision applies only if the request is still at it. */
  expectedVersion: number;
  /**
   * The authenticated person deciding (decide_review, CLI, dashboard): any of their handles may hold the approver role,
   * and a workspace admin may decide. Without it, `userRef` itself must be an approver (Slack buttons, reactions).
   */
  decider?: { handles: string[]; isAdmin: boolean } | undefined;
}

export type DecideOutcome =
  | { applied: true; request: ReviewRequestView; decisionId: string }
  | { applied: false; request: ReviewRequestView; why: "already_decided" };
