/**
 * The seam between ad platforms and Winnow. A connector speaks its platform's wire format and hands back strictly
 * parsed daily metric records, one page at a time, so ingestion can checkpoint after every page.
 */
export const REPORTED_COUNTERS = ["clicks", "conversions", "spend", "revenue", "video_watch"] as const;
export type ReportedCounter = (typeof REPORTED_COUNTERS)[number];

/**
 * One ad, one UTC day. Money is integer micros in `currency` (ISO 4217; absent or null when the source did not say);
 * conversions as reported, fractions included; watch time is milliseconds (null when not reported).
 */
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
  currency?: string | null | undefined;
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
  /** The experiment arm this ad is for (deployments are per arm, so per audience). */
  armId?: string | undefined;
  name: string;
  /** Slot values from the output's metadata (the simulator prices them; platforms ignore them). */
  slots: Record<string, string>;
  audience?: string | undefined;
  campaignId?: string | undefined;
  /** Dry-run (the default) records a deployment with a fake ad id and touches no network. */
  dryRun: boolean;
  /** The rendered creative; a live push needs it (dry runs and the simulator do not). */
  image?: CreativeImage | undefined;
  /** Copy the output was generated with (metadata.copy); platforms show it beside the image. */
  copy?: CreativeCopy | undefined;
  /** Where the ad goes on the platform; a live push needs it. */
  target?: PushTarget | undefined;
}

export interface CreativeImage {
  bytes: Uint8Array;
  mimeType: string;
  /** File name sent to the platform, e.g. ast_01J....png */
  filename: string;
  width: number;
  height: number;
}

export interface CreativeCopy {
  headline: string;
  body: string;
  cta: string;
}

/** Platform-side placement of a live ad. The ad is always created paused, so nothing spends until someone enables it. */
export interface PushTarget {
  /** Meta ad set id, Google Ads ad group id, TikTok ad group id. */
  adGroupId: string;
  /** Landing page the ad links to (https://...). */
  landingUrl: string;
  /** Meta: the Facebook Page the ad runs as (object_story_spec.page_id). */
  pageId?: string | undefined;
  /** TikTok: the custom identity the ad runs as (identity_id, CUSTOMIZED_USER). */
  identityId?: string | undefined;
  /** Google Ads responsive display ads: business name shown with the ad. */
  businessName?: string | undefined;
}

export interface PushResult {
  platformAdId: string;
  dryRun: boolean;
}

export interface Connector {
  platform: string;
  /** True for import-only platforms (csv): no API to pull or push; a team links its own ads and uploads exports. */
  importOnly?: boolean;
  /** Counters this platform reports; an experiment on a metric needing anything else is refused. */
  reports: readonly ReportedCounter[];
  fetchPage(request: PullRequest): Promise<MetricPage>;
  pushCreative(input: PushCreative): Promise<PushResult>;
  /** Pauses one live ad (stop_experiment pausing the losers); absent where the platform has no API (csv). */
  pauseAd?(platformAdId: string): Promise<void>;
}
