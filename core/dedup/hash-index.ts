/**
 * Perceptual hashes of live assets held as two 32-bit halves in typed arrays, so "which stored hashes are within d
 * bits of this one" is a tight popcount loop (~1 ms at 100k assets) instead of a table scan and string parsing per
 * new asset. A cache of assets.phash: loaded from the database, updated by this process's writes, reloaded when stale.
 */
export class HashIndex {
  private ids: string[] = [];
  private hi = new Uint32Array(1024);
  private lo = new Uint32Array(1024);
  private readonly positions = new Map<string, number>();

  get size(): number {
    return this.ids.length;
  }

  set(id: string, phash: string): void {
    let at = this.positions.get(id);
    if (at === undefined) {
      at = this.ids.length;
      if (at >= this.hi.length) {
        const hi = new Uint32Array(this.hi.length * 2);
        const lo = new Uint32Array(this.lo.length * 2);
        hi.set(this.hi);
        lo.set(this.lo);
        this.hi = hi;
        this.lo = lo;
      }
      this.ids.push(id);
      this.positions.set(id, at);
    }
    this.hi[at] = Number.parseInt(phash.slice(0, 8), 16) >>> 0;
    this.lo[at] = Number.parseInt(phash.slice(8, 16), 16) >>> 0;
  }

  has(id: string): boolean {
    return this.positions.has(id);
  }

  /** Bits between a stored hash and `phash` (64 when `id` has none). */
  distance(id: string, phash: string): number {
    const at = this.positions.get(id);
    if (at === undefined) return 64;
    const h = Number.parseInt(phash.slice(0, 8), 16) >>> 0;
    const l = Number.parseInt(phash.slice(8, 16), 16) >>> 0;
    return popcount32((this.hi[at]! ^ h) >>> 0) + popcount32((this.lo[at]! ^ l) >>> 0);
  }

  remove(id: string): void {
    const at = this.positions.get(id);
    if (at === undefined) return;
    const last = this.ids.length - 1;
    if (at !== last) {
      const lastId = this.ids[last]!;
      this.ids[at] = lastId;
      this.hi[at] = this.hi[last]!;
      this.lo[at] = this.lo[last]!;
      this.positions.set(lastId, at);
    }
    this.ids.pop();
    this.positions.delete(id);
  }

  /** Stored hashes within `threshold` bits of `phash` (ids in `except` left out). */
  near(phash: string, threshold: number, except?: Set<string>): { id: string; distance: number }[] {
    const h = Number.parseInt(phash.slice(0, 8), 16) >>> 0;
    const l = Number.parseInt(phash.slice(8, 16), 16) >>> 0;
    const out: { id: string; distance: number }[] = [];
    const { hi, lo } = this;
    for (let i = 0; i < this.ids.length; i++) {
      const d = popcount32((hi[i]! ^ h) >>> 0) + popcount32((lo[i]! ^ l) >>> 0);
      if (d <= threshold && !except?.has(this.ids[i]!)) out.push({ id: this.ids[i]!, distance: d });
    }
    return out;
  }
}

function popcount32(v: number): number {
  v -= (v >>> 1) & 0x55555555;
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}
