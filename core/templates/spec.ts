import * as z from "zod";

/**
 * A template version's spec: typed slots with allowed values, copy banks per slot value, and a layout per format.
 * Stored as JSON in template_versions.spec and never changed after creation, so an old version always renders the
 * way it did.
 */
export const SLOT_NAMES = ["audience", "offer", "tone", "format", "hook", "cta", "product", "scene", "talent"] as const;
export type SlotName = (typeof SLOT_NAMES)[number];
export const SlotNameSchema = z.enum(SLOT_NAMES);

export const FORMATS = {
  "1:1": { width: 1080, height: 1080 },
  "9:16": { width: 1080, height: 1920 },
  "1.91:1": { width: 1200, height: 628 },
  "4:5": { width: 1080, height: 1350 },
} as const;
export type FormatId = keyof typeof FORMATS;
export const FormatIdSchema = z.enum(Object.keys(FORMATS) as [FormatId, ...FormatId[]]);

const slug = z
  .string()
  .regex(/^[a-z0-9][a-z0-9.:_-]{0,62}$/, "must be a lowercase slug like spring-20-off or 1:1")
  .describe("Stable id of the slot value");

export const SlotValue = z.object({
  id: slug,
  label: z.string().min(1).max(120).describe("Text substituted for {slot} in copy patterns"),
  /** Library asset used when this value is chosen (product shot, scene, talent). */
  assetId: z.string().regex(/^ast_/).optional(),
  /** Offer-specific small print, drawn in the disclaimer box. */
  disclaimer: z.string().max(200).optional(),
  /** What brand rules call this kind of offer (discount, sale, financing, trial...), for required disclaimers. */
  offerType: z.string().max(40).optional(),
});
export type SlotValue = z.infer<typeof SlotValue>;

/** Slots whose values place a library image in the ad. */
export const IMAGE_SLOTS = ["product", "scene", "talent"] as const;
export type ImageSlot = (typeof IMAGE_SLOTS)[number] | "logo";

/**
 * What generation does when a value of an image slot has no image to place (no `assetId`, or the asset is missing,
 * not an image, waiting for review or retired): `required` skips the variant (counted as skipped: missing image),
 * `optional` renders it without that image and flags it. Defaults: product required, scene and talent optional.
 */
export const ImagePolicy = z.enum(["required", "optional"], { error: "must be required or optional" });
export type ImagePolicy = z.infer<typeof ImagePolicy>;

export const SlotDef = z.object({
  description: z.string().max(300).optional(),
  values: z.array(SlotValue).min(1).max(50),
  image: ImagePolicy.optional().describe(
    "product, scene and talent only: what happens to a variant whose value has no image to place (default: product required, others optional)",
  ),
});

/** A copy rule applies when every `when` condition matches the chosen slot values; the most specific rule wins. */
export const CopyRule = z.object({
  when: z.partialRecord(SlotNameSchema, slug).default({}),
  texts: z.array(z.string().min(1).max(300)).min(1).max(50),
});
export type CopyRule = z.infer<typeof CopyRule>;

export const COPY_FIELDS = ["headline", "body", "cta"] as const;
export type CopyField = (typeof COPY_FIELDS)[number];

const Box = z.object({
  x: z.number().int().min(0),
  y: z.number().int().min(0),
  width: z.number().int().min(1),
  height: z.number().int().min(1),
});
export type Box = z.infer<typeof Box>;

export const Layout = z.object({
  width: z.number().int().min(100).max(4096),
  height: z.number().int().min(100).max(4096),
  safeZone: Box,
  boxes: z.object({
    /** Where the scene photo goes; omitted = full bleed. Brand palette checks treat it as photography. */
    photo: Box.optional(),
    image: Box,
    talent: Box.optional(),
    headline: Box,
    body: Box,
    cta: Box,
    logo: Box,
    disclaimer: Box,
  }),
  headlineMaxPx: z.number().int().min(12).max(200).default(84),
  bodyMaxPx: z.number().int().min(10).max(120).default(40),
  /** Copy length limits for this format; the local provider only picks lines that fit. */
  maxChars: z
    .object({ headline: z.number().int().min(5).optional(), body: z.number().int().min(5).optional() })
    .default({}),
});
export type Layout = z.infer<typeof Layout>;

