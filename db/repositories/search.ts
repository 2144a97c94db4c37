import { and, eq, gte, inArray, isNull, notInArray, or, type SQL, sql } from "drizzle-orm";
import type { Db, Tx } from "../client.ts";
import { jsonFieldOf } from "../json-sql.ts";
import { assets, assetTags } from "../schema.ts";
import { recordEvent } from "./events.ts";
import { brandVisible, type VisibleBrands } from "./visibility.ts";

/** Statuses that keep an asset out of search results unless the caller asks for them. */
export const HIDDEN_STATUSES = ["needs_review", "rejected", "archived", "discarded"];

export interface SearchFilters {
  brandId?: string | undefined;
  /** Only assets of the brands a caller may see (undefined: every brand). */
  visible?: VisibleBrands;
  kind?: string | undefined;
  status?: string | undefined;
  /** Only assets tagged for this audience slug. */
  audience?: string | undefined;
  /** File format (jpeg, png...) or placement format tag (square-1x1, story-9x16...). */
  format?: string | undefined;
  /** Only assets whose rights are valid on this date (YYYY-MM-DD or ISO); no expiry counts as valid. */
  rightsValidOn?: string | undefined;
  /** Include needs_review, rejected, archived and out-of-rights assets. */
  includeAll?: boolean | undefined;
  /** Today's date, for the default "rights still valid" rule. */
  today: string;
}

/** FTS5 candidates, best first. `match` must already be a safe FTS5 expression (quoted terms). */
export async function fullTextCandidates(tx: Tx, match: string, limit: number) {
  return tx.all<{ assetId: string; rank: number }>(sql`
    SELECT asset_id AS assetId, rank FROM asset_search
    WHERE asset_search MATCH ${match} AND rank MATCH 'bm25(0.0, 4.0, 2.0, 3.0, 1.0, 1.5)'
    ORDER BY rank LIMIT ${limit}`);
}

/** The text columns ranking reads, for every candidate (full rows are read only for the returned page). */
const CANDIDATE_COLUMNS = {
  id: assets.id,
  name: assets.name,
  kind: assets.kind,
  description: assets.description,
  category: assets.category,
  useCase: assets.useCase,
  notes: assets.notes,
  usageNotes: assets.usageNotes,
};
export type CandidateRow = { [K in keyof typeof CANDIDATE_COLUMNS]: (typeof assets.$inferSelect)[K] };

/** The candidates that pass the filters (and the default exclusions unless includeAll). */
export async function filterCandidates(tx: Tx, ids: string[], f: SearchFilters): Promise<CandidateRow[]> {
  if (ids.length === 0) return [];
  const where: (SQL | undefined)[] = [inArray(assets.id, ids), isNull(assets.mergedInto)];
  if (f.brandId) where.push(eq(assets.brandId, f.brandId));
  if (f.visible) where.push(brandVisible(assets.brandId, f.visible));
  if (f.kind) where.push(eq(assets.kind, f.kind));
  if (f.status) where.push(eq(assets.status, f.status));
  else if (!f.includeAll) where.push(notInArray(assets.status, HIDDEN_STATUSES), sql`${assets.kind} <> 'rejected'`);
  const rightsDay = f.rightsValidOn ?? (f.includeAll ? undefined : f.today);
  if (rightsDay) where.push(or(isNull(assets.rightsExpiresAt), gte(assets.rightsExpiresAt, rightsDay)));
  if (f.audience) {
    where.push(
      inArray(
        assets.id,
        tx
          .select({ id: assetTags.assetId })
          .from(assetTags)
          .where(and(eq(assetTags.category, "audience"), eq(assetTags.tag, f.audience))),
      ),
    );
  }
  if (f.format) {
    where.push(
      or(
        eq(assets.format, f.format),
        inArray(
          assets.id,
          tx
            .select({ id: assetTags.assetId })
            .from(assetTags)
            .where(and(eq(assetTags.category, "format"), eq(assetTags.tag, f.format))),
        ),
      ),
    );
  }
  const rows: CandidateRow[] = [];
  for (let start = 0; start < ids.length; start += 900) {
    where[0] = inArray(assets.id, ids.slice(start, start + 900));
    rows.push(
      ...(await tx
        .select(CANDIDATE_COLUMNS)
        .from(assets)
        .where(and(...where))),
    );
  }
  return rows;
}

