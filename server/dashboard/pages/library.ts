import type { Context } from "hono";
import { html } from "hono/html";
import * as z from "zod";
import { ASSET_KINDS, ASSET_STATUSES } from "../../../core/library/types.ts";
import type { BrandScope } from "../../../core/people/caller.ts";
import type { Services } from "../../services.ts";
import { visibleTo } from "../actions.ts";
import { badge, empty, type Html, page, pager, thumb } from "../layout.ts";
import { optionalEnum, optionalText, PageNumber, parseQuery } from "../params.ts";

export const PAGE_SIZE = 48;

const LibraryParams = z.object({
  q: optionalText(200),
  kind: optionalEnum(ASSET_KINDS),
  status: optionalEnum(ASSET_STATUSES),
  brand: optionalText(80),
  page: PageNumber,
});

/**
 * Library grid with filters by kind, status and brand, 48 per page. A query goes through the search service (the
 * same hybrid vector + full-text ranking as search_assets); if that fails, a plain name/description/id match stands in.
 */
export async function libraryView(c: Context, services: Services): Promise<Html> {
  const p = parseQuery(c, LibraryParams);
  const scope = await visibleTo(c, services);
  const brands = await services.reads.brands(scope);
  const brand = p.brand ? brands.find((b) => b.id === p.brand || b.slug === p.brand) : undefined;
  if (p.brand && !brand) {
    return page(
      "Library",
      "/library",
      empty(`No brand "${p.brand}".`, `Known brands: ${brands.map((b) => b.slug).join(", ") || "none yet"}.`),
    );
  }
  const filters = { kind: p.kind, status: p.status, brandId: brand?.id };
  const offset = (p.page - 1) * PAGE_SIZE;
  // An asset id is looked up directly; words go to the search service.
  const ranked =
    p.q && !/^ast_[0-9A-Z]+$/i.test(p.q)
      ? await searchIds(services, p.q, { ...filters, brand: brand?.slug }, scope, offset + PAGE_SIZE)
      : null;
  const { items, total } = ranked
    ? await services.reads
        .library(scope, { ...filters, ids: ranked.ids.slice(offset), offset: 0, limit: PAGE_SIZE })
        .then((r) => ({
          items: r.items,
          total: ranked.more ? Math.max(ranked.ids.length + 1, offset + PAGE_SIZE + 1) : ranked.ids.length,
        }))
    : await services.reads.library(scope, { ...filters, q: p.q, offset, limit: PAGE_SIZE });
  const option = (value: string, current: string | undefined, label = value) =>
    html`<option value="${value}"${value === (current ?? "") ? html` selected` : ""}>${label}</option>`;
  const form = html`<form class="filters" method="get" action="/library" role="search" aria-label="Search the library">
    <label for="q">Search<input id="q" name="q" type="search" value="${p.q ?? ""}" placeholder="e.g. bright trail shoes at dawn, or an asset id" maxlength="200"></label>
    <label for="kind">Kind<select id="kind" name="kind">${option("", p.kind, "any")}${ASSET_KINDS.map((k) => option(k, p.kind))}</select></label>
    <label for="status">Status<select id="status" name="status">${option("", p.status, "any")}${ASSET_STATUSES.map((s) => option(s, p.status))}</select></label>
    <label for="brand">Brand<select id="brand" name="brand">${option("", brand?.slug, "any")}${brands.map((b) => option(b.slug, brand?.slug, b.name))}</select></label>
    <button type="submit">Apply</button>
    <a href="/library">Reset</a>
  </form>`;
  const grid = items.length
    ? html`<ul class="grid" aria-label="Assets">${items.map(
        (a) => html`<li class="tile"><a href="/assets/${a.id}">${thumb(a.id, a.name)}
          <div class="meta"><div class="name">${a.name}</div>${badge(a.kind)} ${badge(a.status)}
          <div class="muted">${a.brandName ?? "no brand"} · ${a.width}×${a.height}</div>${ranked?.why.get(a.id) ? html`<div class="muted small">${ranked.why.get(a.id)}</div>` : ""}</div></a></li>`,
      )}</ul>`
    : empty(
        total === 0 && !p.q && !p.kind && !p.status && !brand
          ? "The library is empty."
          : "No assets match these filters.",
        "Add assets with the add_asset tool or `winnow import`, or widen the search.",
      );
  const params = { q: p.q, kind: p.kind, status: p.status, brand: brand?.slug };
  return page(
    "Library",
    "/library",
    html`${form}<p class="muted" aria-live="polite">${total.toLocaleString("en-US")}${ranked?.more ? "+" : ""} assets${p.q ? html` matching “${p.q}”${ranked ? " (ranked by meaning, tags and text)" : ""}` : ""}</p>${grid}${pager("/library", params, p.page, total, PAGE_SIZE)}`,
  );
}

/** Ranked asset ids for a query (up to `limit`), or null when search could not answer (then the page falls back). */
async function searchIds(
  services: Services,
  query: string,
  filters: { kind?: string | undefined; status?: string | undefined; brand?: string | undefined },
  visible: BrandScope,
  limit: number,
): Promise<{ ids: string[]; why: Map<string, string>; more: boolean } | null> {
  try {
    const r = await services.search.search({ query, filters: { ...filters, includeAll: true }, visible, limit });
    return {
      ids: r.items.map((h) => h.asset.id),
      why: new Map(r.items.map((h) => [h.asset.id, h.why[0] ?? ""])),
      more: r.nextCursor !== null,
    };
  } catch (error) {
    services.logger.warn("library search fell back to a name match", { query, error: String(error) });
    return null;
  }
}
