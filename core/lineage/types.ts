import * as z from "zod";
import { LINEAGE_RELATIONS } from "../../db/repositories/lineage.ts";

/** What a node id points at, from its prefix (core/ids.ts). */
export const NODE_KIND_BY_PREFIX = {
  ast: "asset",
  prv: "prompt_version",
  prm: "prompt",
  tpv: "template_version",
  tpl: "template",
  mdl: "model",
  cmp: "campaign",
  exp: "experiment",
  arm: "arm",
  run: "run",
  dep: "deployment",
  brd: "brand",
  aud: "audience",
} as const;
export const NODE_KINDS = [...Object.values(NODE_KIND_BY_PREFIX), "other"] as const;
export type NodeKind = (typeof NODE_KINDS)[number];

export function nodeKindOf(id: string): NodeKind {
  return (NODE_KIND_BY_PREFIX as Record<string, NodeKind>)[id.split("_")[0] ?? ""] ?? "other";
}

export const Relation = z.enum(LINEAGE_RELATIONS);
export const Direction = z.enum(["upstream", "downstream", "both"]);
export type Direction = z.infer<typeof Direction>;

export const LineageNode = z.object({
  id: z.string(),
  kind: z.string().describe("asset, prompt_version, template_version, model, campaign, experiment, run, ..."),
  label: z.string().describe("Name where known: asset name, 'copywriter v2', 'provider/model', campaign name"),
  assetKind: z.string().optional().describe("For assets: product, scene, talent, logo, output, ..."),
  status: z.string().optional(),
  side: z.enum(["root", "upstream", "downstream"]).describe("Which way from the root it was reached"),
  depth: z.number().int().describe("Hops from the root (0 for the root)"),
});
export type LineageNode = z.infer<typeof LineageNode>;

export const LineageEdge = z.object({
  id: z.string(),
  from: z.string().describe("The dependent node (e.g. the output)"),
  relation: z.string(),
  to: z.string().describe("What it depends on (e.g. the prompt version that generated it)"),
});
export type LineageEdge = z.infer<typeof LineageEdge>;

export interface LineageGraph {
  root: string;
  nodes: LineageNode[];
  edges: LineageEdge[];
  truncated: boolean;
  /** Nodes left out because they belong to brands the caller may not see (their edges are left out too). */
  hidden: number;
}
