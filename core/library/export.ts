import { copyFile, mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { stringify } from "csv-stringify/sync";
import type { BlobStore } from "../../db/blobs.ts";
import { extensionOf } from "../../db/blobs.ts";
import type { Db } from "../../db/client.ts";
import { allAssetRows, linksOf, tagsOf } from "../../db/repositories/assets.ts";
import { listBrands } from "../../db/repositories/brands.ts";
import { spreadsheetSafe } from "./csv-cells.ts";
import { toView } from "./library.ts";

export interface ExportReport {
  dir: string;
  assets: number;
  files: number;
}

const CSV_COLUMNS = [
  "id",
  "file",
  "name",
  "kind",
  "brand",
  "status",
  "description",
  "category",
  "use_case",
  "source",
  "owner",
  "rights_holder",
  "rights_expires_at",
  "notes",
  "usage_notes",
  "last_reviewed_at",
  "rejection_reason",
  "sha256",
  "format",
  "width",
  "height",
  "tags",
  "campaign",
  "product",
  "talent",
  "scene",
  "created_at",
  "updated_at",
] as const;

/**
 * Exports the library portably for a DAM/CMS: `library.json` (full records with tags and links), `assets.csv`
 * (one row per asset, re-importable as a manifest), `files/<id>.<ext>` originals and `thumbnails/<id>.webp`.
 */
export async function exportLibrary(db: Db, blobs: BlobStore, dir: string, exportedAt: string): Promise<ExportReport> {
  await mkdir(join(dir, "files"), { recursive: true });
  await mkdir(join(dir, "thumbnails"), { recursive: true });
  const rows = await allAssetRows(db);
  const ids = rows.map((r) => r.id);
  const [links, tags, brandRows] = await Promise.all([linksOf(db, ids), tagsOf(db, ids), listBrands(db)]);
  const brandSlug = new Map(brandRows.map((b) => [b.id, b.slug]));
  const records = rows.map((row) => {
    const file = `files/${row.id}.${extensionOf(row.format)}`;
    return {
      ...toView(row),
      brand: row.brandId ? (brandSlug.get(row.brandId) ?? null) : null,
      file,
      thumbnail: `thumbnails/${row.id}.webp`,
      links: links.filter((l) => l.assetId === row.id).map((l) => ({ type: l.targetType, id: l.targetId })),
      tags: tags
        .filter((t) => t.assetId === row.id)
        .map((t) => ({ category: t.category, tag: t.tag, confidence: t.confidence, source: t.source })),
    };
  });
  let files = 0;
  for (const row of rows) {
    await copyFile(
      blobs.originalPath(row.sha256, row.format),
      join(dir, "files", `${row.id}.${extensionOf(row.format)}`),
    );
    await copyFile(blobs.thumbnailPath(row.sha256), join(dir, "thumbnails", `${row.id}.webp`));
    files += 2;
  }
  await writeFile(
    join(dir, "library.json"),
    JSON.stringify({ format: "winnow-library", version: 1, exportedAt, brands: brandRows, assets: records }, null, 2),
  );
  const csvRows = records.map((r) => {
    const linkIds = (type: string) =>
      r.links
        .filter((l) => l.type === type)
        .map((l) => l.id)
        .join(";");
    return [
      r.id,
      r.file,
      r.name,
      r.kind,
      r.brand ?? "",
      r.status,
      r.description ?? "",
      r.category ?? "",
      r.useCase ?? "",
      r.source ?? "",
      r.owner ?? "",
      r.rightsHolder ?? "",
      r.rightsExpiresAt ?? "",
      r.notes ?? "",
      r.usageNotes ?? "",
      r.lastReviewedAt ?? "",
      r.rejectionReason ?? "",
      r.sha256,
      r.format,
      r.width,
      r.height,
      r.tags.map((t) => t.tag).join(";"),
      linkIds("campaign"),
      linkIds("product"),
      linkIds("talent"),
      linkIds("scene"),
      r.createdAt,
      r.updatedAt,
    ];
  });
  // Names, notes and tags are anyone's text: no cell may reach a spreadsheet as a formula.
  const safeRows = csvRows.map((row) => row.map(spreadsheetSafe));
  await writeFile(join(dir, "assets.csv"), stringify([CSV_COLUMNS as unknown as string[], ...safeRows]));
  return { dir, assets: rows.length, files };
}
