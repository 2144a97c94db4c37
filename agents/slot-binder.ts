import type { Slots } from "./intent-types.ts";
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
  assetId: ["assetId", "id", "asset", "sourceAssetId", "replacedId", "derivedFromAssetId"],
  assetIds: ["assetIds", "ids", "assets"],
  from: ["from", "since", "start", "startDate"],
  to: ["to", "until", "end", "endDate"],
  since: ["since", "from"],
  until: ["until", "to"],
  limit: ["limit", "count"],
  platform: ["platform"],
  metric: ["metric"],
  tone: ["tone"],
  user: ["user", "userRef", "member", "slackUserId", "email"],
  platformAdId: ["platformAdId", "adId"],
  reviewChannel: ["reviewChannel", "channel"],
  name: ["name", "brandName"],
  setStatus: ["status"],
  nameContains: ["nameContains"],
  arms: ["arms"],
  email: ["email"],
  reviewOlderThanDays: ["reviewOlderThanDays"],
  auditTool: ["tool"],
  person: ["person"],
  campaignId: ["campaignId", "campaign", "id"],
  question: ["question"],
};

/** Slots that only help the router itself; never bound, never reported as unused. */
const INTERNAL = new Set(["datePhrase", "experimentName", "reason", "tones"]);

interface JsonSchema {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
}

export interface Binding {
  args: Record<string, unknown>;
  /** Required properties nothing filled; the caller asks the user for them. */
  missing: string[];
  /** Slots the message gave that this tool has no place for (the caller says so instead of dropping them). */
  unused: string[];
}

export function bindSlots(tool: McpToolInfo, slots: Slots & { brand?: string }): Binding {
  const values: Record<string, unknown> = { ...slots };
  // An e-mail address is an e-mail, wherever the tool keeps a person's handles apart.
  if (typeof slots.user === "string" && slots.user.includes("@") && "email" in (tool.inputSchema.properties ?? {})) {
    values.email = slots.user;
    delete values.user;
  }
  delete values.assetIds;
  if (slots.assetIds?.length) {
    values.assetId = slots.assetIds[0];
    values.assetIds = slots.assetIds;
  }
  if (slots.experimentId) delete values.experimentName;
  for (const key of INTERNAL) delete values[key];
  const schema = tool.inputSchema as JsonSchema;
  const used = new Set<string>();
  const args = fill(schema, values, used);
  const missing = (schema.required ?? []).filter((k) => args[k] === undefined);
  const unused = Object.keys(values).filter(
    (k) =>
      values[k] !== undefined &&
      !used.has(k) &&
      !(k === "assetId" && used.has("assetIds")) &&
      !(k === "assetIds" && used.has("assetId")),
  );
  return { args, missing, unused };
}

function fill(schema: JsonSchema, values: Record<string, unknown>, used: Set<string>): Record<string, unknown> {
  const props = schema.properties ?? {};
  const out: Record<string, unknown> = {};
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
    const nested = fill(prop, rest, used);
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
  if (typeof value === "boolean") return types.includes("boolean");
  return types.includes("object");
}
