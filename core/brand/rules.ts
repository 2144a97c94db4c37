import * as z from "zod";

/**
 * The rule-set language (YAML or JSON). Every rule has an id, a kind, a severity and a fix hint. Objects are strict so
 * a typo ("severty") is an error with its line, not a silently ignored key.
 */
const RuleId = z
  .string()
  .regex(/^[a-z0-9][a-z0-9._-]{0,63}$/, "must be lower-case letters, digits, '.', '_' or '-' (e.g. banned-words)");
const Hex = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'must be a hex colour like "#FF5A1F"');
const Fraction = z.number().min(0).max(1);
const Phrase = z.string().trim().min(1).max(200);

const base = {
  id: RuleId,
  severity: z.enum(["block", "warn"]).default("block"),
  fix: z.string().min(1).max(500).describe("What to do when the rule fails"),
  description: z.string().max(1000).optional(),
};

export const BannedPhraseRule = z.strictObject({
  ...base,
  kind: z.literal("banned_phrase"),
  phrases: z.array(Phrase).max(500).default([]),
  /** Regexes (case-insensitive, Unicode) run on normalised text; refused when prone to catastrophic backtracking. */
  patterns: z.array(z.string().min(1).max(300)).max(50).default([]),
  /** Allowed synonyms used by auto-fix: banned phrase → replacement. */
  replacements: z.record(z.string(), z.string().max(200)).default({}),
});

/**
 * Built-in copy triggers: vetted patterns a rule names instead of writing its own regex (see core/brand/triggers.ts).
 */
export const BUILTIN_TRIGGERS = [
  "percent_off",
  "money_off",
  "price",
  "free_shipping",
  "free_offer",
  "financing",
  "apr",
  "monthly_payment",
  "trial",
  "subscription",
] as const;
export type BuiltinTrigger = (typeof BUILTIN_TRIGGERS)[number];

/** What in the copy itself makes a disclaimer necessary; any field matching is enough. */
export const DisclaimerTriggers = z.strictObject({
  builtin: z
    .array(z.enum(BUILTIN_TRIGGERS, { error: `must be one of ${BUILTIN_TRIGGERS.join(", ")}` }))
    .max(BUILTIN_TRIGGERS.length)
    .default([]),
  /** Words or phrases, matched whole-word through the same normaliser as banned phrases. */
  phrases: z.array(Phrase).max(200).default([]),
  /** Regexes (case-insensitive, Unicode) on normalised text; refused when prone to catastrophic backtracking. */
  patterns: z.array(z.string().min(1).max(300)).max(50).default([]),
  /** Phrases that contain a trigger but offer nothing ("100% cotton", "photo credit"). */
  except: z.array(Phrase).max(100).default([]),
});
export type DisclaimerTriggers = z.infer<typeof DisclaimerTriggers>;

export const RequiredDisclaimerRule = z
  .strictObject({
    ...base,
    kind: z.literal("required_disclaimer"),
    /** Offer types (passed by generation or the caller) that always need this disclaimer. */
    offerTypes: z.array(z.string().min(1).max(60)).default([]),
    /** Copy that needs this disclaimer whatever the offer type. */
    triggers: DisclaimerTriggers.optional(),
    text: Phrase,
    /** Other wordings legal accepts as the same disclaimer. */
    accept: z.array(Phrase).max(20).default([]),
  })
  .refine(
    (r) =>
      r.offerTypes.length > 0 ||
      Boolean(r.triggers && r.triggers.builtin.length + r.triggers.phrases.length + r.triggers.patterns.length > 0),
    {
      path: ["triggers"],
      message:
        "a required_disclaimer needs triggers (builtin, phrases or patterns) or offerTypes, otherwise it never fires; e.g. triggers: { builtin: [percent_off] }",
    },
  );

export const ClaimRule = z.strictObject({
  ...base,
  kind: z.literal("claim"),
  phrases: z.array(Phrase).max(200).default([]),
  patterns: z.array(z.string().min(1).max(300)).max(50).default([]),
  /** Phrases that contain a claim word but make no claim ("personal best"). */
  except: z.array(Phrase).max(100).default([]),
  /** Registered evidence ids per claim phrase; when empty any attached substantiation id is accepted. */
  substantiations: z.record(z.string(), z.array(z.string().min(1).max(100))).default({}),
});

export const ToneRule = z.strictObject({
  ...base,
  kind: z.literal("tone"),
  judge: z.enum(["lexicon", "llm"]).default("lexicon"),
  voice: z.string().max(1000).optional(),
  offTone: z.array(Phrase).max(500).default([]),
  maxOffTone: z.number().int().min(0).default(0),
  maxExclamations: z.number().int().min(0).default(1),
  /** Share of letters in ALL-CAPS words (4+ letters); shouting. */
  maxUppercaseRatio: Fraction.default(0.5),
  /** LLM judge: minimum on-brand score 0-1. */
  minScore: Fraction.default(0.6),
});

