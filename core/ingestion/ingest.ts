import { and, desc, eq, inArray } from "drizzle-orm";
import type { Database } from "../../db/client.ts";
import { recordEvent } from "../../db/repositories/events.ts";
import { openMetricWriter } from "../../db/repositories/metrics.ts";
import { ingestionRuns } from "../../db/schema.ts";
import { type Clock, isoNow } from "../clock.ts";
import { asWinnowError, invalidInput } from "../errors.ts";
import {
  afterMetricsIngested,
  type ExperimentAfterIngest,
  runningExperimentsOfAds,
} from "../experiments/after-ingest.ts";
import type { ExperimentService } from "../experiments/service.ts";
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
  /** Running experiments these rows touched: their new split and state, updated in this job (issue 24). */
  experiments: ExperimentAfterIngest[];
}

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
  constructor(
    private readonly deps: { database: Database; clock: Clock; logger: Logger; experiments?: ExperimentService },
  ) {}

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
    const touched = new Map<string, { platform: string; platformAdId: string }>();
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
        for (const r of page.records) touched.set(`${r.platform}\u0000${r.platformAdId}`, r);
        rejections.splice(0, rejections.length, ...kept);
        rejected = rejectedNow;
        checkpoint = next;
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
      // Post-commit: running experiments these rows touched re-split and check stopping now (core/experiments).
      if (upserted > 0)
        report.experiments = await afterMetricsIngested(
          this.deps,
          await runningExperimentsOfAds(this.deps.database, [...touched.values()]),
        );
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
      experiments: [],
    };
  }
}
