import { sql } from "drizzle-orm";
import type { Tx } from "../client.ts";

/** Read models for experiments, costs and time-to-winner (dashboard only; core/experiments owns the decisions). */

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

export function experimentsList(tx: Tx, limit = 200) {
  return tx.all<ExperimentSummary>(sql`
    WITH am AS (${ARM_METRICS})
    SELECT e.id, e.name, e.metric, e.status, c.name AS campaignName, count(ar.id) AS arms,
      coalesce(sum(am.impressions), 0) AS impressions, coalesce(sum(am.clicks), 0) AS clicks,
      coalesce(sum(am.conversions), 0) AS conversions, e.winner_arm_id AS winnerArmId, e.srm_flagged AS srmFlagged,
      e.started_at AS startedAt, e.ended_at AS endedAt
    FROM experiments e LEFT JOIN campaigns c ON c.id = e.campaign_id
    LEFT JOIN arms ar ON ar.experiment_id = e.id LEFT JOIN am ON am.arm_id = ar.id
    GROUP BY e.id ORDER BY coalesce(e.started_at, e.created_at) DESC LIMIT ${limit}`);
}

export async function experimentDetail(tx: Tx, id: string) {
  const [experiment] = await tx.all<
    Omit<ExperimentSummary, "arms" | "impressions" | "clicks" | "conversions"> & {
      config: string;
      audienceName: string | null;
    }
  >(sql`SELECT e.id, e.name, e.metric, e.status, c.name AS campaignName, e.winner_arm_id AS winnerArmId,
      e.srm_flagged AS srmFlagged, e.started_at AS startedAt, e.ended_at AS endedAt, e.config, au.name AS audienceName
    FROM experiments e LEFT JOIN campaigns c ON c.id = e.campaign_id LEFT JOIN audiences au ON au.id = e.audience_id
    WHERE e.id = ${id}`);
  if (!experiment) return undefined;
  const arms = await tx.all<{
    id: string;
    assetId: string;
    assetName: string | null;
    status: string;
    statusReason: string | null;
    impressions: number;
    clicks: number;
    conversions: number;
    spend: number;
  }>(sql`WITH am AS (${ARM_METRICS})
    SELECT ar.id, ar.asset_id AS assetId, a.name AS assetName, ar.status, ar.status_reason AS statusReason,
      am.impressions, am.clicks, am.conversions, am.spend
    FROM arms ar LEFT JOIN assets a ON a.id = ar.asset_id LEFT JOIN am ON am.arm_id = ar.id
    WHERE ar.experiment_id = ${id} ORDER BY ar.created_at, ar.id`);
  const allocations = await tx.all<{ armId: string; share: number; computedAt: string }>(
    sql`SELECT arm_id AS armId, share, computed_at AS computedAt FROM allocations WHERE experiment_id = ${id}
        ORDER BY computed_at LIMIT 5000`,
  );
  return { experiment, arms, allocations };
}

export function costPerCampaign(tx: Tx) {
  return tx.all<{
    id: string | null;
    name: string;
    generationMicros: number;
    mediaMicros: number;
    winners: number;
  }>(sql`
    SELECT c.id, c.name,
      (SELECT coalesce(sum(cost_micros), 0) FROM cost_ledger l WHERE l.campaign_id = c.id) AS generationMicros,
      (SELECT coalesce(sum(m.spend_micros), 0) FROM deployments d JOIN metrics m
         ON m.platform = d.platform AND m.platform_ad_id = d.platform_ad_id WHERE d.campaign_id = c.id) AS mediaMicros,
      (SELECT count(DISTINCT a.id) FROM assets a JOIN asset_links k ON k.asset_id = a.id
         WHERE k.target_type = 'campaign' AND k.target_id = c.id AND a.status = 'promoted') AS winners
    FROM campaigns c
    UNION ALL
    SELECT NULL, '(no campaign)', coalesce(sum(cost_micros), 0), 0, 0 FROM cost_ledger WHERE campaign_id IS NULL
      HAVING count(*) > 0
    ORDER BY 3 DESC`);
}

export function costPerModel(tx: Tx) {
  return tx.all<{ name: string; calls: number; micros: number; images: number; tokens: number }>(sql`
    SELECT coalesce(m.provider || ' ' || m.name, l.provider || ' (' || l.operation || ')') AS name, count(*) AS calls,
      sum(l.cost_micros) AS micros, sum(l.images) AS images, sum(l.tokens_in + l.tokens_out) AS tokens
    FROM cost_ledger l LEFT JOIN models m ON m.id = l.model_id GROUP BY 1 ORDER BY micros DESC LIMIT 30`);
}

/**
 * Cost per winning asset: each winner carries its own generation cost (its runs, shared over their outputs) plus an
 * even share of its campaign's generation and media spend over that campaign's winners.
 */
export function costPerWinner(tx: Tx, limit = 50) {
  return tx.all<{ id: string; name: string; ownMicros: number; campaignShareMicros: number }>(sql`
    WITH w AS (
      SELECT a.id, a.name, (SELECT k.target_id FROM asset_links k WHERE k.asset_id = a.id AND k.target_type = 'campaign' LIMIT 1) AS campaign_id
      FROM assets a WHERE a.status = 'promoted'),
    per_campaign AS (
      SELECT w.campaign_id, count(*) AS winners,
        (SELECT coalesce(sum(cost_micros), 0) FROM cost_ledger l WHERE l.campaign_id = w.campaign_id)
        + (SELECT coalesce(sum(m.spend_micros), 0) FROM deployments d JOIN metrics m
             ON m.platform = d.platform AND m.platform_ad_id = d.platform_ad_id WHERE d.campaign_id = w.campaign_id) AS spend
      FROM w WHERE w.campaign_id IS NOT NULL GROUP BY w.campaign_id)
    SELECT w.id, w.name,
      coalesce((SELECT sum(r.cost_micros * 1.0 / max(r.output_count, 1)) FROM lineage_edges e JOIN generation_runs r ON r.id = e.to_id
        WHERE e.from_id = w.id AND e.relation = 'generated_by'), 0) AS ownMicros,
      coalesce(pc.spend * 1.0 / pc.winners, 0) AS campaignShareMicros
    FROM w LEFT JOIN per_campaign pc ON pc.campaign_id = w.campaign_id ORDER BY w.name LIMIT ${limit}`);
}

/** Hours from an output's creation to its promotion, and experiment start to decided winner. */
export function timeToWinner(tx: Tx) {
  return tx.all<{ kind: string; id: string; name: string; startedAt: string; decidedAt: string }>(sql`
    SELECT 'experiment' AS kind, e.id, e.name, e.started_at AS startedAt, e.ended_at AS decidedAt FROM experiments e
      WHERE e.winner_arm_id IS NOT NULL AND e.started_at IS NOT NULL AND e.ended_at IS NOT NULL
    UNION ALL
    SELECT 'asset', a.id, a.name, a.created_at, (SELECT min(ev.created_at) FROM events ev
        WHERE ev.entity_id = a.id AND ev.action = 'asset.status.promoted')
      FROM assets a WHERE a.status = 'promoted'
    ORDER BY 5 LIMIT 500`);
}
