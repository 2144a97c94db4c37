import { sql } from "drizzle-orm";
import type { Tx } from "../client.ts";
import { brandVisible, experimentVisible, ledgerVisible, type VisibleBrands } from "./visibility.ts";

/**
 * Read models for the experiment list/detail and spend breakdowns (dashboard only). Statistics and decisions come from
 * core/experiments (ExperimentService.results); loop KPIs from core/experiments/kpis.ts.
 */

export interface ExperimentSummary {
  id: string;
  name: string;
  metric: string;
  status: string;
  campaignName: string | null;
  arms: number;
  impressions: number;
  clicks: number;
  conversions: number;
  winnerArmId: string | null;
  srmFlagged: number;
  startedAt: string | null;
  endedAt: string | null;
}

/** Ad metrics reach arms through deployments: by arm_id when set, else by the arm's asset in the same campaign. */
const ARM_METRICS = sql`
  SELECT ar.id AS arm_id, coalesce(sum(m.impressions), 0) AS impressions, coalesce(sum(m.clicks), 0) AS clicks,
    coalesce(sum(m.conversions), 0) AS conversions, coalesce(sum(m.spend_micros), 0) AS spend
  FROM arms ar
  LEFT JOIN deployments d ON d.arm_id = ar.id
  LEFT JOIN metrics m ON m.platform = d.platform AND m.platform_ad_id = d.platform_ad_id
  GROUP BY ar.id`;

export function experimentsList(tx: Tx, limit = 200, visible?: VisibleBrands) {
  return tx.all<ExperimentSummary>(sql`
    WITH am AS (${ARM_METRICS})
    SELECT e.id, e.name, e.metric, e.status, c.name AS campaignName, count(ar.id) AS arms,
      coalesce(sum(am.impressions), 0) AS impressions, coalesce(sum(am.clicks), 0) AS clicks,
      coalesce(sum(am.conversions), 0) AS conversions, e.winner_arm_id AS winnerArmId, e.srm_flagged AS srmFlagged,
      e.started_at AS startedAt, e.ended_at AS endedAt
    FROM experiments e LEFT JOIN campaigns c ON c.id = e.campaign_id
    LEFT JOIN arms ar ON ar.experiment_id = e.id LEFT JOIN am ON am.arm_id = ar.id
    WHERE ${experimentVisible(sql`e.id`, visible)}
    GROUP BY e.id ORDER BY coalesce(e.started_at, e.created_at) DESC LIMIT ${limit}`);
}

/** The experiment's header facts, its arms' asset names and the allocation history (core computes the statistics). */
export async function experimentDetail(tx: Tx, id: string) {
  const [experiment] = await tx.all<{
    id: string;
    name: string;
    metric: string;
    status: string;
    campaignName: string | null;
    winnerArmId: string | null;
    startedAt: string | null;
    endedAt: string | null;
    audienceName: string | null;
  }>(sql`SELECT e.id, e.name, e.metric, e.status, c.name AS campaignName, e.winner_arm_id AS winnerArmId,
      e.started_at AS startedAt, e.ended_at AS endedAt, au.name AS audienceName
    FROM experiments e LEFT JOIN campaigns c ON c.id = e.campaign_id LEFT JOIN audiences au ON au.id = e.audience_id
    WHERE e.id = ${id}`);
  if (!experiment) return undefined;
  const arms = await tx.all<{ id: string; assetId: string; assetName: string | null; status: string }>(
    sql`SELECT ar.id, ar.asset_id AS assetId, a.name AS assetName, ar.status
    FROM arms ar LEFT JOIN assets a ON a.id = ar.asset_id WHERE ar.experiment_id = ${id} ORDER BY ar.created_at, ar.id`,
  );
  const allocations = await tx.all<{ armId: string; share: number; computedAt: string }>(
    sql`SELECT arm_id AS armId, share, computed_at AS computedAt FROM allocations WHERE experiment_id = ${id}
        ORDER BY computed_at LIMIT 5000`,
  );
  return { experiment, arms, allocations };
}

/** Everything spent per campaign: generation (cost ledger) and media (ad metrics of its deployments). */
export function costPerCampaign(tx: Tx, visible?: VisibleBrands) {
  return tx.all<{ id: string | null; name: string; generationMicros: number; mediaMicros: number }>(sql`
    SELECT c.id, c.name,
      (SELECT coalesce(sum(cost_micros), 0) FROM cost_ledger l WHERE l.campaign_id = c.id) AS generationMicros,
      (SELECT coalesce(sum(m.spend_micros), 0) FROM deployments d JOIN metrics m
         ON m.platform = d.platform AND m.platform_ad_id = d.platform_ad_id WHERE d.campaign_id = c.id) AS mediaMicros
    FROM campaigns c WHERE ${brandVisible(sql`c.brand_id`, visible)}
    UNION ALL
    SELECT NULL, '(no campaign)', coalesce(sum(cost_micros), 0), 0 FROM cost_ledger l WHERE campaign_id IS NULL
      AND ${ledgerVisible(sql`l.run_id`, sql`l.campaign_id`, visible)}
      HAVING count(*) > 0
    ORDER BY 3 DESC`);
}

export function costPerModel(tx: Tx, visible?: VisibleBrands) {
  return tx.all<{ name: string; calls: number; micros: number; images: number; tokens: number }>(sql`
    SELECT coalesce(m.provider || ' ' || m.name, l.provider || ' (' || l.operation || ')') AS name, count(*) AS calls,
      sum(l.cost_micros) AS micros, sum(l.images) AS images, sum(l.tokens_in + l.tokens_out) AS tokens
    FROM cost_ledger l LEFT JOIN models m ON m.id = l.model_id
    WHERE ${ledgerVisible(sql`l.run_id`, sql`l.campaign_id`, visible)} GROUP BY 1 ORDER BY micros DESC LIMIT 30`);
}
