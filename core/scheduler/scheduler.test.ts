import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type Database, openDatabase } from "../../db/client.ts";
import { getConversation, saveConversation } from "../../db/repositories/conversations.ts";
import { recentJobs } from "../../db/repositories/jobs.ts";
import { fixedClock } from "../clock.ts";
import { silentLogger } from "../log.ts";
import {
  JOB_RETENTION_DAYS,
  type JobHandler,
  nextRun,
  parseSchedules,
  Scheduler,
  THREAD_MEMORY_RETENTION_DAYS,
} from "./scheduler.ts";

let dir: string;
let dbA: Database;
let dbB: Database;
const clock = fixedClock("2026-05-01T10:00:00Z");

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), "winnow-sched-"));
  // Two separate connections to one database file stand in for two processes.
  dbA = await openDatabase({ url: `file:${join(dir, "w.db")}` });
  dbB = await openDatabase({ url: `file:${join(dir, "w.db")}`, migrate: false });
});
afterEach(() => {
  dbA.close();
  dbB.close();
  rmSync(dir, { recursive: true, force: true });
});

const make = (
  database: Database,
  owner: string,
  handlers: Record<string, JobHandler>,
  schedules = [{ name: "ingest_metrics", cron: "*/30 * * * *" }],
) =>
  new Scheduler({
    database,
    clock,
    logger: silentLogger,
    owner,
    handlers,
    schedules,
    leaseMs: 60_000,
    backoffMs: 1000,
    maxAttempts: 3,
  });

