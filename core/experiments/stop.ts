import { and, eq, inArray } from "drizzle-orm";
import type { Database } from "../../db/client.ts";
import { recordEvent } from "../../db/repositories/events.ts";
import { deployments } from "../../db/schema.ts";
import { type Clock, isoNow } from "../clock.ts";
import { asWinnowError } from "../errors.ts";
import type { ConnectorRegistry } from "../ingestion/registry.ts";
import type { ExperimentResults, FinalCall } from "./results-types.ts";
import type { Rng } from "./rng.ts";
import type { ExperimentService } from "./service.ts";

export type PauseAction = "would_pause" | "paused" | "marked_paused" | "failed" | "no_api";

export interface AdPause {
  deploymentId: string;
  armId: string;
  assetId: string;
  name: string;
  platform: string;
  platformAdId: string;
  /** would_pause: dry run; paused: the platform paused it; marked_paused: a dry-run deployment (no real ad). */
  action: PauseAction;
  error?: string | undefined;
}

export interface StopOutcome {
  experimentId: string;
  name: string;
  alreadyEnded: boolean;
  finalCall: FinalCall;
  dryRun: boolean;
  pauses: AdPause[];
  results: ExperimentResults;
}

/**
 * Ends an experiment with its final call (the winner, or the leader as a best guess) and pauses the losing arms'
 * active ads on their platforms. Dry run by default: nothing is sent to a platform and the answer names exactly which
 * ads would pause. Live, each ad is paused through its connector; one failure does not stop the others and is
 * reported with its reason. Calling again (live) after a dry run pauses what is still active.
 */
export async function stopExperiment(
  deps: { database: Database; clock: Clock; experiments: ExperimentService; connectors: ConnectorRegistry },
  experimentRef: string,
  options: { rng: Rng; actor: string; pauseLosers?: boolean; dryRun?: boolean; reason?: string | undefined },
): Promise<StopOutcome> {
  const dryRun = options.dryRun ?? true;
  const ended = await deps.experiments.end(experimentRef, options);
  const r = ended.results;
  const losers = r.arms.filter((a) => a.armId !== ended.finalCall.armId);
  const pauses: AdPause[] = [];
  if ((options.pauseLosers ?? true) && ended.finalCall.armId && losers.length) {
    const { db } = deps.database;
    const rows = await db
      .select()
      .from(deployments)
      .where(
        and(
          inArray(
            deployments.armId,
            losers.map((a) => a.armId),
          ),
          eq(deployments.status, "active"),
        ),
      );
    for (const d of rows) {
      const arm = losers.find((a) => a.armId === d.armId)!;
      const base = {
        deploymentId: d.id,
        armId: arm.armId,
        assetId: d.assetId,
        name: arm.name,
        platform: d.platform,
        platformAdId: d.platformAdId,
      };
      if (dryRun) {
        pauses.push({ ...base, action: "would_pause" });
        continue;
      }
      let action: PauseAction = "marked_paused";
      try {
        if (!d.dryRun) {
          const connector = deps.connectors.list().find((c) => c.platform === d.platform);
          if (!connector?.pauseAd) {
            pauses.push({
              ...base,
              action: "no_api",
              error: `${d.platform} ${connector ? "has no pause API" : "is not configured"}: pause ad ${d.platformAdId} in the platform's ads manager`,
            });
            continue;
          }
          await connector.pauseAd(d.platformAdId);
          action = "paused";
        }
      } catch (error) {
        pauses.push({ ...base, action: "failed", error: asWinnowError(error).message });
        continue;
      }
      const at = isoNow(deps.clock);
      await db.transaction(async (tx) => {
        await tx.update(deployments).set({ status: "paused" }).where(eq(deployments.id, d.id));
        await recordEvent(tx, {
          entityType: "deployment",
          entityId: d.id,
          action: "deployment.paused",
          actor: options.actor,
          at,
          data: {
            experimentId: r.experimentId,
            armId: arm.armId,
            platform: d.platform,
            platformAdId: d.platformAdId,
            live: !d.dryRun,
          },
        });
      });
      pauses.push({ ...base, action });
    }
  }
  return {
    experimentId: r.experimentId,
    name: r.name,
    alreadyEnded: ended.alreadyEnded,
    finalCall: ended.finalCall,
    dryRun,
    pauses,
    results: r,
  };
}
