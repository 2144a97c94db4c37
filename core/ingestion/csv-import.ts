import { stat } from "node:fs/promises";
import { relative, sep } from "node:path";
import type { Database } from "../../db/client.ts";
import type { Clock } from "../clock.ts";
import { invalidInput } from "../errors.ts";
import { resolveInsideRoot } from "../library/import.ts";
import { importMetricsFile, type MetricsFileOptions, type MetricsFileReport } from "./file-import.ts";
import type { IngestionService } from "./ingest.ts";
import { bytesSource, fileSource, type RecordSource, textSource } from "./sources.ts";

export type { MetricsFileReport, UnknownAd } from "./file-import.ts";

/** A file under the import root is streamed, so size is no memory matter; this only stops a runaway upload. */
export const MAX_FILE_BYTES = 2 * 1024 * 1024 * 1024;

export interface MetricsImportInput extends MetricsFileOptions {
  /** The CSV text itself (pasted, or a file's text). */
  csv?: string | undefined;
  /** Or a path under the import root (.csv, .tsv, .txt or .xlsx). */
  file?: string | undefined;
  /** Or a file's bytes (a file shared in Slack, a CLI upload): CSV in UTF-8/UTF-16, or .xlsx. */
  content?: Buffer | undefined;
}

/**
 * Brings a team's own numbers in: a CSV or .xlsx export (inline, bytes, or a file under the import root) becomes
 * metric rows through the same idempotent ingestion as the API connectors (re-importing the same file changes
 * nothing; a corrected file restates the changed days, history kept). Ads not linked to an arm are reported.
 */
export async function importMetrics(
  deps: { database: Database; clock: Clock; ingestion: IngestionService; importRoot: string },
  input: MetricsImportInput,
): Promise<MetricsFileReport> {
  return importMetricsFile(deps, await sourceOf(deps.importRoot, input), input);
}

async function sourceOf(importRoot: string, input: MetricsImportInput): Promise<RecordSource> {
  const given = [input.csv, input.file, input.content].filter((x) => x !== undefined).length;
  if (given !== 1)
    throw invalidInput(
      "csv",
      given === 0 ? "no CSV given" : "pass one of csv, file or content",
      "Pass the CSV text in csv, or a path under the import root in file (WINNOW_IMPORT_ROOT).",
    );
  if (input.csv !== undefined) {
    if (!input.csv.trim()) throw invalidInput("csv", "is empty", "Paste the export with its header row.");
    return textSource(input.csv);
  }
  if (input.content !== undefined) {
    if (!input.content.length) throw invalidInput("content", "is empty", "Share the export file again.");
    return bytesSource(input.content);
  }
  return fileSource(await exportFile(importRoot, input.file!), input.file!);
}

/**
 * A regular, non-hidden file under the import root. Hidden files (.env, .git/...) are refused by name, before they are
 * opened: an export is never a dotfile, and a secrets file must not be read, let alone quoted back.
 */
async function exportFile(importRoot: string, file: string): Promise<string> {
  if (file.split(/[\\/]/).some((part) => part.startsWith(".") && part !== "." && part !== ".."))
    throw invalidInput(
      "file",
      "hidden files (names starting with a dot) are not read",
      "Pass the path of a .csv or .xlsx export.",
    );
  const real = await resolveInsideRoot(importRoot, file, "file");
  const root = await resolveInsideRoot(importRoot, ".", "file");
  if (
    relative(root, real)
      .split(sep)
      .some((part) => part.startsWith("."))
  )
    throw invalidInput(
      "file",
      "hidden files (names starting with a dot) are not read",
      "Pass the path of a .csv or .xlsx export.",
    );
  const info = await stat(real);
  if (!info.isFile())
    throw invalidInput("file", `${file} is not a regular file`, "Pass the path of a .csv or .xlsx export.");
  if (info.size > MAX_FILE_BYTES)
    throw invalidInput(
      "file",
      `${file} is ${(info.size / 1e9).toFixed(1)} GB`,
      `Split it into files under ${MAX_FILE_BYTES / 1024 / 1024 / 1024} GB (e.g. by month).`,
    );
  return real;
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
