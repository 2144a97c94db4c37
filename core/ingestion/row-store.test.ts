import { describe, expect, it } from "vitest";
import { sumRecords } from "./exports.ts";
import { NEW_AD, REPEATED_DAY, RowStore } from "./row-store.ts";
import type { MetricRecord } from "./types.ts";

const row = (ad: string, date: string, n: number, platform = "meta"): MetricRecord => ({
  platform,
  platformAdId: ad,
  date,
  impressions: 100 * n,
  clicks: n,
  conversions: n / 3,
  spendMicros: 1_000_000 * n + 7,
  revenueMicros: 5 * n,
  videoWatchMs: n % 2 ? null : n * 10,
});

/** Every row held, in key order, as the records that were given (the store leaves the currency to the caller). */
const all = (store: RowStore) =>
  Array.from(store.keyOrder(), (i) => {
    const { currency, ...r } = store.record(i);
    expect(currency).toBe(null);
    return r;
  });
const byKey = (a: MetricRecord, b: MetricRecord) =>
  a.platform.localeCompare(b.platform) || a.platformAdId.localeCompare(b.platformAdId) || a.date.localeCompare(b.date);

describe("RowStore", () => {
  it("sums an ad's split day exactly as sumRecords does, and flags new ads and repeated days", () => {
    const store = new RowStore();
    const rows = [row("7", "2026-03-01", 1), row("7", "2026-03-01", 2), row("7", "2026-03-01", 3)];
    expect(store.push(rows[0]!, true)).toBe(NEW_AD);
    expect(store.push(rows[1]!, true)).toBe(REPEATED_DAY);
    expect(store.push(rows[2]!, true)).toBe(REPEATED_DAY);
    expect(store.length).toBe(1);
    expect(store.rowsGiven).toBe(3);
    const expected = sumRecords(sumRecords(rows[0]!, rows[1]!), rows[2]!);
    expect(all(store)).toEqual([expected]);
  });

  it("keeps the first row of a repeated day when not summing (Winnow's own format)", () => {
    const store = new RowStore();
    store.push(row("7", "2026-03-01", 1), false);
    store.push(row("7", "2026-03-01", 9), false);
    expect(all(store)).toEqual([row("7", "2026-03-01", 1)]);
  });

  it("gives every distinct row back once, in (platform, ad, day) order, past many table growths", () => {
    const store = new RowStore();
    const given: MetricRecord[] = [];
    // Days out of order, ads interleaved, two platforms: 30,000 distinct keys.
    for (let d = 0; d < 15; d++)
      for (let a = 0; a < 1000; a++)
        for (const p of ["tiktok", "meta"]) {
          const day = new Date(Date.UTC(2026, 0, 1 + ((d * 7) % 15))).toISOString().slice(0, 10);
          const r = row(String(999_000 - a * 37), day, a + d, p);
          given.push(r);
          store.push(r, true);
        }
    // One ad with two years of days, newest first (a file sorted by date descending).
    for (let d = 730; d > 0; d--) {
      const r = row("5", new Date(Date.UTC(2025, 0, d)).toISOString().slice(0, 10), d);
      given.push(r);
      store.push(r, true);
    }
    expect(store.length).toBe(30_730);
    expect(store.ads).toBe(2001);
    expect(all(store)).toEqual([...given].sort(byKey));
  });

  it("finds a repeated day anywhere in an ad's span, in a shuffled file, and sums it like the reference", () => {
    const store = new RowStore();
    const expected = new Map<string, MetricRecord>();
    const given: MetricRecord[] = [];
    for (let a = 0; a < 50; a++)
      for (let d = 0; d < 40; d++)
        for (let part = 0; part < 1 + ((a + d) % 3); part++)
          given.push(row(`ad${a}`, new Date(Date.UTC(2026, 4, 1 + d)).toISOString().slice(0, 10), a + d + part));
    let seed = 42;
    for (let i = given.length - 1; i > 0; i--) {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      const j = seed % (i + 1);
      [given[i], given[j]] = [given[j]!, given[i]!];
    }
    let repeats = 0;
    for (const r of given) {
      const key = `${r.platformAdId} ${r.date}`;
      const prior = expected.get(key);
      expected.set(key, prior ? sumRecords(prior, r) : r);
      if (store.push(r, true) & REPEATED_DAY) repeats++;
    }
    expect(repeats).toBe(given.length - expected.size);
    expect(all(store)).toEqual([...expected.values()].sort(byKey));
  });
});
