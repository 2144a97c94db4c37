import * as z from "zod";
import { WinnowError } from "../core/errors.ts";
import { actorOf, handlesOf } from "../core/people/caller.ts";
import { ReviewRequestView } from "../core/review/types.ts";
import { defineTool } from "./define.ts";

const VIA = { mcp: "mcp", api: "api", cli: "cli", dashboard: "dashboard", slack: "slack_thread" } as const;

export const decideReview = defineTool({
  name: "decide_review",
  title: "Approve or reject a review request",
  description:
    "Approve or reject a pending review request (rvw_...) as the signed-in person. Only an approver of the request's " +
    "brand (or a workspace admin) may decide; the decision is recorded with your name, never a name you type. If " +
    "someone decided it first, nothing changes and you are told who did. List pending requests with list_reviews.",
  toolset: "review",
  annotations: { readOnlyHint: false, destructiveHint: true, idempotentHint: false },
  input: z.object({
    reviewId: z.string().trim().startsWith("rvw_").max(100).describe("Review request id, e.g. rvw_01J..."),
    decision: z.enum(["approve", "reject"]).describe("approve | reject"),
    reason: z.string().trim().max(500).optional().describe("Why; shown to the requester and kept on the record"),
  }),
  output: z.object({ request: ReviewRequestView, decisionId: z.string() }),
  async run({ reviewId, decision, reason }, { services, caller, surface }) {
    const current = await services.reviews.get(reviewId);
    if (current.status !== "pending")
      throw new WinnowError(
        "conflict",
        `${reviewId} is already ${current.status}${current.decidedBy ? ` by ${current.decidedBy}` : ""}${current.decidedAt ? ` at ${current.decidedAt}` : ""}; nothing changed.`,
        { field: "reviewId", status: current.status },
      );
    const outcome = await services.reviews.decide({
      requestId: reviewId,
      decision,
      userRef: caller.kind === "member" ? (caller.slackUserId ?? caller.email ?? actorOf(caller)) : actorOf(caller),
      reason: reason || undefined,
      via: VIA[surface as keyof typeof VIA] ?? "mcp",
      expectedVersion: current.version,
      decider: { handles: handlesOf(caller), isAdmin: caller.isAdmin },
    });
    if (!outcome.applied)
      throw new WinnowError(
        "conflict",
        `${reviewId} was decided by someone else a moment ago (${outcome.request.status}${outcome.request.decidedBy ? ` by ${outcome.request.decidedBy}` : ""}); nothing changed.`,
        { field: "reviewId", status: outcome.request.status },
      );
    return {
      structured: { request: outcome.request, decisionId: outcome.decisionId },
      text: `${decision === "approve" ? "Approved" : "Rejected"} ${reviewId} (${current.subjectType} ${current.subjectId}) as ${outcome.request.decidedBy}${reason ? ` — ${reason}` : ""}.`,
    };
  },
});
