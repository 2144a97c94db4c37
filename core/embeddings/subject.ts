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
  // Allocation-free inner loops (this runs on every imported asset): no per-pixel arrays, no boxed doubles.
  const lab = new Float32Array(n * 3);
  for (let p = 0; p < n; p++) labInto(lab, p * 3, raw[p * 3]!, raw[p * 3 + 1]!, raw[p * 3 + 2]!);
  const background = borderColours(lab, side);
  const centre = centralityOf(side);
  const weight = new Float32Array(n);
  const far = BACKGROUND_DELTA_E * BACKGROUND_DELTA_E;
  let covered = 0;
  for (let p = 0; p < n; p++) {
    const l = lab[p * 3]!;
    const a = lab[p * 3 + 1]!;
    const b = lab[p * 3 + 2]!;
    let nearest = Number.POSITIVE_INFINITY;
    for (let c = 0; c < background.length; c += 3) {
      const d = (l - background[c]!) ** 2 + (a - background[c + 1]!) ** 2 + (b - background[c + 2]!) ** 2;
      if (d < nearest) nearest = d;
    }
    if (nearest > far) {
      weight[p] = centre[p]!;
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

/**
 * Up to six colour clusters covering the border ring (a gradient backdrop needs more than one), as flat L,a,b
 * triples. Buckets are 12 ΔE cubes keyed by an integer; ties keep first-seen order.
 */
function borderColours(lab: Float32Array, side: number): Float64Array {
  const slot = new Map<number, number>();
  const sums: number[] = [];
  const counts: number[] = [];
  let total = 0;
  for (let y = 0; y < side; y++)
    for (let x = 0; x < side; x++) {
      if (x >= BORDER && x < side - BORDER && y >= BORDER && y < side - BORDER) continue;
      const p = y * side + x;
      const l = lab[p * 3]!;
      const a = lab[p * 3 + 1]!;
      const b = lab[p * 3 + 2]!;
      // L is 0..100 and a, b within ±128, so each rounded twelfth fits in 6 bits once offset by 32.
      const key = ((Math.round(l / 12) + 32) << 12) | ((Math.round(a / 12) + 32) << 6) | (Math.round(b / 12) + 32);
      let i = slot.get(key);
      if (i === undefined) {
        i = counts.length;
        slot.set(key, i);
        counts.push(0);
        sums.push(0, 0, 0);
      }
      sums[i * 3] = sums[i * 3]! + l;
      sums[i * 3 + 1] = sums[i * 3 + 1]! + a;
      sums[i * 3 + 2] = sums[i * 3 + 2]! + b;
      counts[i] = counts[i]! + 1;
      total++;
    }
  const ranked = counts.map((_, i) => i).sort((x, y) => counts[y]! - counts[x]!);
  const out: number[] = [];
  let share = 0;
  for (const i of ranked) {
    const count = counts[i]!;
    // Buckets of a few pixels are the subject touching the edge, not backdrop.
    if (out.length >= 18 || count < total * 0.04 || share >= 0.9) break;
    out.push(sums[i * 3]! / count, sums[i * 3 + 1]! / count, sums[i * 3 + 2]! / count);
    share += count / total;
  }
  return Float64Array.from(out);
}

/** 1 in the middle, ~0.4 at the edges: the subject of a product shot sits near the centre. Cached per side. */
const centralities = new Map<number, Float32Array>();
function centralityOf(side: number): Float32Array {
  let table = centralities.get(side);
  if (table) return table;
  table = new Float32Array(side * side);
  for (let p = 0; p < table.length; p++) {
    const x = (p % side) / (side - 1) - 0.5;
    const y = Math.floor(p / side) / (side - 1) - 0.5;
    table[p] = 1 - 0.6 * Math.min(1, Math.hypot(x, y) / Math.SQRT1_2);
  }
  centralities.set(side, table);
  return table;
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
  const used: number[] = [];
  for (let k = 0; k < mass.length; k++) if (mass[k]! > 0) used.push(k);
  return used
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

/** CIELAB (D65) of an sRGB pixel, written to out[at..at+2]. */
function labInto(out: Float32Array, at: number, r8: number, g8: number, b8: number): void {
  const r = LINEAR[r8]!;
  const g = LINEAR[g8]!;
  const b = LINEAR[b8]!;
  const fx = f((r * 0.4124 + g * 0.3576 + b * 0.1805) / 0.95047);
  const fy = f(r * 0.2126 + g * 0.7152 + b * 0.0722);
  const fz = f((r * 0.0193 + g * 0.1192 + b * 0.9505) / 1.08883);
  out[at] = 116 * fy - 16;
  out[at + 1] = 500 * (fx - fy);
  out[at + 2] = 200 * (fy - fz);
}
