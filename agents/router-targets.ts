/**
 * What a request acts on: the intents that need an asset, an audience, an experiment or a brand; the assets the words
 * or the thread name (and "those" narrowed by the words); the ad of a listed asset the words name; "me" as the asker;
 * a brand named by its slug or first word.
 */
import type { Vocabulary } from "../core/intents/vocabulary.ts";
import { matchAsset } from "./asset-match.ts";
import type { Intent, IntentName, Slots, ThreadMemory } from "./intent-types.ts";
import type { McpToolInfo } from "./mcp-client.ts";
import { tokens } from "./resolve.ts";
import type { PlanInput } from "./router-plan-types.ts";
import { adOfLabel } from "./thread-memory.ts";

/** Requests about one asset: without an id, a link or one from the thread there is nothing to act on. */
export const ASSET_INTENTS = new Set<IntentName>([
  "request_review",
  "lineage",
  "show_asset",
  "feedback",
  "similar",
  "link_deployment",
]);
export const AUDIENCE_INTENTS = new Set<IntentName>([
  "search",
  "similar",
  "generate",
  "top_performers",
  "slot_insights",
]);
export const EXPERIMENT_INTENTS = new Set<IntentName>(["status", "promote", "stop_experiment", "update_allocation"]);
export const BRAND_INTENTS = new Set<IntentName>([
  "generate",
  "brand_rules",
  "list_members",
  "add_member",
  "remove_member",
  "update_brand",
  "templates",
  "library_review",
  "duplicates",
  "review_queue",
  "check_brand",
  "top_performers",
]);

export const COMMON_WORDS = new Set([
  "the",
  "brand",
  "team",
  "shop",
  "store",
  "studio",
  "group",
  "company",
  "spring",
  "summer",
]);
export const slugify = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
/** Requests that act on one or more library assets, by intent or by the tool's required fields. */
export function wantsAsset(intent: Intent, tool: McpToolInfo): boolean {
  if (ASSET_INTENTS.has(intent.name) || ["archive", "tag_assets"].includes(intent.name)) return true;
  if (intent.name === "check_brand") return !hasCopy(intent.slots);
  const req = tool.inputSchema.required ?? [];
  return ["id", "assetId", "assetIds", "ids", "replacedId"].some((f) => req.includes(f)) && !/brand/.test(tool.name);
}
export const hasCopy = (s: Slots) => !!(s.text || s.headline || s.body || s.cta || s.disclaimer);
export const required = (tool: McpToolInfo, fields: string[]) =>
  fields.some((f) => (tool.inputSchema.required ?? []).includes(f));

export function adNamedInList(
  text: string,
  tool: McpToolInfo,
  slots: Slots,
  input: PlanInput,
): { slots: Slots; said: string } | undefined {
  const props = tool.inputSchema.properties ?? {};
  const labels = input.memory.lastCall?.labels;
  if (!labels || !("platformAdId" in props) || slots.platformAdId) return undefined;
  const listed = (input.vocabulary.assets ?? []).filter((a) => labels[a.id] && adOfLabel(labels[a.id]!));
  const m = matchAsset(text, listed);
  if (m.kind !== "one") return undefined;
  const ad = adOfLabel(labels[m.value.id]!)!;
  return { slots: { ...ad }, said: `${ad.platform} ad ${ad.platformAdId} (“${m.value.name}”)` };
}

export const SELF =
  /\b(?:remove|add|take|drop|kick|make|give|invite|revoke|upgrade|promote|bump|move|switch|set|put)\s+(?:me|myself)\b|\b(?:add|ajoute|mets|mettez|ajoutez)[- ]moi\b|\bmy (?:role|access|approver role)\b/i;

/** Archive and tag act on assets named in the message or shown in this thread; without any, ask which. */
export function manyAssetsQuestion(name: IntentName, slots: Slots, memory: ThreadMemory): string | undefined {
  if (name !== "archive" && name !== "tag_assets") return undefined;
  if (!slots.assetIds?.length && memory.lastAssetIds?.length && name === "tag_assets")
    slots.assetIds = memory.lastAssetIds;
  if (!slots.assetIds?.length && memory.lastAssetIds?.length === 1) slots.assetIds = memory.lastAssetIds;
  if (slots.assetIds?.length) {
    if (name === "archive") slots.assetIds = slots.assetIds.slice(0, 1);
    return undefined;
  }
  const what = slots.nameContains ? ` ${slots.nameContains} assets` : " assets";
  return name === "archive"
    ? `Which${what} should I archive? Paste their ids or links, or find them first (\`find ${slots.nameContains ?? "old banners"}\`) and say \`archive the second one\`.`
    : "Which assets should I tag? Paste their ids or links, share the images here, or find them first and say `tag them`.";
}

/** The listed assets some word of the message names (a word in some of their names, not all), if any. */
export function narrowedByWords(
  text: string,
  listed: string[],
  assets: NonNullable<Vocabulary["assets"]>,
): string[] | undefined {
  const names = new Map(assets.filter((a) => listed.includes(a.id)).map((a) => [a.id, new Set(tokens(a.name))]));
  if (names.size < 2) return undefined;
  const words = tokens(text).filter(
    (w) => w.length >= 4 && !/^(these|those|them|ones|from|with|please|tag|archive)$/.test(w),
  );
  const naming = words.filter((w) => {
    const hits = [...names.values()].filter((n) => n.has(w)).length;
    return hits > 0 && hits < names.size;
  });
  if (!naming.length) return undefined;
  const kept = listed.filter((id) => naming.some((w) => names.get(id)?.has(w)));
  return kept.length && kept.length < listed.length ? kept : undefined;
}

/** Variants this thread generated, for "test them". */
export function generatedInThread(memory: ThreadMemory): string[] {
  return memory.lastCall?.tool === "generate_variants"
    ? (memory.lastCall.ids ?? []).filter((id) => id.startsWith("ast_"))
    : [];
}
