import { and, eq, isNotNull, sql } from "drizzle-orm";
import type { Tx } from "../client.ts";
import { jsonField } from "../json-sql.ts";
import { assets, campaigns, costLedger, generationRuns } from "../schema.ts";

export type RunRow = typeof generationRuns.$inferSelect;

export async function insertRun(tx: Tx, row: typeof generationRuns.$inferInsert) {
  await tx.insert(generationRuns).values(row);
}

export async function finishRun(
  tx: Tx,
  id: string,
  patch: {
    status: "succeeded" | "failed" | "dropped";
    error?: string | null;
    outputCount: number;
    costMicros: number;
    finishedAt: string;
  },
) {
  await tx.update(generationRuns).set(patch).where(eq(generationRuns.id, id));
}

export async function getRun(tx: Tx, id: string): Promise<RunRow | undefined> {
  return (await tx.select().from(generationRuns).where(eq(generationRuns.id, id)).limit(1))[0];
}

export async function findCampaign(tx: Tx, ref: string, brandId: string) {
  const rows = await tx.select().from(campaigns).where(eq(campaigns.brandId, brandId));
  return rows.find((c) => c.id === ref || c.name.toLowerCase() === ref.toLowerCase());
}

export async function campaignNames(tx: Tx, brandId: string) {
  return (await tx.select({ name: campaigns.name }).from(campaigns).where(eq(campaigns.brandId, brandId))).map(
    (c) => c.name,
  );
}

/** Money already booked against a campaign in the cost ledger. */
export async function campaignSpentMicros(tx: Tx, campaignId: string): Promise<number> {
  const [row] = await tx
    .select({ total: sql<number>`coalesce(sum(${costLedger.costMicros}), 0)` })
    .from(costLedger)
    .where(eq(costLedger.campaignId, campaignId));
  return Number(row?.total ?? 0);
}

/** Near-duplicate keys (slot combination + copy hash) of the brand's existing outputs. */
export async function existingOutputKeys(tx: Tx, brandId: string): Promise<Set<string>> {
  const key = sql<string>`${jsonField(assets.metadata, "$.dedupKey")}`;
  const rows = await tx
    .select({ key })
    .from(assets)
    .where(and(eq(assets.kind, "output"), eq(assets.brandId, brandId), isNotNull(key)));
  return new Set(rows.map((r) => r.key));
}
