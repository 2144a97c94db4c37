import * as z from "zod";
import type { Candidate, CandidateCopy } from "../core/brand/checker.ts";
import { copyFromText } from "../core/brand/copy-text.ts";
import { invalidInput } from "../core/errors.ts";
import { AssetId } from "../core/library/types.ts";
import { BoxView, CopyView, ViolationView } from "./brand-views.ts";
import { defineTool } from "./define.ts";

const FieldText = z.string().max(5000, "must be at most 5000 characters; check one ad at a time");
const CopyFields = z.strictObject({
  headline: FieldText.optional(),
  body: FieldText.optional(),
  cta: FieldText.optional(),
  disclaimer: FieldText.optional(),
});
const FIELDS = ["headline", "body", "cta", "disclaimer"] as const;

export const checkBrandRules = defineTool({
  name: "check_brand_rules",
  title: "Check brand rules",
  description:
    "Check ad copy, a library asset or a generated output against the brand's rule set before it ships: banned phrases " +
    "(also leetspeak, look-alike letters, spaced or dotted spellings), required disclaimers (triggered by the copy " +
    'itself, e.g. "40% off" needs "Terms apply.", or by an offer type), unsubstantiated claims, tone, copy length per ' +
    "field and for the whole ad per platform and format, palette (ΔE2000 on the image), logo, safe zone and the " +
    "rights/review state of every input asset. Pass plain copy as `copy` (a string) or fields (headline, body, cta, " +
    "disclaimer). Returns violations with rule id, severity (block|warn), location, measured value and fix, plus " +
    "safely auto-fixed copy.",
  toolset: "brand",
  annotations: { readOnlyHint: true, idempotentHint: true },
  input: z.object({
    brand: z.string().optional().describe("Brand slug or id; taken from the asset, or the only brand when omitted"),
    assetId: AssetId.optional().describe("Check this asset/output (its copy, render, layout and inputs)"),
    copy: z
      .union([FieldText.min(1, "is empty; pass the ad text"), CopyFields], {
        error: "must be the ad text as a string, or an object { headline, body, cta, disclaimer } of strings",
      })
      .optional()
      .describe(
        'The copy to check: plain ad text (the body, or labelled lines "Headline: …", "Primary text: …", "CTA: …", "Disclaimer: …") or its fields; overrides the asset\'s copy',
      ),
    headline: FieldText.optional().describe("Headline to check (same as copy.headline)"),
    body: FieldText.optional().describe("Body / primary text to check (same as copy.body)"),
    cta: FieldText.optional().describe("Call to action to check (same as copy.cta)"),
    disclaimer: FieldText.optional().describe("Disclaimer / small print to check (same as copy.disclaimer)"),
    text: FieldText.optional().describe("Plain copy text (same as copy given as a string)"),
    offerType: z.string().optional().describe("Offer type, e.g. financing, discount, trial (forces its disclaimers)"),
    platform: z.string().optional().describe("meta | google | tiktok | sms ... (selects length limits)"),
    format: z.string().optional().describe('Format as WIDTHxHEIGHT, e.g. "1080x1920"'),
    substantiationIds: z.array(z.string()).max(50).optional().describe("Evidence ids for claims in the copy"),
    inputAssetIds: z.array(AssetId).max(100).optional().describe("Input assets to check for rights and review state"),
    layout: z.record(z.string(), BoxView).optional().describe("Layout boxes in pixels (logo, headline, cta ...)"),
    imageBase64: z.string().max(20_000_000).optional().describe("Rendered image to check (PNG/JPEG, base64)"),
    ruleSetVersion: z.number().int().min(1).optional().describe("Check against this version instead of the newest"),
  }),
  output: z.object({
    passed: z.boolean().describe("True when there is no blocking violation"),
    ruleSetId: z.string().nullable(),
    ruleSetVersion: z.number().int().nullable(),
    violations: z.array(ViolationView),
    fixedCopy: CopyView.optional(),
    fixes: z.array(z.string()),
  }),
  async run(input, { services }) {
    const { checker, rules } = services.brand;
    const given = FIELDS.filter((f) => input[f] !== undefined);
    if (
      !input.assetId &&
      input.copy === undefined &&
      input.text === undefined &&
      !given.length &&
      !input.imageBase64 &&
      !input.inputAssetIds
    ) {
      throw invalidInput(
        "copy",
        "nothing to check",
        'Pass the ad text as copy (e.g. copy: "40% off today"), its fields (headline, body, cta, disclaimer), assetId, imageBase64 or inputAssetIds.',
      );
    }
    if (typeof input.copy === "string" && input.text !== undefined) {
      throw invalidInput("text", "duplicates copy", "Pass the ad text once, as copy or as text.");
    }
    const plainText = typeof input.copy === "string" ? input.copy : input.text;
    const plain = plainText !== undefined ? copyFromText(plainText) : {};
    const clash = given.find((f) => plain[f] !== undefined);
    if (clash) {
      throw invalidInput(
        clash,
        "is also given in the plain copy text",
        `Pass the ${clash} once: in the text or as ${clash}.`,
      );
    }
    const fromAsset = input.assetId ? await checker.candidateForAsset(input.assetId) : undefined;
    const brand = await rules.resolveBrand(input.brand ?? fromAsset?.brandId);
    const copy: CandidateCopy = {
      headline: "",
      cta: "",
      ...fromAsset?.copy,
      ...(typeof input.copy === "object" ? definedOnly(input.copy) : {}),
      ...Object.fromEntries(given.map((f) => [f, input[f]])),
      ...plain,
    };
    const candidate: Candidate = {
      brandId: brand.id,
      format: input.format ?? fromAsset?.format ?? "1080x1080",
      copy,
      inputAssetIds: input.inputAssetIds ?? fromAsset?.inputAssetIds ?? [],
    };
    const offerType = input.offerType ?? fromAsset?.offerType;
    const platform = input.platform ?? fromAsset?.platform;
    const layout = input.layout ?? fromAsset?.layout;
    const subs = input.substantiationIds ?? fromAsset?.substantiationIds;
    const image = input.imageBase64 ? Buffer.from(input.imageBase64, "base64") : fromAsset?.image;
    if (offerType) candidate.offerType = offerType;
    if (platform) candidate.platform = platform;
    if (layout) candidate.layout = layout;
    if (subs) candidate.substantiationIds = subs;
    if (image) candidate.image = image;
    let pinned = await checker.pinRuleSet(brand.id);
    if (input.ruleSetVersion !== undefined) {
      const { row } = await rules.get(brand.id, input.ruleSetVersion);
      pinned = { ruleSetId: row!.id, version: row!.version };
    }
    const outcome = await checker.checkCandidate(candidate, pinned);
    const blocking = outcome.violations.filter((v) => v.severity === "block");
    const lines = outcome.violations.map(
      (v) => `- [${v.severity}] ${v.ruleId}: ${v.message}${v.fix ? ` — fix: ${v.fix}` : ""}`,
    );
    const version = outcome.ruleSetVersion ? `v${outcome.ruleSetVersion}` : "no rule set";
    return {
      structured: {
        passed: blocking.length === 0,
        ruleSetId: outcome.ruleSetId,
        ruleSetVersion: outcome.ruleSetVersion,
        violations: outcome.violations,
        fixes: outcome.fixes ?? [],
        ...(outcome.fixedCopy ? { fixedCopy: outcome.fixedCopy } : {}),
      },
      text: `${blocking.length ? "BLOCKED" : "passed"} (${brand.slug} rules ${version}): ${outcome.violations.length} violation(s)${lines.length ? `\n${lines.join("\n")}` : ""}${outcome.fixes?.length ? `\nauto-fixes:\n${outcome.fixes.map((f) => `- ${f}`).join("\n")}` : ""}`,
    };
  },
});

const definedOnly = (o: Record<string, string | undefined>) =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<CandidateCopy>;
