import { and, eq, inArray } from "drizzle-orm";
import type { Database } from "../../db/client.ts";
import { updateAssetRow } from "../../db/repositories/assets.ts";
import { recordEvent } from "../../db/repositories/events.ts";
import { armsOf, getExperimentRow } from "../../db/repositories/experiments.ts";
import { addLineageEdges } from "../../db/repositories/lineage.ts";
import { assets, audiences, deployments } from "../../db/schema.ts";
import { type Clock, isoNow } from "../clock.ts";
import { notFound } from "../errors.ts";
import { newId } from "../ids.ts";
import type { Connector } from "../ingestion/types.ts";
import { slotsOf } from "./service.ts";

export interface DeployedArm {
  armId: string;
  assetId: string;
  deploymentId: string;
  platformAdId: string;
  dryRun: boolean;
}

/**
 * Pushes every active arm of an experiment that is not yet live on `connector.platform` (dry-run by default: a
 * deployment row with a fake ad id and no network). The arm's asset moves to "deployed"; lineage records used_in.
 */
export async function deployExperiment(
  deps: { database: Database; clock: Clock },
  connector: Connector,
  experimentId: string,
  options: { dryRun?: boolean; actor: string },
): Promise<DeployedArm[]> {
  const { db } = deps.database;
  const exp = await getExperimentRow(db, experimentId);
  if (!exp) throw notFound("Experiment", experimentId);
  const armRows = (await armsOf(db, experimentId)).filter((a) => a.status === "active");
  const existing = armRows.length
    ? await db
        .select()
        .from(deployments)
        .where(
          and(
            inArray(
              deployments.armId,
              armRows.map((a) => a.id),
            ),
            eq(deployments.platform, connector.platform),
          ),
        )
    : [];
  const live = new Set(existing.map((d) => d.armId));
  const audience = exp.audienceId
    ? (await db.select().from(audiences).where(eq(audiences.id, exp.audienceId)))[0]?.slug
    : undefined;
  const out: DeployedArm[] = [];
  for (const arm of armRows.filter((a) => !live.has(a.id))) {
    const asset = (await db.select().from(assets).where(eq(assets.id, arm.assetId)))[0];
    if (!asset) throw notFound("Asset", arm.assetId);
    const pushed = await connector.pushCreative({
      assetId: asset.id,
      name: asset.name,
      slots: slotsOf(asset.metadata),
      audience,
      campaignId: exp.campaignId ?? undefined,
      dryRun: options.dryRun ?? true,
    });
    const at = isoNow(deps.clock);
    const deploymentId = newId("deployment");
    await db.transaction(async (tx) => {
      await tx.insert(deployments).values({
        id: deploymentId,
        assetId: asset.id,
        armId: arm.id,
        campaignId: exp.campaignId,
        platform: connector.platform,
        platformAdId: pushed.platformAdId,
        status: "active",
        dryRun: pushed.dryRun,
        createdAt: at,
      });
      if (!["promoted", "discarded"].includes(asset.status))
        await updateAssetRow(tx, asset.id, { status: "deployed", updatedAt: at });
      await addLineageEdges(tx, [{ fromId: asset.id, relation: "used_in", toId: deploymentId }], at);
      await recordEvent(tx, {
        entityType: "deployment",
        entityId: deploymentId,
        action: "deployment.created",
        actor: options.actor,
        at,
        data: {
          experimentId,
          armId: arm.id,
          assetId: asset.id,
          platform: connector.platform,
          platformAdId: pushed.platformAdId,
          dryRun: pushed.dryRun,
        },
      });
    });
    out.push({
      armId: arm.id,
      assetId: asset.id,
      deploymentId,
      platformAdId: pushed.platformAdId,
      dryRun: pushed.dryRun,
    });
  }
  return out;
}
