import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { IngestionService } from "../core/ingestion/ingest.ts";
import { silentLogger } from "../core/log.ts";
import { type FakeHandler, startFakePlatform } from "../test/helpers/fake-platforms.ts";
import { createTestWorkspace, type TestWorkspace } from "../test/helpers/workspace.ts";
import { CsvConnector } from "./csv.ts";
import { GoogleAdsConnector } from "./google-ads.ts";
import { MetaConnector } from "./meta.ts";
import { TikTokConnector } from "./tiktok.ts";

let ws: TestWorkspace;
let ingestion: IngestionService;
const noSleep = async () => {};
const fakes: { close(): Promise<void> }[] = [];
async function fake(handler: FakeHandler) {
  const f = await startFakePlatform(handler);
  fakes.push(f);
  return f;
}

beforeEach(async () => {
  ws = await createTestWorkspace();
  ingestion = new IngestionService({ database: ws.services.database, clock: ws.services.clock, logger: silentLogger });
});
afterEach(async () => {
  await Promise.all(fakes.splice(0).map((f) => f.close()));
  await ws.cleanup();
});

const metricRows = async () =>
  (await ws.services.database.client.execute("SELECT * FROM metrics ORDER BY platform_ad_id, date")).rows;
const historyCount = async () =>
  Number((await ws.services.database.client.execute("SELECT count(*) AS n FROM metric_history")).rows[0]!.n);

