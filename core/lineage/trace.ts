import type { Tx } from "../../db/client.ts";
import { LINEAGE_RELATIONS } from "../../db/repositories/lineage.ts";
import { describeNodeIds, nodeExists, walkLineage } from "../../db/repositories/lineage_walk.ts";
import { hiddenNodeIds, type VisibleBrands } from "../../db/repositories/visibility.ts";
import { invalidInput, notFound, WinnowError } from "../errors.ts";
import { type Direction, type LineageEdge, type LineageGraph, type LineageNode, nodeKindOf } from "./types.ts";

export const DEFAULT_DEPTH = 3;
export const MAX_DEPTH = 10;
export const DEFAULT_MAX_NODES = 500;

export interface TraceInput {
  id: string;
  direction?: Direction | undefined;
  depth?: number | undefined;
  /** Only follow edges with these relations. */
  relations?: string[] | undefined;
  /** Only return nodes of these kinds (node kind or asset kind, e.g. prompt_version, output); the root always stays. */
  kinds?: string[] | undefined;
  maxNodes?: number | undefined;
  /** The brands the caller may see (undefined: all). Other brands' nodes are left out and counted in `hidden`. */
  visible?: VisibleBrands;
}

/** Upstream (what a node was made from) and/or downstream (what was made from it) up to `depth` hops. */
export async function traceLineage(db: Tx, input: TraceInput): Promise<LineageGraph> {
  const depth = input.depth ?? DEFAULT_DEPTH;
  if (!Number.isInteger(depth) || depth < 1 || depth > MAX_DEPTH) {
    throw invalidInput(
      "depth",
      `must be an integer from 1 to ${MAX_DEPTH} (got ${depth})`,
      `Use depth 1-${MAX_DEPTH}; the default is ${DEFAULT_DEPTH}.`,
    );
  }
  for (const r of input.relations ?? []) {
    if (!(LINEAGE_RELATIONS as readonly string[]).includes(r)) {
      throw invalidInput("relations", `${r} is not a lineage relation`, `Use any of ${LINEAGE_RELATIONS.join(", ")}.`);
    }
  }
  if (!(await nodeExists(db, input.id))) {
    throw notFound(
      "Lineage node",
      input.id,
      "Pass the id of an asset (ast_), generation run (run_), model (mdl_), prompt version (prv_), template version (tpv_), campaign (cmp_) or experiment (exp_).",
    );
  }
  const direction = input.direction ?? "both";
  const cap = input.maxNodes ?? DEFAULT_MAX_NODES;
  const sides = direction === "both" ? (["upstream", "downstream"] as const) : ([direction] as const);
  const depthOf = new Map<string, { side: LineageNode["side"]; depth: number }>([
    [input.id, { side: "root", depth: 0 }],
  ]);
  const edges = new Map<string, LineageEdge>();
  let truncated = false;
  for (const side of sides) {
    const walk = await walkLineage(db, input.id, side, depth, input.relations, cap);
    truncated ||= walk.truncated;
    for (const e of walk.edges) {
      edges.set(e.id, { id: e.id, from: e.fromId, relation: e.relation, to: e.toId });
      const far = side === "upstream" ? e.toId : e.fromId;
      const known = depthOf.get(far);
      if (!known || known.depth > e.depth) depthOf.set(far, { side, depth: e.depth });
    }
  }
  const hidden = await hiddenNodeIds(db, [...depthOf.keys()], input.visible);
  if (hidden.has(input.id))
    throw new WinnowError(
      "forbidden",
      `${input.id} belongs to a brand you are not a member of, so its lineage is not shown. Ask an admin or that brand's approver for a role.`,
      { field: "id" },
    );
  for (const id of hidden) depthOf.delete(id);
  const facts = await describeNodeIds(db, [...depthOf.keys()]);
  const wanted = input.kinds?.length ? new Set(input.kinds) : undefined;
  const nodes: LineageNode[] = [];
  for (const [id, where] of depthOf) {
    const fact = facts.get(id);
    const node: LineageNode = {
      id,
      kind: nodeKindOf(id),
      label: fact?.label ?? id,
      ...(fact?.assetKind ? { assetKind: fact.assetKind } : {}),
      ...(fact?.status ? { status: fact.status } : {}),
      ...where,
    };
    if (!wanted || id === input.id || wanted.has(node.kind) || (node.assetKind && wanted.has(node.assetKind))) {
      nodes.push(node);
    }
  }
  nodes.sort((a, b) => a.depth - b.depth || a.kind.localeCompare(b.kind) || a.id.localeCompare(b.id));
  const kept = new Set(nodes.map((n) => n.id));
  return {
    root: input.id,
    nodes,
    edges: [...edges.values()].filter((e) => kept.has(e.from) && kept.has(e.to)),
    truncated,
    hidden: hidden.size,
  };
}
