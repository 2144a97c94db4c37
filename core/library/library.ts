import type { BlobStore } from "../../db/blobs.ts";
import type { Database, Tx } from "../../db/client.ts";
import {
  type AssetRow,
  addLinks,
  addLinksOfMany,
  findBySha256,
  findBySha256s,
  getAssetRow,
  insertAssetRow,
  insertAssetRows,
  linksOf,
  queryAssets,
  removeLinks,
  tagsOf,
  updateAssetRow,
} from "../../db/repositories/assets.ts";
import { requireBrand } from "../../db/repositories/brands.ts";
import { recordEvent, recordEvents } from "../../db/repositories/events.ts";
import { type Clock, isoNow } from "../clock.ts";
import type { SmallImage } from "../embeddings/visual.ts";
import { invalidInput, notFound, WinnowError } from "../errors.ts";
import { newId } from "../ids.ts";
import { boundsFix, jsonProblem, METADATA_LIMITS, readableStoredObject } from "../json-bounds.ts";
import { analyseImage, type ImageFacts, rasteriseIfDocument } from "../media/image.ts";
import { decodeCursor, encodeCursor, type Page } from "../pagination.ts";
import { type BrandScope, restrictTo } from "../people/caller.ts";
import { GroupCommit } from "./group-commit.ts";
import {
  type AssetDetail,
  type AssetFilter,
  type AssetKind,
  type AssetMetadataInput,
  type AssetView,
  assetUri,
  thumbnailUri,
} from "./types.ts";

export type DuplicatePolicy = "reject" | "skip" | "allow";

export interface AddAssetInput {
  bytes: Buffer;
  filename: string;
  meta: AssetMetadataInput;
  actor: string;
  onDuplicate?: DuplicatePolicy;
  /** Facts the caller already computed from these exact bytes (the ad renderer makes the thumbnail while encoding). */
  facts?: ImageFacts;
  /** Extra writes that commit or roll back together with the asset row (generation: run, lineage, cost ledger). */
  within?: (tx: Tx, assetId: string, at: string) => Promise<void>;
}

export interface AddAssetResult {
  asset: AssetDetail;
  /** Set when an identical file already existed and `onDuplicate` was "skip". */
  duplicateOf?: string;
  created: boolean;
}

/**
 * Hooks later capabilities attach to (auto-tagging, embeddings, perceptual hashing) without the library knowing them.
 * `thumbnail` is the 256px WebP just made: enough pixels for hashing and colour features at a fraction of a decode.
 */
export type AssetAddedHook = (
  asset: AssetView,
  bytes: Buffer,
  extra: { thumbnail: Buffer; small?: SmallImage | undefined },
) => Promise<void>;

/** One add waiting for its group's transaction. */
interface PendingWrite {
  row: AssetRow;
  links: AssetDetail["links"];
  actor: string;
  filename: string;
  policy: DuplicatePolicy;
}

/** What the group transaction did with one add: written (maybe as an allowed copy), or an identical live file. */
type WriteOutcome = { written: true; duplicateOf?: string | undefined } | { written: false; existing: AssetRow };

export interface LibraryDeps {
  database: Database;
  blobs: BlobStore;
  clock: Clock;
}

/** The asset library: files in the content-addressed store, metadata and links in libSQL, an event per change. */
export class Library {
  private readonly hooks: AssetAddedHook[] = [];
  /**
   * Concurrent adds (an import runs several at once) share one transaction; a group waits a few milliseconds for adds
   * still doing their image work, so a bulk import commits several assets at a time.
   */
  private readonly writes = new GroupCommit<PendingWrite, WriteOutcome>((items) => this.writeGroup(items), {
    expected: () => this.groupBound,
  });
  /** Adds in flight that will write through the group commit (not those with their own transaction). */
  private groupBound = 0;

  constructor(private readonly deps: LibraryDeps) {}

  /** Registers a hook run after every new asset; returns a function that removes it. */
  onAssetAdded(hook: AssetAddedHook): () => void {
    this.hooks.push(hook);
    return () => {
      const at = this.hooks.indexOf(hook);
      if (at >= 0) this.hooks.splice(at, 1);
    };
  }

  private inFlight = 0;
  private bulk = 0;

  /**
   * Adds started and not yet finished, plus bulk imports running (between two of an import's adds, while it reads
   * the next files, none may be in flight): background enrichment yields to the write path while this is above 0.
   */
  get addsInFlight(): number {
    return this.inFlight + this.bulk;
  }

  /** Runs a bulk import: for its whole length, background work counts it as adds in flight (see addsInFlight). */
  async inBulk<T>(work: () => Promise<T>): Promise<T> {
    this.bulk++;
    try {
      return await work();
    } finally {
      this.bulk--;
    }
  }

