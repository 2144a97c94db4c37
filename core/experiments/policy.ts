import * as z from "zod";
import type { ExperimentMetric } from "./metrics.ts";

/**
 * Decision rules stored with each experiment (experiments.config.policy); every field has a default, and the README
 * (Experiments → defaults) gives the reasoning behind each.
 */
export const ExperimentPolicy = z.object({
  probabilityToBeBest: z.number().min(0.5).max(0.9999).default(0.95).describe("P(best) a confident winner needs"),
  expectedLossTolerance: z
    .number()
    .min(0)
    .max(1)
    .default(0.01)
    .describe(
      "Risk threshold for near-ties: once two or more arms each cost at most this much in expected loss (relative to " +
        "their mean; 0.01 = 1%), the test ends as 'either is fine, here is the cheaper one'",
    ),
  minSamplePerArm: z
    .number()
    .int()
    .min(1)
    .optional()
    .describe("Minimum sample per arm before any call, in the metric's unit (impressions, clicks or spend micros)"),
  minDays: z
    .number()
    .int()
    .min(1)
    .max(28)
    .default(14)
    .describe(
      "Days of numbers before any call and before any pruning: two full weeks put every weekday in the comparison " +
        "twice and give the trend check the days to see a creative fading",
    ),
  minDaysHighTraffic: z
    .number()
    .int()
    .min(1)
    .max(28)
    .default(7)
    .describe(
      "Days of numbers before a call when the leader has the traffic for the trend check to see a fade (a 15% drop " +
        "at z ≤ −2.5): one full week, every weekday once",
    ),
  maxSamplePerArm: z
    .number()
    .int()
    .min(1)
    .optional()
    .describe("Stop as inconclusive once every active arm has this much sample (guards against over-testing)"),
  pruneBelow: z
    .number()
    .min(0)
    .max(0.2)
    .default(0.001)
    .describe(
      "Prune an arm once its probability to beat the leader (≥ its P(best)) falls under this, with enough data",
    ),
  pruneMinEvents: z
    .number()
    .min(1)
    .default(30)
    .describe(
      "Enough data to prune: the arm's sample must be large enough to have shown this many clicks/conversions had " +
        "it been as good as the leader",
    ),
  allocationFloor: z
    .number()
    .min(0)
    .max(0.5)
    .default(0.005)
    .describe("Least traffic share an active arm keeps, however unlikely it is to be best"),
  explorationFloor: z
    .number()
    .min(0)
    .max(1)
    .default(0.1)
    .describe(
      "Exploration floor for arms still in contention, as a fraction of an equal split (0.1 with 5 arms = 2% each): " +
        "an arm with a ≥ 1% chance to beat the leader keeps at least this much traffic, so no contender is starved; " +
        "the runner-up's real measurement comes from the top-two draws",
    ),
  challengerShare: z
    .number()
    .min(0)
    .max(0.5)
    .default(0.15)
    .describe(
      "Share of the Thompson traffic given to the runner-up of each posterior draw (top-two sampling) while the call " +
        "is being measured; from half the budget on it rises toward an even top-two split when the call is within " +
        "reach (finish.ts), and goes back to the leader once it is over the bar or the call is out of reach",
    ),
  budgetMicros: z.number().int().min(1).optional().describe("Spend cap in micros; the experiment stops at it"),
  budgetImpressions: z
    .number()
    .int()
    .min(1)
    .optional()
    .describe("Impression cap over all arms; at it the experiment ends, naming the leader as the best guess"),
  /** SRM: days an allocation change may land early or late (platform reporting delay, mid-day budget changes). */
  srmToleranceDays: z.number().int().min(0).max(7).default(2),
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
  return policy.maxSamplePerArm ?? DEFAULT_MIN[metric] * 1000;
}
