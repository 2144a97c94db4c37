import * as z from "zod";
import { invalidInput } from "../core/errors.ts";
import { AssetId } from "../core/library/types.ts";
import { MarkedView } from "./brand-views.ts";
import { defineTool } from "./define.ts";

export const replaceAssetVersion = defineTool({
  name: "replace_asset_version",
  title: "Replace asset with a new version",
  description:
    "Register a product or packaging change: a new file (or an already added asset) becomes the new version of an " +
    "asset. The old asset is archived, and every output derived from it is marked needs_review and blocked from new " +
    "generations until reviewed.",
  toolset: "library",
  annotations: { readOnlyHint: false, destructiveHint: true, idempotentHint: false },
  input: z.object({
    replacedId: AssetId.describe("The asset being replaced"),
    newAssetId: AssetId.optional().describe("An already added asset that is the new version"),
    contentBase64: z.string().max(40_000_000).optional().describe("Or the new file's bytes, base64"),
    filename: z.string().max(300).optional().describe("File name of contentBase64"),
    reason: z.string().max(500).optional().describe('What changed, e.g. "new packaging 2027"'),
  }),
  output: z.object({ replacedId: z.string(), newAssetId: z.string(), marked: z.array(MarkedView) }),
  async run(input, { services, actor }) {
    let newAssetId = input.newAssetId;
    if (!newAssetId) {
      if (!input.contentBase64) {
        throw invalidInput(
          "newAssetId",
          "or contentBase64 is required",
          "Pass the new version's asset id or its file.",
        );
      }
      const old = await services.library.get(input.replacedId);
      const added = await services.library.add({
        bytes: Buffer.from(input.contentBase64, "base64"),
        filename: input.filename ?? `${old.name} (new version)`,
        actor,
        meta: {
          name: `${old.name} (new version)`,
          kind: old.kind,
          ...(old.brandId ? { brand: old.brandId } : {}),
          ...(old.category ? { category: old.category } : {}),
          ...(old.owner ? { owner: old.owner } : {}),
          ...(old.rightsHolder ? { rightsHolder: old.rightsHolder } : {}),
        },
      });
      newAssetId = added.asset.id;
    }
    const result = await services.brand.staleness.replaceAssetVersion({
      replacedId: input.replacedId,
      newAssetId,
      actor,
      reason: input.reason,
    });
    return {
      structured: result,
      text: `${result.newAssetId} now replaces ${result.replacedId} (archived); ${result.marked.length} derived asset(s) marked needs_review.`,
    };
  },
});
