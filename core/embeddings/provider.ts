import { WinnowError } from "../errors.ts";

/** Which vector an asset carries: meaning of its words, or the look of its pixels. */
export type EmbeddingKind = "text" | "visual";

/** A model that turns text into vectors. `model` + `version` are stored beside every vector it makes. */
export interface TextEmbedder {
  readonly model: string;
  readonly version: string;
  readonly dims: number;
  embed(texts: string[]): Promise<EmbedResult>;
}

export interface EmbedResult {
  vectors: Float32Array[];
  /** Provider usage for the cost ledger; zero for local models. */
  tokens: number;
  costMicros: number;
}

export interface ModelRef {
  model: string;
  version: string;
  dims: number;
}

export const describeModel = (m: ModelRef) => `${m.model}@${m.version} (${m.dims}-d)`;

/**
 * Vectors from two models never mix: a different model (or a different size of the same model) is refused with both
 * names, so a half-finished model switch can never compare apples with oranges.
 */
export function assertSameModel(expected: ModelRef, got: ModelRef, what: string): void {
  if (expected.model === got.model && expected.dims === got.dims) return;
  throw new WinnowError(
    "invalid_input",
    `${what}: vector is ${describeModel(got)} but the index holds ${describeModel(expected)}. ` +
      "Vectors from different embedding models cannot be compared; embed with the index's model or wait until re-embedding to the new model completes.",
    { field: "vector", expected: expected.model, got: got.model },
  );
}

/** Unit length so cosine similarity is a plain dot product. A zero vector stays zero. */
export function normalise(v: Float32Array): Float32Array {
  let sum = 0;
  for (let i = 0; i < v.length; i++) sum += v[i]! * v[i]!;
  const norm = Math.sqrt(sum);
  if (norm > 0) for (let i = 0; i < v.length; i++) v[i]! /= norm;
  return v;
}

export function dot(a: Float32Array, b: Float32Array): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i]! * b[i]!;
  return s;
}

/** libSQL F32_BLOB layout: little-endian float32s, so `vector_distance_cos(vector, vector32(?))` reads it as is. */
export function toBlob(v: Float32Array): Buffer {
  return Buffer.from(v.buffer, v.byteOffset, v.byteLength);
}

export function fromBlob(blob: ArrayBuffer | Uint8Array): Float32Array {
  const bytes = blob instanceof Uint8Array ? blob : new Uint8Array(blob);
  const copy = new Uint8Array(bytes.byteLength);
  copy.set(bytes);
  return new Float32Array(copy.buffer, 0, Math.floor(copy.byteLength / 4));
}
