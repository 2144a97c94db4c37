import { and, eq, inArray, isNull, sql } from "drizzle-orm";
import type { Database } from "../../db/client.ts";
import { linksOf, tagsOf, updateAssetRow } from "../../db/repositories/assets.ts";
import { recordEvent } from "../../db/repositories/events.ts";
import { copyTags } from "../../db/repositories/tags.ts";
import { assets } from "../../db/schema.ts";
import { type Clock, isoNow } from "../clock.ts";
import { dot } from "../embeddings/provider.ts";
import { decodeSmall, featuresOf } from "../embeddings/visual.ts";
import { invalidInput, notFound, WinnowError } from "../errors.ts";
import type { Logger } from "../log.ts";
import type { VectorIndex } from "../search/vector-index.ts";
import { DisjointSets, nearHashPairs } from "./cluster.ts";
import { HashIndex } from "./hash-index.ts";
import { completenessOf, suggestKeeper } from "./keeper.ts";
import { DEFAULT_PHASH_THRESHOLD, hammingDistance, hashOfSmall, perceptualHash } from "./phash.ts";

/**
 * dHash is colour-blind: two colourways of one product shot differ by 3 bits. A perceptual match therefore also needs
 * the colour/layout vectors to agree (re-encodes and resizes score > 0.97; the demo's colourways 0.55-0.62).
 */
export const COLOUR_CONFIRMATION = 0.9;

const HASHES_FRESH_MS = 30_000;

export interface DedupDeps {
  database: Database;
  clock: Clock;
  logger: Logger;
  readOriginal(assetId: string): Promise<Buffer>;
  visualIndex(): Promise<VectorIndex>;
  /** Called with ids archived by a merge (they leave the search indexes). */
  onMerged?: (assetIds: string[]) => Promise<void>;
  phashThreshold?: number;
}

export type DuplicateMethod = "exact" | "perceptual" | "embedding";

export interface DuplicateGroup {
  assetIds: string[];
  suggestedKeep: string;
  evidence: { a: string; b: string; method: DuplicateMethod; distance?: number; similarity?: number }[];
}

/** Exact (sha256), perceptual (dHash) and embedding (visual vector) duplicates; merging keeps one and archives the rest. */
export class DedupService {
  private hashes: { index: HashIndex; loadedAt: number } | undefined;

  constructor(private readonly deps: DedupDeps) {}

  /**
   * Stored hashes of live assets, reloaded after `HASHES_FRESH_MS` so hashes written by another process (a CLI import
   * beside a running server) are seen within that time.
   */
  private async hashIndex(): Promise<HashIndex> {
    if (this.hashes && Date.now() - this.hashes.loadedAt < HASHES_FRESH_MS) return this.hashes.index;
    const index = new HashIndex();
    const rows = await this.deps.database.client.execute(
      "SELECT id, phash FROM assets WHERE phash IS NOT NULL AND merged_into IS NULL",
    );
    for (const row of rows.rows) index.set(row.id as string, row.phash as string);
    this.hashes = { index, loadedAt: Date.now() };
    return index;
  }

  get threshold() {
    return this.deps.phashThreshold ?? DEFAULT_PHASH_THRESHOLD;
  }

  /** On import/generation: store the perceptual hash and flag (not refuse) near-duplicates of live assets. */
  async hashAndFlag(
    assetId: string,
    bytes: Buffer,
    actor: string,
  ): Promise<{ phash: string; nearDuplicates: { id: string; distance: number }[] }> {
    const image = await decodeSmall(bytes);
    const phash = hashOfSmall(image);
    const flagged = await this.flagNearDuplicates([{ assetId, phash, vector: featuresOf(image).vector }], actor);
    return { phash, nearDuplicates: flagged.get(assetId) ?? [] };
  }

