import { and, asc, desc, eq, inArray, isNotNull, isNull, lt, lte, notInArray, or, type SQL, sql } from "drizzle-orm";
import type { Tx } from "../client.ts";
import { assets } from "../schema.ts";
import { olderThan } from "./assets.ts";
import { brandVisible, type VisibleBrands } from "./visibility.ts";

/** Statuses that take an asset out of the loop for good; nothing here is re-marked or listed for review. */
export const RETIRED_STATUSES = ["rejected", "archived", "discarded"];

/**
 * Every asset downstream of the given nodes (anything that depends on them, transitively), following lineage
 * edges from `to` (dependency) back to `from` (dependent). Only ids that are asset rows are returned.
 */
export function downstreamAssetIds(tx: Tx, nodeIds: string[]): Promise<string[]> {
  return walkAssetIds(tx, nodeIds, "downstream");
}

/** Every asset upstream of the given nodes (what they depend on, transitively). */
export function upstreamAssetIds(tx: Tx, nodeIds: string[]): Promise<string[]> {
  return walkAssetIds(tx, nodeIds, "upstream");
}

async function walkAssetIds(tx: Tx, nodeIds: string[], direction: "upstream" | "downstream"): Promise<string[]> {
  if (nodeIds.length === 0) return [];
  const seeds = sql.join(
    nodeIds.map((id) => sql`SELECT ${id}`),
    sql` UNION `,
  );
  // Downstream follows edges from their dependency (to) to the dependent (from); upstream the other way.
  const [next, current] =
    direction === "downstream"
      ? [sql.raw("e.from_id"), sql.raw("e.to_id")]
      : [sql.raw("e.to_id"), sql.raw("e.from_id")];
  const rows = await tx.all<{ id: string }>(sql`
    WITH RECURSIVE seed(id) AS (${seeds}),
    walk(id) AS (
      SELECT ${next} FROM lineage_edges e JOIN seed s ON ${current} = s.id
      UNION
      SELECT ${next} FROM lineage_edges e JOIN walk w ON ${current} = w.id
    )
    SELECT a.id AS id FROM walk w JOIN assets a ON a.id = w.id ORDER BY a.id`);
  return rows.map((r) => r.id);
}

/** Direct inputs of an output (one hop upstream), assets only. */
export async function directInputAssetIds(tx: Tx, assetId: string): Promise<string[]> {
  const rows = await tx.all<{ id: string }>(sql`
    SELECT a.id AS id FROM lineage_edges e JOIN assets a ON a.id = e.to_id WHERE e.from_id = ${assetId} ORDER BY a.id`);
  return rows.map((r) => r.id);
}

export function assetsByIds(tx: Tx, ids: string[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return tx.select().from(assets).where(inArray(assets.id, ids));
}

/** Live outputs of a brand: what a new rule-set version must re-check. */
export function liveOutputs(tx: Tx, brandId: string) {
  return tx
    .select()
    .from(assets)
    .where(
      and(
        eq(assets.brandId, brandId),
        eq(assets.kind, "output"),
        notInArray(assets.status, [...RETIRED_STATUSES, "needs_review"]),
        isNull(assets.mergedInto),
      ),
    )
    .orderBy(asc(assets.createdAt), asc(assets.id));
}

/** Assets whose rights have lapsed by `now` and that are not yet marked or retired. */
export function lapsedRights(tx: Tx, now: string) {
  return tx
    .select()
    .from(assets)
    .where(
      and(
        isNotNull(assets.rightsExpiresAt),
        lte(assets.rightsExpiresAt, now),
        notInArray(assets.status, [...RETIRED_STATUSES, "needs_review"]),
      ),
    )
    .orderBy(asc(assets.id));
}

export interface ReviewQuery {
  brandId?: string | undefined;
  now: string;
  expiringBefore: string;
  reviewedBefore: string;
  categories: ("stale" | "expiring" | "never_reviewed" | "review_overdue")[];
  /** Only assets of the brands a caller may see (undefined: every brand). */
  visible?: VisibleBrands;
  after?: { createdAt: string; id: string } | undefined;
  limit: number;
}

/** Assets needing a human look, newest first (keyset paginated). */
export function reviewQueue(tx: Tx, q: ReviewQuery) {
  const why: SQL[] = [];
  if (q.categories.includes("stale")) why.push(eq(assets.status, "needs_review"));
  if (q.categories.includes("expiring"))
    why.push(and(isNotNull(assets.rightsExpiresAt), lte(assets.rightsExpiresAt, q.expiringBefore))!);
  if (q.categories.includes("never_reviewed")) why.push(isNull(assets.lastReviewedAt));
  if (q.categories.includes("review_overdue"))
    why.push(and(isNotNull(assets.lastReviewedAt), lt(assets.lastReviewedAt, q.reviewedBefore))!);
  const where: SQL[] = [notInArray(assets.status, RETIRED_STATUSES), isNull(assets.mergedInto), or(...why)!];
  if (q.brandId) where.push(eq(assets.brandId, q.brandId));
  if (q.visible) where.push(brandVisible(assets.brandId, q.visible));
  if (q.after) where.push(olderThan(q.after));
  return tx
    .select()
    .from(assets)
    .where(and(...where))
    .orderBy(desc(assets.createdAt), desc(assets.id))
    .limit(q.limit);
}

/** Newer versions registered for the given assets (a product/packaging change), live ones only. */
export function replacementsOf(tx: Tx, ids: string[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return tx
    .select({ id: assets.id, versionOf: assets.versionOf })
    .from(assets)
    .where(and(inArray(assets.versionOf, ids), notInArray(assets.status, RETIRED_STATUSES)));
}
