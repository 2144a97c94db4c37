import * as z from "zod";
import { asWinnowError } from "../core/errors.ts";
import { DEFAULT_PINNED_SLOTS, templateFromWinner } from "../core/experiments/winner-template.ts";
import { SlotNameSchema } from "../core/templates/spec.ts";
import { defineTool } from "./define.ts";
import { StoryView, storyOf } from "./experiment-views.ts";

export const promoteWinners = defineTool({
  name: "promote_winners",
  title: "Promote winners",
  description:
    "Promote an experiment's winner to the library when the rule holds (probability to be best ≥ policy, minimum " +
    "sample, no SRM) and discard the losers with their reasons (kept as negative examples). When policy requires a human " +
    "(spend over threshold, brand warnings, P(best) under the approval bar, a best guess) it opens a review request — " +
    "its answer says why — and promotes only after that " +
    "request is approved; calling again before approval is refused with the review request id. With toTemplate: true a " +
    "promoted winner also becomes a new version of the template it came from, its tone/hook/cta (or `pin`) fixed to the " +
    "winning values and its copy rules preferring the winning lines. A stopped experiment promotes its recorded call " +
    "(a best guess always with an approver). `story` is the experiment's story after the call (see get_experiment_results).",
  toolset: "experiments",
  annotations: { readOnlyHint: false, destructiveHint: true, idempotentHint: false },
  input: z.object({
    experimentId: z.string().startsWith("exp_").describe("Experiment id, e.g. exp_01J..."),
    toTemplate: z
      .boolean()
      .default(false)
      .describe("Also turn the promoted winner into a new version of its template (winning slot values pinned)"),
    pin: z
      .array(SlotNameSchema)
      .min(1)
      .optional()
      .describe(`Slots fixed to the winner's values in that version (default ${DEFAULT_PINNED_SLOTS.join(", ")})`),
  }),
  output: z.object({
    status: z.enum(["promoted", "review_requested", "not_ready"]),
    experimentId: z.string(),
    winnerArmId: z.string().nullable(),
    winnerAssetId: z.string().nullable(),
    reviewRequestId: z.string().nullable(),
    discarded: z.array(z.object({ armId: z.string(), assetId: z.string(), reason: z.string() })),
    template: z
      .object({
        templateId: z.string(),
        templateVersionId: z.string(),
        version: z.number().int(),
        pinned: z.record(z.string(), z.string()),
      })
      .nullable()
      .default(null),
    message: z.string(),
    approvalWhy: z.string().nullable().describe("Why an approver must confirm (review_requested)"),
    story: StoryView,
  }),
  async run({ experimentId, toTemplate, pin }, { services, actor }) {
    const o = await services.promotion.promote(experimentId, services.rng(), actor);
    const story = storyOf(await services.experiments.results(experimentId));
    if (o.status === "promoted") {
      const review = o.reviewRequestId ? await services.reviews.get(o.reviewRequestId) : null;
      const approval = review ? ` (review ${review.id} approved by ${review.decidedBy ?? "an approver"})` : "";
      let message = `Promoted ${o.winnerAssetId}${approval}; discarded ${o.discarded.length} losing variant(s).`;
      let template = null;
      if (toTemplate) {
        // The promotion is committed either way; a winner that cannot become a template is reported, not undone.
        try {
          const t = await templateFromWinner(services, { assetId: o.winnerAssetId, experimentId, pin, actor });
          template = {
            templateId: t.templateId,
            templateVersionId: t.version.id,
            version: t.version.version,
            pinned: t.pinned,
          };
          message += ` New template version ${t.version.id} (v${t.version.version} of ${t.templateId}) pins ${
            Object.entries(t.pinned)
              .map(([k, v]) => `${k}=${v}`)
              .join(", ") || "nothing"
          }.`;
        } catch (error) {
          message += ` No template version: ${asWinnowError(error).message}`;
        }
      }
      return { structured: { ...o, template, message, approvalWhy: null, story }, text: message };
    }
    if (o.status === "review_requested") {
      const message = `Promotion needs approval: opened review request ${o.reviewRequestId}. ${o.why} Promote again once it is approved.`;
      return {
        structured: {
          status: o.status,
          experimentId,
          winnerArmId: o.winnerArmId,
          winnerAssetId: null,
          reviewRequestId: o.reviewRequestId,
          discarded: [],
          template: null,
          message,
          approvalWhy: o.why,
          story,
        },
        text: message,
      };
    }
    const message = `Nothing to promote: ${o.reason}`;
    return {
      structured: {
        status: o.status,
        experimentId,
        winnerArmId: null,
        winnerAssetId: null,
        reviewRequestId: null,
        discarded: [],
        template: null,
        message,
        approvalWhy: null,
        story,
      },
      text: message,
    };
  },
});
