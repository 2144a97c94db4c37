import * as z from "zod";
import { WinnowError } from "../core/errors.ts";
import { parseCount, parseDate, parseId, parseRows, RowProblem } from "../core/ingestion/parse.ts";
import { retryable } from "../core/ingestion/retry.ts";
import type { Connector, MetricPage, PullRequest, PushCreative, PushResult } from "../core/ingestion/types.ts";
import { dryRunAdId, fetchJson, retryAfter } from "./http.ts";

/**
 * Google Ads API `googleAds:searchStream` with GAQL: the response is a JSON array of batches, each with `results`;
 * int64 fields (impressions, clicks, costMicros) arrive as strings, conversions as doubles. One request per
 * `chunkDays` of the window, so ingestion checkpoints after every chunk.
 */
export interface GoogleAdsOptions {
  accessToken: string;
  developerToken: string;
  customerId: string;
  loginCustomerId?: string;
  baseUrl?: string;
  apiVersion?: string;
  chunkDays?: number;
}

const Row = z.object({
  adGroupAd: z.object({ ad: z.object({ id: z.union([z.string(), z.number()]) }) }).optional(),
  segments: z.object({ date: z.string() }).partial().optional(),
  metrics: z.record(z.string(), z.unknown()).optional(),
});
type Row = z.infer<typeof Row>;
const ErrorBody = z.object({
  error: z.object({ code: z.number(), message: z.string(), status: z.string().optional() }),
});

export class GoogleAdsConnector implements Connector {
  readonly platform = "google_ads";
  readonly reports = ["clicks", "conversions", "spend", "revenue"] as const;

  constructor(private readonly o: GoogleAdsOptions) {}

  async pushCreative(input: PushCreative): Promise<PushResult> {
    if (input.dryRun) return { platformAdId: dryRunAdId(this.platform, input.assetId), dryRun: true };
    throw new WinnowError(
      "invalid_input",
      "dryRun: live pushes to Google Ads are not enabled in this build. Deploy with dryRun: true (the default).",
      { field: "dryRun" },
    );
  }

  async fetchPage(req: PullRequest): Promise<MetricPage> {
    const start = req.cursor ?? req.since;
    const chunkEnd = minDate(addDays(start, (this.o.chunkDays ?? 7) - 1), req.until);
    const query =
      "SELECT ad_group_ad.ad.id, segments.date, metrics.impressions, metrics.clicks, metrics.cost_micros, " +
      "metrics.conversions, metrics.conversions_value FROM ad_group_ad " +
      `WHERE segments.date BETWEEN '${start}' AND '${chunkEnd}'`;
    const base = (this.o.baseUrl ?? "https://googleads.googleapis.com").replace(/\/$/, "");
    const url = `${base}/${this.o.apiVersion ?? "v18"}/customers/${this.o.customerId}/googleAds:searchStream`;
    const { status, body, headers } = await fetchJson(url, {
      method: "POST",
      platform: "google_ads",
      headers: {
        authorization: `Bearer ${this.o.accessToken}`,
        "developer-token": this.o.developerToken,
        "content-type": "application/json",
        ...(this.o.loginCustomerId ? { "login-customer-id": this.o.loginCustomerId } : {}),
      },
      body: JSON.stringify({ query }),
    });
    const errorBody = ErrorBody.safeParse(Array.isArray(body) ? body[0] : body);
    if (status >= 400 || errorBody.success) {
      const e = errorBody.success ? errorBody.data.error : { code: status, message: `HTTP ${status}`, status: "" };
      if (status === 429 || e.status === "RESOURCE_EXHAUSTED")
        throw retryable(`google_ads: rate limited: ${e.message}`, retryAfter(headers));
      if (status === 401 || e.status === "UNAUTHENTICATED")
        throw new WinnowError(
          "unauthorized",
          `google_ads: OAuth access token expired or invalid: ${e.message}. Refresh the token and set GOOGLE_ADS_ACCESS_TOKEN.`,
          { field: "GOOGLE_ADS_ACCESS_TOKEN" },
        );
      throw new WinnowError("provider_error", `google_ads: ${e.status ?? e.code}: ${e.message}`);
    }
    if (!Array.isArray(body))
      throw new WinnowError("provider_error", "google_ads: searchStream must return a JSON array of batches");
    const rows: unknown[] = body.flatMap((batch) =>
      Array.isArray((batch as { results?: unknown }).results) ? (batch as { results: unknown[] }).results : [],
    );
    const parsed = parseRows(
      rows,
      (r, i) => `google_ads row ${i} ${JSON.stringify(r).slice(0, 80)}`,
      (r) => parseRow(r),
      {
        since: start,
        until: chunkEnd,
      },
    );
    return { ...parsed, nextCursor: chunkEnd < req.until ? addDays(chunkEnd, 1) : null };
  }
}

function parseRow(raw: unknown) {
  const r: Row = Row.parse(raw);
  const m = r.metrics ?? {};
  return {
    platform: "google_ads",
    platformAdId: parseId("adGroupAd.ad.id", r.adGroupAd?.ad.id),
    date: parseDate("segments.date", r.segments?.date),
    impressions: parseCount("metrics.impressions", m.impressions ?? "0"),
    clicks: parseCount("metrics.clicks", m.clicks ?? "0"),
    conversions: Math.round(parseDouble("metrics.conversions", m.conversions ?? 0)),
    spendMicros: parseCount("metrics.costMicros", m.costMicros ?? "0"),
    revenueMicros: Math.round(parseDouble("metrics.conversionsValue", m.conversionsValue ?? 0) * 1_000_000),
    videoWatchMs: null,
  };
}

/** Attributed conversions may be fractional; anything not a finite non-negative number is a rejection. */
function parseDouble(field: string, raw: unknown): number {
  const n =
    typeof raw === "number" ? raw : typeof raw === "string" && /^\d+(\.\d+)?$/.test(raw) ? Number(raw) : Number.NaN;
  if (!Number.isFinite(n) || n < 0)
    throw new RowProblem(`${field} must be a non-negative number (got ${JSON.stringify(raw)})`);
  return n;
}

export function addDays(date: string, n: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
}
const minDate = (a: string, b: string) => (a < b ? a : b);
