import { rankedAssets } from "./assets.ts";
import { count, date, esc, money, pct } from "./format.ts";
import { context, lines, named, nextPage, plural, prose, type Renderer, rendered, section, words } from "./kit.ts";
import type { Block } from "./types.ts";

/** Ad results: top performers, slot insights, metric ingestion, scheduler jobs and which ads count for which arms. */

export const top: Renderer = (o, c) => {
  const s = o.structured as {
    metric: string;
    range: { from: string; to: string };
    items: {
      assetId: string;
      name: string;
      value: number;
      impressions: number;
      spendMicros: number;
      currency: string | null;
    }[];
    belowFloor: number;
    total: number;
    minImpressions: number;
  };
  const value = (i: (typeof s.items)[number]) => {
    if (s.metric === "cpa" || s.metric === "spend")
      return `${money(i.value, i.currency)}${s.metric === "cpa" ? " per conversion" : " spent"}`;
    if (s.metric === "roas") return `${i.value.toFixed(2)}× ROAS`;
    if (/ctr|cvr/.test(s.metric)) return `${s.metric.toUpperCase()} ${pct(i.value, 2)}`;
    return `${count(i.value)} ${s.metric}`;
  };
  const page = typeof o.args.cursor === "string" ? " (next page)" : "";
  const head = s.items.length
    ? `*Top ${s.items.length} of ${s.total} by ${s.metric}*${page}, ${date(s.range.from)} – ${date(s.range.to)}`
    : `Nothing ran with at least ${count(s.minImpressions)} impressions between ${date(s.range.from)} and ${date(s.range.to)}.`;
  const footer = s.belowFloor
    ? `${plural(s.belowFloor, "more asset")} had fewer than ${count(s.minImpressions)} impressions, too few to rank.`
    : undefined;
  return {
    ...rankedAssets(
      c,
      head,
      s.items.map((i) => ({
        asset: { id: i.assetId, name: i.name },
        detail: `${value(i)} · ${count(i.impressions)} impressions · spend ${money(i.spendMicros, i.currency)}`,
      })),
      footer,
    ),
    charts: [],
    next: nextPage(o),
  };
};

export const slotInsights: Renderer = (o, c) => {
  const s = o.structured as {
    metric: string;
    slot: string | null;
    scope: { experimentId: string | null; templateId: string | null; audience: string | null };
    variants: number;
    experiments: number;
    baseline: number;
    effects: { slot: string; value: string; effect: number; observedMean: number; variants: number }[];
    answer: string;
  };
  const scope = [
    s.scope.audience ? `for ${esc(s.scope.audience)}` : "",
    s.scope.experimentId ? `in ${named(c, s.scope.experimentId, "this experiment")}` : "",
    s.scope.templateId ? `on ${named(c, s.scope.templateId, "this template")}` : "",
  ]
    .filter(Boolean)
    .join(" ");
  const best = s.effects[0];
  const points = (e: number) => `${e >= 0 ? "+" : ""}${(e * 100).toFixed(2)} pts`;
  const head = best
    ? `*${s.slot ? `Best ${esc(s.slot)}` : "Largest effect"}${scope ? ` ${scope}` : ""}: ${s.slot ? "" : `${esc(best.slot)} `}${esc(best.value)}* (${points(best.effect)} ${s.metric} vs the average ${pct(s.baseline, 2)})`
    : `No slot effects yet${scope ? ` ${scope}` : ""}: run experiments and ingest their metrics first.`;
  const rows = lines(
    s.effects,
    (e) =>
      `• ${esc(e.slot)} ${esc(e.value)}: ${points(e.effect)} (observed ${pct(e.observedMean, 2)}, ${plural(e.variants, "variant")})`,
    8,
  );
  return rendered([
    section([head, ...rows].join("\n")),
    context(
      `Adjusted for the other slots, from ${plural(s.variants, "measured variant")} in ${plural(s.experiments, "experiment")}.`,
    ),
  ]);
};

