import { hostname } from "node:os";
import { buildConnectors } from "../connectors/index.ts";
import type { Clock } from "../core/clock.ts";
import { afterMetricsIngested } from "../core/experiments/after-ingest.ts";
import { PromotionService } from "../core/experiments/promote.ts";
import { seededRng } from "../core/experiments/rng.ts";
import { ExperimentService } from "../core/experiments/service.ts";
import { IngestionService } from "../core/ingestion/ingest.ts";
import type { ConnectorRegistry } from "../core/ingestion/registry.ts";
import type { Logger } from "../core/log.ts";
import type { ReviewService } from "../core/review/service.ts";
import { loopJobs } from "../core/scheduler/loop-jobs.ts";
import { DEFAULT_SCHEDULES, parseSchedules, Scheduler } from "../core/scheduler/scheduler.ts";
import type { Database } from "../db/client.ts";
import type { Config } from "./config.ts";

export interface ExperimentServices {
  experiments: ExperimentService;
  ingestion: IngestionService;
  connectors: ConnectorRegistry;
  promotion: PromotionService;
  /** Fresh seeded randomness for Monte Carlo; seeded from the clock so runs differ but tests can fix it. */
  rng: () => () => number;
  scheduler: Scheduler;
}

export function buildExperimentServices(d: {
  config: Config;
  database: Database;
  clock: Clock;
  logger: Logger;
  reviews: ReviewService;
  /** The library's stale-asset sweep (brand governance owns it); run by the library_review job. */
  libraryReview: () => Promise<Record<string, unknown>>;
}): ExperimentServices {
  const deps = { database: d.database, clock: d.clock, logger: d.logger };
  const experiments = new ExperimentService(deps);
  const ingestion = new IngestionService(deps);
  // Ingestion's one post-commit point: every running experiment the rows touched re-splits and checks stopping now.
  ingestion.onIngested(async (report) => {
    report.experiments = await afterMetricsIngested({ ...deps, experiments }, report.experimentIds);
  });
  const connectors = buildConnectors(d.config.experiments, d.clock);
  const promotion = new PromotionService({ database: d.database, clock: d.clock, experiments, reviews: d.reviews });
  let counter = 0;
  const rng = () => seededRng((d.clock.now().getTime() + ++counter * 7919) >>> 0);
  const scheduler = new Scheduler({
    database: d.database,
    clock: d.clock,
    logger: d.logger,
    owner: `${hostname()}:${process.pid}:${Math.random().toString(36).slice(2, 8)}`,
    handlers: loopJobs({
      ...deps,
      experiments,
      ingestion,
      connectors,
      promotion,
      rng,
      trailingDays: d.config.experiments.trailingDays,
      libraryReview: d.libraryReview,
    }),
    schedules: parseSchedules(d.config.experiments.schedules, DEFAULT_SCHEDULES),
  });
  return { experiments, ingestion, connectors, promotion, rng, scheduler };
}
