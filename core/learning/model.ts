import { type Example, tagKey } from "./signals.ts";

/**
 * The learned tagger: one L2-regularised logistic regression per tag over the asset vectors, trained on positive and
 * negative examples with class-balanced weights. Small, exact and deterministic (full-batch gradient descent from
 * zero), which is what we want for versioned, comparable models.
 */

export interface TagModel {
  key: string;
  category: string;
  tag: string;
  weights: number[];
  bias: number;
  positives: number;
  negatives: number;
}

export interface TaggerModel {
  kind: "logistic";
  dims: number;
  /** Which vectors the model reads (see features.ts); a version only scores vectors of the same spec. */
  features: string;
  tags: TagModel[];
}

export interface TrainOptions {
  epochs?: number;
  learningRate?: number;
  l2?: number;
}

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

function dot(w: number[], x: ArrayLike<number>): number {
  let s = 0;
  for (let i = 0; i < w.length; i++) s += w[i]! * (x[i] ?? 0);
  return s;
}

export function trainTagger(
  examples: Example[],
  vectors: Map<string, ArrayLike<number>>,
  features: string,
  options: TrainOptions = {},
): TaggerModel {
  const epochs = options.epochs ?? 300;
  const lr = options.learningRate ?? 0.5;
  const l2 = options.l2 ?? 1e-3;
  const dims = [...vectors.values()][0]?.length ?? 0;
  const byTag = new Map<string, Example[]>();
  for (const e of examples) {
    if (!vectors.has(e.assetId)) continue;
    const key = tagKey(e.category, e.tag);
    byTag.set(key, [...(byTag.get(key) ?? []), e]);
  }
  const tags: TagModel[] = [];
  for (const [key, rows] of [...byTag].sort(([a], [b]) => a.localeCompare(b))) {
    const pos = rows.filter((r) => r.positive).length;
    const neg = rows.length - pos;
    // Class-balanced weights so a tag with 3 positives and 40 negatives still learns the positives.
    const wPos = pos ? rows.length / (2 * pos) : 0;
    const wNeg = neg ? rows.length / (2 * neg) : 0;
    const w = new Array<number>(dims).fill(0);
    let b = pos && neg ? 0 : pos ? 2 : -2;
    if (pos && neg) {
      for (let epoch = 0; epoch < epochs; epoch++) {
        const grad = new Array<number>(dims).fill(0);
        let gb = 0;
        for (const r of rows) {
          const x = vectors.get(r.assetId)!;
          const y = r.positive ? 1 : 0;
          const err = (sigmoid(dot(w, x) + b) - y) * (r.positive ? wPos : wNeg);
          for (let i = 0; i < dims; i++) grad[i]! += err * (x[i] ?? 0);
          gb += err;
        }
        for (let i = 0; i < dims; i++) w[i] = w[i]! - lr * (grad[i]! / rows.length + l2 * w[i]!);
        b -= (lr * gb) / rows.length;
      }
    }
    const first = rows[0]!;
    tags.push({
      key,
      category: first.category,
      tag: first.tag,
      weights: w.map((v) => Math.round(v * 1e6) / 1e6),
      bias: b,
      positives: pos,
      negatives: neg,
    });
  }
  return { kind: "logistic", dims, features, tags };
}

/** Probability that the asset carries the tag, or undefined when this model has never seen the tag. */
export function scoreTag(model: TaggerModel, key: string, vector: ArrayLike<number>): number | undefined {
  const t = model.tags.find((m) => m.key === key);
  return t ? sigmoid(dot(t.weights, vector) + t.bias) : undefined;
}

/** All tags the model assigns to one vector at or above the threshold, best first. */
export function predictTags(model: TaggerModel, vector: ArrayLike<number>, threshold = 0.5) {
  return model.tags
    .map((t) => ({ category: t.category, tag: t.tag, confidence: sigmoid(dot(t.weights, vector) + t.bias) }))
    .filter((p) => p.confidence >= threshold)
    .sort((a, b) => b.confidence - a.confidence);
}
