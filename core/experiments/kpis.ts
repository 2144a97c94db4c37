import { sql } from "drizzle-orm";
import type { Tx } from "../../db/client.ts";
import { jsonFieldOf } from "../../db/json-sql.ts";
import { experimentVisible, type VisibleBrands } from "../../db/repositories/visibility.ts";

export interface LoopKpis {
  winners: number;
  experimentsDecided: number;
  /** Generation cost of every variant that was tested plus the ad spend behind them, in micros. */
  generationCostMicros: number;
  adSpendMicros: number;
  /** (generation + ad spend) / winners; null until there is a winner. */
  costPerWinningAssetMicros: number | null;
  /** Hours from an experiment's start to its winner call: median and mean over experiments that found one. */
  timeToWinnerHours: { median: number | null; mean: number | null; samples: number };
}

/**
 * The closed loop's KPIs, computed in one place for the dashboard, the autopilot and the tools. Optionally scoped to
 * a campaign, and to the experiments of the brands a caller may see (`visible`). A winner is an arm promoted (or
 * called winner and awaiting promotion).
 */
export async function loopKpis(
  tx: Tx,
  options: { campaignId?: string | undefined; visible?: VisibleBrands } = {},
): Promise<LoopKpis> {
  const scope = sql`${options.campaignId ? sql`AND e.campaign_id = ${options.campaignId}` : sql``} AND ${experimentVisible(sql`e.id`, options.visible)}`;
  const [w] = await tx.all<{ winners: number; decided: number }>(sql`
    SELECT count(DISTINCT CASE WHEN e.winner_arm_id IS NOT NULL THEN e.id END) AS winners,
      count(DISTINCT CASE WHEN e.status IN ('decided', 'promoted', 'stopped', 'flagged') THEN e.id END) AS decided
    FROM experiments e WHERE 1 = 1 ${scope}`);
  const [gen] = await tx.all<{ micros: number }>(sql`
    SELECT coalesce(sum(c.cost_micros), 0) AS micros FROM cost_ledger c
    WHERE c.run_id IN (
      SELECT ${jsonFieldOf("a.metadata", "$.runId")} FROM assets a
      JOIN arms ar ON ar.asset_id = a.id JOIN experiments e ON e.id = ar.experiment_id WHERE 1 = 1 ${scope})`);
  const [spend] = await tx.all<{ micros: number }>(sql`
    SELECT coalesce(sum(m.spend_micros), 0) AS micros FROM metrics m
    JOIN deployments d ON d.platform = m.platform AND d.platform_ad_id = m.platform_ad_id
    JOIN arms ar ON ar.id = d.arm_id JOIN experiments e ON e.id = ar.experiment_id WHERE 1 = 1 ${scope}`);
  const durations = await tx.all<{ started: string; called: string }>(sql`
    SELECT e.started_at AS started, min(ev.created_at) AS called FROM experiments e
    JOIN events ev ON ev.entity_id = e.id AND ev.action IN ('experiment.winner', 'experiment.promoted')
    WHERE e.started_at IS NOT NULL ${scope} GROUP BY e.id`);
  const hours = durations.map((d) => (Date.parse(d.called) - Date.parse(d.started)) / 3_600_000).sort((a, b) => a - b);
  const winners = Number(w?.winners ?? 0);
  const total = Number(gen?.micros ?? 0) + Number(spend?.micros ?? 0);
  return {
    winners,
    experimentsDecided: Number(w?.decided ?? 0),
    generationCostMicros: Number(gen?.micros ?? 0),
    adSpendMicros: Number(spend?.micros ?? 0),
    costPerWinningAssetMicros: winners > 0 ? Math.round(total / winners) : null,
    timeToWinnerHours: {
      median: hours.length ? hours[Math.floor((hours.length - 1) / 2)]! : null,
      mean: hours.length ? hours.reduce((s, h) => s + h, 0) / hours.length : null,
      samples: hours.length,
    },
  };
}
