import { join } from "node:path";
import type { CandidateChecker } from "../core/brand/checker.ts";
import { type Clock, systemClock } from "../core/clock.ts";
import { Library } from "../core/library/library.ts";
import { createLogger, type Logger } from "../core/log.ts";
import { ReviewService } from "../core/review/service.ts";
import { BlobStore } from "../db/blobs.ts";
import { type Database, openDatabase } from "../db/client.ts";
import type { Config } from "./config.ts";

/** Everything a surface (MCP tools, HTTP API, Slack, CLI, jobs) needs, built once per process. */
export interface Services {
  config: Config;
  database: Database;
  blobs: BlobStore;
  library: Library;
  clock: Clock;
  logger: Logger;
  /** Review requests, decisions and feedback labels (Slack, MCP tools and promotion share it). */
  reviews: ReviewService;
  /** Brand governance; generation checks every candidate through it when present. */
  brandChecker?: CandidateChecker;
  close(): Promise<void>;
}

export interface BuildOptions {
  clock?: Clock;
  logger?: Logger;
}

export async function buildServices(config: Config, options: BuildOptions = {}): Promise<Services> {
  const logger = options.logger ?? createLogger(config.logLevel);
  const clock = options.clock ?? systemClock;
  const database = await openDatabase({ url: config.databaseUrl, authToken: config.databaseAuthToken });
  const blobs = new BlobStore(join(config.dataDir, "store"));
  const library = new Library({ database, blobs, clock });
  const reviews = new ReviewService({ database, clock, logger });
  return {
    config,
    database,
    blobs,
    library,
    reviews,
    clock,
    logger,
    async close() {
      database.close();
    },
  };
}
