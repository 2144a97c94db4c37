import type { Database } from "../../db/client.ts";
import { embeddingStats, vectorRows } from "../../db/repositories/vectors.ts";
import { type EmbeddingKind, fromBlob, type ModelRef } from "../embeddings/provider.ts";
import { VectorIndex } from "./vector-index.ts";

interface Loaded {
  index: VectorIndex;
  /** Newest created_at loaded, and row count seen, to notice writes made by another process. */
  latest: string;
  count: number;
  checkedAt: number;
}

/**
 * In-memory vector indexes, one per (kind, model), loaded lazily from asset_embeddings. Writes through
 * EmbeddingService update them directly; writes by another process (a CLI seed next to a running server) are picked
 * up by a stats check at most every `freshnessMs` (30 s: the check scans the table, so not on every search).
 */
export class VectorIndexes {
  private readonly loaded = new Map<string, Promise<Loaded>>();

  constructor(
    private readonly database: Database,
    private readonly freshnessMs = 30_000,
  ) {}

  async get(kind: EmbeddingKind, ref: ModelRef): Promise<VectorIndex> {
    const key = `${kind}:${ref.model}:${ref.dims}`;
    let pending = this.loaded.get(key);
    if (!pending) {
      pending = this.load(kind, ref);
      pending.catch(() => this.loaded.delete(key));
      this.loaded.set(key, pending);
    }
    const state = await pending;
    if (Date.now() - state.checkedAt > this.freshnessMs) await this.refresh(kind, state);
    return state.index;
  }

  /** Called after vectors were written in this process: keeps a loaded index current without a reload. */
  async written(kind: EmbeddingKind, ref: ModelRef, rows: { assetId: string; vector: Float32Array }[], at: string) {
    const pending = this.loaded.get(`${kind}:${ref.model}:${ref.dims}`);
    if (!pending) return;
    const state = await pending;
    for (const row of rows) {
      if (!state.index.has(row.assetId)) state.count++;
      state.index.upsert(row.assetId, row.vector, ref);
    }
    if (at > state.latest) state.latest = at;
  }

  /** Drops assets (merged away) from every loaded index. */
  async removed(assetIds: string[]) {
    for (const pending of this.loaded.values()) {
      const state = await pending;
      for (const id of assetIds) state.index.remove(id);
    }
  }

  private async load(kind: EmbeddingKind, ref: ModelRef): Promise<Loaded> {
    const index = new VectorIndex(ref);
    const rows = await vectorRows(this.database.client, kind, ref.model);
    let latest = "";
    for (const row of rows) {
      if (row.dims !== ref.dims) continue; // another size of the same model: re-embedded in the background
      index.upsert(row.assetId, fromBlob(row.vector), ref);
      if (row.createdAt > latest) latest = row.createdAt;
    }
    return { index, latest, count: rows.length, checkedAt: Date.now() };
  }

  private async refresh(kind: EmbeddingKind, state: Loaded) {
    state.checkedAt = Date.now();
    const stats = (await embeddingStats(this.database.db, kind)).find((s) => s.model === state.index.ref.model);
    if (!stats || (stats.latest <= state.latest && stats.n === state.count)) return;
    const rows = await vectorRows(this.database.client, kind, state.index.ref.model, state.latest);
    for (const row of rows) {
      if (row.dims !== state.index.ref.dims) continue;
      state.index.upsert(row.assetId, fromBlob(row.vector), state.index.ref);
      if (row.createdAt > state.latest) state.latest = row.createdAt;
    }
    state.count = stats.n;
  }
}
