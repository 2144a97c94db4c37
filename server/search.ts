import type { Clock } from "../core/clock.ts";
import { DedupService } from "../core/dedup/service.ts";
import { LocalTextEmbedder } from "../core/embeddings/local.ts";
import { OpenAITextEmbedder } from "../core/embeddings/openai.ts";
import type { TextEmbedder } from "../core/embeddings/provider.ts";
import { EmbeddingService } from "../core/embeddings/service.ts";
import { WinnowError } from "../core/errors.ts";
import { EnrichmentQueue } from "../core/library/enrichment-queue.ts";
import type { Library } from "../core/library/library.ts";
import type { Logger } from "../core/log.ts";
import { systemActor } from "../core/people/caller.ts";
import { enrichBatch, recordFailure } from "../core/search/enrich.ts";
import { VectorIndexes } from "../core/search/indexes.ts";
import { SearchService } from "../core/search/service.ts";
import { OfflineTagger } from "../core/tagging/offline.ts";
import { TaggingService, visionUsageRecorder } from "../core/tagging/service.ts";
import type { Tagger } from "../core/tagging/tagger.ts";
import { VisionTagger } from "../core/tagging/vision.ts";
import type { Database } from "../db/client.ts";
import { assetsNeedingEnrichment } from "../db/repositories/search.ts";
import type { Config } from "./config.ts";

export interface SearchServices {
  embeddings: EmbeddingService;
  search: SearchService;
  tagging: TaggingService;
  dedup: DedupService;
  /** Background enrichment of new assets; `await enrichment.idle()` when tags/vectors/hashes must be there. */
  enrichment: EnrichmentQueue;
  close(): Promise<void>;
}

/**
 * Builds search, tagging, embeddings and de-duplication, and attaches them to the library so every imported or
 * generated asset is hashed (near-duplicates flagged), tagged and embedded right after it is added — in a background
 * queue, so the write path (import, generation) never waits for it.
 */
export function buildSearchServices(deps: {
  config: Config;
  database: Database;
  library: Library;
  clock: Clock;
  logger: Logger;
}): SearchServices {
  const { config, database, library, clock, logger } = deps;
  const settings = config.search;
  const readOriginal = async (id: string) => (await library.readFile(id, "original")).bytes;
  const local = new LocalTextEmbedder();
  let text: TextEmbedder = local;
  if (settings.embeddings === "openai") {
    if (!config.openai.apiKey) {
      throw new WinnowError(
        "invalid_input",
        "Configuration error: WINNOW_EMBEDDINGS=openai needs OPENAI_API_KEY. Set the key or use WINNOW_EMBEDDINGS=local.",
        { field: "WINNOW_EMBEDDINGS" },
      );
    }
    text = new OpenAITextEmbedder({
      apiKey: config.openai.apiKey,
      baseURL: config.openai.baseURL,
      model: settings.openaiEmbeddingModel,
      dimensions: settings.openaiEmbeddingDimensions,
    });
  }
  const indexes = new VectorIndexes(database);
  const embeddings = new EmbeddingService({
    database,
    clock,
    logger,
    indexes,
    text,
    fallbacks: text === local ? [] : [local],
    readOriginal,
  });
  const taggers: Tagger[] = [new OfflineTagger()];
  if (settings.visionTagger !== "off") {
    const apiKey = settings.visionTagger === "anthropic" ? config.anthropic.apiKey : config.openai.apiKey;
    const baseURL = settings.visionTagger === "anthropic" ? config.anthropic.baseURL : config.openai.baseURL;
    if (!apiKey) {
      const key = settings.visionTagger === "anthropic" ? "ANTHROPIC_API_KEY" : "OPENAI_API_KEY";
      throw new WinnowError(
        "invalid_input",
        `Configuration error: WINNOW_VISION_TAGGER=${settings.visionTagger} needs ${key}. Set the key or use WINNOW_VISION_TAGGER=off.`,
        { field: "WINNOW_VISION_TAGGER" },
      );
    }
    taggers.push(
      new VisionTagger({
        provider: settings.visionTagger,
        apiKey,
        baseURL,
        model: settings.visionModel,
        onUsage: visionUsageRecorder(database, clock),
      }),
    );
  }
  const tagging = new TaggingService({
    database,
    clock,
    logger,
    taggers,
    readOriginal,
    onTagged: async (ids, { features }) => {
      await embeddings.embedAssets(ids, { actor: systemActor("tagger"), features });
    },
  });
  const dedup = new DedupService({
    database,
    clock,
    logger,
    readOriginal,
    readThumbnail: async (id) => (await library.readFile(id, "thumbnail")).bytes,
    visualIndex: () => embeddings.visualIndex(),
    onMerged: (ids) => indexes.removed(ids),
    phashThreshold: settings.phashThreshold,
  });
  const search = new SearchService({ database, clock, library, embeddings });
  const readThumbnail = async (id: string) => (await library.readFile(id, "thumbnail")).bytes;
  const enricherDeps = { database, clock, logger, dedup, tagging, embeddings, readThumbnail };
  const enrichment = new EnrichmentQueue({
    logger,
    concurrency: settings.enrichmentConcurrency,
    busy: () => library.addsInFlight > 0,
    enrich: (jobs) => enrichBatch(enricherDeps, jobs),
    onFailed: (ids, error) => recordFailure(enricherDeps, ids, error),
  });
  // The file's bytes are kept for the batch only when a tagger sends the image (a vision model): the offline path
  // works from the 48×48 view, and holding every queued original in memory made the garbage collector work hard.
  const keepBytes = taggers.some((t) => t.needsImage);
  library.onAssetAdded(async (asset, bytes, { thumbnail, small }) =>
    enrichment.enqueue(asset, keepBytes ? bytes : undefined, thumbnail, small),
  );
  let catchUp: Promise<void> | undefined;
  if (settings.reembedIntervalMs > 0) {
    embeddings.startBackground(settings.reembedIntervalMs, () => enrichment.size > 0);
    // A restart catches up on assets whose enrichment was queued but never ran (the process stopped first).
    catchUp = enqueueUnenriched(database, library, enrichment).catch((error) =>
      logger.warn("enrichment catch-up failed", { error: String(error) }),
    );
  }
  return {
    embeddings,
    search,
    tagging,
    dedup,
    enrichment,
    close: async () => {
      await catchUp;
      await enrichment.close();
      await embeddings.stop();
    },
  };
}

async function enqueueUnenriched(database: Database, library: Library, enrichment: EnrichmentQueue) {
  let after = "";
  for (;;) {
    const ids = await assetsNeedingEnrichment(database.db, 200, after);
    if (ids.length === 0) return;
    for (const id of ids) enrichment.enqueue(await library.get(id));
    after = ids[ids.length - 1]!;
    await enrichment.idle();
  }
}
