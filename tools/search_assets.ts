import * as z from "zod";
import { AssetId } from "../core/library/types.ts";
import { defineTool } from "./define.ts";
import { renderSearch, SearchFiltersInput, SearchOutput } from "./search_views.ts";

export const searchAssets = defineTool({
  name: "search_assets",
  title: "Search assets",
  description:
    'Find library assets by meaning, by example and by metadata. Give a natural-language query ("bright trail shoes at dawn"), ' +
    'and/or exampleAssetIds to find assets that feel like those. An audience ("for Gen Z" in the query, or the audience ' +
    "parameter) biases results toward assets tagged, used or winning for it. Assets needing review, rejected, archived or out " +
    "of rights are left out unless includeAll is set. Each hit says why it matched and links its thumbnail. Paginated.",
  toolset: "search",
  annotations: { readOnlyHint: true, idempotentHint: true },
  input: z.object({
    query: z
      .string()
      .max(20_000)
      .optional()
      .describe("What you are looking for, in plain words; long text is truncated to 500 characters"),
    exampleAssetIds: z
      .array(AssetId)
      .max(10)
      .optional()
      .describe("Assets whose look and meaning results should resemble"),
    audience: z.string().max(100).optional().describe("Audience slug or name to bias toward, e.g. gen-z-runners"),
    filters: SearchFiltersInput.optional(),
    cursor: z.string().max(500).optional().describe("nextCursor from the previous page"),
    limit: z.number().int().min(1).max(50).default(10),
  }),
  output: SearchOutput,
  async run(input, { services, visible }) {
    const result = await services.search.search({ ...input, visible });
    return { structured: result, ...renderSearch(result) };
  },
});
