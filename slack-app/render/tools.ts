import type { ToolOutcome } from "../../agents/orchestrator.ts";
import { clip, count, date, esc, humanText, money, pct, throughDate } from "./format.ts";
import { lineagePng } from "./lineage.ts";
import { type Block, mrkdwn, type RenderedOutcome, type RenderOptions } from "./types.ts";

type Renderer = (o: ToolOutcome, options: RenderOptions) => Promise<RenderedOutcome> | RenderedOutcome;

const MAX_ROWS = 10;
/** Statuses worth telling a marketer about in a list; the everyday ones (ready, approved...) are noise. */
const NOTABLE_STATUS = new Set([
  "needs_review",
  "in_review",
  "rejected",
  "archived",
  "discarded",
  "expired",
  "promoted",
]);

interface AssetLike {
  id: string;
  name: string;
  kind?: string;
  status?: string;
}

/** A ranked list of assets, thumbnails in result order: beside each row with a public URL, else uploaded in order. */
function rankedAssets(
  head: string,
  rows: { asset: AssetLike; detail: string }[],
  options: RenderOptions,
  footer?: string,
): Pick<RenderedOutcome, "blocks" | "images" | "text"> {
  const blocks: Block[] = [{ type: "section", text: mrkdwn(clip(head)) }];
  const images: RenderedOutcome["images"] = [];
  rows.slice(0, MAX_ROWS).forEach(({ asset, detail }, i) => {
    const url = options.thumbnailUrl(asset.id);
    const line = `*${i + 1}. ${esc(asset.name)}*${asset.kind ? ` · ${asset.kind}` : ""}${
      asset.status && NOTABLE_STATUS.has(asset.status) ? ` · ${asset.status.replace(/_/g, " ")}` : ""
    }\n${detail ? `${esc(detail)}\n` : ""}\`${asset.id}\``;
    blocks.push({
      type: "section",
      text: mrkdwn(clip(line)),
      ...(url ? { accessory: { type: "image" as const, image_url: url, alt_text: asset.name.slice(0, 2000) } } : {}),
    });
    if (!url) images.push({ assetId: asset.id, title: `${i + 1}. ${asset.name}` });
  });
  if (footer) blocks.push({ type: "context", elements: [mrkdwn(clip(footer))] });
  const text = [head, ...rows.slice(0, MAX_ROWS).map(({ asset }, i) => `${i + 1}. ${asset.name} (${asset.id})`)].join(
    "\n",
  );
  return { blocks, images, text };
}

function nextPage(o: ToolOutcome): RenderedOutcome["next"] {
  const cursor = o.structured?.nextCursor;
  return typeof cursor === "string" && cursor ? { tool: o.name, args: { ...o.args, cursor } } : undefined;
}

const search: Renderer = (o, options) => {
  const s = o.structured as {
    items: { asset: AssetLike; score: number; why: string[] }[];
    audience: string | null;
    notes: string[];
  };
  const page = typeof o.args.cursor === "string" ? " (next page)" : "";
  const head = s.items.length
    ? `*${s.items.length} ${o.name === "find_similar" ? "similar asset(s)" : "result(s)"}*${page}${
        s.audience ? ` biased toward *${s.audience}*` : ""
      }, best first`
    : "Nothing in the library matches. Try other words, or fewer filters.";
  const notes = s.notes.filter((n) => !/characters; searched/.test(n) || true).join(" · ");
  return {
    ...rankedAssets(
      head,
      s.items.map((h) => ({ asset: h.asset, detail: h.why.slice(0, 3).join("; ") })),
      options,
      notes || undefined,
    ),
    charts: [],
    next: nextPage(o),
  };
};

const listAssets: Renderer = (o, options) => {
  const s = o.structured as { items: (AssetLike & { createdAt?: string })[] };
  return {
    ...rankedAssets(
      `*${s.items.length} asset(s)*`,
      s.items.map((a) => ({ asset: a, detail: a.createdAt ? `added ${date(a.createdAt)}` : "" })),
      options,
    ),
    charts: [],
    next: nextPage(o),
  };
};

