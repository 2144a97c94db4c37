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