describe("scheduler", () => {
  it("runs each due job exactly once when two schedulers share one database", async () => {
    const runs: string[] = [];
    const handler: JobHandler = async () => {
      runs.push("run");
    };
    const a = make(dbA, "proc-a", { ingest_metrics: handler });
    const b = make(dbB, "proc-b", { ingest_metrics: handler });
    await Promise.all([a.plan(), b.plan()]);
    expect(await recentJobs(dbA.db)).toHaveLength(1);
    clock.advance(30 * 60_000);
    const [ra, rb] = await Promise.all([a.tick(), b.tick()]);
    expect(runs).toHaveLength(1);
    expect(ra.ran.length + rb.ran.length).toBe(1);
    const all = await recentJobs(dbA.db);
    expect(all.filter((j) => j.status === "succeeded")).toHaveLength(1);
    expect(all.filter((j) => j.status === "pending")).toHaveLength(1); // the next occurrence is planned
  });

  it("records a failure, retries it with exponential backoff, and leaves it failed (not lost) after the last attempt", async () => {
    let calls = 0;
    const a = make(
      dbA,
      "proc-a",
      {
        ingest_metrics: async () => {
          calls++;
          throw new Error("platform down");
        },
      },
      [],
    );
    await a.enqueue("ingest_metrics");
    await a.tick();
    let [job] = await recentJobs(dbA.db);
    expect(job).toMatchObject({ status: "pending", attempts: 1, lastError: "platform down" });
    expect(job!.runAfter).toBe("2026-05-01T10:30:01.000Z");
    await a.tick(); // not due yet
    expect(calls).toBe(1);
    clock.advance(1000);
    await a.tick();
    [job] = await recentJobs(dbA.db);
    expect(job!.runAfter).toBe("2026-05-01T10:30:03.000Z");
    clock.advance(2000);
    await a.tick();
    [job] = await recentJobs(dbA.db);
    expect(job).toMatchObject({ status: "failed", attempts: 3, lastError: "platform down" });
    const events = (
      await dbA.client.execute("SELECT action FROM events WHERE entity_id = ? ORDER BY created_at", [job!.id])
    ).rows;
    expect(events.map((e) => e.action)).toEqual(["job.retry_scheduled", "job.retry_scheduled", "job.failed"]);
  });

  it("lets another process resume a job from its checkpoint once the dead process's lease expires", async () => {
    let reachedCheckpoint!: () => void;
    const checkpointed = new Promise<void>((r) => {
      reachedCheckpoint = r;
    });
    const seen: unknown[] = [];
    const a = make(
      dbA,
      "proc-a",
      {
        ingest_metrics: async (ctx) => {
          await ctx.saveCheckpoint({ page: 2 });
          reachedCheckpoint();
          await new Promise(() => {}); // the process is killed here: it never finishes
        },
      },
      [],
    );
    const b = make(
      dbB,
      "proc-b",
      {
        ingest_metrics: async (ctx) => {
          seen.push(ctx.checkpoint);
        },
      },
      [],
    );
    await a.enqueue("ingest_metrics");
    void a.tick();
    await checkpointed;
    await b.tick();
    expect(seen).toEqual([]); // lease still held
    clock.advance(61_000);
    await b.tick();
    expect(seen).toEqual([{ page: 2 }]);
    const [job] = await recentJobs(dbA.db);
    expect(job).toMatchObject({ status: "succeeded", attempts: 2 });
  });

  it("forgets succeeded jobs after JOB_RETENTION_DAYS and keeps failed ones", async () => {
    let fail = false;
    const s = make(dbA, "proc-a", {
      ingest_metrics: async () => {
        if (fail) throw new Error("platform down");
      },
    });
    await s.plan();
    clock.advance(30 * 60_000);
    expect((await s.tick()).ran).toHaveLength(1);
    const first = (await recentJobs(dbA.db, 50, ["succeeded"]))[0]!.id;
    fail = true; // the next occurrence fails three times: left failed
    for (let i = 0; i < 3; i++) {
      clock.advance(30 * 60_000);
      await s.tick();
    }
    const rows = async () => (await recentJobs(dbA.db)).map((j) => `${j.status}${j.id === first ? " (first)" : ""}`);
    expect((await rows()).sort()).toEqual(["failed", "succeeded (first)"]);
    fail = false;
    clock.advance((JOB_RETENTION_DAYS - 1) * 24 * 60 * 60_000);
    await s.tick(); // under the retention: the first success stays
    expect((await rows()).sort()).toEqual(["failed", "pending", "succeeded (first)"]);
    clock.advance(2 * 24 * 60 * 60_000);
    await s.tick(); // the pending one runs; the first success is past the retention and goes, the failure stays
    expect((await rows()).sort()).toEqual(["failed", "pending", "succeeded"]);
  });

  it("forgets Slack threads idle for THREAD_MEMORY_RETENTION_DAYS and keeps live ones", async () => {
    const s = make(dbA, "proc-a", { ingest_metrics: async () => {} });
    const day = 24 * 60 * 60_000;
    await saveConversation(dbA.db, "C1", "100.1", { turns: 1 }, clock.now().toISOString());
    await saveConversation(dbA.db, "C1", "200.2", { turns: 1 }, clock.now().toISOString());
    await s.tick();
    clock.advance((THREAD_MEMORY_RETENTION_DAYS - 1) * day);
    // One thread is spoken in again; the other stays idle.
    await saveConversation(dbA.db, "C1", "200.2", { turns: 2 }, clock.now().toISOString());
    await s.tick();
    expect(await getConversation(dbA.db, "C1", "100.1")).toBeDefined();
    clock.advance(2 * day);
    await s.tick();
    expect(await getConversation(dbA.db, "C1", "100.1")).toBeUndefined();
    expect((await getConversation(dbA.db, "C1", "200.2"))?.state).toEqual({ turns: 2 });
  });

  it("reads cron schedules from config and refuses unknown jobs or bad cron", () => {
    expect(parseSchedules("ingest_metrics=*/10 * * * *;prune=0 * * * *", [])).toEqual([
      { name: "ingest_metrics", cron: "*/10 * * * *" },
      { name: "prune", cron: "0 * * * *" },
    ]);
    expect(nextRun("0 6 * * *", new Date("2026-05-01T10:00:00Z"))).toBe("2026-05-02T06:00:00.000Z");
    expect(() => make(dbA, "x", {}, [{ name: "nope", cron: "* * * * *" }])).toThrow(/no job named nope/);
    expect(() => nextRun("every tuesday", new Date())).toThrow(/WINNOW_SCHEDULES/);
  });
});
