import type { AssetTextSource } from "../embeddings/asset-text.ts";
import type { ImageFeatures } from "../embeddings/visual.ts";
import type { Vocabulary } from "./vocabulary.ts";

export interface ProposedTag {
  category: string;
  tag: string;
  /** 0..1 */
  confidence: number;
}

/** An audience as the tagger sees it: its slug and the words that describe it. */
export interface AudienceProfile {
  slug: string;
  keywords: string[];
}

export interface TaggerInput {
  asset: AssetTextSource & { width: number; height: number };
  features: ImageFeatures;
  /** The original file (vision taggers send a downscaled copy). */
  bytes: Buffer;
  vocabulary: Vocabulary;
  brandPalette: string[];
  audiences: AudienceProfile[];
  /** Words from the brand's own description: they describe its whole market, so they never pick an audience. */
  brandWords: string[];
}

/** One tagger: a name and version (recorded as the tag source), and a function from asset to tags. */
export interface Tagger {
  readonly name: string;
  readonly version: string;
  /** True when `tag` reads `input.bytes` (vision models); otherwise the original file is not read at all. */
  readonly needsImage?: boolean;
  tag(input: TaggerInput): Promise<ProposedTag[]>;
}

export const sourceOf = (t: Tagger) => `${t.name}@${t.version}`;
