import { hammingDistance } from "./phash.ts";

/** Union-find over asset ids: pairs in, connected groups out. */
export class DisjointSets {
  private readonly parent = new Map<string, string>();

  find(x: string): string {
    let root = x;
    while (this.parent.has(root) && this.parent.get(root) !== root) root = this.parent.get(root)!;
    let cur = x;
    while (cur !== root) {
      const next = this.parent.get(cur) ?? root;
      this.parent.set(cur, root);
      cur = next;
    }
    return root;
  }

  union(a: string, b: string) {
    const ra = this.find(a);
    const rb = this.find(b);
    if (!this.parent.has(ra)) this.parent.set(ra, ra);
    if (ra !== rb) this.parent.set(rb, ra);
  }

  groups(): string[][] {
    const byRoot = new Map<string, string[]>();
    for (const id of this.parent.keys()) {
      const root = this.find(id);
      const list = byRoot.get(root) ?? [];
      list.push(id);
      byRoot.set(root, list);
    }
    return [...byRoot.values()].filter((g) => g.length > 1).map((g) => g.sort());
  }
}

export interface HashedItem {
  id: string;
  phash: string;
}

/**
 * Pairs of items whose hashes differ by at most `threshold` bits. Pigeonhole banding: split the 64 bits into
 * threshold+1 bands; two hashes within the threshold agree exactly on at least one band, so only items sharing a band
 * value are compared — near-linear instead of all pairs.
 */
export function nearHashPairs(items: HashedItem[], threshold: number): { a: string; b: string; distance: number }[] {
  const bands = Math.min(16, threshold + 1);
  const seen = new Set<string>();
  const pairs: { a: string; b: string; distance: number }[] = [];
  for (let band = 0; band < bands; band++) {
    const start = Math.floor((band * 16) / bands);
    const end = Math.floor(((band + 1) * 16) / bands);
    const buckets = new Map<string, HashedItem[]>();
    for (const item of items) {
      const key = item.phash.slice(start, end);
      const bucket = buckets.get(key) ?? [];
      bucket.push(item);
      buckets.set(key, bucket);
    }
    for (const bucket of buckets.values()) {
      for (let i = 0; i < bucket.length; i++) {
        for (let j = i + 1; j < bucket.length; j++) {
          const [x, y] = [bucket[i]!, bucket[j]!];
          const key = x.id < y.id ? `${x.id}|${y.id}` : `${y.id}|${x.id}`;
          if (seen.has(key)) continue;
          seen.add(key);
          const distance = hammingDistance(x.phash, y.phash);
          if (distance <= threshold) pairs.push({ a: x.id, b: y.id, distance });
        }
      }
    }
  }
  return pairs;
}
