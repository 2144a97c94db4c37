import * as z from "zod";
import { requireBrand } from "../db/repositories/brands.ts";
import { defineTool, PageOutput } from "./define.ts";

export const findDuplicates = defineTool({
  name: "find_duplicates",
  title: "Find duplicate assets",
  description:
    "Cluster live assets that are the same picture: identical files (sha256), near-identical images (perceptual hash within a " +
    "Hamming distance, colours agreeing) and, optionally, near-identical visual vectors. Each group names the copy to keep " +
    "(highest resolution, then file size, then most complete metadata). Resolve a group with resolve_duplicates. Paginated by group.",
  toolset: "search",
  annotations: { readOnlyHint: true, idempotentHint: true },
  input: z.object({
    brand: z.string().max(100).optional().describe("Brand slug or id; omit for the whole library"),
    methods: z
      .array(z.enum(["exact", "perceptual", "embedding"]))
      .min(1)
      .default(["exact", "perceptual"]),
    maxDistance: z
      .number()
      .int()
      .min(0)
      .max(20)
      .optional()
      .describe("Perceptual hash bits that may differ (default 6 of 64)"),
    minSimilarity: z
      .number()
      .min(0.5)
      .max(1)
      .optional()
      .describe("Visual vector cosine for the embedding method (default 0.985)"),
    cursor: z.string().max(50).optional().describe("nextCursor from the previous page"),
    limit: z.number().int().min(1).max(100).default(25),
  }),
  output: z.object({
    groups: z.array(
      z.object({
        assetIds: z.array(z.string()),
        suggestedKeep: z.string(),
        evidence: z.array(
          z.object({
            a: z.string(),
            b: z.string(),
            method: z.string(),
            distance: z.number().optional(),
            similarity: z.number().optional(),
          }),
        ),
      }),
    ),
    ...PageOutput,
  }),
  async run({ brand, methods, maxDistance, minSimilarity, cursor, limit }, { services }) {
    const brandId = brand ? (await requireBrand(services.database.db, brand)).id : undefined;
    const groups = await services.dedup.findDuplicates({
      brandId,
      methods,
      phashThreshold: maxDistance,
      minSimilarity,
    });
    const offset = cursor ? Number.parseInt(Buffer.from(cursor, "base64url").toString("utf8"), 10) || 0 : 0;
    const page = groups.slice(offset, offset + limit);
    const nextCursor =
      groups.length > offset + limit ? Buffer.from(String(offset + limit)).toString("base64url") : null;
    const lines = page.map(
      (g) =>
        `keep ${g.suggestedKeep}; duplicates ${g.assetIds.filter((id) => id !== g.suggestedKeep).join(", ")} (${[...new Set(g.evidence.map((e) => e.method))].join("+")})`,
    );
    return {
      structured: { groups: page, nextCursor },
      text: `${groups.length} duplicate group(s)\n${lines.join("\n")}`,
    };
  },
});
