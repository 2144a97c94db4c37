import { WinnowError } from "../errors.ts";
import type { MetricRecord } from "./types.ts";

/** `RowStore.push` says, as bits: the (platform, ad) pair is new to the file, and/or its day was already there. */
export const NEW_AD = 1;
export const REPEATED_DAY = 2;

/** Distinct days a file may span (a day is held in 16 bits): 179 years, far beyond any export. */
const MAX_DAYS = 65_535;

/** Rows per block of the number columns: the store grows by blocks, never by copying what it holds. */
const BLOCK_BITS = 15;
const BLOCK = 1 << BLOCK_BITS;
const IN_BLOCK = BLOCK - 1;

/**
 * The checked rows of one file, held in columns (typed arrays, ~60 bytes a row) between the reading pass and the
 * writing pass, so a big export is parsed once and no row object outlives its page. One row per (platform, ad, day):
 * an ad's day split over several rows (placement, device...) is summed as it arrives, or (Winnow's own format, where a
 * repeat is a mistake) the first row is kept. A repeated day is found without a string or a hash per row: each ad keeps
 * its first and last day and a chain of its rows, and a day outside that span (any file in date order, either way)
 * is new at once; only a day inside it walks the ad's chain, newest row first.
 */
export class RowStore {
  private size = 0;
  private cap = 4096;
  private pair = new Int32Array(this.cap);
  private day = new Uint16Array(this.cap);
  /** Previous row of the same ad (-1: none). */
  private prev = new Int32Array(this.cap);
  private readonly blocks: Float64Array[] = [];
  private pairCap = 1024;
  private pairLast = new Int32Array(this.pairCap);
  private pairFirstDay = new Int32Array(this.pairCap);
  private pairLastDay = new Int32Array(this.pairCap);
  private readonly platforms: string[] = [];
  private readonly pairsByPlatform: Map<string, number>[] = [];
  private readonly pairPlatform: number[] = [];
  private readonly pairAd: string[] = [];
  private readonly dayNumber = new Map<string, number>();
  private readonly dayText: string[] = [];
  /** Days since 1970 of each day index (a day index says nothing of order). */
  private readonly dayOrdinal: number[] = [];
  /** Rows given, repeats of a day included. */
  rowsGiven = 0;

  /** Distinct (platform, ad, day) rows held. */
  get length(): number {
    return this.size;
  }

  get ads(): number {
    return this.pairAd.length;
  }

  /**
   * Adds a row: a new day of its ad is stored; a repeated day is added to the stored one when `sum`, else dropped
   * (the first row kept). Returns NEW_AD and REPEATED_DAY bits.
   */
  push(r: MetricRecord, sum: boolean): number {
    this.rowsGiven++;
    let p = this.platforms.length === 1 && this.platforms[0] === r.platform ? 0 : this.platforms.indexOf(r.platform);
    if (p < 0) {
      p = this.platforms.push(r.platform) - 1;
      this.pairsByPlatform.push(new Map());
    }
    const byAd = this.pairsByPlatform[p]!;
    let pair = byAd.get(r.platformAdId);
    let flags = 0;
    const day = this.dayOf(r.date);
    const ordinal = this.dayOrdinal[day]!;
    if (pair === undefined) {
      flags |= NEW_AD;
      pair = this.pairAd.push(r.platformAdId) - 1;
      this.pairPlatform.push(p);
      byAd.set(r.platformAdId, pair);
      if (pair === this.pairCap) this.growPairs();
      this.pairLast[pair] = -1;
      this.pairFirstDay[pair] = ordinal;
      this.pairLastDay[pair] = ordinal;
    } else if (ordinal >= this.pairFirstDay[pair]! && ordinal <= this.pairLastDay[pair]!) {
      for (let k = this.pairLast[pair]!; k >= 0; k = this.prev[k]!) {
        if (this.day[k] !== day) continue;
        if (sum) this.addTo(k, r);
        return flags | REPEATED_DAY;
      }
    } else if (ordinal < this.pairFirstDay[pair]!) this.pairFirstDay[pair] = ordinal;
    else this.pairLastDay[pair] = ordinal;
    if (this.size === this.cap) this.grow();
    const i = this.size++;
    this.pair[i] = pair;
    this.day[i] = day;
    this.prev[i] = this.pairLast[pair]!;
    this.pairLast[pair] = i;
    if ((i & IN_BLOCK) === 0) this.blocks.push(new Float64Array(BLOCK * 6));
    const n = this.blocks[i >>> BLOCK_BITS]!;
    const o = (i & IN_BLOCK) * 6;
    n[o] = r.impressions;
    n[o + 1] = r.clicks;
    n[o + 2] = r.conversions;
    n[o + 3] = r.spendMicros;
    n[o + 4] = r.revenueMicros;
    n[o + 5] = r.videoWatchMs === null ? Number.NaN : r.videoWatchMs;
    return flags;
  }

  /** The same sums as exports.ts sumRecords (conversions kept to six decimals, watch time null only if both are). */
  private addTo(i: number, r: MetricRecord) {
    const n = this.blocks[i >>> BLOCK_BITS]!;
    const o = (i & IN_BLOCK) * 6;
    n[o] = n[o]! + r.impressions;
    n[o + 1] = n[o + 1]! + r.clicks;
    n[o + 2] = Math.round((n[o + 2]! + r.conversions) * 1e6) / 1e6;
    n[o + 3] = n[o + 3]! + r.spendMicros;
    n[o + 4] = n[o + 4]! + r.revenueMicros;
    const watch = n[o + 5]!;
    if (!(Number.isNaN(watch) && r.videoWatchMs === null))
      n[o + 5] = (Number.isNaN(watch) ? 0 : watch) + (r.videoWatchMs ?? 0);
  }

