import { constants } from "node:fs";
import { lstat, open, readdir, realpath, stat } from "node:fs/promises";
import { basename, dirname, extname, isAbsolute, join, relative, resolve, sep } from "node:path";
import { parse as parseCsv } from "csv-parse/sync";
import pLimit from "p-limit";
import { asWinnowError, formatIssues, invalidInput, WinnowError } from "../errors.ts";
import { fromSpreadsheetSafe } from "./csv-cells.ts";
import type { Library } from "./library.ts";
import { type AssetLink, AssetMetadataInput } from "./types.ts";

export const IMAGE_EXTENSIONS = new Set([".jpg", ".jpeg", ".png", ".webp", ".gif", ".avif", ".tif", ".tiff", ".svg"]);
export const MANIFEST_EXTENSIONS = new Set([".csv", ".json"]);

/**
 * Resolves `path` against `root` and refuses anything that escapes it, by `..` or through a symlink. A path outside
 * the root answers exactly like a missing one (same code, same words), so callers cannot probe which files exist on
 * the server; messages name what the caller sent, never a server path.
 */
export async function resolveInsideRoot(root: string, path: string, field = "path"): Promise<string> {
  const realRoot = await realpath(resolve(root)).catch(() => {
    throw invalidInput("importRoot", "the import root does not exist", "Set WINNOW_IMPORT_ROOT to an existing folder.");
  });
  const candidate = isAbsolute(path) ? path : resolve(realRoot, path);
  const real = await realpath(candidate).catch(() => undefined);
  if (!real || (real !== realRoot && !real.startsWith(realRoot + sep))) throw notUnderRoot(path, field);
  // Secrets live in dotfiles (.env, .git, .ssh): nothing hidden below the root is read, asked for or walked into.
  if (
    relative(realRoot, real)
      .split(sep)
      .some((part) => part.startsWith(".") && part !== ".")
  )
    throw invalidInput(
      field,
      `${path} is hidden (a name starting with a dot) and hidden files are not read`,
      "Move the file to a folder without a leading dot inside the import root.",
    );
  return real;
}

const notUnderRoot = (path: string, field: string) =>
  invalidInput(
    field,
    `${path} was not found under the import root`,
    "Pass the path of an existing file inside WINNOW_IMPORT_ROOT (relative to it, or absolute); files outside it cannot be imported.",
  );

export async function readImportFile(
  root: string,
  path: string,
): Promise<{ bytes: Buffer; name: string; path: string }> {
  const real = await resolveInsideRoot(root, path);
  return { bytes: await readRegularFile(real, path), name: basename(real), path: real };
}

/** Folders a walk of the import root never enters: dependencies and tool state are not a team's images. */
export const SKIPPED_FOLDERS = new Set(["node_modules"]);

/**
 * Reads a file only when it is a regular file. It is opened without blocking (a FIFO's open() would otherwise wait for
 * a writer, holding one of libuv's four threads: twenty such calls once starved every file route) and checked on the
 * open descriptor, so a file swapped for a pipe, device or folder between a check and the open is refused too. The
 * error names what the caller sent, never the file's content or a server path.
 */
