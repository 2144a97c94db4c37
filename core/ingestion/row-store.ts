import type { MetricRecord } from "./types.ts";

/**
 * The checked rows of one file, held in columns (typed arrays, ~60 bytes a row) between the reading pass and the
 * writing pass, so a big export is parsed once and no row object outlives its page. Rows are keyed by number (an
 * ad's index × 65536 + its day), which finds an ad's day split over several rows without a string per row.
 */
export class RowStore {
  private size = 0;
  private cap = 4096;
  private pair = new Int32Array(this.cap);
  private day = new Int32Array(this.cap);
  private nums = new Float64Array(this.cap * 6);
  private readonly platforms: string[] = [];
  private readonly pairsByPlatform: Map<string, number>[] = [];
  private readonly pairPlatform: number[] = [];
  private readonly pairAd: string[] = [];
  private readonly keys = new Set<number>();
  /** Keys seen more than once (an ad's day split by placement, device...: summed when written). */
  readonly duplicated = new Set<number>();
  private readonly dayNumber = new Map<string, number>();
  private readonly dayText = new Map<number, string>();

  get length(): number {
    return this.size;
  }

  get ads(): number {
    return this.pairAd.length;
  }

  /** Adds a row; `newAd` says the (platform, ad) pair is seen for the first time, `duplicate` the key is not. */
  push(r: MetricRecord): { key: number; newAd: boolean; duplicate: boolean } {
    let p = this.platforms.indexOf(r.platform);
    if (p < 0) {
      p = this.platforms.push(r.platform) - 1;
      this.pairsByPlatform.push(new Map());
    }
    const byAd = this.pairsByPlatform[p]!;
    let pair = byAd.get(r.platformAdId);
    const newAd = pair === undefined;
    if (pair === undefined) {
      pair = this.pairAd.push(r.platformAdId) - 1;
      this.pairPlatform.push(p);
      byAd.set(r.platformAdId, pair);
    }
    const day = this.toDay(r.date);
    const key = pair * 65_536 + day;
    const duplicate = this.keys.has(key);
    if (duplicate) this.duplicated.add(key);
    else this.keys.add(key);
    if (this.size === this.cap) this.grow();
    const i = this.size++;
    this.pair[i] = pair;
    this.day[i] = day;
    const o = i * 6;
    this.nums[o] = r.impressions;
    this.nums[o + 1] = r.clicks;
    this.nums[o + 2] = r.conversions;
    this.nums[o + 3] = r.spendMicros;
    this.nums[o + 4] = r.revenueMicros;
    this.nums[o + 5] = r.videoWatchMs === null ? Number.NaN : r.videoWatchMs;
    return { key, newAd, duplicate };
  }

  keyAt(i: number): number {
    return this.pair[i]! * 65_536 + this.day[i]!;
  }

  record(i: number): MetricRecord {
    const pair = this.pair[i]!;
    const o = i * 6;
    const watch = this.nums[o + 5]!;
    return {
      platform: this.platforms[this.pairPlatform[pair]!]!,
      platformAdId: this.pairAd[pair]!,
      date: this.dayText.get(this.day[i]!)!,
      impressions: this.nums[o]!,
      clicks: this.nums[o + 1]!,
      conversions: this.nums[o + 2]!,
      spendMicros: this.nums[o + 3]!,
      revenueMicros: this.nums[o + 4]!,
      videoWatchMs: Number.isNaN(watch) ? null : watch,
    };
  }

  /** Frees the key set once reading is done (duplicates are known by then). */
  sealed(): void {
    this.keys.clear();
  }

  private toDay(date: string): number {
    let d = this.dayNumber.get(date);
    if (d === undefined) {
      // Days since 1970-01-01: under 65,536 until the year 2149.
      d = Math.round(Date.parse(`${date}T00:00:00Z`) / 86_400_000);
      this.dayNumber.set(date, d);
      this.dayText.set(d, date);
    }
    return d;
  }

  private grow() {
    this.cap *= 2;
    const pair = new Int32Array(this.cap);
    pair.set(this.pair);
    this.pair = pair;
    const day = new Int32Array(this.cap);
    day.set(this.day);
    this.day = day;
    const nums = new Float64Array(this.cap * 6);
    nums.set(this.nums);
    this.nums = nums;
  }
}
