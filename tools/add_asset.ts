import * as z from "zod";
import { invalidInput } from "../core/errors.ts";
import { readImportFile } from "../core/library/import.ts";
import { AssetDetail, AssetMetadataInput } from "../core/library/types.ts";
import { defineTool } from "./define.ts";
import { renderAssetLine } from "./render.ts";

export const addAsset = defineTool({
  name: "add_asset",
  title: "Add asset",
  description:
    "Add one image to the library, from a file path on the Winnow server (inside the import root) or from base64 content, " +
    "with its metadata: kind, brand, rights holder and expiry, owner, notes and links to campaigns/products/talent/scenes. " +
    "Exact duplicates (same sha256) are refused unless onDuplicate is 'skip' (returns the existing asset).",
  toolset: "library",
  annotations: { readOnlyHint: false, destructiveHint: false, idempotentHint: false },
  input: AssetMetadataInput.extend({
    path: z.string().min(1).max(4096).optional().describe("Server-side path of the image, inside WINNOW_IMPORT_ROOT"),
    contentBase64: z.string().max(30_000_000).optional().describe("Image bytes, base64-encoded (alternative to path)"),
    filename: z.string().max(300).optional().describe("File name for contentBase64 uploads, e.g. hero.jpg"),
    onDuplicate: z.enum(["reject", "skip"]).default("reject").describe("What to do when the exact file already exists"),
  }),
  output: z.object({ asset: AssetDetail, created: z.boolean(), duplicateOf: z.string().optional() }),
  async run(input, { services, actor }) {
    const { path, contentBase64, filename, onDuplicate, ...meta } = input;
    if (!path === !contentBase64) {
      throw invalidInput(
        "path",
        "exactly one of path or contentBase64 is required",
        "Pass a server-side file path, or the image as base64 in contentBase64.",
      );
    }
    const file = path
      ? await readImportFile(services.config.importRoot, path)
      : { bytes: Buffer.from(contentBase64!, "base64"), name: filename ?? "upload" };
    const result = await services.library.add({ bytes: file.bytes, filename: file.name, meta, actor, onDuplicate });
    const verb = result.created ? "Added" : `Already in the library (duplicate of ${result.duplicateOf})`;
    return {
      structured: result,
      text: `${verb}: ${renderAssetLine(result.asset)}`,
      links: [{ uri: result.asset.thumbnailUri, name: `${result.asset.name} (thumbnail)`, mimeType: "image/webp" }],
    };
  },
});
