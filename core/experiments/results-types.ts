import type { ApprovalVerdict } from "./approval.ts";
import type { Round } from "./bandit.ts";
import type { ArmTrend } from "./concurrent.ts";
import type { AppliedSplit, SrmView } from "./delivery.ts";
import type { ArmTotals, ExperimentMetric } from "./metrics.ts";
import type { ExperimentPolicy } from "./policy.ts";
import type { DeliveryView, Story } from "./story.ts";

/** What an experiment's read-out, its recorded call and an allocation update are made of. */
export interface ArmResult {
  armId: string;
  assetId: string;
  label: string;
  /** The variant's name, without the arm id (for one-line answers). */
  name: string;
  status: string;
  statusReason: string | null;
  slots: Record<string, string>;
  totals: Omit<ArmTotals, "days">;
  sample: number;
  mean: number;
  interval: [number, number];
  probabilityBest: number;
  expectedLoss: number;
  lift: { median: number; interval: [number, number] } | null;
  share: number;
  /** Recent against early rate, the day mix removed; fading flags creative fatigue. Null for non-rate metrics. */
  trend: ArmTrend | null;
}

export interface ExperimentResults {
  experimentId: string;
  name: string;
  metric: ExperimentMetric;
  status: string;
  platform: string;
  campaignId: string | null;
  audienceId: string | null;
  policy: ExperimentPolicy;
  /** No arm has impressions yet: the read-out shows the starting split and the next step. */
  waiting: boolean;
  delivery: DeliveryView;
  arms: ArmResult[];
  srm: SrmView;
  decision: Round["decision"];
  spendMicros: number;
  /** Currency of spendMicros and every arm's money (ISO 4217); null when no source stated one. */
  currency: string | null;
  /** Latest day with metrics for any arm (YYYY-MM-DD). */
  latestMetricDate: string | null;
  /** The allocation in force and the one recommended now (recorded by updateAllocation / update_allocation). */
  allocation: {
    current: AllocationView;
    next: AllocationView & { computedAt: string; effectiveDate: string; frozen: boolean };
  };
  summary: string;
  /** One line: "running — leader X at 87% P(best), needs ~N more impressions" / "done — winner X". */
  statusText: string;
  nextAllocation: { armId: string; share: number }[];
  /** Recorded when the experiment ended (stop_experiment or the scheduler's early stop). */
  finalCall: FinalCall | null;
  /** Whether promoting the named arm (winner, best guess) needs an approver, and why; null while none is named. */
  approval: ApprovalVerdict | null;
  armsWithAds: number;
  /** The one story every surface tells (core/experiments/story.ts). */
  story: Story;
}

export interface ExperimentConfig {
  policy?: unknown;
  platform?: unknown;
  finalCall?: FinalCall;
  appliedSplits?: AppliedSplit[];
}

export interface AllocationView {
  shares: { armId: string; share: number }[];
  computedAt: string | null;
  effectiveDate: string | null;
}

export interface FinalCall {
  armId: string | null;
  assetId: string | null;
  name: string | null;
  /** confident: P(best) over the bar; risk: a near-tie, either is fine; best_guess: stopped before the rule could call it. */
  basis: "confident" | "risk" | "best_guess" | "srm";
  probabilityBest: number | null;
  risk: number | null;
  decision: string;
  recommendation: string;
  reason: string | null;
  at: string;
  actor: string;
}

export interface AllocationUpdate {
  experimentId: string;
  name: string;
  applied: boolean;
  computedAt: string;
  effectiveDate: string;
  frozen: boolean;
  previous: AllocationView;
  next: { armId: string; share: number }[];
  pruned: { armId: string; reason: string }[];
  results: ExperimentResults;
}
