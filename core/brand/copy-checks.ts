import type { CandidateCopy, Violation } from "./checker.ts";
import type { CompiledRule, CompiledRuleSet, Matcher } from "./compile.ts";
import { checkDisclaimers } from "./disclaimers.ts";
import { checkLengths } from "./lengths.ts";
import { COPY_FIELDS, type CopyField, type FieldViews, fieldViews, findHits, type Hit, overlaps } from "./matching.ts";

export { COPY_FIELDS, type CopyField, MAX_FIELD_CHARS } from "./matching.ts";

export interface CopyContext {
  copy: CandidateCopy;
  offerType?: string | undefined;
  platform?: string | undefined;
  format: string;
  substantiationIds?: string[] | undefined;
}

/** An optional LLM tone judge; the lexicon runs when none is configured. */
export interface ToneJudge {
  judge(input: { text: string; voice: string }): Promise<{ score: number; reasons: string[]; model: string }>;
}

export interface CopyOutcome {
  violations: Violation[];
  fixedCopy?: CandidateCopy;
  fixes: string[];
}

function violation(rule: CompiledRule["rule"], message: string, extra: Partial<Violation> = {}): Violation {
  return { ruleId: rule.id, kind: rule.kind, severity: rule.severity, message, fix: rule.fix, ...extra };
}

/** Drops hits inside a longer hit ("miracle" inside "miracle cure"), so one wording is reported once. */
const outermost = (hits: Hit[]) =>
  hits.filter(
    (h) =>
      !hits.some(
        (o) => o !== h && overlaps(o, h) && o.start <= h.start && o.end >= h.end && o.end - o.start > h.end - h.start,
      ),
  );

export async function checkCopy(compiled: CompiledRuleSet, ctx: CopyContext, judge?: ToneJudge): Promise<CopyOutcome> {
  const fields = fieldViews(ctx.copy);
  const violations: Violation[] = [];
  const fixes: string[] = [];
  const fixed: CandidateCopy = { ...ctx.copy };
  const replacements: { field: CopyField; start: number; end: number; with: string; from: string }[] = [];

  for (const c of compiled.rules) {
    switch (c.rule.kind) {
      case "banned_phrase": {
        const rule = c.rule;
        for (const hit of outermost(findHits(fields, (c as { matchers: Matcher[] }).matchers))) {
          const synonym = rule.replacements[hit.label] ?? rule.replacements[hit.label.toLowerCase()];
          violations.push(
            violation(rule, `Banned phrase "${hit.label}" in ${hit.field}: "${hit.text}"`, {
              location: { field: hit.field, start: hit.start, end: hit.end },
              measured: { phrase: hit.label, found: hit.text },
              ...(synonym ? { fix: `${rule.fix} Auto-fix: replace with "${synonym}".` } : {}),
            }),
          );
          if (synonym) replacements.push({ ...hit, with: synonym, from: hit.text });
        }
        break;
      }
      case "claim": {
        const rule = c.rule;
        const { matchers, except } = c as { matchers: Matcher[]; except: Matcher[] };
        const excepted = findHits(fields, except);
        const attached = new Set(ctx.substantiationIds ?? []);
        for (const hit of outermost(findHits(fields, matchers))) {
          if (excepted.some((e) => overlaps(e, hit))) continue;
          const registered = rule.substantiations[hit.label] ?? [];
          const ok = registered.length ? registered.some((id) => attached.has(id)) : attached.size > 0;
          if (ok) continue;
          violations.push(
            violation(rule, `Claim "${hit.text}" in ${hit.field} needs substantiation`, {
              location: { field: hit.field, start: hit.start, end: hit.end },
              measured: { claim: hit.label, attached: [...attached], accepted: registered },
            }),
          );
        }
        break;
      }
      case "tone":
        violations.push(...(await checkTone(c as Extract<CompiledRule, { matchers: Matcher[] }>, fields, judge)));
        break;
      case "copy_length":
        violations.push(...checkLengths(c.rule, ctx));
        break;
      default:
        break;
    }
  }
  // Disclaimers run once over all their rules: one rule's wording must not trigger another.
  const disclaimers = checkDisclaimers(compiled.rules, fields, ctx);
  violations.push(...disclaimers.violations);
  if (disclaimers.disclaimer !== undefined) fixed.disclaimer = disclaimers.disclaimer;
  fixes.push(...disclaimers.fixes);

  // Apply synonym replacements right-to-left per field so earlier ranges stay valid.
  for (const field of COPY_FIELDS) {
    const list = replacements.filter((r) => r.field === field).sort((a, b) => b.start - a.start);
    let text = fixed[field] ?? "";
    for (const r of list) {
      const replacement = matchCase(r.from, r.with);
      text = text.slice(0, r.start) + replacement + text.slice(r.end);
      fixes.push(`Replaced "${r.from}" with "${replacement}" in ${field}.`);
    }
    if (list.length) fixed[field] = text;
  }
  return { violations: ordered(compiled, violations), fixes, ...(fixes.length ? { fixedCopy: fixed } : {}) };
}