  async add(input: AddAssetInput): Promise<AddAssetResult> {
    const grouped = !input.within;
    this.inFlight++;
    if (grouped) this.groupBound++;
    try {
      return await this.addNow(input);
    } finally {
      this.inFlight--;
      if (grouped) this.groupBound--;
    }
  }

  private async addNow(original: AddAssetInput): Promise<AddAssetResult> {
    // An uploaded SVG is stored as the PNG it renders to (never as a document that could run script when served).
    const upload = original.facts
      ? { bytes: original.bytes }
      : await rasteriseIfDocument(original.bytes, original.filename);
    const input = upload.convertedFrom
      ? { ...original, bytes: upload.bytes, meta: withConversionNote(original.meta) }
      : original;
    // The 48×48 view is for hooks (enrichment); a library without them skips making it.
    const facts = input.facts ?? (await analyseImage(input.bytes, input.filename, { small: this.hooks.length > 0 }));
    const { db } = this.deps.database;
    const policy = input.onDuplicate ?? "reject";
    const meta = input.meta;
    validateMetadataRules(meta);
    if (meta.metadata) assertBounded(meta.metadata, "it");
    const brandId = meta.brand ? (await requireBrand(db, meta.brand)).id : null;
    const at = isoNow(this.deps.clock);
    const id = newId("asset");
    const row: AssetRow = {
      id,
      kind: meta.kind ?? "reference",
      brandId,
      name: meta.name ?? input.filename,
      description: meta.description ?? null,
      category: meta.category ?? null,
      useCase: meta.useCase ?? null,
      source: meta.source ?? null,
      status: meta.status ?? "ready",
      owner: meta.owner ?? null,
      rightsHolder: meta.rightsHolder ?? null,
      rightsExpiresAt: meta.rightsExpiresAt ?? null,
      notes: meta.notes ?? null,
      usageNotes: meta.usageNotes ?? null,
      lastReviewedAt: meta.lastReviewedAt ?? null,
      rejectionReason: meta.rejectionReason ?? null,
      reviewReason: null,
      sha256: facts.sha256,
      phash: null,
      mimeType: facts.mimeType,
      format: facts.format,
      width: facts.width,
      height: facts.height,
      bytes: facts.bytes,
      metadata: meta.metadata ?? {},
      versionOf: null,
      mergedInto: null,
      version: 1,
      createdAt: at,
      updatedAt: at,
    };
    // Files first (a duplicate's files already exist and are left alone), then the rows in one transaction.
    const written = await this.deps.blobs.put(facts.sha256, facts.format, input.bytes, facts.thumbnail);
    let duplicateOf: string | undefined;
    try {
      if (!input.within) {
        const links = meta.links ?? [];
        const outcome = await this.writes.submit({ row, links, actor: input.actor, filename: input.filename, policy });
        if (!outcome.written) throw new DuplicateFound(outcome.existing);
        duplicateOf = outcome.duplicateOf;
      }
      // Extra writes (generation's run, lineage and costs) must commit or roll back with this asset alone.
      else
        await db.transaction(async (tx) => {
          // Checked under the write lock, so the same file imported twice at once still lands once.
          const existing = await findBySha256(tx, facts.sha256);
          if (existing && policy !== "allow") throw new DuplicateFound(existing);
          duplicateOf = existing?.id;
          await insertAssetRow(tx, row);
          await addLinks(tx, id, meta.links ?? [], at);
          await recordEvent(tx, {
            entityType: "asset",
            entityId: id,
            action: "asset.created",
            actor: input.actor,
            at,
            data: { filename: input.filename, sha256: facts.sha256, kind: row.kind, duplicateOf },
          });
          await input.within?.(tx, id, at);
        });
    } catch (error) {
      // Nothing half-written: files that this call added go away when the row could not be written.
      if (!(await findBySha256(db, facts.sha256))) await this.deps.blobs.remove(written);
      if (error instanceof DuplicateFound && policy !== "allow")
        return this.duplicate(error.existing, policy, input.filename);
      throw error;
    }
    // The row is known; only links need echoing back (a new asset has no tags yet), which saves re-reading it.
    const asset: AssetDetail = { ...toView(row), links: dedupeLinks(meta.links ?? []), tags: [] };
    for (const hook of this.hooks) await hook(asset, input.bytes, { thumbnail: facts.thumbnail, small: facts.small });
    return { asset, created: true, ...(duplicateOf ? { duplicateOf } : {}) };
  }

