import { and, eq, inArray } from "drizzle-orm";
import { type BlobStore, extensionOf } from "../../db/blobs.ts";
import type { Database } from "../../db/client.ts";
import { updateAssetRow } from "../../db/repositories/assets.ts";
import { recordEvent } from "../../db/repositories/events.ts";
import { armsOf, getExperimentRow } from "../../db/repositories/experiments.ts";
import { addLineageEdges } from "../../db/repositories/lineage.ts";
import { assets, audiences, deployments } from "../../db/schema.ts";
import { type Clock, isoNow } from "../clock.ts";
import { asWinnowError, invalidInput, notFound, WinnowError } from "../errors.ts";
import { newId } from "../ids.ts";
import type { Connector, CreativeCopy, CreativeImage, PushResult, PushTarget } from "../ingestion/types.ts";
import { slotsOf } from "./readout.ts";

export interface DeployedArm {
  armId: string;
  assetId: string;
  deploymentId: string;
  platformAdId: string;
  dryRun: boolean;
}

/**
 * Pushes every active arm of an experiment that is not yet live on `connector.platform` (dry-run by default: a
 * deployment row with a fake ad id and no network). A live push (`dryRun: false`) uploads the rendered image with
 * its copy into `target` and records the platform's real ad id. The arm's asset moves to "deployed"; lineage records
 * used_in. A push that fails records nothing for that arm (arms pushed before it stay recorded: they are live).
 */
export async function deployExperiment(
  deps: { database: Database; clock: Clock; blobs?: BlobStore },
  connector: Connector,
  experimentId: string,
  options: { dryRun?: boolean; actor: string; target?: PushTarget | undefined },
): Promise<DeployedArm[]> {
  const dryRun = options.dryRun ?? true;
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
  if (connector.importOnly)
    throw invalidInput(
      "platform",
      `${connector.platform} cannot push ads`,
      "Make the ads in your ad platform and tie each to its arm with link_deployment (or `winnow link`).",
    );
  const audience = exp.audienceId
    ? (await db.select().from(audiences).where(eq(audiences.id, exp.audienceId)))[0]?.slug
    : undefined;
  const out: DeployedArm[] = [];
  for (const arm of armRows.filter((a) => !live.has(a.id))) {
    const asset = (await db.select().from(assets).where(eq(assets.id, arm.assetId)))[0];
    if (!asset) throw notFound("Asset", arm.assetId);
    let pushed: PushResult;
    try {
      pushed = await connector.pushCreative({
        assetId: asset.id,
        armId: arm.id,
        name: asset.name,
        slots: slotsOf(asset.metadata),
        audience,
        campaignId: exp.campaignId ?? undefined,
        dryRun,
        ...(dryRun
          ? {}
          : { image: await imageOf(deps.blobs, asset), copy: copyOf(asset.metadata), target: options.target }),
      });
    } catch (error) {
      if (out.length === 0) throw error;
      const e = asWinnowError(error);
      throw new WinnowError(
        e.code,
        `${e.message} (arm ${arm.id} was not deployed; ${out.length} arm(s) before it were: ${out.map((d) => d.platformAdId).join(", ")})`,
        { ...e.details, deployed: out },
      );
    }
    const at = isoNow(deps.clock);
    const deploymentId = newId("deployment");
    await recordDeployment(pushed, async () =>
      db.transaction(async (tx) => {
        await tx.insert(deployments).values({
          id: deploymentId,
          assetId: asset.id,
          armId: arm.id,
          campaignId: exp.campaignId,
          audienceId: exp.audienceId,
          origin: "push",
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
      }),
    );
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

/** A live ad whose row could not be written must not vanish from sight: the error names it (it was created paused). */
async function recordDeployment(pushed: PushResult, write: () => Promise<void>) {
  try {
    await write();
  } catch (error) {
    if (pushed.dryRun) throw error;
    const e = asWinnowError(error);
    throw new WinnowError(
      e.code,
      `${e.message}. The platform ad ${pushed.platformAdId} was created (paused) but not recorded: delete it on the platform or deploy again.`,
      { ...e.details, platformAdId: pushed.platformAdId },
    );
  }
}

async function imageOf(blobs: BlobStore | undefined, asset: typeof assets.$inferSelect): Promise<CreativeImage> {
  if (!blobs) throw new WinnowError("internal", "deployExperiment: a live push needs the blob store");
  let bytes: Buffer;
  try {
    bytes = await blobs.readOriginal(asset.sha256, asset.format);
  } catch {
    throw notFound("Original file of asset", asset.id);
  }
  return {
    bytes,
    mimeType: asset.mimeType,
    filename: `${asset.id}.${extensionOf(asset.format)}`,
    width: asset.width,
    height: asset.height,
  };
}

function copyOf(metadata: Record<string, unknown> | null | undefined): CreativeCopy | undefined {
  const copy = (metadata?.copy ?? {}) as Record<string, unknown>;
  if (typeof copy.headline !== "string") return undefined;
  const text = (v: unknown) => (typeof v === "string" ? v : "");
  return { headline: copy.headline, body: text(copy.body), cta: text(copy.cta) };
}
