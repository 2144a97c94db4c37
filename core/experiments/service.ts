import { eq } from "drizzle-orm";
import type { Database } from "../../db/client.ts";
import { getAssetRow } from "../../db/repositories/assets.ts";
import { recordEvent } from "../../db/repositories/events.ts";
import {
  type ExperimentRow,
  getExperimentRow,
  insertSplit,
  updateExperimentRow,
} from "../../db/repositories/experiments.ts";
import { addLineageEdges } from "../../db/repositories/lineage.ts";
import { arms, audiences, campaigns, experiments } from "../../db/schema.ts";
import { type Clock, isoNow } from "../clock.ts";
import { invalidInput, notFound, WinnowError } from "../errors.ts";
import { newId } from "../ids.ts";
import type { ReportedCounter } from "../ingestion/types.ts";
import type { Logger } from "../log.ts";
import { type BrandScope, restrictTo } from "../people/caller.ts";
import { type TopPerformers, type TopPerformersInput, topPerformers } from "../performance/top.ts";
import { equalAllocation } from "./allocate.ts";
import { resolveExperiment } from "./experiment-ref.ts";
import { type SlotInsights, type SlotInsightsInput, slotInsights } from "./insights.ts";
import { listDeployments } from "./link.ts";
import { type ExperimentMetric, METRIC_INFO } from "./metrics.ts";
import { ExperimentPolicy } from "./policy.ts";
import { readOut } from "./readout.ts";
import { type ResplitOptions, resplit } from "./resplit.ts";
import type { AllocationUpdate, ExperimentResults, FinalCall } from "./results-types.ts";
import type { Rng } from "./rng.ts";
import { allocationHistory } from "./split-history.ts";

export interface CreateExperimentInput {
  name?: string | undefined;
  assetIds: string[];
  metric: ExperimentMetric;
  campaignId?: string | undefined;
  /** Audience id (aud_...) or slug, e.g. "25-34"; an unknown slug is created. */
  audience?: string | undefined;
  /** Where it runs; its connector must report what the metric needs. */
  platform: string;
  platformReports: readonly ReportedCounter[];
  policy?: Partial<ExperimentPolicy> | undefined;
  actor: string;
}

/** Experiments: create, read the Bayesian results, and take one learning step (allocate, prune, stop). */
export class ExperimentService {
  constructor(private readonly deps: { database: Database; clock: Clock; logger: Logger }) {}

  async create(input: CreateExperimentInput): Promise<{ experimentId: string; armIds: string[] }> {
    const ids = [...new Set(input.assetIds)];
    if (ids.length < 2) {
      throw invalidInput(
        "arms",
        `an experiment needs at least 2 distinct variants (got ${ids.length})`,
        "Pass two or more output asset ids to compare; to measure one asset alone, deploy it without an experiment.",
      );
    }
    const info = METRIC_INFO[input.metric];
    const missing = info.needs.filter((n) => !input.platformReports.includes(n as ReportedCounter));
    if (missing.length) {
      throw invalidInput(
        "metric",
        `${input.platform} does not report ${missing.join(", ")}, which ${input.metric} needs`,
        `Choose a metric ${input.platform} can measure (it reports ${input.platformReports.join(", ")}) or run on another platform.`,
      );
    }
    const policy = ExperimentPolicy.parse(input.policy ?? {});
    const { db } = this.deps.database;
    const at = isoNow(this.deps.clock);
    const experimentId = newId("experiment");
    const armIds: string[] = [];
    await db.transaction(async (tx) => {
      const names: string[] = [];
      for (const id of ids) {
        const asset = await getAssetRow(tx, id);
        if (!asset)
          throw notFound("Asset", id, "Arms are output asset ids (ast_...) from generate_variants or list_assets.");
        if (asset.kind !== "output")
          throw invalidInput(
            "arms",
            `${id} is a ${asset.kind} asset, not a generated output`,
            "Only variants (kind output) can be tested.",
          );
        if (asset.status === "discarded" || asset.status === "rejected")
          throw invalidInput("arms", `${id} is ${asset.status}`, "Pick variants that are still live.");
        names.push(asset.name);
      }
      if (input.campaignId && !(await tx.select().from(campaigns).where(eq(campaigns.id, input.campaignId))).length)
        throw notFound("Campaign", input.campaignId);
      const audienceId = input.audience ? await this.resolveAudience(tx, input.audience, at) : null;
      await tx.insert(experiments).values({
        id: experimentId,
        campaignId: input.campaignId ?? null,
        audienceId,
        name: input.name ?? `${info.label}: ${names.slice(0, 3).join(" vs ")}${names.length > 3 ? "…" : ""}`,
        metric: input.metric,
        status: "running",
        config: { policy, platform: input.platform },
        startedAt: at,
        createdAt: at,
      });
      for (const assetId of ids) {
        const armId = newId("arm");
        armIds.push(armId);
        await tx.insert(arms).values({ id: armId, experimentId, assetId, status: "active", createdAt: at });
      }
      await insertSplit(tx, experimentId, equalAllocation(armIds), at);
      await addLineageEdges(
        tx,
        ids.map((assetId) => ({ fromId: assetId, relation: "tested_in" as const, toId: experimentId })),
        at,
      );
      await recordEvent(tx, {
        entityType: "experiment",
        entityId: experimentId,
        action: "experiment.created",
        actor: input.actor,
        at,
        data: { metric: input.metric, arms: armIds, assets: ids, platform: input.platform, policy },
      });
    });
    return { experimentId, armIds };
  }

