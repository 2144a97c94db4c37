import * as z from "zod";
import { defineTool, PageOutput } from "./define.ts";

const Evidence = z.object({
  a: z.string(),
  b: z.string(),
  method: z.string(),
  distance: z.number().optional().describe("Perceptual-hash bits apart"),
  similarity: z.number().optional(),
  structure: z.number().optional().describe("Lightness correlation after alignment"),
  colourDelta: z.number().optional().describe("Worst local colour difference, ΔE"),
  detailDelta: z.number().optional().describe("Worst local detail difference"),
  crop: z
    .object({ of: z.string(), x: z.number(), y: z.number(), width: z.number(), height: z.number() })
    .optional()
    .describe("One is a crop of the other: `of` is the larger image, x/y/width/height the window kept (0..1)"),
  reason: z.string().optional(),
});

export const findDuplicates = defineTool({
  name: "find_duplicates",
  title: "Find duplicate assets",
  description:
    "Group live assets that are the same picture: identical files, and re-encodes, resizes, crops and light retouches " +
    "confirmed on pixels (structure and colour must agree, so other colourways, products in the same silhouette and other " +
    "ads from one template stay apart). Each group names the copy to keep and why (promoted > approved > deployed > rights " +
    "valid > most used > resolution). Resolve a group with resolve_duplicates. Paginated by group.",
  toolset: "search",
  annotations: { readOnlyHint: true, idempotentHint: true },
  input: z.object({
    brand: z.string().max(100).optional().describe("Brand slug or id; omit for every brand you can see"),
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
      .describe("Perceptual-hash bits a candidate pair may differ by before pixels are compared (default 6 of 64)"),
    minSimilarity: z
      .number()
      .min(0.5)
      .max(1)
      .optional()
      .describe("Visual vector cosine for embedding candidates (default 0.95); finds older crops, slower"),
    cursor: z.string().max(50).optional().describe("nextCursor from the previous page"),
    limit: z.number().int().min(1).max(100).default(25),
  }),
  output: z.object({
    groups: z.array(
      z.object({
        assetIds: z.array(z.string()),
        suggestedKeep: z.string(),
        keepReason: z.string(),
        evidence: z.array(Evidence),
      }),
    ),
    checked: z.number().int().describe("Candidate pairs compared on pixels"),
    keptApart: z.array(Evidence).describe("Most similar look-alikes judged different, with the reason"),
    ...PageOutput,
  }),
  async run({ brand, methods, maxDistance, minSimilarity, cursor, limit }, { services, visible }) {
    const { groups, checked, keptApart } = await services.dedup.findDuplicates({
      brand,
      visible,
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
        `keep ${g.suggestedKeep} (${g.keepReason}); duplicates ${g.assetIds.filter((id) => id !== g.suggestedKeep).join(", ")} (${[...new Set(g.evidence.map((e) => (e.crop ? "crop" : e.method)))].join("+")})`,
    );
    const apart = offset === 0 ? keptApart.slice(0, 3).map((e) => `not duplicates: ${e.a} / ${e.b} — ${e.reason}`) : [];
    return {
      structured: { groups: page, checked, keptApart: offset === 0 ? keptApart : [], nextCursor },
      text: [
        `${groups.length} duplicate group(s); ${checked} candidate pair(s) checked on pixels`,
        ...lines,
        ...apart,
      ].join("\n"),
    };
  },
});
