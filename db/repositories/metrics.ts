import type { Client, InStatement } from "@libsql/client";
import { sql } from "drizzle-orm";
import Sqlite from "libsql";
import type { MetricRecord } from "../../core/ingestion/types.ts";
import { type Database, inWriteTurn, type Tx } from "../client.ts";

/** Rows per multi-row INSERT sent through @libsql/client (remote): DESIGN.md measured ~58k rows/s at 500. */
export const UPSERT_CHUNK = 500;
/** Rows per prepared statement on the local path: 1 row ran ~77k rows/s, 50–200 rows ~90–100k rows/s here. */
export const LOCAL_ROWS_PER_STATEMENT = 64;
const COLUMNS = 12;
const LOCAL_CACHE_KIB = 64 * 1024;

const HEAD =
  "INSERT INTO metrics (platform, platform_ad_id, date, impressions, clicks, conversions, spend_micros, revenue_micros, video_watch_ms, currency, ingestion_run_id, updated_at) VALUES ";
/**
 * Only rows whose numbers changed are updated, so a re-run of the same data writes nothing; a real restatement
 * updates the row and the metrics_restated trigger (migration 0002) keeps the previous values in metric_history.
 * (A staging table + one INSERT ... SELECT into history per chunk was measured instead: ~2x slower than the trigger.)
 */
const TAIL = ` ON CONFLICT (platform, platform_ad_id, date) DO UPDATE SET
  impressions = excluded.impressions, clicks = excluded.clicks, conversions = excluded.conversions,
  spend_micros = excluded.spend_micros, revenue_micros = excluded.revenue_micros, video_watch_ms = excluded.video_watch_ms,
  currency = excluded.currency, ingestion_run_id = excluded.ingestion_run_id, updated_at = excluded.updated_at
WHERE metrics.impressions IS NOT excluded.impressions OR metrics.clicks IS NOT excluded.clicks
  OR metrics.conversions IS NOT excluded.conversions OR metrics.spend_micros IS NOT excluded.spend_micros
  OR metrics.revenue_micros IS NOT excluded.revenue_micros OR metrics.video_watch_ms IS NOT excluded.video_watch_ms
  OR metrics.currency IS NOT excluded.currency`;

const sqlCache = new Map<number, string>();
/** The upsert statement for `rows` rows (cached: the same text is prepared once per connection). */
function upsertSql(rows: number): string {
  let s = sqlCache.get(rows);
  if (!s) {
    const one = `(${new Array(COLUMNS).fill("?").join(",")})`;
    s = HEAD + new Array(rows).fill(one).join(",") + TAIL;
    sqlCache.set(rows, s);
  }
  return s;
}

function pushArgs(args: (string | number | null)[], r: MetricRecord, runId: string | null, at: string) {
  args.push(
    r.platform,
    r.platformAdId,
    r.date,
    r.impressions,
    r.clicks,
    r.conversions,
    r.spendMicros,
    r.revenueMicros,
    r.videoWatchMs,
    r.currency ?? null,
    runId,
    at,
  );
}

const localSqlCache = new Map<number, string>();
/**
 * The local path's upsert for `rows` rows: the run id and the time are the same for every row of a page, so they are
 * bound once per statement (?1, ?2) and each row binds its own ten values (?3...): fewer values to convert per row.
 */
function localUpsertSql(rows: number): string {
  let s = localSqlCache.get(rows);
  if (!s) {
    const tuples: string[] = [];
    for (let i = 0; i < rows; i++) {
      const b = 3 + i * ROW_VALUES;
      const own = Array.from({ length: ROW_VALUES }, (_, k) => `?${b + k}`);
      tuples.push(`(${own.join(",")},?1,?2)`);
    }
    s = HEAD + tuples.join(",") + TAIL;
    localSqlCache.set(rows, s);
  }
  return s;
}
const ROW_VALUES = COLUMNS - 2;

function pushRowValues(args: (string | number | null)[], r: MetricRecord) {
  args.push(
    r.platform,
    r.platformAdId,
    r.date,
    r.impressions,
    r.clicks,
    r.conversions,
    r.spendMicros,
    r.revenueMicros,
    r.videoWatchMs,
    r.currency ?? null,
  );
}

