import type { LastChange, ThreadMemory } from "./intent-types.ts";
import type { McpCallResult, WinnowMcpSession } from "./mcp-client.ts";

/**
 * What a thread remembers after a turn, for both agent paths: the last request (tool, arguments, the message and
 * the ids its result named, in order) so follow-ups resolve against it, and the last change with what takes it back.
 */
const IDS = /\b(?:ast|exp|rvw|tpl|job|arm)_[0-9A-Za-z]{6,}\b/g;
const EXPERIMENT_ID = /\bexp_[0-9A-Za-z]{6,}\b/;

/** Ids a result names, in the order it lists them (a search's ranking), at most 50. */
export function resultIds(result: Pick<McpCallResult, "structured">): string[] {
  return [...new Set(JSON.stringify(result.structured ?? {}).match(IDS) ?? [])].slice(0, 50);
}

/** Arguments worth replaying: no image bytes, no CSV bodies, no page cursor. */
function replayable(args: Record<string, unknown>): Record<string, unknown> {
  const { imageBase64: _i, csv: _c, contentBase64: _b, cursor: _p, ...rest } = args;
  return rest;
}

/** How a deployment is kept in a thread's labels, and read back ("meta ad 120208877303"). */
export const adLabel = (platform: string, adId: string) => `${platform} ad ${adId}`;
export function adOfLabel(label: string): { platform: string; platformAdId: string } | undefined {
  const m = label.match(/^(\w+) ad (\S+)$/);
  return m ? { platform: m[1]!, platformAdId: m[2]! } : undefined;
}

/** What a listing result calls its items (name, status, last error), by id, for "rerun the failed one". */
export function resultLabels(result: Pick<McpCallResult, "structured">): Record<string, string> | undefined {
  const items = (result.structured as { items?: unknown } | undefined)?.items;
  if (!Array.isArray(items)) return undefined;
  const out: Record<string, string> = {};
  for (const item of items.slice(0, 50)) {
    const { id, name, status, lastError, assetId, platform, platformAdId } = (item ?? {}) as Record<string, unknown>;
    // A deployment is named by its asset: "unlink the social proof one" is that arm's ad.
    if (typeof assetId === "string" && typeof platform === "string" && typeof platformAdId === "string")
      out[assetId] = adLabel(platform, platformAdId);
    else if (typeof id === "string" && typeof name === "string")
      out[id] = [name, status, lastError].filter((x) => typeof x === "string" && x).join(" · ");
  }
  return Object.keys(out).length ? out : undefined;
}

export function rememberCall(
  memory: ThreadMemory,
  call: { tool: string; args: Record<string, unknown>; text: string },
  result: McpCallResult,
): ThreadMemory {
  if (result.isError) return memory;
  const ids = resultIds(result);
  const cursor = (result.structured as { nextCursor?: unknown } | undefined)?.nextCursor;
  const labels = resultLabels(result);
  memory.lastCall = {
    tool: call.tool,
    args: replayable(call.args),
    text: call.text,
    ids,
    ...(labels ? { labels } : {}),
    ...(typeof cursor === "string" && cursor ? { nextCursor: cursor } : {}),
  };
  const assets = ids.filter((id) => id.startsWith("ast_"));
  if (assets.length) memory.lastAssetIds = assets.slice(0, 20);
  const exp =
    JSON.stringify(result.structured ?? {}).match(EXPERIMENT_ID) ?? JSON.stringify(call.args).match(EXPERIMENT_ID);
  if (exp) memory.lastExperimentId = exp[0];
  return memory;
}

/** The asset fields a change can put back as they were ("undo" after a rename, a rights or status change). */
export const RESTORABLE = [
  "name",
  "kind",
  "description",
  "category",
  "useCase",
  "source",
  "status",
  "owner",
  "rightsHolder",
  "rightsExpiresAt",
  "notes",
  "usageNotes",
  "lastReviewedAt",
  "rejectionReason",
] as const;
/** Fields an update may set to null; the other text fields are cleared with "". */
const NULLABLE = new Set(["rightsExpiresAt", "lastReviewedAt", "rejectionReason"]);

/**
 * What each asset field an update_asset call changes was, read from the asset as it stood before the call (a field
 * that was unset comes back as "" or null, so undo clears what the change set). Undefined when the call changes none.
 */
export function restorableBefore(
  args: Record<string, unknown>,
  asset: Record<string, unknown>,
): Record<string, unknown> | undefined {
  const before: Record<string, unknown> = {};
  for (const f of RESTORABLE.filter((f) => f in args)) {
    const was = asset[f];
    if (was === undefined) continue;
    before[f] = was === null && !NULLABLE.has(f) ? "" : was;
  }
  return Object.keys(before).length ? before : undefined;
}

/**
 * Before a confirmed change to an asset runs: what each field it changes was, so "undo" can put them back (a rename, a
 * rights holder, an expiry, a status). Undefined when the change touches none of them.
 */
export async function fieldsBefore(
  session: WinnowMcpSession,
  tool: string,
  args: Record<string, unknown>,
): Promise<Record<string, unknown> | undefined> {
  if (tool !== "update_asset" || typeof args.id !== "string") return undefined;
  if (!RESTORABLE.some((f) => f in args)) return undefined;
  const read = await session.call("get_asset", { id: args.id });
  if (read.isError) return undefined;
  const s = read.structured as { asset?: Record<string, unknown> } | undefined;
  const asset = s?.asset ?? (read.structured as Record<string, unknown> | undefined);
  return asset ? restorableBefore(args, asset) : undefined;
}

