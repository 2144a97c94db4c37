import * as z from "zod";
import { REVIEWED_STATUSES } from "../core/brand/review.ts";
import { AssetId, IsoDateOrTime } from "../core/library/types.ts";
import { defineTool } from "./define.ts";

export const reviewAsset = defineTool({
  name: "review_asset",
  title: "Mark asset reviewed",
  description:
    "Record that a person reviewed an asset: sets its last review date and new status (ready/approved/checked to use it " +
    "again, rejected/archived/discarded to retire it) and clears the review reason. An asset with expired rights can only " +
    "be made usable with a renewed rightsExpiresAt.",
  toolset: "library",
  annotations: { readOnlyHint: false, destructiveHint: true, idempotentHint: true },
  input: z.object({
    id: AssetId,
    status: z.enum(REVIEWED_STATUSES).describe("Status after review"),
    note: z.string().max(2000).optional().describe("What was checked; required when rejecting"),
    rightsExpiresAt: IsoDateOrTime.optional().describe("Renewed rights expiry: a date (2028-03-10) or UTC date-time"),
    expectedVersion: z.number().int().min(1).optional().describe("Asset version you read; fails if it changed"),
  }),
  output: z.object({
    assetId: z.string(),
    from: z.string(),
    status: z.string(),
    lastReviewedAt: z.string(),
    clearedReason: z.string().nullable(),
  }),
  async run(input, { services, actor }) {
    const rights = input.rightsExpiresAt ? new Date(input.rightsExpiresAt).toISOString() : undefined;
    const result = await services.brand.review.review({ ...input, assetId: input.id, rightsExpiresAt: rights, actor });
    return {
      structured: result,
      text: `Reviewed ${result.assetId}: ${result.from} → ${result.status} at ${result.lastReviewedAt}${result.clearedReason ? ` (cleared: ${result.clearedReason})` : ""}`,
    };
  },
});
