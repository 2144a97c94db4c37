import * as z from "zod";
import { WinnowError } from "../core/errors.ts";
import { parseCount, parseDate, parseId, parseRows, RowProblem } from "../core/ingestion/parse.ts";
import { retryable } from "../core/ingestion/retry.ts";
import type { Connector, MetricPage, PullRequest, PushCreative, PushResult } from "../core/ingestion/types.ts";
import { dryRunAdId, fetchJson, retryAfter } from "./http.ts";
import { requireLivePush } from "./push.ts";

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
  error: z.object({
    code: z.number(),
    message: z.string(),
    status: z.string().optional(),
    details: z.array(z.unknown()).optional(),
  }),
});

/** GoogleAdsFailure details carry the precise reason (e.g. "Resource was not found.") under errors[].message. */
function firstFailure(details: unknown[] | undefined): string | undefined {
  for (const d of details ?? []) {
    const errors = (d as { errors?: { message?: string; errorCode?: Record<string, string> }[] }).errors;
    const first = errors?.[0];
    if (first?.message)
      return `${first.message}${first.errorCode ? ` (${Object.values(first.errorCode).join(", ")})` : ""}`;
  }
  return undefined;
}

export class GoogleAdsConnector implements Connector {
  readonly platform = "google_ads";
  readonly reports = ["clicks", "conversions", "spend", "revenue"] as const;

  constructor(private readonly o: GoogleAdsOptions) {}

  /**
   * Live: create an image asset (assets:mutate, base64 data), then a PAUSED responsive display ad in the ad group
   * that uses it (adGroupAds:mutate). Responses carry resource names; the ad id is the part after `~` in
   * customers/{cid}/adGroupAds/{adGroupId}~{adId}, which is what searchStream reports as ad_group_ad.ad.id.
   */
  async pushCreative(input: PushCreative): Promise<PushResult> {
    if (input.dryRun) return { platformAdId: dryRunAdId(this.platform, input.assetId, input.armId), dryRun: true };
    const { image, copy, target } = requireLivePush(this.platform, input);
    const customer = `customers/${this.o.customerId}`;
    const asset = await this.mutate("assets", {
      operations: [
        {
          create: {
            name: `${input.name} (${input.assetId})`.slice(0, 250),
            type: "IMAGE",
            imageAsset: { data: Buffer.from(image.bytes).toString("base64") },
          },
        },
      ],
    });
    // Landscape images are marketing images (1.91:1); square ones square marketing images (1:1).
    const slot = image.width >= image.height * 1.5 ? "marketingImages" : "squareMarketingImages";
    const ad = await this.mutate("adGroupAds", {
      operations: [
        {
          create: {
            adGroup: `${customer}/adGroups/${target.adGroupId}`,
            status: "PAUSED",
            ad: {
              name: input.name.slice(0, 250),
              finalUrls: [target.landingUrl],
              responsiveDisplayAd: {
                [slot]: [{ asset }],
                headlines: [{ text: copy.headline.slice(0, 30) }],
                longHeadline: { text: copy.headline.slice(0, 90) },
                descriptions: [{ text: copy.body.slice(0, 90) }],
                businessName: (target.businessName ?? input.name).slice(0, 25),
                callToActionText: copy.cta.slice(0, 10),
              },
            },
          },
        },
      ],
    });
    const adId = /~(\d+)$/.exec(ad)?.[1];
    if (!adId) throw new WinnowError("provider_error", `google_ads: unexpected ad group ad resource name ${ad}`);
    return { platformAdId: adId, dryRun: false };
  }