const generated: Renderer = (o, options) => {
  const s = o.structured as {
    variants: {
      assetId: string;
      slots: Record<string, string>;
      copy: Record<string, string>;
      costMicros: number;
      warnings: string[];
    }[];
    dropped: unknown[];
    failed: unknown[];
  };
  const total = s.variants.reduce((sum, v) => sum + v.costMicros, 0);
  const head = `*Made ${s.variants.length} variant(s)* for ${money(total)}${
    s.dropped.length ? ` · ${s.dropped.length} dropped by the brand rules` : ""
  }${s.failed.length ? ` · ${s.failed.length} failed` : ""}`;
  return {
    ...rankedAssets(
      head,
      s.variants.map((v, i) => ({
        asset: { id: v.assetId, name: v.copy.headline ?? `Variant ${i + 1}` },
        detail: [
          v.copy.body,
          v.copy.cta ? `CTA: ${v.copy.cta}` : "",
          Object.entries(v.slots)
            .map(([k, x]) => `${k} ${x}`)
            .join(" · "),
          v.warnings.length ? `⚠ ${v.warnings.join("; ")}` : "",
        ]
          .filter(Boolean)
          .join("\n"),
      })),
      options,
    ),
    charts: [],
  };
};

function metricValue(metric: string, v: number): string {
  return /ctr|cvr|rate|conversion/i.test(metric) ? pct(v, 2) : v.toFixed(2);
}

interface ArmOut {
  armId: string;
  assetId: string;
  label: string;
  status: string;
  impressions: number;
  mean: number;
  interval: [number, number];
  probabilityBest: number;
  lift: { median: number } | null;
  share: number;
}

/** The thumbnail of one asset as its own section (public URL) or an upload, with a caption line. */
function featured(assetId: string, caption: string, alt: string, options: RenderOptions) {
  const url = options.thumbnailUrl(assetId);
  const block: Block = {
    type: "section",
    text: mrkdwn(clip(caption)),
    ...(url ? { accessory: { type: "image" as const, image_url: url, alt_text: alt.slice(0, 2000) } } : {}),
  };
  return { block, images: url ? [] : [{ assetId, title: alt }] };
}

const experiment: Renderer = (o, options) => {
  const s = o.structured as {
    experimentId: string;
    name: string;
    metric: string;
    status: string;
    state?: string;
    platform: string;
    spendMicros: number;
    currency?: string | null;
    latestMetricDate?: string | null;
    arms: ArmOut[];
    srm: { status: string; pValue: number };
    recommendation: { status: string; text: string; leaderArmId?: string | null; winnerArmId?: string | null };
  };
  const arms = [...s.arms].sort((a, b) => b.probabilityBest - a.probabilityBest);
  const leaderId = s.recommendation.winnerArmId ?? s.recommendation.leaderArmId;
  const leader = arms.find((a) => a.armId === leaderId) ?? arms[0];
  const state = s.state ? ` (${s.state})` : "";
  const data = s.latestMetricDate ? ` · data through ${date(s.latestMetricDate)}` : "";
  const head =
    `*${esc(s.name)}*${state} · ${s.metric} on ${s.platform} · spend ${money(s.spendMicros, s.currency)}${data}\n` +
    `${esc(humanText(s.status))}${s.recommendation.text && !s.status.includes(s.recommendation.text) ? `\n${esc(humanText(s.recommendation.text))}` : ""}`;
  const blocks: Block[] = [{ type: "section", text: mrkdwn(clip(head)) }];
  const images: RenderedOutcome["images"] = [];
  if (leader) {
    const word = s.recommendation.winnerArmId ? "Winner" : "Leader";
    const shown = featured(
      leader.assetId,
      `*${word}: ${esc(leader.label)}* — P(best) ${pct(leader.probabilityBest)}, ${s.metric} ${metricValue(
        s.metric,
        leader.mean,
      )} (${metricValue(s.metric, leader.interval[0])}–${metricValue(s.metric, leader.interval[1])})`,
      `${word}: ${leader.label}`,
      options,
    );
    blocks.push(shown.block);
    images.push(...shown.images);
  }
  const rows = arms.map(
    (a, i) =>
      `${i + 1}. ${esc(a.label)} — P(best) ${pct(a.probabilityBest)} · ${metricValue(s.metric, a.mean)}${
        a.lift ? ` · lift ${a.lift.median >= 0 ? "+" : ""}${pct(a.lift.median)}` : ""
      } · ${count(a.impressions)} impressions · ${pct(a.share, 0)} of traffic${a.status !== "active" ? ` · ${a.status}` : ""}`,
  );
  blocks.push({ type: "section", text: mrkdwn(clip(rows.join("\n"))) });
  const srm =
    s.srm.status === "flagged"
      ? `⚠ Traffic split looks wrong (sample-ratio mismatch, p=${s.srm.pValue.toExponential(1)}): check delivery before trusting this.`
      : "Traffic split OK (no sample-ratio mismatch).";
  blocks.push({ type: "context", elements: [mrkdwn(`${srm} \`${s.experimentId}\``)] });
  return {
    blocks,
    images,
    charts: [],
    text: `${s.name}: ${humanText(s.status)}${leader ? ` Leader ${leader.label}, P(best) ${pct(leader.probabilityBest)}.` : ""}`,
  };
};

