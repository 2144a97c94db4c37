import { promoteSummary, stopSummary } from "../core/experiments/change-summary.ts";
import type { Story } from "../core/experiments/story.ts";
import type { McpToolInfo, WinnowMcpSession } from "./mcp-client.ts";

/**
 * What a destructive tool call will change, in words a marketer can check before pressing Confirm: the experiment it
 * checked (name, leader, P(best), what happens to the other arms), the assets by name, the ads it pauses. Facts come
 * from read-only tools in the same session, so the summary shows what is true now, not what the model assumed.
 */
export async function describeChange(
  session: WinnowMcpSession,
  tool: Pick<McpToolInfo, "name" | "title">,
  args: Record<string, unknown>,
): Promise<string> {
  const ref = experimentRefOf(args);
  if (ref && (tool.name === "promote_winners" || tool.name === "stop_experiment")) {
    // One text from the experiment's story (core/experiments/change-summary.ts), the same the Slack card tells. Ids
    // stand where names go: Slack links them by name (slack-app/render/kit.ts prose).
    const told = await experimentStory(session, ref);
    if (!told)
      return tool.name === "promote_winners"
        ? `Promote the winner of ${ref} and discard its losing variants.`
        : `Stop ${ref} and record its final call.`;
    const names = {
      experiment: told.experimentId,
      call: told.arms.find((a) => a.armId === told.story.call?.armId)?.assetId,
    };
    return tool.name === "promote_winners"
      ? promoteSummary(told.story, names, { arms: told.arms.length, toTemplate: args.toTemplate === true })
      : stopSummary(told.story, names, {
          pauseLosers: args.pauseLosers as boolean | undefined,
          dryRun: args.dryRun as boolean | undefined,
        });
  }
  if (ref && /stop|pause|allocation|prune/.test(tool.name)) {
    const read = await experimentFacts(session, ref);
    const experimentId = read?.experimentId ?? ref;
    const name = read ? `“${read.name}” (${experimentId})` : experimentId;
    const leader = read?.leader
      ? `“${read.leader.name}” (${read.leader.assetId}) leads at P(best) ${pct(read.leader.probabilityBest)}`
      : "";
    return [
      `${tool.title ?? tool.name}: ${name}.`,
      leader ? `${leader[0]!.toUpperCase()}${leader.slice(1)}.` : "",
      otherArgs(args, ["experimentId", "experiment"]),
    ]
      .filter(Boolean)
      .join(" ");
  }
  if (tool.name === "decide_review" && typeof args.reviewId === "string") return describeDecision(session, args);
  const assetIds = [
    ...(typeof args.id === "string" && args.id.startsWith("ast_") ? [args.id] : []),
    ...(Array.isArray(args.assetIds) ? args.assetIds.filter((a): a is string => typeof a === "string") : []),
  ];
  const names = await assetNames(session, assetIds);
  const subject = assetIds.length ? ` on ${assetIds.map((id) => named(id, names)).join(", ")}` : "";
  if (tool.name === "resolve_duplicates" && assetIds.length) {
    const keep = typeof args.keepId === "string" ? named(args.keepId, names) : "the suggested keeper";
    return `Merge ${assetIds.length} duplicates: keep ${keep} and archive the others (${assetIds
      .filter((id) => id !== args.keepId)
      .map((id) => named(id, names))
      .join(", ")}); their tags and links move to the keeper.`;
  }
  const rest = otherArgs(args, ["id", "assetIds"]);
  return `${tool.title ?? tool.name}${subject}${rest ? ` — ${rest}` : ""}.`;
}

/** "Approve the review of “Spring offer variant 611” (new audience)": the subject by its name, not the review's id. */
async function describeDecision(session: WinnowMcpSession, args: Record<string, unknown>): Promise<string> {
  const verb = args.decision === "reject" ? "Reject" : "Approve";
  const r = await session.call("list_reviews", { limit: 100 });
  const items = ((r.structured as { items?: unknown[] } | undefined)?.items ?? []) as {
    id: string;
    subjectType: string;
    subjectId: string;
    reasons: string[];
  }[];
  const item = items.find((i) => i.id === args.reviewId);
  if (!item) return `${verb} the review request${typeof args.reason === "string" ? ` (${args.reason})` : ""}.`;
  const names = item.subjectId.startsWith("ast_") ? await assetNames(session, [item.subjectId]) : new Map();
  const subject = names.get(item.subjectId)
    ? `“${names.get(item.subjectId)}” (${item.subjectId})`
    : `${item.subjectType} ${item.subjectId}`;
  const why = item.reasons.length ? ` — it needs a human because: ${item.reasons.join("; ")}` : "";
  return `${verb} the ${item.subjectType} review of ${subject}${why}${typeof args.reason === "string" ? `. Reason: ${args.reason}` : ""}.`;
}

/** The experiment a call names, by id (`experimentId`) or name (`experiment`). */
function experimentRefOf(args: Record<string, unknown>): string | undefined {
  if (typeof args.experimentId === "string") return args.experimentId;
  return typeof args.experiment === "string" ? args.experiment : undefined;
}

const experimentResults = (session: WinnowMcpSession, ref: string) =>
  session.call("get_experiment_results", ref.startsWith("exp_") ? { experimentId: ref } : { experiment: ref });

