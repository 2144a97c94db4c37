/**
 * Slot-level attribution: which slot values (tone, hook, offer, format, model...) drive the metric, across every
 * arm that ran. A ridge-regularised weighted linear regression on one-hot slot values: each arm's observed rate is
 * the target, weighted by its sample, so a slot value seen in many well-measured variants speaks louder. The ridge
 * keeps rarely-seen values near zero instead of letting one lucky variant crown them.
 */
export interface AttributionRow {
  /** slot name → value, e.g. { tone: "playful", hook: "question", model: "local/sharp" } */
  slots: Record<string, string>;
  /** observed metric value (e.g. CTR) */
  value: number;
  /** sample behind it (e.g. impressions) */
  weight: number;
}

export interface SlotEffect {
  slot: string;
  value: string;
  /** Estimated change in the metric versus the average variant, in metric units. */
  effect: number;
  /** Weighted mean of the metric over rows having this value (raw, unadjusted). */
  observedMean: number;
  support: number;
  variants: number;
}

export function attributeSlots(rows: AttributionRow[], lambda = 1): { baseline: number; effects: SlotEffect[] } {
  const features: string[] = [];
  const index = new Map<string, number>();
  for (const r of rows)
    for (const [slot, value] of Object.entries(r.slots)) {
      const key = `${slot}\u0000${value}`;
      if (!index.has(key)) {
        index.set(key, features.length);
        features.push(key);
      }
    }
  const p = features.length + 1; // + intercept at 0
  const totalWeight = rows.reduce((s, r) => s + r.weight, 0);
  if (totalWeight === 0) return { baseline: 0, effects: [] };
  // Normalise weights so lambda means "pseudo-variants" whatever the traffic scale.
  const scale = rows.length / totalWeight;
  const xtx = Array.from({ length: p }, () => new Float64Array(p));
  const xty = new Float64Array(p);
  const stats = new Map<string, { sum: number; w: number; n: number }>();
  for (const r of rows) {
    const w = r.weight * scale;
    const cols = [0, ...Object.entries(r.slots).map(([s, v]) => 1 + index.get(`${s}\u0000${v}`)!)];
    for (const i of cols) {
      xty[i]! += w * r.value;
      for (const j of cols) xtx[i]![j]! += w;
    }
    for (const [s, v] of Object.entries(r.slots)) {
      const st = stats.get(`${s}\u0000${v}`) ?? { sum: 0, w: 0, n: 0 };
      st.sum += r.value * r.weight;
      st.w += r.weight;
      st.n += 1;
      stats.set(`${s}\u0000${v}`, st);
    }
  }
  for (let i = 1; i < p; i++) xtx[i]![i]! += lambda;
  const beta = solve(xtx, xty);
  const baseline = rows.reduce((s, r) => s + r.value * r.weight, 0) / totalWeight;
  // Centre effects within each slot so "effect" reads as versus the average value of that slot.
  const bySlot = new Map<string, number[]>();
  features.forEach((key, i) => {
    const slot = key.split("\u0000")[0]!;
    bySlot.set(slot, [...(bySlot.get(slot) ?? []), i]);
  });
  const effects: SlotEffect[] = [];
  for (const [slot, idxs] of bySlot) {
    const wsum = idxs.reduce((s, i) => s + stats.get(features[i]!)!.w, 0);
    const centre = idxs.reduce((s, i) => s + beta[i + 1]! * stats.get(features[i]!)!.w, 0) / (wsum || 1);
    for (const i of idxs) {
      const st = stats.get(features[i]!)!;
      effects.push({
        slot,
        value: features[i]!.split("\u0000")[1]!,
        effect: beta[i + 1]! - centre,
        observedMean: st.w > 0 ? st.sum / st.w : 0,
        support: st.w,
        variants: st.n,
      });
    }
  }
  effects.sort((a, b) => (a.slot === b.slot ? b.effect - a.effect : a.slot.localeCompare(b.slot)));
  return { baseline, effects };
}

/** Gaussian elimination with partial pivoting; the ridge keeps the system well-conditioned. */
function solve(a: Float64Array[], b: Float64Array): Float64Array {
  const n = b.length;
  const m = a.map((row) => Float64Array.from(row));
  const x = Float64Array.from(b);
  for (let c = 0; c < n; c++) {
    let piv = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(m[r]![c]!) > Math.abs(m[piv]![c]!)) piv = r;
    [m[c], m[piv]] = [m[piv]!, m[c]!];
    [x[c], x[piv]] = [x[piv]!, x[c]!];
    const d = m[c]![c]!;
    if (Math.abs(d) < 1e-15) continue;
    for (let r = c + 1; r < n; r++) {
      const f = m[r]![c]! / d;
      if (f === 0) continue;
      for (let k = c; k < n; k++) m[r]![k]! -= f * m[c]![k]!;
      x[r]! -= f * x[c]!;
    }
  }
  for (let c = n - 1; c >= 0; c--) {
    let s = x[c]!;
    for (let k = c + 1; k < n; k++) s -= m[c]![k]! * x[k]!;
    x[c] = Math.abs(m[c]![c]!) < 1e-15 ? 0 : s / m[c]![c]!;
  }
  return x;
}
