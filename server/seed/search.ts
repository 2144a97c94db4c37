import { eq } from "drizzle-orm";
import { isoNow } from "../../core/clock.ts";
import { systemActor } from "../../core/people/caller.ts";
import { recordEvent } from "../../db/repositories/events.ts";
import { assetTags, brands } from "../../db/schema.ts";
import type { SeedStep } from "./seed.ts";

/**
 * Kestrel's tag vocabulary: which words mark an asset as right for each demo audience. It lives in
 * brands.settings.tagVocabulary, where any brand can keep its own.
 */
export const KESTREL_TAG_VOCABULARY = {
  audience: {
    "gen-z-runners": [
      "vibrant",
      "energetic",
      "bold",
      "lime",
      "volt",
      "playful",
      "music",
      "streetwear",
      "motion",
      "neon",
    ],
    "urban-25-34": ["city", "street", "urban", "commute", "sunrise", "navy", "midnight"],
    "trail-enthusiasts": ["trail", "mountain", "forest", "outdoors", "ridge", "moss", "clay"],
    "de-marathoners": ["marathon", "road", "tempo", "track", "training"],
  },
  tone: { energetic: ["energetic", "energy", "bold", "dynamic", "motion", "fast", "speed", "vibrant", "high energy"] },
};

/** Gives the demo brand its tag vocabulary, then tags and embeds the demo library with it. Idempotent. */
export const searchSeedStep: SeedStep = {
  name: "tag and embed the demo library",
  run: async ({ services, brandId, assetIds }) => {
    const { db } = services.database;
    const [brand] = await db.select().from(brands).where(eq(brands.id, brandId));
    if (!brand) return;
    const ids = [...assetIds.values()];
    // The demo assets were queued for enrichment as they were added; let that finish before re-tagging.
    await services.enrichment.idle();
    const vocabularyChanged = JSON.stringify(brand.settings?.tagVocabulary) !== JSON.stringify(KESTREL_TAG_VOCABULARY);
    if (vocabularyChanged) {
      const at = isoNow(services.clock);
      await db.transaction(async (tx) => {
        await tx
          .update(brands)
          .set({ settings: { ...brand.settings, tagVocabulary: KESTREL_TAG_VOCABULARY } })
          .where(eq(brands.id, brandId));
        await recordEvent(tx, {
          entityType: "brand",
          entityId: brandId,
          action: "brand.tag_vocabulary_set",
          actor: systemActor("seed"),
          at,
          data: { categories: Object.keys(KESTREL_TAG_VOCABULARY) },
        });
      });
    }
    // Assets were tagged as they were added, before the vocabulary existed: re-tag only when it changed or tags are missing.
    const tagged = new Set((await db.select({ id: assetTags.assetId }).from(assetTags)).map((r) => r.id));
    const toTag = vocabularyChanged ? ids : ids.filter((id) => !tagged.has(id));
    if (toTag.length) await services.tagging.tagAssets(toTag, { actor: systemActor("seed") });
    for (let i = 0; i < 20; i++) {
      const { remaining, embedded } = await services.embeddings.reembedBatch(200);
      if (remaining === 0 || embedded === 0) break;
    }
  },
};
