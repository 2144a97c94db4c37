import { and, desc, eq, inArray, sql } from "drizzle-orm";
import type { Tx } from "../client.ts";
import { jsonFieldOf } from "../json-sql.ts";
import { assetEmbeddings, taggerVersions } from "../schema.ts";

/** Storage for the tagger learning loop: the signals it learns from, cached vectors, versions and cycle history. */

export type TaggerVersionRow = typeof taggerVersions.$inferSelect;

export async function readSignals(tx: Tx) {
  const [feedback, reviews, outcomes, clicks, machineTags] = await Promise.all([
    tx.all<{ assetId: string; tag: string | null; label: string; createdAt: string }>(
      sql`SELECT asset_id AS assetId, tag, label, created_at AS createdAt FROM feedback_labels WHERE asset_id IS NOT NULL`,
    ),
    tx.all<{ assetId: string; status: string; at: string }>(
      sql`SELECT asset_id AS assetId, status, coalesce(decided_at, created_at) AS at FROM review_requests
          WHERE asset_id IS NOT NULL AND status IN ('approved', 'rejected')`,
    ),
    tx.all<{ assetId: string; status: string }>(
      sql`SELECT id AS assetId, status FROM assets WHERE status IN ('promoted', 'discarded')`,
    ),
    tx.all<{ assetId: string | null; tag: string | null; at: string }>(
      sql`SELECT ${jsonFieldOf("data", "$.assetId")} AS assetId, ${jsonFieldOf("data", "$.tag")} AS tag, created_at AS at
          FROM events WHERE action = 'search.click'`,
    ),
    machineTagRows(tx),
  ]);
  return {
    feedback,
    reviews,
    outcomes,
    clicks: clicks.filter((c): c is { assetId: string; tag: string; at: string } => !!c.assetId && !!c.tag),
    machineTags,
  };
}

/** Tags written by a tagger (not by people); what "the current tagger" said before any learned version existed. */
export function machineTagRows(tx: Tx) {
  return tx.all<{ assetId: string; category: string; tag: string; confidence: number; source: string }>(
    sql`SELECT asset_id AS assetId, category, tag, confidence, source FROM asset_tags
        WHERE source NOT IN ('human', 'manual', 'feedback')`,
  );
}

export async function storedVectors(tx: Tx, assetIds: string[], model: string) {
  const out = new Map<string, Uint8Array>();
  for (let i = 0; i < assetIds.length; i += 500) {
    const rows = await tx
      .select({ assetId: assetEmbeddings.assetId, vector: assetEmbeddings.vector })
      .from(assetEmbeddings)
      .where(and(eq(assetEmbeddings.model, model), inArray(assetEmbeddings.assetId, assetIds.slice(i, i + 500))));
    for (const r of rows) out.set(r.assetId, r.vector);
  }
  return out;
}

export async function storeVector(tx: Tx, row: typeof assetEmbeddings.$inferInsert) {
  await tx.insert(assetEmbeddings).values(row).onConflictDoNothing();
}

export function assetShas(tx: Tx, assetIds: string[]) {
  if (assetIds.length === 0) return Promise.resolve([]);
  return tx.all<{ id: string; sha256: string }>(
    sql`SELECT id, sha256 FROM assets WHERE id IN (${sql.join(
      assetIds.map((id) => sql`${id}`),
      sql`, `,
    )})`,
  );
}

export function listTaggerVersions(tx: Tx, limit = 100) {
  return tx.select().from(taggerVersions).orderBy(desc(taggerVersions.version)).limit(limit);
}

export async function getTaggerVersion(tx: Tx, ref: string): Promise<TaggerVersionRow | undefined> {
  const asNumber = /^v?\d+$/i.test(ref) ? Number(ref.replace(/^v/i, "")) : undefined;
  const rows = await tx
    .select()
    .from(taggerVersions)
    .where(asNumber !== undefined ? eq(taggerVersions.version, asNumber) : eq(taggerVersions.id, ref))
    .limit(1);
  return rows[0];
}

export async function activeTaggerVersion(tx: Tx): Promise<TaggerVersionRow | undefined> {
  return (await tx.select().from(taggerVersions).where(eq(taggerVersions.status, "active")).limit(1))[0];
}

export async function nextTaggerVersionNumber(tx: Tx): Promise<number> {
  const [row] = await tx.all<{ v: number | null }>(sql`SELECT max(version) AS v FROM tagger_versions`);
  return Number(row?.v ?? 0) + 1;
}

export async function insertTaggerVersion(tx: Tx, row: typeof taggerVersions.$inferInsert) {
  await tx.insert(taggerVersions).values(row);
}

