import type { MetricRecord, Rejection } from "./types.ts";

/**
 * Strict parsing shared by connectors: a value that is not exactly what the platform documents is a rejection with a
 * reason, never a silent 0. Money becomes integer micros without floating-point detours.
 */
export class RowProblem extends Error {}

const INT = /^\d+$/;
const DECIMAL = /^\d+(\.\d+)?$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

export function parseCount(field: string, raw: unknown): number {
  const s = typeof raw === "number" ? String(raw) : raw;
  if (typeof s !== "string" || !INT.test(s.trim()))
    throw new RowProblem(`${field} must be a non-negative integer (got ${JSON.stringify(raw)})`);
  const n = Number(s.trim());
  if (!Number.isSafeInteger(n)) throw new RowProblem(`${field} is out of range (got ${JSON.stringify(raw)})`);
  return n;
}

/** "12.34" (currency units) → 12340000 micros, exactly. */
export function parseMoneyToMicros(field: string, raw: unknown): number {
  const s = typeof raw === "number" ? String(raw) : raw;
  if (typeof s !== "string" || !DECIMAL.test(s.trim()))
    throw new RowProblem(`${field} must be a non-negative decimal amount (got ${JSON.stringify(raw)})`);
  const [whole, frac = ""] = s.trim().split(".");
  if (frac.length > 6) throw new RowProblem(`${field} has more than 6 decimals (got ${JSON.stringify(raw)})`);
  const n = Number(whole) * 1_000_000 + Number(frac.padEnd(6, "0"));
  if (!Number.isSafeInteger(n)) throw new RowProblem(`${field} is out of range (got ${JSON.stringify(raw)})`);
  return n;
}

/** Seconds with decimals → integer milliseconds. */
export function parseSecondsToMs(field: string, raw: unknown): number {
  const s = typeof raw === "number" ? String(raw) : raw;
  if (typeof s !== "string" || !DECIMAL.test(s.trim()))
    throw new RowProblem(`${field} must be a non-negative number of seconds (got ${JSON.stringify(raw)})`);
  return Math.round(Number(s.trim()) * 1000);
}

export function parseDate(field: string, raw: unknown): string {
  const s = typeof raw === "string" ? raw.trim().slice(0, 10) : "";
  if (
    !DATE.test(s) ||
    Number.isNaN(Date.parse(`${s}T00:00:00Z`)) ||
    new Date(`${s}T00:00:00Z`).toISOString().slice(0, 10) !== s
  )
    throw new RowProblem(`${field} must be a date YYYY-MM-DD (got ${JSON.stringify(raw)})`);
  return s;
}

export function parseId(field: string, raw: unknown): string {
  const s = typeof raw === "number" ? String(raw) : raw;
  if (typeof s !== "string" || s.trim() === "") throw new RowProblem(`${field} is missing`);
  return s.trim();
}

/** Runs `parse` on every row, keeping good records, rejecting bad ones with their reason and checking internal sense. */
export function parseRows<T>(
  rows: T[],
  refOf: (row: T, index: number) => string,
  parse: (row: T) => MetricRecord,
  window?: { since: string; until: string },
): { records: MetricRecord[]; rejected: Rejection[] } {
  const records: MetricRecord[] = [];
  const rejected: Rejection[] = [];
  rows.forEach((row, i) => {
    try {
      const r = parse(row);
      if (r.clicks > r.impressions) throw new RowProblem(`clicks (${r.clicks}) exceed impressions (${r.impressions})`);
      if (window && (r.date < window.since || r.date > window.until))
        throw new RowProblem(`date ${r.date} is outside the requested window ${window.since}..${window.until}`);
      records.push(r);
    } catch (error) {
      const reason = error instanceof RowProblem ? error.message : `unreadable row: ${String(error)}`;
      rejected.push({ ref: refOf(row, i), reason });
    }
  });
  return { records, rejected };
}
