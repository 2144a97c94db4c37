import { type SQL, sql } from "drizzle-orm";
import type { Tx } from "../client.ts";
import { brandVisible, type VisibleBrands } from "./visibility.ts";

/**
 * Ad results per asset over a date range, summed across the asset's deployed ads (metrics ⋈ deployments), one row
 * per currency the money was reported in (money of two currencies is never added).
 */
export interface AssetTotals {
  assetId: string;
  /** ISO 4217 code of spend and revenue; null when the source did not say. */
  currency: string | null;
  name: string;
  brandId: string | null;
  platforms: string[];
  impressions: number;
  clicks: number;
  conversions: number;
  spendMicros: number;
  revenueMicros: number;
}

export interface PerformanceFilter {
  /** Inclusive YYYY-MM-DD bounds on the metric date. */
  from: string;
  to: string;
  brandId?: string | undefined;
  /** Only assets of the brands a caller may see (undefined: every brand). */
  visible?: VisibleBrands;
  audienceId?: string | undefined;
  audienceSlug?: string | undefined;
  platform?: string | undefined;
  experimentId?: string | undefined;
  assetIds?: string[] | undefined;
}

export async function assetTotals(tx: Tx, f: PerformanceFilter): Promise<AssetTotals[]> {
  const where: SQL[] = [sql`m.date >= ${f.from}`, sql`m.date <= ${f.to}`];
  if (f.platform) where.push(sql`d.platform = ${f.platform}`);
  if (f.brandId) where.push(sql`a.brand_id = ${f.brandId}`);
  if (f.visible) where.push(brandVisible(sql`a.brand_id`, f.visible));
  if (f.experimentId) where.push(sql`ar.experiment_id = ${f.experimentId}`);
  if (f.assetIds?.length)
    where.push(
      sql`d.asset_id IN (${sql.join(
        f.assetIds.map((id) => sql`${id}`),
        sql`, `,
      )})`,
    );
  // An ad ran for an audience when its deployment, its experiment or the asset's own slots say so.
  if (f.audienceId)
    where.push(sql`(d.audience_id = ${f.audienceId} OR e.audience_id = ${f.audienceId}
      OR json_extract(a.metadata, '$.slots.audience') = ${f.audienceSlug ?? ""})`);
  const rows = await tx.all<{
    asset_id: string;
    currency: string | null;
    name: string;
    brand_id: string | null;
    platforms: string;
    impressions: number;
    clicks: number;
    conversions: number;
    spend: number;
    revenue: number;
  }>(sql`
    SELECT d.asset_id, m.currency, a.name, a.brand_id, group_concat(DISTINCT d.platform) AS platforms,
      sum(m.impressions) AS impressions, sum(m.clicks) AS clicks, sum(m.conversions) AS conversions,
      sum(m.spend_micros) AS spend, sum(m.revenue_micros) AS revenue
    FROM metrics m
    JOIN deployments d ON d.platform = m.platform AND d.platform_ad_id = m.platform_ad_id
    JOIN assets a ON a.id = d.asset_id
    LEFT JOIN arms ar ON ar.id = d.arm_id
    LEFT JOIN experiments e ON e.id = ar.experiment_id
    WHERE ${sql.join(where, sql` AND `)}
    GROUP BY d.asset_id, m.currency`);
  return rows.map((r) => ({
    assetId: r.asset_id,
    currency: r.currency ?? null,
    name: r.name,
    brandId: r.brand_id,
    platforms: String(r.platforms ?? "")
      .split(",")
      .filter(Boolean)
      .sort(),
    impressions: Number(r.impressions),
    clicks: Number(r.clicks),
    conversions: Number(r.conversions),
    spendMicros: Number(r.spend),
    revenueMicros: Number(r.revenue),
  }));
}

/** An audience by id, slug, display name or alias (case-insensitive). */
export async function findAudience(tx: Tx, ref: string): Promise<{ id: string; slug: string } | undefined> {
  const want = ref.trim().toLowerCase();
  const [row] = await tx.all<{ id: string; slug: string }>(sql`
    SELECT id, slug FROM audiences
    WHERE id = ${ref.trim()} OR slug = ${want} OR lower(name) = ${want}
      OR EXISTS (SELECT 1 FROM json_each(audiences.aliases) j WHERE lower(j.value) = ${want})
    LIMIT 1`);
  return row;
}

export async function audienceSlugs(tx: Tx): Promise<string[]> {
  const rows = await tx.all<{ slug: string }>(sql`SELECT slug FROM audiences ORDER BY slug`);
  return rows.map((r) => r.slug);
}

/** An experiment by id or by name (case-insensitive); several with one name → all of them. */
export async function findExperiments(tx: Tx, ref: string): Promise<{ id: string; name: string }[]> {
  return tx.all<{ id: string; name: string }>(sql`
    SELECT id, name FROM experiments WHERE id = ${ref.trim()} OR lower(name) = ${ref.trim().toLowerCase()}
    ORDER BY created_at DESC LIMIT 5`);
}

export async function experimentNames(tx: Tx): Promise<string[]> {
  const rows = await tx.all<{ name: string }>(sql`SELECT name FROM experiments ORDER BY created_at DESC LIMIT 10`);
  return rows.map((r) => r.name);
}
