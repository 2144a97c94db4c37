import { and, desc, eq, inArray, sql } from "drizzle-orm";
import type { Database } from "../../db/client.ts";
import { recordEvent } from "../../db/repositories/events.ts";
import { openMetricWriter } from "../../db/repositories/metrics.ts";
import { ingestionRuns } from "../../db/schema.ts";
import { type Clock, isoNow } from "../clock.ts";
import { asWinnowError, invalidInput } from "../errors.ts";
import type { ExperimentAfterIngest } from "../experiments/after-ingest.ts";
import { newId } from "../ids.ts";
import type { Logger } from "../log.ts";
import { realSleep, withRetry } from "./retry.ts";
import type { Connector, Rejection } from "./types.ts";

export interface IngestOptions {
  /** Inclusive UTC dates; default: the trailing window ending today, so restated days are re-pulled. */
  since?: string | undefined;
  until?: string | undefined;
  trailingDays?: number;
  actor: string;
  retries?: number;
  baseDelayMs?: number;
  sleep?: (ms: number) => Promise<void>;
  /** A run still "running" with a checkpoint older than this is taken over (its process died). */
  staleAfterMs?: number;
  signal?: AbortSignal;
  /** false: never pick up an earlier run's checkpoint (an uploaded file is read whole; its cursor means nothing to another file). */
  resume?: boolean;
}

export interface IngestionReport {
  runId: string;
  platform: string;
  status: "succeeded" | "failed";
  since: string;
  until: string;
  pages: number;
  rowsUpserted: number;
  rowsRejected: number;
  rejections: Rejection[];
  resumedFrom: string | null;
  error: string | null;
  /** Running experiments whose arms' ads this run changed: what an ingest-driven recompute should look at. */
  experimentIds: string[];
  /** What the experiments hook (core/experiments afterMetricsIngested) did to them: new split, state, ended. */
  experiments: ExperimentAfterIngest[];
}

/** Called after a run's rows are committed (succeeded runs only), with the running experiments it touched. */
export type AfterIngest = (report: IngestionReport) => Promise<void> | void;

type Checkpoint = {
  cursor: string | null;
  pages: number;
  heartbeatAt: string;
};

const MAX_KEPT_REJECTIONS = 1000;

/**
 * Pulls a platform's daily ad metrics into `metrics`: page by page, each page's upsert and the run's checkpoint
 * committed together, so a killed run resumes after the last committed page and a re-run of the same data is a no-op.
 */
export class IngestionService {
  private readonly afterIngest: AfterIngest[] = [];

  constructor(private readonly deps: { database: Database; clock: Clock; logger: Logger }) {}

  /**
   * The one post-commit point of every ingestion (API pulls and uploaded files alike): `hook` runs after the run's
   * rows are committed, with `report.experimentIds` naming the running experiments whose numbers changed.
   */
  onIngested(hook: AfterIngest): void {
    this.afterIngest.push(hook);
  }

  async run(connector: Connector, options: IngestOptions): Promise<IngestionReport> {
    const { since, until } = this.window(options);
    const { db } = this.deps.database;
    const now = isoNow(this.deps.clock);
    const resumable =
      options.resume === false
        ? undefined
        : await this.findResumable(connector.platform, since, until, options.staleAfterMs ?? 120_000);
    const runId = resumable?.id ?? newId("ingestion");
    let checkpoint: Checkpoint = (resumable?.checkpoint as Checkpoint | null) ?? {
      cursor: null,
      pages: 0,
      heartbeatAt: now,
    };
    const resumedFrom = resumable ? checkpoint.cursor : null;
    let upserted = resumable?.rowsUpserted ?? 0;
    let rejected = resumable?.rowsRejected ?? 0;
    const rejections: Rejection[] = [...((resumable?.rejections as Rejection[] | undefined) ?? [])];
    if (resumable) {
      await db.update(ingestionRuns).set({ status: "running", error: null }).where(eq(ingestionRuns.id, runId));
      this.deps.logger.info("ingestion resumed", { runId, platform: connector.platform, cursor: checkpoint.cursor });
    } else {
      await db.insert(ingestionRuns).values({
        id: runId,
        platform: connector.platform,
        status: "running",
        windowStart: since,
        windowEnd: until,
        checkpoint,
        startedAt: now,
      });
    }
    const writer = openMetricWriter(this.deps.database);
    try {
      // A resumed run whose checkpoint already says "done" (cursor null after ≥1 page) only needs finishing.
      while (!(checkpoint.pages > 0 && checkpoint.cursor === null)) {
        options.signal?.throwIfAborted();
        const page = await withRetry(
          () =>
            connector.fetchPage({
              since,
              until,
              cursor: checkpoint.cursor,
              ...(options.signal ? { signal: options.signal } : {}),
            }),
          {
            retries: options.retries ?? 5,
            baseDelayMs: options.baseDelayMs ?? 1000,
            maxDelayMs: 60_000,
            sleep: options.sleep ?? realSleep,
            onRetry: (e, attempt, delayMs) =>
              this.deps.logger.warn("ingestion retry", {
                platform: connector.platform,
                attempt,
                delayMs,
                error: e.message,
              }),
          },
        );
        const at = isoNow(this.deps.clock);
        const kept = [...rejections, ...page.rejected.slice(0, Math.max(0, MAX_KEPT_REJECTIONS - rejections.length))];
        const rejectedNow = rejected + page.rejected.length;
        const next: Checkpoint = { cursor: page.nextCursor, pages: checkpoint.pages + 1, heartbeatAt: at };
        // Data, checkpoint and counters in one transaction: either the page lands with its checkpoint or neither does.
        upserted += await writer.writePage(page.records, runId, at, (changed) => [
          {
            sql: "UPDATE ingestion_runs SET checkpoint = ?, rows_upserted = ?, rows_rejected = ?, rejections = ? WHERE id = ?",
            args: [JSON.stringify(next), upserted + changed, rejectedNow, JSON.stringify(kept), runId],
          },
        ]);
        rejections.splice(0, rejections.length, ...kept);
        rejected = rejectedNow;
        checkpoint = next;
        // A page is written synchronously on the local driver: give other requests (/healthz) a turn between pages.
        await new Promise<void>((resolve) => setImmediate(resolve));
      }
      const report = await this.finish(runId, connector.platform, "succeeded", null, {
        since,
        until,
        pages: checkpoint.pages,
        upserted,
        rejected,
        rejections,
        resumedFrom,
        actor: options.actor,
      });
      report.experimentIds = await this.touchedExperiments(runId);
      for (const hook of this.afterIngest) {
        // The rows are committed and the run succeeded: a failing follow-up is logged, not turned into a failed run.
        await Promise.resolve()
          .then(() => hook(report))
          .catch((e: unknown) =>
            this.deps.logger.warn("after-ingest hook failed", { runId, error: asWinnowError(e).message }),
          );
      }
      return report;
    } catch (error) {
      const err = asWinnowError(error);
      await this.finish(runId, connector.platform, "failed", err.message, {
        since,
        until,
        pages: checkpoint.pages,
        upserted,
        rejected,
        rejections,
        resumedFrom,
        actor: options.actor,
      });
      throw err;
    } finally {
      writer.close();
    }
  }

