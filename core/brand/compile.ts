import { normalizeFolded, normalizePlain, phrasePattern } from "./normalize.ts";
import type { Rule, RuleSetSpec } from "./rules.ts";

/** A rule set with every regex built once; cached per rule-set id (versions are immutable). */
export interface CompiledRuleSet {
  ruleSetId: string | null;
  version: number | null;
  brandId: string;
  spec: RuleSetSpec;
  rules: CompiledRule[];
}

export interface Matcher {
  label: string;
  view: "plain" | "folded";
  re: RegExp;
}

export type CompiledRule =
  | { rule: Extract<Rule, { kind: "banned_phrase" }>; matchers: Matcher[] }
  | { rule: Extract<Rule, { kind: "claim" }>; matchers: Matcher[]; except: Matcher[] }
  | { rule: Extract<Rule, { kind: "required_disclaimer" }>; variants: string[][] }
  | { rule: Extract<Rule, { kind: "tone" }>; matchers: Matcher[] }
  | { rule: Exclude<Rule, { kind: "banned_phrase" | "claim" | "required_disclaimer" | "tone" }> };

const FLAGS = "gu";

function phraseMatchers(phrases: string[], views: ("plain" | "folded")[]): Matcher[] {
  const out: Matcher[] = [];
  for (const phrase of phrases) {
    for (const view of views) {
      const normalize = view === "plain" ? normalizePlain : normalizeFolded;
      out.push({ label: phrase, view, re: new RegExp(phrasePattern(phrase, normalize), FLAGS) });
    }
  }
  return out;
}

function patternMatchers(patterns: string[]): Matcher[] {
  return patterns.flatMap((p) => [
    { label: `/${p}/`, view: "plain" as const, re: new RegExp(p, `${FLAGS}i`) },
    { label: `/${p}/`, view: "folded" as const, re: new RegExp(p, `${FLAGS}i`) },
  ]);
}

/** Content tokens of a disclaimer wording: lower-cased, "&"/"T&Cs" spelled out, punctuation dropped. */
export function disclaimerTokens(text: string): string[] {
  return normalizePlain(text)
    .text.replace(/\bt\s*&\s*cs?\b|\bts\s*&\s*cs\b/g, " terms and conditions ")
    .replace(/&/g, " and ")
    .replace(/[^\p{L}\p{N}%]+/gu, " ")
    .trim()
    .split(" ")
    .filter((t) => t && !STOP.has(t));
}
const STOP = new Set(["the", "a", "an", "of", "to", "for", "is", "are", "be", "on", "in", "at", "by"]);

export function compileRuleSet(
  spec: RuleSetSpec,
  meta: { ruleSetId: string | null; version: number | null; brandId: string },
): CompiledRuleSet {
  const rules = spec.rules.map((rule): CompiledRule => {
    switch (rule.kind) {
      case "banned_phrase":
        return {
          rule,
          matchers: [...phraseMatchers(rule.phrases, ["plain", "folded"]), ...patternMatchers(rule.patterns)],
        };
      case "claim":
        return {
          rule,
          matchers: [...phraseMatchers(rule.phrases, ["plain", "folded"]), ...patternMatchers(rule.patterns)],
          except: phraseMatchers(rule.except, ["plain", "folded"]),
        };
      case "required_disclaimer":
        return { rule, variants: [rule.text, ...rule.accept].map(disclaimerTokens) };
      case "tone":
        return { rule, matchers: phraseMatchers(rule.offTone, ["folded"]) };
      default:
        return { rule };
    }
  });
  return { ...meta, spec, rules };
}
