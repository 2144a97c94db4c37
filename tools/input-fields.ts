import * as z from "zod";
import { WinnowError } from "../core/errors.ts";

/**
 * Zod objects strip keys they do not know, so a misspelt field ("metirc", "dry_run") would silently fall back to its
 * default. Every surface runs tool input through this first: each unknown field is named with the allowed ones.
 */
export interface UnknownField {
  path: string;
  field: string;
  allowed: string[];
}

type Def = {
  type: string;
  shape?: Record<string, z.ZodType>;
  catchall?: z.ZodType;
  innerType?: z.ZodType;
  element?: z.ZodType;
  in?: z.ZodType;
};

const defOf = (schema: z.ZodType) => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** Unknown keys in `value` for `schema`, nested objects and arrays of objects included. */
export function unknownInputFields(schema: z.ZodType, value: unknown, path = ""): UnknownField[] {
  const def = defOf(schema);
  switch (def.type) {
    case "optional":
    case "nullable":
    case "default":
    case "prefault":
    case "readonly":
    case "nonoptional":
      return def.innerType ? unknownInputFields(def.innerType, value, path) : [];
    case "pipe":
      return def.in ? unknownInputFields(def.in, value, path) : [];
    case "array":
      return Array.isArray(value) && def.element
        ? value.flatMap((v, i) => unknownInputFields(def.element!, v, `${path}[${i}]`))
        : [];
    case "object": {
      if (typeof value !== "object" || value === null || Array.isArray(value)) return [];
      const shape = def.shape ?? {};
      const allowed = Object.keys(shape);
      const out: UnknownField[] = [];
      // A catch-all (loose or strict object) decides about extra keys itself.
      if (!def.catchall)
        for (const key of Object.keys(value))
          if (!(key in shape)) out.push({ path: path ? `${path}.${key}` : key, field: key, allowed });
      for (const key of allowed) {
        const v = (value as Record<string, unknown>)[key];
        if (v !== undefined) out.push(...unknownInputFields(shape[key]!, v, path ? `${path}.${key}` : key));
      }
      return out;
    }
    default:
      return [];
  }
}

/** The error for unknown fields: names each, suggests a near spelling, lists what is allowed there. */
export function unknownFieldsError(toolName: string, unknown: UnknownField[]): WinnowError {
  const parts = unknown.slice(0, 10).map((u) => {
    const guess = closest(u.field, u.allowed);
    return `${u.path}: unknown field${guess ? ` (did you mean ${guess}?)` : ""}; allowed here: ${u.allowed.join(", ") || "none"}`;
  });
  return new WinnowError("invalid_input", `${toolName} does not take ${parts.join("; ")}.`, {
    field: unknown[0]?.path,
    unknownFields: unknown.map((u) => u.path),
  });
}

/** Throws when `args` carries fields `schema` does not know. */
export function assertKnownFields(toolName: string, schema: z.ZodType, args: unknown): void {
  const unknown = unknownInputFields(schema, args ?? {});
  if (unknown.length) throw unknownFieldsError(toolName, unknown);
}

function closest(word: string, options: string[]): string | undefined {
  const w = word.toLowerCase().replace(/[_-]/g, "");
  let best: { option: string; d: number } | undefined;
  for (const option of options) {
    const o = option.toLowerCase().replace(/[_-]/g, "");
    // A near spelling, or the start of the real name ("spendThreshold" for spendThresholdMicros).
    const d = w.length >= 4 && o.startsWith(w) ? 1 : distance(w, o);
    if (d <= 2 && (!best || d < best.d)) best = { option, d };
  }
  return best?.option;
}

function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const next = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = row[j]!;
      row[j] = next;
    }
  }
  return row[b.length]!;
}

/**
 * The input schema handed to the MCP SDK: the same fields, with unknown top-level keys refused (the SDK strips them
 * before our handler runs otherwise). Listing shows additionalProperties: false, which is the truth.
 */
export function strictInput(name: string, schema: z.ZodObject): z.ZodObject {
  return z.strictObject(schema.shape, {
    error: (issue) =>
      issue.code === "unrecognized_keys"
        ? unknownFieldsError(
            name,
            issue.keys.map((k: string) => ({ path: k, field: k, allowed: Object.keys(schema.shape) })),
          ).message
        : undefined,
  });
}
