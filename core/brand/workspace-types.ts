import * as z from "zod";
import { ReviewPolicy } from "../review/policy.ts";

/**
 * Shapes of the brand workspace (brands, their audiences, approval policy and members). The MCP tools, the JSON API,
 * the CLI and the dashboard settings page all validate with these, so a rule about a slug or a colour lives here once.
 */
export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const BrandSlug = z
  .string()
  .trim()
  .min(2)
  .max(40)
  .regex(SLUG, 'use lower-case letters, digits and single hyphens, e.g. "acme-coffee"');

/** "#rgb" or "#rrggbb" (case-insensitive); stored as upper-case "#RRGGBB". */
export const HexColour = z
  .string()
  .trim()
  .regex(/^#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})$/, 'is not a hex colour; use "#RRGGBB", e.g. "#FF5A1F"')
  .transform((c) => (c.length === 4 ? `#${c[1]}${c[1]}${c[2]}${c[2]}${c[3]}${c[3]}` : c).toUpperCase());

export const BrandFonts = z.object({
  headline: z.string().trim().min(1).max(100).optional().describe('Headline typeface, e.g. "Inter Tight"'),
  body: z.string().trim().min(1).max(100).optional().describe('Body typeface, e.g. "Inter"'),
});

export const AudienceInput = z.object({
  slug: BrandSlug.describe('Audience slug used in briefs and experiments, e.g. "gen-z-runners"'),
  name: z.string().trim().min(1).max(100).describe('Display name, e.g. "Gen Z runners"'),
  description: z.string().trim().max(500).optional(),
  aliases: z
    .array(z.string().trim().min(1).max(60))
    .max(20)
    .default([])
    .describe('Other names people use for it, e.g. ["Gen Z", "zoomers"]; matched case-insensitively'),
  attributes: z
    .record(z.string(), z.unknown())
    .optional()
    .describe(
      'Targeting facts, e.g. { "ageMin": 18, "ageMax": 24, "interests": ["run club"] }; interests help tag assets for it',
    ),
});
export type AudienceInput = z.input<typeof AudienceInput>;

/** The per-brand approval policy on input: every field optional, and a field left out keeps its current value. */
export const ApprovalPolicyInput = z.object({
  spendThresholdMicros: z
    .number()
    .int()
    .min(0)
    .optional()
    .describe("Spend at or above this (micros; $500 = 500000000) needs an approver"),
  approvalBelowProbability: z
    .number()
    .min(0.5)
    .max(1)
    .optional()
    .describe("A winner under this P(best) needs an approver before promotion, e.g. 0.99"),
  reviewOnBrandWarnings: z.boolean().optional().describe("Any brand-rule warning needs a review"),
  minConfidence: z.number().min(0).max(1).optional().describe("Model/tagger confidence under this needs a review"),
  reviewNewAudiences: z.boolean().optional().describe("An audience the brand has not shipped to needs a review"),
  sensitiveCategories: z.array(z.string().trim().min(1).max(60)).max(50).optional(),
});

export const BrandFields = {
  name: z.string().trim().min(1).max(120).describe('Brand name, e.g. "Acme Coffee"'),
  description: z.string().trim().max(2000).optional().describe("What the brand is and how it speaks"),
  palette: z.array(HexColour).max(24).optional().describe('Brand colours as hex, e.g. ["#FF5A1F", "#15171C"]'),
  fonts: BrandFonts.optional(),
  logoAssetIds: z
    .array(z.string().startsWith("ast_"))
    .max(20)
    .optional()
    .describe("Library assets of kind logo (ast_...) that are this brand's logos"),
  audiences: z
    .array(AudienceInput)
    .max(100)
    .optional()
    .describe("Audiences this brand targets (added or updated by slug)"),
  approvalPolicy: ApprovalPolicyInput.optional().describe(
    "When a human must approve: spendThresholdMicros (spend at or above needs approval), approvalBelowProbability " +
      "(a winner under this P(best) needs approval), brand-warning, confidence, new-audience and category rules",
  ),
  reviewChannel: z
    .string()
    .trim()
    .max(80)
    .optional()
    .describe('Slack channel where review requests are posted, e.g. "#creative-review" or a channel id'),
};

export const CreateBrandInput = z.object({
  slug: BrandSlug.describe("Short unique id, e.g. acme-coffee"),
  ...BrandFields,
});
export type CreateBrandInput = z.input<typeof CreateBrandInput>;

export const UpdateBrandInput = z
  .object(BrandFields)
  .partial()
  .extend({
    removeAudiences: z.array(BrandSlug).max(100).optional().describe("Audience slugs to remove from the brand"),
  });
export type UpdateBrandInput = z.input<typeof UpdateBrandInput>;

export const AudienceView = z.object({
  id: z.string(),
  slug: z.string(),
  name: z.string(),
  description: z.string().nullable(),
  aliases: z.array(z.string()),
});
export type AudienceView = z.infer<typeof AudienceView>;

export const BrandView = z.object({
  id: z.string(),
  slug: z.string(),
  name: z.string(),
  description: z.string().nullable(),
  palette: z.array(z.string()),
  fonts: BrandFonts,
  logoAssetIds: z.array(z.string()),
  audiences: z.array(AudienceView),
  approvalPolicy: ReviewPolicy,
  reviewChannel: z.string().nullable(),
  members: z.object({ approvers: z.number().int(), total: z.number().int() }),
  ruleSetVersion: z.number().int().nullable(),
  createdAt: z.string(),
});
export type BrandView = z.infer<typeof BrandView>;

/** approver: decides reviews and promotions; reviewer: is asked to look; editor: makes and changes creative; viewer: reads. */
export const MEMBER_ROLES = ["approver", "reviewer", "editor", "viewer"] as const;
export const MemberRole = z.enum(MEMBER_ROLES);
export type MemberRole = z.infer<typeof MemberRole>;

export const SlackUserId = z
  .string()
  .trim()
  .regex(
    /^[UW][A-Z0-9]{2,20}$/,
    'is not a Slack user id; it looks like "U024BE7LH" (Slack profile → ⋯ → Copy member ID)',
  );

export const AddMemberInput = z.object({
  brand: z.string().trim().min(1).describe("Brand slug or id"),
  role: MemberRole.describe("approver, reviewer, editor or viewer"),
  slackUserId: SlackUserId.optional().describe("Slack member id, e.g. U024BE7LH (needed for Slack approvals)"),
  email: z.email().trim().toLowerCase().optional().describe("Work e-mail, e.g. dana@acme.com"),
  name: z.string().trim().min(1).max(120).optional().describe("Display name"),
});
export type AddMemberInput = z.input<typeof AddMemberInput>;

export const MemberView = z.object({
  userRef: z.string().describe("The handle decisions are recorded under (Slack id, else e-mail)"),
  slackUserId: z.string().nullable(),
  email: z.string().nullable(),
  name: z.string().nullable(),
  roles: z.array(z.string()),
  addedAt: z.string(),
});
export type MemberView = z.infer<typeof MemberView>;