describe("Meta Marketing API insights", () => {
  /** Async report run, two pages by cursor, one rate-limit hiccup, a duplicate, a malformed number, out-of-order dates. */
  function metaHandler(state: { conversions: string; rateLimited: boolean; polls: number }): FakeHandler {
    return (req) => {
      expect(req.headers.authorization).toBe("Bearer tok-123");
      const path = req.url.pathname;
      if (req.method === "POST" && path === "/v21.0/act_42/insights") {
        const form = new URLSearchParams(req.body);
        expect(form.get("level")).toBe("ad");
        expect(form.get("time_increment")).toBe("1");
        expect(JSON.parse(form.get("time_range")!)).toEqual({ since: "2026-03-01", until: "2026-03-03" });
        if (!state.rateLimited) {
          state.rateLimited = true;
          return {
            status: 400,
            body: { error: { message: "User request limit reached", code: 17, type: "OAuthException" } },
          };
        }
        return { body: { report_run_id: "777" } };
      }
      if (req.method === "GET" && path === "/v21.0/777") {
        state.polls++;
        return {
          body: {
            id: "777",
            async_status: state.polls < 2 ? "Job Running" : "Job Completed",
            async_percent_completion: 100,
          },
        };
      }
      if (req.method === "GET" && path === "/v21.0/777/insights") {
        if (!req.url.searchParams.get("after")) {
          return {
            body: {
              data: [
                {
                  ad_id: "a1",
                  date_start: "2026-03-02",
                  date_stop: "2026-03-02",
                  impressions: "1000",
                  clicks: "20",
                  spend: "12.34",
                  actions: [{ action_type: "offsite_conversion.fb_pixel_purchase", value: state.conversions }],
                  action_values: [{ action_type: "offsite_conversion.fb_pixel_purchase", value: "90.00" }],
                },
                {
                  ad_id: "a1",
                  date_start: "2026-03-01",
                  date_stop: "2026-03-01",
                  impressions: "900",
                  clicks: "15",
                  spend: "10",
                },
                {
                  ad_id: "a2",
                  date_start: "2026-03-01",
                  date_stop: "2026-03-01",
                  impressions: "12k",
                  clicks: "3",
                  spend: "1",
                },
              ],
              paging: {
                cursors: { before: "b0", after: "c1" },
                next: "https://graph.facebook.com/v21.0/777/insights?after=c1",
              },
            },
          };
        }
        expect(req.url.searchParams.get("after")).toBe("c1");
        return {
          body: {
            data: [
              // duplicate of a row on page 1 (Meta repeats rows around page boundaries)
              {
                ad_id: "a1",
                date_start: "2026-03-01",
                date_stop: "2026-03-01",
                impressions: "900",
                clicks: "15",
                spend: "10",
              },
              {
                ad_id: "a2",
                date_start: "2026-03-03",
                date_stop: "2026-03-03",
                impressions: "50",
                clicks: "80",
                spend: "0.5",
              },
            ],
            paging: { cursors: { before: "c1", after: "c2" } },
          },
        };
      }
      return { status: 404, body: { error: { message: `no route ${path}`, code: 100 } } };
    };
  }

  it("runs an async ad-level daily report across cursor pages, backs off on code 17, keeps valid rows and rejects bad ones with reasons", async () => {
    const state = { conversions: "2", rateLimited: false, polls: 0 };
    const server = await fake(metaHandler(state));
    const meta = new MetaConnector({
      accessToken: "tok-123",
      adAccountId: "42",
      baseUrl: server.url,
      pollIntervalMs: 0,
      sleep: noSleep,
    });
    const report = await ingestion.run(meta, {
      since: "2026-03-01",
      until: "2026-03-03",
      actor: "test",
      sleep: noSleep,
    });
    expect(report.status).toBe("succeeded");
    expect(report.pages).toBe(2);
    const rows = await metricRows();
    expect(rows.map((r) => `${r.platform_ad_id}@${r.date}`)).toEqual(["a1@2026-03-01", "a1@2026-03-02"]);
    expect(rows[1]).toMatchObject({
      impressions: 1000,
      clicks: 20,
      conversions: 2,
      spend_micros: 12_340_000,
      revenue_micros: 90_000_000,
    });
    expect(report.rowsRejected).toBe(2);
    expect(report.rejections.map((r) => r.reason)).toEqual([
      'impressions must be a non-negative integer (got "12k")',
      "clicks (80) exceed impressions (50)",
    ]);
    expect(server.seen.filter((r) => r.method === "POST")).toHaveLength(2);
  });

  it("is idempotent on re-run and keeps the previous numbers when Meta restates a day", async () => {
    const state = { conversions: "2", rateLimited: true, polls: 5 };
    const server = await fake(metaHandler(state));
    const meta = new MetaConnector({
      accessToken: "tok-123",
      adAccountId: "42",
      baseUrl: server.url,
      pollIntervalMs: 0,
      sleep: noSleep,
    });
    const opts = { since: "2026-03-01", until: "2026-03-03", actor: "test", sleep: noSleep };
    expect((await ingestion.run(meta, opts)).rowsUpserted).toBe(2);
    const before = await metricRows();
    const again = await ingestion.run(meta, opts);
    expect(again.rowsUpserted).toBe(0);
    expect(await metricRows()).toEqual(before);
    expect(await historyCount()).toBe(0);
    state.conversions = "3"; // late-attributed purchase: the platform restates 2026-03-02
    expect((await ingestion.run(meta, opts)).rowsUpserted).toBe(1);
    expect((await metricRows())[1]).toMatchObject({ conversions: 3 });
    const history = (await ws.services.database.client.execute("SELECT * FROM metric_history")).rows;
    expect(history).toHaveLength(1);
    expect(JSON.parse(String(history[0]!.previous))).toMatchObject({ conversions: 2, impressions: 1000 });
  });

  it("stops on an expired token (code 190) with a message saying how to fix it, and records the failed run", async () => {
    const server = await fake(() => ({
      status: 400,
      body: {
        error: {
          message: "Error validating access token: Session has expired",
          type: "OAuthException",
          code: 190,
          error_subcode: 463,
        },
      },
    }));
    const meta = new MetaConnector({ accessToken: "old", adAccountId: "42", baseUrl: server.url, sleep: noSleep });
    await expect(
      ingestion.run(meta, { since: "2026-03-01", until: "2026-03-03", actor: "test", sleep: noSleep }),
    ).rejects.toThrow(/token expired or invalid \(code 190\).*META_ACCESS_TOKEN/);
    expect(server.seen).toHaveLength(1); // not retried
    const runs = (await ws.services.database.client.execute("SELECT status, error FROM ingestion_runs")).rows;
    expect(runs[0]).toMatchObject({ status: "failed" });
  });

  it("gives up after the retry budget when the platform keeps rate limiting (code 80000), recording the error", async () => {
    const server = await fake(() => ({
      status: 400,
      body: { error: { message: "There have been too many calls", code: 80000 } },
    }));
    const meta = new MetaConnector({ accessToken: "t", adAccountId: "42", baseUrl: server.url, sleep: noSleep });
    const waits: number[] = [];
    await expect(
      ingestion.run(meta, {
        since: "2026-03-01",
        until: "2026-03-01",
        actor: "test",
        retries: 3,
        baseDelayMs: 100,
        sleep: async (ms) => void waits.push(ms),
      }),
    ).rejects.toThrow(/rate limited \(code 80000\)/);
    expect(waits).toEqual([100, 200, 400]);
    expect(server.seen).toHaveLength(4);
  });
});

