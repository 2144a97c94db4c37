import type { Context } from "hono";
import { html } from "hono/html";
import { stackedAreaChart } from "../../../core/charts/area.ts";
import { probabilityBest } from "../../../core/charts/beta.ts";
import { posteriorChart } from "../../../core/charts/density.ts";
import { notFound } from "../../../core/errors.ts";
import { experimentDetail, experimentsList } from "../../../db/repositories/dashboard_experiments.ts";
import type { Services } from "../../services.ts";
import { badge, chart, empty, type Html, money, page, pct, when } from "../layout.ts";

export async function experimentsView(_c: Context, services: Services): Promise<Html> {
  const rows = await experimentsList(services.database.db);
  const body = rows.length
    ? html`<table><thead><tr><th scope="col">Experiment</th><th scope="col">Status</th><th scope="col">Metric</th><th scope="col">Campaign</th><th class="num" scope="col">Arms</th><th class="num" scope="col">Impressions</th><th class="num" scope="col">Clicks</th><th class="num" scope="col">CTR</th><th scope="col">Started</th></tr></thead><tbody>
      ${rows.map(
        (
          e,
        ) => html`<tr><td><a href="/experiments/${e.id}">${e.name}</a>${e.srmFlagged ? html` <span class="warn" title="sample ratio mismatch">⚠ SRM</span>` : ""}${e.winnerArmId ? html` 🏆` : ""}</td>
        <td>${badge(e.status)}</td><td>${e.metric}</td><td>${e.campaignName ?? "—"}</td><td class="num">${e.arms}</td>
        <td class="num">${Number(e.impressions).toLocaleString("en-US")}</td><td class="num">${Number(e.clicks).toLocaleString("en-US")}</td>
        <td class="num">${pct(e.impressions ? e.clicks / e.impressions : null, 2)}</td><td>${when(e.startedAt)}</td></tr>`,
      )}</tbody></table>`
    : empty(
        "No experiments yet.",
        "Experiments appear when outputs are deployed to an ad platform or the market simulator.",
      );
  return page("Experiments", "/experiments", body);
}

/** Successes for the posterior: conversions for CVR-type metrics, clicks otherwise. */
function successes(metric: string, arm: { clicks: number; conversions: number }) {
  return /cvr|conversion/i.test(metric) ? arm.conversions : arm.clicks;
}

export async function experimentView(c: Context, services: Services): Promise<Html> {
  const id = c.req.param("id") ?? "";
  const detail = await experimentDetail(services.database.db, id);
  if (!detail) throw notFound("Experiment", id, "Open /experiments for the list.");
  const { experiment: e, arms, allocations } = detail;
  const trials = (a: (typeof arms)[number]) => (/cvr|conversion/i.test(e.metric) ? a.clicks : a.impressions);
  const curves = arms.map((a) => ({
    name: a.assetName ?? a.assetId,
    alpha: 1 + Number(successes(e.metric, a) ?? 0),
    beta: 1 + Math.max(0, Number(trials(a) ?? 0) - Number(successes(e.metric, a) ?? 0)),
  }));
  const pBest = probabilityBest(curves);
  const names = Object.fromEntries(arms.map((a) => [a.id, a.assetName ?? a.assetId]));
  const byTime = new Map<string, Record<string, number>>();
  for (const row of allocations) byTime.set(row.computedAt, { ...byTime.get(row.computedAt), [row.armId]: row.share });
  const snapshots = [...byTime].map(([at, shares]) => ({ at: Date.parse(at), shares }));
  const bestIndex = pBest.indexOf(Math.max(...pBest));
  const best = arms[bestIndex];
  const winner = arms.find((a) => a.id === e.winnerArmId);
  const totalTrials = arms.reduce((s, a) => s + Number(trials(a) ?? 0), 0);
  const recommendation = winner
    ? html`<strong>Winner decided:</strong> <a href="/assets/${winner.assetId}">${winner.assetName ?? winner.assetId}</a>.`
    : arms.length < 2
      ? html`Add at least two arms to compare.`
      : totalTrials === 0
        ? html`No traffic yet — keep the experiment running until arms have impressions.`
        : (pBest[bestIndex] ?? 0) >= 0.95
          ? html`<strong>Promote ${best?.assetName ?? best?.assetId}</strong>: ${pct(pBest[bestIndex])} probability to be best. Promotion needs a recorded approval where policy says so.`
          : html`<strong>Keep testing.</strong> Leader: ${best?.assetName ?? best?.assetId} at ${pct(pBest[bestIndex])} probability to be best (threshold 95%).`;
  const body = html`<p>${badge(e.status)} metric <strong>${e.metric}</strong> · campaign ${e.campaignName ?? "—"} · audience ${e.audienceName ?? "—"} · started ${when(e.startedAt)}${e.endedAt ? html` · ended ${when(e.endedAt)}` : ""}${e.srmFlagged ? html` · <span class="warn">⚠ sample ratio mismatch flagged</span>` : ""}</p>
  <section class="recommend" aria-label="Recommendation"><h2 style="margin-top:0">Recommendation</h2><p>${recommendation}</p></section>
  <h2>Arms</h2>
  ${
    arms.length
      ? html`<table><thead><tr><th scope="col">Arm (asset)</th><th scope="col">Status</th><th class="num" scope="col">Impressions</th><th class="num" scope="col">Clicks</th><th class="num" scope="col">Conversions</th><th class="num" scope="col">Spend</th><th class="num" scope="col">Observed rate</th><th class="num" scope="col">P(best)</th></tr></thead><tbody>
      ${arms.map(
        (
          a,
          i,
        ) => html`<tr><td><a href="/assets/${a.assetId}">${a.assetName ?? a.assetId}</a>${a.id === e.winnerArmId ? " 🏆" : ""}</td><td>${badge(a.status)}${a.statusReason ? html` <span class="muted">${a.statusReason}</span>` : ""}</td>
        <td class="num">${Number(a.impressions ?? 0).toLocaleString("en-US")}</td><td class="num">${Number(a.clicks ?? 0).toLocaleString("en-US")}</td><td class="num">${Number(a.conversions ?? 0).toLocaleString("en-US")}</td>
        <td class="num">${money(a.spend)}</td><td class="num">${pct(trials(a) ? successes(e.metric, a) / trials(a) : null, 2)}</td><td class="num">${pct(pBest[i])}</td></tr>`,
      )}</tbody></table>`
      : empty("No arms yet.", "Arms are added when variants are deployed into this experiment.")
  }
  <div class="two"><div><h2>Posterior ${e.metric}</h2>${chart(posteriorChart(curves, { title: `Posterior ${e.metric} per arm`, metric: e.metric }), "Beta(1 + successes, 1 + failures) per arm; dashed lines mark the posterior means.")}</div>
  <div><h2>Allocation over time</h2>${chart(
    stackedAreaChart(snapshots, {
      title: "Traffic allocation over time",
      names,
      xFormat: (ms) => new Date(ms).toISOString().slice(5, 16).replace("T", " "),
    }),
    "Share of traffic per arm at each Thompson-sampling recomputation.",
  )}</div></div>`;
  return page(e.name, "/experiments", body);
}
