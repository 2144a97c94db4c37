import * as z from "zod";
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
 * Meta Marketing API insights: ad level, one row per day (time_increment=1), run as an async report
 * (POST /act_{id}/insights → report_run_id → poll async_status → GET /{report_run_id}/insights, paged by
 * paging.cursors.after). Error codes 17, 613 and 80000-range are rate limits (retry with backoff); 190 is an
 * expired or invalid token (stop and say how to fix it).
 */
export interface MetaOptions {
  accessToken: string;
  adAccountId: string;
  baseUrl?: string;
  apiVersion?: string;
  pollIntervalMs?: number;
  maxPolls?: number;
  sleep?: (ms: number) => Promise<void>;
  /** Action type counted as a conversion (and its value as revenue). */
  conversionAction?: string;
}

const FIELDS =
  "ad_id,date_start,date_stop,impressions,clicks,spend,actions,action_values,video_avg_time_watched_actions";
const RATE_LIMIT_CODES = new Set([
  4, 17, 32, 613, 80000, 80001, 80002, 80003, 80004, 80005, 80006, 80008, 80009, 80014,
]);

const MetaError = z.object({
  error: z.object({
    message: z.string(),
    code: z.number(),
    error_subcode: z.number().optional(),
    type: z.string().optional(),
  }),
});
const Action = z.object({ action_type: z.string(), value: z.union([z.string(), z.number()]) });
type MetaRow = Record<string, unknown>;

interface Cursor {
  reportRunId: string;
  after: string | null;
}

export class MetaConnector implements Connector {
  readonly platform = "meta";
  readonly reports = ["clicks", "conversions", "spend", "revenue", "video_watch"] as const;
  private readonly base: string;

  constructor(private readonly o: MetaOptions) {
    this.base = `${(o.baseUrl ?? "https://graph.facebook.com").replace(/\/$/, "")}/${o.apiVersion ?? "v21.0"}`;
  }

  /**
   * Live: upload the image (POST /act_{id}/adimages, base64 `bytes`) → its hash; create the creative
   * (POST /act_{id}/adcreatives, object_story_spec.link_data); create the ad in the ad set, PAUSED so nothing spends
   * until someone enables it (POST /act_{id}/ads). Returns the ad id that insights report as `ad_id`.
   */
  async pushCreative(input: PushCreative): Promise<PushResult> {
    if (input.dryRun) return { platformAdId: dryRunAdId(this.platform, input.assetId, input.armId), dryRun: true };
    const { image, copy, target } = requireLivePush(this.platform, input, ["pageId"]);
    const account = `${this.base}/act_${this.o.adAccountId}`;
    const uploaded = (await this.call(new URL(`${account}/adimages`), {
      method: "POST",
      body: new URLSearchParams({ bytes: Buffer.from(image.bytes).toString("base64"), name: image.filename }),
    })) as { images?: Record<string, { hash?: string }> };
    const hash = Object.values(uploaded.images ?? {})[0]?.hash;
    if (!hash) throw new WinnowError("provider_error", "meta: adimages upload returned no image hash");
    const creative = (await this.call(new URL(`${account}/adcreatives`), {
      method: "POST",
      body: new URLSearchParams({
        name: input.name,
        object_story_spec: JSON.stringify({
          page_id: target.pageId,
          link_data: {
            image_hash: hash,
            link: target.landingUrl,
            message: copy.body,
            name: copy.headline,
            call_to_action: { type: callToActionType(copy, input.slots), value: { link: target.landingUrl } },
          },
        }),
      }),
    })) as { id?: string };
    if (!creative.id) throw new WinnowError("provider_error", "meta: adcreatives returned no creative id");
    const ad = (await this.call(new URL(`${account}/ads`), {
      method: "POST",
      body: new URLSearchParams({
        name: input.name,
        adset_id: target.adGroupId,
        creative: JSON.stringify({ creative_id: creative.id }),
        status: "PAUSED",
      }),
    })) as { id?: string };
    if (!ad.id) throw new WinnowError("provider_error", `meta: ads returned no ad id (creative ${creative.id})`);
    return { platformAdId: ad.id, dryRun: false };
  }

  /** Live pause: POST /{ad_id} with status=PAUSED (the Graph API's ad update); Meta answers {"success": true}. */
  async pauseAd(platformAdId: string): Promise<void> {
    const body = (await this.call(new URL(`${this.base}/${encodeURIComponent(platformAdId)}`), {
      method: "POST",
      body: new URLSearchParams({ status: "PAUSED" }),
    })) as { success?: boolean } | null;
    if (body?.success !== true)
      throw new WinnowError("provider_error", `meta: pausing ad ${platformAdId} did not return success`);
  }

