import safeRegex from "safe-regex2";
import { isMap, isScalar, LineCounter, type Node, parseDocument } from "yaml";
import { REFERENCE } from "../authoring/reference-links.ts";
import { WinnowError } from "../errors.ts";
import { DOCUMENT_LIMITS, jsonProblem } from "../json-bounds.ts";
import { type Rule, RuleSetSpec } from "./rules.ts";

export type RuleSourceFormat = "yaml" | "json";

export interface SourceIssue {
  line: number;
  column: number;
  path: string;
  message: string;
}

/**
 * Parses a rule set written as YAML or JSON (JSON is read by the same YAML parser, so both get line numbers),
 * validates it with zod and refuses regexes prone to catastrophic backtracking. Errors name line, column and field.
 */
export function parseRuleSet(source: string, format: RuleSourceFormat = detectFormat(source)): RuleSetSpec {
  const lines = new LineCounter();
  const flowDepth = deepestFlowNesting(source);
  if (flowDepth > DOCUMENT_LIMITS.depth) throw tooDeep(format);
  let doc: ReturnType<typeof parseDocument>;
  try {
    doc = parseDocument(source, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  } catch (error) {
    // Block nesting hundreds deep ("- - - - ...") exhausts the parser's stack: that is a document too deep, not a 500.
    if (error instanceof RangeError) throw tooDeep(format);
    throw error;
  }
  const at = (offset: number) => lines.linePos(offset);
  if (doc.errors.length > 0) {
    const issues = doc.errors.map((e) => {
      const pos = at(e.pos[0]);
      return { line: pos.line, column: pos.col, path: "(syntax)", message: e.message.split("\n")[0] ?? e.message };
    });
    throw sourceError(format, issues);
  }
  let value: unknown;
  try {
    // Each alias (*name) copies its anchor: a few lines of nested aliases expand to billions of nodes.
    value = doc.toJS({ maxAliasCount: MAX_ALIASES });
  } catch (error) {
    if (error instanceof RangeError) throw tooDeep(format);
    if (error instanceof ReferenceError)
      throw new WinnowError(
        "invalid_input",
        `Rule set (${format}) uses aliases (*name) that expand too far (more than ${MAX_ALIASES} copies). Write the values out instead of aliasing them.`,
        { field: "source" },
      );
    throw error;
  }
  const bounds = jsonProblem(value, DOCUMENT_LIMITS);
  if (bounds)
    throw new WinnowError(
      "invalid_input",
      `Rule set (${format}) ${bounds.field ? `field ${bounds.field} ` : ""}${bounds.message}. Keep rule sets within ${DOCUMENT_LIMITS.depth} levels and ${DOCUMENT_LIMITS.nodes.toLocaleString("en-US")} keys and items.`,
      { field: bounds.field ?? "source" },
    );
  const parsed = RuleSetSpec.safeParse(value ?? {});
  const issues: SourceIssue[] = [];
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const path = issue.path.map(String);
      const keys = issue.code === "unrecognized_keys" ? issue.keys : [];
      const node = locate(doc.contents as Node | null, issue.path as (string | number)[], keys[0]);
      const pos = at(node?.range?.[0] ?? 0);
      const field = [...path, ...(keys[0] ? [keys[0]] : [])].join(".") || "(root)";
      issues.push({ line: pos.line, column: pos.col, path: field, message: issue.message });
    }
    throw sourceError(format, issues);
  }
  parsed.data.rules.forEach((rule, i) => {
    for (const { patterns, path } of rulePatterns(rule)) {
      patterns.forEach((pattern, j) => {
        const problem = regexProblem(pattern);
        if (!problem) return;
        const node = locate(doc.contents as Node | null, ["rules", i, ...path, j]);
        const pos = at(node?.range?.[0] ?? 0);
        issues.push({ line: pos.line, column: pos.col, path: `rules.${i}.${path.join(".")}.${j}`, message: problem });
      });
    }
  });
  if (issues.length) throw sourceError(format, issues);
  return parsed.data;
}

