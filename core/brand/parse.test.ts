import { describe, expect, it } from "vitest";
import type { WinnowError } from "../errors.ts";
import { parseRuleSet, regexProblem } from "./parse.ts";

function errorOf(source: string): WinnowError {
  try {
    parseRuleSet(source);
  } catch (error) {
    return error as WinnowError;
  }
  throw new Error("expected the rule set to be refused");
}

describe("rule-set source", () => {
  it("reads YAML and JSON into the same rules, with defaults filled in", () => {
    const yaml = parseRuleSet(
      "rules:\n  - id: banned\n    kind: banned_phrase\n    phrases: [free]\n    fix: Remove it.\n",
    );
    const json = parseRuleSet(
      '{"rules":[{"id":"banned","kind":"banned_phrase","phrases":["free"],"fix":"Remove it."}]}',
    );
    expect(yaml).toEqual(json);
    expect(yaml.rules[0]).toMatchObject({ severity: "block", patterns: [], replacements: {} });
  });

  it("names the line, column and field of a wrong value and of an unknown key", () => {
    const err = errorOf(
      "rules:\n  - id: banned\n    kind: banned_phrase\n    severty: block\n    fix: x\n  - id: tone\n    kind: tone\n    severity: maybe\n    fix: y\n",
    );
    expect(err.code).toBe("invalid_input");
    expect(err.message).toContain("line 4:5 rules.0.severty");
    expect(err.message).toContain("line 8:15 rules.1.severity");
    expect(err.details).toMatchObject({ line: 4, field: "rules.0.severty" });
  });

  it("names the line of a missing field, an unknown rule kind and a duplicate id", () => {
    const err = errorOf("rules:\n  - id: a\n    kind: banned_phrase\n  - id: b\n    kind: sparkle\n    fix: z\n");
    expect(err.message).toMatch(/line 2:\d+ rules\.0\.fix/);
    expect(err.message).toMatch(/line 5:\d+ rules\.1\.kind/);
    const dup = errorOf("rules:\n  - id: a\n    kind: tone\n    fix: t\n  - id: a\n    kind: tone\n    fix: t\n");
    expect(dup.message).toMatch(/line 5:\d+ rules\.1\.id: duplicate rule id "a"/);
  });

  it("reports YAML and JSON syntax errors with their line", () => {
    expect(errorOf("rules:\n  - id: a\n   kind: [oops\n").message).toMatch(/line \d+:\d+ \(syntax\)/);
    expect(errorOf('{\n  "rules": [\n    {"id": "a",, }\n  ]\n}').message).toMatch(/line 3:\d+ \(syntax\)/);
  });

  it("refuses regexes that could backtrack catastrophically, naming the pattern's line", () => {
    const err = errorOf(
      'rules:\n  - id: claims\n    kind: claim\n    fix: x\n    patterns:\n      - "best\\\\s+ever"\n      - "(a+)+$"\n',
    );
    expect(err.message).toContain("line 7:9 rules.0.patterns.1");
    expect(err.message).toMatch(/backtrack/);
    expect(regexProblem("(x|xy)*z")).toBeUndefined();
    expect(regexProblem("(\\w+\\s?)*$")).toMatch(/backtrack/);
    expect(regexProblem("(a)\\1")).toMatch(/back-reference/);
    expect(regexProblem("([a-z]")).toMatch(/not a valid/);
  });
});

describe("disclaimer triggers and whole-ad limits in the rule-set source", () => {
  it("reads triggers and total limits, and keeps offer-type-only disclaimers valid", () => {
    const spec = parseRuleSet(
      [
        "rules:",
        "  - id: terms",
        "    kind: required_disclaimer",
        "    text: Terms apply.",
        "    fix: Add it.",
        "    triggers:",
        "      builtin: [percent_off, price]",
        "      phrases: [half price]",
        '      patterns: ["\\\\bflash sale\\\\b"]',
        "  - id: legacy",
        "    kind: required_disclaimer",
        "    offerTypes: [trial]",
        "    text: Cancel anytime.",
        "    fix: Add it.",
        "  - id: lengths",
        "    kind: copy_length",
        "    fix: Shorten.",
        "    limits:",
        "      - { field: total, max: 160, platforms: [sms] }",
        "      - { field: total, max: 90, include: [headline, body] }",
      ].join("\n"),
    );
    expect(spec.rules[0]).toMatchObject({
      offerTypes: [],
      triggers: { builtin: ["percent_off", "price"], phrases: ["half price"], except: [] },
    });
    expect(spec.rules[1]).toMatchObject({ offerTypes: ["trial"] });
    expect(spec.rules[2]).toMatchObject({ limits: [{ field: "total" }, { include: ["headline", "body"] }] });
  });

  it("names the line of a disclaimer that could never fire, an unknown built-in and a misplaced include", () => {
    const never = errorOf("rules:\n  - id: d\n    kind: required_disclaimer\n    text: T.\n    fix: f\n");
    expect(never.message).toMatch(/line 2:\d+ rules\.0\.triggers: a required_disclaimer needs triggers/);
    const unknown = errorOf(
      "rules:\n  - id: d\n    kind: required_disclaimer\n    text: T.\n    fix: f\n    triggers:\n      builtin: [percent]\n",
    );
    expect(unknown.message).toMatch(/line 7:\d+ rules\.0\.triggers\.builtin\.0: must be one of percent_off, money_off/);
    const include = errorOf(
      "rules:\n  - id: l\n    kind: copy_length\n    fix: f\n    limits:\n      - { field: body, max: 9, include: [cta] }\n",
    );
    expect(include.message).toMatch(/line 6:\d+ rules\.0\.limits\.0\.include: include is only for field: total/);
  });

  it("refuses a trigger regex that could backtrack catastrophically, naming its line", () => {
    const err = errorOf(
      'rules:\n  - id: d\n    kind: required_disclaimer\n    text: T.\n    fix: f\n    triggers:\n      patterns:\n        - "(\\\\s+sale)+"\n',
    );
    expect(err.message).toMatch(/line 8:\d+ rules\.0\.triggers\.patterns\.0: could backtrack/);
  });
});
