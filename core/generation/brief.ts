import * as z from "zod";
import { invalidInput } from "../errors.ts";
import { SLOT_NAMES, type SlotName, type TemplateSpec } from "../templates/spec.ts";
import type { Factor } from "./design.ts";

export const GenerationBrief = z.object({
  brand: z.string().min(1).max(100).describe("Brand slug or id, e.g. kestrel"),
  campaign: z.string().max(200).optional().describe("Campaign id (cmp_...) or name; its budget cap applies"),
  audience: z.string().min(1).max(100).describe("Audience slot value, e.g. gen-z-runners"),
  objective: z.string().max(100).default("conversions").describe("Campaign objective, e.g. conversions, awareness"),
  offer: z.string().min(1).max(100).describe("Offer slot value, e.g. spring-20-off"),
  formats: z.array(z.string()).min(1).max(4).describe("Formats to make: 1:1, 9:16, 1.91:1, 4:5"),
  count: z.number().int().describe("How many variants (1 to the server's WINNOW_MAX_VARIANTS)"),
  budgetMicros: z.number().int().min(0).optional().describe("Spend cap for this call in micros ($1 = 1000000)"),
  tone: z.string().max(100).optional().describe("Fix the tone; omit to vary tone across variants"),
  templateId: z
    .string()
    .max(100)
    .optional()
    .describe("tpl_ (latest version) or tpv_ (exact version); default: brand's newest template"),
  seed: z
    .number()
    .int()
    .min(0)
    .max(2 ** 31)
    .default(1)
    .describe("Same seed + same template version = same variants"),
  slots: z
    .record(z.string(), z.union([z.string(), z.array(z.string()).min(1)]))
    .optional()
    .describe('Restrict other slots, e.g. {"product": "aero-3-ember", "hook": ["challenge", "benefit"]}'),
  stage: z
    .enum(["explore", "finalise"])
    .default("explore")
    .describe("explore: cheapest models; finalise: best quality"),
  models: z
    .object({ text: z.string().optional(), image: z.string().optional() })
    .optional()
    .describe('Force a model by id or name, e.g. {"text": "claude-haiku-4-5"}'),
});
export type GenerationBrief = z.output<typeof GenerationBrief>;

function checkValue(spec: TemplateSpec, slot: SlotName, value: string, field: string) {
  const allowed = spec.slots[slot]!.values.map((v) => v.id);
  if (!allowed.includes(value)) {
    throw invalidInput(
      field,
      `${JSON.stringify(value)} is not a value of slot ${slot}`,
      `Valid values: ${allowed.join(", ")}.`,
    );
  }
}

/**
 * Turns a brief into design factors: audience and offer are fixed, tone is fixed when given, formats come from the
 * brief, and every other slot varies over its allowed values (or the subset the brief names).
 */
export function briefFactors(spec: TemplateSpec, brief: GenerationBrief): Factor[] {
  checkValue(spec, "audience", brief.audience, "audience");
  checkValue(spec, "offer", brief.offer, "offer");
  if (brief.tone) checkValue(spec, "tone", brief.tone, "tone");
  for (const format of brief.formats) checkValue(spec, "format", format, "formats");
  const restrict: Partial<Record<SlotName, string[]>> = {};
  for (const [name, value] of Object.entries(brief.slots ?? {})) {
    if (!(SLOT_NAMES as readonly string[]).includes(name)) {
      throw invalidInput(`slots.${name}`, "is not a slot of this template", `Valid slots: ${SLOT_NAMES.join(", ")}.`);
    }
    const values = Array.isArray(value) ? value : [value];
    for (const v of values) checkValue(spec, name as SlotName, v, `slots.${name}`);
    restrict[name as SlotName] = [...new Set(values)];
  }
  const levels = (slot: SlotName): string[] => {
    if (slot === "audience") return [brief.audience];
    if (slot === "offer") return [brief.offer];
    if (slot === "format") return [...new Set(brief.formats)];
    if (slot === "tone" && brief.tone) return [brief.tone];
    return restrict[slot] ?? spec.slots[slot]!.values.map((v) => v.id);
  };
  return SLOT_NAMES.map((name) => ({ name, levels: levels(name) }));
}
