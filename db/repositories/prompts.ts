import { and, asc, desc, eq, inArray, lt, sql } from "drizzle-orm";
import type { Tx } from "../client.ts";
import { promptLabels, prompts, promptVersions } from "../schema.ts";
import { brandVisible, ledgerVisible, runVisible, type VisibleBrands } from "./visibility.ts";

export type PromptRow = typeof prompts.$inferSelect;
export type PromptVersionRow = typeof promptVersions.$inferSelect;

export async function findPromptByName(tx: Tx, name: string): Promise<PromptRow | undefined> {
  return (await tx.select().from(prompts).where(eq(prompts.name, name)))[0];
}

export async function listPromptNames(tx: Tx): Promise<string[]> {
  const rows = await tx.select({ name: prompts.name }).from(prompts).orderBy(asc(prompts.name));
  return rows.map((r) => r.name);
}

export async function insertPrompt(tx: Tx, row: typeof prompts.$inferInsert): Promise<void> {
  await tx.insert(prompts).values(row);
}

export async function findVersionByText(tx: Tx, promptId: string, text: string) {
  return (
    await tx
      .select()
      .from(promptVersions)
      .where(and(eq(promptVersions.promptId, promptId), eq(promptVersions.text, text)))
  )[0];
}

export async function latestVersionNumber(tx: Tx, promptId: string): Promise<number> {
  const [row] = await tx
    .select({ v: sql<number | null>`max(${promptVersions.version})` })
    .from(promptVersions)
    .where(eq(promptVersions.promptId, promptId));
  return row?.v ?? 0;
}

export async function insertPromptVersion(tx: Tx, row: typeof promptVersions.$inferInsert): Promise<void> {
  await tx.insert(promptVersions).values(row);
}

export async function getVersionByNumber(tx: Tx, promptId: string, version: number) {
  return (
    await tx
      .select()
      .from(promptVersions)
      .where(and(eq(promptVersions.promptId, promptId), eq(promptVersions.version, version)))
  )[0];
}

export async function getVersionById(tx: Tx, id: string) {
  return (await tx.select().from(promptVersions).where(eq(promptVersions.id, id)))[0];
}

/** Newest first; `beforeVersion` is the keyset cursor. */
export async function pageVersions(tx: Tx, promptId: string, beforeVersion: number | undefined, limit: number) {
  return tx
    .select()
    .from(promptVersions)
    .where(
      beforeVersion === undefined
        ? eq(promptVersions.promptId, promptId)
        : and(eq(promptVersions.promptId, promptId), lt(promptVersions.version, beforeVersion)),
    )
    .orderBy(desc(promptVersions.version))
    .limit(limit);
}

export interface LabelRow {
  label: string;
  promptVersionId: string;
  version: number;
  updatedBy: string | null;
  updatedAt: string;
}

export async function labelsOf(tx: Tx, promptId: string): Promise<LabelRow[]> {
  return tx
    .select({
      label: promptLabels.label,
      promptVersionId: promptLabels.promptVersionId,
      version: promptVersions.version,
      updatedBy: promptLabels.updatedBy,
      updatedAt: promptLabels.updatedAt,
    })
    .from(promptLabels)
    .innerJoin(promptVersions, eq(promptVersions.id, promptLabels.promptVersionId))
    .where(eq(promptLabels.promptId, promptId))
    .orderBy(asc(promptLabels.label));
}

export async function upsertLabel(tx: Tx, row: typeof promptLabels.$inferInsert): Promise<void> {
  await tx
    .insert(promptLabels)
    .values(row)
    .onConflictDoUpdate({
      target: [promptLabels.promptId, promptLabels.label],
      set: { promptVersionId: row.promptVersionId, updatedBy: row.updatedBy, updatedAt: row.updatedAt },
    });
}

export interface VersionRollup {
  promptVersionId: string;
  runs: number;
  failedRuns: number;
  outputs: number;
  costMicros: number;
  avgLatencyMs: number | null;
  deployments: number;
  impressions: number;
  clicks: number;
  conversions: number;
  spendMicros: number;
  revenueMicros: number;
}

/**
 * Usage and performance per prompt version: runs and latency from generation_runs, money from the cost ledger (the
 * ledger is the source of truth for cost), ad results from metrics of deployed outputs that were generated_by it.
 */
