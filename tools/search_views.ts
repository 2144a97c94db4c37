import * as z from "zod";
import { AssetStatus, AssetView } from "../core/library/types.ts";
import type { SearchResult } from "../core/search/service.ts";
import type { ResourceLinkOut } from "./define.ts";

/** Shared by search_assets and find_similar: the filters, the hit shape, and the text + thumbnail links. */
export const SearchFiltersInput = z.object({
  brand: z.string().max(100).optional().describe("Brand slug or id"),
  kind: z.enum(["product", "talent", "scene", "reference", "logo", "output", "rejected"]).optional(),
  status: AssetStatus.optional().describe("Only this status (asking for a hidden status includes it)"),
  audience: z.string().max(100).optional().describe("Only assets tagged for this audience slug"),
  format: z
    .string()
    .max(40)
    .optional()
    .describe("File format (jpeg, png) or placement format (square-1x1, story-9x16, portrait-4x5, landscape-16x9)"),
  rightsValidOn: z.iso.date().optional().describe("Only assets whose rights are valid on this date (default: today)"),
  includeAll: z.boolean().optional().describe("Also return needs_review, rejected, archived and out-of-rights assets"),
});

export const SearchHitView = z.object({
  asset: AssetView,
  score: z.number().describe("Higher is better; comparable within one search"),
  why: z.array(z.string()).describe("Why it matched: tags and words, meaning, look, audience"),
  matchedTags: z.array(z.string()),
});

export const SearchOutput = z.object({
  items: z.array(SearchHitView),
  nextCursor: z.string().nullable().describe("Pass as cursor for the next page; null at the end"),
  audience: z.string().nullable().describe("Audience the ranking was biased toward, if any"),
  notes: z
    .array(z.string())
    .describe("What the search did with the input (truncation, audience parsed from the query)"),
});

export function renderSearch(result: SearchResult): { text: string; links: ResourceLinkOut[] } {
  const lines = result.items.map(
    (h, i) => `${i + 1}. ${h.asset.id} "${h.asset.name}" (${h.asset.kind}) score ${h.score} — ${h.why.join("; ")}`,
  );
  const head = [
    `${result.items.length} result(s)${result.audience ? ` biased toward ${result.audience}` : ""}`,
    ...result.notes.map((n) => `note: ${n}`),
  ];
  const more = result.nextCursor ? [`(more: cursor=${result.nextCursor})`] : [];
  return {
    text: [...head, ...lines, ...more].join("\n"),
    links: result.items.map((h) => ({
      uri: h.asset.thumbnailUri,
      name: `${h.asset.name} (thumbnail)`,
      mimeType: "image/webp",
    })),
  };
}
