import { and, eq, inArray, isNull, sql } from "drizzle-orm";
import type { Database } from "../../db/client.ts";
import { linksOf, tagsOf, updateAssetRow } from "../../db/repositories/assets.ts";
import { requireBrand } from "../../db/repositories/brands.ts";
import { repointArmsAndDeployments, usageFacts } from "../../db/repositories/dedup.ts";
import { recordEvent } from "../../db/repositories/events.ts";
import { copyTags } from "../../db/repositories/tags.ts";
import { brandVisible } from "../../db/repositories/visibility.ts";
import { assets } from "../../db/schema.ts";
import { type Clock, isoNow } from "../clock.ts";
import { dot } from "../embeddings/provider.ts";
import { decodeSmall, featuresOf } from "../embeddings/visual.ts";
import { invalidInput, notFound, WinnowError } from "../errors.ts";
import type { Logger } from "../log.ts";
import { type BrandScope, restrictTo } from "../people/caller.ts";
import type { VectorIndex } from "../search/vector-index.ts";
import { DisjointSets, nearHashPairs } from "./cluster.ts";
import { HashIndex } from "./hash-index.ts";
import { completenessOf, type KeeperCandidate, suggestKeeper } from "./keeper.ts";
import { DEFAULT_PHASH_THRESHOLD, hammingDistance, hashOfSmall, perceptualHash } from "./phash.ts";
import { compareImages, type DedupPixels, dedupPixels, type Verdict } from "./verify.ts";

/** Visual-vector neighbours proposed as candidates at import (crops and retouches move the dHash too far). */
const VISUAL_CANDIDATES = 4;
const VISUAL_CANDIDATE_MIN = 0.95;
/** At most this many hash candidates per asset are verified (a library of near-identical packshots stays bounded). */
const MAX_CANDIDATES = 8;
/**
 * metadata.duplicateCheck = "<version>:<bits>": this asset was compared on pixels, when it arrived, with every live
 * asset whose hash was within <bits>; find_duplicates skips those pairs. Bump the version when the verifier changes.
 */
const CHECK_VERSION = "v1";
const HASHES_FRESH_MS = 30_000;
const PIXEL_CACHE = 96;
const VERDICT_CACHE = 50_000;

export interface DedupDeps {
  database: Database;
  clock: Clock;
  logger: Logger;
  readOriginal(assetId: string): Promise<Buffer>;
  /** The stored 256px thumbnail: what pixel verification decodes (falls back to the original). */
  readThumbnail?: (assetId: string) => Promise<Buffer>;
  visualIndex(): Promise<VectorIndex>;
  /** Called with ids archived by a merge (they leave the search indexes). */
  onMerged?: (assetIds: string[]) => Promise<void>;
  /** Hash bits two candidates may differ by (candidates only: pixels decide). */
  phashThreshold?: number;
}

export type DuplicateMethod = "exact" | "perceptual" | "embedding";

export interface DuplicateEvidence {
  a: string;
  b: string;
  method: DuplicateMethod;
  distance?: number;
  similarity?: number;
  /** Lightness correlation after alignment. */
  structure?: number;
  /** Worst local colour difference (ΔE) after the allowed global correction. */
  colourDelta?: number;
  /** Worst local detail difference (Lab units). */
  detailDelta?: number;
  crop?: CropWindow;
  reason?: string;
}

export interface DuplicateGroup {
  assetIds: string[];
  suggestedKeep: string;
  /** Why that copy: the first criterion on which it beats the others (promoted, approved, deployed, rights...). */
  keepReason: string;
  evidence: DuplicateEvidence[];
}

export interface DuplicateReport {
  groups: DuplicateGroup[];
  /** Candidate pairs compared pixel by pixel. */
  checked: number;
  /** Look-alikes kept apart (another colourway, product, headline...), most similar first, at most 20. */
  keptApart: DuplicateEvidence[];
}

