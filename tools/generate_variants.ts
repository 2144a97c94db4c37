import * as z from "zod";
import { GenerationBrief } from "../core/generation/brief.ts";
import { assetUri, thumbnailUri } from "../core/library/types.ts";
import { defineTool } from "./define.ts";

const Slots = z.record(z.string(), z.string());
const Copy = z.object({ headline: z.string(), body: z.string(), cta: z.string(), disclaimer: z.string().optional() });

export const generateVariants = defineTool({
  name: "generate_variants",
  title: "Generate ad variants",
  description:
    "Make a designed set of ad variants from a brief: audience and offer fixed, formats given, other slots (tone, hook, " +
    "cta, product, scene, talent) varied by a full-factorial or balanced fractional design so slot effects can be " +
    "measured later. A variant whose product has no image to place (value without assetId, asset missing, not an " +
    "image or blocked) is skipped and counted (skipped: missing image) unless the slot's image is optional; a missing " +
    "optional image (scene, talent, logo) is flagged on the variant. Each variant is rendered, brand-checked (one repair, else dropped with the reason), stored as an " +
    "output asset (status generated) with lineage to its template version, prompt version, models and input assets, " +
    "and costed. Near-duplicates of existing outputs are dropped. Stops early, and says so, when the budget would be " +
    "crossed. Reports progress per variant.",
  toolset: "generation",
  annotations: { readOnlyHint: false, destructiveHint: false, idempotentHint: false, openWorldHint: true },
  input: GenerationBrief,
  output: z.object({
    batchId: z.string(),
    templateVersionId: z.string(),
    promptVersionId: z.string(),
    models: z.object({ text: z.string(), image: z.string() }),
    design: z.object({
      kind: z.string(),
      fullFactorialSize: z.number().int(),
      marginalSpread: z.number(),
      pairImbalance: z.number(),
      factors: z.record(z.string(), z.array(z.string())),
    }),
    variants: z.array(
      z.object({
        assetId: z.string(),
        runId: z.string(),
        slots: Slots,
        copy: Copy,
        costMicros: z.number().int(),
        thumbnailUri: z.string(),
        uri: z.string(),
        warnings: z.array(z.string()),
      }),
    ),
    dropped: z.array(z.object({ index: z.number().int(), runId: z.string(), slots: Slots, reason: z.string() })),
    failed: z.array(z.object({ index: z.number().int(), runId: z.string(), slots: Slots, error: z.string() })),
    skipped: z
      .array(
        z.object({
          index: z.number().int(),
          slots: Slots,
          reason: z.string(),
          missing: z.array(
            z.object({
              slot: z.string(),
              value: z.string(),
              assetId: z.string().nullable(),
              policy: z.string(),
              problem: z.string(),
              fix: z.string(),
            }),
          ),
        }),
      )
      .describe("Variants not rendered: a required image (the product, by default) has nothing to place"),
    summary: z.object({
      created: z.number().int(),
      dropped: z.number().int(),
      failed: z.number().int(),
      skippedMissingImage: z.number().int().describe("Variants skipped: missing image"),
      flaggedMissingImage: z.number().int().describe("Variants made without an optional image (scene, talent, logo)"),
    }),
    costMicros: z.number().int(),
    estimatedPerVariantMicros: z.number().int(),
    budget: z.object({
      capMicros: z.number().int().nullable(),
      source: z.string().nullable(),
      stopped: z.boolean(),
      message: z.string().nullable(),
    }),
  }),
  async run(brief, { services, actor, progress, signal }) {
    const result = await services.generation.generate(brief, { actor, progress, signal });
    const variants = result.created.map((v) => ({
      assetId: v.assetId,
      runId: v.runId,
      slots: v.slots,
      copy: v.copy,
      costMicros: v.costMicros,
      thumbnailUri: thumbnailUri(v.assetId),
      uri: assetUri(v.assetId),
      warnings: v.warnings,
    }));
    const lines = variants.map(
      (v) => `${v.assetId} ${v.slots.format} ${v.slots.tone}/${v.slots.hook}/${v.slots.product}: "${v.copy.headline}"`,
    );
    const extra = [
      result.dropped.length
        ? `dropped ${result.dropped.length}: ${result.dropped.map((d) => d.reason).join("; ")}`
        : "",
      result.failed.length ? `failed ${result.failed.length}: ${result.failed[0]!.error}` : "",
      ...missingImageLines(result),
      result.budget.message ?? "",
    ].filter(Boolean);
    return {
      structured: {
        ...result,
        variants,
        dropped: result.dropped.map(({ index, runId, slots, reason }) => ({ index, runId, slots, reason })),
      },
      text: `Made ${variants.length} variant(s) (${result.design.kind} design) for ${result.costMicros} micros.\n${lines.join("\n")}${extra.length ? `\n${extra.join("\n")}` : ""}`,
      links: variants.map((v) => ({
        uri: v.thumbnailUri,
        name: `${v.slots.format} ${v.slots.tone}/${v.slots.hook}`,
        mimeType: "image/webp",
      })),
    };
  },
});

/** The run's missing-image lines: how many were skipped or flagged, and each distinct problem once with its fix. */
function missingImageLines(result: {
  skipped: { missing: { problem: string; fix: string }[] }[];
  created: { missingImages: { problem: string; fix: string }[] }[];
  summary: { skippedMissingImage: number; flaggedMissingImage: number };
}): string[] {
  const lines: string[] = [];
  const distinct = (items: { problem: string; fix: string }[]) => [
    ...new Map(items.map((m) => [m.problem, `  ${m.problem}. ${m.fix}`])).values(),
  ];
  if (result.summary.skippedMissingImage) {
    lines.push(`skipped: missing image ${result.summary.skippedMissingImage}`);
    lines.push(...distinct(result.skipped.flatMap((s) => s.missing)));
  }
  if (result.summary.flaggedMissingImage) {
    lines.push(`flagged: made without an image ${result.summary.flaggedMissingImage}`);
    lines.push(...distinct(result.created.flatMap((c) => c.missingImages)));
  }
  return lines;
}
