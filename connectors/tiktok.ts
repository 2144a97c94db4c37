import { createHash } from "node:crypto";
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
import { callToActionType, requireLivePush } from "./push.ts";

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

  /**
   * Live: upload the image (multipart POST /open_api/v1.3/file/image/ad/upload/, UPLOAD_BY_FILE with its MD5 as
   * image_signature) → image_id; create a SINGLE_IMAGE ad in the ad group, disabled so nothing spends until someone
   * enables it (POST /open_api/v1.3/ad/create/) → ad_ids[0], the id reports carry as ad_id.
   */
  async pushCreative(input: PushCreative): Promise<PushResult> {
    if (input.dryRun) return { platformAdId: dryRunAdId(this.platform, input.assetId, input.armId), dryRun: true };
    const { image, copy, target } = requireLivePush(this.platform, input, ["identityId"]);
    const form = new FormData();
    form.set("advertiser_id", this.o.advertiserId);
    form.set("upload_type", "UPLOAD_BY_FILE");
    form.set("image_signature", createHash("md5").update(image.bytes).digest("hex"));
    form.set("file_name", image.filename);
    form.set("image_file", new Blob([Buffer.from(image.bytes)], { type: image.mimeType }), image.filename);
    const uploaded = (await this.call("/open_api/v1.3/file/image/ad/upload/", { method: "POST", body: form })) as {
      image_id?: string;
    };
    if (!uploaded?.image_id) throw new WinnowError("provider_error", "tiktok: image upload returned no image_id");
    const created = (await this.call("/open_api/v1.3/ad/create/", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        advertiser_id: this.o.advertiserId,
        adgroup_id: target.adGroupId,
        creatives: [
          {
            ad_name: input.name.slice(0, 512),
            ad_format: "SINGLE_IMAGE",
            image_ids: [uploaded.image_id],
            ad_text: copy.body.slice(0, 100),
            call_to_action: callToActionType(copy, input.slots),
            landing_page_url: target.landingUrl,
            identity_type: "CUSTOMIZED_USER",
            identity_id: target.identityId,
            operation_status: "DISABLE",
          },
        ],
      }),
    })) as { ad_ids?: (string | number)[] };
    const adId = created?.ad_ids?.[0];
    if (adId === undefined) throw new WinnowError("provider_error", "tiktok: ad/create returned no ad_ids");
    return { platformAdId: String(adId), dryRun: false };
  }

  /** Live pause: POST /open_api/v1.3/ad/status/update/ with operation_status DISABLE for the one ad. */
  async pauseAd(platformAdId: string): Promise<void> {
    await this.call("/open_api/v1.3/ad/status/update/", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ advertiser_id: this.o.advertiserId, ad_ids: [platformAdId], operation_status: "DISABLE" }),
    });
  }

  /** One Marketing API call; HTTP 200 with `code != 0` is an error like any other. Returns `data`. */
  private async call(path: string, init: { method: string; body?: BodyInit; headers?: Record<string, string> }) {
    const base = (this.o.baseUrl ?? "https://business-api.tiktok.com").replace(/\/$/, "");
    const { body } = await fetchJson(`${base}${path}`, {
      method: init.method,
      platform: "tiktok",
      headers: { "Access-Token": this.o.accessToken, ...init.headers },
      ...(init.body ? { body: init.body } : {}),
    });
    return checkCode(body).data;
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
    const b = checkCode(body) as {
      data?: { list?: TikTokRow[]; page_info?: { page?: number; total_page?: number } };
    };
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

function checkCode(body: unknown): { code: number; message?: string; data?: unknown } {
  const b = (body ?? {}) as { code?: number; message?: string; data?: unknown };
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
  return b as { code: number; message?: string; data?: unknown };
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
