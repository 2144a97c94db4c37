import type { ImportReport } from "./import.ts";

/**
 * The human-readable import summary every surface prints (CLI, import_assets text): counts, then one line per skipped
 * duplicate naming what it repeats — an asset already in the library, or a file imported earlier in the same run —
 * and one line per failure. `file` turns a stored path into the one the reader knows (relative to the import root).
 */
export function renderImportReport(
  report: ImportReport,
  options: { file?: (path: string) => string; seconds?: number; source?: string } = {},
): string {
  const file = options.file ?? ((p: string) => p);
  const importedNow = new Map(report.imported.map((r) => [r.id, r.file]));
  const took = options.seconds === undefined ? "" : ` in ${options.seconds.toFixed(1)}s`;
  const from = options.source ? ` from ${options.source}` : "";
  const lines = [
    `Imported ${report.imported.length} asset(s)${from}, skipped ${report.duplicates.length} duplicate(s), ${report.failed.length} failed${took}.`,
  ];
  for (const d of [...report.duplicates].sort((a, b) => a.file.localeCompare(b.file))) {
    const earlier = importedNow.get(d.duplicateOf);
    lines.push(
      earlier
        ? `  duplicate: ${file(d.file)} is the same file as ${file(earlier)} (imported in this run as ${d.duplicateOf})`
        : `  duplicate: ${file(d.file)} is already in the library as ${d.duplicateOf} "${d.duplicateOfName}"`,
    );
  }
  for (const f of report.failed) lines.push(`  failed: ${file(f.file)}: ${f.error}`);
  return lines.join("\n");
}