export const ingested: Renderer = (o, c) => {
  const s = o.structured as {
    platform: string;
    status: string;
    since: string;
    until: string;
    rowsUpserted: number;
    rowsRejected: number;
    rejections: { ref: string; reason: string }[];
    experiments: { experimentId: string; name: string; headline: string; ended: boolean; error?: string }[];
    format?: string;
    currency?: string | null;
    rowsRead?: number;
    notes?: string[];
    unknownAdIds?: { platform: string; platformAdId: string; rows: number }[];
  };
  const source = s.format ? `${words(s.format)} export` : s.platform;
  const head = `📥 *${esc(source)}*, ${date(s.since)} – ${date(s.until)}: ${plural(s.rowsUpserted, "row")} new or changed${
    s.rowsRead !== undefined ? ` of ${count(s.rowsRead)} read` : ""
  }${s.rowsRejected ? `, ${s.rowsRejected} rejected` : ""}${s.currency ? ` (${s.currency})` : ""}.`;
  const blocks: Block[] = [section(head)];
  if (s.experiments.length)
    blocks.push(
      section(
        `*Experiments updated*\n${lines(
          s.experiments,
          (e) => `• ${named(c, e.experimentId, e.name)}: ${e.error ? `⚠️ ${prose(c, e.error)}` : prose(c, e.headline)}`,
        ).join("\n")}`,
      ),
    );
  if (s.rejections.length)
    blocks.push(
      section(`*Rejected rows*\n${lines(s.rejections, (r) => `• ${esc(r.ref)}: ${prose(c, r.reason)}`, 5).join("\n")}`),
    );
  if (s.unknownAdIds?.length)
    blocks.push(
      context(
        `${plural(s.unknownAdIds.length, "ad")} not tied to any experiment arm (${s.unknownAdIds
          .slice(0, 5)
          .map((a) => `${a.platform} ${esc(a.platformAdId)}`)
          .join(
            ", ",
          )}${s.unknownAdIds.length > 5 ? ", …" : ""}): stored, but they count nowhere until linked to an arm.`,
      ),
    );
  if (s.notes?.length) blocks.push(context(lines(s.notes, (n) => prose(c, n), 3).join("\n")));
  return rendered(blocks);
};

export const jobs: Renderer = (o, c) => {
  const s = o.structured as {
    items: {
      name: string;
      status: string;
      attempts: number;
      runAfter: string;
      updatedAt: string;
      lastError: string | null;
    }[];
  };
  if (!s.items.length) return rendered([section("No scheduler jobs have run yet.")]);
  const icon: Record<string, string> = { succeeded: "✅", failed: "❌", running: "⏳", pending: "🕒" };
  const rows = lines(
    s.items,
    (j) =>
      `${icon[j.status] ?? "•"} *${esc(words(j.name))}* — ${j.status}, ${plural(j.attempts, "attempt")}, ${
        j.status === "pending" ? `next ${date(j.runAfter)}` : `last ${date(j.updatedAt)}`
      }${j.lastError ? `\n   ${prose(c, j.lastError).slice(0, 300)}` : ""}`,
  );
  return rendered([section(`*${plural(s.items.length, "job")}*\n${rows.join("\n")}`)]);
};

interface DeploymentOut {
  experimentId: string;
  assetId: string;
  platform: string;
  platformAdId: string;
  origin: string;
  linkedAt: string;
}

const adLine = (c: Parameters<Renderer>[1], d: DeploymentOut) =>
  `${d.platform} ad ${esc(d.platformAdId)} → ${named(c, d.assetId, "its variant")} in ${named(c, d.experimentId, "its experiment")}`;

export const linked: Renderer = (o, c) => {
  const s = o.structured as { deployment: DeploymentOut; created: boolean; metricDays: number; note: string | null };
  const head = `🔗 ${s.created ? "Linked" : "Already linked"}: ${adLine(c, s.deployment)}.`;
  const more = s.metricDays
    ? `${plural(s.metricDays, "day")} of its metrics already count for the arm.`
    : "Its metrics count for the arm from the next ingest.";
  return rendered([section(head), context([more, s.note ? prose(c, s.note) : ""].filter(Boolean).join(" "))]);
};

export const unlinked: Renderer = (o, c) => {
  const s = o.structured as { deployment: DeploymentOut };
  return rendered([section(`✂️ Unlinked ${adLine(c, s.deployment)}; its metrics no longer count there.`)]);
};

export const deployments: Renderer = (o, c) => {
  const s = o.structured as { items: DeploymentOut[] };
  if (!s.items.length) return rendered([section("No ads are tied to these experiment arms yet.")]);
  const rows = lines(s.items, (d) => `• ${adLine(c, d)}${d.origin === "manual" ? " (linked by hand)" : ""}`);
  return rendered([section(`*${plural(s.items.length, "ad")}*\n${rows.join("\n")}`)]);
};
