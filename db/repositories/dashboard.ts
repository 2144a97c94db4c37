import { sql } from "drizzle-orm";
import type { Tx } from "../client.ts";
import { jsonFieldOf } from "../json-sql.ts";
import {
  brandVisible,
  experimentVisible,
  hiddenNodeIds,
  ledgerVisible,
  reviewVisible,
  runVisible,
  type VisibleBrands,
} from "./visibility.ts";

/**
 * Read models for the dashboard: each function answers one page's question straight from the tables, so pages show
 * whatever data exists (other capabilities fill the tables as they land) and never write anything. `visible` limits
 * rows to the brands a caller may see (core/read-models; undefined: every brand).
 */

export interface LibraryQuery {
  q?: string | undefined;
  kind?: string | undefined;
  status?: string | undefined;
  brandId?: string | undefined;
  /** Restrict to these ids (ranked search results), kept in the given order. */
  ids?: string[] | undefined;
  visible?: VisibleBrands;
  offset: number;
  limit: number;
}

export interface LibraryItem {
  id: string;
  name: string;
  kind: string;
  status: string;
  brandName: string | null;
  width: number;
  height: number;
  createdAt: string;
  rightsExpiresAt: string | null;
}

const all = <T>(tx: Tx, query: ReturnType<typeof sql>) => tx.all<T>(query);

export async function libraryPage(tx: Tx, q: LibraryQuery): Promise<{ items: LibraryItem[]; total: number }> {
  const where = [sql`a.merged_into IS NULL`, brandVisible(sql`a.brand_id`, q.visible)];
  if (q.kind) where.push(sql`a.kind = ${q.kind}`);
  if (q.status) where.push(sql`a.status = ${q.status}`);
  if (q.brandId) where.push(sql`a.brand_id = ${q.brandId}`);
  if (q.ids)
    where.push(
      q.ids.length
        ? sql`a.id IN (${sql.join(
            q.ids.map((id) => sql`${id}`),
            sql`, `,
          )})`
        : sql`0`,
    );
  else if (q.q) {
    const pattern = `%${q.q.replace(/[\\%_]/g, (m) => `\\${m}`)}%`;
    where.push(sql`(a.name LIKE ${pattern} ESCAPE '\\' OR a.description LIKE ${pattern} ESCAPE '\\' OR a.id = ${q.q})`);
  }
  const cond = sql.join(where, sql` AND `);
  const [count] = await all<{ n: number }>(tx, sql`SELECT count(*) AS n FROM assets a WHERE ${cond}`);
  const order = q.ids?.length
    ? sql`CASE a.id ${sql.join(
        q.ids.map((id, i) => sql`WHEN ${id} THEN ${i}`),
        sql` `,
      )} END`
    : sql`a.created_at DESC, a.id DESC`;
  const items = await all<LibraryItem>(
    tx,
    sql`SELECT a.id, a.name, a.kind, a.status, b.name AS brandName, a.width, a.height, a.created_at AS createdAt,
          a.rights_expires_at AS rightsExpiresAt
        FROM assets a LEFT JOIN brands b ON b.id = a.brand_id
        WHERE ${cond} ORDER BY ${order} LIMIT ${q.limit} OFFSET ${q.offset}`,
  );
  return { items, total: Number(count?.n ?? 0) };
}

export function brandOptions(tx: Tx, visible?: VisibleBrands) {
  return all<{ id: string; slug: string; name: string }>(
    tx,
    sql`SELECT id, slug, name FROM brands WHERE ${
      visible
        ? sql`id IN (${
            visible.length
              ? sql.join(
                  visible.map((id) => sql`${id}`),
                  sql`, `,
                )
              : sql`NULL`
          })`
        : sql`1 = 1`
    } ORDER BY name`,
  );
}

/** Of these ids (assets, runs, templates, campaigns, experiments...), the ones the caller may not see. */
export function hiddenIds(tx: Tx, ids: string[], visible: VisibleBrands): Promise<Set<string>> {
  return hiddenNodeIds(tx, ids, visible);
}

export interface LineageGraph {
  nodes: { id: string; label: string; type: string }[];
  edges: { from: string; relation: string; to: string }[];
}

const TYPE_BY_PREFIX: Record<string, string> = {
  ast: "asset",
  run: "run",
  mdl: "model",
  cmp: "campaign",
  exp: "experiment",
  tpv: "template",
  tpl: "template",
  prv: "prompt",
  prm: "prompt",
  arm: "arm",
  dep: "deployment",
};
export const nodeType = (id: string) => TYPE_BY_PREFIX[id.split("_")[0] ?? ""] ?? "node";

