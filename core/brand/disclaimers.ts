import type { CandidateCopy, Violation } from "./checker.ts";
import { type CompiledRule, type Token, tokensOf } from "./compile.ts";
import { type CopyField, type FieldViews, findHits, type Hit, overlaps } from "./matching.ts";
import { originalRange } from "./normalize.ts";

type DisclaimerCompiled = Extract<CompiledRule, { triggers: unknown }>;

interface FieldToken extends Token {
  field: CopyField;
  start: number;
  end: number;
}

/** First in-order occurrence of `needle` in `hay` within a window allowing a few inserted words, as [i, k). */
function findInOrder(hay: { t: string }[], needle: string[], from = 0): [number, number] | undefined {
  if (needle.length === 0) return [from, from];
  const slack = Math.max(2, Math.floor(needle.length / 2));
  for (let i = from; i < hay.length; i++) {
    if (hay[i]!.t !== needle[0]) continue;
    let j = 1;
    let k = i + 1;
    while (j < needle.length && k < hay.length && k - i < needle.length + slack) {
      if (hay[k]!.t === needle[j]) j++;
      k++;
    }
    if (j === needle.length) return [i, k];
  }
  return undefined;
}

function fieldTokens(fields: FieldViews[]): FieldToken[][] {
  return fields.map((f) =>
    tokensOf(f.views.plain.text).map((tok) => ({
      ...tok,
      field: f.field,
      ...originalRange(f.views.plain, tok.from, tok.to),
    })),
  );
}

/**
 * Where accepted disclaimer wordings (of any rule) stand in the copy. A disclaimer's own words never trigger another
 * disclaimer: "Free standard delivery on orders over £50." names a price but is not a price claim.
 */
function disclaimerSpans(rules: DisclaimerCompiled[], perField: FieldToken[][]) {
  const spans: { field: CopyField; start: number; end: number }[] = [];
  for (const tokens of perField) {
    for (const c of rules) {
      for (const v of c.variants) {
        if (!v.length) continue;
        let from = 0;
        for (let found = findInOrder(tokens, v, from); found; found = findInOrder(tokens, v, from)) {
          const [i, k] = found;
          spans.push({ field: tokens[i]!.field, start: tokens[i]!.start, end: tokens[k - 1]!.end });
          from = i + 1;
        }
      }
    }
  }
  return spans;
}

/**
 * Required disclaimers: a rule fires when the offer type is one of its offerTypes, or when any field of the ad matches
 * one of its triggers (outside disclaimer wordings and `except` phrases), and no field carries the disclaimer text or an
 * accepted wording. The safe fix appends the disclaimer text to the disclaimer field.
 */
export function checkDisclaimers(
  compiled: CompiledRule[],
  fields: FieldViews[],
  ctx: { copy: CandidateCopy; offerType?: string | undefined },
): { violations: Violation[]; fixes: string[]; disclaimer?: string } {
  const rules = compiled.filter((c): c is DisclaimerCompiled => c.rule.kind === "required_disclaimer");
  const violations: Violation[] = [];
  const fixes: string[] = [];
  if (!rules.length) return { violations, fixes };
  const perField = fieldTokens(fields);
  const all = perField.flat();
  let spans: ReturnType<typeof disclaimerSpans> | undefined;
  let disclaimer = ctx.copy.disclaimer;
  for (const c of rules) {
    const rule = c.rule;
    const byOffer = Boolean(ctx.offerType && rule.offerTypes.includes(ctx.offerType));
    let trigger: Hit | undefined;
    if (!byOffer && c.triggers.length) {
      const hits = findHits(fields, c.triggers);
      if (hits.length) {
        spans ??= disclaimerSpans(rules, perField);
        const excepted = c.triggerExcept.length ? findHits(fields, c.triggerExcept) : [];
        trigger = hits.find((h) => !spans!.some((s) => overlaps(s, h)) && !excepted.some((e) => overlaps(e, h)));
      }
    }
    if (!byOffer && !trigger) continue;
    if (c.variants.some((v) => findInOrder(all, v))) continue;
    const why = byOffer ? `Offer type "${ctx.offerType}"` : `"${trigger!.text}" in ${trigger!.field}`;
    violations.push({
      ruleId: rule.id,
      kind: rule.kind,
      severity: rule.severity,
      message: `${why} needs the disclaimer "${rule.text}"`,
      location: { field: "disclaimer", start: 0, end: (ctx.copy.disclaimer ?? "").length },
      measured: {
        present: ctx.copy.disclaimer ?? null,
        ...(byOffer ? { offerType: ctx.offerType } : {}),
        ...(trigger
          ? {
              trigger: {
                field: trigger.field,
                start: trigger.start,
                end: trigger.end,
                found: trigger.text,
                by: trigger.label,
              },
            }
          : {}),
      },
      fix: `${rule.fix} Auto-fix: append "${rule.text}" to the disclaimer.`,
    });
    disclaimer = [disclaimer?.trim(), rule.text].filter(Boolean).join(" ");
    fixes.push(`Appended the required disclaimer "${rule.text}" (rule ${rule.id}).`);
  }
  return { violations, fixes, ...(fixes.length ? { disclaimer } : {}) };
}