const PAUSE_WORDS: Record<string, string> = {
  would_pause: "would pause",
  paused: "⏸ paused",
  marked_paused: "⏸ marked paused",
  failed: "⚠ failed to pause",
  no_api: "pause by hand (no platform API)",
};

const stopped: Renderer = (o, options) => {
  const s = o.structured as {
    experimentId: string;
    name: string;
    alreadyEnded: boolean;
    dryRun: boolean;
    finalCall: {
      assetId: string | null;
      name: string | null;
      basis: string;
      probabilityBest: number | null;
      recommendation: string;
    };
    pauses: { assetId: string; name: string; platform: string; platformAdId: string; action: string; error?: string }[];
    status: string;
  };
  const f = s.finalCall;
  const call =
    f.basis === "confident"
      ? `winner *${esc(f.name ?? "?")}* (P(best) ${pct(f.probabilityBest ?? 0)})`
      : f.basis === "srm"
        ? "no trustworthy winner (the traffic split was off)"
        : `best guess *${esc(f.name ?? "?")}* (P(best) ${pct(f.probabilityBest ?? 0)}; not conclusive)`;
  const head = `*${esc(s.name)}* ${s.alreadyEnded ? "had already ended" : "is stopped"} — final call: ${call}.`;
  const blocks: Block[] = [];
  const images: RenderedOutcome["images"] = [];
  if (f.assetId) {
    const shown = featured(f.assetId, head, `Final call: ${f.name ?? f.assetId}`, options);
    blocks.push(shown.block);
    images.push(...shown.images);
  } else blocks.push({ type: "section", text: mrkdwn(clip(head)) });
  const lines = s.pauses.map(
    (p) =>
      `• ${PAUSE_WORDS[p.action] ?? p.action}: ${esc(p.name)} — ${p.platform} ad ${p.platformAdId}${p.error ? ` (${esc(p.error)})` : ""}`,
  );
  if (lines.length) blocks.push({ type: "section", text: mrkdwn(clip(`*Losing ads*\n${lines.join("\n")}`)) });
  const wouldPause = s.pauses.filter((p) => p.action === "would_pause");
  if (s.dryRun && wouldPause.length) {
    blocks.push({
      type: "context",
      elements: [mrkdwn("Dry run: nothing was sent to any ad platform yet.")],
    });
  }
  return {
    blocks,
    images,
    charts: [],
    text: `${head.replace(/\*/g, "")}${lines.length ? `\n${lines.join("\n")}` : ""}`,
    ...(s.dryRun && wouldPause.length
      ? {
          followUp: {
            tool: "stop_experiment",
            args: { experimentId: s.experimentId, pauseLosers: true, dryRun: false },
            summary: `Pause ${wouldPause.length} losing ad(s) of “${s.name}” (${s.experimentId}) on the platform for real: ${wouldPause
              .map((p) => `${p.name} (${p.platform} ad ${p.platformAdId})`)
              .join(", ")}.`,
          },
        }
      : {}),
  };
};

