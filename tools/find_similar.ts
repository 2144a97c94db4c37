import * as z from "zod";
import { invalidInput } from "../core/errors.ts";
import { AssetId } from "../core/library/types.ts";
import { searchByImage } from "../core/search/by-image.ts";
import { defineTool } from "./define.ts";
import { renderSearch, SearchFiltersInput, SearchOutput } from "./search_views.ts";

export const findSimilar = defineTool({
  name: "find_similar",
  title: "Find similar assets",
  description:
    "Assets that look and read like one asset (colour, brightness, composition and meaning), most similar first. Use it for " +
    '"more like this"; the asset itself is not returned. Give `id` for a library asset, or `imageBase64` for an image ' +
    "that is not in the library (e.g. one a user shared): it is described and searched with the same tags and vectors " +
    "the library uses, and is NOT added to the library (use add_asset for that). Same filters and exclusions as " +
    "search_assets. Paginated.",
  toolset: "search",
  annotations: { readOnlyHint: true, idempotentHint: true },
  input: z.object({
    id: AssetId.optional().describe("The library asset to match"),
    imageBase64: z
      .string()
      .max(28_000_000)
      .optional()
      .describe("An image to match instead of a library asset: JPEG/PNG/WebP bytes, base64-encoded (max 20 MB)"),
    imageName: z.string().max(300).optional().describe("File name of imageBase64, used in its description"),
    audience: z.string().max(100).optional().describe("Audience slug or name to bias toward"),
    filters: SearchFiltersInput.optional(),
    cursor: z.string().max(500).optional(),
    limit: z.number().int().min(1).max(50).default(10),
  }),
  output: SearchOutput,
  async run({ id, imageBase64, imageName, ...rest }, { services, visible }) {
    const options = { ...rest, visible };
    if (!id === !imageBase64) {
      throw invalidInput(
        "id",
        id ? "and imageBase64 were both given" : "is missing (and so is imageBase64)",
        "Pass exactly one: id of a library asset (ast_...), or imageBase64 with the image to match.",
      );
    }
    const result = id
      ? await services.search.similar(id, options)
      : await searchByImage(services, Buffer.from(imageBase64!, "base64"), { ...options, imageName });
    return { structured: result, ...renderSearch(result) };
  },
});
