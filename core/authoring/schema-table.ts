import * as z from "zod";

/**
 * Turns a zod schema into reference rows (one per field, nested objects flattened to dotted paths) through zod's own
 * JSON Schema output, so a field added, renamed, made required or given a new default shows up in the reference
 * without anyone remembering to write it down. Explanations come from `.describe()` or a notes map keyed by path; a
 * field with neither is reported, so the page cannot silently leave one out.
 */
export interface FieldRow {
  path: string;
  type: string;
  required: boolean;
  default?: string;
  explanation: string;
}

type Json = {
  type?: string | string[];
  properties?: Record<string, Json>;
  required?: string[];
  items?: Json;
  additionalProperties?: Json | boolean;
  propertyNames?: Json;
  enum?: unknown[];
  const?: unknown;
  default?: unknown;
  description?: string;
  pattern?: string;
  format?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  minItems?: number;
  maxItems?: number;
  anyOf?: Json[];
  oneOf?: Json[];
};

export function jsonSchemaOf(schema: z.ZodType): Json {
  return z.toJSONSchema(schema, { io: "input", unrepresentable: "any" }) as Json;
}

/** Objects shown as one typed field instead of one row per key. */
const COMPACT: Record<string, string[]> = {
  "box {x, y, width, height} in pixels": ["height", "width", "x", "y"],
  "insets {top, right, bottom, left}, fractions 0–1 of the frame": ["bottom", "left", "right", "top"],
};

function compactName(s: Json): string | undefined {
  if (!s.properties) return undefined;
  const keys = Object.keys(s.properties).sort().join(",");
  return Object.entries(COMPACT).find(([, k]) => k.join(",") === keys)?.[0];
}

const code = (v: unknown) => `\`${typeof v === "string" ? v : JSON.stringify(v)}\``;

/** A one-line type: "text, 1–200 characters", "list of (one of `a`, `b`)", "map of slot → …". */
export function typeOf(s: Json): string {
  const compact = compactName(s);
  if (compact) return compact;
  if (s.format === "date") return "date `YYYY-MM-DD`";
  if (s.format === "date-time") return "date-time (ISO-8601, e.g. `2027-03-31T00:00:00Z`)";
  // null and "anything" alternatives (nullable fields, transforms) say nothing a reader can use.
  const alternatives = (s.anyOf ?? s.oneOf)?.filter((a) => Object.keys(a).length > 0 && a.type !== "null");
  if (alternatives?.length) return [...new Set(alternatives.map(typeOf))].join(" or ");
  if (s.const !== undefined) return code(s.const);
  if (s.enum) return `one of ${s.enum.map(code).join(", ")}`;
  const t = Array.isArray(s.type) ? s.type.filter((x) => x !== "null").join("/") : s.type;
  const big = (n?: number) => (n !== undefined && Math.abs(n) >= Number.MAX_SAFE_INTEGER ? undefined : n);
  const range = (lo?: number, hi?: number, unit = "") =>
    lo !== undefined && hi !== undefined
      ? `${lo}–${hi}${unit}`
      : lo !== undefined
        ? `≥ ${lo}${unit}`
        : hi !== undefined
          ? `≤ ${hi}${unit}`
          : "";
  switch (t) {
    case "string": {
      const parts = ["text"];
      if (s.pattern) parts.push(`matching ${code(s.pattern)}`);
      const len = range(s.minLength, s.maxLength, " characters");
      if (len) parts.push(len);
      return parts.join(", ");
    }
    case "number":
    case "integer": {
      const r = range(big(s.minimum), big(s.maximum));
      return `${t === "integer" ? "whole number" : "number"}${r ? ` ${r}` : ""}`;
    }
    case "boolean":
      return "true or false";
    case "array": {
      const n = range(s.minItems, s.maxItems, " items");
      const item = s.items ? typeOf(s.items) : "anything";
      return `list of ${item.includes(",") ? `(${item})` : item}${n ? `, ${n}` : ""}`;
    }
    case "object": {
      if (s.properties) return "object (fields below)";
      const value = typeof s.additionalProperties === "object" ? typeOf(s.additionalProperties) : "anything";
      const key = s.propertyNames?.enum ? s.propertyNames.enum.join(" | ") : "name";
      return `map of ${key} → ${value.includes(",") ? `(${value})` : value}`;
    }
    default:
      return "any JSON value";
  }
}

/**
 * Rows for every field under `schema` (an object). Nested objects, lists of objects and maps of objects are walked:
 * `limits[].field`, `slots.<slot>.values[].assetId`.
 */
export function fieldRows(schema: Json, notes: Record<string, string>, missing: string[], prefix = ""): FieldRow[] {
  const rows: FieldRow[] = [];
  const required = new Set(schema.required ?? []);
  for (const [name, prop] of Object.entries(schema.properties ?? {})) {
    const path = `${prefix}${name}`;
    const explanation = notes[path] ?? prop.description ?? "";
    if (!explanation) missing.push(path);
    rows.push({
      path,
      type: typeOf(prop),
      required: required.has(name),
      ...(prop.default !== undefined ? { default: shortDefault(prop.default) } : {}),
      explanation,
    });
    rows.push(...nested(prop, path, notes, missing));
  }
  return rows;
}

function nested(prop: Json, path: string, notes: Record<string, string>, missing: string[]): FieldRow[] {
  if (compactName(prop)) return [];
  if (prop.properties) return fieldRows(prop, notes, missing, `${path}.`);
  if (prop.items?.properties && !compactName(prop.items)) return fieldRows(prop.items, notes, missing, `${path}[].`);
  const value = typeof prop.additionalProperties === "object" ? prop.additionalProperties : undefined;
  if (value?.properties && !compactName(value)) {
    const key = prop.propertyNames?.enum ? "<slot>" : "<name>";
    return fieldRows(value, notes, missing, `${path}.${key}.`);
  }
  return [];
}

const cell = (s: string) => s.replaceAll("|", "\\|").replaceAll("\n", " ");

/** A markdown table of rows. */
export function fieldTable(rows: FieldRow[]): string {
  const lines = ["| field | type | required | default | what it does |", "|---|---|---|---|---|"];
  for (const r of rows)
    lines.push(
      `| \`${cell(r.path)}\` | ${cell(r.type)} | ${r.required ? "yes" : "no"} | ${r.default ? `\`${cell(r.default)}\`` : ""} | ${cell(r.explanation)} |`,
    );
  return lines.join("\n");
}

/** A default as JSON, or a pointer to the nested rows when it is an object too long for a table cell. */
function shortDefault(value: unknown): string {
  const json = JSON.stringify(value);
  return json.length > 60 && typeof value === "object" ? "each field's default" : json;
}