export async function readRegularFile(real: string, label: string, field = "path"): Promise<Buffer> {
  let handle: Awaited<ReturnType<typeof open>>;
  try {
    handle = await open(real, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch {
    throw invalidInput(field, `${label} could not be opened`, "Pass the path of a readable file.");
  }
  try {
    if (!(await handle.stat()).isFile())
      throw invalidInput(
        field,
        `${label} is not a regular file (a folder, pipe, socket or device)`,
        "Pass the path of an image, CSV or JSON file.",
      );
    return await handle.readFile();
  } finally {
    await handle.close();
  }
}

export interface ImportReport {
  imported: { file: string; id: string }[];
  /** Skipped files, each with the library asset it repeats (by id and name). */
  duplicates: { file: string; duplicateOf: string; duplicateOfName: string }[];
  failed: { file: string; error: string }[];
}

export interface ImportOptions {
  /** Metadata applied to every file (a manifest row overrides it). */
  defaults?: AssetMetadataInput;
  actor: string;
  /**
   * Files in flight at once (default 16): enough that while some are being read, written or committed the decode
   * slots stay full, and that the group commit finds several adds to write together.
   */
  concurrency?: number;
  onProgress?: (done: number, total: number) => void;
}

/**
 * Imports a file, a folder (recursive) or a CSV/JSON manifest of metadata. Every file is checked to sit inside `root`;
 * exact duplicates are skipped and reported; a bad file fails alone and the rest continue.
 */
export async function importPath(
  library: Library,
  root: string,
  path: string,
  options: ImportOptions,
): Promise<ImportReport> {
  const real = await resolveInsideRoot(root, path);
  const info = await stat(real);
  let jobs: { file: string; meta: AssetMetadataInput }[];
  if (info.isDirectory()) {
    const files = await walkImages(real, await realpath(resolve(root)));
    jobs = files.map((file) => ({ file, meta: options.defaults ?? {} }));
  } else if (MANIFEST_EXTENSIONS.has(extname(real).toLowerCase())) {
    jobs = await readManifest(root, real, options.defaults ?? {});
  } else {
    jobs = [{ file: real, meta: options.defaults ?? {} }];
  }
  const report: ImportReport = { imported: [], duplicates: [], failed: [] };
  const limit = pLimit(options.concurrency ?? 16);
  let done = 0;
  await library.inBulk(() =>
    Promise.all(
      jobs.map((job) =>
        limit(async () => {
          try {
            const bytes = await readRegularFile(job.file, basename(job.file));
            const result = await library.add({
              bytes,
              filename: basename(job.file),
              meta: job.meta,
              actor: options.actor,
              onDuplicate: "skip",
            });
            if (result.created) report.imported.push({ file: job.file, id: result.asset.id });
            else
              report.duplicates.push({
                file: job.file,
                duplicateOf: result.duplicateOf!,
                duplicateOfName: result.asset.name,
              });
          } catch (error) {
            report.failed.push({ file: job.file, error: asWinnowError(error).message });
          } finally {
            options.onProgress?.(++done, jobs.length);
          }
        }),
      ),
    ),
  );
  return report;
}

/**
 * Image files under `dir`: dotfiles and dot-folders (.env, .git) and node_modules are never entered, and only regular
 * files are listed (a pipe or device with an image's name is left alone).
 */
async function walkImages(dir: string, realRoot: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    if (entry.name.startsWith(".") || SKIPPED_FOLDERS.has(entry.name)) continue;
    const full = join(dir, entry.name);
    if (entry.isSymbolicLink()) {
      // Followed only when the target stays inside the import root.
      const target = await realpath(full).catch(() => undefined);
      if (!target || !(target === realRoot || target.startsWith(realRoot + sep))) continue;
      const s = await lstat(target);
      if (s.isFile() && IMAGE_EXTENSIONS.has(extname(target).toLowerCase())) out.push(target);
      continue;
    }
    if (entry.isDirectory()) out.push(...(await walkImages(full, realRoot)));
    else if (entry.isFile() && IMAGE_EXTENSIONS.has(extname(entry.name).toLowerCase())) out.push(full);
  }
  return out.sort();
}

export const COLUMN_ALIASES: Record<string, string> = {
  use_case: "useCase",
  rights_holder: "rightsHolder",
  rights_expires_at: "rightsExpiresAt",
  rights_expiry: "rightsExpiresAt",
  usage_notes: "usageNotes",
  last_reviewed_at: "lastReviewedAt",
  rejection_reason: "rejectionReason",
};
export const LINK_COLUMNS = ["campaign", "product", "talent", "scene", "logo", "reference"] as const;

/** Reads a manifest: one row per file (column `file` or `path`, relative to the manifest) plus metadata columns. */
async function readManifest(root: string, manifestPath: string, defaults: AssetMetadataInput) {
  const text = (await readRegularFile(manifestPath, basename(manifestPath), "manifest")).toString("utf8");
  let rows: Record<string, unknown>[];
  try {
    rows =
      extname(manifestPath).toLowerCase() === ".json"
        ? toRows(JSON.parse(text))
        : parseCsv(text, {
            columns: true,
            skip_empty_lines: true,
            trim: true,
            bom: true,
            // Winnow's own export quotes cells that would run as spreadsheet formulas; take the quote off again.
            cast: (value) => fromSpreadsheetSafe(value),
          });
  } catch (error) {
    throw invalidInput(
      "manifest",
      `${basename(manifestPath)} could not be parsed (${(error as Error).message})`,
      "Use a CSV with a header row or a JSON array of objects.",
    );
  }
  const jobs: { file: string; meta: AssetMetadataInput }[] = [];
  const problems: string[] = [];
  for (const [index, raw] of rows.entries()) {
    const rowLabel = `row ${index + 1}`;
    const file = String(raw.file ?? raw.path ?? "");
    if (!file) {
      problems.push(`${rowLabel}: file is missing (add a "file" column with a path relative to the manifest)`);
      continue;
    }
    const fields: Record<string, unknown> = {};
    const links: AssetLink[] = [];
    for (const [key, value] of Object.entries(raw)) {
      if (key === "file" || key === "path" || value === "" || value === null || value === undefined) continue;
      if (key === "links" && Array.isArray(value)) {
        // JSON manifests may carry links as [{ type, id }] (the shape library.json exports).
        links.push(...(value as AssetLink[]));
        continue;
      }
      if ((LINK_COLUMNS as readonly string[]).includes(key)) {
        for (const id of String(value)
          .split(/[;|]/)
          .map((s) => s.trim())
          .filter(Boolean))
          links.push({ type: key as AssetLink["type"], id });
        continue;
      }
      fields[COLUMN_ALIASES[key] ?? key] = value;
    }
    const parsed = AssetMetadataInput.safeParse({
      ...defaults,
      ...fields,
      links: [...(defaults.links ?? []), ...links],
    });
    if (!parsed.success) {
      problems.push(`${rowLabel}: ${formatIssues(parsed.error.issues)}`);
      continue;
    }
    try {
      const real = await resolveInsideRoot(root, resolve(dirname(manifestPath), file));
      jobs.push({ file: real, meta: parsed.data });
    } catch (error) {
      problems.push(`${rowLabel}: ${asWinnowError(error).message}`);
    }
  }
  if (problems.length) {
    throw new WinnowError(
      "invalid_input",
      `Manifest ${basename(manifestPath)} has ${problems.length} problem(s): ${problems.slice(0, 10).join("; ")}`,
      {
        field: "manifest",
        problems,
      },
    );
  }
  return jobs;
}

function toRows(json: unknown): Record<string, unknown>[] {
  const rows = Array.isArray(json) ? json : (json as { assets?: unknown }).assets;
  if (!Array.isArray(rows)) throw new Error("expected an array of objects or { assets: [...] }");
  return rows as Record<string, unknown>[];
}

export const relativeTo = (root: string, file: string) => relative(root, file);