  /**
   * Live pause: find the ad's resource name (customers/{cid}/adGroupAds/{adGroupId}~{adId}) with a GAQL query, then
   * adGroupAds:mutate an update of its status to PAUSED with updateMask "status".
   */
  async pauseAd(platformAdId: string): Promise<void> {
    if (!/^\d+$/.test(platformAdId))
      throw new WinnowError("invalid_input", `google_ads: ad id ${platformAdId} is not numeric`, {
        field: "platformAdId",
      });
    const { status, body, headers } = await fetchJson(`${this.customerUrl()}/googleAds:searchStream`, {
      method: "POST",
      platform: "google_ads",
      headers: this.headers(),
      body: JSON.stringify({
        query: `SELECT ad_group_ad.resource_name FROM ad_group_ad WHERE ad_group_ad.ad.id = ${platformAdId}`,
      }),
    });
    this.throwOnError(status, body, headers);
    const resourceName = (Array.isArray(body) ? body : [])
      .flatMap((b) => ((b as { results?: unknown[] }).results ?? []) as { adGroupAd?: { resourceName?: string } }[])
      .map((r) => r.adGroupAd?.resourceName)
      .find(Boolean);
    if (!resourceName) throw new WinnowError("not_found", `google_ads: ad ${platformAdId} not found in the account`);
    const r = await fetchJson(`${this.customerUrl()}/adGroupAds:mutate`, {
      method: "POST",
      platform: "google_ads",
      headers: this.headers(),
      body: JSON.stringify({ operations: [{ update: { resourceName, status: "PAUSED" }, updateMask: "status" }] }),
    });
    this.throwOnError(r.status, r.body, r.headers);
  }

  /** One create operation through `{resource}:mutate`; returns the created resource name. */
  private async mutate(resource: "assets" | "adGroupAds", payload: unknown): Promise<string> {
    const { status, body, headers } = await fetchJson(`${this.customerUrl()}/${resource}:mutate`, {
      method: "POST",
      platform: "google_ads",
      headers: this.headers(),
      body: JSON.stringify(payload),
    });
    this.throwOnError(status, body, headers);
    const name = (body as { results?: { resourceName?: string }[] } | null)?.results?.[0]?.resourceName;
    if (!name) throw new WinnowError("provider_error", `google_ads: ${resource}:mutate returned no resourceName`);
    return name;
  }

  private customerUrl() {
    const base = (this.o.baseUrl ?? "https://googleads.googleapis.com").replace(/\/$/, "");
    return `${base}/${this.o.apiVersion ?? "v18"}/customers/${this.o.customerId}`;
  }

  private headers(): Record<string, string> {
    return {
      authorization: `Bearer ${this.o.accessToken}`,
      "developer-token": this.o.developerToken,
      "content-type": "application/json",
      ...(this.o.loginCustomerId ? { "login-customer-id": this.o.loginCustomerId } : {}),
    };
  }

  /** Google errors: 429/RESOURCE_EXHAUSTED retry, 401/UNAUTHENTICATED say how to fix, the rest name the failure. */
  private throwOnError(status: number, body: unknown, headers: Headers) {
    const errorBody = ErrorBody.safeParse(Array.isArray(body) ? body[0] : body);
    if (status < 400 && !errorBody.success) return;
    const e = errorBody.success ? errorBody.data.error : { code: status, message: `HTTP ${status}`, status: "" };
    if (status === 429 || e.status === "RESOURCE_EXHAUSTED")
      throw retryable(`google_ads: rate limited: ${e.message}`, retryAfter(headers));
    if (status === 401 || e.status === "UNAUTHENTICATED")
      throw new WinnowError(
        "unauthorized",
        `google_ads: OAuth access token expired or invalid: ${e.message}. Refresh the token and set GOOGLE_ADS_ACCESS_TOKEN.`,
        { field: "GOOGLE_ADS_ACCESS_TOKEN" },
      );
    const detail = errorBody.success ? firstFailure(errorBody.data.error.details) : undefined;
    throw new WinnowError("provider_error", `google_ads: ${e.status || e.code}: ${detail ?? e.message}`);
  }

  async fetchPage(req: PullRequest): Promise<MetricPage> {
    const start = req.cursor ?? req.since;
    const chunkEnd = minDate(addDays(start, (this.o.chunkDays ?? 7) - 1), req.until);
    const query =
      "SELECT ad_group_ad.ad.id, segments.date, metrics.impressions, metrics.clicks, metrics.cost_micros, " +
      "metrics.conversions, metrics.conversions_value FROM ad_group_ad " +
      `WHERE segments.date BETWEEN '${start}' AND '${chunkEnd}'`;
    const { status, body, headers } = await fetchJson(`${this.customerUrl()}/googleAds:searchStream`, {
      method: "POST",
      platform: "google_ads",
      headers: this.headers(),
      body: JSON.stringify({ query }),
    });
    this.throwOnError(status, body, headers);
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
