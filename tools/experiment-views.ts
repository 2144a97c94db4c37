import * as z from "zod";
import { invalidInput } from "../core/errors.ts";
import type { ExperimentResults } from "../core/experiments/service.ts";

/** Shared output pieces of the experiment tools (results, update_allocation, stop_experiment). */
export const ShareView = z.object({ armId: z.string(), share: z.number() });

export const AllocationView = z.object({
  shares: z.array(ShareView),
  computedAt: z.string().nullable().describe("When it was computed (UTC)"),
  effectiveDate: z.string().nullable().describe("First UTC day it governs delivery; null = from the start"),
});

export const FinalCallView = z.object({
  armId: z.string().nullable(),
  assetId: z.string().nullable(),
  name: z.string().nullable(),
  basis: z.enum(["confident", "risk", "best_guess", "srm"]),
  probabilityBest: z.number().nullable(),
  risk: z.number().nullable(),
  decision: z.string(),
  recommendation: z.string(),
  reason: z.string().nullable(),
  at: z.string(),
  actor: z.string(),
});

export const ExperimentRef = {
  experimentId: z.string().startsWith("exp_").optional().describe("Experiment id, e.g. exp_01J..."),
  experiment: z
    .string()
    .trim()
    .min(1)
    .max(200)
    .optional()
    .describe('Or the experiment\'s name or part of it, e.g. "spring test"'),
};

/** The experiment an ExperimentRef input names: its id, else its name; neither is a bad input naming both fields. */
export function experimentRef(input: { experimentId?: string | undefined; experiment?: string | undefined }): string {
  const ref = input.experimentId ?? input.experiment;
  if (!ref)
    throw invalidInput(
      "experimentId",
      "missing",
      'Pass experimentId (exp_...) or experiment (its name, e.g. "spring test").',
    );
  return ref;
}

export const pctText = (v: number, digits = 0) => `${(v * 100).toFixed(digits)}%`;

export const sharesText = (r: ExperimentResults, shares: { armId: string; share: number }[]) =>
  shares
    .filter((s) => s.share > 0)
    .sort((a, b) => b.share - a.share)
    .map((s) => `${r.arms.find((a) => a.armId === s.armId)?.name ?? s.armId} ${pctText(s.share, 1)}`)
    .join(", ");