/** Multi-row upsert statements, `UPSERT_CHUNK` rows each; the caller runs them (ideally in one batch/transaction). */
export function upsertStatements(records: MetricRecord[], runId: string | null, at: string): InStatement[] {
  const out: InStatement[] = [];
  for (let i = 0; i < records.length; i += UPSERT_CHUNK) {
    const end = Math.min(records.length, i + UPSERT_CHUNK);
    const args: (string | number | null)[] = [];
    for (let j = i; j < end; j++) pushArgs(args, records[j] as MetricRecord, runId, at);
    out.push({ sql: upsertSql(end - i), args });
  }
  return out;
}

/** Statements to run after a page's upserts, in the same transaction, given how many rows actually changed. */
export type AfterUpsert = (changed: number) => InStatement[];

/**
 * Writes pages of metric records, each page with its bookkeeping statements in one transaction.
 * Local files go through the `libsql` package directly: one prepared statement reused inside one transaction is
 * the fastest path measured (@libsql/client adds a conversion layer per statement). Remote URLs use an interactive
 * @libsql/client transaction of multi-row statements.
 */
export interface MetricWriter {
  /** Upserts `records` (deduplicated by key, last wins); returns how many rows were inserted or actually changed. */
  writePage(records: MetricRecord[], runId: string | null, at: string, after?: AfterUpsert): Promise<number>;
  close(): void;
}

export function openMetricWriter(database: Database): MetricWriter {
  return database.file
    ? new LocalMetricWriter(database.file, database.client)
    : new ClientMetricWriter(database.client);
}

class LocalMetricWriter implements MetricWriter {
  private connection: Sqlite.Database | undefined;
  private readonly statements = new Map<number, Sqlite.Statement>();

  constructor(
    private readonly file: string,
    private readonly client: Client,
  ) {}

  private open(): Sqlite.Database {
    if (!this.connection) {
      const connection = new Sqlite(this.file, { timeout: 5000 });
      // WAL is the file's (set at open); synchronous is per connection and FULL would fsync every commit.
      connection.exec("PRAGMA synchronous = NORMAL");
      // Upserts land all over the (platform, ad, date) index; the default 2 MB page cache re-reads pages from the OS.
      connection.exec(`PRAGMA cache_size = -${LOCAL_CACHE_KIB}`);
      // Checkpoints stay at SQLite's default (every 1000 WAL pages, ~4 MB): a checkpoint runs inside the commit that
      // crosses the mark, synchronously, and an 8192-page one held the event loop for hundreds of ms. Rows written in
      // key order rewrite few pages twice, so checkpointing often costs little.
      this.connection = connection;
    }
    return this.connection;
  }

  private statement(rows: number): Sqlite.Statement {
    let st = this.statements.get(rows);
    if (!st) {
      st = this.open().prepare(localUpsertSql(rows));
      this.statements.set(rows, st);
    }
    return st;
  }

  writePage(records: MetricRecord[], runId: string | null, at: string, after?: AfterUpsert): Promise<number> {
    // Key order keeps consecutive upserts on neighbouring index pages.
    const rows = sortedLastWins(records);
    // The in-process write queue keeps this connection's transaction from overlapping the client's (see client.ts).
    return inWriteTurn(this.client, () => {
      const connection = this.open();
      const write = connection.transaction(() => {
        let changed = 0;
        const step = LOCAL_ROWS_PER_STATEMENT;
        const args: (string | number | null)[] = [];
        for (let i = 0; i < rows.length; i += step) {
          const end = Math.min(rows.length, i + step);
          args.length = 0;
          args.push(runId, at);
          for (let j = i; j < end; j++) pushRowValues(args, rows[j] as MetricRecord);
          // One array, not spread arguments: the driver takes it as is (a spread list is copied and flattened).
          changed += this.statement(end - i).run(args).changes;
        }
        for (const s of after?.(changed) ?? []) {
          if (typeof s === "string") connection.prepare(s).run();
          else connection.prepare(s.sql).run(...((s.args ?? []) as unknown[]));
        }
        return changed;
      });
      return write.immediate();
    });
  }

