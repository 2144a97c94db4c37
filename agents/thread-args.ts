import type { Vocabulary } from "../core/intents/vocabulary.ts";
import { platformOfAdId } from "./intent-slots.ts";
import { normalise } from "./intent-text.ts";
import type { ThreadMemory } from "./intent-types.ts";
import type { McpToolInfo } from "./mcp-client.ts";
import { matchExperiment } from "./resolve.ts";
import { picked, pickIn } from "./router-followup.ts";

/**
 * Arguments the thread gives a call its message leaves out: what the last change was about, for a change to the same
 * thing ("detach 1202…" after a link), and the thread's experiment for a read that can be narrowed to one. Pure.
 */

/**
 * "undo, wrong ad", "detach 1202…" right after a link: a change to the same thing the thread's last change was about
 * (unlink_deployment after link_deployment, remove_brand_member after add_brand_member) takes the arguments it
 * shares with it and the message does not say.
 */
export function undoneArgs(
  tool: McpToolInfo,
  args: Record<string, unknown>,
  last: ThreadMemory["lastCall"],
  understood: string[],
): Record<string, unknown> {
  const noun = (name: string) => name.slice(name.indexOf("_") + 1);
  if (!last || last.tool === tool.name || noun(last.tool) !== noun(tool.name)) return args;
  if (tool.annotations?.readOnlyHint !== false) return args;
  const props = Object.keys(tool.inputSchema.properties ?? {});
  const carried = props.filter((k) => args[k] === undefined && last.args[k] !== undefined && k !== "cursor");
  if (!carried.length) return args;
  understood.push(`as in the last ${last.tool.replace(/_/g, " ")}: ${carried.join(", ")}`);
  return { ...args, ...Object.fromEntries(carried.map((k) => [k, last.args[k]])) };
}

const TEST_SAID = /\b(?:tests?|experiments?|winners?|arms?)\b/i;

/**
 * "which ads would go live?" in a thread about a test (its review card, its read-out): a read that can be narrowed to
 * one experiment is about the thread's, unless the message names another.
 */
export function threadExperiment(
  tool: McpToolInfo,
  args: Record<string, unknown>,
  text: string,
  memory: ThreadMemory,
  v: Vocabulary,
  understood: string[],
): Record<string, unknown> {
  const id = memory.lastExperimentId;
  if (args.experimentId !== undefined || tool.annotations?.readOnlyHint !== true) return args;
  if (!("experimentId" in (tool.inputSchema.properties ?? {}))) return args;
  const named = matchExperiment(normalise(text), v.experiments);
  // "is the DE winner live somewhere?", "¿qué anuncios cuentan para el test de primavera?": the test named, when the
  // words say a test (a slot question's "trail" and "tone" name an audience and a slot, not the Trail tone test).
  if (named.kind === "one" && TEST_SAID.test(normalise(text))) {
    understood.push(`experiment: ${named.value.name}`);
    return { ...args, experimentId: named.value.id };
  }
  if (!id || named.kind !== "none") return args;
  understood.push(`experiment: ${v.experiments.find((e) => e.id === id)?.name ?? id} (from this thread)`);
  return { ...args, experimentId: id };
}

/**
 * "unlink ad 1202… from the hook test", "detach 1789…" in the trail test's thread: an ad's platform is the one its
 * test runs on (the test named, the call's, or the thread's), when the test runs on one platform and the message
 * names none; else the platform the ad id's shape says (platformOfAdId: "unlink 1789…"). Only for tools that take an
 * ad by platform and id.
 */
export function platformOfTest(
  tool: McpToolInfo,
  args: Record<string, unknown>,
  text: string,
  memory: ThreadMemory,
  v: Vocabulary,
  understood: string[],
): Record<string, unknown> {
  const props = tool.inputSchema.properties ?? {};
  if (!("platform" in props && "platformAdId" in props) || args.platform !== undefined) return args;
  const named = matchExperiment(normalise(text), v.experiments);
  const id =
    (typeof args.experimentId === "string" ? args.experimentId : undefined) ??
    (named.kind === "one" ? named.value.id : undefined) ??
    (named.kind === "none" ? memory.lastExperimentId : undefined);
  const test = v.experiments.find((e) => e.id === id);
  const platforms = (test?.platforms ?? []).filter((p) => p && p !== "csv" && p !== "simulator");
  if (!test || platforms.length !== 1) {
    const shaped = typeof args.platformAdId === "string" ? platformOfAdId(args.platformAdId) : undefined;
    if (!shaped) return args;
    understood.push(`platform: ${shaped} (by the ad id)`);
    return { ...args, platform: shaped };
  }
  understood.push(`platform: ${platforms[0]} (where ${test.name} runs)`);
  return { ...args, platform: platforms[0] };
}

