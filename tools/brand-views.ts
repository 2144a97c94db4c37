import * as z from "zod";

/** Shared output shapes of the brand tools. */
export const ViolationView = z.object({
  ruleId: z.string(),
  kind: z.string(),
  severity: z.enum(["block", "warn"]),
  message: z.string(),
  location: z
    .union([
      z.object({ field: z.string(), start: z.number(), end: z.number() }),
      z.object({ region: z.object({ x: z.number(), y: z.number(), width: z.number(), height: z.number() }) }),
    ])
    .optional()
    .describe("Character range [start, end) in a copy field, or a pixel region of the image"),
  measured: z.unknown().optional(),
  fix: z.string().optional(),
});

export const CopyView = z.object({
  headline: z.string(),
  body: z.string().optional(),
  cta: z.string(),
  disclaimer: z.string().optional(),
});

export const RuleSetSummaryView = z.object({
  id: z.string(),
  brandId: z.string(),
  version: z.number().int(),
  format: z.string(),
  createdBy: z.string(),
  note: z.string().nullable(),
  createdAt: z.string(),
  ruleCount: z.number().int(),
  ruleIds: z.array(z.string()),
});

export const MarkedView = z.object({ assetId: z.string(), reason: z.string() });

export const BoxView = z.object({
  x: z.number(),
  y: z.number(),
  width: z.number().positive(),
  height: z.number().positive(),
});
