import { eq, sql } from "drizzle-orm";
import type { Tx } from "../client.ts";
import { models } from "../schema.ts";

export type ModelRow = typeof models.$inferSelect;
export type NewModelRow = typeof models.$inferInsert;

export function listModelRows(tx: Tx) {
  return tx.select().from(models).orderBy(models.task, models.provider, models.name);
}

export async function getModelRow(tx: Tx, id: string): Promise<ModelRow | undefined> {
  return (await tx.select().from(models).where(eq(models.id, id)).limit(1))[0];
}

/** Inserts models that are not there yet (natural key provider+name+task); existing rows keep their observed stats. */
export async function ensureModelRows(tx: Tx, rows: NewModelRow[]) {
  if (rows.length === 0) return;
  await tx.insert(models).values(rows).onConflictDoNothing();
}

/** Folds one call into the observed stats: EWMA latency (alpha 0.2), call and error counts. */
export async function recordModelCall(tx: Tx, id: string, latencyMs: number, failed: boolean) {
  await tx
    .update(models)
    .set({
      latencyMsP50: sql`CASE WHEN ${models.latencyMsP50} IS NULL THEN ${latencyMs} ELSE 0.8 * ${models.latencyMsP50} + 0.2 * ${latencyMs} END`,
      calls: sql`${models.calls} + 1`,
      errors: sql`${models.errors} + ${failed ? 1 : 0}`,
    })
    .where(eq(models.id, id));
}

export async function updateModelRow(tx: Tx, id: string, patch: Partial<Pick<NewModelRow, "enabled" | "quality">>) {
  await tx.update(models).set(patch).where(eq(models.id, id));
}
