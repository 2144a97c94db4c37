import { and, desc, eq, sql } from "drizzle-orm";
import type { Tx } from "../client.ts";
import { brandRuleSets } from "../schema.ts";

export type RuleSetRow = typeof brandRuleSets.$inferSelect;

export async function latestRuleSet(tx: Tx, brandId: string): Promise<RuleSetRow | undefined> {
  const rows = await tx
    .select()
    .from(brandRuleSets)
    .where(eq(brandRuleSets.brandId, brandId))
    .orderBy(desc(brandRuleSets.version))
    .limit(1);
  return rows[0];
}

export async function getRuleSet(tx: Tx, id: string): Promise<RuleSetRow | undefined> {
  const rows = await tx.select().from(brandRuleSets).where(eq(brandRuleSets.id, id)).limit(1);
  return rows[0];
}

export async function ruleSetVersion(tx: Tx, brandId: string, version: number): Promise<RuleSetRow | undefined> {
  const rows = await tx
    .select()
    .from(brandRuleSets)
    .where(and(eq(brandRuleSets.brandId, brandId), eq(brandRuleSets.version, version)))
    .limit(1);
  return rows[0];
}

export function listRuleSetVersions(tx: Tx, brandId: string, limit = 50) {
  return tx
    .select({
      id: brandRuleSets.id,
      version: brandRuleSets.version,
      createdBy: brandRuleSets.createdBy,
      note: brandRuleSets.note,
      createdAt: brandRuleSets.createdAt,
    })
    .from(brandRuleSets)
    .where(eq(brandRuleSets.brandId, brandId))
    .orderBy(desc(brandRuleSets.version))
    .limit(limit);
}

export async function maxVersion(tx: Tx, brandId: string): Promise<number> {
  const rows = await tx
    .select({ v: sql<number>`coalesce(max(${brandRuleSets.version}), 0)` })
    .from(brandRuleSets)
    .where(eq(brandRuleSets.brandId, brandId));
  return Number(rows[0]?.v ?? 0);
}

export async function insertRuleSet(tx: Tx, row: typeof brandRuleSets.$inferInsert): Promise<void> {
  await tx.insert(brandRuleSets).values(row);
}
