import * as z from "zod";
import { AssetDetail, AssetId } from "../core/library/types.ts";
import { defineTool } from "./define.ts";
import { renderAssetLine } from "./render.ts";

export const getAsset = defineTool({
  name: "get_asset",
  title: "Get asset",
  description:
    "Return one library asset with its metadata, rights, status, tags and links; the image itself is a resource link.",
  toolset: "library",
  annotations: { readOnlyHint: true, idempotentHint: true },
  input: z.object({ id: AssetId.describe("Asset id, e.g. ast_01JD3Q8Z5K4W6X7Y8Z9A0B1C2D") }),
  output: z.object({ asset: AssetDetail }),
  async run({ id }, { services }) {
    const asset = await services.library.get(id);
    const tags = asset.tags
      .slice(0, 8)
      .map((t) => t.tag)
      .join(", ");
    return {
      structured: { asset },
      text: `${renderAssetLine(asset)}${tags ? `\ntags: ${tags}` : ""}${asset.links.length ? `\nlinks: ${asset.links.map((l) => `${l.type}:${l.id}`).join(", ")}` : ""}`,
      links: [
        { uri: asset.thumbnailUri, name: `${asset.name} (thumbnail)`, mimeType: "image/webp" },
        { uri: asset.uri, name: asset.name, mimeType: asset.mimeType },
      ],
    };
  },
});
