import { join } from "node:path";
import { BrandGovernance } from "../core/brand/brand-governance.ts";
import type { CandidateChecker } from "../core/brand/checker.ts";
import { BrandWorkspace } from "../core/brand/workspace.ts";
import { type Clock, systemClock } from "../core/clock.ts";
import { CostService } from "../core/costs/service.ts";
import { WorkspaceVocabulary } from "../core/intents/service.ts";
import type { Vocabulary } from "../core/intents/vocabulary.ts";
import { DEFAULT_LEARNING, TaggerLearning } from "../core/learning/service.ts";
import { Library } from "../core/library/library.ts";
import { LineageService } from "../core/lineage/service.ts";
import { createLogger, type Logger } from "../core/log.ts";
import { AuditLog } from "../core/people/audit.ts";
import { Authorizer } from "../core/people/authorize.ts";
import type { BrandScope } from "../core/people/caller.ts";
import { systemActor } from "../core/people/caller.ts";
import { People } from "../core/people/service.ts";
import { PromptService } from "../core/prompts/prompts.ts";
import { ReadModels } from "../core/read-models/service.ts";
import { ReviewService } from "../core/review/service.ts";
import { BlobStore } from "../db/blobs.ts";
import { type Database, openDatabase } from "../db/client.ts";
import { toneJudgeFromConfig } from "./brand.ts";
import type { Config } from "./config.ts";
import { buildExperimentServices, type ExperimentServices } from "./experiments.ts";
import { buildGeneration, type GenerationServices } from "./generation.ts";
import { buildSearchServices, type SearchServices } from "./search.ts";

/** Everything a surface (MCP tools, HTTP API, Slack, CLI, jobs) needs, built once per process. */
/** `embeddings`, `search`, `tagging` and `dedup` come from buildSearchServices (server/search.ts). */
/** `templates`, `models`, `generation` and `renderer` come from buildGeneration (server/generation.ts). */
export interface Services extends Omit<SearchServices, "close">, GenerationServices, ExperimentServices {
  config: Config;
  database: Database;
  blobs: BlobStore;
  library: Library;
  clock: Clock;
  logger: Logger;
  /** Review requests, decisions and feedback labels (Slack, MCP tools and promotion share it). */
  reviews: ReviewService;
  /** The tagger learning loop: retrain from feedback, shadow comparison, approved promotion, rollback. */
  learning: TaggerLearning;
  /** Brand governance; generation checks every candidate through it when present. */
  brandChecker?: CandidateChecker;
  /** Brand rule sets, checks, stale-asset marking (assertUsable, expireRights) and the review queue. */
  brand: BrandGovernance;
  /** A team's brands, audiences, approval policy and members (create/update/list, add/remove members). */
  brands: BrandWorkspace;
  /** People, workspace admins and personal tokens (who a caller is). */
  people: People;
  /** The one authorization point: invokeTool asks it before every tool call (core/people/policy.ts). */
  authorizer: Authorizer;
  /** Who did what: every state-changing tool call and every refusal. */
  audit: AuditLog;
  /** The cost ledger: reports, spend per campaign/model and loop KPIs, scoped to the brands a caller may see. */
  costs: CostService;
  /**
   * The workspace's words (brands, audiences, experiments, slot values) the offline router resolves names against,
   * only of the brands in `scope` (the asking person's visible brands; every brand when left out).
   */
  vocabulary: (scope?: BrandScope) => Promise<Vocabulary>;
  /** Lineage walks and questions, trimmed to the brands the reader may see. */
  lineage: LineageService;
  /** Versioned prompts: read by label, create, move labels (production is protected), list with roll-ups. */
  prompts: PromptService;
  /** The dashboard's read models (overview, library, runs, winners, review queue, experiments), brand-scoped. */
  reads: ReadModels;
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
  // A write killed mid-way leaves a .tmp in the store; sweep them at start, in the background.
  void blobs.removeOrphanedTemps().then(
    (removed) => removed.length && logger.info("removed orphaned temp files from the store", { count: removed.length }),
    (error) => logger.warn("could not sweep temp files from the store", { error: String(error) }),
  );
  const library = new Library({ database, blobs, clock });
  const searchServices = buildSearchServices({ config, database, library, clock, logger });
  const reviews = new ReviewService({ database, clock, logger });
  const learning = new TaggerLearning({
    database,
    blobs,
    clock,
    logger,
    settings: { ...DEFAULT_LEARNING, ...config.learning },
  });
  const brand = new BrandGovernance({ database, blobs, clock, library, toneJudge: toneJudgeFromConfig(config) });
  const experimentServices = buildExperimentServices({
    config,
    database,
    clock,
    logger,
    reviews,
    libraryReview: async () => {
      const r = await brand.staleness.expireRights(clock.now(), systemActor("scheduler"));
      return { expired: r.expired.length, marked: r.marked.length };
    },
  });
  // The checker is read per generate call, so a checker swapped onto services later (tests, plugins) is honoured.
  let services: Services | undefined;
  const generation = buildGeneration({
    config,
    database,
    library,
    clock,
    logger,
    checker: () => services?.brandChecker,
  });
  const people = new People({ database, clock });
  const vocabulary = new WorkspaceVocabulary({ database });
  const authorizer = new Authorizer({
    database,
    people,
    resolveExperiment: async (ref) => (await experimentServices.experiments.resolve(ref)).id,
  });
  services = {
    ...generation,
    people,
    authorizer,
    audit: new AuditLog({ database, clock, logger }),
    costs: new CostService({ database, clock }),
    reads: new ReadModels({ database }),
    lineage: new LineageService({ database }),
    vocabulary: (scope) => vocabulary.load(scope),
    prompts: new PromptService({ database, clock, promptAdmins: config.promptAdmins }),
    brand,
    brands: new BrandWorkspace({ database, clock }),
    brandChecker: brand.checker,
    config,
    database,
    blobs,
    library,
    reviews,
    learning,
    clock,
    logger,
    ...searchServices,
    ...experimentServices,
    async close() {
      await experimentServices.scheduler.stop();
      await searchServices.close();
      database.close();
    },
  };
  return services;
}
