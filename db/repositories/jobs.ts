import { and, desc, eq, inArray, lt, lte, or, sql } from "drizzle-orm";
import { newId } from "../../core/ids.ts";
import type { Tx } from "../client.ts";
import { jobs } from "../schema.ts";

export type JobRow = typeof jobs.$inferSelect;

/**
 * Enqueues `name` unless one is already pending or running — in a single INSERT ... SELECT ... WHERE NOT EXISTS,
 * which SQLite executes atomically, so two schedulers planning at once still create one job.
 */
export async function enqueueUnlessQueued(
  tx: Tx,
  name: string,
  payload: Record<string, unknown>,
  runAfter: string,
  at: string,
) {
  const r = await tx.run(sql`
    INSERT INTO jobs (id, name, status, payload, attempts, run_after, created_at, updated_at)
    SELECT ${newId("job")}, ${name}, 'pending', ${JSON.stringify(payload)}, 0, ${runAfter}, ${at}, ${at}
    WHERE NOT EXISTS (SELECT 1 FROM jobs WHERE name = ${name} AND status IN ('pending', 'running'))`);
  return r.rowsAffected > 0;
}

export function dueJobs(tx: Tx, now: string, limit = 20): Promise<JobRow[]> {
  return tx
    .select()
    .from(jobs)
    .where(
      or(
        and(eq(jobs.status, "pending"), lte(jobs.runAfter, now)),
        and(eq(jobs.status, "running"), lt(jobs.leaseExpiresAt, now)),
      ),
    )
    .orderBy(jobs.runAfter)
    .limit(limit);
}

/** Compare-and-set lease: succeeds only if the job is still due and unleased (or its lease expired). */
export async function claimJob(tx: Tx, id: string, owner: string, now: string, leaseUntil: string): Promise<boolean> {
  const r = await tx
    .update(jobs)
    .set({
      status: "running",
      leaseOwner: owner,
      leaseExpiresAt: leaseUntil,
      attempts: sql`${jobs.attempts} + 1`,
      updatedAt: now,
    })
    .where(
      and(
        eq(jobs.id, id),
        or(
          and(eq(jobs.status, "pending"), lte(jobs.runAfter, now)),
          and(eq(jobs.status, "running"), lt(jobs.leaseExpiresAt, now)),
        ),
      ),
    );
  return r.rowsAffected > 0;
}

/** Writes only while `owner` still holds the lease; false means another process took the job over. */
export async function updateLeased(tx: Tx, id: string, owner: string, patch: Partial<typeof jobs.$inferInsert>) {
  const r = await tx
    .update(jobs)
    .set(patch)
    .where(and(eq(jobs.id, id), eq(jobs.leaseOwner, owner), eq(jobs.status, "running")));
  return r.rowsAffected > 0;
}

/**
 * Deletes succeeded jobs last updated before `before`; failed ones stay until someone looks (`winnow jobs`). Each run
 * is also a `job.succeeded` event, so the history is kept; only the queue's own rows go.
 */
export async function forgetSucceededJobsBefore(tx: Tx, before: string): Promise<number> {
  const r = await tx.delete(jobs).where(and(eq(jobs.status, "succeeded"), lt(jobs.updatedAt, before)));
  return r.rowsAffected;
}

export function recentJobs(tx: Tx, limit = 50, statuses?: string[]) {
  return tx
    .select()
    .from(jobs)
    .where(statuses?.length ? inArray(jobs.status, statuses) : undefined)
    .orderBy(desc(jobs.updatedAt), desc(jobs.id))
    .limit(limit);
}
