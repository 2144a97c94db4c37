import * as z from "zod";
import { FEEDBACK_LABELS, FeedbackLabel, parseFeedbackLabel } from "../core/review/labels.ts";
import { defineTool } from "./define.ts";

export const recordFeedback = defineTool({
  name: "record_feedback",
  title: "Record feedback",
  description:
    "Store a feedback label against an asset, a tag or a model version for the learning loop. Labels: " +
    `${Object.keys(FEEDBACK_LABELS).join(", ")} (custom needs a comment).`,
  toolset: "review",
  annotations: { readOnlyHint: false, destructiveHint: false, idempotentHint: false },
  input: z.object({
    assetId: z.string().startsWith("ast_").optional().describe("Asset the feedback is about"),
    tag: z.string().trim().min(1).max(100).optional().describe("A tag judged wrong, e.g. 'trail'"),
    modelVersion: z.string().trim().min(1).max(100).optional().describe("Model or tagger version, e.g. tagger@3"),
    label: z.preprocess((v) => (typeof v === "string" ? (parseFeedbackLabel(v) ?? v) : v), FeedbackLabel),
    comment: z.string().trim().max(2000).optional(),
  }),
  output: z.object({ id: z.string(), label: FeedbackLabel }),
  async run(input, { services, actor }) {
    const { id } = await services.reviews.recordFeedback({ ...input, via: "mcp", userRef: actor });
    const about = input.assetId ?? input.tag ?? input.modelVersion;
    return {
      structured: { id, label: input.label },
      text: `Feedback ${id}: "${FEEDBACK_LABELS[input.label]}" on ${about}.`,
    };
  },
});
