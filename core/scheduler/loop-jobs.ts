import type { Database } from "../../db/client.ts";
import { listExperimentRows } from "../../db/repositories/experiments.ts";
import type { Clock } from "../clock.ts";
import type { PromotionService } from "../experiments/promote.ts";
import type { Rng } from "../experiments/rng.ts";
import type { ExperimentService } from "../experiments/service.ts";
import type { IngestionService } from "../ingestion/ingest.ts";
import type { ConnectorRegistry } from "../ingestion/registry.ts";
import { systemActor } from "../people/caller.ts";
import type { JobHandler } from "./scheduler.ts";

export interface LoopJobDeps {
  database: Database;
  clock: Clock;
  experiments: ExperimentService;
  ingestion: IngestionService;
  connectors: ConnectorRegistry;
  promotion: PromotionService;
  rng: () => Rng;
  trailingDays: number;
  /** Brand governance's sweep of lapsed rights (one behaviour, one place). */
  libraryReview: () => Promise<Record<string, unknown>>;
}

const ACTOR = systemActor("scheduler");

/** The loop's scheduled jobs. Each is safe to re-run: checkpoints say what a killed attempt already finished. */
export function loopJobs(d: LoopJobDeps): Record<string, JobHandler> {
  const forRunning =
    (what: { allocate?: boolean; prune?: boolean; stop?: boolean }): JobHandler =>
    async (ctx) => {
      const done = new Set((ctx.checkpoint?.done as string[] | undefined) ?? []);
      const errors: string[] = [];
      for (const exp of await listExperimentRows(d.database.db, "running")) {
        if (done.has(exp.id)) continue;
        try {
          await d.experiments.step(exp.id, d.rng(), ACTOR, what);
        } catch (error) {
          // A fresh experiment answers its starting split; any error is reported on the job.
          errors.push(`${exp.id}: ${String(error)}`);
        }
        done.add(exp.id);
        await ctx.saveCheckpoint({ done: [...done] });
      }
      if (errors.length) throw new Error(errors.join("; "));
      return { experiments: done.size };
    };
  return {
    ingest_metrics: async (ctx) => {
      const done = new Set((ctx.checkpoint?.done as string[] | undefined) ?? []);
      const reports: Record<string, unknown> = {};
      for (const connector of d.connectors.list()) {
        if (done.has(connector.platform)) continue;
        // A killed attempt left its ingestion run "running"; treating it as stale after one lease resumes it.
        const r = await d.ingestion.run(connector, {
          actor: ACTOR,
          trailingDays: d.trailingDays,
          staleAfterMs: ctx.leaseMs,
        });
        reports[connector.platform] = { rowsUpserted: r.rowsUpserted, rowsRejected: r.rowsRejected };
        done.add(connector.platform);
        await ctx.saveCheckpoint({ done: [...done] });
      }
      return reports;
    },
    update_allocations: forRunning({ allocate: true, prune: true, stop: true }),
    early_stop: forRunning({ stop: true }),
    prune: forRunning({ prune: true }),
    promote_candidates: async () => {
      const outcomes: Record<string, string> = {};
      for (const id of await d.promotion.candidates()) {
        try {
          outcomes[id] = (await d.promotion.promote(id, d.rng(), ACTOR)).status;
        } catch (error) {
          // Waiting for an approver is not a failure of the job.
          outcomes[id] = `skipped: ${String(error).slice(0, 200)}`;
        }
      }
      return { outcomes };
    },
    library_review: async () => d.libraryReview(),
  };
}