describe("Google Ads searchStream", () => {
  it("sends GAQL per date chunk, parses string int64 metrics and cost_micros, and checkpoints per chunk", async () => {
    const server = await fake((req) => {
      expect(req.url.pathname).toBe("/v18/customers/1234567890/googleAds:searchStream");
      expect(req.headers["developer-token"]).toBe("dev-tok");
      const { query } = JSON.parse(req.body) as { query: string };
      expect(query).toMatch(/FROM ad_group_ad WHERE segments\.date BETWEEN/);
      const from = /BETWEEN '([\d-]+)'/.exec(query)![1]!;
      return {
        body: [
          {
            results: [
              {
                adGroupAd: { ad: { id: "991" } },
                segments: { date: from },
                metrics: {
                  impressions: "1200",
                  clicks: "30",
                  costMicros: "4560000",
                  conversions: 2.0,
                  conversionsValue: 80.5,
                },
              },
            ],
            fieldMask: "x",
            requestId: "r1",
          },
          {
            results: [
              {
                adGroupAd: { ad: { id: "992" } },
                segments: { date: from },
                metrics: { impressions: "NaN", clicks: "1", costMicros: "1" },
              },
            ],
          },
        ],
      };
    });
    const g = new GoogleAdsConnector({
      accessToken: "at",
      developerToken: "dev-tok",
      customerId: "1234567890",
      baseUrl: server.url,
      chunkDays: 2,
    });
    const report = await ingestion.run(g, { since: "2026-03-01", until: "2026-03-05", actor: "test", sleep: noSleep });
    expect(report.pages).toBe(3);
    expect(server.seen).toHaveLength(3);
    const rows = await metricRows();
    expect(rows).toHaveLength(3);
    expect(rows[0]).toMatchObject({
      platform: "google_ads",
      platform_ad_id: "991",
      spend_micros: 4_560_000,
      revenue_micros: 80_500_000,
      conversions: 2,
      impressions: 1200,
    });
    expect(report.rowsRejected).toBe(3);
    expect(report.rejections[0]!.reason).toMatch(/metrics\.impressions must be a non-negative integer/);
  });

  it("turns 401 UNAUTHENTICATED into a clear unauthorized error and 429 into a retried rate limit", async () => {
    let calls = 0;
    const server = await fake(() => {
      calls++;
      if (calls === 1)
        return {
          status: 429,
          body: [{ error: { code: 429, message: "Resource has been exhausted", status: "RESOURCE_EXHAUSTED" } }],
        };
      return {
        status: 401,
        body: {
          error: { code: 401, message: "Request had invalid authentication credentials.", status: "UNAUTHENTICATED" },
        },
      };
    });
    const g = new GoogleAdsConnector({ accessToken: "at", developerToken: "d", customerId: "1", baseUrl: server.url });
    await expect(
      ingestion.run(g, { since: "2026-03-01", until: "2026-03-01", actor: "test", sleep: noSleep }),
    ).rejects.toMatchObject({
      code: "unauthorized",
    });
    expect(calls).toBe(2);
  });
});

