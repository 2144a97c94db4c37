import * as z from "zod";

/**
 * Bounds for free-form JSON (asset metadata, template specs, rule patches...). SQLite's JSON functions refuse a
 * value nested more than 1000 levels deep, and JSON.stringify overflows the stack long before 200,000, so one
 * stored value past those limits breaks every query and page that reads it. Every free-form input is bounded here,
 * and stored rows are checked against the same limits by `winnow repair`.
 */
export interface JsonLimits {
  /** Deepest nesting of objects/arrays; a flat object is depth 1. */
  depth: number;
  /** Object keys plus array items, counted over the whole value. */
  nodes: number;
  /** UTF-8 bytes of the JSON text. */
  bytes: number;
}

export const METADATA_LIMITS: JsonLimits = { depth: 16, nodes: 2_000, bytes: 64 * 1024 };
/** Larger documents (template specs, rule sets) are still far from anything SQLite or the stack cares about. */
export const DOCUMENT_LIMITS: JsonLimits = { depth: 24, nodes: 50_000, bytes: 1024 * 1024 };
/** Whole request bodies: a last line for values no schema bounds (SQLite's own limit is 1000). */
export const BODY_DEPTH_LIMIT = 64;

export type JsonProblem = {
  kind: "depth" | "nodes" | "bytes" | "type";
  message: string;
  /** The key path (up to three keys) under which the problem was found, when the value is an object. */
  field?: string;
};

/**
 * Measures a parsed value without recursion (a 200,000-deep value must not overflow the stack here either) and
 * stops at the first limit crossed. Bytes are counted only once depth and size are known to be safe to stringify.
 */
export function jsonProblem(value: unknown, limits: JsonLimits): JsonProblem | undefined {
  const stack: [unknown, number, string | undefined][] = [[value, 1, undefined]];
  let nodes = 0;
  while (stack.length) {
    const [v, depth, field] = stack.pop()!;
    const at = field === undefined ? {} : { field };
    if (v === null || typeof v === "string" || typeof v === "boolean" || v === undefined) continue;
    if (typeof v === "number") {
      if (!Number.isFinite(v)) return { kind: "type", message: "holds a non-finite number, which is not JSON", ...at };
      continue;
    }
    if (typeof v !== "object") return { kind: "type", message: `holds a ${typeof v}, which is not JSON`, ...at };
    if (depth > limits.depth)
      return { kind: "depth", message: `is nested more than ${limits.depth} levels deep`, ...at };
    const children = Array.isArray(v) ? v : Object.values(v as Record<string, unknown>);
    nodes += children.length;
    if (nodes > limits.nodes)
      return { kind: "nodes", message: `has more than ${limits.nodes.toLocaleString("en-US")} keys and items` };
    // The field is named by its first few keys (params.arguments.metadata), enough to say which input to fix.
    if (depth <= 3 && !Array.isArray(v))
      for (const [k, child] of Object.entries(v))
        stack.push([child, depth + 1, field === undefined ? k : `${field}.${k}`]);
    else for (const child of children) stack.push([child, depth + 1, field]);
  }
  if (limits.bytes === Number.POSITIVE_INFINITY) return undefined;
  const bytes = Buffer.byteLength(JSON.stringify(value) ?? "");
  if (bytes > limits.bytes)
    return {
      kind: "bytes",
      message: `is ${bytes.toLocaleString("en-US")} bytes of JSON, over the ${limits.bytes.toLocaleString("en-US")}-byte limit`,
    };
  return undefined;
}

/** The fix named in every bounds error. */
export const boundsFix = (limits: JsonLimits) =>
  `Keep free-form JSON within ${limits.depth} levels, ${limits.nodes.toLocaleString("en-US")} keys/items and ${Math.round(limits.bytes / 1024)} KB; store large documents as files instead.`;

/**
 * A zod schema for a free-form JSON object (string keys, any JSON values) within `limits`. The refinement runs
 * before anything stringifies the value, so an oversized or too-deep input is a 400 naming the field, never a
 * stack overflow or a poisoned row.
 */
export function boundedJsonObject(limits: JsonLimits = METADATA_LIMITS) {
  return z.record(z.string().max(200), z.unknown()).superRefine((value, ctx) => {
    const problem = jsonProblem(value, limits);
    if (problem) ctx.addIssue({ code: "custom", message: `${problem.message}. ${boundsFix(limits)}` });
  });
}

/** Like boundedJsonObject, for a loose object schema whose unknown parts must stay within bounds. */
export function withinJsonBounds<T extends z.ZodType>(schema: T, limits: JsonLimits = DOCUMENT_LIMITS) {
  return schema.superRefine((value, ctx) => {
    const problem = jsonProblem(value, limits);
    if (problem) ctx.addIssue({ code: "custom", message: `${problem.message}. ${boundsFix(limits)}` });
  });
}

/**
 * A stored object as readers should see it: the value itself when it is within bounds, otherwise a small marker
 * saying the row is damaged (so a view, a page or a tool reply still renders, and names the fix).
 */
export function readableStoredObject(value: Record<string, unknown> | null | undefined): Record<string, unknown> {
  if (value == null) return {};
  if (typeof value !== "object" || Array.isArray(value)) return { damaged: DAMAGED_NOTE };
  const problem = jsonProblem(value, { ...METADATA_LIMITS, bytes: Number.POSITIVE_INFINITY });
  return problem ? { damaged: `${DAMAGED_NOTE} (it ${problem.message})` } : value;
}

export const DAMAGED_NOTE = "stored metadata is out of bounds and was not read; run `winnow repair` to fix the row";

/** JSON.parse for stored text that may be damaged: undefined instead of a throw, so one row cannot fail a report. */
export function parseStoredJson(text: string | null | undefined): unknown {
  if (text == null || text === "") return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
