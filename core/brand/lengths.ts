import type { Violation } from "./checker.ts";
import type { CompiledRule } from "./compile.ts";
import { graphemeLength } from "./normalize.ts";
import { COPY_FIELD_NAMES } from "./rules.ts";

type LengthRule = Extract<CompiledRule["rule"], { kind: "copy_length" }>;
type Limit = LengthRule["limits"][number];
type Copy = Partial<Record<(typeof COPY_FIELD_NAMES)[number], string>>;

const specificity = (l: Limit) => (l.platforms ? 2 : 0) + (l.formats ? 1 : 0);
/** Limits compete only with limits measuring the same thing (one field, or a whole-ad total over the same fields). */
const measureKey = (l: Limit) =>
  l.field === "total" ? `total:${[...(l.include ?? COPY_FIELD_NAMES)].sort()}` : l.field;

/**
 * Copy length in graphemes (an emoji with skin tone counts once). Per measure, the most specific applicable limit wins
 * (platform beats format beats default), so "Google headline 30" overrides "headline 40" while a 9:16 overlay total and
 * a platform's whole-ad total both apply.
 */
export function checkLengths(
  rule: LengthRule,
  ctx: { copy: Copy; platform?: string | undefined; format: string },
): Violation[] {
  const out: Violation[] = [];
  const applicable = rule.limits
    .filter((l) => !l.platforms || (ctx.platform !== undefined && l.platforms.includes(ctx.platform)))
    .filter((l) => !l.formats || l.formats.includes(ctx.format));
  const chosen = new Map<string, Limit>();
  for (const l of applicable) {
    const key = measureKey(l);
    const current = chosen.get(key);
    if (!current || specificity(l) > specificity(current)) chosen.set(key, l);
  }
  for (const limit of chosen.values()) {
    const scope = [limit.platforms?.join("/"), limit.formats?.join("/")].filter(Boolean).join(" ") || "all formats";
    const where = { platform: ctx.platform, format: ctx.format };
    if (limit.field === "total") {
      const include = limit.include ?? [...COPY_FIELD_NAMES];
      const parts = Object.fromEntries(include.map((f) => [f, graphemeLength(ctx.copy[f] ?? "")]));
      const length = Object.values(parts).reduce((s, n) => s + n, 0);
      if (length === 0) continue;
      if (length > limit.max || (limit.min !== undefined && length < limit.min)) {
        out.push({
          ruleId: rule.id,
          kind: rule.kind,
          severity: rule.severity,
          message: `The whole ad (${include.join(" + ")}) is ${length} characters; ${scope} allows ${limit.min ?? 0}-${limit.max}`,
          measured: { field: "total", include, parts, length, max: limit.max, min: limit.min ?? 0, ...where },
          fix: rule.fix,
        });
      }
      continue;
    }
    const text = ctx.copy[limit.field];
    if (!text) continue; // an absent field is not a length problem
    const length = graphemeLength(text);
    if (length > limit.max || (limit.min !== undefined && length < limit.min)) {
      out.push({
        ruleId: rule.id,
        kind: rule.kind,
        severity: rule.severity,
        message: `${limit.field} is ${length} characters; ${scope} allows ${limit.min ?? 0}-${limit.max}`,
        location: { field: limit.field, start: 0, end: text.length },
        measured: { field: limit.field, length, max: limit.max, min: limit.min ?? 0, ...where },
        fix: rule.fix,
      });
    }
  }
  return out;
}