export const COPY_FIELD_NAMES = ["headline", "body", "cta", "disclaimer"] as const;

/** A per-field limit, or `field: total` for the whole ad (the sum of the `include` fields, all four by default). */
const LengthLimit = z
  .strictObject({
    field: z.enum([...COPY_FIELD_NAMES, "total"], { error: "must be headline, body, cta, disclaimer or total" }),
    max: z.number().int().min(1).max(10000),
    min: z.number().int().min(0).optional(),
    platforms: z.array(z.string().min(1)).optional(),
    formats: z.array(z.string().min(1)).optional(),
    include: z.array(z.enum(COPY_FIELD_NAMES)).min(1).optional(),
  })
  .refine((l) => l.field === "total" || l.include === undefined, {
    path: ["include"],
    message: "include is only for field: total (the fields the whole-ad count adds up)",
  });

export const CopyLengthRule = z.strictObject({
  ...base,
  kind: z.literal("copy_length"),
  limits: z.array(LengthLimit).min(1).max(200),
});

export const PaletteRule = z.strictObject({
  ...base,
  kind: z.literal("palette"),
  colors: z.array(Hex).min(1).max(32),
  /** Always-allowed neutrals (white, off-black...). */
  neutrals: z.array(Hex).max(16).default([]),
  maxDeltaE: z.number().min(0).max(100).default(12),
  /** A colour counts as dominant when it covers at least this share of the measured pixels. */
  minShare: Fraction.default(0.04),
  /** Off-palette dominant colours may cover at most this share in total. */
  maxOffPaletteShare: Fraction.default(0.1),
  /** Layout boxes left out of the measurement (product photography keeps its own colours). */
  exclude: z.array(z.string()).default(["product", "image", "photo"]),
});

const Position = z.enum([
  "top-left",
  "top-center",
  "top-right",
  "middle-left",
  "center",
  "middle-right",
  "bottom-left",
  "bottom-center",
  "bottom-right",
]);

export const LogoRule = z.strictObject({
  ...base,
  kind: z.literal("logo"),
  box: z.string().default("logo"),
  colors: z.array(Hex).min(1).max(8),
  minWidthRatio: Fraction.default(0.08),
  /** Clear space on every side, as a multiple of the logo's height. */
  clearSpace: z.number().min(0).max(3).default(0.25),
  positions: z.array(Position).min(1).default(["top-left", "top-right", "bottom-left", "bottom-right"]),
  /** Share of logo-box pixels that must be within ΔE2000 15 of a logo colour for the logo to count as drawn. */
  minCoverage: Fraction.default(0.08),
});

const Insets = z.strictObject({ top: Fraction, right: Fraction, bottom: Fraction, left: Fraction });

export const SafeZoneRule = z.strictObject({
  ...base,
  kind: z.literal("safe_zone"),
  /** Unsafe margins per format ("1080x1920"), as fractions of width/height; "default" applies otherwise. */
  zones: z.record(z.string(), Insets),
  textBoxes: z.array(z.string()).default(["headline", "body", "cta", "disclaimer"]),
});

export const InputRightsRule = z.strictObject({
  ...base,
  kind: z.literal("input_rights"),
  warnWithinDays: z.number().int().min(0).max(365).default(14),
});

export const Rule = z.discriminatedUnion("kind", [
  BannedPhraseRule,
  RequiredDisclaimerRule,
  ClaimRule,
  ToneRule,
  CopyLengthRule,
  PaletteRule,
  LogoRule,
  SafeZoneRule,
  InputRightsRule,
]);
export type Rule = z.infer<typeof Rule>;
export type RuleKind = Rule["kind"];
export const RULE_KINDS = Rule.options.map((o) => o.shape.kind.value) as RuleKind[];

export const RuleSetSpec = z
  .strictObject({
    brand: z.string().max(100).optional(),
    description: z.string().max(2000).optional(),
    rules: z.array(Rule).max(500),
  })
  .superRefine((spec, ctx) => {
    const seen = new Map<string, number>();
    spec.rules.forEach((rule, i) => {
      if (seen.has(rule.id)) {
        ctx.addIssue({
          code: "custom",
          path: ["rules", i, "id"],
          message: `duplicate rule id "${rule.id}" (also rules.${seen.get(rule.id)}); ids must be unique`,
        });
      } else seen.set(rule.id, i);
    });
  });
export type RuleSetSpec = z.infer<typeof RuleSetSpec>;
