import { type Example, tagKey } from "./signals.ts";

/** Says yes/no for "asset carries tag", or undefined when it has no opinion (counted as "no"). */
export type TagPredictor = (assetId: string, key: string) => boolean | undefined;

export interface Accuracy {
  accuracy: number | null;
  n: number;
  perCategory: Record<string, { accuracy: number; n: number }>;
}

/** Accuracy of a predictor on labelled examples, overall and per tag category. */
export function accuracyOn(predict: TagPredictor, examples: Example[]): Accuracy {
  const per = new Map<string, { right: number; n: number }>();
  let right = 0;
  for (const e of examples) {
    const said = predict(e.assetId, tagKey(e.category, e.tag)) ?? false;
    const ok = said === e.positive;
    if (ok) right++;
    const c = per.get(e.category) ?? { right: 0, n: 0 };
    c.n++;
    if (ok) c.right++;
    per.set(e.category, c);
  }
  return {
    accuracy: examples.length ? right / examples.length : null,
    n: examples.length,
    perCategory: Object.fromEntries([...per].map(([k, v]) => [k, { accuracy: v.right / v.n, n: v.n }])),
  };
}

export interface ShadowComparison {
  heldOut: number;
  current: Accuracy;
  candidate: Accuracy;
  /** candidate − current accuracy on the same held-out labels. */
  uplift: number | null;
  /** Held-out labels on which the two taggers disagree. */
  disagreements: number;
}

export function compareShadow(current: TagPredictor, candidate: TagPredictor, heldOut: Example[]): ShadowComparison {
  const a = accuracyOn(current, heldOut);
  const b = accuracyOn(candidate, heldOut);
  let disagreements = 0;
  for (const e of heldOut) {
    const k = tagKey(e.category, e.tag);
    if ((current(e.assetId, k) ?? false) !== (candidate(e.assetId, k) ?? false)) disagreements++;
  }
  return {
    heldOut: heldOut.length,
    current: a,
    candidate: b,
    uplift: a.accuracy !== null && b.accuracy !== null ? b.accuracy - a.accuracy : null,
    disagreements,
  };
}
