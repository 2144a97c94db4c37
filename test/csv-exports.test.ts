import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixedClock } from "../core/clock.ts";
import { parseMetricsExport } from "../core/ingestion/exports.ts";
import { type CallOutcome, invokeTool } from "../tools/define.ts";
import { findTool } from "../tools/index.ts";
import { makeJpeg } from "./helpers/images.ts";
import { createTestWorkspace, type TestWorkspace, toolContext } from "./helpers/workspace.ts";

const FIXTURES = join(import.meta.dirname, "fixtures", "exports");
const fixture = (name: string) => readFileSync(join(FIXTURES, name), "utf8");

describe("reading the exports teams have", () => {
  it("reads a Meta Ads Manager export: Ad ID, Day, Link clicks, Amount spent (USD) with thousands separators", () => {
    const p = parseMetricsExport(fixture("meta-ads-manager.csv"));
    expect(p).toMatchObject({ format: "meta", platform: "meta", currency: "USD", rows: 7, rejected: [] });
    expect(p.columns).toMatchObject({ adId: "Ad ID", date: "Day", clicks: "Link clicks", spend: "Amount spent (USD)" });
    expect(p.records.find((r) => r.platformAdId === "120214000000000101" && r.date === "2026-03-03")).toMatchObject({
      impressions: 7540,
      clicks: 177,
      conversions: 11,
      spendMicros: 1_011_080_000,
      revenueMicros: 1_296_900_000,
    });
  });

  it("reads a Google Ads download: title rows, Impr., quoted thousands, fractional conversions, Total rows skipped", () => {
    const p = parseMetricsExport(fixture("google-ads.csv"));
    expect(p).toMatchObject({
      format: "google_ads",
      platform: "google_ads",
      currency: "USD",
      rows: 4,
      skippedTotals: 2,
    });
    expect(p.records[0]).toMatchObject({
      platformAdId: "698112345601",
      date: "2026-03-02",
      impressions: 12_340,
      spendMicros: 1_204_500_000,
      conversions: 18,
    });
    expect(p.records[1]!.conversions).toBe(7.5); // kept as reported; rounded only for display
  });

  it("reads a TikTok Ads Manager export, watch time from average play time × video views", () => {
    const p = parseMetricsExport(fixture("tiktok-ads-manager.csv"));
    expect(p).toMatchObject({ format: "tiktok", platform: "tiktok", currency: "USD", rows: 4 });
    expect(p.columns.clicks).toBe("Clicks (destination)");
    expect(p.records[0]).toMatchObject({
      platformAdId: "1792200000000000101",
      clicks: 146,
      videoWatchMs: Math.round(4.18 * 5210 * 1000),
    });
  });

  it("reads comma decimals, tab delimiters, UTF-16 and day/month dates it can tell apart; refuses what it cannot", () => {
    const tabbed = "Ad ID\tDay\tImpr.\tClicks\tCost\tCurrency code\n55\t21/03/2026\t1.234\t12\t1.234,50\tEUR\n";
    const eu = parseMetricsExport(tabbed, { decimalSeparator: "," });
    expect(eu).toMatchObject({ format: "google_ads", currency: "EUR" });
    expect(eu.records[0]).toMatchObject({ date: "2026-03-21", impressions: 1234, spendMicros: 1_234_500_000 });
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(tabbed, "utf16le")]);
    expect(parseMetricsExport(utf16.toString("utf8"), { decimalSeparator: "," }).records).toEqual(eu.records);
    const ambiguous = parseMetricsExport("Ad ID,Day,Impr.,Clicks,Cost\n55,03/04/2026,10,1,1\n");
    expect(ambiguous.rejected[0]!.reason).toMatch(
      /could be day\/month or month\/day and nothing else in the file tells; pass dateOrder "dmy" or "mdy"/,
    );
    const weekly = parseMetricsExport(
      "Reporting starts,Reporting ends,Ad ID,Impressions,Amount spent (USD)\n2026-03-01,2026-03-07,9,100,1\n",
    );
    expect(weekly.rejected[0]!.reason).toMatch(
      /covers 2026-03-01\.\.2026-03-07, not one day; export with Breakdown → By time → Day/,
    );
    expect(() => parseMetricsExport("Ad name,Day,Impressions,Amount spent (USD),Reach\nx,2026-03-01,1,1,1\n")).toThrow(
      /Meta Ads Manager export without an ad id column\. Add the Ad ID column in Ads Manager/,
    );
    expect(
      () =>
        parseMetricsExport("Ad ID,Day,Impressions,Amount spent (USD),Amount spent (EUR)\n1,2026-03-01,1,1,1\n")
          .currency,
    ).not.toThrow();
    expect(() =>
      parseMetricsExport("Ad ID,Day,Impr.,Cost,Currency code\n1,2026-03-01,1,1,USD\n2,2026-03-01,1,1,EUR\n"),
    ).toThrow(/mixes currencies \(USD, EUR\)/);
    expect(() => parseMetricsExport("foo,bar\n1,2\n")).toThrow(/could not tell which export this is/);
    const excel = parseMetricsExport("Ad ID,Day,Impressions,Amount spent (USD)\n1.20214E+17,2026-03-01,10,1\n");
    expect(excel.rejected[0]!.reason).toMatch(/1\.20214E\+17 was shortened by a spreadsheet/);
  });

  it("sums an ad's day split by placement in a platform export, but refuses a repeated row in Winnow's own", () => {
    const meta = parseMetricsExport(
      "Ad ID,Day,Placement,Impressions,Link clicks,Amount spent (USD)\n7,2026-03-01,Feed,100,3,1.5\n7,2026-03-01,Stories,50,1,0.5\n",
    );
    expect(meta.records).toEqual([expect.objectContaining({ impressions: 150, clicks: 4, spendMicros: 2_000_000 })]);
    const named = parseMetricsExport(
      "ad_id,date,impressions,platform\n7,2026-03-01,100,Facebook\n8,2026-03-01,9,Google Ads\n",
    );
    expect(named.records.map((r) => r.platform)).toEqual(["meta", "google_ads"]);
    const own = parseMetricsExport("ad_id,date,impressions\n7,2026-03-01,100\n7,2026-03-01,50\n");
    expect(own.rejected[0]!.reason).toMatch(/appears twice/);
  });
});

