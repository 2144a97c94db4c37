import { copyFileSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixedClock } from "../core/clock.ts";
import { openDatabase } from "../db/client.ts";
import { type CallOutcome, invokeTool } from "../tools/define.ts";
import { findTool } from "../tools/index.ts";
import { runWinnow } from "./helpers/cli.ts";
import { createTestWorkspace, type TestWorkspace, toolContext } from "./helpers/workspace.ts";

/**
 * End to end over exports written from the platforms' own help pages by someone who never saw the reader
 * (test/fixtures/exports/platform-docs/README.md lists the sources): each file is ingested as a team would (the MCP
 * tool with a file under the import root; the CLI for some) and the stored numbers are compared with the sums
 * computed by hand in expected.json.
 */
const DIR = join(import.meta.dirname, "fixtures", "exports", "platform-docs");

interface Figures {
  impressions: number;
  clicks: number;
  spendMicros: number;
  conversions: number | null;
}
interface Expected {
  file: string;
  platform: string;
  currency: string;
  summaryRowsSkipped: number;
  titleRowsSkipped: number;
  dataRows: number;
  conversionsCounted: boolean | "refuse";
  perAd: Record<string, Figures>;
  totals: Figures;
  days: string[];
}
const EXPECTED = JSON.parse(readFileSync(join(DIR, "expected.json"), "utf8")) as Expected[];

type Row = {
  ad: string;
  date: string;
  impressions: number;
  clicks: number;
  spend: number;
  conversions: number;
  currency: string | null;
};

async function storedFor(query: (sql: string, args: string[]) => Promise<Row[]>, e: Expected) {
  const ads = Object.keys(e.perAd);
  const rows = await query(
    `SELECT platform_ad_id AS ad, date, impressions, clicks, spend_micros AS spend, conversions, currency FROM metrics WHERE platform = ? AND platform_ad_id IN (${ads.map(() => "?").join(",")})`,
    [e.platform, ...ads],
  );
  const perAd: Record<string, Figures> = {};
  for (const r of rows) {
    const f = perAd[r.ad] ?? { impressions: 0, clicks: 0, spendMicros: 0, conversions: 0 };
    perAd[r.ad] = f;
    f.impressions += Number(r.impressions);
    f.clicks += Number(r.clicks);
    f.spendMicros += Number(r.spend);
    f.conversions = Math.round(((f.conversions ?? 0) + Number(r.conversions)) * 1e6) / 1e6;
  }
  return {
    perAd,
    days: [...new Set(rows.map((r) => r.date))].sort(),
    currencies: [...new Set(rows.map((r) => r.currency))],
  };
}

/** The hand-computed figures, with "refuse" conversions read as: none counted (stored 0, and the reply says why). */
const wanted = (e: Expected) =>
  Object.fromEntries(Object.entries(e.perAd).map(([ad, f]) => [ad, { ...f, conversions: f.conversions ?? 0 }]));

describe("platform exports written from the platforms' help pages, ingested end to end", () => {
  let ws: TestWorkspace;
  const call = (args: Record<string, unknown>): Promise<CallOutcome> =>
    invokeTool(findTool("ingest_metrics")!, args, toolContext(ws.services));

  beforeAll(async () => {
    ws = await createTestWorkspace({}, { clock: fixedClock("2026-12-20T09:00:00Z") });
  });
  afterAll(async () => {
    await ws.cleanup();
  });

  for (const e of EXPECTED) {
    it(`${e.file}: stored totals match the hand-computed sums`, async () => {
      copyFileSync(join(DIR, e.file), join(ws.dir, e.file));
      const out = await call({ file: e.file });
      expect(out.isError, out.text).toBe(false);
      const r = out.structured as Record<string, unknown>;
      expect(r).toMatchObject({
        currency: e.currency,
        rowsRead: e.dataRows,
        skippedTotals: e.summaryRowsSkipped,
        rowsRejected: 0,
        source: e.file.endsWith(".xlsx") ? "xlsx" : "csv",
      });
      expect((r.reading as { inferred: string[] }).inferred.join("; ")).toMatch(
        e.titleRowsSkipped ? new RegExp(`${e.titleRowsSkipped} title line\\(s\\) above the header skipped`) : /export/,
      );
      const got = await storedFor(
        async (sql, args) => (await ws.services.database.client.execute({ sql, args })).rows as unknown as Row[],
        e,
      );
      expect(got.perAd).toEqual(wanted(e));
      expect(got.days).toEqual(e.days);
      expect(got.currencies).toEqual([e.currency]);
      if (e.conversionsCounted === "refuse") expect(out.text).toMatch(/Results was not counted as conversions/);
      // Re-ingesting the same file changes nothing.
      expect((await call({ file: e.file })).structured).toMatchObject({ rowsUpserted: 0 });
    });
  }
});

describe("the same exports through `winnow ingest`", () => {
  const home = mkdtempSync(join(tmpdir(), "winnow-cli-exports-"));
  afterAll(() => rmSync(home, { recursive: true, force: true }));

  for (const name of ["meta-de_DE.csv", "google-ads.xlsx"]) {
    it(`${name}: the CLI streams it from where it is and stores the hand-computed sums`, async () => {
      const e = EXPECTED.find((x) => x.file === name)!;
      const run = await runWinnow(["ingest", join(DIR, name), "--json"], { cwd: home, dataDir: join(home, "data") });
      expect(run.code, run.stderr).toBe(0);
      expect(JSON.parse(run.stdout)).toMatchObject({ currency: e.currency, rowsRead: e.dataRows });
      const database = await openDatabase({ url: `file:${join(home, "data", "winnow.db")}` });
      try {
        const got = await storedFor(
          async (sql, args) => (await database.client.execute({ sql, args })).rows as unknown as Row[],
          e,
        );
        expect(got.perAd).toEqual(wanted(e));
      } finally {
        database.close();
      }
    }, 60_000);
  }
});
