import { type AnyColumn, type SQL, sql } from "drizzle-orm";

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
