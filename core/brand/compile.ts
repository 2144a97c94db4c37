import { normalizePlain, phrasePattern } from "./normalize.ts";
import type { Rule, RuleSetSpec } from "./rules.ts";
import { BUILTIN_TRIGGER_PATTERNS } from "./triggers.ts";

/** A rule set with every regex built once; cached per rule-set id (versions are immutable). */
export interface CompiledRuleSet {
  ruleSetId: string | null;
  version: number | null;
  brandId: string;
  spec: RuleSetSpec;
  rules: CompiledRule[];
}

/** Which normalised view a matcher reads (see normalize.ts). */
export type View = "plain" | "phrase" | "folded" | "foldedL";

export interface Matcher {
  label: string;
  view: View;
  re: RegExp;
  /** Phrase matchers refuse matches that are numbers or codes made of leet digits ("455" is not "ass"). */
  wordOnly?: boolean;
}

type DisclaimerRule = Extract<Rule, { kind: "required_disclaimer" }>;

export type CompiledRule =
  | { rule: Extract<Rule, { kind: "banned_phrase" }>; matchers: Matcher[] }
  | { rule: Extract<Rule, { kind: "claim" }>; matchers: Matcher[]; except: Matcher[] }
  | { rule: DisclaimerRule; variants: string[][]; triggers: Matcher[]; triggerExcept: Matcher[] }
  | { rule: Extract<Rule, { kind: "tone" }>; matchers: Matcher[] }
  | { rule: Exclude<Rule, { kind: "banned_phrase" | "claim" | "required_disclaimer" | "tone" }> };

const FLAGS = "gu";

export function phraseMatchers(phrases: string[]): Matcher[] {
  return phrases.map((phrase) => ({
    label: phrase,
    view: "phrase" as const,
    re: new RegExp(phrasePattern(phrase), FLAGS),
    wordOnly: !/\p{N}/u.test(phrase), // "#1" or "no. 1" name a number on purpose
  }));
}

/** User regexes read the plain view and both leet foldings (a "1" may be an i or an l). */
function patternMatchers(patterns: string[], label = (p: string) => `/${p}/`): Matcher[] {
  return patterns.flatMap((p) =>
    (["plain", "folded", "foldedL"] as const).map((view) => ({
      label: label(p),
      view,
      re: new RegExp(p, `${FLAGS}i`),
    })),
  );
}

function triggerMatchers(rule: DisclaimerRule): Matcher[] {
  const t = rule.triggers;
  if (!t) return [];
  const builtin = t.builtin.flatMap((name) =>
    BUILTIN_TRIGGER_PATTERNS[name].patterns.flatMap((p) =>
      (["plain", "folded"] as const).map((view) => ({ label: name, view, re: new RegExp(p, `${FLAGS}i`) })),
    ),
  );
  return [...builtin, ...phraseMatchers(t.phrases), ...patternMatchers(t.patterns)];
}

/**
 * Content tokens of a text for disclaimer matching, each with its range in the normalised text: lower-cased, "&" and
 * "T&Cs" spelled out, punctuation and filler words dropped.
 */
export interface Token {
  t: string;
  from: number;
  to: number;
}

const STOP = new Set(["the", "a", "an", "of", "to", "for", "is", "are", "be", "on", "in", "at", "by"]);
const TOKEN = /t\s*&\s*cs?\b|ts\s*&\s*cs\b|&|[\p{L}\p{N}%]+/gu;

export function tokensOf(normalized: string): Token[] {
  const out: Token[] = [];
  for (const m of normalized.matchAll(TOKEN)) {
    const from = m.index;
    const to = from + m[0].length;
    const words = m[0] === "&" ? ["and"] : m[0].includes("&") ? ["terms", "and", "conditions"] : [m[0]];
    for (const t of words) if (!STOP.has(t)) out.push({ t, from, to });
  }
  return out;
}

export function disclaimerTokens(text: string): string[] {
  return tokensOf(normalizePlain(text).text).map((x) => x.t);
}

export function compileRuleSet(
  spec: RuleSetSpec,
  meta: { ruleSetId: string | null; version: number | null; brandId: string },
): CompiledRuleSet {
  const rules = spec.rules.map((rule): CompiledRule => {
    switch (rule.kind) {
      case "banned_phrase":
        return { rule, matchers: [...phraseMatchers(rule.phrases), ...patternMatchers(rule.patterns)] };
      case "claim":
        return {
          rule,
          matchers: [...phraseMatchers(rule.phrases), ...patternMatchers(rule.patterns)],
          except: phraseMatchers(rule.except),
        };
      case "required_disclaimer":
        return {
          rule,
          variants: [rule.text, ...rule.accept].map(disclaimerTokens),
          triggers: triggerMatchers(rule),
          triggerExcept: phraseMatchers(rule.triggers?.except ?? []),
        };
      case "tone":
        return { rule, matchers: phraseMatchers(rule.offTone) };
      default:
        return { rule };
    }
  });
  return { ...meta, spec, rules };
}
