import type { Rng } from "../generation/rng.ts";
import {
  COPY_FIELDS,
  type CopyField,
  type CopyRule,
  type FormatId,
  type SlotChoice,
  type SlotName,
  slotValue,
  type TemplateSpec,
} from "./spec.ts";

export interface AdCopy {
  headline: string;
  body: string;
  cta: string;
  disclaimer?: string;
}

/** Rules whose conditions all hold, keeping only the most specific ones (most conditions matched). */
export function matchingRules(rules: readonly CopyRule[], slots: SlotChoice): CopyRule[] {
  const hits = rules.filter((r) => Object.entries(r.when).every(([slot, value]) => slots[slot as SlotName] === value));
  const best = Math.max(...hits.map((r) => Object.keys(r.when).length));
  return hits.filter((r) => Object.keys(r.when).length === best);
}

/** Substitutes {slot} placeholders with the chosen values' labels. */
export function fillPattern(pattern: string, spec: TemplateSpec, slots: SlotChoice): string {
  return pattern.replace(/\{([a-z_]+)\}/g, (whole, name: string) => {
    const id = slots[name as SlotName];
    return id === undefined ? whole : (slotValue(spec, name as SlotName, id)?.label ?? id);
  });
}

/** The candidate texts for one copy field, in bank order. */
export function candidatesFor(spec: TemplateSpec, slots: SlotChoice, field: CopyField): string[] {
  const texts = matchingRules(spec.copy[field], slots).flatMap((r) => r.texts);
  return [...new Set(texts.map((t) => fillPattern(t, spec, slots)))];
}

/**
 * Candidates that fit `maxChars`: from the most specific matching rules, else from any matching rule, else the
 * shortest line (a brand check will then say it is too long).
 */
function fittingCandidates(spec: TemplateSpec, slots: SlotChoice, field: CopyField, maxChars: number | undefined) {
  const specific = candidatesFor(spec, slots, field);
  if (maxChars === undefined) return specific;
  const fits = (t: string) => t.length <= maxChars;
  if (specific.some(fits)) return specific.filter(fits);
  const any = spec.copy[field]
    .filter((r) => Object.entries(r.when).every(([slot, value]) => slots[slot as SlotName] === value))
    .flatMap((r) => r.texts.map((t) => fillPattern(t, spec, slots)));
  if (any.some(fits)) return [...new Set(any.filter(fits))];
  return [[...specific].sort((a, b) => a.length - b.length)[0]!];
}

/**
 * Deterministic, offline copy: one seeded choice per field from the template's banks. `avoid` lets a repair pick a
 * different line for a field that failed a brand rule.
 */
export function fillCopy(
  spec: TemplateSpec,
  slots: SlotChoice,
  rng: Rng,
  avoid: Partial<Record<CopyField, string>> = {},
): AdCopy {
  const copy = {} as AdCopy;
  for (const field of COPY_FIELDS) {
    const limit = field === "cta" ? undefined : spec.layouts[slots.format as FormatId]?.maxChars[field];
    const all = fittingCandidates(spec, slots, field, limit);
    const allowed = all.filter((t) => t !== avoid[field]);
    copy[field] = rng.pick(allowed.length ? allowed : all);
  }
  const disclaimer = slotValue(spec, "offer", slots.offer)?.disclaimer;
  if (disclaimer) copy.disclaimer = disclaimer;
  return copy;
}