/** How an undo that puts fields back reads: "put the asset back to ready", "put back its name and rights holder". */
function restoreSummary(before: Record<string, unknown>): string {
  const fields = Object.keys(before);
  if (fields.length === 1 && typeof before.status === "string")
    return `put the asset back to ${before.status.replace(/_/g, " ")}`;
  const said = fields.map((f) => f.replace(/([A-Z])/g, " $1").toLowerCase());
  const list = said.length > 1 ? `${said.slice(0, -1).join(", ")} and ${said.at(-1)}` : said[0];
  return `put back the asset's ${list} as they were`;
}

/** The change a confirmed call made and, where one exists, the call that restores the state before it. */
export function changeOf(
  tool: string,
  args: Record<string, unknown>,
  result: McpCallResult,
  /** What the asset's changed fields were (fieldsBefore). */
  before?: Record<string, unknown>,
): LastChange | undefined {
  if (result.isError) return undefined;
  const s = (result.structured ?? {}) as Record<string, unknown>;
  const change: LastChange = { tool, args: replayable(args) };
  if (tool === "review_asset" && typeof s.from === "string" && typeof s.assetId === "string")
    change.undo = {
      tool: "update_asset",
      args: { id: s.assetId, status: s.from },
      summary: `put the asset back to ${s.from.replace(/_/g, " ")}`,
    };
  const was = before;
  if (tool === "update_asset" && was && Object.keys(was).length && typeof args.id === "string")
    change.undo = { tool: "update_asset", args: { id: args.id, ...was }, summary: restoreSummary(was) };
  if (tool === "link_deployment" && typeof args.platform === "string" && typeof args.platformAdId === "string")
    change.undo = {
      tool: "unlink_deployment",
      args: { platform: args.platform, platformAdId: args.platformAdId },
      summary: `unlink ${args.platform} ad ${args.platformAdId}`,
    };
  const member = args.slackUserId ?? args.email;
  if (tool === "add_brand_member" && typeof args.brand === "string" && typeof member === "string")
    change.undo = {
      tool: "remove_brand_member",
      args: { brand: args.brand, member, ...(typeof args.role === "string" ? { role: args.role } : {}) },
      summary: `take the ${String(args.role ?? "")} role away again`,
    };
  const added = Array.isArray(args.upsert) ? args.upsert.map((r) => (r as { id?: unknown }).id) : [];
  if (
    tool === "update_brand_rules" &&
    typeof args.brand === "string" &&
    added.every((id) => typeof id === "string") &&
    added.length
  )
    change.undo = {
      tool: "update_brand_rules",
      args: { brand: args.brand, remove: added },
      summary: `remove the rule${added.length > 1 ? "s" : ""} just added (${added.join(", ")})`,
    };
  // Promoting tagger vN retires the version before it (versions are promoted in order): undo restores that one.
  const promoted = tool === "promote_tagger" ? Number(String(args.version ?? "").match(/^v?(\d+)$/i)?.[1]) : 0;
  if (promoted > 1)
    change.undo = {
      tool: "rollback_tagger",
      args: { version: `v${promoted - 1}` },
      summary: `put tagger v${promoted - 1} back in charge`,
    };
  // A label move's result names the version the label pointed at before (move.fromVersion): undo points it there by
  // number, which the reply can name ("production back to v3"); without it, the label's own history (rollback).
  const from = (s.move as { fromVersion?: unknown } | undefined)?.fromVersion;
  if (tool === "set_prompt_label" && typeof args.name === "string" && typeof args.label === "string")
    change.undo =
      typeof from === "number" && from !== args.version
        ? {
            tool: "set_prompt_label",
            args: { name: args.name, label: args.label, version: from },
            summary: `move ${args.label} of ${args.name} back to version ${from}`,
          }
        : {
            tool: "set_prompt_label",
            args: { name: args.name, label: args.label, rollback: true },
            summary: `move ${args.label} of ${args.name} back to where it was`,
          };
  return change;
}

/** The thread's ids for the model: what "it", "the second one" or "that test" can point at. */
export function memoryNote(memory: ThreadMemory | undefined): string {
  if (!memory) return "";
  const lines: string[] = [];
  if (memory.reviewId)
    lines.push(
      `This thread is the review card of review ${memory.reviewId}: "approve it" / "reject, <reason>" from the user decide it with decide_review {reviewId: "${memory.reviewId}"}.`,
    );
  if (memory.lastCall)
    lines.push(
      `Last request in this thread: ${memory.lastCall.tool} ${JSON.stringify(memory.lastCall.args).slice(0, 600)}${
        memory.lastCall.ids?.length
          ? `; its result named, in order: ${memory.lastCall.ids.slice(0, 20).join(", ")}`
          : ""
      }.`,
    );
  if (memory.lastExperimentId) lines.push(`Experiment discussed in this thread: ${memory.lastExperimentId}.`);
  if (memory.lastChange)
    lines.push(
      `Last change made here: ${memory.lastChange.tool} ${JSON.stringify(memory.lastChange.args).slice(0, 300)}.`,
    );
  return lines.length
    ? `\n\nThread context (ids for follow-ups like "and for X?", "the second one", "undo"; never show raw ids to the user, use names):\n${lines.join("\n")}`
    : "";
}
