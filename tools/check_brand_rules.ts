import * as z from "zod";
import type { Candidate } from "../core/brand/checker.ts";
import { invalidInput } from "../core/errors.ts";
import { AssetId } from "../core/library/types.ts";
import { requireBrand } from "../db/repositories/brands.ts";
import { ruleSetVersion } from "../db/repositories/rules.ts";
import { BoxView, CopyView, ViolationView } from "./brand-views.ts";
import { defineTool } from "./define.ts";

export const checkBrandRules = defineTool({
  name: "check_brand_rules",
  title: "Check brand rules",
  description:
    "Check ad copy, a library asset or a generated output against the brand's rule set before it ships: banned phrases " +
    "(also obfuscated), required disclaimers per offer type, unsubstantiated claims, tone, copy length per platform and " +
    "format, palette (ΔE2000 on the image), logo, safe zone and the rights/review state of every input asset. Returns " +
    "violations with rule id, severity (block|warn), location, measured value and fix, plus safely auto-fixed copy.",
  toolset: "brand",
  annotations: { readOnlyHint: true, idempotentHint: true },
  input: z.object({
    brand: z.string().optional().describe("Brand slug or id; taken from the asset when assetId is given"),
    assetId: AssetId.optional().describe("Check this asset/output (its copy, render, layout and inputs)"),
    copy: CopyView.partial({ headline: true, cta: true }).optional().describe("Copy to check (overrides the asset's)"),
    text: z.string().max(5000).optional().describe("Plain copy text; checked as the body"),
    offerType: z.string().optional().describe("Offer type, e.g. financing, discount, trial (selects disclaimers)"),
    platform: z.string().optional().describe("meta | google | tiktok ..."),
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
    const { db } = services.database;
    const { checker } = services.brand;
    if (!input.assetId && !input.copy && input.text === undefined && !input.imageBase64 && !input.inputAssetIds) {
      throw invalidInput("input", "nothing to check", "Pass text, copy, assetId, imageBase64 or inputAssetIds.");
    }
    const fromAsset = input.assetId ? await checker.candidateForAsset(input.assetId) : undefined;
    const brandRef = input.brand ?? fromAsset?.brandId;
    if (!brandRef)
      throw invalidInput("brand", "is required when no assetId is given", "Pass the brand slug, e.g. kestrel.");
    const brand = await requireBrand(db, brandRef);
    const copy = { headline: "", cta: "", ...fromAsset?.copy, ...input.copy };
    if (input.text !== undefined) copy.body = input.text;
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
      const row = await ruleSetVersion(db, brand.id, input.ruleSetVersion);
      if (!row)
        throw invalidInput(
          "ruleSetVersion",
          `${brand.slug} has no version ${input.ruleSetVersion}`,
          "Omit it to use the newest.",
        );
      pinned = { ruleSetId: row.id, version: row.version };
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
