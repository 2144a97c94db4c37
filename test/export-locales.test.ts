import { writeFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixedClock } from "../core/clock.ts";
import { type CallOutcome, invokeTool } from "../tools/define.ts";
import { findTool } from "../tools/index.ts";
import { makeJpeg } from "./helpers/images.ts";
import { createTestWorkspace, type TestWorkspace, toolContext } from "./helpers/workspace.ts";

/**
 * Exports as teams in Berlin, Paris, São Paulo and New York download them, through ingest_metrics. The samples are
 * written inline, in each product's column names, to pin one behaviour each; the platform-sourced fixtures and their
 * hand-computed totals are checked in test/export-fixtures.test.ts.
 */
describe("exports as teams really download them", () => {
  let ws: TestWorkspace;
  const call = (name: string, args: Record<string, unknown>): Promise<CallOutcome> =>
    invokeTool(findTool(name)!, args, toolContext(ws.services));
  async function ok<T = Record<string, unknown>>(name: string, args: Record<string, unknown>): Promise<T> {
    const out = await call(name, args);
    if (out.isError) throw new Error(`${name} failed: ${out.text}`);
    return out.structured as T;
  }
  const stored = async (adId: string) =>
    (
      await ws.services.database.client.execute({
        sql: "SELECT date, impressions, clicks, conversions, spend_micros AS spend, revenue_micros AS revenue, currency FROM metrics WHERE platform_ad_id = ? ORDER BY date",
        args: [adId],
      })
    ).rows.map((r) => ({ ...r }));
  let armIds: string[] = [];
  let experimentId = "";

  beforeAll(async () => {
    ws = await createTestWorkspace({}, { clock: fixedClock("2026-12-10T12:00:00Z") });
    await ok("create_brand", { slug: "acme", name: "Acme", audiences: [{ slug: "acme-de", name: "Germany" }] });
    const ids: string[] = [];
    for (const seed of [1, 2]) {
      const { asset } = await ws.services.library.add({
        bytes: await makeJpeg(700 + seed, 64),
        filename: `v${seed}.jpg`,
        meta: { kind: "output", brand: "acme", status: "checked", metadata: { slots: { hook: `h${seed}` } } },
        actor: "test",
      });
      ids.push(asset.id);
    }
    const exp = await ok<{ experimentId: string; armIds: string[] }>("create_experiment", {
      arms: ids,
      metric: "cvr",
      audience: "acme-de",
      platform: "csv",
    });
    experimentId = exp.experimentId;
    armIds = exp.armIds;
    await ok("link_deployment", { armId: armIds[0], platform: "meta", platformAdId: "120210000000000001" });
    await ok("link_deployment", { armId: armIds[1], platform: "meta", platformAdId: "120210000000000002" });
  });
  afterAll(async () => {
    await ws.cleanup();
  });

  it("reads a Berlin Meta export: semicolons, decimal commas, dotted day-first dates, EUR from the header, totals row skipped", async () => {
    const csv = [
      "Reporting starts;Reporting ends;Ad name;Ad ID;Day;Impressions;Link clicks;Purchases;Amount spent (EUR)",
      "30.11.2026;01.12.2026;;;;10.240;250;14;229,40",
      "01.12.2026;01.12.2026;Frühling A;120210000000000001;01.12.2026;5.120;120;7;114,70",
      "30.11.2026;30.11.2026;Frühling A;120210000000000001;30.11.2026;2.560;60;3;57,35",
      "01.12.2026;01.12.2026;Frühling B;120210000000000002;01.12.2026;2.560;70;4;57,35",
    ].join("\n");
    const r = await ok<Record<string, unknown>>("ingest_metrics", { csv });
    expect(r).toMatchObject({
      format: "meta",
      currency: "EUR",
      rowsRead: 3,
      skippedTotals: 1,
      rowsRejected: 0,
      reading: { delimiter: ";", decimalSeparator: ",", dateOrder: "dmy" },
      experimentIds: [experimentId],
    });
    expect((r.reading as { inferred: string[] }).inferred.join("; ")).toMatch(
      /day-first dates \(from the file's dates \(30\.11\.2026 is day-first\)\)/,
    );
    expect(await stored("120210000000000001")).toEqual([
      {
        date: "2026-11-30",
        impressions: 2560,
        clicks: 60,
        conversions: 3,
        spend: 57_350_000,
        revenue: 0,
        currency: "EUR",
      },
      {
        date: "2026-12-01",
        impressions: 5120,
        clicks: 120,
        conversions: 7,
        spend: 114_700_000,
        revenue: 0,
        currency: "EUR",
      },
    ]);
    const text = (await call("ingest_metrics", { csv })).text;
    expect(text).toMatch(/money in EUR/);
    expect(text).toMatch(/separator semicolon, decimal comma/);
    expect(text).toMatch(/1 summary row\(s\) skipped/);
  });

  it("resolves Paris slash dates from the rest of the file, and lets an explicit dateOrder win", async () => {
    const header = "Ad ID,Day,Impr.,Clicks,Conversions,Cost,Currency code";
    const paris = [
      header,
      '"9001","01/12/2026","1 234","12","1,50","10,50","EUR"',
      '"9001","13/12/2026","100","1","0,67","1,00","EUR"',
    ];
    const r = await ok<{ reading: { dateOrder: string; decimalSeparator: string } }>("ingest_metrics", {
      csv: paris.join("\n"),
    });
    expect(r.reading).toMatchObject({ dateOrder: "dmy", decimalSeparator: "," });
    expect((await stored("9001")).map((d) => [d.date, d.conversions])).toEqual([
      ["2026-12-01", 1.5],
      ["2026-12-13", 0.67],
    ]);
    const ambiguous = `Ad ID,Day,Impr.,Clicks,Cost\n9002,03/04/2026,10,1,1.00\n`;
    const refused = await call("ingest_metrics", { csv: ambiguous });
    expect(refused.text).toMatch(/nothing was written.*could be day\/month or month\/day.*pass dateOrder/);
    await ok("ingest_metrics", { csv: ambiguous, dateOrder: "mdy" });
    expect((await stored("9002"))[0]!.date).toBe("2026-03-04");
    await ok("ingest_metrics", { csv: ambiguous.replace("9002", "9003"), locale: "en-GB" });
    expect((await stored("9003"))[0]!.date).toBe("2026-04-03");
  });

  it("counts Meta Results only when the result indicator says a conversion, and says so", async () => {
    const csv = [
      "Ad name,Ad ID,Day,Impressions,Link clicks,Results,Result indicator,Amount spent (USD)",
      "A,120210000000000101,2026-12-02,1000,40,288,actions:link_click,10.00",
      "B,120210000000000102,2026-12-02,1000,40,17,actions:offsite_conversion.fb_pixel_purchase,10.00",
      "C,120210000000000103,2026-12-02,1000,40,5,lead,10.00",
    ].join("\n");
    const out = await call("ingest_metrics", { csv });
    expect(out.isError).toBe(false);
    expect(out.structured).toMatchObject({ ignoredResults: [{ indicator: "actions:link_click", rows: 1 }] });
    expect(out.text).toMatch(/1 row\(s\) of Results counted actions:link_click, not a conversion/);
    expect((await stored("120210000000000101"))[0]!.conversions).toBe(0);
    expect((await stored("120210000000000102"))[0]!.conversions).toBe(17);
    expect((await stored("120210000000000103"))[0]!.conversions).toBe(5);
    const bare = await call("ingest_metrics", {
      csv: "Ad name,Ad ID,Day,Impressions,Results,Amount spent (USD)\nA,120210000000000104,2026-12-02,1000,30,1.00\n",
    });
    expect(bare.text).toMatch(/Results was not counted as conversions: the export has no Result indicator column/);
    expect((await stored("120210000000000104"))[0]!.conversions).toBe(0);
  });

  it("keeps Google Ads' fractional conversions as reported, and the experiment read-out takes them", async () => {
    const assets = (
      await ws.services.database.client.execute({
        sql: "SELECT asset_id FROM arms WHERE experiment_id = ? ORDER BY id",
        args: [experimentId],
      })
    ).rows.map((r) => String(r.asset_id));
    const exp = await ok<{ experimentId: string; armIds: string[] }>("create_experiment", {
      arms: assets,
      metric: "cvr",
      audience: "acme-fr",
      platform: "csv",
    });
    await ok("link_deployment", { armId: exp.armIds[0], platform: "google_ads", platformAdId: "698100000001" });
    await ok("link_deployment", { armId: exp.armIds[1], platform: "google_ads", platformAdId: "698100000002" });
    const csv = [
      "Ad report",
      '"December 1, 2026 - December 2, 2026"',
      "Ad ID,Day,Impr.,Clicks,Conversions,Cost,Currency code",
      "698100000001,2026-12-01,1000,60,1.50,10.00,USD",
      "698100000001,2026-12-02,1000,60,0.67,10.00,USD",
      "698100000001,2026-12-02,500,20,2.00,5.00,USD",
      "698100000002,2026-12-01,1000,50,1.33,10.00,USD",
      "Total: Account,--,3500,190,5.50,35.00,USD",
    ].join("\n");
    const r = await ok<{ experimentIds: string[]; skippedTotals: number }>("ingest_metrics", { csv });
    expect(r).toMatchObject({ experimentIds: [exp.experimentId], skippedTotals: 1 });
    const results = await ok<{ arms: { armId: string; conversions: number }[] }>("get_experiment_results", {
      experimentId: exp.experimentId,
    });
    const conversions = Object.fromEntries(results.arms.map((a) => [a.armId, a.conversions]));
    expect(conversions[exp.armIds[0]!]).toBeCloseTo(4.17, 9);
    expect(conversions[exp.armIds[1]!]).toBeCloseTo(1.33, 9);
  });

  it("reads LinkedIn Campaign Manager's own report with its title lines", async () => {
    const csv = [
      "Creative Performance Report (in UTC)",
      '"Report Start: 12/1/2026, 12:00 AM"',
      '"Report End: 12/2/2026, 11:59 PM"',
      "Date Generated: 12/3/2026",
      "",
      "Start Date (in UTC),Account Name,Campaign Name,Creative Name,Creative ID,Currency,Total Spent,Impressions,Clicks,Conversions",
      "12/1/2026,Acme,Spring,Hero,777001,USD,25.50,3000,21,2",
      "12/2/2026,Acme,Spring,Hero,777001,USD,30.25,3500,30,1",
      "12/13/2026,Acme,Spring,Hero,777001,USD,1.00,10,0,0",
    ].join("\n");
    const r = await ok<Record<string, unknown>>("ingest_metrics", { csv });
    expect(r).toMatchObject({ format: "linkedin", platform: "csv", currency: "USD", rowsRead: 3 });
    expect((await stored("777001")).map((d) => [d.date, d.spend])).toEqual([
      ["2026-12-01", 25_500_000],
      ["2026-12-02", 30_250_000],
      ["2026-12-13", 1_000_000],
    ]);
  });

  it("reads .xlsx from the import root and from bytes, typed cells and all", async () => {
    const wb = new ExcelJS.Workbook();
    const sheet = wb.addWorksheet("Raw Data Report");
    sheet.addRow(["Ad name", "Ad ID", "Day", "Impressions", "Link clicks", "Purchases", "Amount spent (BRL)"]);
    sheet.addRow([]);
    sheet.addRow(["Verão", "120210000000000201", new Date(Date.UTC(2026, 11, 3)), 4321, 55, 3, 123.45]);
    sheet.addRow(["Verão", "120210000000000201", "04/12/2026", "1.000", "10", "1", "10,50"]);
    sheet.addRow(["Verão", "120210000000000201", "13/12/2026", "1.000", "10", "0", "0,01"]);
    const bytes = Buffer.from(await wb.xlsx.writeBuffer());
    writeFileSync(join(ws.dir, "meta-sp.xlsx"), bytes);
    const r = await ok<Record<string, unknown>>("ingest_metrics", { file: "meta-sp.xlsx" });
    expect(r).toMatchObject({ source: "xlsx", format: "meta", currency: "BRL", rowsRead: 3 });
    expect((await stored("120210000000000201")).map((d) => [d.date, d.impressions, d.spend])).toEqual([
      ["2026-12-03", 4321, 123_450_000],
      ["2026-12-04", 1000, 10_500_000],
      ["2026-12-13", 1000, 10_000],
    ]);
    const again = await ok<{ rowsUpserted: number }>("ingest_metrics", { contentBase64: bytes.toString("base64") });
    expect(again.rowsUpserted).toBe(0);
  });

  it("never adds currencies: another currency in one experiment is refused, or converted at the team's rate", async () => {
    // The experiment's ads already have EUR (the Berlin file); a USD file for one of them is refused whole.
    const usd =
      "Ad name,Ad ID,Day,Impressions,Link clicks,Purchases,Amount spent (USD)\nA,120210000000000002,2026-12-05,100,5,1,20.00\n";
    const refused = await call("ingest_metrics", { csv: usd });
    expect(refused.error?.code).toBe("conflict");
    expect(refused.text).toMatch(
      /experiment exp_\w+ already has money in EUR; this file's is in USD\. Winnow never adds currencies together\. Ingest it with convertTo: "EUR" and exchangeRate/,
    );
    expect(await stored("120210000000000002")).toHaveLength(1);
    const converted = await ok<{ currency: string; conversion: unknown }>("ingest_metrics", {
      csv: usd,
      convertTo: "EUR",
      exchangeRate: 0.92,
    });
    expect(converted).toMatchObject({ currency: "EUR", conversion: { from: "USD", to: "EUR", rate: 0.92 } });
    expect((await stored("120210000000000002")).at(-1)).toMatchObject({ spend: 18_400_000, currency: "EUR" });
    // Every figure names its currency: the experiment's spend is euros, not dollars.
    const top = await call("top_performers", { metric: "spend", experiment: experimentId, from: "2026-11-01" });
    expect(top.text).toMatch(/€\d[\d,]*\.\d\d spend/);
    expect(top.text).not.toMatch(/\$\d/);
    const results = await call("get_experiment_results", { experimentId });
    expect(results.structured).toMatchObject({ currency: "EUR" });
    expect(results.text).toMatch(/€\d/);
    // An ad linked after its dollars came in would make a mix: the read-out refuses plainly instead of adding.
    await ok("ingest_metrics", { csv: usd.replace("120210000000000002", "120210000000000009") });
    await ok("link_deployment", { armId: armIds[1], platform: "meta", platformAdId: "120210000000000009" });
    const mixed = await call("get_experiment_results", { experimentId });
    expect(mixed.error?.code).toBe("conflict");
    expect(mixed.text).toMatch(/has money in (EUR and USD|USD and EUR), and Winnow never adds currencies together/);
    await ok("unlink_deployment", { platform: "meta", platformAdId: "120210000000000009" });
  });

  it("never quotes a file's content and does not open dotfiles", async () => {
    writeFileSync(join(ws.dir, ".env"), "SLACK_BOT_TOKEN=xoxb-1234-secret\nOPENAI_API_KEY=sk-secret\n");
    const dot = await call("ingest_metrics", { file: ".env" });
    expect(dot.text).toMatch(/file: hidden files \(names starting with a dot\) are not read/);
    writeFileSync(join(ws.dir, "env.csv"), "SLACK_BOT_TOKEN=xoxb-1234-secret,ad id\nOPENAI_API_KEY=sk-secret,1\n");
    const probe = await call("ingest_metrics", { file: "env.csv" });
    expect(probe.isError).toBe(true);
    expect(probe.text).not.toMatch(/xoxb|sk-secret|SLACK_BOT_TOKEN|OPENAI/);
    expect(probe.text).toMatch(/could not tell which export this is/);
  });
});