  close() {
    this.statements.clear();
    this.connection?.close();
    this.connection = undefined;
  }
}

class ClientMetricWriter implements MetricWriter {
  constructor(private readonly client: Client) {}

  async writePage(records: MetricRecord[], runId: string | null, at: string, after?: AfterUpsert) {
    const statements = upsertStatements(dedupeLastWins(records), runId, at);
    const tx = await this.client.transaction("write");
    try {
      const results = statements.length > 0 ? await tx.batch(statements) : [];
      const changed = results.reduce((s, r) => s + r.rowsAffected, 0);
      const tail = after?.(changed) ?? [];
      if (tail.length > 0) await tx.batch(tail);
      await tx.commit();
      return changed;
    } finally {
      tx.close();
    }
  }

  close() {}
}

/** Upserts records in one transaction; returns how many rows were inserted or actually changed. */
export async function upsertMetrics(database: Database, records: MetricRecord[], runId: string | null, at: string) {
  if (records.length === 0) return 0;
  const writer = openMetricWriter(database);
  try {
    return await writer.writePage(records, runId, at);
  } finally {
    writer.close();
  }
}

/** Key order with one row per key, the last given winning (the sort is stable, so equal keys keep their order). */
function sortedLastWins(records: MetricRecord[]): MetricRecord[] {
  const sorted = [...records].sort(byKey);
  const out: MetricRecord[] = [];
  for (let i = 0; i < sorted.length; i++) {
    const next = sorted[i + 1];
    if (next === undefined || byKey(sorted[i] as MetricRecord, next) !== 0) out.push(sorted[i] as MetricRecord);
  }
  return out;
}

function byKey(a: MetricRecord, b: MetricRecord): number {
  if (a.platform !== b.platform) return a.platform < b.platform ? -1 : 1;
  if (a.platformAdId !== b.platformAdId) return a.platformAdId < b.platformAdId ? -1 : 1;
  return a.date < b.date ? -1 : a.date > b.date ? 1 : 0;
}

/**
 * A page may carry the same (ad, date) twice (platforms do this around pagination boundaries); one statement
 * cannot upsert a key twice, and the later row is the platform's latest word.
 */
export function dedupeLastWins(records: MetricRecord[]): MetricRecord[] {
  const byKey = new Map<string, MetricRecord>();
  for (const r of records) byKey.set(`${r.platform}\u0000${r.platformAdId}\u0000${r.date}`, r);
  return byKey.size === records.length ? records : [...byKey.values()];
}

export interface LinkedAd {
  platform: string;
  platformAdId: string;
  armId: string | null;
  experimentId: string | null;
}

/**
 * Deployments of these ad ids (any platform), with the experiment each counts for; callers pass ≤ 500 ids. The ids go
 * as one JSON array (json_each), not one bound value each: the statement's text and size do not depend on the batch.
 */
export function linkedAdsOf(tx: Tx, adIds: string[]): Promise<LinkedAd[]> {
  if (!adIds.length) return Promise.resolve([]);
  return tx.all<LinkedAd>(sql`
    SELECT d.platform AS platform, d.platform_ad_id AS platformAdId, d.arm_id AS armId, a.experiment_id AS experimentId
    FROM deployments d LEFT JOIN arms a ON a.id = d.arm_id
    WHERE d.platform_ad_id IN (SELECT value FROM json_each(${JSON.stringify(adIds)}))`);
}

/** Currencies an experiment's money is stored in, over every day of every arm's ads (null currencies left out). */
export async function experimentCurrencies(tx: Tx, experimentId: string): Promise<string[]> {
  const rows = await tx.all<{ currency: string }>(sql`
    SELECT DISTINCT m.currency AS currency
    FROM arms a JOIN deployments d ON d.arm_id = a.id
    JOIN metrics m ON m.platform = d.platform AND m.platform_ad_id = d.platform_ad_id
    WHERE a.experiment_id = ${experimentId} AND m.currency IS NOT NULL`);
  return rows.map((r) => r.currency);
}
