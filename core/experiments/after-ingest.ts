import type { Database } from "../../db/client.ts";
import type { Clock } from "../clock.ts";
import { asWinnowError } from "../errors.ts";
import type { Logger } from "../log.ts";
import { systemActor } from "../people/caller.ts";
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

const ACTOR = systemActor("ingest");

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