export const Style = z.object({
  fontFamily: z.string().max(200).default("DejaVu Sans, Liberation Sans, Arial, sans-serif"),
  /** Colours; unset ones come from the brand palette (primary, ink, paper, accent = palette[0], [1], [2], [4]). */
  primary: z
    .string()
    .regex(/^#[0-9a-fA-F]{6}$/)
    .optional(),
  ink: z
    .string()
    .regex(/^#[0-9a-fA-F]{6}$/)
    .optional(),
  paper: z
    .string()
    .regex(/^#[0-9a-fA-F]{6}$/)
    .optional(),
  accent: z
    .string()
    .regex(/^#[0-9a-fA-F]{6}$/)
    .optional(),
  /** Library asset id of the logo. */
  logoAssetId: z.string().regex(/^ast_/).optional(),
  /** What happens to a variant when the logo has no image to place (no logoAssetId, or the asset is unusable). */
  logoImage: ImagePolicy.default("optional"),
  /** 0..1: how dark the panel behind the headline is drawn over the scene. */
  panelOpacity: z.number().min(0).max(1).default(0.78),
});
export type Style = z.infer<typeof Style>;

export const TemplateSpec = z
  .object({
    slots: z.partialRecord(SlotNameSchema, SlotDef),
    copy: z.object({
      headline: z.array(CopyRule).min(1),
      body: z.array(CopyRule).min(1),
      cta: z.array(CopyRule).min(1),
    }),
    layouts: z.partialRecord(FormatIdSchema, Layout),
    style: Style.default(Style.parse({})),
  })
  .superRefine((spec, ctx) => validateSpec(spec, ctx));
export type TemplateSpec = z.output<typeof TemplateSpec>;
export type TemplateSpecInput = z.input<typeof TemplateSpec>;

function validateSpec(spec: z.output<typeof TemplateSpec>, ctx: z.RefinementCtx) {
  const missing = SLOT_NAMES.filter((s) => !spec.slots[s]);
  if (missing.length) {
    ctx.addIssue({
      code: "custom",
      path: ["slots"],
      message: `missing slots ${missing.join(", ")}; every template defines ${SLOT_NAMES.join(", ")}`,
    });
    return;
  }
  for (const [name, def] of Object.entries(spec.slots)) {
    const ids = def!.values.map((v) => v.id);
    const dup = ids.find((id, i) => ids.indexOf(id) !== i);
    if (dup) ctx.addIssue({ code: "custom", path: ["slots", name], message: `value ${dup} appears twice` });
  }
  for (const format of spec.slots.format!.values) {
    if (!spec.layouts[format.id as FormatId]) {
      ctx.addIssue({
        code: "custom",
        path: ["layouts", format.id],
        message: `format ${format.id} has no layout; add one or remove the format value (formats: ${Object.keys(FORMATS).join(", ")})`,
      });
    }
  }
  for (const [format, layout] of Object.entries(spec.layouts)) {
    const size = FORMATS[format as FormatId];
    if (layout!.width !== size.width || layout!.height !== size.height) {
      ctx.addIssue({
        code: "custom",
        path: ["layouts", format],
        message: `must be ${size.width}×${size.height} for ${format} (got ${layout!.width}×${layout!.height})`,
      });
    }
    for (const [boxName, box] of Object.entries(layout!.boxes)) {
      if (box && (box.x + box.width > layout!.width || box.y + box.height > layout!.height)) {
        ctx.addIssue({
          code: "custom",
          path: ["layouts", format, "boxes", boxName],
          message: "lies outside the canvas",
        });
      }
    }
  }
  for (const field of COPY_FIELDS) {
    const rules = spec.copy[field];
    if (!rules.some((r) => Object.keys(r.when).length === 0)) {
      ctx.addIssue({
        code: "custom",
        path: ["copy", field],
        message: "needs a fallback rule with an empty `when`, so every slot combination gets copy",
      });
    }
    rules.forEach((rule, i) => {
      for (const [slot, value] of Object.entries(rule.when)) {
        const allowed = spec.slots[slot as SlotName]?.values.map((v) => v.id) ?? [];
        if (!allowed.includes(value as string)) {
          ctx.addIssue({
            code: "custom",
            path: ["copy", field, i, "when", slot],
            message: `${value} is not a value of slot ${slot} (allowed: ${allowed.join(", ")})`,
          });
        }
      }
      for (const text of rule.texts) {
        for (const [, name] of text.matchAll(/\{([a-z_]+)\}/g)) {
          if (!(SLOT_NAMES as readonly string[]).includes(name!)) {
            ctx.addIssue({
              code: "custom",
              path: ["copy", field, i, "texts"],
              message: `placeholder {${name}} is not a slot (use ${SLOT_NAMES.map((s) => `{${s}}`).join(" ")})`,
            });
          }
        }
      }
    });
  }
}

export type SlotChoice = Record<SlotName, string>;

export function slotValue(spec: TemplateSpec, slot: SlotName, id: string): SlotValue | undefined {
  return spec.slots[slot]?.values.find((v) => v.id === id);
}
