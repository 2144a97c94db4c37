import { createHash } from "node:crypto";
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { Database } from "../../db/client.ts";
import { recordEvent } from "../../db/repositories/events.ts";
import { damagedJsonRows, type JsonColumn, jsonColumns, replaceJsonText } from "../../db/repositories/repair.ts";
import { type Clock, isoNow } from "../clock.ts";
import { type JsonLimits, jsonProblem, METADATA_LIMITS } from "../json-bounds.ts";

/**
 * Finds and fixes stored JSON that breaks readers: values SQLite refuses (malformed, or nested past its 1000-level
 * limit — one such row failed every json_extract over the table) and asset metadata outside the bounds every input
 * is now held to. A damaged object keeps each top-level key whose value is within bounds and drops the rest; a
 * value that cannot be read at all becomes the column's empty default. The original text is saved to
 * `<quarantineDir>/<table>.<column>.<rowid>.json` before the row changes, and each fix is an audit event.
 */
export interface RepairOptions {
  /** Report only; change nothing. */
  dryRun?: boolean;
  actor: string;
  quarantineDir: string;
}

export interface RepairedRow {
  table: string;
  column: string;
  rowId: string;
  problem: string;
  droppedKeys: string[];
  action: "salvaged" | "reset" | "none";
  quarantinedTo?: string;
}

export interface RepairReport {
  columnsScanned: number;
  damaged: RepairedRow[];
  dryRun: boolean;
}

/** Bounds per column: asset metadata is held to the input bounds; other columns only to what SQLite can read. */
function boundsFor(col: JsonColumn): JsonLimits | undefined {
  return col.table === "assets" && col.column === "metadata" ? METADATA_LIMITS : undefined;
}

const SQLITE_LIMITS: JsonLimits = { depth: 999, nodes: Number.MAX_SAFE_INTEGER, bytes: Number.POSITIVE_INFINITY };

export async function repairStoredJson(
  database: Database,
  clock: Clock,
  options: RepairOptions,
): Promise<RepairReport> {
  const { db } = database;
  const columns = jsonColumns();
  const report: RepairReport = { columnsScanned: columns.length, damaged: [], dryRun: options.dryRun === true };
  for (const col of columns) {
    const bounds = boundsFor(col);
    const limits = bounds ?? SQLITE_LIMITS;
    let after = 0;
    for (;;) {
      const rows = await damagedJsonRows(db, col, bounds, after, 200);
      if (rows.length === 0) break;
      after = rows[rows.length - 1]!.rowid;
      for (const row of rows) {
        const parsed = parse(row.text);
        const problem = parsed.ok ? jsonProblem(parsed.value, limits) : { message: "is not valid JSON" };
        // The bracket prefilter over-reports (brackets inside strings); only a measured problem counts.
        if (!problem && row.flag !== "invalid") continue;
        const fixed = parsed.ok ? salvage(parsed.value, limits) : undefined;
        const replacement = fixed ? JSON.stringify(fixed.value) : col.notNull ? col.fallback : null;
        const entry: RepairedRow = {
          table: col.table,
          column: col.column,
          rowId: row.id ?? String(row.rowid),
          problem: `${col.column} ${problem?.message ?? "is refused by SQLite's JSON functions"}`,
          droppedKeys: fixed?.dropped ?? [],
          action: options.dryRun ? "none" : fixed ? "salvaged" : "reset",
        };
        if (!options.dryRun) {
          entry.quarantinedTo = await quarantine(options.quarantineDir, col, row.rowid, row.text);
          const at = isoNow(clock);
          await db.transaction(async (tx) => {
            if (replacement === null) return;
            if (!(await replaceJsonText(tx, col, row.rowid, row.text, replacement))) return;
            await recordEvent(tx, {
              entityType: col.table === "assets" ? "asset" : col.table,
              entityId: entry.rowId,
              action: "data.repair",
              actor: options.actor,
              at,
              data: {
                table: col.table,
                column: col.column,
                problem: entry.problem,
                droppedKeys: entry.droppedKeys,
                originalBytes: Buffer.byteLength(row.text),
                originalSha256: createHash("sha256").update(row.text).digest("hex"),
                quarantinedTo: entry.quarantinedTo,
              },
            });
          });
        }
        report.damaged.push(entry);
      }
    }
  }
  return report;
}

function parse(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    // V8's JSON.parse does not recurse, so even a 200,000-deep value parses; it is measured before anything else.
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false };
  }
}

/** Keeps the top-level keys (or array items) that are within bounds on their own and together; drops the rest. */
function salvage(value: unknown, limits: JsonLimits): { value: unknown; dropped: string[] } | undefined {
  if (value === null || typeof value !== "object") return undefined;
  const inner: JsonLimits = { ...limits, depth: limits.depth - 1 };
  const dropped: string[] = [];
  const entries = Array.isArray(value) ? value.map((v, i) => [String(i), v] as const) : Object.entries(value);
  const kept: [string, unknown][] = [];
  for (const [key, v] of entries) {
    if (jsonProblem(v, inner)) dropped.push(key);
    else kept.push([key, v]);
  }
  // Still too large together: drop the biggest values first.
  const size = (v: unknown) => Buffer.byteLength(JSON.stringify(v) ?? "");
  const build = () => (Array.isArray(value) ? kept.map(([, v]) => v) : Object.fromEntries(kept));
  kept.sort((a, b) => size(a[1]) - size(b[1]));
  while (kept.length && jsonProblem(build(), limits)) dropped.push(kept.pop()![0]);
  const restored = Array.isArray(value)
    ? kept.sort((a, b) => Number(a[0]) - Number(b[0])).map(([, v]) => v)
    : Object.fromEntries(entries.filter(([k]) => kept.some(([kk]) => kk === k)));
  return { value: restored, dropped };
}

async function quarantine(dir: string, col: JsonColumn, rowid: number, text: string): Promise<string> {
  await mkdir(dir, { recursive: true });
  const path = join(dir, `${col.table}.${col.column}.${rowid}.${Date.now()}.json`);
  await writeFile(path, text);
  return path;
}

export function renderRepairReport(report: RepairReport): string {
  const head = report.damaged.length
    ? `${report.dryRun ? "Found" : "Repaired"} ${report.damaged.length} damaged JSON value(s) in ${report.columnsScanned} column(s) scanned.`
    : `No damaged JSON in ${report.columnsScanned} column(s) scanned.`;
  const lines = report.damaged.map(
    (d) =>
      `  ${d.table}.${d.column} ${d.rowId}: ${d.problem}${d.droppedKeys.length ? `; dropped ${d.droppedKeys.join(", ")}` : ""}${d.action === "none" ? "" : ` (${d.action})`}`,
  );
  return `${[head, ...lines].join("\n")}\n`;
}
