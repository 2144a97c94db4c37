import * as z from "zod";
import { invalidInput } from "../core/errors.ts";
import { ReviewRequestView } from "../core/review/types.ts";
import { defineTool } from "./define.ts";

export const requestReview = defineTool({
  name: "request_review",
  title: "Request human review",
  description:
    "Ask the brand's approvers to review something (a generated variant, a promotion, a deployment). The request is " +
    "posted to the brand's review channel with Approve/Reject; only listed approvers can decide. Give the reasons a " +
    "human must look (e.g. 'spend $800 ≥ threshold $500', 'new audience'). Returns the pending request.",
  toolset: "review",
  annotations: { readOnlyHint: false, destructiveHint: false, idempotentHint: false },
  input: z.object({
    brand: z.string().trim().min(1).max(100).describe("Brand slug or id, e.g. kestrel"),
    assetId: z.string().startsWith("ast_").optional().describe("The asset shown to the approver, if any"),
    subjectType: z
      .string()
      .trim()
      .min(1)
      .max(40)
      .default("asset")
      .describe("What is reviewed: asset (a variant), promotion, deployment..."),
    subjectId: z.string().trim().min(1).max(100).optional().describe("Id of the subject; defaults to assetId"),
    reasons: z.array(z.string().trim().min(1).max(300)).min(1).max(10).describe("Why a human must decide"),
  }),
  output: z.object({ request: ReviewRequestView }),
  async run({ brand, assetId, subjectType, subjectId, reasons }, { services, actor }) {
    const subject = subjectId ?? assetId;
    if (!subject)
      throw invalidInput("subjectId", "is missing", "Pass subjectId, or assetId when the subject is an asset.");
    const request = await services.reviews.createReviewRequest({
      brandId: brand,
      assetId,
      subjectType,
      subjectId: subject,
      reasons,
      requestedBy: actor,
    });
    // Nobody can decide a request on a brand without approvers: say so now rather than let it wait forever.
    const approvers = await services.reviews.approversOf(request.brandId);
    return {
      structured: { request },
      text: `Review requested: ${request.id} (${subjectType} ${subject}) — ${reasons.join("; ")}. ${
        approvers.length
          ? `Waiting for an approver (${approvers.length} on this brand).`
          : "This brand has no approvers yet, so nobody can decide it: add one with add_brand_member (role approver)."
      }`,
    };
  },
});
