import type { Context } from "hono";
import { html } from "hono/html";
import * as z from "zod";
import type { Services } from "../../services.ts";
import { visibleTo } from "../actions.ts";
import { csrfField } from "../csrf.ts";
import { badge, empty, type Html, money, page, pager, thumb, when } from "../layout.ts";
import { PageNumber, parseQuery } from "../params.ts";
import { kpiCards } from "./costs.ts";

export async function overviewView(c: Context, services: Services): Promise<Html> {
  const scope = await visibleTo(c, services);
  const [n, kpis, experiments, latest] = await Promise.all([
    services.reads.overview(scope),
    services.costs.kpis(scope),
    services.reads.experiments(scope, 20),
    services.reads.winners(scope, 1),
  ]);
  const card = (href: string, k: string, v: string | number) =>
    html`<div class="card"><a href="${href}"><div class="k">${k}</div><div class="v">${typeof v === "number" ? v.toLocaleString("en-US") : v}</div></a></div>`;
  const running = experiments.filter((e) => e.status === "running");
  const winner = latest[0];
  return page(
    "Overview",
    "/",
    html`<section aria-label="Key figures" class="cards">
      ${card("/library", "Assets", n.assets ?? 0)}${card("/winners", "Winners", n.winners ?? 0)}
      ${card("/experiments", "Running experiments", n.runningExperiments ?? 0)}${card("/review", "Pending reviews", n.pendingReviews ?? 0)}
      ${card("/runs", "Generation runs", n.runs ?? 0)}${card("/costs", "Generation spend", money(Number(n.spendMicros ?? 0)))}
    </section>
    ${kpiCards(kpis)}
    <p>The loop: <strong>generate → tag → check → review → test → learn → promote or prune</strong>. Each page shows what is in the database now and fills in as the loop runs.</p>
    <h2>Start here</h2>
    <ul>
      ${running.length ? running.slice(0, 3).map((e) => html`<li>Running now: <a href="/experiments/${e.id}">${e.name}</a> — ${e.arms} arms, ${Number(e.impressions).toLocaleString("en-US")} impressions so far</li>`) : html`<li>No experiment is running. Start one with create_experiment or the autopilot.</li>`}
      ${winner ? html`<li>Latest winner: <a href="/assets/${winner.id}">${winner.name}</a> — promoted ${when(winner.promotedAt)}; open it for its full lineage (template, prompt, models, inputs, experiments)</li>` : html`<li>No winner yet: an experiment promotes one when its rule holds.</li>`}
      <li><a href="/library">Browse and search the library</a> · <a href="/experiments">all experiments</a> · <a href="/costs">cost per winning asset</a> · <a href="/learning">tagger learning loop, KPIs and drift</a></li>
    </ul>`,
  );
}

const RunsParams = z.object({ page: PageNumber });
const RUNS_PAGE = 50;

export async function runsView(c: Context, services: Services): Promise<Html> {
  const p = parseQuery(c, RunsParams);
  const scope = await visibleTo(c, services);
  const { items, total } = await services.reads.generationRuns(scope, (p.page - 1) * RUNS_PAGE, RUNS_PAGE);
  const body = items.length
    ? html`<table><thead><tr><th scope="col">Run</th><th scope="col">Status</th><th scope="col">Campaign</th><th scope="col">Model</th><th class="num" scope="col">Outputs</th><th class="num" scope="col">Cost</th><th scope="col">Started</th><th scope="col">Finished</th></tr></thead><tbody>
      ${items.map(
        (
          r,
        ) => html`<tr><td><code>${r.id}</code></td><td>${badge(r.status)}${r.error ? html` <span class="muted">${r.error}</span>` : ""}</td><td>${r.campaignName ?? "—"}</td><td>${r.modelName ?? "—"}</td>
        <td class="num">${r.outputCount}</td><td class="num">${money(r.costMicros)}</td><td>${when(r.startedAt)}</td><td>${when(r.finishedAt)}</td></tr>`,
      )}</tbody></table>${pager("/runs", {}, p.page, total, RUNS_PAGE)}`
    : empty(
        "No generation runs yet.",
        "Runs appear when variants are generated (generate_variants over MCP or Slack).",
      );
  return page("Generation runs", "/runs", body);
}

export async function winnersView(c: Context, services: Services): Promise<Html> {
  const scope = await visibleTo(c, services);
  const rows = await services.reads.winners(scope);
  // Cost per winning asset is a campaign-level KPI (core/experiments/kpis.ts), shown on each of its winners.
  const campaignIds = [...new Set(rows.map((r) => r.campaignId).filter((id): id is string => !!id))];
  const kpis = new Map(
    await Promise.all(
      campaignIds.map(async (id) => [id, await services.costs.kpis(scope, { campaignId: id })] as const),
    ),
  );
  const body = rows.length
    ? html`<ul class="grid" aria-label="Winning assets">${rows.map(
        (
          w,
        ) => html`<li class="tile"><a href="/assets/${w.id}">${thumb(w.id, w.name)}<div class="meta"><div class="name">${w.name}</div>
        <div>${w.campaignName ?? "no campaign"}</div><div class="muted">promoted ${when(w.promotedAt)}</div>
        <div>cost per winning asset <strong>${money(w.campaignId ? kpis.get(w.campaignId)?.costPerWinningAssetMicros : null)}</strong></div><div>View lineage →</div></div></a></li>`,
      )}</ul>`
    : empty("No winners yet.", "An output becomes a winner when an experiment promotes it (status promoted).");
  return page("Winners", "/winners", body);
}

export async function reviewView(c: Context, services: Services): Promise<Html> {
  const rows = await services.reads.reviewQueue(await visibleTo(c, services));
  const reasons = (r: string) => {
    try {
      const list = JSON.parse(r) as unknown;
      return Array.isArray(list) ? list.map(String).join("; ") : String(r);
    } catch {
      return r;
    }
  };
  const body = rows.length
    ? html`<table><thead><tr><th scope="col">Status</th><th scope="col">Subject</th><th scope="col">Reasons</th><th scope="col">Requested</th><th scope="col">Decided</th><th scope="col">Decide</th></tr></thead><tbody>
      ${rows.map(
        (
          r,
        ) => html`<tr><td>${badge(r.status)}</td><td>${r.assetId ? html`<a href="/assets/${r.assetId}">${r.assetName ?? r.assetId}</a>` : html`${r.subjectType} <code>${r.subjectId}</code>`}</td>
        <td>${reasons(r.reasons)}</td><td>${when(r.createdAt)}${r.requestedBy ? html` by ${r.requestedBy}` : ""}</td><td>${r.decidedAt ? html`${when(r.decidedAt)} by ${r.decidedBy ?? "—"}` : "—"}</td>
        <td>${r.status === "pending" ? decideForm(c, r.id) : ""}</td></tr>`,
      )}</tbody></table>`
    : empty(
        "The review queue is empty.",
        "Review requests appear when brand rules, policy or the learning loop ask a human to decide.",
      );
  return page("Review queue", "/review", body);
}

/** Approve / Reject as the signed-in person: posts to /review/:id/decide, which calls decide_review. */
function decideForm(c: Context, id: string): Html {
  return html`<form method="post" action="/review/${id}/decide" class="inline">${csrfField(c)}
    <label class="sr-only" for="reason-${id}">Reason</label><input id="reason-${id}" name="reason" placeholder="reason (optional)" maxlength="500">
    <button name="decision" value="approve">Approve</button> <button name="decision" value="reject">Reject</button></form>`;
}
