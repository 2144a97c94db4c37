import { and, count, desc, eq } from "drizzle-orm";
import * as z from "zod";
import type { Database } from "../../db/client.ts";
import { updateAssetRow } from "../../db/repositories/assets.ts";
import { recordEvent } from "../../db/repositories/events.ts";
import { armsOf, getExperimentRow } from "../../db/repositories/experiments.ts";
import { addLineageEdges } from "../../db/repositories/lineage.ts";
import { experimentVisible } from "../../db/repositories/visibility.ts";
import { arms, assets, audiences, deployments, lineageEdges, metrics } from "../../db/schema.ts";
import { resolveAudienceRef } from "../brand/audiences.ts";
import { type Clock, isoNow } from "../clock.ts";
import { invalidInput, notFound, WinnowError } from "../errors.ts";
import { newId } from "../ids.ts";
import { PlatformName } from "../ingestion/platforms.ts";

export { PlatformName };

export const PlatformAdId = z
  .string()
  .trim()
  .min(1)
  .max(100)
  .regex(/^[\w.:-]+$/, "is not an ad id; copy the Ad ID column from the platform (digits, letters, _ - . :)");

export const DeploymentView = z.object({
  deploymentId: z.string(),
  experimentId: z.string(),
  armId: z.string(),
  assetId: z.string(),
  audienceId: z.string().nullable(),
  platform: z.string(),
  platformAdId: z.string(),
  origin: z.string(),
  linkedAt: z.string(),
});
export type DeploymentView = z.infer<typeof DeploymentView>;

export interface LinkInput {
  armId?: string | undefined;
  experimentId?: string | undefined;
  assetId?: string | undefined;
  platform: string;
  platformAdId: string;
  audience?: string | undefined;
  actor: string;
}

/**
 * Ties an ad a team made by hand (any platform) to an experiment arm and audience: metrics ingested for that
 * platform + ad id then count for the arm. Linking the same ad to the same arm again changes nothing; an ad already
 * tied to another arm is refused (its numbers would count twice).
 */
export async function linkDeployment(
  deps: { database: Database; clock: Clock },
  input: LinkInput,
): Promise<{ deployment: DeploymentView; created: boolean; metricDays: number; note: string | null }> {
  const r = await link(deps, input);
  // Numbers already ingested for this ad count at once; ones imported before under another name are pointed out.
  const days = async (platform: string) =>
    (
      await deps.database.db
        .select({ n: count() })
        .from(metrics)
        .where(and(eq(metrics.platform, platform), eq(metrics.platformAdId, input.platformAdId)))
    )[0]?.n ?? 0;
  const metricDays = await days(input.platform);
  const stray = input.platform === "csv" ? 0 : await days("csv");
  const note = stray
    ? `${stray} day(s) for ad ${input.platformAdId} were imported from a CSV without a platform (stored as csv); import that file again and they count for this arm.`
    : null;
  return { ...r, metricDays, note };
}

async function link(
  deps: { database: Database; clock: Clock },
  input: LinkInput,
): Promise<{ deployment: DeploymentView; created: boolean }> {
  const { db } = deps.database;
  const arm = await findArm(deps.database, input);
  const exp = (await getExperimentRow(db, arm.experimentId))!;
  if (exp.status === "promoted")
    throw invalidInput("armId", `experiment ${exp.id} is already promoted`, "Link ads to a running experiment.");
  if (["discarded", "promoted"].includes(arm.status))
    throw invalidInput("armId", `arm ${arm.id} is ${arm.status}`, "Link ads to an active arm.");
  const audienceId = await audienceFor(deps.database, exp, arm.assetId, input.audience);
  const existing = (
    await db
      .select()
      .from(deployments)
      .where(and(eq(deployments.platform, input.platform), eq(deployments.platformAdId, input.platformAdId)))
  )[0];
  if (existing) {
    if (existing.armId === arm.id) return { deployment: view(existing, exp.id), created: false };
    throw new WinnowError(
      "conflict",
      `platformAdId: ${input.platform} ad ${input.platformAdId} is already linked to arm ${existing.armId ?? "(none)"} (deployment ${existing.id}); an ad counts for one arm only. Unlink it first with unlink_deployment.`,
      { field: "platformAdId", deploymentId: existing.id },
    );
  }
  const at = isoNow(deps.clock);
  const row = {
    id: newId("deployment"),
    assetId: arm.assetId,
    armId: arm.id,
    campaignId: exp.campaignId,
    audienceId,
    origin: "manual",
    platform: input.platform,
    platformAdId: input.platformAdId,
    status: "active",
    dryRun: false,
    createdAt: at,
  };
  await db.transaction(async (tx) => {
    await tx.insert(deployments).values(row);
    const asset = (await tx.select().from(assets).where(eq(assets.id, arm.assetId)))[0];
    if (asset && !["promoted", "discarded"].includes(asset.status))
      await updateAssetRow(tx, asset.id, { status: "deployed", updatedAt: at });
    await addLineageEdges(tx, [{ fromId: arm.assetId, relation: "used_in", toId: row.id }], at);
    await recordEvent(tx, {
      entityType: "deployment",
      entityId: row.id,
      action: "deployment.linked",
      actor: input.actor,
      at,
      data: {
        experimentId: exp.id,
        armId: arm.id,
        assetId: arm.assetId,
        audienceId,
        platform: input.platform,
        platformAdId: input.platformAdId,
      },
    });
  });
  return { deployment: view(row, exp.id), created: true };
}