  /**
   * Stores the perceptual hashes of a batch of new assets and flags near-duplicates among live assets and earlier
   * members of the batch, in one read of the stored hashes and one transaction. `vector` is the asset's visual vector
   * (from the shared decode) for the colour confirmation.
   */
  async flagNearDuplicates(
    items: { assetId: string; phash: string; vector?: Float32Array | undefined }[],
    actor: string,
  ): Promise<Map<string, { id: string; distance: number }[]>> {
    const out = new Map<string, { id: string; distance: number }[]>();
    if (items.length === 0) return out;
    const { db } = this.deps.database;
    const stored = await this.hashIndex();
    const batch = new Set(items.map((i) => i.assetId));
    const batchVectors = new Map(items.map((i) => [i.assetId, i.vector]));
    let index: VectorIndex | undefined;
    const seen: { id: string; phash: string }[] = [];
    for (const item of items) {
      const close = [
        ...stored.near(item.phash, this.threshold, batch),
        ...seen.map((o) => ({ id: o.id, distance: hammingDistance(item.phash, o.phash) })),
      ].filter((o) => o.distance <= this.threshold);
      if (close.length) index ??= await this.deps.visualIndex();
      const near = close
        .filter((o) => colourAgrees(item.vector, batchVectors.get(o.id) ?? index?.get(o.id)))
        .sort((a, b) => a.distance - b.distance)
        .slice(0, 10);
      out.set(item.assetId, near);
      seen.push({ id: item.assetId, phash: item.phash });
    }
    const flagged = items.filter((i) => out.get(i.assetId)!.length > 0).map((i) => i.assetId);
    const metadata = new Map(
      flagged.length
        ? (
            await db
              .select({ id: assets.id, metadata: assets.metadata })
              .from(assets)
              .where(inArray(assets.id, flagged))
          ).map((r) => [r.id, r.metadata])
        : [],
    );
    const at = isoNow(this.deps.clock);
    await db.transaction(async (tx) => {
      for (const item of items) {
        const near = out.get(item.assetId)!;
        const patch: Record<string, unknown> = { phash: item.phash };
        if (near.length) patch.metadata = { ...(metadata.get(item.assetId) ?? {}), nearDuplicateOf: near };
        // Written directly (not via updateAssetRow) so hashing does not bump the asset's edit version.
        await tx.update(assets).set(patch).where(eq(assets.id, item.assetId));
        if (near.length) {
          await recordEvent(tx, {
            entityType: "asset",
            entityId: item.assetId,
            action: "asset.near_duplicate_flagged",
            actor,
            at,
            data: { nearDuplicateOf: near, threshold: this.threshold },
          });
        }
      }
    });
    for (const item of items) stored.set(item.assetId, item.phash);
    return out;
  }

  /** Hashes live assets that have no perceptual hash yet (imported before hashing existed). */
  async backfillHashes(limit = 500): Promise<number> {
    const { db } = this.deps.database;
    const rows = await db
      .select({ id: assets.id })
      .from(assets)
      .where(and(isNull(assets.phash), isNull(assets.mergedInto)))
      .limit(limit);
    let done = 0;
    for (const row of rows) {
      try {
        const phash = await perceptualHash(await this.deps.readOriginal(row.id));
        await db.update(assets).set({ phash }).where(eq(assets.id, row.id));
        this.hashes?.index.set(row.id, phash);
        done++;
      } catch (error) {
        this.deps.logger.warn("could not hash asset", { assetId: row.id, error: String(error) });
      }
    }
    return done;
  }

  async findDuplicates(options: {
    brandId?: string | undefined;
    methods: DuplicateMethod[];
    phashThreshold?: number | undefined;
    minSimilarity?: number | undefined;
  }): Promise<DuplicateGroup[]> {
    const { db } = this.deps.database;
    if (options.methods.includes("perceptual")) await this.backfillHashes();
    const rows = await db
      .select()
      .from(assets)
      .where(and(isNull(assets.mergedInto), options.brandId ? eq(assets.brandId, options.brandId) : undefined));
    const sets = new DisjointSets();
    const evidence: DuplicateGroup["evidence"] = [];
    if (options.methods.includes("exact")) {
      const bySha = new Map<string, string[]>();
      for (const r of rows) bySha.set(r.sha256, [...(bySha.get(r.sha256) ?? []), r.id]);
      for (const ids of bySha.values())
        for (let i = 1; i < ids.length; i++) evidence.push({ a: ids[0]!, b: ids[i]!, method: "exact", distance: 0 });
    }
    if (options.methods.includes("perceptual")) {
      const hashed = rows.filter((r) => r.phash).map((r) => ({ id: r.id, phash: r.phash! }));
      const index = await this.deps.visualIndex();
      for (const p of nearHashPairs(hashed, options.phashThreshold ?? this.threshold)) {
        if (colourAgrees(index.get(p.a), index.get(p.b))) evidence.push({ ...p, method: "perceptual" });
      }
    }
    if (options.methods.includes("embedding")) {
      const index = await this.deps.visualIndex();
      const min = options.minSimilarity ?? 0.985;
      const allowed = new Set(rows.map((r) => r.id));
      for (const r of rows) {
        const v = index.get(r.id);
        if (!v) continue;
        for (const hit of index.search(v, 6)) {
          if (hit.id <= r.id || !allowed.has(hit.id) || hit.score < min) continue;
          evidence.push({ a: r.id, b: hit.id, method: "embedding", similarity: Math.round(hit.score * 10000) / 10000 });
        }
      }
    }
    for (const e of evidence) sets.union(e.a, e.b);
    const byId = new Map(rows.map((r) => [r.id, r]));
    const groups = sets.groups();
    const tags = await tagsOf(db, groups.flat());
    const links = await linksOf(db, groups.flat());
    return groups.map((ids) => {
      const keep = suggestKeeper(
        ids.map((id) => {
          const r = byId.get(id)!;
          const completeness = completenessOf(
            r,
            tags.filter((t) => t.assetId === id).length,
            links.filter((l) => l.assetId === id).length,
          );
          return { id, width: r.width, height: r.height, bytes: r.bytes, completeness, createdAt: r.createdAt };
        }),
      );
      const members = new Set(ids);
      return { assetIds: ids, suggestedKeep: keep.id, evidence: evidence.filter((e) => members.has(e.a)) };
    });
  }

