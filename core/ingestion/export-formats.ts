/**
 * The column names of the ad-metric exports Winnow reads, per format: Winnow's own CSV, Meta Ads Manager's "Export
 * table data", Google Ads' report download, TikTok Ads Manager's custom reports and LinkedIn Campaign Manager's ad performance report. Written from those products'
 * export headers (samples in test/fixtures/exports, documented in README "Bring your own metrics"), matched
 * case-insensitively, first listed name first.
 */
export const EXPORT_FORMATS = ["winnow", "meta", "google_ads", "tiktok", "linkedin"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export type Field =
  | "adId"
  | "date"
  | "start"
  | "end"
  | "impressions"
  | "clicks"
  | "conversions"
  | "spend"
  | "revenue"
  | "watchSeconds"
  | "avgPlaySeconds"
  | "videoPlays"
  | "platform"
  | "currency"
  | "resultIndicator";

export interface FormatSpec {
  /** The platform metrics are stored under (and linked ads are matched on). */
  platform: string;
  /** Column names per field, in order of preference (lower-case; a RegExp for names with a currency suffix). */
  columns: Partial<Record<Field, (string | RegExp)[]>>;
  /** Header names only this format uses; detection counts them. */
  signature: (string | RegExp)[];
  missingAdId: string;
  missingDate: string;
}

export const SPEND_WITH_CURRENCY = /^amount spent(?: \(([a-z]{3})\))?$/;
export const COST_WITH_CURRENCY = /^(?:total )?cost(?: \(([a-z]{3})\))?$/;
export const LINKEDIN_SPEND = /^(?:total spent|amount spent|spend)(?: ?\(([a-z]{3})\))?$/;
/** The money columns whose header names the currency, e.g. "Amount spent (EUR)", "Cost (BRL)", "Total Spent (USD)". */
export const MONEY_WITH_CURRENCY = [SPEND_WITH_CURRENCY, COST_WITH_CURRENCY, LINKEDIN_SPEND];

/** Title lines some reports put above the header: "Creative Performance Report (in UTC)", "Ad report", a date range. */
export const MAX_TITLE_LINES = 20;

export const FORMATS: Record<ExportFormat, FormatSpec> = {
  winnow: {
    platform: "csv",
    columns: {
      adId: ["ad_id"],
      date: ["date"],
      impressions: ["impressions"],
      clicks: ["clicks"],
      conversions: ["conversions"],
      spend: ["spend"],
      revenue: ["revenue"],
      watchSeconds: ["video_watch_seconds"],
      platform: ["platform"],
      currency: ["currency"],
    },
    signature: ["ad_id", "video_watch_seconds"],
    missingAdId:
      "The header needs ad_id,date,impressions (and optionally clicks,conversions,spend,revenue,video_watch_seconds,platform,currency).",
    missingDate:
      "The header needs ad_id,date,impressions (and optionally clicks,conversions,spend,revenue,video_watch_seconds,platform,currency).",
  },
  meta: {
    platform: "meta",
    columns: {
      adId: ["ad id"],
      date: ["day", "date"],
      start: ["reporting starts"],
      end: ["reporting ends"],
      impressions: ["impressions"],
      clicks: ["link clicks", "clicks (all)", "clicks"],
      conversions: ["purchases", "website purchases", "results", "conversions"],
      spend: [SPEND_WITH_CURRENCY],
      revenue: [
        "purchases conversion value",
        "website purchases conversion value",
        "purchase conversion value",
        "conversion value",
      ],
      avgPlaySeconds: ["video average play time"],
      videoPlays: ["video plays"],
      currency: ["currency"],
      resultIndicator: ["result indicator", "result type"],
    },
    signature: [
      SPEND_WITH_CURRENCY,
      "reporting starts",
      "reporting ends",
      "link clicks",
      "ad set name",
      "clicks (all)",
      "results",
      "result indicator",
      "frequency",
      "reach",
    ],
    missingAdId:
      "Add the Ad ID column in Ads Manager (Columns → Customize columns → Ad ID), view at ad level, then export again.",
    missingDate: "Export with Breakdown → By time → Day, so each row is one ad on one day.",
  },
  google_ads: {
    platform: "google_ads",
    columns: {
      adId: ["ad id"],
      date: ["day", "date"],
      impressions: ["impr.", "impressions"],
      clicks: ["clicks"],
      conversions: ["conversions", "conv."],
      spend: [COST_WITH_CURRENCY],
      revenue: ["conv. value", "conversion value", "total conv. value"],
      currency: ["currency code", "currency"],
    },
    signature: [
      "impr.",
      "conv. value",
      "currency code",
      "ad group",
      "avg. cpc",
      "cost / conv.",
      "conv. rate",
      "ad group id",
    ],
    missingAdId: "Download the Ads report (Campaigns → Ads) with the Ad ID column (Columns → Attributes → Ad ID).",
    missingDate: "Segment the report by Day (Segment → Time → Day) before downloading.",
  },
  tiktok: {
    platform: "tiktok",
    columns: {
      adId: ["ad id"],
      date: ["by day", "date", "day", "stat time day"],
      impressions: ["impressions"],
      clicks: ["clicks (destination)", "clicks"],
      conversions: ["conversions", "total conversion", "results"],
      spend: [COST_WITH_CURRENCY],
      revenue: [
        "total complete payment value",
        "complete payment value",
        "purchase value (website)",
        "total purchase value",
        "conversion value",
      ],
      avgPlaySeconds: ["average play time per video view"],
      videoPlays: ["video views"],
      currency: ["currency"],
      resultIndicator: ["result indicator", "result type", "optimization event"],
    },
    signature: [
      "clicks (destination)",
      "ctr (destination)",
      "cpc (destination)",
      "by day",
      "ad group name",
      "average play time per video view",
      "video views at 100%",
      "cpa",
      "total complete payment value",
    ],
    missingAdId: "Build the custom report at Ad level with the Ad ID dimension, then export.",
    missingDate: "Add the By Day time dimension to the custom report, then export.",
  },
  linkedin: {
    platform: "linkedin",
    columns: {
      adId: ["creative id", "ad id"],
      date: ["start date (in utc)", "start date", "day", "date"],
      impressions: ["impressions"],
      clicks: ["clicks"],
      conversions: ["conversions", "total conversions"],
      spend: [LINKEDIN_SPEND],
      revenue: ["total conversion value", "conversion value"],
      currency: ["currency"],
    },
    signature: [
      "creative id",
      "creative name",
      "start date (in utc)",
      "campaign group name",
      /^total spent/,
      "average cpm",
      "average cpc",
      "leads",
    ],
    missingAdId: "In Campaign Manager, export the Ad (Creative) performance report, which has the Creative ID column.",
    missingDate: "Choose Time breakdown → Daily when exporting, so each row is one ad on one day.",
  },
};
