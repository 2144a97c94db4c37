import { and, desc, eq, inArray, sql } from "drizzle-orm";
import { newId } from "../../core/ids.ts";
import type { Tx } from "../client.ts";
import { allocations, arms, deployments, experiments } from "../schema.ts";

export type ExperimentRow = typeof experiments.$inferSelect;
export type ArmRow = typeof arms.$inferSelect;
export type DeploymentRow = typeof deployments.$inferSelect;

export async function getExperimentRow(tx: Tx, id: string): Promise<ExperimentRow | undefined> {
  return (await tx.select().from(experiments).where(eq(experiments.id, id)).limit(1))[0];
}

export function listExperimentRows(tx: Tx, status?: string) {
  return tx
    .select()
    .from(experiments)
    .where(status ? eq(experiments.status, status) : undefined)
    .orderBy(desc(experiments.createdAt));
}

export function armsOf(tx: Tx, experimentId: string): Promise<ArmRow[]> {
  return tx.select().from(arms).where(eq(arms.experimentId, experimentId)).orderBy(arms.createdAt, arms.id);
}

/** Compare-and-set on experiments.version: returns false when someone else changed it first. */
export async function updateExperimentRow(
  tx: Tx,
  id: string,
  expectedVersion: number,
  patch: Partial<typeof experiments.$inferInsert>,
): Promise<boolean> {
  const r = await tx
    .update(experiments)
    .set({ ...patch, version: sql`${experiments.version} + 1` })
    .where(and(eq(experiments.id, id), eq(experiments.version, expectedVersion)));
  return r.rowsAffected > 0;
}

export async function setArmStatus(tx: Tx, armId: string, status: string, reason: string | null, onlyFrom?: string[]) {
  const r = await tx
    .update(arms)
    .set({ status, statusReason: reason })
    .where(onlyFrom ? and(eq(arms.id, armId), inArray(arms.status, onlyFrom)) : eq(arms.id, armId));
  return r.rowsAffected > 0;
}

/** Records a split: one allocation row per arm, computed at `computedAt`, governing delivery from `effectiveDate`. */
export async function insertSplit(
  tx: Tx,
  experimentId: string,
  shares: readonly { armId: string; share: number }[],
  computedAt: string,
  effectiveDate?: string,
): Promise<void> {
  await tx.insert(allocations).values(
    shares.map((a) => ({
      id: newId("allocation"),
      experimentId,
      armId: a.armId,
      share: a.share,
      computedAt,
      ...(effectiveDate ? { effectiveDate } : {}),
    })),
  );
}

export function latestAllocations(tx: Tx, experimentId: string) {
  return tx
    .select()
    .from(allocations)
    .where(eq(allocations.experimentId, experimentId))
    .orderBy(desc(allocations.computedAt), desc(allocations.id));
}

export function deploymentsOfArms(tx: Tx, armIds: string[]): Promise<DeploymentRow[]> {
  if (armIds.length === 0) return Promise.resolve([]);
  return tx.select().from(deployments).where(inArray(deployments.armId, armIds));
}

export interface ArmDayRow {
  armId: string;
  date: string;
  impressions: number;
  clicks: number;
  conversions: number;
  spendMicros: number;
  revenueMicros: number;
  videoWatchMs: number | null;
}

/** Daily totals per arm, summed over the arm's deployments (an arm may run on several platforms or ads). */
export function armDailyMetrics(tx: Tx, experimentId: string): Promise<ArmDayRow[]> {
  return tx.all<ArmDayRow>(sql`
    SELECT d.arm_id AS armId, m.date AS date, sum(m.impressions) AS impressions, sum(m.clicks) AS clicks,
      sum(m.conversions) AS conversions, sum(m.spend_micros) AS spendMicros, sum(m.revenue_micros) AS revenueMicros,
      sum(m.video_watch_ms) AS videoWatchMs
    FROM arms a JOIN deployments d ON d.arm_id = a.id
    JOIN metrics m ON m.platform = d.platform AND m.platform_ad_id = d.platform_ad_id
    WHERE a.experiment_id = ${experimentId}
    GROUP BY d.arm_id, m.date ORDER BY m.date`);
}
