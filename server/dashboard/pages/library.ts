import type { Context } from "hono";
import { html } from "hono/html";
import * as z from "zod";
import { ASSET_KINDS, ASSET_STATUSES } from "../../../core/library/types.ts";
import { brandOptions, libraryPage } from "../../../db/repositories/dashboard.ts";
import type { Services } from "../../services.ts";
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

/** Library grid: text search over name/description (or id), filters by kind, status and brand, 48 per page. */
export async function libraryView(c: Context, services: Services): Promise<Html> {
  const p = parseQuery(c, LibraryParams);
  const { db } = services.database;
  const brands = await brandOptions(db);
  const brand = p.brand ? brands.find((b) => b.id === p.brand || b.slug === p.brand) : undefined;
  if (p.brand && !brand) {
    return page(
      "Library",
      "/library",
      empty(`No brand "${p.brand}".`, `Known brands: ${brands.map((b) => b.slug).join(", ") || "none yet"}.`),
    );
  }
  const { items, total } = await libraryPage(db, {
    q: p.q,
    kind: p.kind,
    status: p.status,
    brandId: brand?.id,
    offset: (p.page - 1) * PAGE_SIZE,
    limit: PAGE_SIZE,
  });
  const option = (value: string, current: string | undefined, label = value) =>
    html`<option value="${value}"${value === (current ?? "") ? html` selected` : ""}>${label}</option>`;
  const filters = html`<form class="filters" method="get" action="/library" role="search" aria-label="Search the library">
    <label for="q">Search<input id="q" name="q" type="search" value="${p.q ?? ""}" placeholder="name, description or id" maxlength="200"></label>
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
          <div class="muted">${a.brandName ?? "no brand"} · ${a.width}×${a.height}</div></div></a></li>`,
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
    html`${filters}<p class="muted" aria-live="polite">${total.toLocaleString("en-US")} assets${p.q ? html` matching “${p.q}”` : ""}</p>${grid}${pager("/library", params, p.page, total, PAGE_SIZE)}`,
  );
}