  /**
   * Keeps one asset and merges the others into it — tags, links (campaigns, products...), notes, lineage edges — then
   * archives them with merged_into pointing at the keeper. One transaction; nothing is deleted.
   */
  async resolve(input: { assetIds: string[]; keepId?: string | undefined; actor: string }) {
    const { db } = this.deps.database;
    const ids = [...new Set(input.assetIds)];
    if (ids.length < 2)
      throw invalidInput(
        "assetIds",
        "needs at least two assets",
        "Pass the ids of one duplicate group from find_duplicates.",
      );
    const rows = await db.select().from(assets).where(inArray(assets.id, ids));
    for (const id of ids)
      if (!rows.some((r) => r.id === id)) throw notFound("Asset", id, "Run find_duplicates to get current groups.");
    const merged = rows.find((r) => r.mergedInto);
    if (merged)
      throw new WinnowError(
        "conflict",
        `Asset ${merged.id} was already merged into ${merged.mergedInto}. Run find_duplicates again for current groups.`,
      );
    let keepId = input.keepId;
    if (keepId && !ids.includes(keepId))
      throw invalidInput("keepId", `${keepId} is not in assetIds`, "Pick the asset to keep from the group.");
    if (!keepId) {
      const [tags, links] = await Promise.all([tagsOf(db, ids), linksOf(db, ids)]);
      keepId = suggestKeeper(
        rows.map((r) => ({
          id: r.id,
          width: r.width,
          height: r.height,
          bytes: r.bytes,
          createdAt: r.createdAt,
          completeness: completenessOf(
            r,
            tags.filter((t) => t.assetId === r.id).length,
            links.filter((l) => l.assetId === r.id).length,
          ),
        })),
      ).id;
    }
    const keeper = rows.find((r) => r.id === keepId)!;
    const others = rows.filter((r) => r.id !== keepId);
    const at = isoNow(this.deps.clock);
    const summary = {
      kept: keepId,
      archived: others.map((o) => o.id),
      tagsCopied: 0,
      linksMoved: 0,
      edgesRepointed: 0,
    };
    await db.transaction(async (tx) => {
      let notes = keeper.notes ?? "";
      for (const other of others) {
        summary.tagsCopied += await copyTags(tx, other.id, keepId, at);
        const moved = await tx.run(sql`INSERT OR IGNORE INTO asset_links (asset_id, target_type, target_id, created_at)
          SELECT ${keepId}, target_type, target_id, ${at} FROM asset_links WHERE asset_id = ${other.id} AND target_id <> ${keepId}`);
        summary.linksMoved += moved.rowsAffected;
        // Other assets linking to the archived copy now link to the keeper.
        await tx.run(sql`INSERT OR IGNORE INTO asset_links (asset_id, target_type, target_id, created_at)
          SELECT asset_id, target_type, ${keepId}, ${at} FROM asset_links WHERE target_id = ${other.id} AND asset_id <> ${keepId}`);
        await tx.run(sql`DELETE FROM asset_links WHERE target_id = ${other.id}`);
        for (const column of ["from_id", "to_id"] as const) {
          const r = await tx.run(
            sql`UPDATE OR IGNORE lineage_edges SET ${sql.raw(column)} = ${keepId} WHERE ${sql.raw(column)} = ${other.id}`,
          );
          summary.edgesRepointed += r.rowsAffected;
          await tx.run(sql`DELETE FROM lineage_edges WHERE ${sql.raw(column)} = ${other.id}`);
        }
        await tx.run(sql`DELETE FROM lineage_edges WHERE from_id = ${keepId} AND to_id = ${keepId}`);
        if (other.notes?.trim()) notes = `${notes}${notes ? "\n" : ""}[merged from ${other.id}] ${other.notes.trim()}`;
        const ok = await updateAssetRow(
          tx,
          other.id,
          { status: "archived", mergedInto: keepId, updatedAt: at },
          other.version,
        );
        if (!ok)
          throw new WinnowError("conflict", `Asset ${other.id} changed while merging; run resolve_duplicates again.`);
        await recordEvent(tx, {
          entityType: "asset",
          entityId: other.id,
          action: "asset.merged",
          actor: input.actor,
          at,
          data: { mergedInto: keepId, previousStatus: other.status },
        });
      }
      await updateAssetRow(tx, keepId, { notes: notes || null, updatedAt: at });
      await recordEvent(tx, {
        entityType: "asset",
        entityId: keepId,
        action: "asset.duplicates_merged",
        actor: input.actor,
        at,
        data: summary,
      });
    });
    for (const id of summary.archived) this.hashes?.index.remove(id);
    await this.deps.onMerged?.(summary.archived);
    return summary;
  }
}

/** Without both vectors the hash alone decides (exact + perceptual dedup must work with nothing else available). */
function colourAgrees(a: Float32Array | undefined, b: Float32Array | undefined): boolean {
  if (!a || !b || a.length !== b.length) return true;
  return dot(a, b) >= COLOUR_CONFIRMATION;
}
