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
  if (ref && (tool.name === "promote_winners" || /stop|pause|allocation|prune/.test(tool.name))) {
    const read = await experimentFacts(session, ref);
    const experimentId = read?.experimentId ?? ref;
    if (tool.name === "promote_winners") {
      if (!read) return `Promote the winner of ${experimentId} and discard its losing variants.`;
      const leader = read.leader;
      return [
        leader
          ? `Promote “${leader.name}” (${leader.assetId}) as the winner of “${read.name}” (${experimentId}) — ` +
            `checked just now: P(best) ${pct(leader.probabilityBest)} on ${read.metric}; ` +
            `the other ${read.arms.length - 1} variant(s) are discarded (kept as negative examples).`
          : `Promote the winner of “${read.name}” (${experimentId}): no arm leads yet.`,
        read.ready ? "" : `Winnow's read-out says it is not decided yet: ${read.recommendation}`,
        args.toTemplate === true ? "The winner also becomes a new template version." : "",
        "If policy needs an approver, this opens a review request instead of promoting.",
      ]
        .filter(Boolean)
        .join(" ");
    }
    const name = read ? `“${read.name}” (${experimentId})` : experimentId;
    const losers = read?.arms.filter((a) => a.armId !== read.leader?.armId).map((a) => a.assetId) ?? [];
    const leader = read?.leader
      ? `“${read.leader.name}” (${read.leader.assetId}) leads at P(best) ${pct(read.leader.probabilityBest)}`
      : "";
    if (tool.name === "stop_experiment") {
      const pause =
        args.pauseLosers === false
          ? "Its ads are left running."
          : args.dryRun === false
            ? `Then PAUSE the losing ads on the ad platform${losers.length ? ` (variants ${losers.join(", ")})` : ""}.`
            : "Dry run for the ads: the losing ads that would pause are listed; nothing is sent to any ad platform.";
      return [`Stop ${name} and record its final call${leader ? ` (${leader})` : ""}.`, pause].join(" ");
    }
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