  private async resolveAudience(
    tx: Parameters<Parameters<Database["db"]["transaction"]>[0]>[0],
    ref: string,
    at: string,
  ) {
    const rows = await tx
      .select()
      .from(audiences)
      .where(ref.startsWith("aud_") ? eq(audiences.id, ref) : eq(audiences.slug, ref));
    if (rows[0]) return rows[0].id;
    if (ref.startsWith("aud_")) throw notFound("Audience", ref);
    const id = newId("audience");
    await tx.insert(audiences).values({ id, slug: ref, name: ref, createdAt: at });
    return id;
  }

  /** The best assets by a metric, among the brands the reader may see. */
  top(input: Omit<TopPerformersInput, "visible">, scope: BrandScope): Promise<TopPerformers> {
    return topPerformers(this.deps.database.db, this.deps.clock, { ...input, visible: restrictTo(scope) });
  }

  /** Which platform ads count for which arms, for experiments the reader may see. */
  deployments(filter: Omit<Parameters<typeof listDeployments>[1], "visible">, scope: BrandScope) {
    return listDeployments(this.deps.database, { ...filter, visible: restrictTo(scope) });
  }

  /** Which slot values win, over the experiments the reader may see in full (the same rule as their lists). */
  insights(input: Omit<SlotInsightsInput, "visible">, scope: BrandScope): Promise<SlotInsights> {
    return slotInsights(this.deps.database.db, { ...input, visible: restrictTo(scope) });
  }

  /** An experiment by id (exp_...) or by name: exact, then containing the phrase, then containing every word. */
  resolve(ref: string): Promise<ExperimentRow> {
    return resolveExperiment(this.deps.database.db, ref);
  }

  /**
   * Full Bayesian read-out (readout.ts). Zero traffic or an unreported metric is an error that says what to do; the
   * same data always gives the same answer.
   */
  async results(experimentRef: string, _rng?: Rng): Promise<ExperimentResults> {
    return readOut(this.deps, await this.resolve(experimentRef));
  }

  async currentShares(experimentId: string): Promise<Map<string, number>> {
    const history = await allocationHistory(this.deps.database.db, experimentId);
    return new Map(history.at(-1)?.shares ?? []);
  }

  /**
   * Recompute the allocation now (top-two Thompson over the arms still standing, hopeless arms pruned on evidence)
   * and, unless `apply` is false, record it as the allocation in force (resplit.ts). For teams that run the loop
   * from their own scheduler or by hand; the scheduler's update_allocations job calls the same method.
   */
  async updateAllocation(
    experimentRef: string,
    options: ResplitOptions,
    /** The read-out just computed by the caller (advance), so the same data is not analysed twice. */
    readout?: ExperimentResults,
  ): Promise<AllocationUpdate> {
    const r = readout ?? (await this.results(experimentRef, options.rng));
    return resplit({ ...this.deps, reread: (id) => this.results(id) }, r, options);
  }

