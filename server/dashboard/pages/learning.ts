import type { Context } from "hono";
import { html } from "hono/html";
import { lineChart } from "../../../core/charts/line.ts";
import { fmtPercent } from "../../../core/charts/svg.ts";
import { notFound } from "../../../core/errors.ts";
import { KPI_LABELS, type Kpis } from "../../../core/learning/kpis.ts";
import type { Services } from "../../services.ts";
import { csrfField } from "../csrf.ts";
import { getJob } from "../jobs.ts";
import { badge, chart, empty, type Html, page, pct, when } from "../layout.ts";

const parse = <T>(data: unknown): T => (typeof data === "string" ? JSON.parse(data) : data) as T;
const dateLabel = (ms: number) => new Date(ms).toISOString().slice(5, 10);

function kpiValue(key: keyof Kpis, v: number | null): string {
  if (v == null) return "— (no data yet)";
  if (key === "tagAccuracy" || key === "humanCorrectionRate" || key === "recommendationUplift") return pct(v);
  if (key === "searchTimeMs") return `${v.toFixed(0)} ms`;
  if (key === "workflowCycleHours") return `${v.toFixed(1)} h`;
  return String(v);
}

/** Tagger versions, learning cycles (data, metrics before/after, decision), KPIs over time and drift. */
export async function learningView(c: Context, services: Services): Promise<Html> {
  const { learning } = services;
  const [versions, cycleRows, driftRows] = await Promise.all([
    learning.list(),
    learning.journal.cycles(),
    learning.journal.driftChecks(),
  ]);
  const cycles = cycleRows.map((r) => ({ ...r, d: parse<Record<string, any>>(r.data) }));
  const drift = driftRows.map((r) => ({ ...r, d: parse<Record<string, any>>(r.data) }));
  const s = services.learning.settings;
  const active = versions.find((v) => v.status === "active");
  const kpiSeries = (key: keyof Kpis, name: string) => ({
    name,
    points: cycles
      .filter((c) => c.d.kpis?.[key] != null)
      .map((c) => ({ x: Date.parse(c.createdAt), y: Number(c.d.kpis[key]) })),
  });
  const latest = cycles[0]?.d.kpis as Kpis | undefined;
  const driftSeries = (key: string, name: string) => ({
    name,
    points: drift.filter((d) => d.d[key] != null).map((d) => ({ x: Date.parse(d.createdAt), y: Number(d.d[key]) })),
  });
  const xs = drift.map((d) => Date.parse(d.createdAt));
  const threshold = (y: number, name: string) =>
    xs.length
      ? {
          name,
          dashed: true,
          color: "#9ca3af",
          points: [
            { x: Math.min(...xs), y },
            { x: Math.max(...xs), y },
          ],
        }
      : { name, points: [] };
  const body = html`
  <p>Active tagger: ${active ? html`<strong>v${active.version}</strong> approved by ${active.approvedBy}` : html`<strong>machine tags</strong> (no learned version promoted yet)`}.
  Triggers: retrain when a category's accuracy &lt; ${pct(s.retrainBelowAccuracy, 0)}; open a review when the override rate &gt; ${pct(s.reviewAboveOverrideRate, 0)}; retraining needs ≥ ${s.minLabels} labels.</p>
  <div class="cards" style="grid-template-columns: repeat(auto-fill, minmax(260px, 1fr))">
    <form method="post" action="/learning/retrain" class="card">${csrfField(c)}<div class="k">Train a new version in shadow mode from all feedback</div><button type="submit">Retrain tagger</button></form>
    <form method="post" action="/learning/cycle" class="card">${csrfField(c)}<div class="k">Measure, apply triggers and document a cycle now</div><button type="submit" class="secondary">Run learning cycle</button></form>
  </div>
  <h2>Tagger versions</h2>
  ${
    versions.length
      ? html`<table><thead><tr><th scope="col">Version</th><th scope="col">Status</th><th scope="col">Approved by</th><th class="num" scope="col">Tags</th><th class="num" scope="col">Held-out</th><th class="num" scope="col">Current</th><th class="num" scope="col">Candidate</th><th scope="col">Created</th></tr></thead><tbody>
      ${versions.map(
        (
          v,
        ) => html`<tr><td>v${v.version} <code>${v.id}</code></td><td>${badge(v.status)}</td><td>${v.approvedBy ?? "—"}</td><td class="num">${v.tags}</td>
        <td class="num">${v.comparison?.heldOut ?? "—"}</td><td class="num">${pct(v.comparison?.current.accuracy)}</td><td class="num">${pct(v.comparison?.candidate.accuracy)}</td><td>${when(v.createdAt)}</td></tr>`,
      )}</tbody></table><p class="muted">Promote a shadow version with <code>promote_tagger</code> (as an approver); restore any earlier approved version with <code>rollback_tagger</code>.</p>`
      : empty(
          "No tagger versions yet.",
          `Corrections (record_feedback, Slack) train the tagger; retraining needs at least ${s.minLabels} labels.`,
        )
  }
  <h2>KPIs</h2>
  ${
    latest
      ? html`<table><thead><tr><th scope="col">KPI</th><th class="num" scope="col">Latest cycle</th></tr></thead><tbody>
      ${(Object.keys(KPI_LABELS) as (keyof Kpis)[]).map((k) => html`<tr><td>${KPI_LABELS[k]}</td><td class="num">${kpiValue(k, latest[k])}</td></tr>`)}</tbody></table>
      ${chart(
        lineChart(
          [
            kpiSeries("tagAccuracy", "tag accuracy"),
            kpiSeries("humanCorrectionRate", "correction rate"),
            kpiSeries("recommendationUplift", "recommendation uplift"),
          ],
          {
            title: "Learning KPIs over time",
            yTitle: "rate",
            yFormat: fmtPercent,
            xFormat: dateLabel,
            xTime: true,
            xTitle: "cycle date (UTC)",
          },
        ),
        "One point per learning cycle.",
      )}`
      : empty(
          "No learning cycles yet.",
          "Cycles run on the schedule (WINNOW_TAGGER_CYCLE_MINUTES) or with the button above.",
        )
  }
  <h2>Drift</h2>
  ${chart(
    lineChart(
      [
        driftSeries("accuracy", "live accuracy"),
        driftSeries("overrideRate", "override rate"),
        driftSeries("featureShift", "feature shift"),
        threshold(s.reviewAboveOverrideRate, "override limit"),
      ],
      {
        title: "Drift checks over time",
        yTitle: "value",
        yDomain: [0, 1],
        yFormat: fmtPercent,
        xFormat: dateLabel,
        xTime: true,
        xTitle: "check date (UTC)",
      },
    ),
    `${drift.length} drift checks, ${drift.filter((d) => d.action === "drift.detected").length} detections.`,
  )}
  ${
    drift.some((d) => d.action === "drift.detected")
      ? html`<ul>${drift
          .filter((d) => d.action === "drift.detected")
          .slice(0, 10)
          .map((d) => html`<li>${when(d.createdAt)}: ${(d.d.reasons ?? []).join("; ")}</li>`)}</ul>`
      : ""
  }
  <h2>Learning cycles</h2>
  ${
    cycles.length
      ? html`<table><thead><tr><th scope="col">When</th><th scope="col">Trigger</th><th scope="col">Data used</th><th class="num" scope="col">Accuracy before</th><th class="num" scope="col">Override rate</th><th scope="col">Retrain</th><th scope="col">Decision</th></tr></thead><tbody>
      ${cycles.map((c) => {
        const r = c.d.retrain;
        return html`<tr><td>${when(c.createdAt)}</td><td>${c.d.trigger}</td>
        <td>${c.d.dataUsed?.examples ?? 0} examples (${
          Object.entries(c.d.dataUsed?.bySource ?? {})
            .map(([k, v]) => `${k} ${v}`)
            .join(", ") || "none"
        })</td>
        <td class="num">${pct(c.d.metricsBefore?.accuracy)}</td><td class="num">${pct(c.d.metricsBefore?.overrideRate)}</td>
        <td>${r == null ? "—" : r.refused ? html`<span class="warn">${r.refused}</span>` : html`v${r.version}: ${pct(r.comparison?.current?.accuracy)} → ${pct(r.comparison?.candidate?.accuracy)}`}</td>
        <td>${badge(c.d.decision)}${(c.d.triggers?.reasons ?? []).length ? html`<div class="muted">${c.d.triggers.reasons.join("; ")}</div>` : ""}${c.d.reviewRequestId ? html`<div><a href="/review">review opened</a></div>` : ""}</td></tr>`;
      })}</tbody></table>`
      : ""
  }`;
  return page("Learning & drift", "/learning", body);
}

export function jobView(c: Context): Html {
  const job = getJob(c.req.param("id") ?? "");
  if (!job)
    throw notFound("Job", c.req.param("id") ?? "", "Jobs live in memory and are gone after a restart; see /learning.");
  const running = job.state === "running";
  return page(
    job.title,
    "/learning",
    html`<p role="status" aria-live="polite">${badge(job.state)} ${job.message}</p>
    <label for="job-progress">Progress</label>
    <progress id="job-progress" max="${job.total}" value="${job.done}">${Math.round((job.done / (job.total || 1)) * 100)}%</progress>
    ${job.error ? html`<p class="warn">${job.error}</p>` : ""}
    ${job.resultHref ? html`<p><a href="${job.resultHref}">See the result</a></p>` : ""}
    <p><a href="/learning">Back to learning</a></p>`,
    running ? html`<meta http-equiv="refresh" content="1">` : html``,
  );
}