/** Everything upstream and downstream of one node (bounded), with human labels for the ids it can name. */
export async function lineageAround(tx: Tx, id: string, maxEdges = 80): Promise<LineageGraph> {
  const edges = await all<{ from: string; relation: string; to: string }>(
    tx,
    sql`WITH RECURSIVE
      up(id) AS (SELECT ${id} UNION SELECT e.to_id FROM lineage_edges e JOIN up ON e.from_id = up.id),
      down(id) AS (SELECT ${id} UNION SELECT e.from_id FROM lineage_edges e JOIN down ON e.to_id = down.id)
    SELECT DISTINCT e.from_id AS "from", e.relation AS relation, e.to_id AS "to" FROM lineage_edges e
    WHERE e.from_id IN (SELECT id FROM up) OR e.to_id IN (SELECT id FROM down)
    LIMIT ${maxEdges}`,
  );
  const ids = [...new Set([id, ...edges.flatMap((e) => [e.from, e.to])])];
  const labels = await labelsFor(tx, ids);
  return { nodes: ids.map((n) => ({ id: n, type: nodeType(n), label: labels.get(n) ?? n })), edges };
}

/** Names for ids of any kind Winnow knows, one query per table that has a match. */
export async function labelsFor(tx: Tx, ids: string[]): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  if (ids.length === 0) return out;
  const list = sql.join(
    ids.map((i) => sql`${i}`),
    sql`, `,
  );
  const rows = await all<{ id: string; label: string }>(
    tx,
    sql`SELECT id, name AS label FROM assets WHERE id IN (${list})
      UNION ALL SELECT id, provider || ' ' || name FROM models WHERE id IN (${list})
      UNION ALL SELECT id, name FROM campaigns WHERE id IN (${list})
      UNION ALL SELECT id, name FROM experiments WHERE id IN (${list})
      UNION ALL SELECT tv.id, t.name || ' v' || tv.version FROM template_versions tv JOIN templates t ON t.id = tv.template_id WHERE tv.id IN (${list})
      UNION ALL SELECT pv.id, p.name || ' v' || pv.version FROM prompt_versions pv JOIN prompts p ON p.id = pv.prompt_id WHERE pv.id IN (${list})
      UNION ALL SELECT id, 'run ' || substr(id, -6) FROM generation_runs WHERE id IN (${list})
      UNION ALL SELECT id, platform || ' ad …' || substr(platform_ad_id, -6)
        FROM deployments WHERE id IN (${list})`,
  );
  for (const r of rows) out.set(r.id, r.label);
  return out;
}

export function feedbackFor(tx: Tx, assetId: string) {
  return all<{
    tag: string | null;
    label: string;
    comment: string | null;
    via: string;
    userRef: string | null;
    createdAt: string;
  }>(
    tx,
    sql`SELECT tag, label, comment, via, user_ref AS userRef, created_at AS createdAt FROM feedback_labels
        WHERE asset_id = ${assetId} ORDER BY created_at DESC LIMIT 50`,
  );
}

export function auditTrail(tx: Tx, entityId: string, limit = 50) {
  return all<{ action: string; actor: string; data: string; createdAt: string }>(
    tx,
    sql`SELECT action, actor, data, created_at AS createdAt FROM events WHERE entity_id = ${entityId}
        ORDER BY created_at DESC, id DESC LIMIT ${limit}`,
  );
}

/**
 * What an asset cost to make: its generation run (metadata.runId, or generated_by edges to runs), shared evenly over
 * the run's outputs. null when no run made it (imported assets).
 */
export async function assetCostMicros(tx: Tx, assetId: string): Promise<number | null> {
  const [row] = await all<{ micros: number | null; runs: number }>(
    tx,
    sql`SELECT sum(r.cost_micros * 1.0 / max(r.output_count, 1)) AS micros, count(r.id) AS runs FROM generation_runs r
        WHERE r.id IN (SELECT ${jsonFieldOf("a.metadata", "$.runId")} FROM assets a WHERE a.id = ${assetId}
          UNION SELECT e.to_id FROM lineage_edges e WHERE e.from_id = ${assetId} AND e.relation = 'generated_by')`,
  );
  return !row?.runs || row.micros == null ? null : Math.round(row.micros);
}

export function armsWithAsset(tx: Tx, assetId: string, visible?: VisibleBrands) {
  return all<{ experimentId: string; name: string; status: string; armStatus: string }>(
    tx,
    sql`SELECT e.id AS experimentId, e.name, e.status, a.status AS armStatus FROM arms a
        JOIN experiments e ON e.id = a.experiment_id WHERE a.asset_id = ${assetId} AND ${experimentVisible(sql`e.id`, visible)}`,
  );
}

