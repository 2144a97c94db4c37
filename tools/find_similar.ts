import * as z from "zod";
import { AssetId } from "../core/library/types.ts";
import { defineTool } from "./define.ts";
import { renderSearch, SearchFiltersInput, SearchOutput } from "./search_views.ts";

export const findSimilar = defineTool({
  name: "find_similar",
  title: "Find similar assets",
  description:
    "Assets that look and read like one asset (colour, brightness, composition and meaning), most similar first. Use it for " +
    '"more like this"; the asset itself is not returned. Same filters and exclusions as search_assets. Paginated.',
  toolset: "search",
  annotations: { readOnlyHint: true, idempotentHint: true },
  input: z.object({
    id: AssetId.describe("The asset to match"),
    audience: z.string().max(100).optional().describe("Audience slug or name to bias toward"),
    filters: SearchFiltersInput.optional(),
    cursor: z.string().max(500).optional(),
    limit: z.number().int().min(1).max(50).default(10),
  }),
  output: SearchOutput,
  async run({ id, ...options }, { services }) {
    const result = await services.search.similar(id, options);
    return { structured: result, ...renderSearch(result) };
  },
});
