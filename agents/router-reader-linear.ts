import type { Vec } from "./router-reader-text.ts";

/**
 * The reader's linear half: a multinomial logistic regression over the same TF-IDF features as the nearest-document
 * half (words, word pairs and the thread's context; character n-grams are left to the other half, where they catch
 * slips). Nearest documents reward the words a message shares with a tool's examples; a fitted weight rewards the
 * words that tell one tool from another ("since monday" says little, "converts" says slot or ranking). Blended half
 * and half (LINEAR_SHARE), the reader's top-1 on corpora it was not trained on went from 0.786 to 0.829 (leave one
 * corpus out over train3-6, blind4 and blind5's tuning half, 7 Dec).
 *
 * Fitted by stochastic gradient descent with AdaGrad steps, three passes, in a fixed shuffled order, so the same
 * documents always give the same weights. About half a second for the 4,000-odd labelled messages, once per served
 * tool list.
 */
export interface Linear {
  labels: string[];
  /** Feature → its row in `weights` (one weight per label). */
  index: Map<string, number>;
  weights: Float64Array;
  bias: Float64Array;
}

/** How much of the reader's score the linear half gives. */
export const LINEAR_SHARE = 0.5;
const PASSES = 3;
const RATE = 0.5;
const L2 = 1e-5;
const BIAS_RATE = 0.01;

/** Words (`w:`), word pairs (`b:`) and context (`x:`), not character n-grams. */
const used = (v: Vec): [string, number][] => [...v].filter(([f]) => f[0] === "w" || f[0] === "b" || f[0] === "x");

function softmax(z: Float64Array): Float64Array {
  let max = Number.NEGATIVE_INFINITY;
  for (const x of z) if (x > max) max = x;
  let sum = 0;
  for (let i = 0; i < z.length; i++) {
    z[i] = Math.exp(z[i]! - max);
    sum += z[i]!;
  }
  for (let i = 0; i < z.length; i++) z[i]! /= sum;
  return z;
}

function probabilities(linear: Linear, rows: Int32Array, values: Float64Array): Float64Array {
  const K = linear.labels.length;
  const z = Float64Array.from(linear.bias);
  for (let j = 0; j < rows.length; j++) {
    const base = rows[j]! * K;
    const x = values[j]!;
    for (let k = 0; k < K; k++) z[k]! += linear.weights[base + k]! * x;
  }
  return softmax(z);
}

/** Each label's probability for a weighed feature vector (features the fit never saw are ignored). */
export function linearProbabilities(linear: Linear, vec: Vec): Map<string, number> {
  const known = used(vec).filter(([f]) => linear.index.has(f));
  const p = probabilities(
    linear,
    Int32Array.from(known.map(([f]) => linear.index.get(f)!)),
    Float64Array.from(known.map(([, x]) => x)),
  );
  return new Map(linear.labels.map((label, k) => [label, p[k]!]));
}

/** Fits the weights on labelled, weighed feature vectors. */
export function fitLinear(docs: { label: string; vec: Vec }[]): Linear {
  const labels = [...new Set(docs.map((d) => d.label))];
  const K = labels.length;
  const labelIndex = new Map(labels.map((c, i) => [c, i]));
  const index = new Map<string, number>();
  const rows = docs.map((d) => {
    const xs = used(d.vec);
    for (const [f] of xs) if (!index.has(f)) index.set(f, index.size);
    return {
      y: labelIndex.get(d.label)!,
      rows: Int32Array.from(xs.map(([f]) => index.get(f)!)),
      values: Float64Array.from(xs.map(([, x]) => x)),
    };
  });
  const linear: Linear = { labels, index, weights: new Float64Array(index.size * K), bias: new Float64Array(K) };
  const w = linear.weights;
  const squares = new Float64Array(index.size * K).fill(1e-8);
  const order = rows.map((_, i) => i);
  let seed = 12345;
  for (let pass = 0; pass < PASSES; pass++) {
    for (let i = order.length - 1; i > 0; i--) {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      const j = seed % (i + 1);
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (const i of order) {
      const r = rows[i]!;
      const p = probabilities(linear, r.rows, r.values);
      p[r.y]! -= 1;
      for (let k = 0; k < K; k++) linear.bias[k]! -= BIAS_RATE * p[k]!;
      for (let j = 0; j < r.rows.length; j++) {
        const base = r.rows[j]! * K;
        const x = r.values[j]!;
        for (let k = 0; k < K; k++) {
          const g = p[k]! * x + L2 * w[base + k]!;
          squares[base + k]! += g * g;
          w[base + k]! -= (RATE * g) / Math.sqrt(squares[base + k]!);
        }
      }
    }
  }
  return linear;
}
