import * as z from "zod";
import { invalidInput } from "../errors.ts";

/** category → tag → keywords that evidence it (single words or phrases, matched on word boundaries). */
export type Vocabulary = Record<string, Record<string, string[]>>;

export const VocabularySchema = z.record(
  z.string().regex(/^[a-z][a-z0-9_-]{0,39}$/),
  z.record(z.string().regex(/^[a-z0-9][a-z0-9 _-]{0,59}$/), z.array(z.string().min(1).max(60)).max(100)),
);

/**
 * What the offline tagger knows out of the box. A brand extends or overrides it with `brands.settings.tagVocabulary`
 * (same shape); a tag listed there with keywords replaces the default keywords of that tag.
 */
export const DEFAULT_VOCABULARY: Vocabulary = {
  subject: {
    "running-shoe": [
      "shoe",
      "shoes",
      "sneaker",
      "sneakers",
      "trainer",
      "trainers",
      "footwear",
      "road shoes",
      "trail shoes",
    ],
    bottle: ["bottle", "flask", "hydration"],
    apparel: ["shirt", "top", "jacket", "apparel", "hoodie", "tee"],
    person: ["runner", "athlete", "portrait", "pose", "model", "talent", "person", "mid-stride", "standing"],
    logo: ["logo", "wordmark", "brand mark", "emblem"],
    landscape: ["landscape", "scenery", "background", "vista"],
    moodboard: ["moodboard", "mood", "palette reference", "art direction"],
  },
  setting: {
    studio: ["studio", "seamless", "backdrop", "product shot", "packshot"],
    trail: ["trail", "forest", "woods", "path"],
    mountain: ["mountain", "ridge", "alpine", "peak"],
    city: ["city", "street", "urban", "commute", "downtown"],
    track: ["track", "stadium", "field"],
    beach: ["beach", "coast", "sand", "ocean", "sea"],
    outdoors: ["outdoors", "nature", "outdoor", "trail", "forest", "mountain", "beach"],
  },
  tone: {
    energetic: ["energetic", "energy", "bold", "dynamic", "motion", "fast", "speed", "vibrant"],
    calm: ["calm", "muted", "quiet", "serene", "peaceful", "cool morning"],
    warm: ["sunset", "sunrise", "dawn", "golden", "warm", "ember"],
    premium: ["premium", "minimal", "clean", "elegant"],
    playful: ["playful", "fun", "quirky"],
  },
  audience: {},
};

/** Default vocabulary with a brand's additions on top; a malformed brand vocabulary is refused with the fix. */
export function mergeVocabulary(base: Vocabulary, brand: unknown): Vocabulary {
  if (brand === undefined || brand === null) return base;
  const parsed = VocabularySchema.safeParse(brand);
  if (!parsed.success) {
    throw invalidInput(
      "brands.settings.tagVocabulary",
      `is not a vocabulary (${parsed.error.issues[0]?.message ?? "bad shape"})`,
      'Use { "<category>": { "<tag>": ["keyword", ...] } }, e.g. { "tone": { "retro": ["retro", "vintage"] } }.',
    );
  }
  const merged: Vocabulary = {};
  for (const [category, tags] of Object.entries(base)) merged[category] = { ...tags };
  for (const [category, tags] of Object.entries(parsed.data)) merged[category] = { ...merged[category], ...tags };
  return merged;
}