/** One image is a crop of the other: `of` is the larger one's id, x/y/width/height the window kept (0..1). */
export interface CropWindow {
  of: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

function cropOf(verdict: Verdict, a: string, b: string): { crop?: CropWindow } {
  if (!verdict.crop) return {};
  const [first, second] = a < b ? [a, b] : [b, a];
  return { crop: { ...verdict.crop, of: verdict.crop.of === "a" ? first : second } };
}

export interface NearDuplicate {
  id: string;
  distance: number;
  structure: number;
  colourDelta: number;
  crop?: CropWindow;
}

/**
 * Duplicates a librarian can trust. Candidates come cheap — identical bytes (sha256), perceptual hashes within a few
 * bits, visual-vector neighbours, earlier near-duplicate flags — and pixels decide (core/dedup/verify.ts): structure
 * and colour must agree after alignment, so crops, re-encodes and retouches match while another colourway, another
 * product drawn with the same silhouette or another ad from the same template do not. Merging keeps one copy (the one
 * the business relies on) and archives the rest.
 */
export class DedupService {
  private hashes: { index: HashIndex; loadedAt: number } | undefined;
  private readonly pixels = new Map<string, Promise<DedupPixels>>();
  /** Files do not change under an asset id, so a pair's verdict holds; bounded, oldest out first. */
  private readonly verdicts = new Map<string, Verdict>();

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

  /** Decoded comparison views, a small LRU (thumbnails decode in ~2 ms; a view is ~400 KB). */
  private pixelsOf(assetId: string): Promise<DedupPixels> {
    const hit = this.pixels.get(assetId);
    if (hit) {
      this.pixels.delete(assetId);
      this.pixels.set(assetId, hit);
      return hit;
    }
    const read = this.deps.readThumbnail ?? this.deps.readOriginal;
    const loading = read(assetId).then((bytes) => dedupPixels(bytes));
    loading.catch(() => this.pixels.delete(assetId));
    this.pixels.set(assetId, loading);
    while (this.pixels.size > PIXEL_CACHE) this.pixels.delete(this.pixels.keys().next().value!);
    return loading;
  }

  /** Pixel verdict for one candidate pair; an unreadable file is "not verified" (logged), never a match. */
  async verify(a: string, b: string): Promise<Verdict | undefined> {
    const key = a < b ? `${a}|${b}` : `${b}|${a}`;
    const known = this.verdicts.get(key);
    if (known) return known;
    try {
      const [pa, pb] = await Promise.all([this.pixelsOf(a), this.pixelsOf(b)]);
      // Verdicts are kept as (a, b) = (smaller id, larger id) so a crop's "of" reads the same both ways round.
      const verdict = a < b ? compareImages(pa, pb) : compareImages(pb, pa);
      this.verdicts.set(key, verdict);
      if (this.verdicts.size > VERDICT_CACHE) this.verdicts.delete(this.verdicts.keys().next().value!);
      return verdict;
    } catch (error) {
      this.deps.logger.warn("could not compare assets for duplicates", { a, b, error: String(error) });
      return undefined;
    }
  }

  /** On import/generation: store the perceptual hash and flag (not refuse) near-duplicates of live assets. */
  async hashAndFlag(
    assetId: string,
    bytes: Buffer,
    actor: string,
  ): Promise<{ phash: string; nearDuplicates: NearDuplicate[] }> {
    const image = await decodeSmall(bytes);
    const phash = hashOfSmall(image);
    const flagged = await this.flagNearDuplicates([{ assetId, phash, vector: featuresOf(image).vector }], actor);
    return { phash, nearDuplicates: flagged.get(assetId) ?? [] };
  }

