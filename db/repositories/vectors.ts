import type { Client } from "@libsql/client";
import { and, eq, inArray, sql } from "drizzle-orm";
import type { Tx } from "../client.ts";
import { assetEmbeddings } from "../schema.ts";

export interface EmbeddingRow {
  assetId: string;
  kind: string;
  model: string;
  modelVersion: string;
  dims: number;
  /** libSQL F32_BLOB layout (little-endian float32s): `vector_distance_cos(vector, vector32(?))` works on it. */
  vector: Buffer;
}

/**
 * Upserts vectors (one per asset, kind and model) in multi-row statements. Plain SQL rather than the query builder:
 * measured ~4x faster for 100k rows, which is what keeps bulk inserts above 2,000 assets/s.
 */
export async function upsertEmbeddings(tx: Tx, rows: EmbeddingRow[], at: string): Promise<void> {
  for (let start = 0; start < rows.length; start += 400) {
    const values = sql.join(
      rows
        .slice(start, start + 400)
        .map((r) => sql`(${r.assetId}, ${r.kind}, ${r.model}, ${r.modelVersion}, ${r.dims}, ${r.vector}, ${at})`),
      sql`, `,
    );
    await tx.run(sql`INSERT INTO asset_embeddings (asset_id, kind, model, model_version, dims, vector, created_at)
      VALUES ${values}
      ON CONFLICT (asset_id, kind, model) DO UPDATE SET model_version = excluded.model_version, dims = excluded.dims,
        vector = excluded.vector, created_at = excluded.created_at`);
  }
}

/**
 * All vectors of one kind and model as raw bytes, for loading the in-memory index; `since` loads only newer rows.
 * Straight through the libSQL client: the query builder's per-row mapping made loading 100k vectors ~10x slower.
 */
export async function vectorRows(client: Client, kind: string, model: string, since?: string) {
  const result = await client.execute({
    sql: `SELECT asset_id, vector, dims, created_at FROM asset_embeddings WHERE kind = ? AND model = ?${since ? " AND created_at >= ?" : ""}`,
    args: since ? [kind, model, since] : [kind, model],
  });
  return result.rows.map((r) => ({
    assetId: r.asset_id as string,
    vector: r.vector as ArrayBuffer,
    dims: Number(r.dims),
    createdAt: r.created_at as string,
  }));
}

/** All vectors of one kind and model (query builder form, for small reads). */
export function embeddingsOf(tx: Tx, kind: string, model: string, since?: string) {
  return tx
    .select({
      assetId: assetEmbeddings.assetId,
      vector: assetEmbeddings.vector,
      dims: assetEmbeddings.dims,
      modelVersion: assetEmbeddings.modelVersion,
      createdAt: assetEmbeddings.createdAt,
    })
    .from(assetEmbeddings)
    .where(
      and(
        eq(assetEmbeddings.kind, kind),
        eq(assetEmbeddings.model, model),
        since ? sql`${assetEmbeddings.createdAt} >= ${since}` : undefined,
      ),
    );
}

export function embeddingsFor(tx: Tx, assetIds: string[], kind?: string) {
  if (assetIds.length === 0) return Promise.resolve([]);
  return tx
    .select()
    .from(assetEmbeddings)
    .where(and(inArray(assetEmbeddings.assetId, assetIds), kind ? eq(assetEmbeddings.kind, kind) : undefined));
}

/** How many vectors each model holds per kind, with the newest write (to notice other processes' writes). */
export async function embeddingStats(tx: Tx, kind: string) {
  return tx.all<{ model: string; dims: number; n: number; latest: string }>(sql`
    SELECT model, max(dims) AS dims, count(*) AS n, max(created_at) AS latest
    FROM asset_embeddings WHERE kind = ${kind} GROUP BY model`);
}

/**
 * Assets (not merged away) whose vector for `model` is missing, from another model version, or older than the
 * asset's last edit — what the background re-embedder works through.
 */
export async function assetsNeedingEmbedding(
  tx: Tx,
  kind: string,
  model: string,
  version: string,
  limit: number,
): Promise<string[]> {
  const staleOnEdit = kind === "text" ? sql`OR e.created_at < a.updated_at` : sql``;
  const rows = await tx.all<{ id: string }>(sql`
    SELECT a.id FROM assets a
    LEFT JOIN asset_embeddings e ON e.asset_id = a.id AND e.kind = ${kind} AND e.model = ${model}
    WHERE a.merged_into IS NULL AND (e.asset_id IS NULL OR e.model_version <> ${version} ${staleOnEdit})
    ORDER BY a.created_at, a.id LIMIT ${limit}`);
  return rows.map((r) => r.id);
}

export async function countEmbeddable(tx: Tx): Promise<number> {
  const [row] = await tx.all<{ n: number }>(sql`SELECT count(*) AS n FROM assets WHERE merged_into IS NULL`);
  return row?.n ?? 0;
}
