import type { Context } from "hono";
import { html } from "hono/html";
import { dashboardPath, kindOfId, namesFor, WINNOW_ID } from "../../id-names.ts";
import type { Services } from "../../services.ts";
import { actAs } from "../actions.ts";
import { empty, type Html, page, when } from "../layout.ts";

interface AuditPage {
  items: {
    at: string;
    person: string;
    surface: string | null;
    via: string | null;
    tool: string;
    brandIds: string[];
    outcome: string;
    errorCode: string | null;
    summary: string | null;
  }[];
  nextCursor: string | null;
}

/**
 * Who did what: the audit log through list_audit_events (so the same people may see it: approvers for their brand,
 * admins for everything), filterable by person, brand and tool.
 */
export async function auditView(c: Context, services: Services): Promise<Html> {
  const q = (name: string) => c.req.query(name)?.trim() || undefined;
  const filter = { person: q("person"), brand: q("brand"), tool: q("tool"), cursor: q("cursor") };
  const args = Object.fromEntries(Object.entries({ ...filter, limit: 50 }).filter(([, v]) => v !== undefined));
  let body: Html;
  try {
    const { items, nextCursor } = (await actAs<AuditPage>(c, services, "list_audit_events", args)).structured;
    // Brands by slug, as people name them; an id this reader cannot resolve stays as it is.
    const slugs = new Map((await services.brands.list({ limit: 100 })).items.map((b) => [b.id, b.slug]));
    const names = await namesFor(services, [...new Set(items.flatMap((e) => e.summary?.match(WINNOW_ID) ?? []))]);
    const next = nextCursor
      ? `/audit?${new URLSearchParams({ ...Object.fromEntries(Object.entries(filter).filter(([k, v]) => k !== "cursor" && v)), cursor: nextCursor } as Record<string, string>)}`
      : undefined;
    body = items.length
      ? html`<table><thead><tr><th scope="col">When</th><th scope="col">Person</th><th scope="col">From</th><th scope="col">Tool</th><th scope="col">Brands</th><th scope="col">Outcome</th><th scope="col">What</th></tr></thead><tbody>
        ${items.map((e) => html`<tr><td>${when(e.at)}</td><td>${e.person}</td><td>${fromText(e)}</td><td><code>${e.tool}</code></td><td>${e.brandIds.map((id) => slugs.get(id) ?? id).join(", ") || "—"}</td><td>${e.outcome}${e.errorCode ? html` (${e.errorCode})` : ""}</td><td>${whatText(e.summary, names)}</td></tr>`)}
        </tbody></table>${next ? html`<p><a href="${next}">Older</a></p>` : ""}`
      : empty("No audit events match.", "Every state-changing call and every refused call is recorded here.");
  } catch (error) {
    body = html`<p role="alert">${error instanceof Error ? error.message : String(error)}</p>`;
  }
  const form = html`<form method="get" action="/audit" class="filters">
    <label>Person <input name="person" value="${filter.person ?? ""}" placeholder="e-mail, Slack id or system:scheduler"></label>
    <label>Brand <input name="brand" value="${filter.brand ?? ""}" placeholder="slug"></label>
    <label>Tool <input name="tool" value="${filter.tool ?? ""}" placeholder="decide_review"></label>
    <button>Filter</button></form>`;
  return page("Audit trail", "/audit", html`${form}${body}`);
}

/** What a call did in words: the ids in its summary become the things' names, linked to their pages. */
function whatText(summary: string | null, names: ReadonlyMap<string, string>): Html {
  if (!summary) return html``;
  const parts: Html[] = [];
  let at = 0;
  for (const m of summary.matchAll(WINNOW_ID)) {
    parts.push(html`${summary.slice(at, m.index)}`);
    const id = m[0];
    const kind = kindOfId(id);
    const label = names.get(id) ?? (kind ? `${/^[aeiou]/.test(kind) ? "an" : "a"} ${kind}` : id);
    const path = dashboardPath(id);
    parts.push(path ? html`<a href="${path}" title="${id}">${label}</a>` : html`<span title="${id}">${label}</span>`);
    at = m.index + id.length;
  }
  parts.push(html`${summary.slice(at)}`);
  return html`${parts}`;
}

/** "mcp-http · token tok_…", "cli", "api · WINNOW_TOKEN": the surface and the credential, beside the person. */
const fromText = (e: { surface: string | null; via: string | null }) =>
  [e.surface, e.via && e.via !== e.surface ? (e.via.startsWith("tok_") ? `token ${e.via}` : e.via) : null]
    .filter(Boolean)
    .join(" · ") || "—";
