import type { Slots } from "./intent-router.ts";
import type { McpToolInfo } from "./mcp-client.ts";

/**
 * Maps router slots onto whatever input schema a tool declares, by property name. Tools built later pick up the
 * router's slots without the router knowing their exact shapes; one nested object level (e.g. `brief`) is searched.
 */
const SYNONYMS: Record<string, string[]> = {
  query: ["query", "text", "q", "search"],
  count: ["count", "n", "variants", "variantCount", "numVariants", "howMany"],
  audience: ["audience", "audienceSlug", "audienceId", "segment"],
  offer: ["offer", "promotion"],
  experimentId: ["experimentId", "experiment", "id"],
  experimentName: ["experimentName", "name", "experiment"],
  label: ["label"],
  comment: ["comment", "reason"],
  brand: ["brand", "brandId", "brandSlug"],
  reasons: ["reasons"],
  formats: ["formats"],
  assetId: ["assetId", "id", "asset", "sourceAssetId"],
  assetIds: ["assetIds", "ids", "assets"],
};

interface JsonSchema {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
}

export interface Binding {
  args: Record<string, unknown>;
  /** Required properties nothing filled; the caller asks the user for them. */
  missing: string[];
}

export function bindSlots(tool: McpToolInfo, slots: Slots & { brand?: string }): Binding {
  const values: Record<string, unknown> = { ...slots };
  delete values.assetIds;
  if (slots.assetIds?.length) {
    values.assetId = slots.assetIds[0];
    values.assetIds = slots.assetIds;
  }
  if (slots.experimentId) delete values.experimentName;
  const schema = tool.inputSchema as JsonSchema;
  const args = fill(schema, values);
  const missing = (schema.required ?? []).filter((k) => args[k] === undefined);
  return { args, missing };
}

function fill(schema: JsonSchema, values: Record<string, unknown>): Record<string, unknown> {
  const props = schema.properties ?? {};
  const out: Record<string, unknown> = {};
  const used = new Set<string>();
  for (const [slot, value] of Object.entries(values)) {
    if (value === undefined) continue;
    const key = (SYNONYMS[slot] ?? [slot]).find((k) => k in props && !(k in out) && accepts(props[k]!, value));
    if (key) {
      out[key] = value;
      used.add(slot);
    }
  }
  for (const [key, prop] of Object.entries(props)) {
    if (key in out || !prop.properties) continue;
    const rest = Object.fromEntries(Object.entries(values).filter(([slot]) => !used.has(slot)));
    const nested = fill(prop, rest);
    if (Object.keys(nested).length) out[key] = nested;
  }
  return out;
}

function accepts(prop: JsonSchema, value: unknown): boolean {
  const types = Array.isArray(prop.type) ? prop.type : prop.type ? [prop.type] : [];
  if (!types.length) return true;
  if (Array.isArray(value)) return types.includes("array");
  if (typeof value === "number") return types.includes("number") || types.includes("integer");
  if (typeof value === "string") return types.includes("string");
  return types.includes("object");
}