const allocation: Renderer = (o) => {
  const s = o.structured as {
    name: string;
    experimentId: string;
    applied: boolean;
    frozen: boolean;
    effectiveDate: string;
    next: { label: string; share: number; previous: number }[];
    pruned: { armId: string; reason: string }[];
    status: string;
  };
  const head = `*${esc(s.name)}* — ${s.applied ? "new traffic split recorded" : "preview of the next traffic split"}${
    s.frozen ? " (held where it is: the split looked wrong)" : ""
  }, from ${date(s.effectiveDate)}`;
  const rows = s.next.map((a) => `• ${esc(a.label)}: ${pct(a.previous, 0)} → *${pct(a.share, 0)}*`);
  const pruned = s.pruned.map((p) => `• dropped: ${esc(p.reason)}`);
  return {
    blocks: [
      { type: "section", text: mrkdwn(clip([head, ...rows, ...pruned].join("\n"))) },
      { type: "context", elements: [mrkdwn(clip(`${esc(humanText(s.status))} \`${s.experimentId}\``))] },
    ],
    images: [],
    charts: [],
    text: [head, ...rows].join("\n").replace(/\*/g, ""),
  };
};

const top: Renderer = (o, options) => {
  const s = o.structured as {
    metric: string;
    range: { from: string; to: string };
    items: {
      assetId: string;
      name: string;
      value: number;
      impressions: number;
      spendMicros: number;
      ctr: number | null;
      cvr: number | null;
      cpaMicros: number | null;
      roas: number | null;
    }[];
    belowFloor: number;
    total: number;
    minImpressions: number;
  };
  const value = (i: (typeof s.items)[number]) => {
    if (s.metric === "cpa" || s.metric === "spend") return money(i.value);
    if (s.metric === "roas") return `${i.value.toFixed(2)}× ROAS`;
    if (/ctr|cvr/.test(s.metric)) return `${s.metric.toUpperCase()} ${pct(i.value, 2)}`;
    return `${count(i.value)} ${s.metric}`;
  };
  const page = typeof o.args.cursor === "string" ? " (next page)" : "";
  const head = s.items.length
    ? `*Top ${s.items.length} of ${s.total} by ${s.metric}*${page}, ${date(s.range.from)} – ${date(s.range.to)}`
    : `Nothing ran with at least ${count(s.minImpressions)} impressions between ${date(s.range.from)} and ${date(s.range.to)}.`;
  const footer = s.belowFloor
    ? `${s.belowFloor} more asset(s) had fewer than ${count(s.minImpressions)} impressions, too few to rank.`
    : undefined;
  return {
    ...rankedAssets(
      head,
      s.items.map((i) => ({
        asset: { id: i.assetId, name: i.name },
        detail: `${value(i)} · ${count(i.impressions)} impressions · spend ${money(i.spendMicros)}`,
      })),
      options,
      footer,
    ),
    charts: [],
    next: nextPage(o),
  };
};

