import { eq, inArray } from "drizzle-orm";
import type { Database } from "../../db/client.ts";
import { tagsOf, updateAssetRow } from "../../db/repositories/assets.ts";
import { recordCost } from "../../db/repositories/costs.ts";
import { recordEvent, recordEvents } from "../../db/repositories/events.ts";
import { replaceTaggerTags, replaceTaggerTagsOfMany } from "../../db/repositories/tags.ts";
import { assets, audiences, brands } from "../../db/schema.ts";
import { type Clock, isoNow } from "../clock.ts";
import { tokenize } from "../embeddings/tokens.ts";
import { type ImageFeatures, imageFeatures } from "../embeddings/visual.ts";
import type { Logger } from "../log.ts";
import type { AudienceProfile, Tagger } from "./tagger.ts";
import { sourceOf } from "./tagger.ts";
import type { VisionUsage } from "./vision.ts";
import { DEFAULT_VOCABULARY, mergeVocabulary } from "./vocabulary.ts";

export interface TaggingDeps {
  database: Database;
  clock: Clock;
  logger: Logger;
  taggers: Tagger[];
  readOriginal(assetId: string): Promise<Buffer>;
  /** Called with the ids whose tags changed (their text vectors are re-made), with the features already computed. */
  onTagged?: (assetIds: string[], context: { features: Map<string, ImageFeatures> }) => Promise<void>;
}

const EMPTY = Buffer.alloc(0);

interface BrandContext {
  vocabulary: ReturnType<typeof mergeVocabulary>;
  palette: string[];
  words: string[];
}

export interface TagOutcome {
  id: string;
  tags: { category: string; tag: string; confidence: number; source: string }[];
  error?: string;
}

/** Tags assets with every configured tagger. A failing asset is marked with its error; the batch goes on. */
export class TaggingService {
  constructor(private readonly deps: TaggingDeps) {}

  /**
   * `features` (from one shared decode, see core/search/enrich.ts) saves decoding the image again; `bytes` saves
   * reading the file (vision taggers send it).
   */
  async tagAssets(
    ids: string[],
    options: { actor: string; bytes?: Map<string, Buffer>; features?: Map<string, ImageFeatures> },
  ): Promise<TagOutcome[]> {
    const { db } = this.deps.database;
    const rows = await db.select().from(assets).where(inArray(assets.id, ids));
    const audienceProfiles = await this.audienceProfiles();
    const brandCache = new Map<string, BrandContext>();
    const outcomes: TagOutcome[] = [];
    const computed = new Map<string, ImageFeatures>();
    const existingTags = new Map<string, Awaited<ReturnType<typeof tagsOf>>>();
    for (const t of await tagsOf(db, ids)) existingTags.set(t.assetId, [...(existingTags.get(t.assetId) ?? []), t]);
    // Every tagger's tags for the whole batch are written in one transaction after tagging.
    const writes: { assetId: string; tagger: Tagger; tags: TagOutcome["tags"]; at: string }[] = [];
    for (const row of rows) {
      const at = isoNow(this.deps.clock);
      try {
        const brand = await this.brandContext(row.brandId, brandCache);
        const known = options.features?.get(row.id);
        const needsFile = !known || this.deps.taggers.some((t) => t.needsImage);
        const bytes = options.bytes?.get(row.id) ?? (needsFile ? await this.deps.readOriginal(row.id) : EMPTY);
        const features = known ?? (await imageFeatures(bytes));
        computed.set(row.id, features);
        const existing = existingTags.get(row.id) ?? [];
        const input = {
          asset: { ...row, tags: existing.filter((t) => !t.source.startsWith("offline-tagger@")) },
          features,
          bytes,
          vocabulary: brand.vocabulary,
          brandPalette: brand.palette,
          audiences: audienceProfiles,
          brandWords: brand.words,
        };
        const written: TagOutcome["tags"] = [];
        const failures: string[] = [];
        for (const tagger of this.deps.taggers) {
          try {
            const tags = (await tagger.tag(input)).map((t) => ({ ...t, source: sourceOf(tagger) }));
            writes.push({ assetId: row.id, tagger, tags, at });
            written.push(...tags);
          } catch (error) {
            // One tagger failing (a provider outage) leaves the others' tags in place.
            failures.push(`${sourceOf(tagger)}: ${error instanceof Error ? error.message : String(error)}`);
          }
        }
        if (row.metadata?.taggingError && failures.length === 0)
          await this.clearError(row.id, row.metadata, options.actor, at);
        outcomes.push({ id: row.id, tags: written, ...(failures.length ? { error: failures.join("; ") } : {}) });
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        await this.markError(row.id, row.metadata ?? {}, message, options.actor, at);
        outcomes.push({ id: row.id, tags: [], error: message });
      }
    }
    if (writes.length) {
      // One DELETE and one INSERT per tagger, and one INSERT of events, for the whole batch.
      await db.transaction(async (tx) => {
        for (const tagger of this.deps.taggers) {
          const mine = writes.filter((w) => w.tagger === tagger);
          if (mine.length) await replaceTaggerTagsOfMany(tx, tagger.name, mine);
        }
        await recordEvents(
          tx,
          writes.map((w) => ({
            entityType: "asset",
            entityId: w.assetId,
            action: "asset.tagged",
            actor: options.actor,
            at: w.at,
            data: { tagger: sourceOf(w.tagger), tags: w.tags.length },
          })),
        );
      });
    }
    const tagged = outcomes.filter((o) => o.tags.length > 0).map((o) => o.id);
    if (tagged.length && this.deps.onTagged) await this.deps.onTagged(tagged, { features: computed });
    return outcomes;
  }