/** Compare-and-set on status so two approvers cannot both flip the active version. */
export async function setTaggerStatus(
  tx: Tx,
  id: string,
  from: string,
  to: string,
  approvedBy?: string,
): Promise<boolean> {
  const res = await tx
    .update(taggerVersions)
    .set({ status: to, ...(approvedBy ? { approvedBy } : {}) })
    .where(and(eq(taggerVersions.id, id), eq(taggerVersions.status, from)));
  return res.rowsAffected === 1;
}

export async function retireActive(tx: Tx, to: string) {
  await tx.update(taggerVersions).set({ status: to }).where(eq(taggerVersions.status, "active"));
}

export function learningCycles(tx: Tx, limit = 50) {
  return tx.all<{ id: string; actor: string; data: string; createdAt: string }>(
    sql`SELECT entity_id AS id, actor, data, created_at AS createdAt FROM events WHERE entity_type = 'tagger_cycle'
        ORDER BY created_at DESC, id DESC LIMIT ${limit}`,
  );
}

export function driftChecks(tx: Tx, limit = 200) {
  return tx.all<{ action: string; data: string; createdAt: string }>(
    sql`SELECT action, data, created_at AS createdAt FROM events WHERE entity_type = 'drift'
        ORDER BY created_at DESC LIMIT ${limit}`,
  );
}

/** Raw figures behind the KPIs (see core/learning/kpis.ts), all from tables other capabilities fill. */
export async function kpiFigures(tx: Tx) {
  const [row] = await tx.all<Record<string, number | null>>(sql`SELECT
    (SELECT count(*) FROM asset_tags WHERE source NOT IN ('human', 'manual', 'feedback')) AS machineTags,
    (SELECT count(*) FROM feedback_labels WHERE tag IS NOT NULL) AS tagFeedback,
    (SELECT count(*) FROM feedback_labels WHERE tag IS NOT NULL AND lower(label) IN ('incorrect_tag', 'wrong_tag', 'remove_tag', 'incorrect', 'wrong', 'add_tag', 'missing_tag')) AS corrections,
    (SELECT avg(CAST(${jsonFieldOf("data", "$.durationMs")} AS REAL)) FROM events WHERE action LIKE 'search%' AND ${jsonFieldOf("data", "$.durationMs")} IS NOT NULL) AS searchMs,
    (SELECT count(*) FROM events WHERE action = 'drift.detected') AS driftDetections,
    (SELECT count(*) FROM events WHERE action LIKE '%blocked%' OR action LIKE '%prevented%' OR action LIKE '%repaired%' OR action LIKE '%dropped%' OR action LIKE 'brand.%fail%') AS errorsPrevented,
    (SELECT count(*) FROM review_requests WHERE status = 'rejected') AS reviewRejections`);
  const cycle = await tx.all<{
    ms: number;
  }>(sql`SELECT (julianday(ev.created_at) - julianday(a.created_at)) * 86400000 AS ms
    FROM assets a JOIN events ev ON ev.entity_id = a.id AND ev.action IN ('asset.status.approved', 'asset.status.promoted')
    WHERE a.kind = 'output' ORDER BY ms LIMIT 5000`);
  const uplift = await tx.all<{ winner: number | null; mean: number | null }>(sql`
    WITH arm_rates AS (
      SELECT ar.experiment_id AS exp, ar.id AS arm, sum(m.clicks) * 1.0 / nullif(sum(m.impressions), 0) AS rate
      FROM arms ar JOIN deployments d ON d.arm_id = ar.id JOIN metrics m ON m.platform = d.platform AND m.platform_ad_id = d.platform_ad_id
      GROUP BY ar.id)
    SELECT (SELECT rate FROM arm_rates r WHERE r.arm = e.winner_arm_id) AS winner, (SELECT avg(rate) FROM arm_rates r WHERE r.exp = e.id) AS mean
    FROM experiments e WHERE e.winner_arm_id IS NOT NULL`);
  return { ...(row ?? {}), cycleMs: cycle.map((c) => c.ms), uplift };
}

/** The newest live assets (drift compares what they look like with what the tagger learned from). */
export async function newestAssetIds(tx: Tx, limit: number): Promise<string[]> {
  const rows = await tx.all<{ id: string }>(sql`SELECT id FROM assets ORDER BY created_at DESC LIMIT ${limit}`);
  return rows.map((r) => r.id);
}

/** The pending tagger review for this subject, if one is open. */
export async function pendingTaggerReview(tx: Tx, subjectId: string): Promise<string | undefined> {
  const [row] = await tx.all<{ id: string }>(
    sql`SELECT id FROM review_requests WHERE subject_type = 'tagger' AND subject_id = ${subjectId} AND status = 'pending' LIMIT 1`,
  );
  return row?.id;
}
