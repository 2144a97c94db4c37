import { realpath } from "node:fs/promises";
import { relative, resolve } from "node:path";
import * as z from "zod";
import { importPath } from "../core/library/import.ts";
import { renderImportReport } from "../core/library/import-report.ts";
import { AssetMetadataInput } from "../core/library/types.ts";
import { defineTool } from "./define.ts";

const FileRef = z.string().describe("File path relative to the import root");

export const importAssets = defineTool({
  name: "import_assets",
  title: "Import assets",
  description:
    "Import a folder (recursive), one image, or a CSV/JSON manifest of metadata from the Winnow server's import root " +
    "(WINNOW_IMPORT_ROOT) into the library. Exact duplicates are skipped and reported (each with the asset it repeats); a bad file fails alone and the " +
    "rest continue. `defaults` is metadata applied to every file (a manifest row overrides it).",
  toolset: "library",
  annotations: { readOnlyHint: false, destructiveHint: false, idempotentHint: true },
  input: z.object({
    path: z.string().min(1).max(4096).describe("Folder, image or manifest (.csv/.json) inside WINNOW_IMPORT_ROOT"),
    defaults: AssetMetadataInput.optional().describe("Metadata for every imported file, e.g. { kind, brand, owner }"),
  }),
  output: z.object({
    imported: z.array(z.object({ file: FileRef, id: z.string() })),
    duplicates: z.array(
      z.object({
        file: FileRef,
        duplicateOf: z.string().describe("Id of the asset this file repeats"),
        duplicateOfName: z.string().describe("Name of that asset"),
      }),
    ),
    failed: z.array(z.object({ file: FileRef, error: z.string() })),
  }),
  async run({ path, defaults }, { services, actor, progress }) {
    const root = services.config.importRoot;
    const report = await importPath(services.library, root, path, {
      defaults,
      actor,
      onProgress: (done, total) => void progress(done, total, `imported ${done} of ${total}`),
    });
    // Files are named relative to the import root: replies never carry server paths.
    const realRoot = await realpath(resolve(root));
    const rel = (file: string) => relative(realRoot, file) || file;
    const structured = {
      imported: report.imported.map((r) => ({ ...r, file: rel(r.file) })),
      duplicates: report.duplicates.map((r) => ({ ...r, file: rel(r.file) })),
      failed: report.failed.map((r) => ({ ...r, file: rel(r.file) })),
    };
    return { structured, text: renderImportReport(structured, { source: path }) };
  },
});
