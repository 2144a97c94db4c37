import { type EmbedResult, normalise, type TextEmbedder } from "./provider.ts";
import { fnv1a, stems, tokenize } from "./tokens.ts";
import { loadWordVectors, type WordVectors } from "./word-vectors.ts";

export const LOCAL_TEXT_MODEL = "wink-sg-100d";
/** Bump when tokenisation or weighting changes: stored vectors then count as stale and are re-embedded. */
const RECIPE = "sif1";

/**
 * Offline text embeddings: a SIF-weighted average of static word vectors (frequent words count less), with the
 * corpus' common direction removed so unrelated texts score near zero. Words the vocabulary does not know (brand and
 * product names, typos) get a hashed character-trigram vector, so "kestrel" still matches "kestrels".
 */
export class LocalTextEmbedder implements TextEmbedder {
  readonly model = LOCAL_TEXT_MODEL;
  readonly dims = 100;
  version = `pending+${RECIPE}`;
  private vectors: Promise<Prepared> | undefined;

  constructor(private readonly options: { vocabulary?: number; cacheDir?: string } = {}) {}

  /** Loads the word vectors (first call only) and fixes `version` to the package version. */
  async ready(): Promise<this> {
    const prepared = await this.prepared();
    this.version = `${prepared.words.packageVersion}+${RECIPE}`;
    return this;
  }

  async embed(texts: string[]): Promise<EmbedResult> {
    const prepared = await this.prepared();
    this.version = `${prepared.words.packageVersion}+${RECIPE}`;
    return { vectors: texts.map((t) => embedText(prepared, t)), tokens: 0, costMicros: 0 };
  }

  private prepared(): Promise<Prepared> {
    this.vectors ??= loadWordVectors(this.options.vocabulary, this.options.cacheDir).then(prepare);
    return this.vectors;
  }
}

interface Prepared {
  words: WordVectors;
  mean: Float32Array;
}

const SIF_A = 1e-3;
const HARMONIC = Math.log(340_000);

function prepare(words: WordVectors): Prepared {
  // Mean of the 10k most frequent (normalised) word vectors: the direction every average shares.
  const { dims, data } = words;
  const mean = new Float32Array(dims);
  const n = Math.min(10_000, data.length / dims);
  for (let r = 0; r < n; r++) {
    const row = data.subarray(r * dims, (r + 1) * dims);
    let norm = 0;
    for (let i = 0; i < dims; i++) norm += row[i]! * row[i]!;
    norm = Math.sqrt(norm) || 1;
    for (let i = 0; i < dims; i++) mean[i]! += row[i]! / norm / n;
  }
  return { words, mean };
}

function embedText({ words, mean }: Prepared, text: string): Float32Array {
  const { dims, data, index } = words;
  const out = new Float32Array(dims);
  let total = 0;
  for (const token of tokenize(text)) {
    const rank =
      index.get(token) ??
      stems(token)
        .map((s) => index.get(s))
        .find((r) => r !== undefined);
    if (rank !== undefined) {
      // SIF weight a / (a + p(w)) with Zipf p(w) = 1 / (rank · H).
      const p = 1 / ((rank + 1) * HARMONIC);
      const weight = SIF_A / (SIF_A + p);
      const row = data.subarray(rank * dims, (rank + 1) * dims);
      let norm = 0;
      for (let i = 0; i < dims; i++) norm += row[i]! * row[i]!;
      norm = Math.sqrt(norm) || 1;
      for (let i = 0; i < dims; i++) out[i]! += (weight * (row[i]! / norm - mean[i]!)) / 1;
      total += weight;
    } else {
      addHashed(out, token);
      total += 1;
    }
  }
  if (total === 0) return out;
  return normalise(out);
}

/** Unknown word: its whole form plus character trigrams, each a deterministic pseudo-random direction. */
function addHashed(out: Float32Array, token: string) {
  const padded = `<${token}>`;
  const grams = [padded];
  for (let i = 0; i + 3 <= padded.length; i++) grams.push(padded.slice(i, i + 3));
  const weight = 1 / Math.sqrt(grams.length);
  for (const gram of grams) {
    let state = fnv1a(gram) || 1;
    for (let i = 0; i < out.length; i++) {
      // xorshift32: a fixed ±1 pattern per n-gram.
      state ^= state << 13;
      state ^= state >>> 17;
      state ^= state << 5;
      out[i]! += (state & 1 ? weight : -weight) / Math.sqrt(out.length);
    }
  }
}
