import { type AnyColumn, type SQL, sql } from "drizzle-orm";
import type { Tx } from "../client.ts";

/**
 * Brand visibility in SQL. `visible` lists the brand ids a caller may see; undefined means every brand (workspace
 * admins, the local admin, the system). A row that belongs to no brand is the workspace's and stays visible.
 */
export type VisibleBrands = readonly string[] | undefined;

const list = (ids: readonly string[]) =>
  sql.join(
    ids.map((id) => sql`${id}`),
    sql`, `,
  );

/** `column` (a brand id) is one the caller may see. */
export function brandVisible(column: AnyColumn | SQL, visible: VisibleBrands): SQL {
  if (!visible) return sql`1 = 1`;
  if (visible.length === 0) return sql`${column} IS NULL`;
  return sql`(${column} IS NULL OR ${column} IN (${list(visible)}))`;
}

/**
 * An experiment is visible when its campaign's brand and every arm asset's brand are: the same brands the
 * authorization point checks for a call naming the experiment (core/people/authorize.ts).
 */
export function experimentVisible(experimentId: AnyColumn | SQL, visible: VisibleBrands): SQL {
  if (!visible) return sql`1 = 1`;
  return sql`(NOT EXISTS (SELECT 1 FROM experiments vx JOIN campaigns vc ON vc.id = vx.campaign_id
      WHERE vx.id = ${experimentId} AND NOT ${brandVisible(sql`vc.brand_id`, visible)})
    AND NOT EXISTS (SELECT 1 FROM arms va JOIN assets vs ON vs.id = va.asset_id
      WHERE va.experiment_id = ${experimentId} AND NOT ${brandVisible(sql`vs.brand_id`, visible)}))`;
}

/** A cost ledger row is visible when the brand of its generation run and of its campaign are. */
export function ledgerVisible(runId: AnyColumn | SQL, campaignId: AnyColumn | SQL, visible: VisibleBrands): SQL {
  if (!visible) return sql`1 = 1`;
  return sql`(NOT EXISTS (SELECT 1 FROM generation_runs vr WHERE vr.id = ${runId} AND NOT ${brandVisible(sql`vr.brand_id`, visible)})
    AND NOT EXISTS (SELECT 1 FROM campaigns vc WHERE vc.id = ${campaignId} AND NOT ${brandVisible(sql`vc.brand_id`, visible)}))`;
}

/** A review request is visible when its brand and its asset's brand are. */
export function reviewVisible(brandId: AnyColumn | SQL, assetId: AnyColumn | SQL, visible: VisibleBrands): SQL {
  if (!visible) return sql`1 = 1`;
  return sql`(${brandVisible(brandId, visible)} AND NOT EXISTS (SELECT 1 FROM assets vs WHERE vs.id = ${assetId}
      AND NOT ${brandVisible(sql`vs.brand_id`, visible)}))`;
}

/** A generation run is visible when its brand and its campaign's brand are. */
export function runVisible(brandId: AnyColumn | SQL, campaignId: AnyColumn | SQL, visible: VisibleBrands): SQL {
  if (!visible) return sql`1 = 1`;
  return sql`(${brandVisible(brandId, visible)} AND NOT EXISTS (SELECT 1 FROM campaigns vc WHERE vc.id = ${campaignId}
      AND NOT ${brandVisible(sql`vc.brand_id`, visible)}))`;
}

/** Per id prefix: the ids (of `ids`) whose row belongs to a brand the caller may not see. */
const HIDDEN_BY_PREFIX: Record<string, (ids: SQL, visible: readonly string[]) => SQL> = {
  ast: (ids, v) => sql`SELECT id FROM assets WHERE id IN (${ids}) AND NOT ${brandVisible(sql`brand_id`, v)}`,
  cmp: (ids, v) => sql`SELECT id FROM campaigns WHERE id IN (${ids}) AND NOT ${brandVisible(sql`brand_id`, v)}`,
  exp: (ids, v) => sql`SELECT id FROM experiments e WHERE e.id IN (${ids}) AND NOT ${experimentVisible(sql`e.id`, v)}`,
  tpl: (ids, v) => sql`SELECT id FROM templates WHERE id IN (${ids}) AND NOT ${brandVisible(sql`brand_id`, v)}`,
  tpv: (ids, v) => sql`SELECT tv.id FROM template_versions tv JOIN templates t ON t.id = tv.template_id
    WHERE tv.id IN (${ids}) AND NOT ${brandVisible(sql`t.brand_id`, v)}`,
  run: (ids, v) => sql`SELECT r.id FROM generation_runs r
    WHERE r.id IN (${ids}) AND NOT ${runVisible(sql`r.brand_id`, sql`r.campaign_id`, v)}`,
  arm: (ids, v) => sql`SELECT ar.id FROM arms ar WHERE ar.id IN (${ids})
    AND NOT ${experimentVisible(sql`ar.experiment_id`, v)}`,
  dep: (ids, v) => sql`SELECT d.id FROM deployments d LEFT JOIN assets a ON a.id = d.asset_id
    LEFT JOIN campaigns c ON c.id = d.campaign_id
    WHERE d.id IN (${ids}) AND NOT (${brandVisible(sql`a.brand_id`, v)} AND ${brandVisible(sql`c.brand_id`, v)})`,
  aud: (ids, v) => sql`SELECT id FROM audiences WHERE id IN (${ids}) AND NOT ${brandVisible(sql`brand_id`, v)}`,
};

/**
 * Of these node ids (any kind the lineage graph holds), the ones owned by a brand the caller may not see. Prompt
 * versions, prompts and models are the workspace's and never hidden; a brand id is hidden unless it is one of `visible`.
 */
export async function hiddenNodeIds(tx: Tx, ids: readonly string[], visible: VisibleBrands): Promise<Set<string>> {
  const hidden = new Set<string>();
  if (!visible || ids.length === 0) return hidden;
  const byPrefix = new Map<string, string[]>();
  for (const id of ids) {
    const prefix = id.split("_")[0] ?? "";
    if (prefix === "brd") {
      if (!visible.includes(id)) hidden.add(id);
      continue;
    }
    if (HIDDEN_BY_PREFIX[prefix]) byPrefix.set(prefix, [...(byPrefix.get(prefix) ?? []), id]);
  }
  for (const [prefix, group] of byPrefix) {
    for (let i = 0; i < group.length; i += 400) {
      const rows = await tx.all<{ id: string }>(HIDDEN_BY_PREFIX[prefix]!(list(group.slice(i, i + 400)), visible));
      for (const r of rows) hidden.add(r.id);
    }
  }
  return hidden;
}