describe("TikTok reporting", () => {
  it("follows page_info, treats code != 0 as an error and retries rate limits (40100)", async () => {
    let hits = 0;
    const server = await fake((req) => {
      expect(req.url.pathname).toBe("/open_api/v1.3/report/integrated/get/");
      expect(req.headers["access-token"]).toBe("tt");
      expect(req.url.searchParams.get("data_level")).toBe("AUCTION_AD");
      hits++;
      if (hits === 1) return { body: { code: 40100, message: "Too many requests", request_id: "x", data: {} } };
      const page = Number(req.url.searchParams.get("page"));
      const row = (ad: string, day: string, imps: string) => ({
        dimensions: { ad_id: ad, stat_time_day: `${day} 00:00:00` },
        metrics: {
          impressions: imps,
          clicks: "5",
          spend: "3.21",
          conversion: "1",
          total_complete_payment_value: "40",
          average_video_play: "2.5",
        },
      });
      return {
        body: {
          code: 0,
          message: "OK",
          request_id: "r",
          data: {
            list:
              page === 1
                ? [row("t1", "2026-03-02", "100"), row("t1", "2026-03-01", "90")]
                : [row("t2", "2026-03-01", "-4")],
            page_info: { page, page_size: 2, total_number: 3, total_page: 2 },
          },
        },
      };
    });
    const t = new TikTokConnector({ accessToken: "tt", advertiserId: "adv", baseUrl: server.url, pageSize: 2 });
    const report = await ingestion.run(t, { since: "2026-03-01", until: "2026-03-02", actor: "test", sleep: noSleep });
    expect(report.pages).toBe(2);
    expect(report.rowsUpserted).toBe(2);
    expect(report.rejections[0]!.reason).toMatch(/impressions must be a non-negative integer \(got "-4"\)/);
    expect((await metricRows())[0]).toMatchObject({ spend_micros: 3_210_000, video_watch_ms: 225_000 });
  });

  it("reports an expired token (40105) without retrying", async () => {
    const server = await fake(() => ({
      body: { code: 40105, message: "Access token is incorrect or has been revoked.", data: {} },
    }));
    const t = new TikTokConnector({ accessToken: "x", advertiserId: "adv", baseUrl: server.url });
    await expect(
      ingestion.run(t, { since: "2026-03-01", until: "2026-03-01", actor: "test", sleep: noSleep }),
    ).rejects.toThrow(/TIKTOK_ACCESS_TOKEN/);
    expect(server.seen).toHaveLength(1);
  });
});

describe("CSV import", () => {
  it("keeps valid lines, rejects malformed ones with line numbers, and a re-import changes nothing", async () => {
    const csv = [
      "ad_id,date,impressions,clicks,conversions,spend,revenue",
      "x1,2026-03-01,100,4,1,2.50,30",
      "x1,2026-02-30,100,4,1,2.50,30",
      "x2,2026-03-01,100,4,1,2.5.0,30",
      "x2,2026-03-02,1000,12,0,9.999999,0",
    ].join("\n");
    const opts = { since: "2026-03-01", until: "2026-03-02", actor: "test", sleep: noSleep };
    const first = await ingestion.run(new CsvConnector(csv), opts);
    expect(first.rowsUpserted).toBe(2);
    expect(first.rejections).toEqual([
      { ref: "csv line 3", reason: 'date must be a date YYYY-MM-DD (got "2026-02-30")' },
      { ref: "csv line 4", reason: 'spend must be a non-negative decimal amount (got "2.5.0")' },
    ]);
    expect((await metricRows())[1]).toMatchObject({ spend_micros: 9_999_999 });
    expect((await ingestion.run(new CsvConnector(csv), opts)).rowsUpserted).toBe(0);
  });
});