  /**
   * Tags for an image that is not in the library (an image shared in a conversation), from the same taggers and
   * vocabulary the library's assets get. Nothing is written; vision taggers, when configured, book their cost.
   */
  async describeImage(
    bytes: Buffer,
    options: { name?: string | undefined; brandId?: string | null | undefined } = {},
  ): Promise<{ features: ImageFeatures; tags: TagOutcome["tags"] }> {
    const features = await imageFeatures(bytes);
    const brand = await this.brandContext(options.brandId ?? null, new Map());
    const input = {
      asset: {
        name: options.name ?? "shared image",
        kind: "reference",
        description: null,
        category: null,
        useCase: null,
        notes: null,
        usageNotes: null,
        metadata: null,
        tags: [],
        width: features.width,
        height: features.height,
      },
      features,
      bytes,
      vocabulary: brand.vocabulary,
      brandPalette: brand.palette,
      audiences: await this.audienceProfiles(),
      brandWords: brand.words,
    };
    const tags: TagOutcome["tags"] = [];
    for (const tagger of this.deps.taggers) {
      try {
        tags.push(...(await tagger.tag(input)).map((t) => ({ ...t, source: sourceOf(tagger) })));
      } catch (error) {
        this.deps.logger.warn("tagger failed on a shared image", { tagger: sourceOf(tagger), error: String(error) });
      }
    }
    return { features, tags };
  }

  /** A corrupt or unreadable image: an "error" tag and metadata.taggingError say so; search excludes nothing for it. */
  private async markError(id: string, metadata: Record<string, unknown>, message: string, actor: string, at: string) {
    await this.deps.database.db.transaction(async (tx) => {
      await replaceTaggerTags(
        tx,
        id,
        "tagging-error",
        [{ category: "error", tag: "unreadable-image", confidence: 1, source: "tagging-error@1" }],
        at,
      );
      await updateAssetRow(tx, id, { metadata: { ...metadata, taggingError: message.slice(0, 500) }, updatedAt: at });
      await recordEvent(tx, {
        entityType: "asset",
        entityId: id,
        action: "asset.tagging_failed",
        actor,
        at,
        data: { error: message.slice(0, 500) },
      });
    });
    this.deps.logger.warn("tagging failed", { assetId: id, error: message });
  }

  private async clearError(id: string, metadata: Record<string, unknown>, actor: string, at: string) {
    const { taggingError: _gone, ...rest } = metadata;
    await this.deps.database.db.transaction(async (tx) => {
      await replaceTaggerTags(tx, id, "tagging-error", [], at);
      await updateAssetRow(tx, id, { metadata: rest, updatedAt: at });
      await recordEvent(tx, { entityType: "asset", entityId: id, action: "asset.tagging_recovered", actor, at });
    });
  }

  private async brandContext(brandId: string | null, cache: Map<string, BrandContext>) {
    const key = brandId ?? "";
    const hit = cache.get(key);
    if (hit) return hit;
    const brand = brandId
      ? (await this.deps.database.db.select().from(brands).where(eq(brands.id, brandId)))[0]
      : undefined;
    const context = {
      vocabulary: mergeVocabulary(DEFAULT_VOCABULARY, brand?.settings?.tagVocabulary),
      palette: brand?.palette ?? [],
      words: tokenize(`${brand?.name ?? ""} ${brand?.description ?? ""}`),
    };
    cache.set(key, context);
    return context;
  }

  /** Audience words that set one audience apart (words shared by several audiences, like "runners", say nothing). */
  private async audienceProfiles(): Promise<AudienceProfile[]> {
    const rows = await this.deps.database.db.select().from(audiences);
    const words = rows.map((a) => {
      const interests = Array.isArray(a.attributes?.interests) ? (a.attributes.interests as string[]).join(" ") : "";
      return new Set(
        tokenize(`${a.name} ${a.description ?? ""} ${interests}`).filter((w) => w.length > 2 && !/^\d+$/.test(w)),
      );
    });
    const df = new Map<string, number>();
    for (const set of words) for (const w of set) df.set(w, (df.get(w) ?? 0) + 1);
    return rows.map((a, i) => ({ slug: a.slug, keywords: [...words[i]!].filter((w) => (df.get(w) ?? 0) === 1) }));
  }
}

/** Cost-ledger writer for vision taggers. */
export function visionUsageRecorder(database: Database, clock: Clock) {
  return async (usage: VisionUsage) => {
    await recordCost(
      database.db,
      {
        provider: usage.provider,
        operation: `tagging:${usage.model}`,
        tokensIn: usage.tokensIn,
        tokensOut: usage.tokensOut,
        costMicros: usage.costMicros,
      },
      isoNow(clock),
    );
  };
}
