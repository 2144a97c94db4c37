import type { Context } from "hono";
import { html } from "hono/html";
import { stackedAreaChart } from "../../../core/charts/area.ts";
import { posteriorChart } from "../../../core/charts/density.ts";
import { intervalChart } from "../../../core/charts/interval.ts";
import { PALETTE } from "../../../core/charts/svg.ts";
import { notFound, WinnowError } from "../../../core/errors.ts";
import { emptyTotals, METRIC_INFO } from "../../../core/experiments/metrics.ts";
import { posteriorFor } from "../../../core/experiments/posterior.ts";
import type { ExperimentResults } from "../../../core/experiments/results-types.ts";
import type { Services } from "../../services.ts";
import { authorizeRead, visibleTo } from "../actions.ts";
import { badge, chart, empty, type Html, money, page, pct, when } from "../layout.ts";

export async function experimentsView(c: Context, services: Services): Promise<Html> {
  const rows = await services.reads.experiments(await visibleTo(c, services));
  const body = rows.length
    ? html`<table><thead><tr><th scope="col">Experiment</th><th scope="col">Status</th><th scope="col">Metric</th><th scope="col">Campaign</th><th class="num" scope="col">Arms</th><th class="num" scope="col">Impressions</th><th class="num" scope="col">Clicks</th><th class="num" scope="col">CTR</th><th scope="col">Started</th></tr></thead><tbody>
      ${rows.map(
        (
          e,
        ) => html`<tr><td><a href="/experiments/${e.id}">${e.name}</a>${e.srmFlagged ? html` <span class="warn" title="sample ratio mismatch">⚠ SRM</span>` : ""}${e.winnerArmId ? html` <span class="badge badge-winner">winner</span>` : ""}</td>
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

/** Arm names without the part every arm shares ("Spring Sprint v1 · "), so legends and rows stay short. */
export function shortNames(names: string[]): string[] {
  if (names.length < 2) return names;
  let prefix = names[0]!;
  for (const n of names) while (!n.startsWith(prefix)) prefix = prefix.slice(0, -1);
  const cut = prefix.lastIndexOf("·") + 1;
  return cut > 0 ? names.map((n) => n.slice(cut).trim() || n) : names;
}

/**
 * One experiment: the Bayesian read-out from core/experiments (the same numbers get_experiment_results returns —
 * posteriors, P(best), expected loss, lift, SRM and the recommendation), plus the allocation history.
 */
export async function experimentView(c: Context, services: Services): Promise<Html> {
  const id = c.req.param("id") ?? "";
  const detail = await services.reads.experiment(id);
  if (!detail) throw notFound("Experiment", id, "Open /experiments for the list.");
  await authorizeRead(c, services, "get_experiment_results", { experimentId: id }); // another brand's → 403 page
  const { experiment: e, arms, allocations } = detail;
  const results = await readResults(services, id);
  const short = shortNames(arms.map((a) => a.assetName ?? a.assetId));
  const nameOf = new Map(arms.map((a, i) => [a.id, short[i]!]));
  const colorOf = new Map(arms.map((a, i) => [a.id, PALETTE[i % PALETTE.length]!]));
  const info = METRIC_INFO[e.metric as keyof typeof METRIC_INFO];
  const fmt = info?.format ?? ((v: number) => v.toFixed(3));
  const header = html`<p>${badge(e.status)} metric <strong>${info?.label ?? e.metric}</strong> (${e.metric}) · campaign ${e.campaignName ?? "—"} · audience ${e.audienceName ?? "—"} · started ${when(e.startedAt)}${e.endedAt ? html` · ended ${when(e.endedAt)}` : ""}${results ? html` · platform ${results.platform} · spent <strong>${money(results.spendMicros, results.currency)}</strong>` : ""}</p>`;
  if (!results) {
    return page(
      e.name,
      "/experiments",
      html`${header}${empty("No read-out.", "This experiment's metric cannot be measured from what its platform reported.")}
      <h2>Arms</h2><ul>${arms.map((a) => html`<li><a href="/assets/${a.assetId}">${a.assetName ?? a.assetId}</a> ${badge(a.status)}</li>`)}</ul>`,
    );
  }
  const story = results.story;
  const winner = results.arms.find((a) => a.armId === (e.winnerArmId ?? results.decision.winnerArmId));
  const showConversions = /cvr|conversion/.test(e.metric);
  const srmLine =
    results.srm.status === "flagged"
      ? html`<span class="warn">⚠ Traffic split check failed</span> (SRM p=${results.srm.pValue.toExponential(1)}): results are not trustworthy; promotion is blocked.`
      : results.srm.status === "advisory"
        ? html`<span class="warn">⚠ Delivery missed the split you applied</span> (SRM p=${results.srm.pValue.toExponential(1)}); results are not held — your ads' delivery is yours.`
        : results.srm.status === "not_checked"
          ? html`Traffic split check not run: these are your team's ads, and no applied split was reported (update_allocation appliedOnPlatform).`
          : html`Traffic split check OK (SRM p=${results.srm.pValue.toFixed(3)}).`;
  // The story (core/experiments/story.ts) — the same words as get_experiment_results, promote_winners and Slack.
  const recommendation = html`<section class="recommend" aria-label="Recommendation"><h2 style="margin-top:0">Recommendation</h2>
    <p>${badge(story.state)} <strong>${story.headline}</strong></p>
    ${e.winnerArmId && winner ? html`<p><strong>Winner:</strong> <a href="/assets/${winner.assetId}">${nameOf.get(winner.armId)}</a> — ${pct(winner.probabilityBest)} probability to be best, ${fmt(winner.mean)} ${info?.label ?? e.metric}.</p>` : ""}
    ${story.call ? html`<p><strong>${story.call.basis === "best_guess" ? "Best guess" : "Evidence"}:</strong> ${story.call.evidence}</p>` : ""}
    <p>${badge(results.decision.status)} ${story.why}</p>
    <p><strong>Next:</strong> ${story.next}</p>
    ${story.call ? html`<p><strong>Approval:</strong> ${story.approval.why}</p>` : ""}
    ${story.warnings.map((w) => html`<p><span class="warn">⚠</span> ${w}</p>`)}
    <p>${srmLine}</p>
    <p class="muted small">Shares are ${story.delivery.sharesAre === "advice" ? "advice for your team's budgets (hand-made ads)" : "applied to Winnow's ads"}. ${story.rules}</p></section>`;
  const rows = results.arms.map(
    (
      a,
    ) => html`<tr><td><a href="/assets/${a.assetId}" title="${a.label}">${nameOf.get(a.armId) ?? a.label}</a>${a.armId === e.winnerArmId ? html` <span class="badge badge-winner">winner</span>` : ""}</td>
      <td><span title="${a.statusReason ?? ""}">${badge(a.status)}</span>${a.statusReason ? html`<div class="muted small">${shortReason(a.statusReason)}</div>` : ""}</td>
      <td class="num">${a.totals.impressions.toLocaleString("en-US")}</td><td class="num">${a.totals.clicks.toLocaleString("en-US")}</td>${showConversions ? html`<td class="num">${a.totals.conversions.toLocaleString("en-US")}</td>` : ""}
      <td class="num">${money(a.totals.spendMicros, results.currency)}</td><td class="num">${fmt(a.mean)}<div class="muted small">${fmt(a.interval[0])}–${fmt(a.interval[1])}</div></td>
      <td class="num">${a.lift ? `${a.lift.median >= 0 ? "+" : ""}${(a.lift.median * 100).toFixed(1)}%` : "control"}</td>
      <td class="num">${pct(a.probabilityBest)}</td><td class="num">${fmt(a.expectedLoss)}</td><td class="num">${pct(a.share)}</td></tr>`,
  );
  const byTime = new Map<string, Record<string, number>>();
  for (const row of allocations) byTime.set(row.computedAt, { ...byTime.get(row.computedAt), [row.armId]: row.share });
  const snapshots = [...byTime].map(([at, shares]) => ({ at: Date.parse(at), shares }));
  const body = html`${header}${recommendation}
  <h2>Arms</h2>
  <div class="scroll"><table><thead><tr><th scope="col">Arm (asset)</th><th scope="col">Status</th><th class="num" scope="col">Impressions</th><th class="num" scope="col">Clicks</th>${showConversions ? html`<th class="num" scope="col">Conversions</th>` : ""}<th class="num" scope="col">Spend</th><th class="num" scope="col">Posterior mean, 95% CrI</th><th class="num" scope="col">Lift vs control</th><th class="num" scope="col">P(best)</th><th class="num" scope="col">Expected loss</th><th class="num" scope="col">Share</th></tr></thead>
  <tbody>${rows}</tbody></table></div>
  <div class="two"><div><h2>Posterior ${e.metric}</h2>${posteriorFigure(results, nameOf, colorOf, fmt)}</div>
  <div><h2>Allocation over time</h2>${chart(
    stackedAreaChart(snapshots, {
      title: "Traffic allocation over time",
      names: Object.fromEntries(nameOf),
      order: arms.map((a) => a.id),
    }),
    "Share of traffic per arm at each Thompson-sampling recomputation (one per day of metrics).",
  )}</div></div>`;
  return page(e.name, "/experiments", body);
}

/** "lost experiment exp_…: P(best) 0.0% vs winner ast_… (pruned earlier)" → "lost: P(best) 0.0% (pruned earlier)". */
function shortReason(reason: string): string {
  const text = reason
    .replace(/ exp_[0-9A-Z]+/g, "")
    .replace(/ vs winner ast_[0-9A-Z]+/g, "")
    .replace(/ rvw_[0-9A-Z]+/g, " review");
  return text.length > 48 ? `${text.slice(0, 47)}…` : text;
}

/** Core's read-out (from creation on), or null when its metric cannot be measured from what the platform reported. */
async function readResults(services: Services, id: string): Promise<ExperimentResults | null> {
  try {
    return await services.experiments.results(id, services.rng());
  } catch (error) {
    if (error instanceof WinnowError && error.code === "invalid_input") return null;
    throw error;
  }
}

/** Rates draw core's Beta posteriors as densities; other metrics show each arm's mean and 95% credible interval. */
function posteriorFigure(
  r: ExperimentResults,
  nameOf: Map<string, string>,
  colorOf: Map<string, string>,
  fmt: (v: number) => string,
): Html {
  const posteriors = r.arms.map((a) => ({ arm: a, p: posteriorFor(r.metric, { ...emptyTotals(), ...a.totals }) }));
  if (posteriors.every((x) => x.p.kind === "beta")) {
    return chart(
      posteriorChart(
        posteriors.map(({ arm, p }) => ({
          name: nameOf.get(arm.armId) ?? arm.label,
          alpha: p.kind === "beta" ? p.a : 1,
          beta: p.kind === "beta" ? p.b : 1,
        })),
        { title: `Posterior ${r.metric} per arm`, metric: r.metric },
      ),
      "Each arm's Beta posterior (uniform prior + observed successes and failures); dashed lines mark the means.",
    );
  }
  return chart(
    intervalChart(
      r.arms.map((a) => ({
        label: nameOf.get(a.armId) ?? a.label,
        mean: a.mean,
        interval: a.interval,
        color: colorOf.get(a.armId) ?? PALETTE[0]!,
      })),
      { title: `Posterior ${r.metric} per arm`, valueTitle: `${r.metric} (posterior mean, 95% CrI)`, format: fmt },
    ),
    "Posterior mean and 95% credible interval per arm.",
  );
}