/** The id prefix a field's schema demands ("^rvw_.*" → "rvw_"). */
function idPrefix(schema: unknown): string | undefined {
  const pattern = (schema as { pattern?: unknown } | undefined)?.pattern;
  return typeof pattern === "string" ? pattern.match(/^\^([a-z]{2,4}_)/)?.[1] : undefined;
}

/**
 * "please approve the second one" after the review queue, "reject it instead" in a review card's thread, "reject it,
 * the release is dated after the shoot" after a look at the asset under review: a required id the message leaves out
 * is the one the thread holds of that kind (by the prefix the field's schema demands) — the card's, the one the
 * message picks from the last list ("the second one"), the only one listed, or the pending review of the thread's one
 * asset. Several with nothing to pick between stay a question.
 */
export function heldByThread(
  tool: McpToolInfo,
  args: Record<string, unknown>,
  text: string,
  memory: ThreadMemory,
  v: Vocabulary,
  understood: string[],
): Record<string, unknown> {
  const props = (tool.inputSchema.properties ?? {}) as Record<string, unknown>;
  const required = (tool.inputSchema as { required?: string[] }).required ?? [];
  const out = { ...args };
  for (const field of required.filter((k) => out[k] === undefined)) {
    const prefix = idPrefix(props[field]);
    if (!prefix) continue;
    const id = heldId(prefix, text, memory, v);
    if (!id) continue;
    out[field] = id;
    understood.push(`${field}: ${id} (from this thread)`);
  }
  return out;
}

function heldId(prefix: string, text: string, memory: ThreadMemory, v: Vocabulary): string | undefined {
  const own = [memory.reviewId, memory.lastExperimentId].find((id) => id?.startsWith(prefix));
  if (own) return own;
  const listed = [...new Set((memory.lastCall?.ids ?? []).filter((id) => id.startsWith(prefix)))];
  const pick = pickIn(text);
  if (pick && listed.length) return picked(listed, pick.index);
  if (listed.length === 1) return listed[0];
  if (listed.length) return undefined;
  if (prefix !== "rvw_") return undefined;
  // The pending review of the one asset the thread is about.
  const assets = [
    ...new Set([...(memory.lastAssetIds ?? []), ...(memory.lastCall?.ids ?? []).filter((id) => id.startsWith("ast_"))]),
  ];
  if (assets.length !== 1) return undefined;
  const reviews = (v.reviews ?? []).filter((r) => r.assetId === assets[0] || r.subjectId === assets[0]);
  return reviews.length === 1 ? reviews[0]!.id : undefined;
}

/**
 * "add rio" after "who can approve on kestrel?": a change to the thing the thread's last read listed
 * (add_brand_member after list_brand_members) takes the required values that read was scoped by and the message
 * leaves out (the role, the brand), when the change's schema allows them.
 */
export function scopeOfListed(
  tool: McpToolInfo,
  args: Record<string, unknown>,
  last: ThreadMemory["lastCall"],
  understood: string[],
): Record<string, unknown> {
  const thing = (name: string) => name.slice(name.indexOf("_") + 1).replace(/s$/, "");
  if (!last || last.tool === tool.name || thing(last.tool) !== thing(tool.name)) return args;
  if (tool.annotations?.readOnlyHint !== false) return args;
  const props = (tool.inputSchema.properties ?? {}) as Record<string, { enum?: unknown[] }>;
  const required = (tool.inputSchema as { required?: string[] }).required ?? [];
  const carried = required.filter(
    (k) =>
      args[k] === undefined && last.args[k] !== undefined && (!props[k]?.enum || props[k].enum.includes(last.args[k])),
  );
  if (!carried.length) return args;
  understood.push(`as in the list just shown: ${carried.map((k) => `${k} ${String(last.args[k])}`).join(", ")}`);
  return { ...args, ...Object.fromEntries(carried.map((k) => [k, last.args[k]])) };
}
