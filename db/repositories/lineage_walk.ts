import { type SQL, sql } from "drizzle-orm";
import type { Tx } from "../client.ts";

export interface WalkedEdge {
  id: string;
  fromId: string;
  relation: string;
  toId: string;
  /** Hops from the root to the far end of this edge (1 for the root's own edges). */
  depth: number;
}

export interface WalkResult {
  edges: WalkedEdge[];
  /** True when the walk stopped at the cap before reaching the requested depth everywhere. */
  truncated: boolean;
}

const inList = (values: string[]): SQL =>
  sql.join(
    values.map((v) => sql`${v}`),
    sql`, `,
  );

/**
 * Breadth-first walk over lineage_edges in one recursive CTE that carries each edge it crosses. Upstream follows
 * from_id → to_id, downstream to_id → from_id (see lineage.ts). UNION de-duplicates (node, depth, edge) rows and the
 * depth bound stops the recursion even if a cycle slipped in. The LIMIT inside the CTE stops the walk itself after
 * `cap` edges, so a hub (a model used by 50k outputs) costs the same as any other node.
 */
export async function walkLineage(
  tx: Tx,
  rootId: string,
  direction: "upstream" | "downstream",
  depth: number,
  relations: string[] | undefined,
  cap: number,
): Promise<WalkResult> {
  const [near, far] = direction === "upstream" ? [sql`e.from_id`, sql`e.to_id`] : [sql`e.to_id`, sql`e.from_id`];
  const relationFilter = relations?.length ? sql`AND e.relation IN (${inList(relations)})` : sql``;
  // The root's own edges come from a plain LIMITed index range: SQLite runs a recursive step to completion before
  // checking the CTE's LIMIT, so starting the recursion at a hub would materialise every one of its edges.
  const rows = await tx.all<{ id: string; from_id: string; relation: string; to_id: string; depth: number }>(sql`
    WITH RECURSIVE first AS (
      SELECT e.id, e.from_id, e.relation, e.to_id FROM lineage_edges e
      WHERE ${near} = ${rootId} ${relationFilter} LIMIT ${cap + 1}
    ),
    walk(node, depth, id, from_id, relation, to_id) AS (
      SELECT ${far}, 1, e.id, e.from_id, e.relation, e.to_id FROM first e
      UNION
      SELECT ${far}, w.depth + 1, e.id, e.from_id, e.relation, e.to_id
      FROM walk w JOIN lineage_edges e ON ${near} = w.node
      WHERE w.depth < ${depth} ${relationFilter}
      LIMIT ${cap + 1}
    )
    SELECT id, from_id, relation, to_id, depth FROM walk`);
  const edges = new Map<string, WalkedEdge>();
  for (const r of rows.slice(0, cap)) {
    const seen = edges.get(r.id);
    if (!seen || seen.depth > Number(r.depth)) {
      edges.set(r.id, { id: r.id, fromId: r.from_id, relation: r.relation, toId: r.to_id, depth: Number(r.depth) });
    }
  }
  return { edges: [...edges.values()], truncated: rows.length > cap };
}

/** Which tables a node id can live in, by its prefix (core/ids.ts). */
const TABLE_BY_PREFIX: Record<string, string> = {
  ast: "assets",
  prv: "prompt_versions",
  prm: "prompts",
  tpv: "template_versions",
  tpl: "templates",
  mdl: "models",
  cmp: "campaigns",
  exp: "experiments",
  arm: "arms",
  run: "generation_runs",
  dep: "deployments",
  brd: "brands",
  aud: "audiences",
};

/** True when the id is a known entity or appears in any lineage edge. */
export async function nodeExists(tx: Tx, id: string): Promise<boolean> {
  const edge = await tx.all(sql`
    SELECT 1 FROM lineage_edges WHERE from_id = ${id}
    UNION ALL SELECT 1 FROM lineage_edges WHERE to_id = ${id} LIMIT 1`);
  if (edge.length) return true;
  const table = TABLE_BY_PREFIX[id.split("_")[0] ?? ""];
  if (!table) return false;
  const hit = await tx.all(sql`SELECT 1 FROM ${sql.identifier(table)} WHERE id = ${id} LIMIT 1`);
  return hit.length > 0;
}

export interface NodeFacts {
  id: string;
  label: string | null;
  assetKind?: string;
  status?: string;
}

/** Human labels for node ids, one query per kind present (ids chunked to stay under SQLite's variable limit). */
export async function describeNodeIds(tx: Tx, ids: string[]): Promise<Map<string, NodeFacts>> {
  const out = new Map<string, NodeFacts>();
  const byPrefix = new Map<string, string[]>();
  for (const id of ids) {
    const prefix = id.split("_")[0] ?? "";
    byPrefix.set(prefix, [...(byPrefix.get(prefix) ?? []), id]);
  }
  for (const [prefix, group] of byPrefix) {
    const query = LABEL_QUERIES[prefix];
    if (!query) continue;
    for (let i = 0; i < group.length; i += 400) {
      const rows = await tx.all<{ id: string; label: string; asset_kind?: string; status?: string }>(
        query(inList(group.slice(i, i + 400))),
      );
      for (const r of rows) {
        out.set(r.id, {
          id: r.id,
          label: r.label,
          ...(r.asset_kind ? { assetKind: r.asset_kind } : {}),
          ...(r.status ? { status: r.status } : {}),
        });
      }
    }
  }
  return out;
}