  /**
   * Writes a group of adds in one transaction: one duplicate check under the write lock (so the same file imported
   * twice at once still lands once, also within the group), then one INSERT each for assets, links and events.
   */
  private async writeGroup(items: PendingWrite[]): Promise<WriteOutcome[]> {
    const { db } = this.deps.database;
    return db.transaction(async (tx) => {
      const live = new Map<string, AssetRow>();
      for (const row of await findBySha256s(
        tx,
        items.map((i) => i.row.sha256),
      ))
        live.set(row.sha256, row);
      const outcomes: WriteOutcome[] = [];
      const fresh: (PendingWrite & { duplicateOf: string | undefined })[] = [];
      for (const item of items) {
        const existing = live.get(item.row.sha256);
        if (existing && item.policy !== "allow") {
          outcomes.push({ written: false, existing });
          continue;
        }
        if (!existing) live.set(item.row.sha256, item.row);
        fresh.push({ ...item, duplicateOf: existing?.id });
        outcomes.push({ written: true, duplicateOf: existing?.id });
      }
      await insertAssetRows(
        tx,
        fresh.map((i) => i.row),
      );
      const at = fresh[0]?.row.createdAt ?? "";
      await addLinksOfMany(
        tx,
        fresh.flatMap((i) => i.links.map((l) => ({ assetId: i.row.id, ...l }))),
        at,
      );
      await recordEvents(
        tx,
        fresh.map((i) => ({
          entityType: "asset",
          entityId: i.row.id,
          action: "asset.created",
          actor: i.actor,
          at: i.row.createdAt,
          data: { filename: i.filename, sha256: i.row.sha256, kind: i.row.kind, duplicateOf: i.duplicateOf },
        })),
      );
      return outcomes;
    });
  }

  private async duplicate(existing: AssetRow, policy: "reject" | "skip", filename: string): Promise<AddAssetResult> {
    if (policy === "skip") return { asset: await this.get(existing.id), duplicateOf: existing.id, created: false };
    throw new WinnowError(
      "duplicate",
      `${filename} is an exact duplicate of ${existing.id} ("${existing.name}"). Use that asset, or pass onDuplicate: "skip" to get it back instead of an error.`,
      { duplicateOf: existing.id },
    );
  }

  async get(id: string): Promise<AssetDetail> {
    const { db } = this.deps.database;
    const row = await getAssetRow(db, id);
    if (!row) throw notFound("Asset", id, "List assets with list_assets to find valid ids.");
    const [links, tags] = await Promise.all([linksOf(db, [id]), tagsOf(db, [id])]);
    return {
      ...toView(row),
      links: links.map((l) => ({ type: l.targetType as AssetDetail["links"][number]["type"], id: l.targetId })),
      tags: tags
        .sort((a, b) => b.confidence - a.confidence)
        .map((t) => ({ category: t.category, tag: t.tag, confidence: t.confidence, source: t.source })),
    };
  }

  /** Assets newest first; `visible` (the caller's BrandScope) keeps out assets of brands they may not see. */
  async list(
    filter: AssetFilter,
    options: { cursor?: string | undefined; limit?: number | undefined; visible?: BrandScope | undefined } = {},
  ): Promise<Page<AssetView>> {
    const { db } = this.deps.database;
    const limit = options.limit ?? 25;
    const after = options.cursor ? decodeCursor(options.cursor) : undefined;
    const brandId = filter.brand ? (await requireBrand(db, filter.brand)).id : undefined;
    const visible = options.visible ? restrictTo(options.visible) : undefined;
    const rows = await queryAssets(db, { ...filter, brandId, visible, after, limit: limit + 1 });
    const page = rows.slice(0, limit);
    const last = page[page.length - 1];
    return {
      items: page.map(toView),
      nextCursor: rows.length > limit && last ? encodeCursor({ createdAt: last.createdAt, id: last.id }) : null,
    };
  }

  async update(
    id: string,
    patch: AssetMetadataInput & { removeLinks?: AssetDetail["links"] | undefined },
    actor: string,
    expectedVersion?: number,
  ): Promise<AssetDetail> {
    const { db } = this.deps.database;
    const current = await getAssetRow(db, id);
    if (!current) throw notFound("Asset", id, "List assets with list_assets to find valid ids.");
    validateMetadataRules({ ...patch, rejectionReason: patch.rejectionReason ?? current.rejectionReason });
    const brandId = patch.brand ? (await requireBrand(db, patch.brand)).id : undefined;
    const at = isoNow(this.deps.clock);
    const { links, removeLinks: unlink, metadata, brand: _brand, ...fields } = patch;
    const changes: Record<string, unknown> = { ...fields };
    if (brandId) changes.brandId = brandId;
    if (metadata) changes.metadata = boundedMerge(current.metadata, metadata);
    const changed = Object.keys(changes).filter((k) => !sameValue((current as Record<string, unknown>)[k], changes[k]));
    await db.transaction(async (tx) => {
      if (Object.keys(changes).length > 0 || expectedVersion !== undefined) {
        const ok = await updateAssetRow(tx, id, { ...changes, updatedAt: at }, expectedVersion);
        if (!ok) {
          throw new WinnowError(
            "conflict",
            `Asset ${id} changed since version ${expectedVersion}; it is now version ${current.version}. Re-read it with get_asset and retry.`,
          );
        }
      }
      if (links?.length) await addLinks(tx, id, links, at);
      if (unlink?.length) await removeLinks(tx, id, unlink);
      await recordEvent(tx, {
        entityType: "asset",
        entityId: id,
        action:
          changes.status && changes.status !== current.status
            ? `asset.status.${String(changes.status)}`
            : "asset.updated",
        actor,
        at,
        data: {
          changed,
          from: Object.fromEntries(changed.map((k) => [k, (current as Record<string, unknown>)[k]])),
          linksAdded: links ?? [],
          linksRemoved: unlink ?? [],
        },
      });
    });
    return this.get(id);
  }