  /**
   * Ends a running experiment and records its final call: the winner when the rule has one, else the leader as a
   * best guess (with its P(best) and risk, so nobody mistakes it for a confident result). Idempotent: an experiment
   * that already ended keeps its first call.
   */
  async end(
    experimentRef: string,
    options: { rng: Rng; actor: string; reason?: string | undefined },
    readout?: ExperimentResults,
  ): Promise<{ results: ExperimentResults; finalCall: FinalCall; alreadyEnded: boolean }> {
    const r = readout ?? (await this.results(experimentRef, options.rng));
    if (r.status !== "running") {
      if (!r.finalCall)
        throw new WinnowError(
          "conflict",
          `Experiment ${r.experimentId} already ended (${r.status}) before final calls were recorded.`,
        );
      return { results: r, finalCall: r.finalCall, alreadyEnded: true };
    }
    const { db } = this.deps.database;
    const exp = (await getExperimentRow(db, r.experimentId))!;
    const at = isoNow(this.deps.clock);
    const armId = r.decision.winnerArmId ?? r.decision.leaderArmId;
    const arm = r.arms.find((a) => a.armId === armId);
    const finalCall: FinalCall = {
      armId: armId ?? null,
      assetId: arm?.assetId ?? null,
      name: arm?.name ?? null,
      basis: r.srm.status === "flagged" ? "srm" : (r.decision.basis ?? "best_guess"),
      probabilityBest: arm?.probabilityBest ?? null,
      risk: r.decision.risk,
      decision: r.decision.status,
      recommendation: r.decision.recommendation,
      reason: options.reason ?? null,
      at,
      actor: options.actor,
    };
    const status = r.decision.status === "winner" ? "decided" : r.srm.status === "flagged" ? "flagged" : "stopped";
    await db.transaction(async (tx) => {
      const ok = await updateExperimentRow(tx, r.experimentId, exp.version, {
        status,
        endedAt: at,
        srmFlagged: r.srm.status === "flagged",
        winnerArmId: r.decision.winnerArmId,
        config: { ...(exp.config as Record<string, unknown>), finalCall },
      });
      if (!ok)
        throw new WinnowError(
          "conflict",
          `Experiment ${r.experimentId} changed while it was being stopped; try again.`,
        );
      // The split after the call: all of the audience's traffic on the named arm, none on the rest (their ads pause, or
      // for hand-made ads the team moves its budget), recorded like any other split from the next day on. A test held
      // for a traffic-split problem names nothing to move traffic to, so its last split stays.
      const afterCall = finalCall.armId && status !== "flagged" ? postCallSplit(r.arms, finalCall.armId) : null;
      if (afterCall) await insertSplit(tx, r.experimentId, afterCall, at, r.allocation.next.effectiveDate);
      await recordEvent(tx, {
        entityType: "experiment",
        entityId: r.experimentId,
        action: `experiment.${r.decision.status === "collecting" ? "stopped" : r.decision.status}`,
        actor: options.actor,
        at,
        data: {
          decision: r.decision,
          finalCall,
          srmP: r.srm.pValue,
          ...(afterCall ? { allocation: afterCall, effectiveDate: r.allocation.next.effectiveDate } : {}),
        },
      });
    });
    return { results: await this.results(r.experimentId, options.rng), finalCall, alreadyEnded: false };
  }

  /**
   * One learning step (the scheduler's update-allocations / prune / early-stop jobs, and the autopilot): records the
   * next allocation with pruning, and with `stop` ends the experiment once the rule makes a call (winner, budget,
   * over-testing). SRM never ends it on its own: allocation freezes and promotion stays blocked until it clears.
   */
  async step(
    experimentId: string,
    rng: Rng,
    actor: string,
    what: { allocate?: boolean; prune?: boolean; stop?: boolean } = { allocate: true, prune: true, stop: true },
  ): Promise<ExperimentResults> {
    return (await this.advance(experimentId, rng, actor, what)).results;
  }

  /** step() with what changed: the allocation update (shares, when they take effect) and the final call if it ended. */
  async advance(
    experimentId: string,
    rng: Rng,
    actor: string,
    what: { allocate?: boolean; prune?: boolean; stop?: boolean } = { allocate: true, prune: true, stop: true },
  ): Promise<{ results: ExperimentResults; update: AllocationUpdate | null; ended: FinalCall | null }> {
    let r = await this.results(experimentId, rng);
    if (r.status !== "running" || r.waiting) return { results: r, update: null, ended: null };
    let update: AllocationUpdate | null = null;
    if (what.allocate || what.prune) {
      update = await this.updateAllocation(experimentId, { rng, actor }, r);
      r = update.results;
    }
    let ended: FinalCall | null = null;
    if (what.stop && r.decision.status !== "collecting" && r.decision.status !== "srm") {
      const reason =
        r.decision.status === "winner"
          ? "the rule made its call"
          : r.decision.status === "stopped_budget"
            ? "budget reached"
            : "no arm can pull ahead";
      const e = await this.end(experimentId, { rng, actor, reason }, r);
      r = e.results;
      ended = e.finalCall;
    }
    return { results: r, update, ended };
  }
}

/** Every arm's share once the test has named `armId`: 1 on it, 0 on the others. */
export function postCallSplit(arms: readonly { armId: string }[], armId: string): { armId: string; share: number }[] {
  return arms.map((a) => ({ armId: a.armId, share: a.armId === armId ? 1 : 0 }));
}
