import { and, eq, inArray, like, sql } from "drizzle-orm";
import type { Tx } from "../client.ts";
import { assetTags } from "../schema.ts";

export interface TagInput {
  category: string;
  tag: string;
  confidence: number;
  /** Tagger name + version, e.g. "offline-tagger@2". */
  source: string;
}

/** Replaces what one tagger said about an asset (any version of it); other taggers' and people's tags stay. */
export async function replaceTaggerTags(tx: Tx, assetId: string, taggerName: string, tags: TagInput[], at: string) {
  await tx.delete(assetTags).where(and(eq(assetTags.assetId, assetId), like(assetTags.source, `${taggerName}@%`)));
  if (tags.length === 0) return;
  await tx
    .insert(assetTags)
    .values(tags.map((t) => ({ assetId, ...t, createdAt: at })))
    .onConflictDoNothing();
}

/** Copies tags onto another asset (de-duplication merges); existing identical tags are kept. */
export async function copyTags(tx: Tx, fromAssetId: string, toAssetId: string, at: string) {
  const rows = (await tx.select().from(assetTags).where(eq(assetTags.assetId, fromAssetId))).filter(
    (r) => r.category !== "error",
  );
  if (rows.length === 0) return 0;
  await tx
    .insert(assetTags)
    .values(rows.map((r) => ({ ...r, assetId: toAssetId, createdAt: at })))
    .onConflictDoNothing();
  return rows.length;
}

/**
 * replaceTaggerTags for a batch of assets tagged by one tagger: one DELETE and one INSERT per chunk instead of two
 * statements an asset (enrichment tags 64 assets at a time during a bulk import).
 */
export async function replaceTaggerTagsOfMany(
  tx: Tx,
  taggerName: string,
  items: { assetId: string; tags: TagInput[]; at: string }[],
) {
  // The per-row search triggers stand aside (migration 0006) and each asset's search row is refreshed once below.
  await tx.run(sql`UPDATE search_sync SET paused = 1 WHERE id = 1`);
  for (let i = 0; i < items.length; i += 200) {
    const chunk = items.slice(i, i + 200);
    await tx.delete(assetTags).where(
      and(
        inArray(
          assetTags.assetId,
          chunk.map((c) => c.assetId),
        ),
        like(assetTags.source, `${taggerName}@%`),
      ),
    );
    const rows = chunk.flatMap((c) => c.tags.map((t) => ({ assetId: c.assetId, ...t, createdAt: c.at })));
    if (rows.length) await tx.insert(assetTags).values(rows).onConflictDoNothing();
    const ids = sql.join(
      chunk.map((c) => sql`${c.assetId}`),
      sql`, `,
    );
    await tx.run(sql`UPDATE asset_search SET tags = coalesce((SELECT group_concat(replace(t.tag, '-', ' '), ' ')
      FROM asset_tags t WHERE t.asset_id = asset_search.asset_id AND t.category <> 'error'), '')
      WHERE rowid IN (SELECT rowid FROM assets WHERE id IN (${ids}))`);
  }
  await tx.run(sql`UPDATE search_sync SET paused = 0 WHERE id = 1`);
}