const lineage: Renderer = async (o) => {
  const s = o.structured as {
    root: string;
    nodes: { id: string; kind: string; label: string; side: string; depth: number; assetKind?: string }[];
    edges: { from: string; relation: string; to: string }[];
    truncated: boolean;
    answer: { campaign: { name: string }; promptVersions: { label: string; outputs: number }[] } | null;
  };
  const root = s.nodes.find((n) => n.id === s.root);
  const title = `Lineage of ${root?.label ?? s.root}`;
  const side = (which: string) =>
    s.nodes
      .filter((n) => n.side === which && n.depth === 1)
      .map((n) => `${n.label} (${(n.assetKind ?? n.kind).replace(/_/g, " ")})`)
      .slice(0, 8);
  const lines = [`*${esc(title)}*`];
  if (s.answer) {
    lines.push(
      `Campaign “${esc(s.answer.campaign.name)}” used: ${s.answer.promptVersions.map((p) => `${p.label} (${p.outputs} output(s))`).join(", ") || "no recorded prompt versions"}`,
    );
  }
  const up = side("upstream");
  const down = side("downstream");
  if (up.length) lines.push(`Made from: ${esc(up.join(", "))}`);
  if (down.length) lines.push(`Went to: ${esc(down.join(", "))}`);
  if (!up.length && !down.length && !s.answer) lines.push("No lineage recorded for it yet.");
  const charts: RenderedOutcome["charts"] = [];
  let note = `${s.nodes.length} node(s), ${s.edges.length} link(s)${s.truncated ? " (walk stopped early; ask for fewer hops)" : ""}`;
  if (s.nodes.length > 1) {
    const { png, shown } = await lineagePng(s, title);
    charts.push({ filename: `lineage-${s.root}.png`, title, png });
    if (shown < s.nodes.length) note += ` · picture shows the ${shown} nearest`;
  }
  return {
    blocks: [
      { type: "section", text: mrkdwn(clip(lines.join("\n"))) },
      { type: "context", elements: [mrkdwn(note)] },
    ],
    images: [],
    charts,
    text: lines.join("\n").replace(/\*/g, ""),
  };
};

const cost: Renderer = (o) => {
  const s = o.structured as {
    range: { from: string | null; to: string | null };
    totals: { costMicros: number; calls: number; images: number };
    breakdowns: { dimension: string; rows: { label: string; costMicros: number; share: number }[]; more: boolean }[];
    costPerWinner: {
      label: string;
      costPerWinnerMicros: number | null;
      costPerWinningAssetMicros: number | null;
      adSpendMicros: number;
      winners: number;
      note: string | null;
    }[];
  };
  const range =
    s.range.from || s.range.to
      ? ` from ${s.range.from ? date(s.range.from) : "the start"} through ${throughDate(s.range.to)}`
      : "";
  const head = `*Spend ${money(s.totals.costMicros)}*${range} · ${count(s.totals.calls)} provider call(s) · ${count(s.totals.images)} image(s)`;
  const blocks: Block[] = [{ type: "section", text: mrkdwn(head) }];
  for (const b of s.breakdowns.filter((x) => x.rows.length)) {
    const rows = b.rows
      .slice(0, 6)
      .map((r) => `• ${esc(r.label)}: ${money(r.costMicros)} (${pct(r.share, 0)})`)
      .join("\n");
    blocks.push({
      type: "section",
      text: mrkdwn(clip(`*By ${b.dimension.replace(/_/g, " ")}*\n${rows}${b.rows.length > 6 || b.more ? "\n…" : ""}`)),
    });
  }
  const winners = s.costPerWinner.map((w) =>
    w.costPerWinnerMicros === null
      ? `• ${esc(w.label)}: no winner yet${w.note ? ` (${esc(w.note)})` : ""}`
      : `• ${esc(w.label)}: ${money(w.costPerWinnerMicros)} per winner (${w.winners} promoted)${
          w.costPerWinningAssetMicros !== null
            ? `; ${money(w.costPerWinningAssetMicros)} with ad spend ${money(w.adSpendMicros)}`
            : ""
        }`,
  );
  if (winners.length) blocks.push({ type: "section", text: mrkdwn(clip(`*Cost per winner*\n${winners.join("\n")}`)) });
  return { blocks, images: [], charts: [], text: head.replace(/\*/g, "") };
};