/** Alias expansions a rule set may use (yaml's own default is 100). */
const MAX_ALIASES = 100;

const tooDeep = (format: RuleSourceFormat) =>
  new WinnowError(
    "invalid_input",
    `Rule set (${format}) is nested more than ${DOCUMENT_LIMITS.depth} levels deep. Rule sets are a few levels deep: flatten the document.`,
    { field: "source" },
  );

/**
 * The deepest nesting of [ and { in the text, outside quotes and comments: checked before parsing, so a document of
 * thousands of brackets never reaches the recursive parser.
 */
function deepestFlowNesting(source: string): number {
  let depth = 0;
  let deepest = 0;
  let quote: string | undefined;
  let comment = false;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i]!;
    if (comment) {
      if (ch === "\n") comment = false;
    } else if (quote) {
      if (ch === "\\" && quote === '"') i++;
      else if (ch === quote) quote = undefined;
    } else if (ch === '"' || ch === "'") quote = ch;
    else if (ch === "#" && (i === 0 || /\s/.test(source[i - 1]!))) comment = true;
    else if (ch === "[" || ch === "{") deepest = Math.max(deepest, ++depth);
    else if ((ch === "]" || ch === "}") && depth > 0) depth--;
  }
  return deepest;
}

/** Every user-written regex of a rule, with where it sits in the rule. */
export function rulePatterns(rule: Rule): { patterns: string[]; path: string[] }[] {
  if (rule.kind === "banned_phrase" || rule.kind === "claim") return [{ patterns: rule.patterns, path: ["patterns"] }];
  if (rule.kind === "required_disclaimer" && rule.triggers)
    return [{ patterns: rule.triggers.patterns, path: ["triggers", "patterns"] }];
  return [];
}

export function detectFormat(source: string): RuleSourceFormat {
  return /^\s*[{[]/.test(source) ? "json" : "yaml";
}

/** Why a rule regex is refused, or undefined when it is acceptable. */
export function regexProblem(pattern: string): string | undefined {
  try {
    new RegExp(pattern, "iu");
  } catch (error) {
    return `is not a valid regular expression (${(error as Error).message})`;
  }
  if (/\\\d|\\k</.test(pattern)) return "uses a back-reference, which can backtrack catastrophically; remove it";
  if (!safeRegex(pattern, { limit: 25 })) {
    return "could backtrack catastrophically (nested or overlapping quantifiers such as (a+)+); rewrite it without a quantifier inside a quantified group";
  }
  return undefined;
}

/** The YAML node at a zod issue path; for an unknown key, the key itself. */
function locate(root: Node | null, path: (string | number)[], key?: string): Node | null {
  let node: Node | null = root;
  for (const segment of path) {
    if (!node || !("get" in node) || typeof (node as { get?: unknown }).get !== "function") return node;
    const next = (node as unknown as { get(k: unknown, keep: true): Node | undefined }).get(segment, true);
    if (!next) return node;
    node = next;
  }
  if (key && node && isMap(node)) {
    const pair = node.items.find((p) => isScalar(p.key) && p.key.value === key);
    if (pair && isScalar(pair.key)) return pair.key;
  }
  return node;
}

function sourceError(format: RuleSourceFormat, issues: SourceIssue[]): WinnowError {
  const list = issues.map((i) => `line ${i.line}:${i.column} ${i.path}: ${i.message}`).join("; ");
  const first = issues[0];
  return new WinnowError(
    "invalid_input",
    `Rule set (${format}) is invalid: ${list}. Fix the ${issues.length === 1 ? "field" : "fields"} named and save again (every rule kind and field, with examples: ${REFERENCE.ruleSets}).`,
    { field: first?.path ?? "source", line: first?.line, column: first?.column, issues },
  );
}
