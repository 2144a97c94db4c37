import type { Context } from "hono";
import { html } from "hono/html";
import { lineageChart } from "../../../core/charts/lineage.ts";
import type { Services } from "../../services.ts";
import { authorizeRead, visibleTo } from "../actions.ts";
import { badge, chart, empty, type Html, money, page, when } from "../layout.ts";

const HREF: Record<string, (id: string) => string> = {
  asset: (id) => `/assets/${id}`,
  experiment: (id) => `/experiments/${id}`,
};

/** One asset: image, metadata and rights, tags with confidence, lineage graph, experiments, feedback and audit trail. */
export async function assetView(c: Context, services: Services): Promise<Html> {
  const id = c.req.param("id") ?? "";
  await authorizeRead(c, services, "get_asset", { id }); // another brand's asset → 403 page
  const asset = await services.library.get(id); // not_found → 404 page
  const scope = await visibleTo(c, services);
  const { reads } = services;
  const [graph, feedback, events, arms, cost] = await Promise.all([
    reads.lineage(scope, id),
    reads.feedback(id),
    reads.trail(id),
    reads.experimentsWithAsset(scope, id),
    reads.assetCost(id),
  ]);
  const svg = lineageChart(
    graph.nodes.map((n) => ({
      ...n,
      focus: n.id === id,
      ...(HREF[n.type] && n.id !== id ? { href: HREF[n.type]!(n.id) } : {}),
    })),
    graph.edges,
    `Lineage of ${asset.name}`,
  );
  const fact = (k: string, v: unknown) => html`<dt>${k}</dt><dd>${v ?? "—"}</dd>`;
  const rightsExpired = asset.rightsExpiresAt && asset.rightsExpiresAt < services.clock.now().toISOString();
  const body = html`<div class="detail">
    <div><img class="hero" src="/assets/${asset.id}/thumbnail" alt="${asset.name}" width="256" height="256">
      <p><a href="/assets/${asset.id}/file">Open the original file</a> (${asset.width}×${asset.height}, ${asset.format})</p></div>
    <section aria-labelledby="meta-h"><h2 id="meta-h">Metadata</h2>
      ${asset.metadata.damaged ? html`<p role="alert" class="warn">This asset's ${String(asset.metadata.damaged)}.</p>` : ""}
      <dl class="facts">
        ${fact("Id", html`<code>${asset.id}</code>`)}${fact("Kind", badge(asset.kind))}${fact("Status", badge(asset.status))}
        ${fact("Description", asset.description)}${fact("Category", asset.category)}${fact("Use case", asset.useCase)}
        ${fact("Owner", asset.owner)}${fact("Source", asset.source)}${fact("Notes", asset.notes)}
        ${fact("Usage notes", asset.usageNotes)}${asset.rejectionReason ? fact("Rejection reason", asset.rejectionReason) : ""}
        ${fact("Generation cost", cost == null ? "—" : money(cost))}
        ${fact("Created", when(asset.createdAt))}${fact("Last reviewed", when(asset.lastReviewedAt))}
      </dl>
      <h3>Rights</h3>
      <dl class="facts">${fact("Rights holder", asset.rightsHolder)}${fact(
        "Expires",
        html`${when(asset.rightsExpiresAt)}${rightsExpired ? html` <span class="warn">(expired)</span>` : ""}`,
      )}</dl>
    </section></div>
  <h2>Tags</h2>
  ${
    asset.tags.length
      ? html`<table><caption class="sr-only">Tags with confidence</caption><thead><tr><th scope="col">Category</th><th scope="col">Tag</th><th scope="col">Confidence</th><th scope="col">Source</th></tr></thead><tbody>
      ${asset.tags.map(
        (t) =>
          html`<tr><td>${t.category}</td><td>${t.tag}</td><td><span class="conf" aria-hidden="true"><span style="width:${Math.round(t.confidence * 100)}%"></span></span>${(t.confidence * 100).toFixed(0)}%</td><td>${t.source}</td></tr>`,
      )}</tbody></table>`
      : empty(
          "No tags yet.",
          "The tagger adds tags when it runs; corrections from reviewers appear in the feedback history below.",
        )
  }
  <h2>Lineage</h2>
  ${chart(svg, "Left: what it was made from (template version, prompt version, models, input assets). Right: where it went (campaign, ads, experiments, the library). Click an asset or experiment to open it.")}
  <h2>Experiments</h2>
  ${
    arms.length
      ? html`<ul>${arms.map((a) => html`<li><a href="/experiments/${a.experimentId}">${a.name}</a> ${badge(a.status)} arm ${badge(a.armStatus)}</li>`)}</ul>`
      : empty("Not in any experiment.", "Outputs join experiments when they are deployed for testing.")
  }
  <h2>Feedback history</h2>
  ${
    feedback.length
      ? html`<table><thead><tr><th scope="col">When</th><th scope="col">Label</th><th scope="col">Tag</th><th scope="col">Comment</th><th scope="col">Who / via</th></tr></thead><tbody>
      ${feedback.map((f) => html`<tr><td>${when(f.createdAt)}</td><td>${f.label}</td><td>${f.tag ?? "—"}</td><td>${f.comment ?? ""}</td><td>${f.userRef ?? "—"} / ${f.via}</td></tr>`)}</tbody></table>`
      : empty(
          "No feedback yet.",
          "Reviewer corrections and labels (Slack, record_feedback) show up here and train the tagger.",
        )
  }
  <h2>Audit trail</h2>
  <table><thead><tr><th scope="col">When</th><th scope="col">Action</th><th scope="col">Actor</th><th scope="col">Details</th></tr></thead><tbody>
  ${events.map((e) => html`<tr><td>${when(e.createdAt)}</td><td><code>${e.action}</code></td><td>${e.actor}</td><td><code>${summarise(e.data)}</code></td></tr>`)}
  </tbody></table>`;
  return page(asset.name, "/library", body);
}

function summarise(data: string): string {
  const text = typeof data === "string" ? data : JSON.stringify(data);
  return text.length > 160 ? `${text.slice(0, 159)}…` : text;
}
