import { html, raw } from "hono/html";
import type { HtmlEscapedString } from "hono/utils/html";
import { formatMoney } from "../../core/costs/money.ts";

/** The page shell and small formatting helpers shared by every dashboard page. `html` escapes every interpolation. */

export type Html = HtmlEscapedString | Promise<HtmlEscapedString>;

const NAV: [string, string][] = [
  ["/", "Overview"],
  ["/library", "Library"],
  ["/runs", "Generation runs"],
  ["/experiments", "Experiments"],
  ["/winners", "Winners"],
  ["/review", "Review queue"],
  ["/costs", "Costs"],
  ["/learning", "Learning & drift"],
  ["/settings", "Settings"],
];

export function page(title: string, current: string, body: Html, head: Html = html``): Html {
  return html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} · Winnow</title>
<link rel="stylesheet" href="/static/dashboard.css">
<link rel="icon" href="/static/favicon.svg" type="image/svg+xml">
${head}
</head>
<body>
<a class="skip" href="#main">Skip to content</a>
<header class="top">
  <a class="brand" href="/">Winnow</a>
  <nav aria-label="Main">
    <ul>${NAV.map(([href, label]) => html`<li><a href="${href}"${href === current ? raw(' aria-current="page"') : ""}>${label}</a></li>`)}</ul>
  </nav>
</header>
<main id="main" tabindex="-1">
<h1>${title}</h1>
${body}
</main>
<footer class="foot">Winnow dashboard · times in UTC · generation costs in USD · ad spend and revenue in the currency each figure names</footer>
</body>
</html>`;
}

/** Money as "$1,234.56"; ad money passes its currency ("€229.40"), never summed across currencies. */
export const money = (micros: number | null | undefined, currency?: string | null) =>
  micros == null
    ? "—"
    : currency && currency !== "USD"
      ? formatMoney(micros, currency)
      : `$${(micros / 1e6).toLocaleString("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;

export const when = (iso: string | null | undefined) => (iso ? iso.replace("T", " ").slice(0, 16) : "—");

export const pct = (v: number | null | undefined, digits = 1) =>
  v == null || !Number.isFinite(v) ? "—" : `${(v * 100).toFixed(digits)}%`;

export function hours(ms: number): string {
  if (ms < 3_600_000) return `${Math.round(ms / 60_000)} min`;
  if (ms < 172_800_000) return `${(ms / 3_600_000).toFixed(1)} h`;
  return `${(ms / 86_400_000).toFixed(1)} d`;
}

export const badge = (text: string | null | undefined) =>
  html`<span class="badge badge-${String(text ?? "none").replace(/[^a-z0-9_-]/gi, "")}">${text ?? "—"}</span>`;

/** An empty state says what is missing and how it gets filled. */
export const empty = (what: string, how: string) =>
  html`<div class="empty" role="status"><strong>${what}</strong><p>${how}</p></div>`;

/** Trusted SVG produced by core/charts (which escapes every label itself). */
export const chart = (svg: string, caption: string) =>
  html`<figure class="chart-wrap">${raw(svg)}<figcaption>${caption}</figcaption></figure>`;

export function pager(
  base: string,
  params: Record<string, string | undefined>,
  pageNo: number,
  total: number,
  size: number,
): Html {
  const pages = Math.max(1, Math.ceil(total / size));
  const link = (p: number) => {
    const q = new URLSearchParams();
    for (const [k, v] of Object.entries(params)) if (v) q.set(k, v);
    q.set("page", String(p));
    return `${base}?${q.toString()}`;
  };
  return html`<nav class="pager" aria-label="Pagination">
    ${pageNo > 1 ? html`<a href="${link(pageNo - 1)}" rel="prev">← Previous</a>` : html`<span aria-disabled="true">← Previous</span>`}
    <span>Page ${pageNo} of ${pages} · ${total.toLocaleString("en-US")} total</span>
    ${pageNo < pages ? html`<a href="${link(pageNo + 1)}" rel="next">Next →</a>` : html`<span aria-disabled="true">Next →</span>`}
  </nav>`;
}

export const thumb = (id: string, name: string, size = 160) =>
  html`<img src="/assets/${id}/thumbnail" alt="${name}" width="${size}" height="${size}" loading="lazy">`;
