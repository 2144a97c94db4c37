import { and, eq, inArray, or } from "drizzle-orm";
import type { Tx } from "../client.ts";
import { arms, assetLinks, deployments, lineageEdges, reviewRequests } from "../schema.ts";

/** Loop states that come after an approval. */
const APPROVED_STATES = new Set(["approved", "deployed", "measured", "promoted"]);

export interface UsageFacts {
  promoted: boolean;
  approved: boolean;
  deployed: boolean;
  uses: number;
}

/**
 * What the business relies on per asset, for choosing which duplicate to keep: promotion, approval (status or an
 * approved review request), arms and deployments, and how many lineage edges and links depend on it.
 */
export async function usageFacts(tx: Tx, rows: { id: string; status: string }[]): Promise<Map<string, UsageFacts>> {
  const ids = rows.map((r) => r.id);
  const out = new Map<string, UsageFacts>(
    rows.map((r) => [
      r.id,
      { promoted: r.status === "promoted", approved: APPROVED_STATES.has(r.status), deployed: false, uses: 0 },
    ]),
  );
  if (ids.length === 0) return out;
  const [edges, links, approvals, armRows, deploymentRows] = await Promise.all([
    tx
      .select({ fromId: lineageEdges.fromId, relation: lineageEdges.relation, toId: lineageEdges.toId })
      .from(lineageEdges)
      .where(or(inArray(lineageEdges.fromId, ids), inArray(lineageEdges.toId, ids))),
    tx.select({ targetId: assetLinks.targetId }).from(assetLinks).where(inArray(assetLinks.targetId, ids)),
    tx
      .select({ assetId: reviewRequests.assetId })
      .from(reviewRequests)
      .where(and(inArray(reviewRequests.assetId, ids), eq(reviewRequests.status, "approved"))),
    tx.select({ assetId: arms.assetId }).from(arms).where(inArray(arms.assetId, ids)),
    tx.select({ assetId: deployments.assetId }).from(deployments).where(inArray(deployments.assetId, ids)),
  ]);
  for (const e of edges) {
    const from = out.get(e.fromId);
    if (from && e.relation === "promoted_to") from.promoted = true;
    // Used downstream: it went into a campaign/experiment, or other assets were derived from or use it.
    if (from && ["used_in", "tested_in", "promoted_to"].includes(e.relation)) from.uses++;
    const to = out.get(e.toId);
    if (to && ["derived_from", "uses"].includes(e.relation)) to.uses++;
  }
  for (const l of links) out.get(l.targetId)!.uses++;
  for (const a of approvals) if (a.assetId) out.get(a.assetId)!.approved = true;
  for (const a of [...armRows, ...deploymentRows]) out.get(a.assetId)!.deployed = true;
  return out;
}

/** Points experiment arms and deployments of `fromId` at `toId`; returns what moved. */
export async function repointArmsAndDeployments(tx: Tx, fromId: string, toId: string) {
  const movedArms = await tx
    .select({ id: arms.id, experimentId: arms.experimentId })
    .from(arms)
    .where(eq(arms.assetId, fromId));
  const movedDeployments = await tx
    .select({ id: deployments.id, platform: deployments.platform, platformAdId: deployments.platformAdId })
    .from(deployments)
    .where(eq(deployments.assetId, fromId));
  if (movedArms.length) await tx.update(arms).set({ assetId: toId }).where(eq(arms.assetId, fromId));
  if (movedDeployments.length)
    await tx.update(deployments).set({ assetId: toId }).where(eq(deployments.assetId, fromId));
  return { arms: movedArms, deployments: movedDeployments };
}
