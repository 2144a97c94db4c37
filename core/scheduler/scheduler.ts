import { CronExpressionParser } from "cron-parser";
import type { Database } from "../../db/client.ts";
import { forgetConversationsBefore } from "../../db/repositories/conversations.ts";
import { recordEvent } from "../../db/repositories/events.ts";
import {
  claimJob,
  dueJobs,
  enqueueUnlessQueued,
  forgetSucceededJobsBefore,
  type JobRow,
  recentJobs,
  updateLeased,
} from "../../db/repositories/jobs.ts";
import { hiddenNodeIds } from "../../db/repositories/visibility.ts";
import type { Clock } from "../clock.ts";
import { asWinnowError, invalidInput, WinnowError } from "../errors.ts";
import type { Logger } from "../log.ts";
import { type BrandScope, restrictTo, systemActor } from "../people/caller.ts";
import { idsIn, redactJobError } from "./job-errors.ts";

/** Job events name the scheduler as a system actor; which worker ran the job is kept in the event data. */
const SCHEDULER = systemActor("scheduler");

export interface JobContext {
  job: JobRow;
  /** Where a previous (killed or failed) attempt got to; null on a fresh run. */
  checkpoint: Record<string, unknown> | null;
  /** Persists progress and renews the lease; throws if the lease was lost to another process. */
  saveCheckpoint(checkpoint: Record<string, unknown>): Promise<void>;
  /** Lease length, so long work can declare its own staleness threshold. */
  leaseMs: number;
}

export type JobHandler = (ctx: JobContext) => Promise<Record<string, unknown> | undefined>;

export interface Schedule {
  name: string;
  cron: string;
}

/** How long a succeeded job's row is kept (its `job.succeeded` event stays with the audit trail). */
export const JOB_RETENTION_DAYS = 30;
/** A Slack thread's memory (last request, pending Confirm) is forgotten after this many idle days. */
export const THREAD_MEMORY_RETENTION_DAYS = 90;

export interface SchedulerOptions {
  database: Database;
  clock: Clock;
  logger: Logger;
  /** Unique per process (e.g. host:pid:random); written as lease_owner. */
  owner: string;
  handlers: Record<string, JobHandler>;
  schedules: Schedule[];
  leaseMs?: number;
  maxAttempts?: number;
  backoffMs?: number;
}

/**
 * Jobs with leases in the jobs table. Every tick: plan the next run of each schedule (at most one queued per name),
 * claim due jobs by compare-and-set, run them. A killed process's lease expires and another process resumes the job
 * from its checkpoint; a failure is recorded on the job and retried with exponential backoff, then left "failed"
 * (visible in `winnow jobs`) — never dropped.
 */
export class Scheduler {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<unknown> | undefined;
  private sweptAt = 0;
  readonly leaseMs: number;

  constructor(private readonly o: SchedulerOptions) {
    this.leaseMs = o.leaseMs ?? 5 * 60_000;
    for (const s of o.schedules) {
      if (!o.handlers[s.name])
        throw invalidInput(
          "WINNOW_SCHEDULES",
          `no job named ${s.name}`,
          `Use one of ${Object.keys(o.handlers).join(", ")}.`,
        );
      nextRun(s.cron, new Date());
    }
  }

  async plan(): Promise<void> {
    const now = this.o.clock.now();
    for (const s of this.o.schedules) {
      await enqueueUnlessQueued(
        this.o.database.db,
        s.name,
        { schedule: s.cron },
        nextRun(s.cron, now),
        now.toISOString(),
      );
    }
  }

  async enqueue(name: string, payload: Record<string, unknown> = {}, runAfter?: string): Promise<boolean> {
    if (!this.o.handlers[name])
      throw invalidInput("name", `no job named ${name}`, `Use one of ${Object.keys(this.o.handlers).join(", ")}.`);
    const now = this.o.clock.now().toISOString();
    return enqueueUnlessQueued(this.o.database.db, name, payload, runAfter ?? now, now);
  }

