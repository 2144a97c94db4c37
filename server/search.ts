import type { Clock } from "../core/clock.ts";
import { DedupService } from "../core/dedup/service.ts";
import { LocalTextEmbedder } from "../core/embeddings/local.ts";
import { OpenAITextEmbedder } from "../core/embeddings/openai.ts";
import type { TextEmbedder } from "../core/embeddings/provider.ts";
import { EmbeddingService } from "../core/embeddings/service.ts";
import { WinnowError } from "../core/errors.ts";
import type { Library } from "../core/library/library.ts";
import type { Logger } from "../core/log.ts";
import { VectorIndexes } from "../core/search/indexes.ts";
import { SearchService } from "../core/search/service.ts";
import { OfflineTagger } from "../core/tagging/offline.ts";
import { TaggingService, visionUsageRecorder } from "../core/tagging/service.ts";
import type { Tagger } from "../core/tagging/tagger.ts";
import { VisionTagger } from "../core/tagging/vision.ts";
import type { Database } from "../db/client.ts";
import type { Config } from "./config.ts";

export interface SearchServices {
  embeddings: EmbeddingService;
  search: SearchService;
  tagging: TaggingService;
  dedup: DedupService;
  close(): Promise<void>;
}

/**
 * Builds search, tagging, embeddings and de-duplication, and attaches them to the library so every imported or
 * generated asset is hashed (near-duplicates flagged), tagged and embedded as it is added.
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
    onTagged: async (ids) => {
      await embeddings.embedAssets(ids, { actor: "tagger" });
    },
  });
  const dedup = new DedupService({
    database,
    clock,
    logger,
    readOriginal,
    visualIndex: () => embeddings.visualIndex(),
    onMerged: (ids) => indexes.removed(ids),
    phashThreshold: settings.phashThreshold,
  });
  const search = new SearchService({ database, clock, library, embeddings });
  library.onAssetAdded(async (asset, bytes) => {
    // Enrichment never fails an import: a problem is logged and the background re-embedder catches up.
    try {
      await dedup.hashAndFlag(asset.id, bytes, "dedup");
    } catch (error) {
      logger.warn("perceptual hashing failed", { assetId: asset.id, error: String(error) });
    }
    try {
      const [outcome] = await tagging.tagAssets([asset.id], { actor: "tagger", bytes: new Map([[asset.id, bytes]]) });
      if (!outcome || outcome.tags.length === 0)
        await embeddings.embedAssets([asset.id], { bytes: new Map([[asset.id, bytes]]) });
    } catch (error) {
      logger.warn("tagging/embedding on add failed", { assetId: asset.id, error: String(error) });
    }
  });
  if (settings.reembedIntervalMs > 0) embeddings.startBackground(settings.reembedIntervalMs);
  return { embeddings, search, tagging, dedup, close: () => embeddings.stop() };
}