/** Unties an ad from its arm: its metrics stay stored but no longer count for any arm. */
export async function unlinkDeployment(
  deps: { database: Database; clock: Clock },
  input: {
    deploymentId?: string | undefined;
    platform?: string | undefined;
    platformAdId?: string | undefined;
    actor: string;
  },
): Promise<DeploymentView> {
  const { db } = deps.database;
  if (!input.deploymentId && !(input.platform && input.platformAdId))
    throw invalidInput("deploymentId", "is missing", "Pass deploymentId (dep_...), or platform and platformAdId.");
  const row = (
    await db
      .select()
      .from(deployments)
      .where(
        input.deploymentId
          ? eq(deployments.id, input.deploymentId)
          : and(eq(deployments.platform, input.platform!), eq(deployments.platformAdId, input.platformAdId!)),
      )
  )[0];
  if (!row)
    throw notFound(
      "Deployment",
      input.deploymentId ?? `${input.platform} ad ${input.platformAdId}`,
      "list_deployments shows the ads tied to an experiment's arms.",
    );
  const experimentId = row.armId
    ? ((await db.select({ e: arms.experimentId }).from(arms).where(eq(arms.id, row.armId)))[0]?.e ?? "")
    : "";
  const at = isoNow(deps.clock);
  await db.transaction(async (tx) => {
    await tx.delete(deployments).where(eq(deployments.id, row.id));
    await tx.delete(lineageEdges).where(and(eq(lineageEdges.toId, row.id), eq(lineageEdges.relation, "used_in")));
    await recordEvent(tx, {
      entityType: "deployment",
      entityId: row.id,
      action: "deployment.unlinked",
      actor: input.actor,
      at,
      data: { ...row, experimentId },
    });
  });
  return view(row, experimentId);
}

async function findArm(database: Database, input: LinkInput) {
  const { db } = database;
  if (input.armId) {
    const arm = (await db.select().from(arms).where(eq(arms.id, input.armId)))[0];
    if (!arm)
      throw notFound(
        "Arm",
        input.armId,
        "Arm ids (arm_...) are in create_experiment's answer and get_experiment_results.",
      );
    return arm;
  }
  if (!input.experimentId || !input.assetId)
    throw invalidInput("armId", "is missing", "Pass armId (arm_...), or experimentId and the arm's assetId.");
  const exp = await getExperimentRow(db, input.experimentId);
  if (!exp) throw notFound("Experiment", input.experimentId);
  const armRows = await armsOf(db, exp.id);
  const arm = armRows.find((a) => a.assetId === input.assetId);
  if (!arm)
    throw invalidInput(
      "assetId",
      `${input.assetId} is not an arm of ${exp.id}`,
      `Its arms test ${armRows.map((a) => a.assetId).join(", ")}.`,
    );
  return arm;
}

async function audienceFor(
  database: Database,
  exp: { id: string; audienceId: string | null },
  assetId: string,
  ref: string | undefined,
): Promise<string | null> {
  if (!ref) return exp.audienceId;
  const { db } = database;
  const brandId = (await db.select({ b: assets.brandId }).from(assets).where(eq(assets.id, assetId)))[0]?.b ?? null;
  const audience = await resolveAudienceRef(db, ref, brandId);
  if (!audience) {
    const known = (await db.select({ slug: audiences.slug }).from(audiences)).map((a) => a.slug);
    throw invalidInput(
      "audience",
      `no audience is called "${ref}"`,
      `Known audiences: ${known.join(", ") || "none"} (add one with update_brand).`,
    );
  }
  if (exp.audienceId && exp.audienceId !== audience.id)
    throw invalidInput(
      "audience",
      `experiment ${exp.id} tests another audience (${exp.audienceId}), not ${audience.slug}`,
      "Create an experiment for that audience with the same variants (one creative can be an arm in several) and link the ad to its arm.",
    );
  return audience.id;
}

function view(row: typeof deployments.$inferSelect, experimentId: string): DeploymentView {
  return {
    deploymentId: row.id,
    experimentId,
    armId: row.armId ?? "",
    assetId: row.assetId,
    audienceId: row.audienceId,
    platform: row.platform,
    platformAdId: row.platformAdId,
    origin: row.origin,
    linkedAt: row.createdAt,
  };
}

/** The ads tied to arms (pushed or linked), newest first; by experiment, arm and/or platform. */
export async function listDeployments(
  database: Database,
  filter: {
    experimentId?: string | undefined;
    armId?: string | undefined;
    platform?: string | undefined;
    /** Only deployments of experiments whose brands the caller may see (undefined: every brand). */
    visible?: readonly string[] | undefined;
    limit: number;
  },
): Promise<DeploymentView[]> {
  const { db } = database;
  if (filter.experimentId && !(await getExperimentRow(db, filter.experimentId)))
    throw notFound("Experiment", filter.experimentId);
  const rows = await db
    .select({ d: deployments, experimentId: arms.experimentId })
    .from(deployments)
    .innerJoin(arms, eq(arms.id, deployments.armId))
    .where(
      and(
        filter.experimentId ? eq(arms.experimentId, filter.experimentId) : undefined,
        filter.armId ? eq(deployments.armId, filter.armId) : undefined,
        filter.platform ? eq(deployments.platform, filter.platform) : undefined,
        filter.visible ? experimentVisible(arms.experimentId, filter.visible) : undefined,
      ),
    )
    .orderBy(desc(deployments.createdAt), desc(deployments.id))
    .limit(filter.limit);
  return rows.map((r) => view(r.d, r.experimentId));
}