  /** Plans, then claims and runs whatever is due. Returns the ids this process ran. */
  /** The most recently updated jobs, optionally only those in these states (list_jobs, `winnow jobs`). */
  recent(limit = 50, statuses?: string[]): Promise<JobRow[]> {
    return recentJobs(this.o.database.db, limit, statuses);
  }

  /**
   * The same list for one reader: jobs are the workspace's (everyone signed in sees that the ingest ran or failed),
   * but a last error naming another brand's experiment, asset, campaign or ad is redacted to a count.
   */
  async recentFor(scope: BrandScope, limit = 50, statuses?: string[]): Promise<JobRow[]> {
    const rows = await this.recent(limit, statuses);
    if (scope.all) return rows;
    const ids = [...new Set(rows.flatMap((j) => (j.lastError ? idsIn(j.lastError) : [])))];
    const hidden = await hiddenNodeIds(this.o.database.db, ids, restrictTo(scope));
    return rows.map((j) => ({ ...j, lastError: redactJobError(j.lastError, hidden), payload: {}, checkpoint: null }));
  }

  async tick(): Promise<{ ran: string[]; failed: string[] }> {
    await this.plan();
    const now = this.o.clock.now();
    const ran: string[] = [];
    const failed: string[] = [];
    for (const job of await dueJobs(this.o.database.db, now.toISOString())) {
      const leaseUntil = new Date(now.getTime() + this.leaseMs).toISOString();
      if (!(await claimJob(this.o.database.db, job.id, this.o.owner, now.toISOString(), leaseUntil))) continue;
      const ok = await this.runClaimed({ ...job, attempts: job.attempts + 1 });
      (ok ? ran : failed).push(job.id);
    }
    // Jobs that just finished get their next occurrence queued now rather than a tick later.
    if (ran.length) await this.plan();
    await this.sweep(now);
    return { ran, failed };
  }

  /**
   * At most hourly, forgets succeeded jobs older than JOB_RETENTION_DAYS. The default schedules alone queue ~120
   * jobs a day; a server running for months would otherwise keep every one, and `winnow jobs` sorts them all.
   * Slack threads idle for THREAD_MEMORY_RETENTION_DAYS lose their memory too: one row per thread ever spoken in
   * would otherwise grow for as long as the team uses the bot.
   */
  private async sweep(now: Date) {
    if (now.getTime() - this.sweptAt < 60 * 60_000) return;
    this.sweptAt = now.getTime();
    const day = 24 * 60 * 60_000;
    const before = new Date(now.getTime() - JOB_RETENTION_DAYS * day).toISOString();
    const idleSince = new Date(now.getTime() - THREAD_MEMORY_RETENTION_DAYS * day).toISOString();
    try {
      const forgotten = await forgetSucceededJobsBefore(this.o.database.db, before);
      if (forgotten) this.o.logger.info("forgot succeeded jobs", { forgotten, before });
      const threads = await forgetConversationsBefore(this.o.database.db, idleSince);
      if (threads) this.o.logger.info("forgot idle slack threads", { threads, before: idleSince });
    } catch (err) {
      // Housekeeping never fails a tick: another process holding the write lock just means next tick tries again.
      this.sweptAt = 0;
      this.o.logger.warn("housekeeping deferred", { error: asWinnowError(err).message });
    }
  }

