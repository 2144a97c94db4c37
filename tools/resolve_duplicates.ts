import * as z from "zod";
import { AssetId } from "../core/library/types.ts";
import { defineTool } from "./define.ts";

export const resolveDuplicates = defineTool({
  name: "resolve_duplicates",
  title: "Resolve duplicates",
  description:
    "Merge one duplicate group: keep one asset (keepId, or the suggested one: promoted > approved > deployed > rights valid > " +
    "most used > resolution) and move the others' tags, links, notes, lineage edges, experiment arms and deployments onto " +
    "it. The others are archived with merged_into pointing at the kept asset — never deleted. One transaction; every " +
    "change is in the audit trail.",
  toolset: "search",
  annotations: { readOnlyHint: false, destructiveHint: true, idempotentHint: false },
  input: z.object({
    assetIds: z.array(AssetId).min(2).max(50).describe("The group, e.g. from find_duplicates"),
    keepId: AssetId.optional().describe("The asset to keep; omit to keep the suggested one"),
  }),
  output: z.object({
    kept: z.string(),
    keepReason: z.string(),
    archived: z.array(z.string()),
    tagsCopied: z.number().int(),
    linksMoved: z.number().int(),
    edgesRepointed: z.number().int(),
    armsRepointed: z.number().int(),
    deploymentsRepointed: z.number().int(),
  }),
  async run({ assetIds, keepId }, { services, actor }) {
    const summary = await services.dedup.resolve({ assetIds, keepId, actor });
    return {
      structured: summary,
      text: `Kept ${summary.kept} (${summary.keepReason}); archived ${summary.archived.join(", ")} into it (${summary.tagsCopied} tags, ${summary.linksMoved} links, ${summary.edgesRepointed} lineage edges, ${summary.armsRepointed} experiment arms, ${summary.deploymentsRepointed} deployments moved).`,
      links: [{ uri: `winnow://assets/${summary.kept}`, name: "kept asset" }],
    };
  },
});