/** Per asset: how strongly it is for an audience — its tag confidence, and experiments run (and won) for it. */
export async function audienceSignals(tx: Tx, ids: string[], audience: { slug: string; id: string }) {
  if (ids.length === 0) return new Map<string, { tag: number; tested: number }>();
  const out = new Map<string, { tag: number; tested: number }>();
  const tagged = await tx
    .select({ assetId: assetTags.assetId, confidence: assetTags.confidence })
    .from(assetTags)
    .where(and(inArray(assetTags.assetId, ids), eq(assetTags.category, "audience"), eq(assetTags.tag, audience.slug)));
  for (const t of tagged) out.set(t.assetId, { tag: Math.max(out.get(t.assetId)?.tag ?? 0, t.confidence), tested: 0 });
  const tested = await tx.all<{ assetId: string; won: number }>(sql`
    SELECT a.asset_id AS assetId, max(CASE WHEN e.winner_arm_id = a.id THEN 1 ELSE 0 END) AS won
    FROM arms a JOIN experiments e ON e.id = a.experiment_id
    WHERE e.audience_id = ${audience.id} AND a.asset_id IN (${sql.join(
      ids.map((id) => sql`${id}`),
      sql`, `,
    )})
    GROUP BY a.asset_id`);
  for (const t of tested) out.set(t.assetId, { tag: out.get(t.assetId)?.tag ?? 0, tested: t.won ? 1 : 0.5 });
  return out;
}

export interface RankingTag {
  category: string;
  tag: string;
  confidence: number;
}

/**
 * The tags ranking reads, by asset: only the three columns it uses. A search reads the tags of every candidate (~300
 * rows for 25 candidates), and turning each row's source and timestamp into strings too was a fair part of its cost.
 */
export async function rankingTagsOf(tx: Tx, ids: string[]): Promise<Map<string, RankingTag[]>> {
  const byAsset = new Map<string, RankingTag[]>();
  if (ids.length === 0) return byAsset;
  const rows = await tx
    .select({
      assetId: assetTags.assetId,
      category: assetTags.category,
      tag: assetTags.tag,
      confidence: assetTags.confidence,
    })
    .from(assetTags)
    .where(inArray(assetTags.assetId, ids));
  for (const { assetId, ...tag } of rows) {
    const tags = byAsset.get(assetId);
    if (tags) tags.push(tag);
    else byAsset.set(assetId, [tag]);
  }
  return byAsset;
}

export function assetRowsByIds(tx: Tx, ids: string[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return tx.select().from(assets).where(inArray(assets.id, ids));
}

/**
 * Live assets whose enrichment never finished (no perceptual hash, or no tags at all — every enriched asset gets at
 * least a format tag, an unreadable one an error tag), skipping those already marked with an enrichment or tagging
 * error. A restart enqueues these, so enrichment interrupted by a stop is caught up.
 */
export async function assetsNeedingEnrichment(tx: Tx, limit: number, afterId = ""): Promise<string[]> {
  const rows = await tx.all<{ id: string }>(sql`
    SELECT a.id AS id FROM assets a
    WHERE a.id > ${afterId} AND a.merged_into IS NULL
      AND (a.phash IS NULL OR NOT EXISTS (SELECT 1 FROM asset_tags t WHERE t.asset_id = a.id))
      AND json_valid(a.metadata) AND ${jsonFieldOf("a.metadata", "$.enrichmentError")} IS NULL
      AND ${jsonFieldOf("a.metadata", "$.taggingError")} IS NULL
    ORDER BY a.id LIMIT ${limit}`);
  return rows.map((r) => r.id);
}

/** Marks assets whose enrichment failed: metadata.enrichmentError and an asset.enrichment_failed event each. */
export async function recordEnrichmentFailures(db: Db, assetIds: string[], message: string, at: string) {
  if (assetIds.length === 0) return;
  await db.transaction(async (tx) => {
    await tx.run(sql`UPDATE assets SET metadata = CASE WHEN json_valid(metadata) THEN json_set(coalesce(metadata, '{}'), '$.enrichmentError', ${message}) ELSE metadata END
      WHERE id IN (${sql.join(
        assetIds.map((id) => sql`${id}`),
        sql`, `,
      )})`);
    for (const id of assetIds) {
      await recordEvent(tx, {
        entityType: "asset",
        entityId: id,
        action: "asset.enrichment_failed",
        actor: "enrichment",
        at,
        data: { error: message },
      });
    }
  });
}

/** Documents matching an FTS5 expression, counted up to `cap` (enough to tell a rare term from a common one). */
export async function documentFrequency(tx: Tx, match: string, cap: number): Promise<number> {
  const [row] = await tx.all<{ n: number }>(sql`
    SELECT count(*) AS n FROM (SELECT 1 FROM asset_search WHERE asset_search MATCH ${match} LIMIT ${cap})`);
  return Number(row?.n ?? 0);
}