  /** Running experiments with an ad whose metrics this run inserted or changed (one bounded statement). */
  private async touchedExperiments(runId: string): Promise<string[]> {
    const rows = await this.deps.database.db.all<{ id: string }>(sql`
      SELECT DISTINCT a.experiment_id AS id
      FROM deployments d JOIN arms a ON a.id = d.arm_id JOIN experiments e ON e.id = a.experiment_id
      WHERE e.status = 'running' AND EXISTS (
        SELECT 1 FROM metrics m
        WHERE m.platform = d.platform AND m.platform_ad_id = d.platform_ad_id AND m.ingestion_run_id = ${runId})`);
    return rows.map((r) => r.id);
  }

  private window(options: IngestOptions) {
    const today = this.deps.clock.now().toISOString().slice(0, 10);
    const until = options.until ?? today;
    const trailing = options.trailingDays ?? 7;
    const since =
      options.since ?? new Date(Date.parse(`${until}T00:00:00Z`) - trailing * 86_400_000).toISOString().slice(0, 10);
    if (since > until)
      throw invalidInput("since", `${since} is after until ${until}`, "Pass since <= until (YYYY-MM-DD).");
    return { since, until };
  }

  private async findResumable(platform: string, since: string, until: string, staleAfterMs: number) {
    const rows = await this.deps.database.db
      .select()
      .from(ingestionRuns)
      .where(
        and(
          eq(ingestionRuns.platform, platform),
          eq(ingestionRuns.windowStart, since),
          eq(ingestionRuns.windowEnd, until),
          inArray(ingestionRuns.status, ["running", "failed"]),
        ),
      )
      .orderBy(desc(ingestionRuns.startedAt))
      .limit(1);
    const row = rows[0];
    if (!row?.checkpoint) return undefined;
    const cp = row.checkpoint as unknown as Checkpoint;
    const age = this.deps.clock.now().getTime() - Date.parse(cp.heartbeatAt);
    if (row.status === "running" && age < staleAfterMs) return undefined;
    return row;
  }

  private async finish(
    runId: string,
    platform: string,
    status: "succeeded" | "failed",
    error: string | null,
    f: {
      since: string;
      until: string;
      pages: number;
      upserted: number;
      rejected: number;
      rejections: Rejection[];
      resumedFrom: string | null;
      actor: string;
    },
  ): Promise<IngestionReport> {
    const at = isoNow(this.deps.clock);
    await this.deps.database.db.transaction(async (tx) => {
      await tx
        .update(ingestionRuns)
        .set({
          status,
          error,
          finishedAt: at,
          rowsUpserted: f.upserted,
          rowsRejected: f.rejected,
          rejections: f.rejections,
        })
        .where(eq(ingestionRuns.id, runId));
      await recordEvent(tx, {
        entityType: "ingestion_run",
        entityId: runId,
        action: `ingestion.${status}`,
        actor: f.actor,
        at,
        data: {
          platform,
          since: f.since,
          until: f.until,
          pages: f.pages,
          rowsUpserted: f.upserted,
          rowsRejected: f.rejected,
          error,
        },
      });
    });
    return {
      runId,
      platform,
      status,
      since: f.since,
      until: f.until,
      pages: f.pages,
      rowsUpserted: f.upserted,
      rowsRejected: f.rejected,
      rejections: f.rejections,
      resumedFrom: f.resumedFrom,
      error,
      experimentIds: [],
      experiments: [],
    };
  }
}