  async fetchPage(req: PullRequest): Promise<MetaPageResult> {
    let cursor: Cursor;
    if (req.cursor) cursor = JSON.parse(req.cursor) as Cursor;
    else cursor = { reportRunId: await this.startReport(req), after: null };
    const url = new URL(`${this.base}/${cursor.reportRunId}/insights`);
    url.searchParams.set("limit", "500");
    if (cursor.after) url.searchParams.set("after", cursor.after);
    const body = (await this.call(url, { method: "GET" })) as {
      data?: MetaRow[];
      paging?: { cursors?: { after?: string }; next?: string };
    };
    const rows = Array.isArray(body.data) ? body.data : [];
    const parsed = parseRows(
      rows,
      (r, i) => `meta row ${i} ad ${String(r.ad_id)} ${String(r.date_start)}`,
      (r) => this.parse(r),
      req,
    );
    // Only a `next` link means another page; the after-cursor alone is also present on the last page.
    const after = body.paging?.next ? (body.paging.cursors?.after ?? null) : null;
    return { ...parsed, nextCursor: after ? JSON.stringify({ reportRunId: cursor.reportRunId, after }) : null };
  }

  private async startReport(req: PullRequest): Promise<string> {
    const url = new URL(`${this.base}/act_${this.o.adAccountId}/insights`);
    const form = new URLSearchParams({
      level: "ad",
      time_increment: "1",
      fields: FIELDS,
      time_range: JSON.stringify({ since: req.since, until: req.until }),
    });
    const started = (await this.call(url, { method: "POST", body: form })) as { report_run_id?: string };
    if (!started.report_run_id)
      throw new WinnowError("provider_error", "meta: async insights report did not return report_run_id");
    const sleep = this.o.sleep ?? ((ms: number) => new Promise((r) => setTimeout(r, ms)));
    for (let i = 0; i < (this.o.maxPolls ?? 60); i++) {
      const status = (await this.call(new URL(`${this.base}/${started.report_run_id}`), { method: "GET" })) as {
        async_status?: string;
        async_percent_completion?: number;
      };
      if (status.async_status === "Job Completed") return started.report_run_id;
      if (status.async_status === "Job Failed" || status.async_status === "Job Skipped")
        throw retryable(`meta: async report ${started.report_run_id} ended with "${status.async_status}"`);
      await sleep(this.o.pollIntervalMs ?? 2000);
    }
    throw retryable(`meta: async report ${started.report_run_id} did not complete in time`);
  }

  private async call(url: URL, init: { method: string; body?: URLSearchParams }) {
    const { status, body } = await fetchJson(url.toString(), {
      method: init.method,
      platform: "meta",
      headers: { authorization: `Bearer ${this.o.accessToken}` },
      ...(init.body ? { body: init.body } : {}),
    });
    const err = MetaError.safeParse(body);
    if (err.success) {
      const { code, message } = err.data.error;
      if (RATE_LIMIT_CODES.has(code) || (code >= 80000 && code < 81000))
        throw retryable(`meta: rate limited (code ${code}): ${message}`);
      if (code === 190)
        throw new WinnowError(
          "unauthorized",
          `meta: access token expired or invalid (code 190): ${message}. Create a new long-lived token and set META_ACCESS_TOKEN.`,
          { field: "META_ACCESS_TOKEN" },
        );
      throw new WinnowError("provider_error", `meta: API error ${code}: ${message}`);
    }
    if (status >= 400) throw new WinnowError("provider_error", `meta: HTTP ${status} from ${url.pathname}`);
    return body;
  }

  private parse(r: MetaRow) {
    const action = this.o.conversionAction ?? "offsite_conversion.fb_pixel_purchase";
    const conv = sumAction(r.actions, action, "actions");
    const revenue = sumMoneyAction(r.action_values, action);
    const watch = r.video_avg_time_watched_actions;
    const impressions = parseCount("impressions", r.impressions);
    let videoWatchMs: number | null = null;
    if (watch !== undefined) {
      // Meta reports an average per play; total watch ≈ average × impressions (plays are not in this field set).
      videoWatchMs = Math.round(parseSecondsToMs("video_avg_time_watched_actions", firstValue(watch)) * impressions);
    }
    return {
      platform: "meta",
      platformAdId: parseId("ad_id", r.ad_id),
      date: parseDate("date_start", r.date_start),
      impressions,
      clicks: parseCount("clicks", r.clicks ?? "0"),
      conversions: conv,
      spendMicros: parseMoneyToMicros("spend", r.spend ?? "0"),
      revenueMicros: revenue,
      videoWatchMs,
    };
  }
}

type MetaPageResult = MetricPage;

function sumAction(raw: unknown, type: string, field: string): number {
  if (raw === undefined) return 0;
  const list = z.array(Action).safeParse(raw);
  if (!list.success) throw new Error(`${field} is not a list of {action_type, value}`);
  return list.data
    .filter((a) => a.action_type === type)
    .reduce((s, a) => s + parseCount(`${field}.${type}`, a.value), 0);
}

function sumMoneyAction(raw: unknown, type: string): number {
  if (raw === undefined) return 0;
  const list = z.array(Action).safeParse(raw);
  if (!list.success) throw new Error("action_values is not a list of {action_type, value}");
  return list.data
    .filter((a) => a.action_type === type)
    .reduce((s, a) => s + parseMoneyToMicros(`action_values.${type}`, a.value), 0);
}

function firstValue(raw: unknown): unknown {
  const list = z.array(Action).safeParse(raw);
  return list.success ? (list.data[0]?.value ?? "0") : raw;
}