  async readFile(
    id: string,
    variant: "original" | "thumbnail",
  ): Promise<{ bytes: Buffer; mimeType: string; asset: AssetRow }> {
    const row = await getAssetRow(this.deps.database.db, id);
    if (!row) throw notFound("Asset", id);
    // A missing store file is named by asset, never by its path on the server.
    const missing = (error: unknown): never => {
      if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
      throw new WinnowError(
        "unavailable",
        `The stored ${variant} of asset ${id} is missing from the file store. Restore the data directory from a backup or re-import the file.`,
      );
    };
    if (variant === "thumbnail")
      return {
        bytes: await this.deps.blobs.readThumbnail(row.sha256).catch(missing),
        mimeType: "image/webp",
        asset: row,
      };
    return {
      bytes: await this.deps.blobs.readOriginal(row.sha256, row.format).catch(missing),
      mimeType: row.mimeType,
      asset: row,
    };
  }
}

/** Thrown inside the transaction when the same file is already stored; rolls the transaction back. */
class DuplicateFound extends Error {
  constructor(readonly existing: AssetRow) {
    super(`duplicate of ${existing.id}`);
  }
}

function dedupeLinks(links: AssetDetail["links"]): AssetDetail["links"] {
  const seen = new Set<string>();
  return links.filter((l) => !seen.has(`${l.type}\u0000${l.id}`) && seen.add(`${l.type}\u0000${l.id}`));
}

function withConversionNote(meta: AssetMetadataInput): AssetMetadataInput {
  return { ...meta, metadata: { ...meta.metadata, convertedFrom: "svg" } };
}

function validateMetadataRules(meta: {
  status?: string | undefined;
  rejectionReason?: string | null | undefined;
  kind?: AssetKind | undefined;
}) {
  if (meta.status === "rejected" && !meta.rejectionReason) {
    throw invalidInput(
      "rejectionReason",
      "is required when status is rejected",
      'Say why the asset was rejected, e.g. "off-brand colours".',
    );
  }
}

/** A merge of two bounded objects can still cross the bounds, so the stored result is checked too. */
function boundedMerge(current: Record<string, unknown> | null, patch: Record<string, unknown>) {
  if (current && jsonProblem(current, METADATA_LIMITS))
    throw invalidInput(
      "metadata",
      "the metadata already stored on this asset is out of bounds",
      "Run `winnow repair` to fix damaged rows, then retry the update.",
    );
  return assertBounded({ ...(current ?? {}), ...patch }, "merged with the stored metadata it");
}

function assertBounded(metadata: Record<string, unknown>, subject: string) {
  const problem = jsonProblem(metadata, METADATA_LIMITS);
  if (problem) throw invalidInput("metadata", `${subject} ${problem.message}`, boundsFix(METADATA_LIMITS));
  return metadata;
}

function sameValue(a: unknown, b: unknown) {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}

export function toView(row: AssetRow): AssetView {
  return {
    id: row.id,
    kind: row.kind as AssetView["kind"],
    brandId: row.brandId,
    name: row.name,
    description: row.description,
    category: row.category,
    useCase: row.useCase,
    source: row.source,
    status: row.status as AssetView["status"],
    owner: row.owner,
    rightsHolder: row.rightsHolder,
    rightsExpiresAt: row.rightsExpiresAt,
    notes: row.notes,
    usageNotes: row.usageNotes,
    lastReviewedAt: row.lastReviewedAt,
    rejectionReason: row.rejectionReason,
    reviewReason: row.reviewReason,
    sha256: row.sha256,
    phash: row.phash,
    mimeType: row.mimeType,
    format: row.format,
    width: row.width,
    height: row.height,
    bytes: row.bytes,
    metadata: readableStoredObject(row.metadata),
    versionOf: row.versionOf,
    mergedInto: row.mergedInto,
    version: row.version,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    uri: assetUri(row.id),
    thumbnailUri: thumbnailUri(row.id),
  };
}
