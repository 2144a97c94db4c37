import { and, desc, eq, gte, inArray, isNull, like, lt, or, type SQL, sql } from "drizzle-orm";
import type { Tx } from "../client.ts";
import { assetLinks, assets, assetTags } from "../schema.ts";
import { brandVisible, type VisibleBrands } from "./visibility.ts";

export type AssetRow = typeof assets.$inferSelect;
export type NewAssetRow = typeof assets.$inferInsert;
export type LinkRow = typeof assetLinks.$inferSelect;
export type TagRow = typeof assetTags.$inferSelect;

export interface AssetQuery {
  kind?: string | undefined;
  status?: string | undefined;
  brandId?: string | undefined;
  category?: string | undefined;
  useCase?: string | undefined;
  owner?: string | undefined;
  campaign?: string | undefined;
  nameContains?: string | undefined;
  rightsValidOn?: string | undefined;
  /** Only assets of the brands a caller may see (undefined: every brand). */
  visible?: VisibleBrands;
  /** Keyset cursor: rows strictly older than (createdAt, id). */
  after?: { createdAt: string; id: string } | undefined;
  limit: number;
}

/** Keyset predicate for newest-first listings: rows strictly older than (createdAt, id). */
export function olderThan(after: { createdAt: string; id: string }): SQL {
  return or(
    lt(assets.createdAt, after.createdAt),
    and(eq(assets.createdAt, after.createdAt), lt(assets.id, after.id)),
  )!;
}

export async function getAssetRow(tx: Tx, id: string): Promise<AssetRow | undefined> {
  const rows = await tx.select().from(assets).where(eq(assets.id, id)).limit(1);
  return rows[0];
}

export async function findBySha256(tx: Tx, sha256: string): Promise<AssetRow | undefined> {
  const rows = await tx
    .select()
    .from(assets)
    .where(and(eq(assets.sha256, sha256), isNull(assets.mergedInto)))
    .limit(1);
  return rows[0];
}

export async function insertAssetRow(tx: Tx, row: NewAssetRow): Promise<void> {
  await tx.insert(assets).values(row);
}

/** Live (not merged) assets holding any of these files; one query for a group of adds. */
export async function findBySha256s(tx: Tx, sha256s: string[]): Promise<AssetRow[]> {
  if (sha256s.length === 0) return [];
  return tx
    .select()
    .from(assets)
    .where(and(inArray(assets.sha256, [...new Set(sha256s)]), isNull(assets.mergedInto)));
}

/**
 * Perceptual hashes of a batch in one UPDATE, written directly (not via updateAssetRow) so hashing does not bump an
 * asset's edit version.
 */
export async function storePerceptualHashes(tx: Tx, items: { assetId: string; phash: string }[]): Promise<void> {
  if (items.length === 0) return;
  const cases = sql.join(
    items.map((i) => sql`WHEN ${i.assetId} THEN ${i.phash}`),
    sql` `,
  );
  const ids = sql.join(
    items.map((i) => sql`${i.assetId}`),
    sql`, `,
  );
  await tx.run(sql`UPDATE assets SET phash = CASE id ${cases} END WHERE id IN (${ids})`);
}

/** One multi-row INSERT for a group of new assets. */
export async function insertAssetRows(tx: Tx, rows: NewAssetRow[]): Promise<void> {
  if (rows.length) await tx.insert(assets).values(rows);
}

export async function updateAssetRow(
  tx: Tx,
  id: string,
  patch: Partial<NewAssetRow>,
  expectedVersion?: number,
): Promise<boolean> {
  const where =
    expectedVersion === undefined ? eq(assets.id, id) : and(eq(assets.id, id), eq(assets.version, expectedVersion));
  const result = await tx
    .update(assets)
    .set({ ...patch, version: sql`${assets.version} + 1` })
    .where(where);
  return result.rowsAffected > 0;
}

export async function queryAssets(tx: Tx, q: AssetQuery): Promise<AssetRow[]> {
  const where: SQL[] = [];
  if (q.kind) where.push(eq(assets.kind, q.kind));
  if (q.status) where.push(eq(assets.status, q.status));
  if (q.brandId) where.push(eq(assets.brandId, q.brandId));
  if (q.visible) where.push(brandVisible(assets.brandId, q.visible));
  if (q.category) where.push(eq(assets.category, q.category));
  if (q.useCase) where.push(eq(assets.useCase, q.useCase));
  if (q.owner) where.push(eq(assets.owner, q.owner));
  if (q.nameContains) where.push(like(assets.name, `%${q.nameContains.replace(/[%_]/g, "")}%`));
  if (q.rightsValidOn) where.push(or(isNull(assets.rightsExpiresAt), gte(assets.rightsExpiresAt, q.rightsValidOn))!);
  if (q.campaign) {
    where.push(
      inArray(
        assets.id,
        tx
          .select({ id: assetLinks.assetId })
          .from(assetLinks)
          .where(and(eq(assetLinks.targetType, "campaign"), eq(assetLinks.targetId, q.campaign))),
      ),
    );
  }
  if (q.after) where.push(olderThan(q.after));
  return tx
    .select()
    .from(assets)
    .where(where.length ? and(...where) : undefined)
    .orderBy(desc(assets.createdAt), desc(assets.id))
    .limit(q.limit);
}

export function linksOf(tx: Tx, assetIds: string[]): Promise<LinkRow[]> {
  if (assetIds.length === 0) return Promise.resolve([]);
  return tx.select().from(assetLinks).where(inArray(assetLinks.assetId, assetIds));
}

export function tagsOf(tx: Tx, assetIds: string[]): Promise<TagRow[]> {
  if (assetIds.length === 0) return Promise.resolve([]);
  return tx.select().from(assetTags).where(inArray(assetTags.assetId, assetIds));
}

export async function addLinks(tx: Tx, assetId: string, links: { type: string; id: string }[], at: string) {
  if (links.length === 0) return;
  await tx
    .insert(assetLinks)
    .values(links.map((l) => ({ assetId, targetType: l.type, targetId: l.id, createdAt: at })))
    .onConflictDoNothing();
}

/** Links of several assets in one statement (a group of adds). */
export async function addLinksOfMany(tx: Tx, links: { assetId: string; type: string; id: string }[], at: string) {
  if (links.length === 0) return;
  await tx
    .insert(assetLinks)
    .values(links.map((l) => ({ assetId: l.assetId, targetType: l.type, targetId: l.id, createdAt: at })))
    .onConflictDoNothing();
}

export async function removeLinks(tx: Tx, assetId: string, links: { type: string; id: string }[]) {
  for (const l of links) {
    await tx
      .delete(assetLinks)
      .where(and(eq(assetLinks.assetId, assetId), eq(assetLinks.targetType, l.type), eq(assetLinks.targetId, l.id)));
  }
}

export function allAssetRows(tx: Tx) {
  return tx.select().from(assets).orderBy(assets.createdAt, assets.id);
}
