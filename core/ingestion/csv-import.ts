import { readFile, stat } from "node:fs/promises";
import { inArray } from "drizzle-orm";
import type { Database } from "../../db/client.ts";
import { deployments } from "../../db/schema.ts";
import type { Clock } from "../clock.ts";
import { invalidInput } from "../errors.ts";
import { resolveInsideRoot } from "../library/import.ts";
import { CsvConnector } from "./csv-connector.ts";
import type { ExportFormat } from "./exports.ts";
import type { IngestionReport, IngestionService } from "./ingest.ts";

/** Big enough for a year of daily rows for thousands of ads; bigger files go through the CLI in parts. */
export const MAX_CSV_BYTES = 50 * 1024 * 1024;

export interface CsvImportInput {
  /** The CSV text itself (pasted, uploaded, or a file shared in Slack). */
  csv?: string | undefined;
  /** Or a path under the import root. */
  file?: string | undefined;
  format?: ExportFormat | "auto" | undefined;
  /** Store rows under this platform instead of the export's own (meta, google_ads, tiktok; csv for Winnow's header). */
  adPlatform?: string | undefined;
  decimalSeparator?: "." | "," | undefined;
  since?: string | undefined;
  until?: string | undefined;
  actor: string;
}

export interface UnknownAd {
  platform: string;
  platformAdId: string;
  rows: number;
  firstDate: string;
  lastDate: string;
}

export interface CsvImportReport extends Omit<IngestionReport, "resumedFrom" | "error"> {
  format: ExportFormat;
  currency: string | null;
  columns: Record<string, string>;
  rowsRead: number;
  skippedTotals: number;
  /** Ads in the file that are not linked to any experiment arm: stored, but counted nowhere until linked. */
  unknownAdIds: UnknownAd[];
  linkedAds: number;
}

/**
 * Brings a team's own numbers in: a CSV export (inline or a file under the import root) becomes metric rows through
 * the same idempotent ingestion as the API connectors (re-importing the same file changes nothing; a corrected file
 * restates the changed days, history kept). Ads that are not linked to an arm are reported, not dropped.
 */
export async function importMetricsCsv(
  deps: { database: Database; clock: Clock; ingestion: IngestionService; importRoot: string },
  input: CsvImportInput,
): Promise<CsvImportReport> {
  const text = await csvText(deps.importRoot, input);
  const connector = new CsvConnector(text, "csv", 500, {
    format: input.format,
    platform: input.adPlatform,
    decimalSeparator: input.decimalSeparator,
  });
  const parsed = connector.parsed!;
  const adIds = [...new Set(connector.allRecords.map((r) => r.platformAdId))];
  const linked = adIds.length
    ? await deps.database.db
        .select({ platform: deployments.platform, platformAdId: deployments.platformAdId })
        .from(deployments)
        .where(inArray(deployments.platformAdId, adIds))
    : [];
  if (!parsed.platformFromFile) {
    // Winnow's header with no platform column: an ad linked on exactly one platform is that platform's ad.
    const platforms = new Map<string, Set<string>>();
    for (const l of linked) platforms.set(l.platformAdId, (platforms.get(l.platformAdId) ?? new Set()).add(l.platform));
    connector.retarget((r) => {
      const p = platforms.get(r.platformAdId);
      return p?.size === 1 ? [...p][0]! : r.platform;
    });
  }
  const dates = connector.dates;
  const today = deps.clock.now().toISOString().slice(0, 10);
  const report = await deps.ingestion.run(connector, {
    since: input.since ?? dates?.since ?? input.until ?? today,
    until: input.until ?? dates?.until ?? today,
    actor: input.actor,
    resume: false,
    retries: 0,
  });
  const isLinked = new Set(linked.map((l) => `${l.platform}\u0000${l.platformAdId}`));
  const unknown = new Map<string, UnknownAd>();
  for (const r of connector.allRecords) {
    const key = `${r.platform}\u0000${r.platformAdId}`;
    if (isLinked.has(key)) continue;
    const u = unknown.get(key) ?? {
      platform: r.platform,
      platformAdId: r.platformAdId,
      rows: 0,
      firstDate: r.date,
      lastDate: r.date,
    };
    u.rows++;
    if (r.date < u.firstDate) u.firstDate = r.date;
    if (r.date > u.lastDate) u.lastDate = r.date;
    unknown.set(key, u);
  }
  const { resumedFrom: _r, error: _e, ...rest } = report;
  return {
    ...rest,
    format: parsed.format,
    currency: parsed.currency,
    columns: parsed.columns as Record<string, string>,
    rowsRead: parsed.rows,
    skippedTotals: parsed.skippedTotals,
    unknownAdIds: [...unknown.values()],
    linkedAds: new Set(
      connector.allRecords.map((r) => `${r.platform}\u0000${r.platformAdId}`).filter((k) => isLinked.has(k)),
    ).size,
  };
}

async function csvText(importRoot: string, input: CsvImportInput): Promise<string> {
  if ((input.csv === undefined) === (input.file === undefined))
    throw invalidInput(
      "csv",
      input.csv === undefined ? "no CSV given" : "pass csv or file, not both",
      "Pass the CSV text in csv, or a path under the import root in file (WINNOW_IMPORT_ROOT).",
    );
  if (input.csv !== undefined) {
    if (!input.csv.trim()) throw invalidInput("csv", "is empty", "Paste the export with its header row.");
    return input.csv;
  }
  const real = await resolveInsideRoot(importRoot, input.file!, "file");
  const info = await stat(real);
  if (!info.isFile()) throw invalidInput("file", `${input.file} is not a file`, "Pass the path of a .csv export.");
  if (info.size > MAX_CSV_BYTES)
    throw invalidInput(
      "file",
      `${input.file} is ${(info.size / 1e6).toFixed(0)} MB`,
      `Split it into files under ${MAX_CSV_BYTES / 1024 / 1024} MB (e.g. by month).`,
    );
  return decode(await readFile(real));
}

/** UTF-8, or UTF-16 with a byte-order mark (Google Ads' "Excel CSV" download is UTF-16LE, tab-separated). */
export function decode(bytes: Buffer): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return bytes.subarray(2).toString("utf16le");
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    const swapped = Buffer.from(bytes.subarray(2));
    swapped.swap16();
    return swapped.toString("utf16le");
  }
  return bytes.toString("utf8");
}
