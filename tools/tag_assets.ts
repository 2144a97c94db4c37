import * as z from "zod";
import { AssetId } from "../core/library/types.ts";
import { defineTool } from "./define.ts";

export const tagAssets = defineTool({
  name: "tag_assets",
  title: "Tag assets",
  description:
    "(Re-)tag assets with every configured tagger: subjects, setting, tone, named colours, audience fit, brand palette " +
    "alignment and format, each with a confidence and its source (tagger@version). Uses the brand's tag vocabulary. An " +
    "unreadable image is marked with an error tag and the rest of the batch still gets tagged. Tags also refresh the " +
    "assets' search vectors.",
  toolset: "search",
  annotations: { readOnlyHint: false, destructiveHint: false, idempotentHint: true },
  input: z.object({ ids: z.array(AssetId).min(1).max(200).describe("Assets to tag") }),
  output: z.object({
    results: z.array(
      z.object({
        id: z.string(),
        tags: z.array(z.object({ category: z.string(), tag: z.string(), confidence: z.number(), source: z.string() })),
        error: z.string().optional(),
      }),
    ),
    tagged: z.number().int(),
    failed: z.number().int(),
  }),
  async run({ ids }, { services, actor, progress }) {
    const missing = [];
    for (const id of ids) {
      try {
        await services.library.get(id);
      } catch {
        missing.push(id);
      }
    }
    if (missing.length) await services.library.get(missing[0]!); // throws not_found naming the first unknown id
    const results = [];
    for (let i = 0; i < ids.length; i += 20) {
      results.push(...(await services.tagging.tagAssets(ids.slice(i, i + 20), { actor })));
      await progress(Math.min(ids.length, i + 20), ids.length, "tagging");
    }
    const failed = results.filter((r) => r.error).length;
    const lines = results.map((r) =>
      r.error && r.tags.length === 0
        ? `${r.id}: error — ${r.error}`
        : `${r.id}: ${r.tags
            .sort((a, b) => b.confidence - a.confidence)
            .slice(0, 8)
            .map((t) => `${t.category}:${t.tag}`)
            .join(", ")}${r.error ? ` (partial: ${r.error})` : ""}`,
    );
    return {
      structured: { results, tagged: results.length - failed, failed },
      text: `Tagged ${results.length - failed} of ${results.length} asset(s)${failed ? `, ${failed} with errors` : ""}\n${lines.join("\n")}`,
    };
  },
});
