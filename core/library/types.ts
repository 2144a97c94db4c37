import * as z from "zod";
import { boundedJsonObject, METADATA_LIMITS } from "../json-bounds.ts";

export const ASSET_KINDS = ["product", "talent", "scene", "reference", "logo", "output", "rejected"] as const;
export const AssetKind = z.enum(ASSET_KINDS);
export type AssetKind = z.infer<typeof AssetKind>;

/**
 * Library statuses plus the loop states an output moves through
 * (generated → tagged → checked → in_review → approved → deployed → measured → promoted | discarded).
 */
export const ASSET_STATUSES = [
  "ready",
  "needs_review",
  "rejected",
  "archived",
  "generated",
  "tagged",
  "checked",
  "in_review",
  "approved",
  "deployed",
  "measured",
  "promoted",
  "discarded",
] as const;
export const AssetStatus = z.enum(ASSET_STATUSES);
export type AssetStatus = z.infer<typeof AssetStatus>;

export const LINK_TYPES = ["campaign", "product", "talent", "scene", "logo", "reference"] as const;
export const LinkType = z.enum(LINK_TYPES);
export const AssetLink = z.object({
  type: LinkType.describe("What the asset is linked to"),
  id: z.string().min(1).max(200).describe("Id of the campaign or asset linked to"),
});
export type AssetLink = z.infer<typeof AssetLink>;

export const AssetId = z
  .string()
  .regex(/^ast_[0-9A-HJKMNP-TV-Z]{26}$/, "must be an asset id like ast_01JD3Q8Z5K4W6X7Y8Z9A0B1C2D");

/** A date or a date-time as people give them ("2027-03-31" or "2027-03-31T00:00:00Z"), stored as UTC ISO-8601. */
export const IsoDateOrTime = z.iso
  .datetime({ offset: true })
  .or(z.iso.date())
  .transform((v) => new Date(v).toISOString())
  .describe("UTC ISO-8601 date or date-time, e.g. 2027-03-31 or 2027-03-31T00:00:00Z");
const isoDate = IsoDateOrTime;

/** Editable metadata, shared by add, update, import manifests. */
export const AssetMetadataInput = z.object({
  name: z.string().trim().min(1).max(300).optional().describe("Display name; defaults to the file name"),
  kind: AssetKind.optional().describe("product | talent | scene | reference | logo | output | rejected"),
  brand: z.string().trim().min(1).max(100).optional().describe("Brand slug or id (brd_...)"),
  description: z.string().max(5000).optional(),
  category: z.string().trim().max(100).optional(),
  useCase: z.string().trim().max(200).optional(),
  source: z.string().trim().max(300).optional().describe("Where the file came from (shoot, agency, generated...)"),
  status: AssetStatus.optional(),
  owner: z.string().trim().max(200).optional(),
  rightsHolder: z.string().trim().max(200).optional(),
  rightsExpiresAt: isoDate.nullable().optional(),
  notes: z.string().max(5000).optional(),
  usageNotes: z.string().max(5000).optional(),
  lastReviewedAt: isoDate.nullable().optional(),
  rejectionReason: z.string().max(2000).nullable().optional(),
  metadata: boundedJsonObject(METADATA_LIMITS)
    .optional()
    .describe("Free-form structured metadata (merged on update); at most 16 levels deep, 2,000 keys/items, 64 KB"),
  links: z.array(AssetLink).max(100).optional(),
});
export type AssetMetadataInput = z.infer<typeof AssetMetadataInput>;

export const AssetTagView = z.object({
  category: z.string(),
  tag: z.string(),
  confidence: z.number(),
  source: z.string(),
});

export const AssetView = z.object({
  id: z.string(),
  kind: AssetKind,
  brandId: z.string().nullable(),
  name: z.string(),
  description: z.string().nullable(),
  category: z.string().nullable(),
  useCase: z.string().nullable(),
  source: z.string().nullable(),
  status: AssetStatus,
  owner: z.string().nullable(),
  rightsHolder: z.string().nullable(),
  rightsExpiresAt: z.string().nullable(),
  notes: z.string().nullable(),
  usageNotes: z.string().nullable(),
  lastReviewedAt: z.string().nullable(),
  rejectionReason: z.string().nullable(),
  reviewReason: z.string().nullable(),
  sha256: z.string(),
  phash: z.string().nullable(),
  mimeType: z.string(),
  format: z.string(),
  width: z.number().int(),
  height: z.number().int(),
  bytes: z.number().int(),
  metadata: z.record(z.string(), z.unknown()),
  versionOf: z.string().nullable(),
  mergedInto: z.string().nullable(),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
  uri: z.string().describe("MCP resource URI of the original file"),
  thumbnailUri: z.string().describe("MCP resource URI of the 256px WebP thumbnail"),
});
export type AssetView = z.infer<typeof AssetView>;

export const AssetDetail = AssetView.extend({
  links: z.array(AssetLink),
  tags: z.array(AssetTagView),
});
export type AssetDetail = z.infer<typeof AssetDetail>;

export const AssetFilter = z.object({
  kind: AssetKind.optional(),
  status: AssetStatus.optional(),
  brand: z.string().optional().describe("Brand slug or id"),
  category: z.string().optional(),
  useCase: z.string().optional(),
  owner: z.string().optional(),
  campaign: z.string().optional().describe("Only assets linked to this campaign id"),
  nameContains: z.string().max(200).optional(),
  rightsValidOn: isoDate.optional().describe("Only assets whose rights are valid on this date (no expiry counts)"),
});
export type AssetFilter = z.infer<typeof AssetFilter>;

export const assetUri = (id: string) => `winnow://assets/${id}`;
export const thumbnailUri = (id: string) => `winnow://assets/${id}/thumbnail`;
