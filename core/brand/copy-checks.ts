import type { CandidateCopy, Violation } from "./checker.ts";
import { type CompiledRule, type CompiledRuleSet, disclaimerTokens, type Matcher } from "./compile.ts";
import { graphemeLength, type NormalizedText, normalizeFolded, normalizePlain, originalRange } from "./normalize.ts";

export const COPY_FIELDS = ["headline", "body", "cta", "disclaimer"] as const;
export type CopyField = (typeof COPY_FIELDS)[number];

/** Copy longer than this is refused before any regex runs (keeps every rule regex well inside its time budget). */
export const MAX_FIELD_CHARS = 5000;

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

interface FieldViews {
  field: CopyField;
  raw: string;
  plain: NormalizedText;
  folded: NormalizedText;
}

interface Hit {
  field: CopyField;
  start: number;
  end: number;
  label: string;
  text: string;
}

function views(copy: CandidateCopy): FieldViews[] {
  return COPY_FIELDS.flatMap((field) => {
    const raw = (copy[field] ?? "").slice(0, MAX_FIELD_CHARS);
    return raw ? [{ field, raw, plain: normalizePlain(raw), folded: normalizeFolded(raw) }] : [];
  });
}

/** All matches of the matchers in every field, de-duplicated by original range. */
function findHits(fields: FieldViews[], matchers: Matcher[]): Hit[] {
  const hits = new Map<string, Hit>();
  for (const f of fields) {
    for (const m of matchers) {
      const norm = m.view === "plain" ? f.plain : f.folded;
      for (const match of norm.text.matchAll(m.re)) {
        if (match[0].length === 0) continue;
        const r = originalRange(norm, match.index, match.index + match[0].length);
        const key = `${f.field}:${r.start}:${r.end}`;
        if (!hits.has(key)) hits.set(key, { field: f.field, ...r, label: m.label, text: f.raw.slice(r.start, r.end) });
      }
    }
  }
  return [...hits.values()].sort((a, b) => a.field.localeCompare(b.field) || a.start - b.start);
}

const overlaps = (a: Hit, b: Hit) => a.field === b.field && a.start < b.end && b.start < a.end;

function violation(rule: CompiledRule["rule"], message: string, extra: Partial<Violation> = {}): Violation {
  return { ruleId: rule.id, kind: rule.kind, severity: rule.severity, message, fix: rule.fix, ...extra };
}

export async function checkCopy(compiled: CompiledRuleSet, ctx: CopyContext, judge?: ToneJudge): Promise<CopyOutcome> {
  const fields = views(ctx.copy);
  const violations: Violation[] = [];
  const fixes: string[] = [];
  const fixed: CandidateCopy = { ...ctx.copy };
  const replacements: { field: CopyField; start: number; end: number; with: string; from: string }[] = [];

  for (const c of compiled.rules) {
    switch (c.rule.kind) {
      case "banned_phrase": {
        const rule = c.rule;
        for (const hit of findHits(fields, (c as { matchers: Matcher[] }).matchers)) {
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
        for (const hit of findHits(fields, matchers)) {
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
      case "required_disclaimer": {
        const rule = c.rule;
        if (!ctx.offerType || !rule.offerTypes.includes(ctx.offerType)) break;
        const tokens = disclaimerTokens(fields.map((f) => f.raw).join(" \n "));
        const variants = (c as { variants: string[][] }).variants;
        if (variants.some((v) => containsInOrder(tokens, v))) break;
        violations.push(
          violation(rule, `Offer type "${ctx.offerType}" needs the disclaimer "${rule.text}"`, {
            location: { field: "disclaimer", start: 0, end: (ctx.copy.disclaimer ?? "").length },
            measured: { present: ctx.copy.disclaimer ?? null },
            fix: `${rule.fix} Auto-fix: append "${rule.text}" to the disclaimer.`,
          }),
        );
        fixed.disclaimer = [fixed.disclaimer?.trim(), rule.text].filter(Boolean).join(" ");
        fixes.push(`Appended the required disclaimer "${rule.text}" (rule ${rule.id}).`);
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
  return { violations, fixes, ...(fixes.length ? { fixedCopy: fixed } : {}) };
}

/** True when `needle` appears in `hay` in order, within a window allowing a few inserted words. */
function containsInOrder(hay: string[], needle: string[]): boolean {
  if (needle.length === 0) return true;
  const slack = Math.max(2, Math.floor(needle.length / 2));
  for (let i = 0; i < hay.length; i++) {
    if (hay[i] !== needle[0]) continue;
    let j = 1;
    let k = i + 1;
    while (j < needle.length && k < hay.length && k - i < needle.length + slack) {
      if (hay[k] === needle[j]) j++;
      k++;
    }
    if (j === needle.length) return true;
  }
  return false;
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

function checkLengths(rule: Extract<CompiledRule["rule"], { kind: "copy_length" }>, ctx: CopyContext): Violation[] {
  const out: Violation[] = [];
  for (const field of COPY_FIELDS) {
    const specific = (l: (typeof rule.limits)[number]) => (l.platforms ? 2 : 0) + (l.formats ? 1 : 0);
    const applicable = rule.limits
      .filter((l) => l.field === field)
      .filter((l) => !l.platforms || (ctx.platform !== undefined && l.platforms.includes(ctx.platform)))
      .filter((l) => !l.formats || l.formats.includes(ctx.format))
      .sort((a, b) => specific(b) - specific(a));
    const limit = applicable[0];
    const text = ctx.copy[field];
    if (!limit || !text) continue; // an absent field is not a length problem
    const length = graphemeLength(text);
    const scope = [limit.platforms?.join("/"), limit.formats?.join("/")].filter(Boolean).join(" ") || "all formats";
    if (length > limit.max || (limit.min !== undefined && length < limit.min)) {
      out.push(
        violation(rule, `${field} is ${length} characters; ${scope} allows ${limit.min ?? 0}-${limit.max}`, {
          location: { field, start: 0, end: text.length },
          measured: { field, length, max: limit.max, min: limit.min ?? 0, platform: ctx.platform, format: ctx.format },
        }),
      );
    }
  }
  return out;
}
