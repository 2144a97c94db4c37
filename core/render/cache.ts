/** A small LRU keyed by string, bounded by total bytes, for decoded/resized image layers. */
export class LayerCache<V extends { bytes: number }> {
  private readonly map = new Map<string, Promise<V>>();
  private readonly sizes = new Map<string, number>();
  private total = 0;
  hits = 0;
  misses = 0;

  constructor(private readonly maxBytes: number) {}

  /** Concurrent callers asking for the same key share one computation. */
  get(key: string, make: () => Promise<V>): Promise<V> {
    const found = this.map.get(key);
    if (found) {
      this.hits++;
      this.map.delete(key);
      this.map.set(key, found);
      return found;
    }
    this.misses++;
    const pending = make().then(
      (value) => {
        this.sizes.set(key, value.bytes);
        this.total += value.bytes;
        this.evict();
        return value;
      },
      (error) => {
        this.map.delete(key);
        throw error;
      },
    );
    this.map.set(key, pending);
    return pending;
  }

  private evict() {
    for (const key of this.map.keys()) {
      if (this.total <= this.maxBytes) break;
      const size = this.sizes.get(key);
      if (size === undefined) continue; // still being computed
      this.map.delete(key);
      this.sizes.delete(key);
      this.total -= size;
    }
  }
}