const LABEL_QUERIES: Record<string, (ids: SQL) => SQL> = {
  ast: (ids) => sql`SELECT id, name AS label, kind AS asset_kind, status FROM assets WHERE id IN (${ids})`,
  prv: (ids) => sql`
    SELECT v.id, p.name || ' v' || v.version AS label FROM prompt_versions v JOIN prompts p ON p.id = v.prompt_id
    WHERE v.id IN (${ids})`,
  prm: (ids) => sql`SELECT id, name AS label FROM prompts WHERE id IN (${ids})`,
  tpv: (ids) => sql`
    SELECT v.id, t.name || ' v' || v.version AS label FROM template_versions v JOIN templates t ON t.id = v.template_id
    WHERE v.id IN (${ids})`,
  tpl: (ids) => sql`SELECT id, name AS label FROM templates WHERE id IN (${ids})`,
  mdl: (ids) => sql`SELECT id, provider || '/' || name AS label FROM models WHERE id IN (${ids})`,
  cmp: (ids) => sql`SELECT id, name AS label, status FROM campaigns WHERE id IN (${ids})`,
  exp: (ids) => sql`SELECT id, name AS label, status FROM experiments WHERE id IN (${ids})`,
  arm: (ids) => sql`SELECT id, 'arm ' || asset_id AS label, status FROM arms WHERE id IN (${ids})`,
  run: (ids) => sql`
    SELECT id, 'run ' || substr(started_at, 1, 16) AS label, status FROM generation_runs WHERE id IN (${ids})`,
  dep: (ids) => sql`
    SELECT id, platform || ' ad ' || platform_ad_id AS label, status FROM deployments WHERE id IN (${ids})`,
  brd: (ids) => sql`SELECT id, name AS label FROM brands WHERE id IN (${ids})`,
  aud: (ids) => sql`SELECT id, name AS label FROM audiences WHERE id IN (${ids})`,
};

/**
 * Outputs used in a campaign (output --used_in--> campaign, or via a deployment: up to 3 used_in hops) and the
 * prompt versions they were generated_by (directly, through a run node, or a run's prompt_version_id column).
 */
export async function promptVersionsOfCampaignOutputs(tx: Tx, campaignId: string, cap: number) {
  const rows = await tx.all<{ output_id: string; pv: string; run_id: string | null }>(sql`
    WITH RECURSIVE used(id, depth) AS (
      SELECT ${campaignId}, 0
      UNION
      SELECT e.from_id, u.depth + 1 FROM used u JOIN lineage_edges e ON e.to_id = u.id AND e.relation = 'used_in'
      WHERE u.depth < 3
    ),
    outputs AS (SELECT DISTINCT id FROM used WHERE id LIKE 'ast\\_%' ESCAPE '\\' LIMIT ${cap}),
    gen(output_id, id, depth) AS (
      SELECT id, id, 0 FROM outputs
      UNION
      SELECT g.output_id, e.to_id, g.depth + 1 FROM gen g
      JOIN lineage_edges e ON e.from_id = g.id AND e.relation = 'generated_by'
      WHERE g.depth < 2
    )
    SELECT output_id, id AS pv, NULL AS run_id FROM gen WHERE id LIKE 'prv\\_%' ESCAPE '\\'
    UNION
    SELECT g.output_id, r.prompt_version_id, r.id FROM gen g JOIN generation_runs r ON r.id = g.id
    WHERE r.prompt_version_id IS NOT NULL`);
  const outputs = await tx.all<{ id: string }>(sql`
    WITH RECURSIVE used(id, depth) AS (
      SELECT ${campaignId}, 0
      UNION
      SELECT e.from_id, u.depth + 1 FROM used u JOIN lineage_edges e ON e.to_id = u.id AND e.relation = 'used_in'
      WHERE u.depth < 3
    )
    SELECT DISTINCT id FROM used WHERE id LIKE 'ast\\_%' ESCAPE '\\' LIMIT ${cap}`);
  return {
    outputIds: outputs.map((o) => o.id),
    pairs: rows.map((r) => ({ outputId: r.output_id, promptVersionId: r.pv, runId: r.run_id })),
  };
}

/** Edges among a set of nodes (both ends inside), optionally restricted to some relations. */
export async function edgesAmong(tx: Tx, ids: string[], relations: string[]): Promise<WalkedEdge[]> {
  if (ids.length === 0) return [];
  const rows = await tx.all<{ id: string; from_id: string; relation: string; to_id: string }>(sql`
    SELECT id, from_id, relation, to_id FROM lineage_edges
    WHERE from_id IN (${inList(ids)}) AND to_id IN (${inList(ids)}) AND relation IN (${inList(relations)})`);
  return rows.map((r) => ({ id: r.id, fromId: r.from_id, relation: r.relation, toId: r.to_id, depth: 0 }));
}
