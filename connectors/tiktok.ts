import { WinnowError } from "../core/errors.ts";
import {
  parseCount,
  parseDate,
  parseId,
  parseMoneyToMicros,
  parseRows,
  parseSecondsToMs,
} from "../core/ingestion/parse.ts";
import { retryable } from "../core/ingestion/retry.ts";
import type { Connector, MetricPage, PullRequest, PushCreative, PushResult } from "../core/ingestion/types.ts";
import { dryRunAdId, fetchJson } from "./http.ts";

/**
 * TikTok Marketing API reporting: GET /open_api/v1.3/report/integrated/get/ (BASIC report, AUCTION_AD level, daily).
 * HTTP 200 with `code != 0` is an error; pages come from `data.page_info` (page, total_page).
 */
export interface TikTokOptions {
  accessToken: string;
  advertiserId: string;
  baseUrl?: string;
  pageSize?: number;
}

const RATE_LIMIT = new Set([40100, 40133, 50002]);
const BAD_TOKEN = new Set([40102, 40104, 40105]);
const METRICS = ["impressions", "clicks", "spend", "conversion", "total_complete_payment_value", "average_video_play"];

interface TikTokRow {
  dimensions?: Record<string, unknown>;
  metrics?: Record<string, unknown>;
}

export class TikTokConnector implements Connector {
  readonly platform = "tiktok";
  readonly reports = ["clicks", "conversions", "spend", "revenue", "video_watch"] as const;

  constructor(private readonly o: TikTokOptions) {}

  async pushCreative(input: PushCreative): Promise<PushResult> {
    if (input.dryRun) return { platformAdId: dryRunAdId(this.platform, input.assetId), dryRun: true };
    throw new WinnowError(
      "invalid_input",
      "dryRun: live pushes to TikTok are not enabled in this build. Deploy with dryRun: true (the default).",
      { field: "dryRun" },
    );
  }

  async fetchPage(req: PullRequest): Promise<MetricPage> {
    const page = req.cursor ? Number(req.cursor) : 1;
    const url = new URL(
      `${(this.o.baseUrl ?? "https://business-api.tiktok.com").replace(/\/$/, "")}/open_api/v1.3/report/integrated/get/`,
    );
    url.searchParams.set("advertiser_id", this.o.advertiserId);
    url.searchParams.set("report_type", "BASIC");
    url.searchParams.set("data_level", "AUCTION_AD");
    url.searchParams.set("dimensions", JSON.stringify(["ad_id", "stat_time_day"]));
    url.searchParams.set("metrics", JSON.stringify(METRICS));
    url.searchParams.set("start_date", req.since);
    url.searchParams.set("end_date", req.until);
    url.searchParams.set("page", String(page));
    url.searchParams.set("page_size", String(this.o.pageSize ?? 1000));
    const { body } = await fetchJson(url.toString(), {
      method: "GET",
      platform: "tiktok",
      headers: { "Access-Token": this.o.accessToken },
    });
    const b = (body ?? {}) as {
      code?: number;
      message?: string;
      data?: { list?: TikTokRow[]; page_info?: { page?: number; total_page?: number } };
    };
    if (typeof b.code !== "number") throw new WinnowError("provider_error", "tiktok: response has no numeric code");
    if (b.code !== 0) {
      if (RATE_LIMIT.has(b.code)) throw retryable(`tiktok: rate limited (code ${b.code}): ${b.message ?? ""}`);
      if (BAD_TOKEN.has(b.code))
        throw new WinnowError(
          "unauthorized",
          `tiktok: access token expired or invalid (code ${b.code}): ${b.message ?? ""}. Re-authorise the app and set TIKTOK_ACCESS_TOKEN.`,
          { field: "TIKTOK_ACCESS_TOKEN" },
        );
      throw new WinnowError("provider_error", `tiktok: API error ${b.code}: ${b.message ?? ""}`);
    }
    const list = b.data?.list ?? [];
    const parsed = parseRows(
      list,
      (r, i) => `tiktok page ${page} row ${i} ad ${String(r.dimensions?.ad_id)}`,
      parseRow,
      req,
    );
    const total = b.data?.page_info?.total_page ?? page;
    return { ...parsed, nextCursor: page < total ? String(page + 1) : null };
  }
}

function parseRow(r: TikTokRow) {
  const d = r.dimensions ?? {};
  const m = r.metrics ?? {};
  const impressions = parseCount("impressions", m.impressions);
  const avgPlay = m.average_video_play;
  return {
    platform: "tiktok",
    platformAdId: parseId("ad_id", d.ad_id),
    date: parseDate("stat_time_day", d.stat_time_day),
    impressions,
    clicks: parseCount("clicks", m.clicks ?? "0"),
    conversions: parseCount("conversion", m.conversion ?? "0"),
    spendMicros: parseMoneyToMicros("spend", m.spend ?? "0"),
    revenueMicros: parseMoneyToMicros("total_complete_payment_value", m.total_complete_payment_value ?? "0"),
    videoWatchMs: avgPlay === undefined ? null : parseSecondsToMs("average_video_play", avgPlay) * impressions,
  };
}
