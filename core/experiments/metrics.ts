import * as z from "zod";

/** What an experiment optimises. Rates use Beta-Bernoulli; cost per conversion a Gamma-Poisson; the rest normal. */
export const EXPERIMENT_METRICS = ["ctr", "cvr", "cost_per_conversion", "watch_time", "roas"] as const;
export const ExperimentMetric = z.enum(EXPERIMENT_METRICS);
export type ExperimentMetric = z.infer<typeof ExperimentMetric>;

/** The raw counters a platform reports; an arm's totals are sums of these over its deployments and days. */
export interface ArmTotals {
  impressions: number;
  clicks: number;
  conversions: number;
  spendMicros: number;
  revenueMicros: number;
  /** null when the platform did not report watch time for any row. */
  videoWatchMs: number | null;
  /** Daily observations for the normal models (value per unit, and its weight). */
  days: { impressions: number; spendMicros: number; revenueMicros: number; videoWatchMs: number | null }[];
}

export interface MetricInfo {
  label: string;
  /** Which counter a "sample" is counted in, for minimum-sample rules. */
  sampleUnit: "impressions" | "clicks" | "spend_micros";
  lowerIsBetter: boolean;
  /** The platform counters this metric needs. */
  needs: ("clicks" | "conversions" | "spend" | "revenue" | "video_watch")[];
  format(value: number): string;
}

export const METRIC_INFO: Record<ExperimentMetric, MetricInfo> = {
  ctr: {
    label: "click-through rate",
    sampleUnit: "impressions",
    lowerIsBetter: false,
    needs: ["clicks"],
    format: (v) => `${(v * 100).toFixed(2)}%`,
  },
  cvr: {
    label: "conversion rate",
    sampleUnit: "clicks",
    lowerIsBetter: false,
    needs: ["clicks", "conversions"],
    format: (v) => `${(v * 100).toFixed(2)}%`,
  },
  cost_per_conversion: {
    label: "cost per conversion",
    sampleUnit: "spend_micros",
    lowerIsBetter: true,
    needs: ["conversions", "spend"],
    format: (v) => `$${v.toFixed(2)}`,
  },
  watch_time: {
    label: "watch time per impression",
    sampleUnit: "impressions",
    lowerIsBetter: false,
    needs: ["video_watch"],
    format: (v) => `${v.toFixed(2)}s`,
  },
  roas: {
    label: "return on ad spend",
    sampleUnit: "spend_micros",
    lowerIsBetter: false,
    needs: ["spend", "revenue"],
    format: (v) => `${v.toFixed(2)}x`,
  },
};

export function sampleSize(metric: ExperimentMetric, t: ArmTotals): number {
  const unit = METRIC_INFO[metric].sampleUnit;
  if (unit === "impressions") return t.impressions;
  if (unit === "clicks") return t.clicks;
  return t.spendMicros;
}

export const emptyTotals = (): ArmTotals => ({
  impressions: 0,
  clicks: 0,
  conversions: 0,
  spendMicros: 0,
  revenueMicros: 0,
  videoWatchMs: null,
  days: [],
});
