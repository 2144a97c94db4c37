/**
 * The seam between ad platforms and Winnow. A connector speaks its platform's wire format and hands back strictly
 * parsed daily metric records, one page at a time, so ingestion can checkpoint after every page.
 */
export const REPORTED_COUNTERS = ["clicks", "conversions", "spend", "revenue", "video_watch"] as const;
export type ReportedCounter = (typeof REPORTED_COUNTERS)[number];

/** One ad, one UTC day. Money is integer micros; watch time is milliseconds (null when not reported). */
export interface MetricRecord {
  platform: string;
  platformAdId: string;
  date: string;
  impressions: number;
  clicks: number;
  conversions: number;
  spendMicros: number;
  revenueMicros: number;
  videoWatchMs: number | null;
}

export interface Rejection {
  /** Where the bad row came from: page, row index, ad id/date when readable. */
  ref: string;
  reason: string;
}

export interface MetricPage {
  records: MetricRecord[];
  rejected: Rejection[];
  /** Opaque; pass back to fetch the next page; null when the report is complete. */
  nextCursor: string | null;
}

export interface PullRequest {
  /** Inclusive UTC dates, YYYY-MM-DD. */
  since: string;
  until: string;
  cursor: string | null;
  signal?: AbortSignal;
}

export interface PushCreative {
  assetId: string;
  name: string;
  /** Slot values from the output's metadata (the simulator prices them; platforms ignore them). */
  slots: Record<string, string>;
  audience?: string | undefined;
  campaignId?: string | undefined;
  /** Dry-run (the default) records a deployment with a fake ad id and touches no network. */
  dryRun: boolean;
}

export interface PushResult {
  platformAdId: string;
  dryRun: boolean;
}

export interface Connector {
  platform: string;
  /** Counters this platform reports; an experiment on a metric needing anything else is refused. */
  reports: readonly ReportedCounter[];
  fetchPage(request: PullRequest): Promise<MetricPage>;
  pushCreative(input: PushCreative): Promise<PushResult>;
}
