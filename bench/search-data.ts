import type { VectorIndex } from "../core/search/vector-index.ts";

/** Helpers for bench/search.ts: seeded synthetic library text, percentiles, recall and an int8 scan to compare. */
export function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SUBJECTS = [
  "running shoe",
  "trail shoe",
  "water bottle",
  "runner portrait",
  "logo",
  "jacket",
  "cap",
  "watch",
  "socks",
  "backpack",
  "headphones",
  "energy gel",
];
const SETTINGS = [
  "studio backdrop",
  "forest trail",
  "city street",
  "stadium track",
  "beach",
  "mountain ridge",
  "gym",
  "park",
  "desert road",
  "snowy path",
];
const TONES = ["energetic", "calm", "bold", "minimal", "warm", "cool", "playful", "premium", "gritty", "bright"];
const COLOURS = [
  "orange",
  "navy",
  "lime",
  "teal",
  "black",
  "white",
  "red",
  "purple",
  "yellow",
  "grey",
  "pink",
  "green",
];
const TIMES = ["at dawn", "at sunset", "at noon", "at night", "in the rain", "in autumn", "in spring", "in winter"];

const pick = <T>(r: () => number, xs: T[]) => xs[Math.floor(r() * xs.length)]!;

export function randomAssetText(r: () => number): string {
  return `${pick(r, TONES)} ${pick(r, COLOURS)} ${pick(r, SUBJECTS)}. ${pick(r, SETTINGS)} ${pick(r, TIMES)}. ${pick(r, TONES)} ${pick(r, COLOURS)} accents.`;
}

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const v = sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
  return Math.round(v * 100) / 100;
}

/** Mean share of the exact top-k found by the other method. Ties at the cut-off count as found. */
export function recallAt(got: string[][], want: string[][]): number {
  let sum = 0;
  for (let i = 0; i < want.length; i++) {
    const w = new Set(want[i]);
    sum += (got[i] ?? []).filter((id) => w.has(id)).length / Math.max(1, w.size);
  }
  return Math.round((sum / Math.max(1, want.length)) * 1000) / 1000;
}

/** int8 scalar quantisation of the same vectors: a quarter of the memory; measured for latency and recall. */
export function quantisedScan(index: VectorIndex, ids: string[], queries: Float32Array[], exact: string[][]) {
  const dims = index.ref.dims;
  const codes = new Int8Array(ids.length * dims);
  const present: string[] = [];
  for (const id of ids) {
    const v = index.get(id);
    if (!v) continue;
    const row = present.length * dims;
    for (let i = 0; i < dims; i++) codes[row + i] = Math.max(-127, Math.min(127, Math.round(v[i]! * 127 * 3)));
    present.push(id);
  }
  const ms: number[] = [];
  const got: string[][] = [];
  for (const q of queries) {
    const qi = Int8Array.from(q, (x) => Math.max(-127, Math.min(127, Math.round(x * 127 * 3))));
    const s = performance.now();
    const scores = new Float32Array(present.length);
    for (let r = 0; r < present.length; r++) {
      let acc = 0;
      const base = r * dims;
      for (let i = 0; i < dims; i++) acc += codes[base + i]! * qi[i]!;
      scores[r] = acc;
    }
    const top = [...scores.keys()].sort((a, b) => scores[b]! - scores[a]!).slice(0, 10);
    ms.push(performance.now() - s);
    got.push(top.map((r) => present[r]!));
  }
  return { p50Ms: percentile(ms, 50), p95Ms: percentile(ms, 95), recallAt10: recallAt(got, exact) };
}