/** Violations in rule-set order (the order the brand wrote its rules), then by position. */
function ordered(compiled: CompiledRuleSet, violations: Violation[]): Violation[] {
  const rank = new Map(compiled.rules.map((c, i) => [c.rule.id, i]));
  return violations
    .map((v, i) => ({ v, i }))
    .sort((a, b) => (rank.get(a.v.ruleId) ?? 0) - (rank.get(b.v.ruleId) ?? 0) || a.i - b.i)
    .map((x) => x.v);
}

function matchCase(original: string, replacement: string): string {
  if (original.length > 1 && original === original.toUpperCase()) return replacement.toUpperCase();
  if (/^\p{Lu}/u.test(original)) return replacement.charAt(0).toUpperCase() + replacement.slice(1);
  return replacement;
}

async function checkTone(
  c: Extract<CompiledRule, { matchers: Matcher[] }>,
  fields: FieldViews[],
  judge: ToneJudge | undefined,
): Promise<Violation[]> {
  const rule = c.rule as Extract<CompiledRule["rule"], { kind: "tone" }>;
  const out: Violation[] = [];
  const text = fields.map((f) => f.raw).join("\n");
  if (rule.judge === "llm" && judge) {
    const verdict = await judge.judge({ text, voice: rule.voice ?? "" });
    if (verdict.score < rule.minScore) {
      out.push(
        violation(rule, `Tone judged off-brand (score ${verdict.score.toFixed(2)} < ${rule.minScore})`, {
          measured: { judge: "llm", model: verdict.model, score: verdict.score, reasons: verdict.reasons },
        }),
      );
    }
    return out;
  }
  const hits = findHits(fields, c.matchers);
  if (hits.length > rule.maxOffTone) {
    const first = hits[0]!;
    out.push(
      violation(rule, `Off-tone wording: ${hits.map((h) => `"${h.text}"`).join(", ")}`, {
        location: { field: first.field, start: first.start, end: first.end },
        measured: { judge: "lexicon", offTone: hits.map((h) => h.label), count: hits.length, max: rule.maxOffTone },
      }),
    );
  }
  const exclamations = (text.match(/[!！]/g) ?? []).length;
  if (exclamations > rule.maxExclamations) {
    out.push(
      violation(rule, `${exclamations} exclamation marks (max ${rule.maxExclamations})`, {
        measured: { judge: "lexicon", exclamations, max: rule.maxExclamations },
      }),
    );
  }
  const letters = (text.match(/\p{L}/gu) ?? []).length;
  const shouted = (text.match(/\b\p{Lu}{4,}\b/gu) ?? []).join("").length;
  const ratio = letters ? shouted / letters : 0;
  if (ratio > rule.maxUppercaseRatio) {
    out.push(
      violation(rule, `Shouting: ${(ratio * 100).toFixed(0)}% of letters in ALL-CAPS words`, {
        measured: { judge: "lexicon", uppercaseRatio: Number(ratio.toFixed(3)), max: rule.maxUppercaseRatio },
      }),
    );
  }
  return out;
}
