import { normalizePlain, phraseBody, WORD_END, WORD_START } from "./normalize.ts";
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
  /** A rule's phrases share one regex; a match is attributed to the phrase whose own regex matches it whole. */
  phrases?: { label: string; exact: RegExp; wordOnly: boolean }[];
}

type DisclaimerRule = Extract<Rule, { kind: "required_disclaimer" }>;

export type CompiledRule =
  | { rule: Extract<Rule, { kind: "banned_phrase" }>; matchers: Matcher[] }
  | { rule: Extract<Rule, { kind: "claim" }>; matchers: Matcher[]; except: Matcher[] }
  | { rule: DisclaimerRule; variants: string[][]; triggers: Matcher[]; triggerExcept: Matcher[] }
  | { rule: Extract<Rule, { kind: "tone" }>; matchers: Matcher[] }
  | { rule: Exclude<Rule, { kind: "banned_phrase" | "claim" | "required_disclaimer" | "tone" }> };

const FLAGS = "gu";

/** Each built-in trigger as one alternation, compiled once for every rule set. */
const BUILTIN_REGEX = new Map(
  Object.entries(BUILTIN_TRIGGER_PATTERNS).map(([name, t]) => [
    name,
    new RegExp(t.patterns.map((p) => `(?:${p})`).join("|"), `${FLAGS}i`),
  ]),
);

/**
 * All of a rule's phrases as ONE regex over the phrase view (longest first, so "miracle cure" wins over "miracle"):
 * one pass over the text per rule instead of one per phrase.
 */
export function phraseMatchers(phrases: string[]): Matcher[] {
  if (!phrases.length) return [];
  const entries = [...new Set(phrases)]
    .map((label) => ({ label, body: phraseBody(label) }))
    .filter((e) => e.body)
    .sort((a, b) => b.label.length - a.label.length);
  return [
    {
      label: entries[0]?.label ?? "",
      view: "phrase" as const,
      re: new RegExp(`${WORD_START}(?:${entries.map((e) => e.body).join("|")})${WORD_END}`, FLAGS),
      phrases: entries.map((e) => ({
        label: e.label,
        exact: new RegExp(`^(?:${e.body})$`, "u"),
        wordOnly: !/\p{N}/u.test(e.label), // "#1" or "no. 1" name a number on purpose
      })),
    },
  ];
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
  const builtin = t.builtin.flatMap((name) => {
    const re = BUILTIN_REGEX.get(name)!;
    return (["plain", "folded"] as const).map((view) => ({ label: name, view, re }));
  });
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
