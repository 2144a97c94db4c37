/**
 * Metric ingestion throughput: daily ad-metric rows upserted into a libSQL file through the production path
 * (IngestionService → MetricWriter: for a local file, one prepared multi-row INSERT ... ON CONFLICT DO UPDATE
 * reused inside one transaction per page via the `libsql` package, the page checkpoint in the same transaction). Measures a first load and a full restatement re-pull (every row changes, so
 * every row also writes restatement history), and checks an identical re-pull changes nothing.
 * Target: >= 50,000 rows/s. Then (bench/ingestion-file.ts) a 1M-row export file through ingest_metrics while /healthz is
 * polled: rows/s and healthz p99 (<= 200 ms). Prints one JSON object. Run: npm run bench:ingestion
 * (BENCH_ROWS: connector rows, 0 skips them; BENCH_FILE_ROWS / BENCH_FILE_ADS: the file's rows and ads, 0 rows skips it).
 */
import { mkdtempSync, rmSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { fixedClock } from "../core/clock.ts";
import { IngestionService } from "../core/ingestion/ingest.ts";
import type { Connector, MetricPage, MetricRecord, PullRequest } from "../core/ingestion/types.ts";
import { silentLogger } from "../core/log.ts";
import { openDatabase } from "../db/client.ts";
import { LOCAL_ROWS_PER_STATEMENT } from "../db/repositories/metrics.ts";
import { benchFileImport } from "./ingestion-file.ts";

const ROWS = Number(process.env.BENCH_ROWS ?? 200_000);
const PAGE = 5_000;
const ADS = 2_000;

function records(restated: boolean): MetricRecord[] {
  const out: MetricRecord[] = [];
  for (let i = 0; i < ROWS; i++) {
    const ad = i % ADS;
    const day = Math.floor(i / ADS);
    out.push({
      platform: "bench",
      platformAdId: `ad${ad}`,
      date: new Date(Date.UTC(2026, 0, 1) + day * 86_400_000).toISOString().slice(0, 10),
      impressions: 1000 + (i % 97),
      clicks: 10 + (i % 13),
      conversions: (i % 5) + (restated ? 1 : 0),
      spendMicros: 1_230_000 + i,
      revenueMicros: 45_000_000,
      videoWatchMs: null,
    });
  }
  return out;
}

function connector(all: MetricRecord[]): Connector {
  return {
    platform: "bench",
    reports: ["clicks", "conversions", "spend", "revenue"],
    async pushCreative() {
      return { platformAdId: "x", dryRun: true };
    },
    async fetchPage(req: PullRequest): Promise<MetricPage> {
      const offset = req.cursor ? Number(req.cursor) : 0;
      return {
        records: all.slice(offset, offset + PAGE),
        rejected: [],
        nextCursor: offset + PAGE < all.length ? String(offset + PAGE) : null,
      };
    },
  };
}

const dir = mkdtempSync(join(tmpdir(), "winnow-bench-ingest-"));
const database = await openDatabase({ url: `file:${join(dir, "bench.db")}` });
const clock = fixedClock("2026-09-01T00:00:00Z");
const svc = new IngestionService({ database, clock, logger: silentLogger });
const window = { since: "2026-01-01", until: "2026-12-31", actor: "bench" };

/** Wall-clock and this process's CPU time: on a shared machine CPU seconds say what the code costs. */
async function timed(all: MetricRecord[]) {
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const report = await svc.run(connector(all), window);
  const seconds = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(cpu0);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  clock.advance(60_000);
  return {
    rows: all.length,
    rowsChanged: report.rowsUpserted,
    seconds: round(seconds),
    rowsPerSecond: Math.round(all.length / seconds),
    cpuUserSeconds: round(cpu.user / 1e6),
    cpuSystemSeconds: round(cpu.system / 1e6),
    rowsPerCpuSecond: Math.round(all.length / cpuSeconds),
  };
}
const round = (x: number) => Math.round(x * 1000) / 1000;

const loadBefore = loadavg();

// BENCH_ROWS=0 skips the connector runs (only the file import below).
const first = ROWS > 0 ? await timed(records(false)) : null;
const restatement = ROWS > 0 ? await timed(records(true)) : null;
const identical = ROWS > 0 ? await timed(records(true)) : null;
const history = Number((await database.client.execute("SELECT count(*) AS n FROM metric_history")).rows[0]!.n);
database.close();
rmSync(dir, { recursive: true, force: true });
// Issue 23: a 1M-row export through ingest_metrics {file} while /healthz is polled (BENCH_FILE_ROWS=0 skips it).
const fileImport = Number(process.env.BENCH_FILE_ROWS ?? 1) > 0 ? await benchFileImport() : null;

const result = {
  benchmark: "ingestion",
  rows: ROWS,
  rowsPerStatement: LOCAL_ROWS_PER_STATEMENT,
  pageSize: PAGE,
  firstLoad: first,
  restatementRepull: restatement && { ...restatement, historyRows: history },
  identicalRepull: identical,
  fileImport,
  note: "shared 2-core machine; other developers' processes were running",
  loadAverageBefore: loadBefore.map(round),
  loadAverageAfter: loadavg().map(round),
  cpus: cpus().length,
  pass: {
    ...(first && restatement && identical
      ? {
          firstLoadRowsPerSecond: first.rowsPerSecond >= 50_000,
          restatementRowsPerSecond: restatement.rowsPerSecond >= 50_000,
          idempotentRepull: identical.rowsChanged === 0,
          historyKept: history === ROWS,
        }
      : {}),
    ...(fileImport
      ? {
          fileImportRowsPerSecond: fileImport.pass.rowsPerSecond,
          fileImportHealthzP99: fileImport.pass.healthzP99,
          fileImportAllRows: fileImport.pass.allRows,
          fileImportIdempotentReimport: fileImport.pass.idempotentReimport,
        }
      : {}),
  },
};
process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
