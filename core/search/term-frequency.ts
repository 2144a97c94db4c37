import type { Tx } from "../../db/client.ts";
import { documentFrequency } from "../../db/repositories/search.ts";

/**
 * How many assets contain each query term, cached for a while: FTS5 costs time in proportion to the doclists it
 * walks, so a query made only of words that half the library contains (colours, "shoe", "studio") is answered by the
 * vector ranking alone — documents containing all those words are the vectors' nearest anyway — and full text runs
 * when some term is selective (a product code, a name, a rare word), which is where it finds what vectors miss.
 */
export class TermFrequencies {
  private readonly cache = new Map<string, { df: number; at: number }>();

  constructor(private readonly ttlMs = 5 * 60_000) {}

  /** True when at least one term occurs in no more than `maxShare` of `total` documents (or in at most `floor`). */
  async anySelective(db: Tx, terms: string[], total: number, maxShare = 0.02, floor = 1000): Promise<boolean> {
    const limit = Math.max(floor, Math.floor(total * maxShare));
    const now = Date.now();
    for (const term of terms) {
      let hit = this.cache.get(term);
      if (!hit || now - hit.at > this.ttlMs) {
        // Counting stops at limit + 1: only "above the limit or not" matters.
        hit = { df: await documentFrequency(db, `"${term.replace(/"/g, "")}"`, limit + 1), at: now };
        if (this.cache.size > 10_000) this.cache.clear();
        this.cache.set(term, hit);
      }
      if (hit.df <= limit) return true;
    }
    return false;
  }
}
