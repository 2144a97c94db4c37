import * as z from "zod";
import { invalidInput } from "../core/errors.ts";
import { templateFromWinner } from "../core/experiments/winner-template.ts";
import { withinJsonBounds } from "../core/json-bounds.ts";
import { withHouseLayouts } from "../core/templates/layouts.ts";
import type { Services } from "../server/services.ts";
import { defineTool } from "./define.ts";

const VersionSummary = z.object({
  id: z.string(),
  version: z.number().int(),
  note: z.string().nullable(),
  derivedFromAssetId: z.string().nullable(),
  createdAt: z.string(),
});

export const TemplateViewSchema = z.object({
  id: z.string(),
  brandId: z.string().nullable(),
  name: z.string(),
  description: z.string().nullable(),
  latestVersion: z.number().int(),
  createdAt: z.string(),
  versions: z.array(VersionSummary),
  slots: z.record(z.string(), z.array(z.string())),
  formats: z.array(z.string()),
});

export const createTemplate = defineTool({
  name: "create_template",
  title: "Create template or template version",
  description:
    "Create an ad template, or a new immutable version of an existing one (pass templateId). The spec defines slots " +
    "(audience, offer, tone, format, hook, cta, product, scene, talent) with allowed values, copy banks per slot value " +
    "(rules {when: {slot: value}, texts: [...]} with {slot} placeholders, plus a fallback rule with empty when) and a " +
    "layout per format (omit layouts to use the house layouts for 1:1, 9:16, 1.91:1, 4:5). Old versions never change. " +
    "Pass derivedFromAssetId to record that a winning output was turned into this version; with derivedFromAssetId and " +
    "no spec, the version is built around that winner (its tone, hook and cta pinned, its lines first in the copy " +
    "banks) from the template it was generated from, or from templateId's latest version, or as a new template when " +
    "name is given. Every field (slot values " +
    "with assetId, image policy, layouts, style): docs/reference.md#template-spec; a valid starter: get_starter_file.",
  toolset: "generation",
  annotations: { readOnlyHint: false, destructiveHint: false, idempotentHint: false },
  input: z.object({
    templateId: z.string().regex(/^tpl_/).optional().describe("Add a version to this template instead of creating one"),
    brand: z.string().max(100).optional().describe("Brand slug or id (new templates)"),
    name: z.string().trim().min(1).max(200).optional().describe("Template name (required for a new template)"),
    description: z.string().max(2000).optional(),
    spec: withinJsonBounds(
      z.looseObject({ slots: z.record(z.string(), z.unknown()), copy: z.record(z.string(), z.unknown()) }),
    )
      .optional()
      .describe(
        "Template spec: slots, copy, optional layouts and style (leave out to build around derivedFromAssetId)",
      ),
    note: z.string().max(2000).optional().describe("What changed in this version"),
    derivedFromAssetId: z.string().regex(/^ast_/).optional().describe("Winning output this version was derived from"),
  }),
  output: z.object({ template: TemplateViewSchema, version: VersionSummary }),
  async run(input, { services, actor }) {
    const result = input.spec
      ? await services.templates.create({ ...input, spec: withHouseLayouts(input.spec) as never, actor })
      : await aroundWinner(input, services, actor);
    return {
      structured: result,
      text: `Template ${result.template.name} (${result.template.id}) v${result.version.version} = ${result.version.id}; formats ${result.template.formats.join(", ")}`,
    };
  },
});

/** A version built around a winning output when no spec is given ("cut a v3 of Spring Sprint off the City CTA winner"). */
async function aroundWinner(
  input: {
    templateId?: string;
    brand?: string;
    name?: string;
    description?: string;
    note?: string;
    derivedFromAssetId?: string;
  },
  services: Services,
  actor: string,
) {
  if (!input.derivedFromAssetId)
    throw invalidInput(
      "spec",
      "is required unless derivedFromAssetId names a winning output to build the version around",
      'Pass spec (a valid starter: get_starter_file {kind: "template"}), or derivedFromAssetId (an output of generate_variants).',
    );
  const t = await templateFromWinner(services, {
    assetId: input.derivedFromAssetId,
    templateId: input.templateId,
    name: input.name,
    brand: input.brand,
    description: input.description,
    note: input.note,
    actor,
    field: "derivedFromAssetId",
  });
  return { template: t.template, version: t.version };
}
