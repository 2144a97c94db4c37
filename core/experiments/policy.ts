import * as z from "zod";
import type { ExperimentMetric } from "./metrics.ts";

/** Decision rules stored with each experiment (experiments.config.policy); every field has a sensible default. */
export const ExperimentPolicy = z.object({
  probabilityToBeBest: z.number().min(0.5).max(0.9999).default(0.95).describe("P(best) a winner needs"),
  expectedLossTolerance: z
    .number()
    .min(0)
    .max(1)
    .default(0.01)
    .describe("Largest expected loss of the winner, relative to its mean (0.01 = 1%)"),
  minSamplePerArm: z
    .number()
    .int()
    .min(1)
    .optional()
    .describe("Minimum sample per arm before any call, in the metric's unit (impressions, clicks or spend micros)"),
  maxSamplePerArm: z
    .number()
    .int()
    .min(1)
    .optional()
    .describe("Stop as inconclusive once every active arm has this much sample (guards against over-testing)"),
  pruneBelow: z.number().min(0).max(0.2).default(0.01).describe("Prune arms whose P(best) falls under this"),
  allocationFloor: z.number().min(0).max(0.5).default(0.05).describe("Least traffic share an active arm keeps"),
  budgetMicros: z.number().int().min(1).optional().describe("Spend cap in micros; the experiment stops at it"),
  /** Promotion needs a recorded approval above this spend, with brand warnings, or under this confidence. */
  approvalSpendMicros: z.number().int().min(0).default(500_000_000),
  approvalBelowProbability: z.number().min(0.5).max(1).default(0.99),
});
export type ExperimentPolicy = z.infer<typeof ExperimentPolicy>;

const DEFAULT_MIN: Record<ExperimentMetric, number> = {
  ctr: 1000,
  cvr: 100,
  cost_per_conversion: 50_000_000,
  watch_time: 1000,
  roas: 50_000_000,
};

export function minSample(metric: ExperimentMetric, policy: ExperimentPolicy): number {
  return policy.minSamplePerArm ?? DEFAULT_MIN[metric];
}

export function maxSample(metric: ExperimentMetric, policy: ExperimentPolicy): number {
  return policy.maxSamplePerArm ?? DEFAULT_MIN[metric] * 100;
}
