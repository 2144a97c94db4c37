/**
 * The subject of a picture and its colours, from the same SIDE×SIDE decode the other visual features read.
 * "An orange sneaker" is about the shoe's colour, not the frame's: a white shoe on an orange seamless is mostly orange
 * pixels. Product shots, packshots and most ads put the subject on a backdrop that reaches the frame's edges, so the
 * border ring is a model of the background; pixels far (in CIELAB) from every border colour are the subject, weighted
 * towards the centre. A frame with no such separation (a landscape, a full-bleed texture) falls back to its centre.
 */

export interface SubjectColour {
  rgb: [number, number, number];
  /** Share of the subject region, 0..1. */
  share: number;
}

export interface Subject {
  colours: SubjectColour[];
  /** Share of the frame the subject covers (0..1). */
  coverage: number;
  /** "foreground": separated from a backdrop; "centre": no clear backdrop, the central region was used. */
  method: "foreground" | "centre";
}

/** ΔE from the nearest border colour beyond which a pixel is not backdrop. */
const BACKGROUND_DELTA_E = 16;
const BORDER = 3;

export function subjectOf(raw: Uint8Array, side: number): Subject {
  const n = side * side;
  const lab = new Float32Array(n * 3);
  for (let p = 0; p < n; p++) {
    const [l, a, b] = labOf(raw[p * 3]!, raw[p * 3 + 1]!, raw[p * 3 + 2]!);
    lab[p * 3] = l;
    lab[p * 3 + 1] = a;
    lab[p * 3 + 2] = b;
  }
  const background = borderColours(lab, side);
  const weight = new Float32Array(n);
  let covered = 0;
  for (let p = 0; p < n; p++) {
    let nearest = Number.POSITIVE_INFINITY;
    for (const c of background) {
      const d = (lab[p * 3]! - c[0]) ** 2 + (lab[p * 3 + 1]! - c[1]) ** 2 + (lab[p * 3 + 2]! - c[2]) ** 2;
      if (d < nearest) nearest = d;
    }
    if (Math.sqrt(nearest) > BACKGROUND_DELTA_E) {
      weight[p] = centrality(p, side);
      covered++;
    }
  }
  const coverage = covered / n;
  let method: Subject["method"] = "foreground";
  // Too little (noise) or too much (no backdrop: a scene, a texture) separated: use the centre of the frame.
  if (coverage < 0.03 || coverage > 0.7) {
    method = "centre";
    for (let p = 0; p < n; p++) {
      const x = (p % side) / side - 0.5;
      const y = Math.floor(p / side) / side - 0.5;
      weight[p] = Math.abs(x) < 0.25 && Math.abs(y) < 0.25 ? 1 : 0;
    }
  }
  return { colours: dominant(raw, weight, n), coverage: method === "centre" ? 0.25 : coverage, method };
}

/** Up to three colour clusters covering the border ring (a gradient backdrop needs more than one). */
function borderColours(lab: Float32Array, side: number): [number, number, number][] {
  const buckets = new Map<string, { sum: [number, number, number]; count: number }>();
  let total = 0;
  for (let y = 0; y < side; y++)
    for (let x = 0; x < side; x++) {
      if (x >= BORDER && x < side - BORDER && y >= BORDER && y < side - BORDER) continue;
      const p = y * side + x;
      const l = lab[p * 3]!;
      const a = lab[p * 3 + 1]!;
      const b = lab[p * 3 + 2]!;
      const key = `${Math.round(l / 12)},${Math.round(a / 12)},${Math.round(b / 12)}`;
      const bucket = buckets.get(key) ?? { sum: [0, 0, 0], count: 0 };
      bucket.sum[0] += l;
      bucket.sum[1] += a;
      bucket.sum[2] += b;
      bucket.count++;
      buckets.set(key, bucket);
      total++;
    }
  const ranked = [...buckets.values()].sort((x, y) => y.count - x.count);
  const out: [number, number, number][] = [];
  let share = 0;
  for (const b of ranked) {
    // Buckets of a few pixels are the subject touching the edge, not backdrop.
    if (out.length >= 6 || b.count < total * 0.04 || share >= 0.9) break;
    out.push([b.sum[0] / b.count, b.sum[1] / b.count, b.sum[2] / b.count]);
    share += b.count / total;
  }
  return out;
}

/** 1 in the middle, ~0.4 at the edges: the subject of a product shot sits near the centre. */
function centrality(p: number, side: number): number {
  const x = (p % side) / (side - 1) - 0.5;
  const y = Math.floor(p / side) / (side - 1) - 0.5;
  return 1 - 0.6 * Math.min(1, Math.hypot(x, y) / Math.SQRT1_2);
}

/** Weighted 3-bit-per-channel buckets; the biggest buckets' mean colours, most covering first. */
function dominant(raw: Uint8Array, weight: Float32Array, n: number): SubjectColour[] {
  const mass = new Float64Array(512);
  const sums = new Float64Array(512 * 3);
  let total = 0;
  for (let p = 0; p < n; p++) {
    const w = weight[p]!;
    if (w <= 0) continue;
    const r = raw[p * 3]!;
    const g = raw[p * 3 + 1]!;
    const b = raw[p * 3 + 2]!;
    const k = ((r >> 5) << 6) | ((g >> 5) << 3) | (b >> 5);
    mass[k]! += w;
    sums[k * 3]! += w * r;
    sums[k * 3 + 1]! += w * g;
    sums[k * 3 + 2]! += w * b;
    total += w;
  }
  if (total === 0) return [];
  return [...mass.keys()]
    .filter((k) => mass[k]! > 0)
    .sort((a, b) => mass[b]! - mass[a]!)
    .slice(0, 5)
    .map((k) => ({
      rgb: [
        Math.round(sums[k * 3]! / mass[k]!),
        Math.round(sums[k * 3 + 1]! / mass[k]!),
        Math.round(sums[k * 3 + 2]! / mass[k]!),
      ] as [number, number, number],
      share: mass[k]! / total,
    }));
}

const LINEAR = Float64Array.from({ length: 256 }, (_, i) => {
  const v = i / 255;
  return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
});
const f = (t: number) => (t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16 / 116);

function labOf(r8: number, g8: number, b8: number): [number, number, number] {
  const r = LINEAR[r8]!;
  const g = LINEAR[g8]!;
  const b = LINEAR[b8]!;
  const fx = f((r * 0.4124 + g * 0.3576 + b * 0.1805) / 0.95047);
  const fy = f(r * 0.2126 + g * 0.7152 + b * 0.0722);
  const fz = f((r * 0.0193 + g * 0.1192 + b * 0.9505) / 1.08883);
  return [116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)];
}
