import * as z from "zod";
import { defineTool } from "./define.ts";

export const promoteWinners = defineTool({
  name: "promote_winners",
  title: "Promote winners",
  description:
    "Promote an experiment's winner to the library when the rule holds (probability to be best ≥ policy, minimum " +
    "sample, no SRM) and discard the losers with their reasons (kept as negative examples). When policy requires a human " +
    "(spend over threshold, brand warnings, low confidence) it opens a review request and promotes only after that " +
    "request is approved; calling again before approval is refused with the review request id.",
  toolset: "experiments",
  annotations: { readOnlyHint: false, destructiveHint: true, idempotentHint: false },
  input: z.object({ experimentId: z.string().startsWith("exp_").describe("Experiment id, e.g. exp_01J...") }),
  output: z.object({
    status: z.enum(["promoted", "review_requested", "not_ready"]),
    experimentId: z.string(),
    winnerArmId: z.string().nullable(),
    winnerAssetId: z.string().nullable(),
    reviewRequestId: z.string().nullable(),
    discarded: z.array(z.object({ armId: z.string(), assetId: z.string(), reason: z.string() })),
    message: z.string(),
  }),
  async run({ experimentId }, { services, actor }) {
    const o = await services.promotion.promote(experimentId, services.rng(), actor);
    if (o.status === "promoted") {
      const message = `Promoted ${o.winnerAssetId}${o.reviewRequestId ? ` (approved in ${o.reviewRequestId})` : ""}; discarded ${o.discarded.length} losing variant(s).`;
      return { structured: { ...o, message }, text: message };
    }
    if (o.status === "review_requested") {
      const message = `Promotion needs approval (${o.reasons.join("; ")}): opened review request ${o.reviewRequestId}. Promote again once it is approved.`;
      return {
        structured: {
          status: o.status,
          experimentId,
          winnerArmId: o.winnerArmId,
          winnerAssetId: null,
          reviewRequestId: o.reviewRequestId,
          discarded: [],
          message,
        },
        text: message,
      };
    }
    const message = `Nothing to promote yet: ${o.reason}`;
    return {
      structured: {
        status: o.status,
        experimentId,
        winnerArmId: null,
        winnerAssetId: null,
        reviewRequestId: null,
        discarded: [],
        message,
      },
      text: message,
    };
  },
});
