import { inArray } from "drizzle-orm";
import type { Database } from "../../db/client.ts";
import { tagsOf } from "../../db/repositories/assets.ts";
import { recordCost } from "../../db/repositories/costs.ts";
import { recordEvent } from "../../db/repositories/events.ts";
import {
  assetsNeedingEmbedding,
  countEmbeddable,
  type EmbeddingRow,
  embeddingStats,
  upsertEmbeddings,
} from "../../db/repositories/vectors.ts";
import { assets } from "../../db/schema.ts";
import { type Clock, isoNow } from "../clock.ts";
import { invalidInput } from "../errors.ts";
import type { Logger } from "../log.ts";
import { systemActor } from "../people/caller.ts";
import type { VectorIndexes } from "../search/indexes.ts";
import type { VectorIndex } from "../search/vector-index.ts";
import { assetText } from "./asset-text.ts";
import { describeModel, type EmbeddingKind, type ModelRef, type TextEmbedder, toBlob } from "./provider.ts";
import { type ImageFeatures, imageFeatures, VISUAL_DIMS, VISUAL_MODEL, VISUAL_VERSION } from "./visual.ts";

export const VISUAL_REF: ModelRef = { model: VISUAL_MODEL, version: VISUAL_VERSION, dims: VISUAL_DIMS };

export interface EmbeddingDeps {
  database: Database;
  clock: Clock;
  logger: Logger;
  indexes: VectorIndexes;
  /** The configured text model: new and stale assets are embedded with it. */
  text: TextEmbedder;
  /** Other models that can still embed queries while the configured one is being filled in (e.g. the local one). */
  fallbacks?: TextEmbedder[];
  readOriginal(assetId: string): Promise<Buffer>;
}

export interface EmbedOutcome {
  embedded: number;
  failed: { id: string; error: string }[];
}

/**
 * Text and visual vectors per asset, stored in asset_embeddings with model + version. A model change never takes
 * search down: queries keep using the model that covers the library until the background re-embedder has given every
 * asset a vector from the new model, then they switch.
 */
export class EmbeddingService {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<unknown> | undefined;
  private serving: { embedder: TextEmbedder; at: number } | undefined;
  /** Images that could not be decoded: not retried by the background loop until the process restarts. */
  private readonly unreadable = new Set<string>();

  constructor(private readonly deps: EmbeddingDeps) {}

  get configured(): TextEmbedder {
    return this.deps.text;
  }

  /** Embeds the given assets (text + visual). Unreadable images are reported, the rest still get vectors. */
  async embedAssets(
    ids: string[],
    options: { bytes?: Map<string, Buffer>; features?: Map<string, ImageFeatures>; actor?: string } = {},
  ): Promise<EmbedOutcome> {
    if (ids.length === 0) return { embedded: 0, failed: [] };
    const { db } = this.deps.database;
    const rows = await db.select().from(assets).where(inArray(assets.id, ids));
    const tags = await tagsOf(db, ids);
    const texts = rows.map((r) => assetText({ ...r, tags: tags.filter((t) => t.assetId === r.id) }));
    const embedders = [this.deps.text];
    const serving = await this.servingText();
    if (serving.model !== this.deps.text.model) embedders.push(serving);
    const failed: EmbedOutcome["failed"] = [];
    const writes: { kind: EmbeddingKind; ref: ModelRef; rows: { assetId: string; vector: Float32Array }[] }[] = [];
    const usage: { provider: string; tokens: number; costMicros: number }[] = [];
    for (const embedder of embedders) {
      const result = await embedder.embed(texts);
      const ref = { model: embedder.model, version: embedder.version, dims: embedder.dims };
      for (const v of result.vectors) {
        if (v.length !== ref.dims) {
          throw invalidInput(
            "vector",
            `${embedder.model} returned ${v.length}-d vectors, expected ${describeModel(ref)}`,
            "Check the embedding model configuration.",
          );
        }
      }
      writes.push({ kind: "text", ref, rows: rows.map((r, i) => ({ assetId: r.id, vector: result.vectors[i]! })) });
      if (result.tokens > 0)
        usage.push({ provider: embedder.model, tokens: result.tokens, costMicros: result.costMicros });
    }
    const visual: { assetId: string; vector: Float32Array }[] = [];
    for (const row of rows) {
      try {
        const known = options.features?.get(row.id);
        if (known) {
          visual.push({ assetId: row.id, vector: known.vector });
          continue;
        }
        const bytes = options.bytes?.get(row.id) ?? (await this.deps.readOriginal(row.id));
        visual.push({ assetId: row.id, vector: (await imageFeatures(bytes)).vector });
      } catch (error) {
        this.unreadable.add(row.id);
        failed.push({ id: row.id, error: error instanceof Error ? error.message : String(error) });
      }
    }
    writes.push({ kind: "visual", ref: VISUAL_REF, rows: visual });
    await this.write(writes, usage, options.actor ?? "embedder");
    return { embedded: rows.length, failed };
  }

