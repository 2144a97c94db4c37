import type { Database } from "../../db/client.ts";
import { type ArmDayRow, latestAllocations } from "../../db/repositories/experiments.ts";
import { type Clock, isoNow } from "../clock.ts";

/**
 * FNV-1a over the daily numbers, arms named by their position (creation order), days in date order: the seed of the
 * read-out's Monte Carlo draws. Ids are random, so hashing them would give two replays of the same market different
 * draws and, near a bar, different calls.
 */
export function dataSeed(
  armIds: readonly string[],
  daily: readonly Pick<ArmDayRow, "armId" | "date" | "impressions" | "clicks" | "conversions" | "spendMicros">[],
): number {
  let h = 0x811c9dc5;
  const mix = (text: string) => {
    for (let i = 0; i < text.length; i++) {
      h ^= text.charCodeAt(i);
      h = Math.imul(h, 0x01000193) >>> 0;
    }
  };
  const position = new Map(armIds.map((id, i) => [id, i]));
  const rows = daily
    .map((d) => ({ ...d, arm: position.get(d.armId) ?? -1 }))
    .sort((a, b) => a.date.localeCompare(b.date) || a.arm - b.arm);
  mix(String(armIds.length));
  for (const d of rows) mix(`|${d.arm}@${d.date}:${d.impressions},${d.clicks},${d.conversions},${d.spendMicros}`);
  return h >>> 0;
}

const addDay = (date: string) => new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

/**
 * An allocation computed now governs from the first day not yet measured: the day after the latest metric date (a
 * replay or backfill stays on its own calendar), or today when nothing is measured yet.
 */
export function nextEffectiveDate(latestMetricDate: string | null, clock: Clock): string {
  return latestMetricDate ? addDay(latestMetricDate) : isoNow(clock).slice(0, 10);
}

export async function allocationHistory(db: Database["db"], experimentId: string): Promise<Snapshot[]> {
  const rows = (await latestAllocations(db, experimentId)).reverse();
  const byRun = new Map<string, Snapshot>();
  for (const r of rows) {
    const key = `${r.computedAt}\u0000${r.effectiveDate ?? ""}`;
    const s = byRun.get(key) ?? { computedAt: r.computedAt, effectiveDate: r.effectiveDate, shares: new Map() };
    s.shares.set(r.armId, r.share);
    byRun.set(key, s);
  }
  // Ordered by effective day, then computation: the last is the one in force now.
  return [...byRun.values()].sort(
    (a, b) => (a.effectiveDate ?? "").localeCompare(b.effectiveDate ?? "") || a.computedAt.localeCompare(b.computedAt),
  );
}

export interface Snapshot {
  computedAt: string;
  effectiveDate: string | null;
  shares: Map<string, number>;
}
