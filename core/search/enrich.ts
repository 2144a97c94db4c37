import { setImmediate } from "node:timers/promises";
import pLimit from "p-limit";
import type { Database } from "../../db/client.ts";
import { storePerceptualHashes } from "../../db/repositories/assets.ts";
import { recordEnrichmentFailures } from "../../db/repositories/search.ts";
import { type Clock, isoNow } from "../clock.ts";
import { hashOfSmall } from "../dedup/phash.ts";
import type { DedupService } from "../dedup/service.ts";
import type { EmbeddingService } from "../embeddings/service.ts";
import { featuresOf, type ImageFeatures, type SmallImage, smallOfThumbnail } from "../embeddings/visual.ts";
import type { DeferredWork, EnrichmentJob } from "../library/enrichment-queue.ts";
import type { Logger } from "../log.ts";
import { systemActor } from "../people/caller.ts";
import type { TaggingService } from "../tagging/service.ts";

export interface EnricherDeps {
  database: Database;
  clock: Clock;
  logger: Logger;
  dedup: DedupService;
  tagging: TaggingService;
  embeddings: EmbeddingService;
  readThumbnail(assetId: string): Promise<Buffer>;
}

/** Decodes in flight at once: libvips work overlaps with the JS around it on two cores. */
const DECODES_IN_FLIGHT = 2;

/**
 * What follows every new asset: perceptual hash, tags, then text + visual vectors; near-duplicate flagging comes back
 * as deferred work (the queue runs it once no add is in flight: pixel-verifying up to 8 look-alike candidates costs
 * ~100 ms an asset on a library of similar shots, far more than the rest, so it must not hold up a bulk import). Each
 * asset's hash, visual features and colour tags all come from one 48×48 view. An import hands that view over, made
 * from the decode that made the thumbnail, so nothing is decoded here; otherwise (a restart's catch-up, a render) the
 * 256px thumbnail is decoded (~1 ms) rather than the original (4-5 ms for a 1024px JPEG even with shrink-on-load). An
 * asset whose pixels cannot be read is still handed to the tagger, which reads the original and marks the asset with
 * the error.
 */
export async function enrichBatch(deps: EnricherDeps, jobs: EnrichmentJob[]): Promise<DeferredWork | undefined> {
  const bytes = new Map<string, Buffer>();
  const features = new Map<string, ImageFeatures>();
  const hashes: { assetId: string; phash: string; vector: Float32Array }[] = [];
  const unreadable: string[] = [];
  const limit = pLimit(DECODES_IN_FLIGHT);
  await Promise.all(
    jobs.map((job) =>
      limit(async () => {
        const id = job.asset.id;
        try {
          if (job.bytes) bytes.set(id, job.bytes);
          // One asset per turn of the event loop: a batch's JS (~1-3 ms an asset) must not stall a running import's
          // decodes and writes for a whole batch at a time, or both cores sit idle meanwhile.
          const image = job.small ?? (await viewOfThumbnail(deps, job));
          await setImmediate();
          const f = featuresOf(image);
          features.set(id, f);
          hashes.push({ assetId: id, phash: hashOfSmall(image), vector: f.vector });
        } catch (error) {
          deps.logger.warn("could not decode asset for enrichment", { assetId: id, error: String(error) });
          unreadable.push(id);
        }
      }),
    ),
  );
  // Batch order, so an earlier member of the batch is the one a later copy is flagged against.
  const order = new Map(jobs.map((j, i) => [j.asset.id, i]));
  hashes.sort((a, b) => order.get(a.assetId)! - order.get(b.assetId)!);
  // Stored now so find_duplicates and search see every hash at once; flagging verifies candidates later.
  await storePerceptualHashes(deps.database.db, hashes);
  const ids = jobs.map((j) => j.asset.id);
  const outcomes = await deps.tagging.tagAssets(ids, { actor: systemActor("tagger"), bytes, features });
  // Tagged assets are embedded by the tagger's onTagged; the rest still need their vectors.
  const untagged = outcomes.filter((o) => o.tags.length === 0 && !unreadable.includes(o.id)).map((o) => o.id);
  if (untagged.length) await deps.embeddings.embedAssets(untagged, { bytes, features });
  if (hashes.length === 0) return undefined;
  return async () => {
    await deps.dedup.flagNearDuplicates(hashes, "dedup");
  };
}

/** Decodes the stored (or just made) thumbnail to 48×48, for an asset added without its 48×48 view. */
async function viewOfThumbnail(deps: EnricherDeps, job: EnrichmentJob): Promise<SmallImage> {
  const thumbnail = job.thumbnail ?? (await deps.readThumbnail(job.asset.id));
  // The thumbnail's size only tells which way up it is; the original's size is the asset's.
  const size = webpSize(thumbnail) ?? { width: job.asset.width, height: job.asset.height };
  return orientedLike({ raw: await smallOfThumbnail(thumbnail), ...size }, job.asset);
}

/** The thumbnail's pixels with the original's size (features read the aspect ratio from it). */
function orientedLike(image: SmallImage, asset: { width: number; height: number }): SmallImage {
  const swap = image.width > image.height !== asset.width > asset.height;
  return { ...image, width: swap ? asset.height : asset.width, height: swap ? asset.width : asset.height };
}

/** Width and height from a WebP header (VP8, VP8L or VP8X chunk), or undefined when it is not one of those. */
export function webpSize(bytes: Buffer): { width: number; height: number } | undefined {
  if (bytes.length < 30 || bytes.toString("latin1", 0, 4) !== "RIFF" || bytes.toString("latin1", 8, 12) !== "WEBP")
    return undefined;
  const chunk = bytes.toString("latin1", 12, 16);
  if (chunk === "VP8 ") return { width: bytes.readUInt16LE(26) & 0x3fff, height: bytes.readUInt16LE(28) & 0x3fff };
  if (chunk === "VP8L" && bytes[20] === 0x2f) {
    const bits = bytes.readUInt32LE(21);
    return { width: (bits & 0x3fff) + 1, height: ((bits >>> 14) & 0x3fff) + 1 };
  }
  if (chunk === "VP8X") return { width: bytes.readUIntLE(24, 3) + 1, height: bytes.readUIntLE(27, 3) + 1 };
  return undefined;
}

/** Records a failed enrichment on each asset (metadata.enrichmentError + an event); catch-up skips them after. */
export function recordFailure(deps: { database: Database; clock: Clock }, assetIds: string[], error: unknown) {
  const message = (error instanceof Error ? error.message : String(error)).slice(0, 500);
  return recordEnrichmentFailures(deps.database.db, assetIds, message, isoNow(deps.clock));
}