  /** Index of the (platform, ad) pair of row `i`: rows of one pair share it. */
  pairOf(i: number): number {
    return this.pair[i]!;
  }

  /** Row `i` as a record (its currency null: the caller sets what the file's money is in). */
  record(i: number): MetricRecord {
    const pair = this.pair[i]!;
    const n = this.blocks[i >>> BLOCK_BITS]!;
    const o = (i & IN_BLOCK) * 6;
    const watch = n[o + 5]!;
    return {
      platform: this.platforms[this.pairPlatform[pair]!]!,
      platformAdId: this.pairAd[pair]!,
      date: this.dayText[this.day[i]!]!,
      impressions: n[o]!,
      clicks: n[o + 1]!,
      conversions: n[o + 2]!,
      spendMicros: n[o + 3]!,
      revenueMicros: n[o + 4]!,
      videoWatchMs: Number.isNaN(watch) ? null : watch,
      currency: null,
    };
  }

  /**
   * Row indices in key order (platform, ad id, day), the order of the metrics table's primary key: written in this
   * order, each page lands on neighbouring index pages, so a commit rewrites a few pages instead of one per row.
   */
  keyOrder(): Int32Array {
    const ads = this.pairAd.length;
    const rankOfPair = ranks(ads, (a, b) => {
      const pa = this.platforms[this.pairPlatform[a]!]!;
      const pb = this.platforms[this.pairPlatform[b]!]!;
      if (pa !== pb) return pa < pb ? -1 : 1;
      const x = this.pairAd[a]!;
      const y = this.pairAd[b]!;
      return x < y ? -1 : x > y ? 1 : 0;
    });
    const rankOfDay = ranks(this.dayText.length, (a, b) => (this.dayText[a]! < this.dayText[b]! ? -1 : 1));
    // Counting sort by the ad's rank (linear in the rows), then each ad's few days by insertion sort (they usually
    // arrive in order already): no comparison sort over all rows, so no long pause for a big file.
    const start = new Int32Array(ads + 1);
    for (let i = 0; i < this.size; i++) start[rankOfPair[this.pair[i]!]! + 1]!++;
    for (let r = 0; r < ads; r++) start[r + 1]! += start[r]!;
    const next = start.slice(0, ads);
    const order = new Int32Array(this.size);
    for (let i = 0; i < this.size; i++) order[next[rankOfPair[this.pair[i]!]!]!++] = i;
    const dayRankOf = (row: number) => rankOfDay[this.day[row]!]!;
    for (let r = 0; r < ads; r++) {
      if (start[r + 1]! - start[r]! > 16) {
        // Many days of one ad (a year of them, or a file sorted newest first): a real sort, not quadratic.
        order.subarray(start[r]!, start[r + 1]!).sort((a, b) => dayRankOf(a) - dayRankOf(b));
        continue;
      }
      for (let k = start[r]! + 1; k < start[r + 1]!; k++) {
        const row = order[k]!;
        const day = rankOfDay[this.day[row]!]!;
        let m = k - 1;
        while (m >= start[r]! && rankOfDay[this.day[order[m]!]!]! > day) {
          order[m + 1] = order[m]!;
          m--;
        }
        order[m + 1] = row;
      }
    }
    return order;
  }

  private dayOf(date: string): number {
    let d = this.dayNumber.get(date);
    if (d === undefined) {
      if (this.dayText.length >= MAX_DAYS)
        throw new WinnowError(
          "invalid_input",
          `csv: the file spans more than ${MAX_DAYS.toLocaleString("en-US")} different days. Export a shorter date range.`,
          { field: "csv" },
        );
      d = this.dayText.push(date) - 1;
      this.dayOrdinal.push(Math.round(Date.parse(`${date}T00:00:00Z`) / 86_400_000));
      this.dayNumber.set(date, d);
    }
    return d;
  }

  private grow() {
    this.cap *= 2;
    const pair = new Int32Array(this.cap);
    pair.set(this.pair);
    this.pair = pair;
    const day = new Uint16Array(this.cap);
    day.set(this.day);
    this.day = day;
    const prev = new Int32Array(this.cap);
    prev.set(this.prev);
    this.prev = prev;
  }

  private growPairs() {
    this.pairCap *= 2;
    const widen = (a: Int32Array) => {
      const b = new Int32Array(this.pairCap);
      b.set(a);
      return b;
    };
    this.pairLast = widen(this.pairLast);
    this.pairFirstDay = widen(this.pairFirstDay);
    this.pairLastDay = widen(this.pairLastDay);
  }
}

/** rank[i] = position of item i when the `n` items are sorted by `compare`. */
function ranks(n: number, compare: (a: number, b: number) => number): Int32Array {
  const sorted = Array.from({ length: n }, (_, i) => i).sort(compare);
  const rank = new Int32Array(n);
  for (let r = 0; r < n; r++) rank[sorted[r]!] = r;
  return rank;
}
