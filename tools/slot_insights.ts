import * as z from "zod";
import { InsightMetric } from "../core/experiments/insights.ts";
import { defineTool } from "./define.ts";

export const slotInsightsTool = defineTool({
  name: "slot_insights",
  title: "Slot insights",
  description:
    "Which slot values win, adjusted for the other slots (ridge regression over slot values), across the experiments " +
    "of the brands you can see " +
    "or scoped to one experiment, one template and/or one audience; the answer leads with the largest effect. " +
    'Examples: "which tone wins for 25-34" → {slot: "tone", audience: "25-34"}; "what drove the spring test" → ' +
    '{experimentId: "exp_..."}; "which model made the best story video for DE" → {slot: "model", filters: {format: ' +
    '"story", market: "DE"}}. Slots include the template slots (tone, hook, offer, cta, format...), model (from ' +
    "generation lineage) and audience.",
  toolset: "experiments",
  annotations: { readOnlyHint: true, idempotentHint: true },
  input: z.object({
    metric: InsightMetric.default("ctr"),
    slot: z.string().trim().min(1).max(50).optional().describe("Slot to rank values of; omit to rank every slot value"),
    experimentId: z.string().startsWith("exp_").optional().describe("Only this experiment's variants"),
    templateId: z
      .string()
      .trim()
      .min(1)
      .max(100)
      .optional()
      .describe("Only variants generated from this template (tpl_...) or template version"),
    audience: z.string().trim().min(1).max(100).optional().describe('Only experiments for this audience, e.g. "25-34"'),
    filters: z
      .record(z.string(), z.string())
      .optional()
      .describe('Keep only variants with these values, e.g. {"format": "9:16"}'),
  }),
  output: z.object({
    metric: z.string(),
    slot: z.string().nullable(),
    scope: z.object({
      experimentId: z.string().nullable(),
      templateId: z.string().nullable(),
      audience: z.string().nullable(),
    }),
    variants: z.number().int(),
    experiments: z.number().int(),
    baseline: z.number(),
    effects: z.array(
      z.object({
        slot: z.string(),
        value: z.string(),
        effect: z.number(),
        observedMean: z.number(),
        support: z.number(),
        variants: z.number().int(),
      }),
    ),
    answer: z.string(),
  }),
  async run(input, { services, visible }) {
    const r = await services.experiments.insights(input, visible);
    // A member's answer covers their brands only; saying so keeps it from reading as the whole workspace's.
    const answer = visible.all ? r.answer : `${r.answer} (Counted over the brands you are a member of.)`;
    return { structured: { ...r, answer }, text: answer };
  },
});