const promote: Renderer = (o, options) => {
  const s = o.structured as {
    status: string;
    winnerAssetId: string | null;
    message: string;
    reviewRequestId: string | null;
  };
  const icon = s.status === "promoted" ? "🏆" : s.status === "review_requested" ? "⏳" : "ℹ️";
  const blocks: Block[] = [{ type: "section", text: mrkdwn(clip(`${icon} ${esc(humanText(s.message))}`)) }];
  const images: RenderedOutcome["images"] = [];
  if (s.winnerAssetId) {
    const url = options.thumbnailUrl(s.winnerAssetId);
    if (url) blocks.push({ type: "image", image_url: url, alt_text: `winner ${s.winnerAssetId}` });
    else images.push({ assetId: s.winnerAssetId, title: "Winner" });
  }
  return { blocks, images, charts: [], text: humanText(s.message) };
};

const RENDERERS: Record<string, Renderer> = {
  search_assets: search,
  find_similar: search,
  list_assets: listAssets,
  generate_variants: generated,
  get_experiment_results: experiment,
  trace_lineage: lineage,
  cost_report: cost,
  promote_winners: promote,
  stop_experiment: stopped,
  update_allocation: allocation,
  top_performers: top,
};

/** Any tool: its text made human (no cursors, micros or JSON), with the assets it returned shown in its order. */
const generic: Renderer = (o, options) => {
  const text = humanText(o.text) || (o.isError ? "That failed." : "Done.");
  const assets = assetsIn(o.structured);
  const blocks: Block[] = [{ type: "section", text: mrkdwn(clip(esc(text))) }];
  const images: RenderedOutcome["images"] = [];
  for (const [i, a] of assets.slice(0, 4).entries()) {
    const url = options.thumbnailUrl(a.id);
    if (url)
      blocks.push({
        type: "image",
        image_url: url,
        alt_text: a.name.slice(0, 2000),
        title: { type: "plain_text", text: `${i + 1}. ${a.name}`.slice(0, 2000) },
      });
    else images.push({ assetId: a.id, title: `${i + 1}. ${a.name}` });
  }
  return { blocks, images, charts: [], text, next: nextPage(o) };
};

/** Assets by the result's shape, in its order: items[].asset, items[].assetId, items[] of assets, asset, variants. */
function assetsIn(structured: Record<string, unknown> | undefined): AssetLike[] {
  if (!structured) return [];
  const out: AssetLike[] = [];
  const take = (x: unknown) => {
    if (!x || typeof x !== "object") return;
    const r = x as Record<string, unknown>;
    const inner = r.asset as Record<string, unknown> | undefined;
    const id = (inner?.id ?? r.assetId ?? r.id) as unknown;
    if (typeof id === "string" && id.startsWith("ast_")) {
      const name = (inner?.name ?? r.name ?? r.label ?? id) as string;
      out.push({ id, name: String(name) });
    }
  };
  take(structured);
  for (const key of ["items", "variants", "assets", "performers", "results"]) {
    const list = structured[key];
    if (Array.isArray(list)) list.forEach(take);
  }
  return [...new Map(out.map((a) => [a.id, a])).values()];
}

export async function renderOutcome(o: ToolOutcome, options: RenderOptions): Promise<RenderedOutcome> {
  const renderer = !o.isError && o.structured ? RENDERERS[o.name] : undefined;
  if (renderer) {
    try {
      return await renderer(o, options);
    } catch {
      // A result of an unexpected shape (a newer tool version) still reads well through the generic renderer.
    }
  }
  if (o.isError) {
    const message = humanText(o.text.replace(/^[a-z_]+: /, ""));
    return {
      blocks: [{ type: "section", text: mrkdwn(clip(`⚠️ ${esc(message)}`)) }],
      images: [],
      charts: [],
      text: message,
    };
  }
  return generic(o, options);
}
