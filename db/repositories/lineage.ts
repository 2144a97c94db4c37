import { sql } from "drizzle-orm";
import { WinnowError } from "../../core/errors.ts";
import { newId } from "../../core/ids.ts";
import type { Tx } from "../client.ts";
import { lineageEdges } from "../schema.ts";

/**
 * Lineage edges point from the dependent node to what it depends on:
 *   output --derived_from--> product shot      output --generated_by--> model / prompt version / template version
 *   output --uses--> input asset               output --used_in--> campaign / deployment
 *   output --tested_in--> experiment          output --promoted_to--> library / template version
 * "Upstream" follows from→to; "downstream" follows to→from.
 */
export const LINEAGE_RELATIONS = [
  "derived_from",
  "generated_by",
  "uses",
  "used_in",
  "tested_in",
  "promoted_to",
] as const;
export type LineageRelation = (typeof LINEAGE_RELATIONS)[number];

export interface LineageEdgeInput {
  fromId: string;
  relation: LineageRelation;
  toId: string;
  metadata?: Record<string, unknown>;
}

/** Adds edges (idempotent on from+relation+to) and refuses any edge that would close a cycle. */
export async function addLineageEdges(tx: Tx, edges: LineageEdgeInput[], at: string): Promise<void> {
  for (const edge of edges) {
    if (!(LINEAGE_RELATIONS as readonly string[]).includes(edge.relation)) {
      throw new WinnowError(
        "invalid_input",
        `relation: ${edge.relation} is not a lineage relation. Use one of ${LINEAGE_RELATIONS.join(", ")}.`,
      );
    }
    if (edge.fromId === edge.toId || (await reaches(tx, edge.fromId, edge.toId))) {
      throw new WinnowError(
        "conflict",
        `Lineage edge ${edge.fromId} -${edge.relation}-> ${edge.toId} would create a cycle (${edge.toId} already depends on ${edge.fromId}). Lineage must stay acyclic.`,
        { field: "toId" },
      );
    }
    await tx
      .insert(lineageEdges)
      .values({
        id: newId("edge"),
        fromId: edge.fromId,
        relation: edge.relation,
        toId: edge.toId,
        metadata: edge.metadata ?? {},
        createdAt: at,
      })
      .onConflictDoNothing();
  }
}

/**
 * True when `toId` already depends (transitively) on `fromId`, i.e. `toId` is downstream of `fromId`.
 * Walks downstream from `fromId`, which is instant for freshly made nodes (nothing depends on them yet).
 */
async function reaches(tx: Tx, fromId: string, toId: string): Promise<boolean> {
  const result = await tx.all<{ hit: number }>(sql`
    WITH RECURSIVE downstream(id) AS (
      SELECT from_id FROM lineage_edges WHERE to_id = ${fromId}
      UNION
      SELECT e.from_id FROM lineage_edges e JOIN downstream d ON e.to_id = d.id
    )
    SELECT 1 AS hit FROM downstream WHERE id = ${toId} LIMIT 1`);
  return result.length > 0;
}