  private async write(
    writes: { kind: EmbeddingKind; ref: ModelRef; rows: { assetId: string; vector: Float32Array }[] }[],
    usage: { provider: string; tokens: number; costMicros: number }[],
    actor: string,
  ) {
    const at = isoNow(this.deps.clock);
    const rows: EmbeddingRow[] = writes.flatMap((w) =>
      w.rows.map((r) => ({
        assetId: r.assetId,
        kind: w.kind,
        model: w.ref.model,
        modelVersion: w.ref.version,
        dims: w.ref.dims,
        vector: toBlob(r.vector),
      })),
    );
    await this.deps.database.db.transaction(async (tx) => {
      await upsertEmbeddings(tx, rows, at);
      for (const u of usage) {
        await recordCost(
          tx,
          { provider: "openai", operation: `embeddings:${u.provider}`, tokensIn: u.tokens, costMicros: u.costMicros },
          at,
        );
      }
      await recordEvent(tx, {
        entityType: "embeddings",
        entityId: writes.map((w) => w.ref.model).join("+"),
        action: "embeddings.written",
        actor,
        at,
        data: {
          vectors: rows.length,
          assets: [...new Set(rows.map((r) => r.assetId))].slice(0, 50),
          models: writes.map((w) => describeModel(w.ref)),
        },
      });
    });
    for (const w of writes) await this.deps.indexes.written(w.kind, w.ref, w.rows, at);
  }

  /** The text model that answers queries now: the configured one once it covers the library, else the best-covering. */
  async servingText(): Promise<TextEmbedder> {
    // Re-decided every 30 s and after each re-embedding batch; counting 100k rows on every query would cost more than the search.
    if (this.serving && Date.now() - this.serving.at < 30_000) return this.serving.embedder;
    const { db } = this.deps.database;
    const [stats, total] = await Promise.all([embeddingStats(db, "text"), countEmbeddable(db)]);
    const candidates = [this.deps.text, ...(this.deps.fallbacks ?? [])];
    const coverage = (e: TextEmbedder) => stats.find((s) => s.model === e.model && s.dims === e.dims)?.n ?? 0;
    let chosen = this.deps.text;
    if (coverage(chosen) < total) {
      const best = candidates
        .filter((e) => coverage(e) > coverage(chosen))
        .sort((a, b) => coverage(b) - coverage(a))[0];
      if (best) chosen = best;
    }
    this.serving = { embedder: chosen, at: Date.now() };
    return chosen;
  }

  async textIndex(): Promise<{ index: VectorIndex; embedder: TextEmbedder }> {
    const embedder = await this.servingText();
    const index = await this.deps.indexes.get("text", {
      model: embedder.model,
      version: embedder.version,
      dims: embedder.dims,
    });
    return { index, embedder };
  }

  visualIndex(): Promise<VectorIndex> {
    return this.deps.indexes.get("visual", VISUAL_REF);
  }

  async embedQuery(text: string): Promise<{ vector: Float32Array; index: VectorIndex }> {
    const { index, embedder } = await this.textIndex();
    const result = await embedder.embed([text]);
    if (result.tokens > 0) {
      await recordCost(
        this.deps.database.db,
        {
          provider: "openai",
          operation: `embeddings:${embedder.model}`,
          tokensIn: result.tokens,
          costMicros: result.costMicros,
        },
        isoNow(this.deps.clock),
      );
    }
    return { vector: result.vectors[0]!, index };
  }

  /**
   * One step of background re-embedding: assets missing a vector from the configured text model (or the visual
   * model), or whose vector is older than their last edit. Returns how many were done and how many remain.
   */
  async reembedBatch(limit = 100): Promise<{ embedded: number; failed: number; remaining: number }> {
    const { db } = this.deps.database;
    const text = this.deps.text;
    if ("ready" in text && typeof text.ready === "function") await (text as { ready(): Promise<unknown> }).ready();
    const ids = new Set([
      ...(await assetsNeedingEmbedding(db, "text", text.model, text.version, limit)),
      ...(
        await assetsNeedingEmbedding(db, "visual", VISUAL_MODEL, VISUAL_VERSION, limit + this.unreadable.size)
      ).filter((id) => !this.unreadable.has(id)),
    ]);
    const batch = [...ids].slice(0, limit);
    const outcome = await this.embedAssets(batch, { actor: systemActor("reembedder") });
    this.serving = undefined;
    const remaining = (await assetsNeedingEmbedding(db, "text", text.model, text.version, 1_000_000)).length;
    return { embedded: outcome.embedded, failed: outcome.failed.length, remaining };
  }

  /**
   * Runs re-embedding batches every `intervalMs` until stopped; one batch at a time. `busy` skips a tick while new
   * assets are still being enriched (they get their vectors there; re-embedding them too would double the work).
   */
  startBackground(intervalMs = 5_000, busy: () => boolean = () => false) {
    if (this.timer) return;
    this.timer = setInterval(() => {
      if (this.running || busy()) return;
      this.running = this.reembedBatch()
        .then((r) => {
          if (r.embedded > 0) this.deps.logger.info("re-embedded assets", r);
        })
        .catch((error) => this.deps.logger.warn("re-embedding failed", { error: String(error) }))
        .finally(() => {
          this.running = undefined;
        });
    }, intervalMs);
    this.timer.unref();
  }

  async stop() {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    await this.running;
  }
}
