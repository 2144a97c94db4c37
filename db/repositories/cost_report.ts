import { type SQL, sql } from "drizzle-orm";
import type { Tx } from "../client.ts";
import { ledgerVisible, type VisibleBrands } from "./visibility.ts";

export const COST_DIMENSIONS = [
  "campaign",
  "model",
  "template_version",
  "prompt_version",
  "provider",
  "operation",
  "period",
] as const;
export type CostDimension = (typeof COST_DIMENSIONS)[number];
export type Period = "day" | "week" | "month";

/** UTC buckets as the ISO date of their first day (weeks start on Monday). */
const PERIOD_EXPR: Record<Period, SQL> = {
  day: sql`substr(created_at, 1, 10)`,
  week: sql`date(created_at, '-6 days', 'weekday 1')`,
  month: sql`substr(created_at, 1, 7) || '-01'`,
};

const COLUMN: Record<Exclude<CostDimension, "period">, SQL> = {
  campaign: sql`campaign_id`,
  model: sql`model_id`,
  template_version: sql`template_version_id`,
  prompt_version: sql`prompt_version_id`,
  provider: sql`provider`,
  operation: sql`operation`,
};

export interface LedgerFilter {
  from?: string | undefined;
  to?: string | undefined;
  campaignId?: string | undefined;
  modelId?: string | undefined;
  promptVersionId?: string | undefined;
  templateVersionId?: string | undefined;
  provider?: string | undefined;
  /** Only rows of the brands a caller may see (undefined: every brand). */
  visible?: VisibleBrands;
}

function where(f: LedgerFilter): SQL {
  const parts: SQL[] = [ledgerVisible(sql`cost_ledger.run_id`, sql`cost_ledger.campaign_id`, f.visible)];
  if (f.from) parts.push(sql`created_at >= ${f.from}`);
  if (f.to) parts.push(sql`created_at < ${f.to}`);
  if (f.campaignId) parts.push(sql`campaign_id = ${f.campaignId}`);
  if (f.modelId) parts.push(sql`model_id = ${f.modelId}`);
  if (f.promptVersionId) parts.push(sql`prompt_version_id = ${f.promptVersionId}`);
  if (f.templateVersionId) parts.push(sql`template_version_id = ${f.templateVersionId}`);
  if (f.provider) parts.push(sql`provider = ${f.provider}`);
  return sql.join(parts, sql` AND `);
}

export interface CostAggregate {
  key: string | null;
  costMicros: number;
  calls: number;
  tokensIn: number;
  tokensOut: number;
  images: number;
  seconds: number;
}

const AGGREGATES = sql`coalesce(sum(cost_micros), 0) AS cost, count(*) AS calls, coalesce(sum(tokens_in), 0) AS tin,
  coalesce(sum(tokens_out), 0) AS tout, coalesce(sum(images), 0) AS images, coalesce(sum(seconds), 0) AS seconds`;

type AggRow = {
  key: string | null;
  cost: number;
  calls: number;
  tin: number;
  tout: number;
  images: number;
  seconds: number;
};
const toAggregate = (r: AggRow): CostAggregate => ({
  key: r.key,
  costMicros: Number(r.cost),
  calls: Number(r.calls),
  tokensIn: Number(r.tin),
  tokensOut: Number(r.tout),
  images: Number(r.images),
  seconds: Number(r.seconds),
});

export async function ledgerTotals(tx: Tx, filter: LedgerFilter): Promise<CostAggregate> {
  const [row] = await tx.all<AggRow>(sql`SELECT NULL AS key, ${AGGREGATES} FROM cost_ledger WHERE ${where(filter)}`);
  return toAggregate(row!);
}

/** Biggest cost first, except periods which read best in time order. */
export async function ledgerBreakdown(
  tx: Tx,
  filter: LedgerFilter,
  dimension: CostDimension,
  period: Period,
  limit: number,
): Promise<{ rows: CostAggregate[]; more: boolean }> {
  const key = dimension === "period" ? PERIOD_EXPR[period] : COLUMN[dimension];
  const order = dimension === "period" ? sql`key ASC` : sql`cost DESC, key ASC`;
  const rows = await tx.all<AggRow>(sql`
    SELECT ${key} AS key, ${AGGREGATES} FROM cost_ledger WHERE ${where(filter)}
    GROUP BY 1 ORDER BY ${order} LIMIT ${limit + 1}`);
  return { rows: rows.slice(0, limit).map(toAggregate), more: rows.length > limit };
}

/**
 * Promoted assets per campaign. An asset belongs to a campaign through an asset link, a used_in lineage edge, or
 * by having been generated_by a run of that campaign.
 */
export async function promotedAssetsPerCampaign(tx: Tx, campaignIds: string[]): Promise<Map<string, number>> {
  const out = new Map<string, number>();
  for (const id of campaignIds) {
    const [row] = await tx.all<{ n: number }>(sql`
      SELECT count(*) AS n FROM assets WHERE status = 'promoted' AND id IN (
        SELECT asset_id FROM asset_links WHERE target_type = 'campaign' AND target_id = ${id}
        UNION SELECT from_id FROM lineage_edges WHERE relation = 'used_in' AND to_id = ${id}
        UNION SELECT e.from_id FROM generation_runs r JOIN lineage_edges e ON e.to_id = r.id WHERE r.campaign_id = ${id}
      )`);
    out.set(id, Number(row?.n ?? 0));
  }
  return out;
}