/** The experiment's story now, read as the person in this session (undefined when they may not, or it is gone). */
async function experimentStory(
  session: WinnowMcpSession,
  ref: string,
): Promise<{ experimentId: string; story: Story; arms: { armId: string; assetId: string }[] } | undefined> {
  const r = await experimentResults(session, ref);
  const s = r.structured as
    | { experimentId: string; story?: Story; arms: { armId: string; assetId: string }[] }
    | undefined;
  return !r.isError && s?.story ? { experimentId: s.experimentId, story: s.story, arms: s.arms } : undefined;
}

interface ExperimentFacts {
  experimentId: string;
  name: string;
  status: string;
  metric: string;
  recommendation: string;
  /** The read-out names a winner. */
  ready: boolean;
  arms: { armId: string; assetId: string; label: string; probabilityBest: number }[];
  leader?: { armId: string; assetId: string; label: string; name: string; probabilityBest: number } | undefined;
}

async function experimentFacts(session: WinnowMcpSession, ref: string): Promise<ExperimentFacts | undefined> {
  const r = await experimentResults(session, ref);
  const s = r.structured as
    | {
        experimentId: string;
        name: string;
        status: string;
        metric: string;
        recommendation?: { text: string; status: string; winnerArmId: string | null };
        arms: ExperimentFacts["arms"];
      }
    | undefined;
  if (r.isError || !s) return undefined;
  const top = [...s.arms].sort((a, b) => b.probabilityBest - a.probabilityBest)[0];
  const names = top ? await assetNames(session, [top.assetId]) : new Map<string, string>();
  return {
    experimentId: s.experimentId,
    name: s.name,
    status: s.status,
    metric: s.metric,
    recommendation: s.recommendation?.text ?? "",
    ready: !!s.recommendation?.winnerArmId,
    arms: s.arms,
    leader: top ? { ...top, name: names.get(top.assetId) ?? top.label } : undefined,
  };
}

async function assetNames(session: WinnowMcpSession, ids: string[]): Promise<Map<string, string>> {
  const names = new Map<string, string>();
  for (const id of ids.slice(0, 10)) {
    const r = await session.call("get_asset", { id });
    const name = (r.structured as { asset?: { name?: string } } | undefined)?.asset?.name;
    if (!r.isError && name) names.set(id, name);
  }
  return names;
}

const named = (id: string, names: Map<string, string>) => (names.has(id) ? `“${names.get(id)}” (${id})` : id);
const pct = (p: number) => `${Math.round(p * 1000) / 10}%`;

/** The remaining arguments as `key: value`, money in dollars, nothing nested beyond one level. */
function otherArgs(args: Record<string, unknown>, skip: string[]): string {
  return Object.entries(args)
    .filter(([k, v]) => !skip.includes(k) && v !== undefined && v !== null && k !== "cursor")
    .map(([k, v]) => {
      if (/Micros$/.test(k) && typeof v === "number") return `${k.replace(/Micros$/, "")}: $${(v / 1e6).toFixed(2)}`;
      return `${k}: ${flat(v).slice(0, 200)}`;
    })
    .join(", ");
}

function flat(v: unknown): string {
  if (Array.isArray(v)) return v.map(flat).join(", ");
  if (v && typeof v === "object") {
    return Object.entries(v)
      .map(([k, x]) => `${k} ${flat(x)}`)
      .join("; ");
  }
  return String(v);
}

/**
 * The brands a destructive call touches (by slug), read like the summary from read-only tools in the same
 * session: its `brand` argument, the assets it names, the arms' assets of the experiment it names. Empty when it
 * touches no brand's data (the tagger, prompt labels) or the subject cannot be read; then any approver may confirm.
 */
export async function brandsOfChange(session: WinnowMcpSession, args: Record<string, unknown>): Promise<string[]> {
  const brands = new Set<string>();
  if (typeof args.brand === "string" && args.brand) brands.add(args.brand);
  const assetIds = new Set<string>();
  for (const key of ["id", "assetId", "keepId"])
    if (typeof args[key] === "string" && (args[key] as string).startsWith("ast_")) assetIds.add(args[key] as string);
  if (Array.isArray(args.assetIds)) for (const a of args.assetIds) if (typeof a === "string") assetIds.add(a);
  const ref = experimentRefOf(args);
  if (ref) {
    const r = await experimentResults(session, ref);
    const arms = (r.structured as { arms?: { assetId: string }[] } | undefined)?.arms ?? [];
    if (!r.isError) for (const a of arms) assetIds.add(a.assetId);
  }
  for (const id of [...assetIds].slice(0, 20)) {
    const r = await session.call("get_asset", { id });
    const brandId = (r.structured as { asset?: { brandId?: string | null } } | undefined)?.asset?.brandId;
    if (!r.isError && brandId) brands.add(brandId);
  }
  // Named by slug, which is what people see in Slack; a brand that cannot be read stays as given (and refuses).
  const slugs = new Set<string>();
  for (const ref of brands) {
    const r = await session.call("list_brands", { brand: ref });
    const slug = (r.structured as { items?: { slug?: string }[] } | undefined)?.items?.[0]?.slug;
    slugs.add(!r.isError && slug ? slug : ref);
  }
  return [...slugs];
}