export async function rollupsFor(
  tx: Tx,
  versionIds: string[],
  visible?: VisibleBrands,
): Promise<Map<string, VersionRollup>> {
  const out = new Map<string, VersionRollup>();
  if (versionIds.length === 0) return out;
  for (const id of versionIds) {
    out.set(id, {
      promptVersionId: id,
      runs: 0,
      failedRuns: 0,
      outputs: 0,
      costMicros: 0,
      avgLatencyMs: null,
      deployments: 0,
      impressions: 0,
      clicks: 0,
      conversions: 0,
      spendMicros: 0,
      revenueMicros: 0,
    });
  }
  const ids = sql.join(
    versionIds.map((id) => sql`${id}`),
    sql`, `,
  );
  const runs = await tx.all<{ id: string; runs: number; failed: number; outputs: number; latency: number | null }>(sql`
    SELECT prompt_version_id AS id, count(*) AS runs,
           sum(CASE WHEN status = 'failed' THEN 1 ELSE 0 END) AS failed,
           coalesce(sum(output_count), 0) AS outputs,
           avg(CASE WHEN finished_at IS NOT NULL
                    THEN (julianday(finished_at) - julianday(started_at)) * 86400000.0 END) AS latency
    FROM generation_runs r WHERE prompt_version_id IN (${ids}) AND ${runVisible(sql`r.brand_id`, sql`r.campaign_id`, visible)}
    GROUP BY prompt_version_id`);
  for (const r of runs) {
    const row = out.get(r.id)!;
    row.runs = Number(r.runs);
    row.failedRuns = Number(r.failed ?? 0);
    row.outputs = Number(r.outputs);
    row.avgLatencyMs = r.latency === null ? null : Math.round(Number(r.latency));
  }
  const costs = await tx.all<{ id: string; cost: number }>(sql`
    SELECT prompt_version_id AS id, sum(cost_micros) AS cost
    FROM cost_ledger WHERE prompt_version_id IN (${ids})
      AND ${ledgerVisible(sql`cost_ledger.run_id`, sql`cost_ledger.campaign_id`, visible)}
    GROUP BY prompt_version_id`);
  for (const c of costs) out.get(c.id)!.costMicros = Number(c.cost);
  const ads = await tx.all<{
    id: string;
    deployments: number;
    impressions: number;
    clicks: number;
    conversions: number;
    spend: number;
    revenue: number;
  }>(sql`
    WITH deployed AS (
      SELECT DISTINCT e.to_id AS id, d.platform, d.platform_ad_id
      FROM lineage_edges e JOIN deployments d ON d.asset_id = e.from_id JOIN assets da ON da.id = d.asset_id
      WHERE e.relation = 'generated_by' AND e.to_id IN (${ids}) AND ${brandVisible(sql`da.brand_id`, visible)}
    )
    SELECT dp.id, count(DISTINCT dp.platform || ':' || dp.platform_ad_id) AS deployments,
           coalesce(sum(m.impressions), 0) AS impressions, coalesce(sum(m.clicks), 0) AS clicks,
           coalesce(sum(m.conversions), 0) AS conversions, coalesce(sum(m.spend_micros), 0) AS spend,
           coalesce(sum(m.revenue_micros), 0) AS revenue
    FROM deployed dp LEFT JOIN metrics m ON m.platform = dp.platform AND m.platform_ad_id = dp.platform_ad_id
    GROUP BY dp.id`);
  for (const a of ads) {
    Object.assign(out.get(a.id)!, {
      deployments: Number(a.deployments),
      impressions: Number(a.impressions),
      clicks: Number(a.clicks),
      conversions: Number(a.conversions),
      spendMicros: Number(a.spend),
      revenueMicros: Number(a.revenue),
    });
  }
  return out;
}

export async function versionsByIds(tx: Tx, ids: string[]) {
  if (ids.length === 0) return [];
  return tx
    .select({ id: promptVersions.id, version: promptVersions.version, name: prompts.name })
    .from(promptVersions)
    .innerJoin(prompts, eq(prompts.id, promptVersions.promptId))
    .where(inArray(promptVersions.id, ids));
}

export interface LabelMoveEvent {
  label: string;
  fromVersion: number | null;
  toVersion: number;
  actor: string;
  at: string;
}

/** Label moves of one prompt, newest first (read back from the audit trail, which is where they are recorded). */
export async function labelHistory(tx: Tx, promptId: string, label: string | undefined, limit: number) {
  const rows = await tx.all<{ data: string; actor: string; created_at: string }>(sql`
    SELECT data, actor, created_at FROM events
    WHERE entity_id = ${promptId} AND action = 'prompt_label.moved'
      ${label === undefined ? sql`` : sql`AND json_extract(data, '$.label') = ${label}`}
    ORDER BY created_at DESC, id DESC LIMIT ${limit}`);
  return rows.map((r): LabelMoveEvent => {
    const data = JSON.parse(r.data) as { label: string; fromVersion: number | null; toVersion: number };
    return {
      label: data.label,
      fromVersion: data.fromVersion,
      toVersion: data.toVersion,
      actor: r.actor,
      at: r.created_at,
    };
  });
}