  /**
   * Stores the perceptual hashes of a batch of new assets and flags verified near-duplicates among live assets and
   * earlier members of the batch, in one read of the stored hashes and one transaction. `vector` is the asset's visual
   * vector (from the shared decode): its nearest stored neighbours are candidates too.
   */
  async flagNearDuplicates(
    items: { assetId: string; phash: string; vector?: Float32Array | undefined }[],
    actor: string,
  ): Promise<Map<string, NearDuplicate[]>> {
    const out = new Map<string, NearDuplicate[]>();
    if (items.length === 0) return out;
    const { db } = this.deps.database;
    const stored = await this.hashIndex();
    const batch = new Set(items.map((i) => i.assetId));
    const index = items.some((i) => i.vector) ? await this.deps.visualIndex() : undefined;
    const seen: { id: string; phash: string; vector?: Float32Array | undefined }[] = [];
    const covered = new Map<string, number>();
    for (const item of items) {
      // Hash candidates nearest first, capped; then a few visual neighbours the hash missed (crops, retouches).
      const byHash = new Map<string, number>();
      for (const o of stored.near(item.phash, this.threshold, batch)) byHash.set(o.id, o.distance);
      const visual = new Map<string, number>();
      for (const o of seen) {
        const distance = hammingDistance(item.phash, o.phash);
        if (distance <= this.threshold) byHash.set(o.id, distance);
        else if (item.vector && o.vector && dot(item.vector, o.vector) >= VISUAL_CANDIDATE_MIN)
          visual.set(o.id, distance);
      }
      if (item.vector && index?.size)
        for (const hit of index.search(item.vector, VISUAL_CANDIDATES))
          if (hit.score >= VISUAL_CANDIDATE_MIN && !batch.has(hit.id) && stored.has(hit.id) && !byHash.has(hit.id))
            visual.set(hit.id, stored.distance(hit.id, item.phash));
      const hashed = [...byHash].sort((x, y) => x[1] - y[1]);
      const checked = hashed.slice(0, MAX_CANDIDATES);
      // Every live asset within this many bits was compared (find_duplicates need not compare those pairs again).
      covered.set(item.assetId, hashed.length > MAX_CANDIDATES ? hashed[MAX_CANDIDATES]![1] - 1 : this.threshold);
      const near: NearDuplicate[] = [];
      for (const [id, distance] of [...checked, ...[...visual].slice(0, VISUAL_CANDIDATES)]) {
        const verdict = await this.verify(item.assetId, id);
        if (verdict?.duplicate)
          near.push({
            id,
            distance,
            structure: verdict.structure,
            colourDelta: verdict.worstDeltaE,
            ...cropOf(verdict, item.assetId, id),
          });
      }
      out.set(item.assetId, near);
      seen.push({ id: item.assetId, phash: item.phash, vector: item.vector });
    }
    const at = isoNow(this.deps.clock);
    await db.transaction(async (tx) => {
      for (const item of items) {
        const near = out.get(item.assetId)!;
        const check = `${CHECK_VERSION}:${covered.get(item.assetId)}`;
        // Written directly (not via updateAssetRow) so hashing does not bump the asset's edit version; json_set
        // patches metadata in place (no read of it first).
        const metadata = near.length
          ? sql`json_set(${assets.metadata}, '$.duplicateCheck', ${check}, '$.nearDuplicateOf', json(${JSON.stringify(near)}))`
          : sql`json_set(${assets.metadata}, '$.duplicateCheck', ${check})`;
        await tx.update(assets).set({ phash: item.phash, metadata }).where(eq(assets.id, item.assetId));
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

  /**
   * Groups of live assets that are the same picture. Candidates: identical bytes (exact, no pixels needed), hashes
   * within `phashThreshold` bits, earlier near-duplicate flags and — with the "embedding" method — each asset's nearest
   * visual vectors (finds crops made before import-time checks existed; a scan per asset, so slower on big libraries).
   * Every non-exact candidate pair is verified on pixels; groups are the connected verified pairs.
   */
  async findDuplicates(options: {
    brandId?: string | undefined;
    /** A brand slug or id (resolved here; unknown → not found). */
    brand?: string | undefined;
    /** Only assets of the brands the caller may see (their BrandScope); absent: every brand. */
    visible?: BrandScope | undefined;
    methods: DuplicateMethod[];
    phashThreshold?: number | undefined;
    minSimilarity?: number | undefined;
  }): Promise<DuplicateReport> {
    const { db } = this.deps.database;
    const brandId = options.brand ? (await requireBrand(db, options.brand)).id : options.brandId;
    if (options.methods.includes("perceptual")) await this.backfillHashes();
    const rows = await db
      .select()
      .from(assets)
      .where(
        and(
          isNull(assets.mergedInto),
          brandId ? eq(assets.brandId, brandId) : undefined,
          options.visible ? brandVisible(assets.brandId, restrictTo(options.visible)) : undefined,
        ),
      );
    const live = new Set(rows.map((r) => r.id));
    const sets = new DisjointSets();
    const evidence: DuplicateEvidence[] = [];
    const keptApart: DuplicateEvidence[] = [];
    if (options.methods.includes("exact")) {
      const bySha = new Map<string, string[]>();
      for (const r of rows) bySha.set(r.sha256, [...(bySha.get(r.sha256) ?? []), r.id]);
      for (const ids of bySha.values())
        for (let i = 1; i < ids.length; i++) {
          evidence.push({ a: ids[0]!, b: ids[i]!, method: "exact", distance: 0, reason: "identical file" });
          sets.union(ids[0]!, ids[i]!);
        }
    }
    // Candidate pairs → (method, hash distance or vector similarity); a pair proposed twice is checked once.
    const candidates = new Map<string, DuplicateEvidence>();
    const propose = (a: string, b: string, e: Omit<DuplicateEvidence, "a" | "b">) => {
      const [x, y] = a < b ? [a, b] : [b, a];
      const key = `${x}|${y}`;
      if (!candidates.has(key)) candidates.set(key, { a: x, b: y, ...e });
    };
    if (options.methods.includes("perceptual")) {
      const hashed = rows.filter((r) => r.phash).map((r) => ({ id: r.id, phash: r.phash! }));
      const coveredBits = (r: (typeof rows)[number]) => {
        const check = (r.metadata as { duplicateCheck?: unknown }).duplicateCheck;
        const [version, bits] = typeof check === "string" ? check.split(":") : [];
        return version === CHECK_VERSION ? Number(bits) : -1;
      };
      const byId = new Map(rows.map((r) => [r.id, r]));
      for (const p of nearHashPairs(hashed, options.phashThreshold ?? this.threshold)) {
        // The later of the two was compared with the earlier one on arrival (verified pairs are in its flags).
        const [x, y] = [byId.get(p.a)!, byId.get(p.b)!];
        const later = x.createdAt > y.createdAt || (x.createdAt === y.createdAt && x.id > y.id) ? x : y;
        if (p.distance <= coveredBits(later)) continue;
        propose(p.a, p.b, { method: "perceptual", distance: p.distance });
      }
      for (const r of rows) {
        const flagged = (r.metadata as { nearDuplicateOf?: Partial<NearDuplicate>[] }).nearDuplicateOf;
        // Flags written by this verifier version are its verdicts already; older flags are checked again.
        const current = coveredBits(r) >= 0;
        for (const f of Array.isArray(flagged) ? flagged : []) {
          if (!f || typeof f.id !== "string" || !live.has(f.id)) continue;
          if (!current) {
            propose(r.id, f.id, { method: "perceptual", distance: f.distance });
            continue;
          }
          evidence.push({
            a: r.id,
            b: f.id,
            method: "perceptual",
            ...(f.distance !== undefined ? { distance: f.distance } : {}),
            ...(f.structure !== undefined ? { structure: f.structure } : {}),
            ...(f.colourDelta !== undefined ? { colourDelta: f.colourDelta } : {}),
            ...(f.crop ? { crop: f.crop } : {}),
            reason: "verified on pixels when it arrived",
          });
          sets.union(r.id, f.id);
        }
      }
    }
    if (options.methods.includes("embedding")) {
      const index = await this.deps.visualIndex();
      const min = options.minSimilarity ?? VISUAL_CANDIDATE_MIN;
      for (const r of rows) {
        const v = index.get(r.id);
        if (!v) continue;
        for (const hit of index.search(v, VISUAL_CANDIDATES + 1))
          if (hit.id !== r.id && live.has(hit.id) && hit.score >= min)
            propose(r.id, hit.id, { method: "embedding", similarity: Math.round(hit.score * 10000) / 10000 });
      }
    }
    let checked = 0;
    for (const c of candidates.values()) {
      // Already joined (identical files, or through other verified pairs): nothing to learn from this one.
      if (sets.find(c.a) === sets.find(c.b)) continue;
      const verdict = await this.verify(c.a, c.b);
      if (!verdict) continue;
      checked++;
      const e: DuplicateEvidence = {
        ...c,
        structure: verdict.structure,
        colourDelta: verdict.worstDeltaE,
        detailDelta: verdict.worstTexture,
        ...cropOf(verdict, c.a, c.b),
        reason: verdict.reason,
      };
      if (verdict.duplicate) {
        evidence.push(e);
        sets.union(c.a, c.b);
      } else keptApart.push(e);
    }
    const groups = sets.groups();
    const keepers = await this.keepers(rows.filter((r) => groups.some((g) => g.includes(r.id))));
    return {
      groups: groups.map((ids) => {
        const keep = suggestKeeper(ids.map((id) => keepers.get(id)!));
        const members = new Set(ids);
        return {
          assetIds: ids,
          suggestedKeep: keep.id,
          keepReason: keep.reason,
          evidence: evidence.filter((e) => members.has(e.a)),
        };
      }),
      checked,
      keptApart: keptApart.sort((x, y) => (y.structure ?? 0) - (x.structure ?? 0)).slice(0, 20),
    };
  }

  /** Keeper facts for rows: usage (promoted, approved, deployed, lineage), rights, file and metadata. */
  private async keepers(rows: (typeof assets.$inferSelect)[]): Promise<Map<string, KeeperCandidate>> {
    const { db } = this.deps.database;
    const ids = rows.map((r) => r.id);
    const [tags, links, usage] = await Promise.all([tagsOf(db, ids), linksOf(db, ids), usageFacts(db, rows)]);
    const now = isoNow(this.deps.clock);
    return new Map(
      rows.map((r) => {
        const u = usage.get(r.id)!;
        return [
          r.id,
          {
            id: r.id,
            ...u,
            rightsValid: !r.rightsExpiresAt || r.rightsExpiresAt > now,
            width: r.width,
            height: r.height,
            bytes: r.bytes,
            createdAt: r.createdAt,
            completeness: completenessOf(
              r,
              tags.filter((t) => t.assetId === r.id).length,
              links.filter((l) => l.assetId === r.id).length,
            ),
          },
        ];
      }),
    );
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
    const candidates = await this.keepers(rows);
    const suggested = suggestKeeper([...candidates.values()]);
    keepId ??= suggested.id;
    const keeper = rows.find((r) => r.id === keepId)!;
    const others = rows.filter((r) => r.id !== keepId);
    const at = isoNow(this.deps.clock);
    const summary = {
      kept: keepId,
      keepReason:
        keepId === suggested.id
          ? suggested.reason
          : `chosen by ${input.actor} (suggested ${suggested.id}: ${suggested.reason})`,
      archived: others.map((o) => o.id),
      tagsCopied: 0,
      linksMoved: 0,
      edgesRepointed: 0,
      armsRepointed: 0,
      deploymentsRepointed: 0,
    };
    await db.transaction(async (tx) => {
      let notes = keeper.notes ?? "";
      for (const other of others) {
        summary.tagsCopied += await copyTags(tx, other.id, keepId, at);
        const links = await tx.run(sql`INSERT OR IGNORE INTO asset_links (asset_id, target_type, target_id, created_at)
          SELECT ${keepId}, target_type, target_id, ${at} FROM asset_links WHERE asset_id = ${other.id} AND target_id <> ${keepId}`);
        summary.linksMoved += links.rowsAffected;
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
        // Experiments and live ads keep running on the kept copy; their metrics stay keyed by the platform ad.
        const moved = await repointArmsAndDeployments(tx, other.id, keepId);
        summary.armsRepointed += moved.arms.length;
        summary.deploymentsRepointed += moved.deployments.length;
        for (const arm of moved.arms)
          await recordEvent(tx, {
            entityType: "experiment",
            entityId: arm.experimentId,
            action: "experiment.arm_asset_merged",
            actor: input.actor,
            at,
            data: { armId: arm.id, from: other.id, to: keepId },
          });
        for (const d of moved.deployments)
          await recordEvent(tx, {
            entityType: "deployment",
            entityId: d.id,
            action: "deployment.asset_merged",
            actor: input.actor,
            at,
            data: { platform: d.platform, platformAdId: d.platformAdId, from: other.id, to: keepId },
          });
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
