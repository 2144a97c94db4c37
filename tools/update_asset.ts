import * as z from "zod";
import { AssetDetail, AssetId, AssetLink, AssetMetadataInput } from "../core/library/types.ts";
import { defineTool } from "./define.ts";
import { renderAssetLine } from "./render.ts";

export const updateAsset = defineTool({
  name: "update_asset",
  title: "Update asset",
  description:
    "Change an asset's metadata, status, rights or links. Only the fields given change; metadata is merged. " +
    "Pass expectedVersion to fail instead of overwriting someone else's change. Rejecting needs a rejectionReason.",
  toolset: "library",
  annotations: { readOnlyHint: false, destructiveHint: true, idempotentHint: true },
  input: AssetMetadataInput.extend({
    id: AssetId,
    removeLinks: z.array(AssetLink).max(100).optional().describe("Links to remove"),
    expectedVersion: z
      .number()
      .int()
      .min(1)
      .optional()
      .describe("The version you read; the update fails if it changed"),
  }),
  output: z.object({ asset: AssetDetail }),
  async run({ id, expectedVersion, ...patch }, { services, actor }) {
    const asset = await services.library.update(id, patch, actor, expectedVersion);
    return { structured: { asset }, text: `Updated: ${renderAssetLine(asset)} (version ${asset.version})` };
  },
});
