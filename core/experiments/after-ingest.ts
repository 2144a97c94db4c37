import { and, eq, inArray } from "drizzle-orm";
import type { Database } from "../../db/client.ts";
import { arms, deployments, experiments } from "../../db/schema.ts";
import type { Clock } from "../clock.ts";
import { asWinnowError } from "../errors.ts";
import type { Logger } from "../log.ts";
import { seededRng } from "./rng.ts";
import { ExperimentService } from "./service.ts";
import type { StoryState } from "./story.ts";

/** What one ingest did to a running experiment it touched (the ingest reply lists these). */
export interface ExperimentAfterIngest {
  experimentId: string;
  name: string;
  state: StoryState;
  /** The story's headline after the update, e.g. "running — leader X at 87% P(best)…". */
  headline: string;
  /** The split now in force, with the share each arm had before. */
  shares: { armId: string; name: string; share: number; previous: number }[];
  /** When the split was computed (UTC) and the first day it governs delivery. */
  computedAt: string | null;
  effectiveDate: string | null;
  /** The experiment ended in this ingest (winner called, budget reached). */
  ended: boolean;
  /** Why it could not be updated (the scheduler retries); absent when it was. */
  error?: string;
}

const ACTOR = "ingest";

/**
 * The post-commit hook of ingestion (issue 24): every running experiment the ingested rows touched recomputes its
 * shares, applies them from the first unmeasured day, prunes on evidence and checks its stopping rules — in the same
 * job as the ingest, so a CSV import answers with the new split. One experiment's failure (a concurrent update, say)
 * is reported on it and leaves the others alone; the scheduler's update_allocations job is the backstop.
 */
export async function afterMetricsIngested(
  deps: { database: Database; clock: Clock; logger: Logger; experiments?: ExperimentService | undefined },
  experimentIds: readonly string[],
): Promise<ExperimentAfterIngest[]> {
  const service = deps.experiments ?? new ExperimentService(deps);
  const out: ExperimentAfterIngest[] = [];
  for (const id of [...new Set(experimentIds)].sort()) {
    try {
      const { results: r, update } = await service.advance(id, seededRng(0), ACTOR);
      const before = new Map((update?.previous.shares ?? []).map((s) => [s.armId, s.share]));
      out.push({
        experimentId: r.experimentId,
        name: r.name,
        state: r.story.state,
        headline: r.story.headline,
        shares: r.arms.map((a) => ({
          armId: a.armId,
          name: a.name,
          share: a.share,
          previous: before.get(a.armId) ?? a.share,
        })),
        computedAt: r.allocation.current.computedAt,
        effectiveDate: r.allocation.current.effectiveDate,
        ended: r.status !== "running",
      });
    } catch (error) {
      const message = asWinnowError(error).message;
      deps.logger.warn("experiment update after ingest failed", { experimentId: id, error: message });
      out.push({
        experimentId: id,
        name: id,
        state: "collecting",
        headline: "not updated",
        shares: [],
        computedAt: null,
        effectiveDate: null,
        ended: false,
        error: `${message} (the scheduler's update_allocations job retries)`,
      });
    }
  }
  return out;
}

/** Running experiments whose arms have one of these ads tied to them (pushed or linked). */
export async function runningExperimentsOfAds(
  database: Database,
  ads: readonly { platform: string; platformAdId: string }[],
): Promise<string[]> {
  if (!ads.length) return [];
  const { db } = database;
  const ids = new Set<string>();
  const adIds = [...new Set(ads.map((a) => a.platformAdId))];
  const wanted = new Set(ads.map((a) => `${a.platform}\u0000${a.platformAdId}`));
  for (let i = 0; i < adIds.length; i += 500) {
    const rows = await db
      .select({ experimentId: arms.experimentId, platform: deployments.platform, adId: deployments.platformAdId })
      .from(deployments)
      .innerJoin(arms, eq(arms.id, deployments.armId))
      .innerJoin(experiments, eq(experiments.id, arms.experimentId))
      .where(and(inArray(deployments.platformAdId, adIds.slice(i, i + 500)), eq(experiments.status, "running")));
    for (const r of rows) if (wanted.has(`${r.platform}\u0000${r.adId}`)) ids.add(r.experimentId);
  }
  return [...ids];
}