describe("manual deployments and CSV ingestion through the tools", () => {
  let ws: TestWorkspace;
  const call = (name: string, args: Record<string, unknown>): Promise<CallOutcome> =>
    invokeTool(findTool(name)!, args, toolContext(ws.services));
  async function ok<T = Record<string, unknown>>(name: string, args: Record<string, unknown>): Promise<T> {
    const out = await call(name, args);
    if (out.isError) throw new Error(`${name} failed: ${out.text}`);
    return out.structured as T;
  }
  const variants: string[] = [];

  beforeAll(async () => {
    ws = await createTestWorkspace({}, { clock: fixedClock("2026-03-05T12:00:00Z") });
    await ok("create_brand", {
      slug: "acme",
      name: "Acme",
      audiences: [
        { slug: "acme-gen-z", name: "Gen Z", aliases: ["zoomers"] },
        { slug: "acme-parents", name: "Parents" },
      ],
    });
    for (const seed of [1, 2]) {
      const { asset } = await ws.services.library.add({
        bytes: await makeJpeg(900 + seed, 64),
        filename: `v${seed}.jpg`,
        meta: { kind: "output", brand: "acme", status: "checked", metadata: { slots: { hook: `h${seed}` } } },
        actor: "test",
      });
      variants.push(asset.id);
    }
  });
  afterAll(async () => {
    await ws.cleanup();
  });

  it("runs one creative as an arm for two audiences, each arm with its own dry-run ad", async () => {
    const a = await ok<{ deployments: { armId: string; platformAdId: string }[] }>("create_experiment", {
      arms: variants,
      metric: "ctr",
      audience: "zoomers",
      platform: "simulator",
    });
    const b = await ok<{ deployments: { armId: string; platformAdId: string }[] }>("create_experiment", {
      arms: variants,
      metric: "ctr",
      audience: "Parents",
      platform: "simulator",
    });
    const ids = [...a.deployments, ...b.deployments].map((d) => d.platformAdId);
    expect(new Set(ids).size).toBe(4);
    const rows = await ws.services.database.client.execute(
      "SELECT d.audience_id, au.slug FROM deployments d JOIN audiences au ON au.id = d.audience_id ORDER BY au.slug",
    );
    expect(rows.rows.map((r) => r.slug)).toEqual(["acme-gen-z", "acme-gen-z", "acme-parents", "acme-parents"]);
  });

  it("links hand-made ads on a platform without a connector, ingests a Winnow CSV for them, and unlinks", async () => {
    const exp = await ok<{ experimentId: string; armIds: string[] }>("create_experiment", {
      arms: variants,
      metric: "ctr",
      audience: "acme-gen-z",
      platform: "csv",
    });
    const link = await ok<{ deployment: { deploymentId: string; platform: string } }>("link_deployment", {
      armId: exp.armIds[0],
      platform: "Pinterest",
      platformAdId: "pin_5501",
    });
    expect(link.deployment.platform).toBe("pinterest");
    await ok("link_deployment", { armId: exp.armIds[1], platform: "pinterest", platformAdId: "pin_5502" });
    const again = await ok<{ created: boolean }>("link_deployment", {
      armId: exp.armIds[1],
      platform: "pinterest",
      platformAdId: "pin_5502",
    });
    expect(again.created).toBe(false);
    const twice = await call("link_deployment", {
      armId: exp.armIds[0],
      platform: "pinterest",
      platformAdId: "pin_5502",
    });
    expect(twice.error?.code).toBe("conflict");
    expect(twice.text).toMatch(/already linked to arm .* an ad counts for one arm only/);
    const wrongAudience = await call("link_deployment", {
      armId: exp.armIds[0],
      platform: "meta",
      platformAdId: "1",
      audience: "Parents",
    });
    expect(wrongAudience.text).toMatch(/audience: experiment .* tests another audience/);

    const listed = await ok<{ items: { platformAdId: string; origin: string; armId: string }[] }>("list_deployments", {
      experimentId: exp.experimentId,
    });
    expect(listed.items.map((d) => [d.platformAdId, d.origin, d.armId]).sort()).toEqual([
      ["pin_5501", "manual", exp.armIds[0]],
      ["pin_5502", "manual", exp.armIds[1]],
    ]);

    writeFileSync(join(ws.dir, "pinterest.csv"), fixture("winnow.csv"));
    const ingested = await ok<{ rowsUpserted: number; linkedAds: number; unknownAdIds: unknown[] }>("ingest_metrics", {
      file: "pinterest.csv",
    });
    // Winnow's header has no platform column: each ad is stored under the platform it is linked on.
    expect(ingested).toMatchObject({ rowsUpserted: 4, linkedAds: 2, unknownAdIds: [] });
    const results = await ok<{ arms: { armId: string; impressions?: number; totals?: { impressions: number } }[] }>(
      "get_experiment_results",
      { experimentId: exp.experimentId },
    );
    const impressions = (id: string) => {
      const arm = results.arms.find((x) => x.armId === id)!;
      return arm.totals?.impressions ?? arm.impressions;
    };
    expect(impressions(exp.armIds[0]!)).toBe(4100 + 4230);

    await ok("unlink_deployment", { platform: "pinterest", platformAdId: "pin_5501" });
    const after = await ok<{ arms: { armId: string; impressions?: number; totals?: { impressions: number } }[] }>(
      "get_experiment_results",
      { experimentId: exp.experimentId },
    );
    const arm0 = after.arms.find((x) => x.armId === exp.armIds[0])!;
    expect(arm0.totals?.impressions ?? arm0.impressions).toBe(0);
    const reingest = await ok<{ unknownAdIds: { platformAdId: string }[] }>("ingest_metrics", {
      csv: fixture("winnow.csv"),
      adPlatform: "pinterest",
    });
    expect(reingest.unknownAdIds.map((u) => u.platformAdId)).toEqual(["pin_5501"]);
    const relinked = await ok<{ metricDays: number; note: string | null }>("link_deployment", {
      armId: exp.armIds[0],
      platform: "pinterest",
      platformAdId: "pin_5501",
    });
    expect(relinked).toMatchObject({ metricDays: 2, note: null });
    // Numbers imported before the ad was linked, from a file that does not say the platform, are pointed out.
    await ok("ingest_metrics", { csv: "ad_id,date,impressions,clicks\npin_7,2026-03-02,500,5\n" });
    const late = await ok<{ metricDays: number; note: string }>("link_deployment", {
      armId: exp.armIds[0],
      platform: "pinterest",
      platformAdId: "pin_7",
    });
    expect(late.metricDays).toBe(0);
    expect(late.note).toMatch(
      /1 day\(s\) for ad pin_7 were imported from a CSV without a platform \(stored as csv\); import that file again/,
    );
  });

  it("says what csv needs, refuses a file outside the import root, and reports bad rows by line", async () => {
    const empty = await call("ingest_metrics", { platform: "csv" });
    expect(empty.text).toMatch(/csv: no CSV given\. Pass the CSV text in csv, or a path under the import root in file/);
    const outside = await call("ingest_metrics", { file: "/etc/passwd" });
    expect(outside.isError).toBe(true);
    expect(outside.text).not.toMatch(/root:x/);
    const badCsv = "ad_id,date,impressions,clicks\nq1,2026-03-01,100,4\nq1,2026-03-02,ten,4\nq2,2026-03-02,5,9\n";
    const refused = await call("ingest_metrics", { csv: badCsv });
    expect(refused.text).toMatch(
      /2 of 3 row\(s\) of this Winnow export could not be read, so nothing was written .*csv line 3: impressions must be a non-negative integer \(got text that is not a number\); csv line 4: clicks \(9\) exceed impressions \(5\).*partial: true/,
    );
    const stored = await ws.services.database.client.execute(
      "SELECT count(*) AS n FROM metrics WHERE platform_ad_id = 'q1'",
    );
    expect(Number(stored.rows[0]!.n)).toBe(0);
    const bad = await ok<{ rowsRejected: number; rowsUpserted: number; rejections: { ref: string; reason: string }[] }>(
      "ingest_metrics",
      { csv: badCsv, partial: true },
    );
    expect(bad.rowsUpserted).toBe(1);
    expect(bad.rejections).toEqual([
      { ref: "csv line 3", reason: "impressions must be a non-negative integer (got text that is not a number)" },
      { ref: "csv line 4", reason: "clicks (9) exceed impressions (5)" },
    ]);
    const wrongPlatform = await call("ingest_metrics", { platform: "meta", csv: "x" });
    expect(wrongPlatform.text).toMatch(/platform: csv and file are imports.*adPlatform: "meta"/);
  });
});
