import type { Context } from "hono";
import { html } from "hono/html";
import { barChart } from "../../../core/charts/bar.ts";
import type { LoopKpis } from "../../../core/experiments/kpis.ts";
import type { Services } from "../../services.ts";
import { visibleTo } from "../actions.ts";
import { chart, empty, type Html, money, page } from "../layout.ts";

const dollars = (v: number) => `$${(v / 1e6).toLocaleString("en-US", { maximumFractionDigits: v >= 1e8 ? 0 : 2 })}`;

/** "6.0 d" / "14.5 h" from the KPI hours. */
export const duration = (h: number | null) =>
  h === null ? "—" : h >= 48 ? `${(h / 24).toFixed(1)} d` : `${h.toFixed(1)} h`;

/** The loop KPI cards (core/experiments/kpis.ts: the numbers the autopilot and tools report too). */
export function kpiCards(k: LoopKpis): Html {
  const card = (label: string, value: string, note: string) =>
    html`<div class="card"><div class="k">${label}</div><div class="v">${value}</div><div class="muted">${note}</div></div>`;
  return html`<section aria-label="Loop KPIs" class="cards kpis">
    ${card("Cost per winning asset", money(k.costPerWinningAssetMicros), k.winners ? `(generation + ad spend) ÷ ${k.winners} winner${k.winners === 1 ? "" : "s"}` : "no winner yet")}
    ${card("Time to find a winner", duration(k.timeToWinnerHours.median), k.timeToWinnerHours.samples ? `median over ${k.timeToWinnerHours.samples} experiment${k.timeToWinnerHours.samples === 1 ? "" : "s"}` : "no winner called yet")}
    ${card("Ad spend on tested variants", money(k.adSpendMicros), `${k.experimentsDecided} experiment${k.experimentsDecided === 1 ? "" : "s"} decided`)}
    ${card("Generation cost of tested variants", money(k.generationCostMicros), "model and render calls")}
  </section>`;
}

/** Loop KPIs, spend per campaign (with each campaign's own cost per winning asset) and per model. */
export async function costsView(c: Context, services: Services): Promise<Html> {
  const scope = await visibleTo(c, services);
  const { costs } = services;
  const [all, campaigns, models] = await Promise.all([
    costs.kpis(scope),
    costs.perCampaign(scope),
    costs.perModel(scope),
  ]);
  const perCampaign = new Map(
    await Promise.all(
      campaigns
        .filter((row) => row.id)
        .slice(0, 50)
        .map(async (row) => [row.id!, await costs.kpis(scope, { campaignId: row.id! })] as const),
    ),
  );
  const freeOnly = models.length > 0 && models.every((m) => Number(m.micros) === 0);
  const body = html`${kpiCards(all)}
  <p class="muted">Cost per winning asset = generation cost of every variant that was tested + the ad spend behind them, divided by the winners (experiments that called or promoted a winner). Time to find a winner runs from an experiment's start to its winner call.</p>
  <h2>Cost per campaign</h2>
  ${
    campaigns.length
      ? html`${chart(
          barChart(
            campaigns.map((c) => ({ label: c.name, value: Number(c.generationMicros) + Number(c.mediaMicros) })),
            { title: "Total spend per campaign", valueTitle: "generation + media spend (USD)", format: dollars },
          ),
          "Generation (model calls) plus media spend per campaign.",
        )}
        <table><thead><tr><th scope="col">Campaign</th><th class="num" scope="col">Generation</th><th class="num" scope="col">Media</th><th class="num" scope="col">Winners</th><th class="num" scope="col">Cost per winning asset</th><th class="num" scope="col">Time to winner</th></tr></thead><tbody>
        ${campaigns.map((c) => {
          const k = c.id ? perCampaign.get(c.id) : undefined;
          return html`<tr><td>${c.name}</td><td class="num">${money(c.generationMicros)}</td><td class="num">${money(c.mediaMicros)}</td><td class="num">${k?.winners ?? 0}</td><td class="num">${money(k?.costPerWinningAssetMicros)}</td><td class="num">${duration(k?.timeToWinnerHours.median ?? null)}</td></tr>`;
        })}</tbody></table>`
      : empty("No campaigns yet.", "Campaigns come with briefs; the demo seed creates one.")
  }
  <h2>Cost per model</h2>
  ${
    models.length
      ? chart(
          barChart(
            models.map((m) => ({ label: m.name, value: Number(m.micros) })),
            { title: "Generation spend per model", valueTitle: "spend (USD)", format: dollars },
          ),
          `${models.reduce((s, m) => s + Number(m.calls), 0)} provider calls in the cost ledger.${freeOnly ? " Only the offline local providers ran so far, and they cost nothing; keyed providers (Anthropic, OpenAI) are priced per call." : ""}`,
        )
      : empty(
          "No provider calls recorded yet.",
          "Every model call writes a cost ledger row; generate variants to see spend by model.",
        )
  }`;
  return page("Costs", "/costs", body);
}