  private async runClaimed(job: JobRow): Promise<boolean> {
    const { db } = this.o.database;
    const owner = this.o.owner;
    const handler = this.o.handlers[job.name];
    const ctx: JobContext = {
      job,
      checkpoint: job.checkpoint ?? null,
      leaseMs: this.leaseMs,
      saveCheckpoint: async (checkpoint) => {
        const now = this.o.clock.now();
        const kept = await updateLeased(db, job.id, owner, {
          checkpoint,
          leaseExpiresAt: new Date(now.getTime() + this.leaseMs).toISOString(),
          updatedAt: now.toISOString(),
        });
        if (!kept)
          throw new WinnowError(
            "conflict",
            `Job ${job.id} lease was taken over by another process; stopping this attempt.`,
          );
      },
    };
    try {
      if (!handler) throw new WinnowError("internal", `No handler for job ${job.name}.`);
      const result = await handler(ctx);
      const at = this.o.clock.now().toISOString();
      await db.transaction(async (tx) => {
        if (
          await updateLeased(tx, job.id, owner, {
            status: "succeeded",
            leaseOwner: null,
            leaseExpiresAt: null,
            lastError: null,
            updatedAt: at,
          })
        )
          await recordEvent(tx, {
            entityType: "job",
            entityId: job.id,
            action: "job.succeeded",
            actor: SCHEDULER,
            at,
            data: { name: job.name, attempts: job.attempts, worker: owner, ...(result ?? {}) },
          });
      });
      return true;
    } catch (error) {
      const err = asWinnowError(error);
      const at = this.o.clock.now();
      const maxAttempts = this.o.maxAttempts ?? 5;
      const dead = job.attempts >= maxAttempts;
      const delay = (this.o.backoffMs ?? 30_000) * 2 ** (job.attempts - 1);
      this.o.logger.warn("job failed", {
        job: job.id,
        name: job.name,
        attempts: job.attempts,
        dead,
        error: err.message,
      });
      await db.transaction(async (tx) => {
        const kept = await updateLeased(tx, job.id, owner, {
          status: dead ? "failed" : "pending",
          leaseOwner: null,
          leaseExpiresAt: null,
          lastError: err.message,
          runAfter: new Date(at.getTime() + (dead ? 0 : delay)).toISOString(),
          updatedAt: at.toISOString(),
        });
        if (kept)
          await recordEvent(tx, {
            entityType: "job",
            entityId: job.id,
            action: dead ? "job.failed" : "job.retry_scheduled",
            actor: SCHEDULER,
            at: at.toISOString(),
            data: {
              name: job.name,
              attempts: job.attempts,
              worker: owner,
              error: err.message,
              ...(dead ? {} : { retryInMs: delay }),
            },
          });
      });
      return false;
    }
  }

  start(intervalMs = 15_000): void {
    if (this.timer) return;
    const loop = () => {
      if (this.running) return;
      this.running = this.tick()
        .catch((e) => this.o.logger.error("scheduler tick failed", { error: String(e) }))
        .finally(() => {
          this.running = undefined;
        });
    };
    this.timer = setInterval(loop, intervalMs);
    this.timer.unref();
    loop();
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    await this.running;
  }
}

export function nextRun(cron: string, after: Date): string {
  try {
    return CronExpressionParser.parse(cron, { currentDate: after, tz: "UTC" }).next().toISOString()!;
  } catch (error) {
    throw invalidInput(
      "WINNOW_SCHEDULES",
      `"${cron}" is not a cron expression (${String(error)})`,
      'Use five fields, e.g. "*/30 * * * *".',
    );
  }
}

/** Parses WINNOW_SCHEDULES: "ingest_metrics=*\/30 * * * *;update_allocations=0 * * * *". */
export function parseSchedules(text: string | undefined, defaults: Schedule[]): Schedule[] {
  if (!text) return defaults;
  return text
    .split(";")
    .map((s) => s.trim())
    .filter(Boolean)
    .map((s) => {
      const i = s.indexOf("=");
      if (i < 1)
        throw invalidInput(
          "WINNOW_SCHEDULES",
          `"${s}" is not name=cron`,
          'Write e.g. "ingest_metrics=*/30 * * * *;prune=0 * * * *".',
        );
      return { name: s.slice(0, i).trim(), cron: s.slice(i + 1).trim() };
    });
}

export const DEFAULT_SCHEDULES: Schedule[] = [
  { name: "ingest_metrics", cron: "*/30 * * * *" },
  { name: "update_allocations", cron: "5 * * * *" },
  { name: "early_stop", cron: "10 * * * *" },
  { name: "prune", cron: "15 * * * *" },
  { name: "promote_candidates", cron: "0 6 * * *" },
  { name: "library_review", cron: "0 7 * * 1" },
];