export interface RunRow {
  id: string;
  status: string;
  campaignName: string | null;
  modelName: string | null;
  outputCount: number;
  costMicros: number;
  error: string | null;
  startedAt: string;
  finishedAt: string | null;
}

/** A generation run (aliased r) is visible when its brand and its campaign's brand are. */
const runVisibleR = (visible: VisibleBrands) => runVisible(sql`r.brand_id`, sql`r.campaign_id`, visible);

export async function generationRunsPage(tx: Tx, offset: number, limit: number, visible?: VisibleBrands) {
  const [count] = await all<{ n: number }>(
    tx,
    sql`SELECT count(*) AS n FROM generation_runs r WHERE ${runVisibleR(visible)}`,
  );
  const items = await all<RunRow>(
    tx,
    sql`SELECT r.id, r.status, c.name AS campaignName, m.provider || ' ' || m.name AS modelName, r.output_count AS outputCount,
          r.cost_micros AS costMicros, r.error, r.started_at AS startedAt, r.finished_at AS finishedAt
        FROM generation_runs r LEFT JOIN campaigns c ON c.id = r.campaign_id LEFT JOIN models m ON m.id = r.model_id
        WHERE ${runVisibleR(visible)}
        ORDER BY r.started_at DESC, r.id DESC LIMIT ${limit} OFFSET ${offset}`,
  );
  return { items, total: Number(count?.n ?? 0) };
}

export function winners(tx: Tx, limit = 60, visible?: VisibleBrands) {
  return all<{
    id: string;
    name: string;
    kind: string;
    campaignId: string | null;
    campaignName: string | null;
    promotedAt: string;
    createdAt: string;
  }>(
    tx,
    sql`SELECT a.id, a.name, a.kind, c.id AS campaignId, c.name AS campaignName, coalesce(
          (SELECT max(ev.created_at) FROM events ev WHERE ev.entity_id = a.id AND ev.action IN ('asset.promoted', 'asset.status.promoted')),
          a.updated_at) AS promotedAt, a.created_at AS createdAt
        FROM assets a
        LEFT JOIN asset_links l ON l.asset_id = a.id AND l.target_type = 'campaign'
        LEFT JOIN campaigns c ON c.id = l.target_id
        WHERE a.status = 'promoted' AND ${brandVisible(sql`a.brand_id`, visible)} GROUP BY a.id ORDER BY promotedAt DESC LIMIT ${limit}`,
  );
}

export async function reviewQueue(tx: Tx, limit = 100, visible?: VisibleBrands) {
  return all<{
    id: string;
    subjectType: string;
    subjectId: string;
    assetId: string | null;
    assetName: string | null;
    reasons: string;
    status: string;
    requestedBy: string | null;
    decidedBy: string | null;
    createdAt: string;
    decidedAt: string | null;
  }>(
    tx,
    sql`SELECT r.id, r.subject_type AS subjectType, r.subject_id AS subjectId, r.asset_id AS assetId, a.name AS assetName,
          r.reasons, r.status, r.requested_by AS requestedBy, r.decided_by AS decidedBy, r.created_at AS createdAt,
          r.decided_at AS decidedAt
        FROM review_requests r LEFT JOIN assets a ON a.id = r.asset_id
        WHERE ${reviewVisible(sql`r.brand_id`, sql`r.asset_id`, visible)}
        ORDER BY CASE r.status WHEN 'pending' THEN 0 ELSE 1 END, r.created_at DESC LIMIT ${limit}`,
  );
}

export async function overviewCounts(tx: Tx, visible?: VisibleBrands) {
  const asset = brandVisible(sql`a.brand_id`, visible);
  const experiment = experimentVisible(sql`e.id`, visible);
  const [row] = await all<Record<string, number>>(
    tx,
    sql`SELECT (SELECT count(*) FROM assets a WHERE ${asset}) AS assets,
      (SELECT count(*) FROM assets a WHERE status = 'promoted' AND ${asset}) AS winners,
      (SELECT count(*) FROM experiments e WHERE status IN ('running', 'active') AND ${experiment}) AS runningExperiments,
      (SELECT count(*) FROM experiments e WHERE ${experiment}) AS experiments,
      (SELECT count(*) FROM review_requests r WHERE status = 'pending'
        AND ${reviewVisible(sql`r.brand_id`, sql`r.asset_id`, visible)}) AS pendingReviews,
      (SELECT count(*) FROM generation_runs r WHERE ${runVisibleR(visible)}) AS runs,
      (SELECT coalesce(sum(cost_micros), 0) FROM cost_ledger l
        WHERE ${ledgerVisible(sql`l.run_id`, sql`l.campaign_id`, visible)}) AS spendMicros`,
  );
  return row ?? {};
}
