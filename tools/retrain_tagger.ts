import * as z from "zod";
import { defineTool } from "./define.ts";
import { pct, ShadowComparisonView, TaggerVersionView, versionLine } from "./tagger_views.ts";

export const retrainTagger = defineTool({
  name: "retrain_tagger",
  title: "Retrain tagger",
  description:
    "Train a new tagger version from feedback (tag corrections, review approvals/rejections, performance, search clicks) and run it in shadow mode: it is compared with the current tagger on held-out corrected labels but changes nothing until promote_tagger is called with an approval. Refused with the number of labels needed when there is too little feedback.",
  toolset: "search",
  annotations: { readOnlyHint: false, destructiveHint: false, idempotentHint: false },
  input: z.object({}),
  output: z.object({
    version: TaggerVersionView,
    comparison: ShadowComparisonView,
    dataUsed: z.object({
      examples: z.number().int(),
      train: z.number().int(),
      heldOut: z.number().int(),
      bySource: z.record(z.string(), z.number().int()),
      tags: z.number().int(),
    }),
  }),
  async run(_input, { services, actor, progress }) {
    const result = await services.learning.retrain({
      actor,
      progress: (done, total, message) => progress(done, total, message),
    });
    const c = result.comparison;
    return {
      structured: result,
      text: `${versionLine(result.version)} — trained on ${result.dataUsed.train} examples; held-out (${c.heldOut}): candidate ${pct(c.candidate.accuracy)} vs current ${pct(c.current.accuracy)}. Promote it with promote_tagger: an approver does, recorded as themselves.`,
    };
  },
});
