import { eq } from "drizzle-orm";
import type { Tx } from "../../db/client.ts";
import { describeNodeIds, edgesAmong, promptVersionsOfCampaignOutputs } from "../../db/repositories/lineage_walk.ts";
import { hiddenNodeIds, type VisibleBrands } from "../../db/repositories/visibility.ts";
import { campaigns } from "../../db/schema.ts";
import { notFound } from "../errors.ts";
import { type LineageGraph, type LineageNode, nodeKindOf } from "./types.ts";

export interface PromptVersionUsage {
  promptVersionId: string;
  label: string;
  outputs: number;
  outputIds: string[];
}

export interface CampaignPromptAnswer {
  campaign: { id: string; name: string };
  outputs: number;
  /** Most-used first. */
  promptVersions: PromptVersionUsage[];
  /** Outputs in the campaign with no recorded prompt version (e.g. imported creatives). */
  outputsWithoutPrompt: string[];
  graph: LineageGraph;
}

/** "Which prompt version produced the outputs in campaign X": down used_in to the outputs, up generated_by. */
export async function promptVersionsForCampaign(
  db: Tx,
  campaignId: string,
  cap = 1000,
  visible?: VisibleBrands,
): Promise<CampaignPromptAnswer> {
  const [campaign] = await db
    .select({ id: campaigns.id, name: campaigns.name })
    .from(campaigns)
    .where(eq(campaigns.id, campaignId));
  if (!campaign) {
    throw notFound("Campaign", campaignId, "question prompt_versions_for_campaign needs a campaign id (cmp_...).");
  }
  const found = await promptVersionsOfCampaignOutputs(db, campaignId, cap);
  // Outputs of brands the caller may not see (and runs of them) are left out and counted, never named.
  const hidden = await hiddenNodeIds(
    db,
    [campaignId, ...found.outputIds, ...found.pairs.flatMap((p) => (p.runId ? [p.runId] : []))],
    visible,
  );
  if (hidden.has(campaignId)) throw notFound("Campaign", campaignId, "It belongs to a brand you are not a member of.");
  const outputIds = found.outputIds.filter((id) => !hidden.has(id));
  const pairs = found.pairs.filter((p) => !hidden.has(p.outputId) && !(p.runId && hidden.has(p.runId)));
  const byVersion = new Map<string, Set<string>>();
  for (const p of pairs)
    byVersion.set(p.promptVersionId, (byVersion.get(p.promptVersionId) ?? new Set()).add(p.outputId));
  const runIds = [...new Set(pairs.flatMap((p) => (p.runId ? [p.runId] : [])))];
  const ids = [campaignId, ...outputIds, ...byVersion.keys(), ...runIds];
  const facts = await describeNodeIds(db, ids);
  const label = (id: string) => facts.get(id)?.label ?? id;
  const promptVersions = [...byVersion.entries()]
    .map(([id, outs]) => ({ promptVersionId: id, label: label(id), outputs: outs.size, outputIds: [...outs].sort() }))
    .sort((a, b) => b.outputs - a.outputs || a.label.localeCompare(b.label));
  const covered = new Set(pairs.map((p) => p.outputId));
  const nodes: LineageNode[] = [...new Set(ids)].map((id) => {
    const fact = facts.get(id);
    const kind = nodeKindOf(id);
    return {
      id,
      kind,
      label: label(id),
      ...(fact?.assetKind ? { assetKind: fact.assetKind } : {}),
      ...(fact?.status ? { status: fact.status } : {}),
      side: id === campaignId ? "root" : kind === "asset" ? "downstream" : "upstream",
      depth: id === campaignId ? 0 : kind === "asset" ? 1 : 2,
    };
  });
  const edges = await edgesAmong(db, [...new Set(ids)], ["used_in", "generated_by"]);
  return {
    campaign,
    outputs: outputIds.length,
    promptVersions,
    outputsWithoutPrompt: outputIds.filter((id) => !covered.has(id)),
    graph: {
      root: campaignId,
      nodes,
      edges: edges.map((e) => ({ id: e.id, from: e.fromId, relation: e.relation, to: e.toId })),
      truncated: found.outputIds.length >= cap,
      hidden: hidden.size,
    },
  };
}
