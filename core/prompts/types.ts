import * as z from "zod";

export const PromptName = z.string().min(1).max(64).describe("Prompt name, e.g. copywriter, tagger, agent-system");

export const LabelName = z.string().min(1).max(40).describe("Label: production, staging or a custom name");

export const PromptVersionOut = z.object({
  id: z.string(),
  promptId: z.string(),
  name: z.string(),
  version: z.number().int(),
  text: z.string(),
  variables: z.array(z.string()),
  note: z.string().nullable(),
  createdBy: z.string().nullable(),
  createdAt: z.string(),
});

export const LabelMoveOut = z.object({
  prompt: z.string(),
  label: z.string(),
  fromVersion: z.number().int().nullable(),
  toVersion: z.number().int(),
  promptVersionId: z.string(),
  changed: z.boolean().describe("False when the label already pointed at that version (nothing was written)"),
});

export const RollupOut = z.object({
  runs: z.number().int(),
  failedRuns: z.number().int(),
  outputs: z.number().int(),
  costMicros: z.number().int(),
  avgLatencyMs: z.number().nullable(),
  deployments: z.number().int(),
  impressions: z.number().int(),
  clicks: z.number().int(),
  conversions: z.number().int(),
  spendMicros: z.number().int(),
  revenueMicros: z.number().int(),
  ctr: z.number().nullable().describe("clicks / impressions of deployed outputs; null before any impressions"),
});

export const PromptDiffOut = z.object({
  from: z.string(),
  to: z.string(),
  addedLines: z.number().int(),
  removedLines: z.number().int(),
  unified: z.string(),
});
