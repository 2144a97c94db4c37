import type { Context } from "hono";
import { html } from "hono/html";
import { barChart } from "../../../core/charts/bar.ts";
import {
  costPerCampaign,
  costPerModel,
  costPerWinner,
  timeToWinner,
} from "../../../db/repositories/dashboard_experiments.ts";
import type { Services } from "../../services.ts";
import { chart, empty, type Html, hours, money, page } from "../layout.ts";

const dollars = (v: number) => `$${(v / 1e6).toFixed(v >= 1e8 ? 0 : 2)}`;

/** Spend per campaign and per model, cost per winning asset, and how long finding a winner takes. */
export async function costsView(_c: Context, services: Services): Promise<Html> {
  const { db } = services.database;
  const [campaigns, models, perWinner, ttw] = await Promise.all([
    costPerCampaign(db),
    costPerModel(db),
    costPerWinner(db),
    timeToWinner(db),
  ]);
  const durations = ttw
    .filter((t) => t.decidedAt && t.startedAt)
    .map((t) => ({ ...t, ms: Date.parse(t.decidedAt) - Date.parse(t.startedAt) }))
    .filter((t) => t.ms >= 0);
  const sortedMs = durations.map((d) => d.ms).sort((a, b) => a - b);
  const median = sortedMs.length ? sortedMs[Math.floor(sortedMs.length / 2)]! : null;
  const body = html`
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
        <table><thead><tr><th scope="col">Campaign</th><th class="num" scope="col">Generation</th><th class="num" scope="col">Media</th><th class="num" scope="col">Winners</th><th class="num" scope="col">Cost per winner</th></tr></thead><tbody>
        ${campaigns.map((c) => {
          const total = Number(c.generationMicros) + Number(c.mediaMicros);
          return html`<tr><td>${c.name}</td><td class="num">${money(c.generationMicros)}</td><td class="num">${money(c.mediaMicros)}</td><td class="num">${c.winners}</td><td class="num">${c.winners ? money(total / c.winners) : "—"}</td></tr>`;
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
          `${models.reduce((s, m) => s + Number(m.calls), 0)} provider calls in the cost ledger.`,
        )
      : empty(
          "No provider calls recorded yet.",
          "Every model call writes a cost ledger row; generate variants to see spend by model.",
        )
  }
  <h2>Cost per winning asset</h2>
  ${
    perWinner.length
      ? chart(
          barChart(
            perWinner.map((w) => ({ label: w.name, value: Math.round(w.ownMicros + w.campaignShareMicros) })),
            {
              title: "Cost per winning asset",
              valueTitle: "own generation cost + share of campaign spend (USD)",
              format: dollars,
            },
          ),
          "Each winner's own generation cost plus an even share of its campaign's generation and media spend.",
        )
      : empty("No winners yet, so no cost per winner.", "Once an experiment promotes an output its cost appears here.")
  }
  <h2>Time to find a winner</h2>
  ${
    durations.length
      ? html`<p>Median <strong>${hours(median ?? 0)}</strong> over ${durations.length} winners.</p>${chart(
          barChart(
            durations.slice(0, 30).map((d) => ({
              label: `${d.kind === "experiment" ? "exp" : "asset"}: ${d.name}`,
              value: d.ms / 3_600_000,
            })),
            { title: "Hours from start to winner", valueTitle: "hours", format: (v) => `${v.toFixed(1)} h` },
          ),
          "Experiments: start to decided winner. Assets: creation to promotion.",
        )}`
      : empty(
          "No winners decided yet.",
          "Time to winner is measured from experiment start (or asset creation) to promotion.",
        )
  }`;
  return page("Costs", "/costs", body);
}
