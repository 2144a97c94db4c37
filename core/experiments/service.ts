import { eq, inArray } from "drizzle-orm";
import type { Database } from "../../db/client.ts";
import { getAssetRow } from "../../db/repositories/assets.ts";
import { recordEvent } from "../../db/repositories/events.ts";
import {
  armDailyMetrics,
  armsOf,
  deploymentsOfArms,
  type ExperimentRow,
  getExperimentRow,
  insertSplit,
  latestAllocations,
  listExperimentRows,
  setArmStatus,
  updateExperimentRow,
} from "../../db/repositories/experiments.ts";
import { addLineageEdges } from "../../db/repositories/lineage.ts";
import { experimentCurrencies } from "../../db/repositories/metrics.ts";
import { arms, assets, audiences, campaigns, experiments } from "../../db/schema.ts";
import { type Clock, isoNow } from "../clock.ts";
import { invalidInput, notFound, WinnowError } from "../errors.ts";
import { newId } from "../ids.ts";
import type { ReportedCounter } from "../ingestion/types.ts";
import type { Logger } from "../log.ts";
import { type BrandScope, restrictTo } from "../people/caller.ts";
import { type TopPerformers, type TopPerformersInput, topPerformers } from "../performance/top.ts";
import { equalAllocation } from "./allocate.ts";
import { type ApprovalVerdict, approvalFor } from "./approval.ts";
import { allocationRound, type Round } from "./bandit.ts";
import { type ArmTrend, armTrends, concurrentEstimate, rateCounts, recentCountsIfFalling } from "./concurrent.ts";
import { type AppliedSplit, checkSrm, deliveryOf, type SrmView } from "./delivery.ts";
import { type SlotInsights, type SlotInsightsInput, slotInsights } from "./insights.ts";
import { listDeployments } from "./link.ts";
import { type ArmTotals, type ExperimentMetric, emptyTotals, METRIC_INFO, sampleSize } from "./metrics.ts";
import { ExperimentPolicy } from "./policy.ts";
import { type Rng, seededRng } from "./rng.ts";
import { type DeliveryView, type Story, tellStory } from "./story.ts";
import { summarise } from "./summary.ts";

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

export interface ArmResult {
  armId: string;
  assetId: string;
  label: string;
  /** The variant's name, without the arm id (for one-line answers). */
  name: string;
  status: string;
  statusReason: string | null;
  slots: Record<string, string>;
  totals: Omit<ArmTotals, "days">;
  sample: number;
  mean: number;
  interval: [number, number];
  probabilityBest: number;
  expectedLoss: number;
  lift: { median: number; interval: [number, number] } | null;
  share: number;
  /** Recent against early rate, the day mix removed; fading flags creative fatigue. Null for non-rate metrics. */
  trend: ArmTrend | null;
}

export interface ExperimentResults {
  experimentId: string;
  name: string;
  metric: ExperimentMetric;
  status: string;
  platform: string;
  campaignId: string | null;
  audienceId: string | null;
  policy: ExperimentPolicy;
  /** No arm has impressions yet: the read-out shows the starting split and the next step. */
  waiting: boolean;
  delivery: DeliveryView;
  arms: ArmResult[];
  srm: SrmView;
  decision: Round["decision"];
  spendMicros: number;
  /** Currency of spendMicros and every arm's money (ISO 4217); null when no source stated one. */
  currency: string | null;
  /** Latest day with metrics for any arm (YYYY-MM-DD). */
  latestMetricDate: string | null;
  /** The allocation in force and the one recommended now (recorded by updateAllocation / update_allocation). */
  allocation: {
    current: AllocationView;
    next: AllocationView & { computedAt: string; effectiveDate: string; frozen: boolean };
  };
  summary: string;
  /** One line: "running — leader X at 87% P(best), needs ~N more impressions" / "done — winner X". */
  statusText: string;
  nextAllocation: { armId: string; share: number }[];
  /** Recorded when the experiment ended (stop_experiment or the scheduler's early stop). */
  finalCall: FinalCall | null;
  /** Whether promoting the named arm (winner, best guess) needs an approver, and why; null while none is named. */
  approval: ApprovalVerdict | null;
  armsWithAds: number;
  /** The one story every surface tells (core/experiments/story.ts). */
  story: Story;
}

interface ExperimentConfig {
  policy?: unknown;
  platform?: unknown;
  finalCall?: FinalCall;
  appliedSplits?: AppliedSplit[];
}

export interface AllocationView {
  shares: { armId: string; share: number }[];
  computedAt: string | null;
  effectiveDate: string | null;
}

export interface FinalCall {
  armId: string | null;
  assetId: string | null;
  name: string | null;
  /** confident: P(best) over the bar; risk: a near-tie, either is fine; best_guess: stopped before the rule could call it. */
  basis: "confident" | "risk" | "best_guess" | "srm";
  probabilityBest: number | null;
  risk: number | null;
  decision: string;
  recommendation: string;
  reason: string | null;
  at: string;
  actor: string;
}

export interface AllocationUpdate {
  experimentId: string;
  name: string;
  applied: boolean;
  computedAt: string;
  effectiveDate: string;
  frozen: boolean;
  previous: AllocationView;
  next: { armId: string; share: number }[];
  pruned: { armId: string; reason: string }[];
  results: ExperimentResults;
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

  /** An experiment by id (exp_...) or by name: exact, then containing the phrase, then containing every word. */
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

  async resolve(ref: string): Promise<ExperimentRow> {
    const { db } = this.deps.database;
    const wanted = ref.trim();
    if (wanted.startsWith("exp_")) {
      const exp = await getExperimentRow(db, wanted);
      if (!exp)
        throw notFound("Experiment", wanted, "List experiments on the dashboard or create one with create_experiment.");
      return exp;
    }
    if (!wanted)
      throw invalidInput("experiment", "empty experiment reference", "Pass an experiment id (exp_...) or its name.");
    const all = await listExperimentRows(db);
    const lower = wanted.toLowerCase();
    const words = lower.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
    const meaningful = words.filter((w) => !GENERIC_WORDS.has(w));
    const levels = [
      (n: string) => n === lower,
      (n: string) => n.includes(lower),
      (n: string) => words.length > 0 && words.every((w) => n.includes(w)),
      (n: string) => meaningful.length > 0 && meaningful.every((w) => n.includes(w)),
    ];
    for (const level of levels) {
      const hits = all.filter((e) => level(e.name.toLowerCase()));
      if (hits.length === 0) continue;
      const running = hits.filter((e) => e.status === "running");
      const pool = running.length ? running : hits;
      if (pool.length === 1) return pool[0]!;
      throw invalidInput(
        "experiment",
        `"${wanted}" matches ${pool.length} experiments: ${pool
          .slice(0, 5)
          .map((e) => `${e.name} (${e.id}, ${e.status})`)
          .join("; ")}`,
        "Pass the experiment id or more of its name.",
      );
    }
    throw new WinnowError(
      "not_found",
      `No experiment is named like "${wanted}". Recent: ${
        all
          .slice(0, 5)
          .map((e) => `${e.name} (${e.id})`)
          .join("; ") || "none yet — create one with create_experiment"
      }.`,
      { field: "experiment" },
    );
  }

  /**
   * Full Bayesian read-out. Zero traffic or an unreported metric is an error that says what to do. The Monte Carlo
   * draws are seeded from the experiment's numbers alone (not from the rng callers pass, nor from its random ids), so
   * the same data always gives the same answer: a verdict read by update_allocation is the one stop_experiment records,
   * and a replay of the same market gives the same calls run after run.
   */
  async results(experimentRef: string, _rng?: Rng): Promise<ExperimentResults> {
    const { db } = this.deps.database;
    const exp = await this.resolve(experimentRef);
    const experimentId = exp.id;
    const metric = exp.metric as ExperimentMetric;
    const config = exp.config as ExperimentConfig;
    const policy = ExperimentPolicy.parse(config.policy ?? {});
    const platform = String(config.platform ?? "unknown");
    const armRows = await armsOf(db, experimentId);
    const daily = await armDailyMetrics(db, experimentId);
    const currency = await singleCurrency(db, experimentId);
    const ads = await deploymentsOfArms(
      db,
      armRows.map((a) => a.id),
    );
    const totals = new Map(armRows.map((a) => [a.id, emptyTotals()]));
    let latestMetricDate: string | null = null;
    for (const d of daily) {
      const t = totals.get(d.armId);
      if (!t) continue;
      if (!latestMetricDate || d.date > latestMetricDate) latestMetricDate = d.date;
      t.impressions += d.impressions;
      t.clicks += d.clicks;
      t.conversions += d.conversions;
      t.spendMicros += d.spendMicros;
      t.revenueMicros += d.revenueMicros;
      if (d.videoWatchMs !== null) t.videoWatchMs = (t.videoWatchMs ?? 0) + d.videoWatchMs;
      t.days.push({
        impressions: d.impressions,
        spendMicros: d.spendMicros,
        revenueMicros: d.revenueMicros,
        videoWatchMs: d.videoWatchMs,
      });
    }
    const all = [...totals.values()];
    const waiting = all.every((t) => t.impressions === 0);
    if (!waiting && metric === "watch_time" && all.every((t) => t.videoWatchMs === null)) {
      throw new WinnowError(
        "invalid_input",
        `metric: ${platform} reported no watch time for experiment ${experimentId}, so watch_time cannot be measured. Use ctr/cvr, or run video variants on a platform that reports video watch time.`,
        { field: "metric" },
      );
    }
    const assetRows = await db
      .select()
      .from(assets)
      .where(
        inArray(
          assets.id,
          armRows.map((a) => a.assetId),
        ),
      );
    const assetById = new Map(assetRows.map((a) => [a.id, a]));
    const delivery = deliveryOf(platform, ads, config.appliedSplits ?? []);
    // Rates are compared on the same days: each arm's trials re-counted at an average day's strength.
    const rateRows = daily.flatMap((d) => {
      const c = rateCounts(metric, d);
      return c ? [{ armId: d.armId, date: d.date, ...c }] : [];
    });
    const concurrent = rateRows.length ? concurrentEstimate(rateRows) : null;
    const trends = concurrent ? armTrends(rateRows, concurrent) : [];
    const banditArms = armRows.map((a) => {
      const raw = totals.get(a.id)!;
      const trend = trends.find((t) => t.armId === a.id);
      const fading = trend?.fading === true && trend.recent !== null;
      // A falling arm is judged on its recent half: a creative that started strong must not lead on its first days.
      const recent = recentCountsIfFalling(trend);
      // The posterior counts: day-adjusted, divided by the arm's own day-to-day dispersion; a falling arm on its
      // recent half.
      const phi = concurrent?.armDispersion.get(a.id) ?? 1;
      const trials = recent ? recent.trials : concurrent?.effectiveTrials.get(a.id);
      const successes = recent ? recent.successes : metric === "ctr" ? raw.clicks : raw.conversions;
      const modelTotals =
        trials === undefined
          ? undefined
          : metric === "ctr"
            ? { ...raw, impressions: trials / phi, clicks: successes / phi }
            : { ...raw, clicks: trials / phi, conversions: successes / phi };
      return {
        armId: a.id,
        label: `${assetById.get(a.assetId)?.name ?? a.assetId} (${a.id})`,
        totals: raw,
        modelTotals,
        fading,
        trend: trend ? { z: trend.z, se: trend.se } : null,
        pruned: a.status !== "active",
      };
    });
    const history = await allocationHistory(db, experimentId);
    const srm = checkSrm(
      armRows.map((a) => a.id),
      daily,
      history,
      delivery,
      config.appliedSplits ?? [],
      policy.srmToleranceDays,
    );
    const hold = srm.status === "flagged";
    const spendMicros = all.reduce((s, t) => s + t.spendMicros, 0);
    const round = allocationRound(
      metric,
      policy,
      banditArms,
      spendMicros,
      hold,
      seededRng(
        dataSeed(
          armRows.map((a) => a.id),
          daily,
        ),
      ),
      4000,
      new Set(daily.map((d) => d.date)).size,
    );
    const current = history.at(-1);
    const currentShares = current?.shares ?? new Map<string, number>();
    const armResults: ArmResult[] = armRows.map((a, i) => {
      const an = round.analysis[i]!;
      const { days: _days, ...t } = totals.get(a.id)!;
      const seen = t.impressions > 0;
      return {
        armId: a.id,
        assetId: a.assetId,
        label: banditArms[i]!.label,
        name: assetById.get(a.assetId)?.name ?? a.assetId,
        status: a.status,
        statusReason: a.statusReason,
        slots: slotsOf(assetById.get(a.assetId)?.metadata),
        totals: t,
        sample: sampleSize(metric, totals.get(a.id)!),
        // Before the first numbers an arm's "mean" would be the prior's (50% CTR): report nothing instead.
        mean: seen ? an.mean : 0,
        interval: seen ? an.interval : [0, 0],
        probabilityBest: waiting ? 1 / armRows.length : an.probabilityBest,
        expectedLoss: seen ? an.expectedLoss : 0,
        lift: seen ? an.lift : null,
        share: currentShares.get(a.id) ?? 0,
        trend: trends.find((x) => x.armId === a.id) ?? null,
      };
    });
    const decision: Round["decision"] = waiting
      ? {
          status: "collecting",
          winnerArmId: null,
          basis: null,
          leaderArmId: null,
          risk: null,
          moreSampleNeeded: null,
          prune: [],
          contenders: armRows.map((a) => a.id),
          recommendation: "Waiting for first numbers: no arm has impressions yet.",
        }
      : round.decision;
    // Under SRM the allocation is frozen: moving traffic on numbers that cannot be trusted compounds the problem.
    // Before the first numbers the starting split stays.
    const nextShares =
      hold || waiting ? armRows.map((a) => ({ armId: a.id, share: currentShares.get(a.id) ?? 0 })) : round.allocation;
    const now = isoNow(this.deps.clock);
    const named =
      exp.status === "running"
        ? (decision.winnerArmId ?? (decision.status === "collecting" ? null : decision.leaderArmId))
        : (config.finalCall?.armId ?? exp.winnerArmId ?? null);
    const namedArm = armResults.find((a) => a.armId === named);
    const namedAsset = namedArm ? assetById.get(namedArm.assetId) : undefined;
    const approval = namedArm
      ? await approvalFor(
          db,
          namedAsset ?? { brandId: null, status: "generated", metadata: null },
          { spendMicros, probabilityBest: namedArm.probabilityBest, currency },
          policy,
        )
      : null;
    const results: Omit<ExperimentResults, "summary" | "statusText" | "story"> = {
      experimentId,
      name: exp.name,
      metric,
      status: exp.status,
      platform,
      campaignId: exp.campaignId,
      audienceId: exp.audienceId,
      policy,
      waiting,
      delivery,
      arms: armResults,
      srm,
      decision,
      spendMicros,
      currency,
      latestMetricDate,
      allocation: {
        current: {
          shares: armRows.map((a) => ({ armId: a.id, share: currentShares.get(a.id) ?? 0 })),
          computedAt: current?.computedAt ?? null,
          effectiveDate: current?.effectiveDate ?? null,
        },
        next: {
          shares: nextShares,
          computedAt: now,
          effectiveDate: nextEffectiveDate(latestMetricDate, this.deps.clock),
          frozen: hold,
        },
      },
      nextAllocation: nextShares,
      finalCall: config.finalCall ?? null,
      approval,
      armsWithAds: new Set(ads.map((d) => d.armId)).size,
    };
    return withStory(results);
  }

  async currentShares(experimentId: string): Promise<Map<string, number>> {
    const history = await allocationHistory(this.deps.database.db, experimentId);
    return new Map(history.at(-1)?.shares ?? []);
  }

  /**
   * Recompute the allocation now (top-two Thompson over the arms still standing, hopeless arms pruned on evidence)
   * and, unless `apply` is false, record it as the allocation in force from `effectiveDate` (default: the day after
   * the latest metric date, i.e. the first day not yet measured). For teams that run the loop from their own
   * scheduler or by hand; the scheduler's update_allocations job calls the same method.
   */
  async updateAllocation(
    experimentRef: string,
    options: {
      rng: Rng;
      actor: string;
      apply?: boolean;
      effectiveDate?: string | undefined;
      /** The team set its platform budgets to the resulting split from effectiveDate (hand-made ads). */
      appliedOnPlatform?: boolean | undefined;
    },
    /** The read-out just computed by the caller (advance), so the same data is not analysed twice. */
    readout?: ExperimentResults,
  ): Promise<AllocationUpdate> {
    const r = readout ?? (await this.results(experimentRef, options.rng));
    if (r.status !== "running")
      throw new WinnowError(
        "conflict",
        `Experiment ${r.experimentId} has ended (${r.story.headline}); its allocation no longer changes. Start a new experiment to keep testing.`,
        { field: "experimentId" },
      );
    // Before the first numbers there is nothing to learn from: the answer is the starting split, recorded as it was.
    const apply = (options.apply ?? true) && !r.waiting;
    const effectiveDate = options.effectiveDate ?? r.allocation.next.effectiveDate;
    const computedAt = apply
      ? r.allocation.next.computedAt
      : (r.allocation.current.computedAt ?? r.allocation.next.computedAt);
    const previous = r.allocation.current;
    const next = r.allocation.next.shares;
    const hold = r.srm.status === "flagged";
    const pruned = hold ? [] : r.decision.prune;
    const markApplied = options.appliedOnPlatform === true;
    if (apply || markApplied) {
      const { db } = this.deps.database;
      const exp = (await getExperimentRow(db, r.experimentId))!;
      const config = exp.config as ExperimentConfig & Record<string, unknown>;
      // Recomputed: the team applied the new split; a preview (apply false): the split already in force.
      const from = options.effectiveDate ?? (apply ? effectiveDate : (previous.effectiveDate ?? effectiveDate));
      const appliedSplits = markApplied
        ? [...(config.appliedSplits ?? []), { computedAt, from, at: isoNow(this.deps.clock), actor: options.actor }]
        : config.appliedSplits;
      await db.transaction(async (tx) => {
        const ok = await updateExperimentRow(tx, r.experimentId, exp.version, {
          srmFlagged: hold,
          ...(markApplied ? { config: { ...config, appliedSplits } } : {}),
        });
        if (!ok)
          throw new WinnowError(
            "conflict",
            `Experiment ${r.experimentId} changed while its allocation was being updated; try again.`,
          );
        if (!apply) return;
        for (const p of pruned) {
          if (await setArmStatus(tx, p.armId, "pruned", p.reason, ["active"]))
            await recordEvent(tx, {
              entityType: "arm",
              entityId: p.armId,
              action: "arm.pruned",
              actor: options.actor,
              at: computedAt,
              data: { experimentId: r.experimentId, reason: p.reason },
            });
        }
        await insertSplit(tx, r.experimentId, next, computedAt, effectiveDate);
        await recordEvent(tx, {
          entityType: "experiment",
          entityId: r.experimentId,
          action: "experiment.allocated",
          actor: options.actor,
          at: computedAt,
          data: {
            decision: r.decision.status,
            allocation: next,
            effectiveDate,
            srmP: r.srm.pValue,
            frozen: r.allocation.next.frozen,
            appliedOnPlatform: markApplied,
          },
        });
      });
    }
    return {
      experimentId: r.experimentId,
      name: r.name,
      applied: apply,
      computedAt,
      effectiveDate,
      frozen: r.allocation.next.frozen,
      previous,
      next,
      pruned,
      results: markApplied
        ? await this.results(r.experimentId)
        : apply
          ? afterApply(r, next, pruned, computedAt, effectiveDate)
          : r,
    };
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

/** Adds the story, its headline (statusText) and the plain summary to a read-out. */
function withStory(r: Omit<ExperimentResults, "summary" | "statusText" | "story">): ExperimentResults {
  const story = tellStory({
    metric: r.metric,
    policy: r.policy,
    status: r.status,
    waiting: r.waiting,
    delivery: r.delivery,
    arms: r.arms,
    decision: r.decision,
    finalCall: r.finalCall,
    srm: r.srm,
    fading: r.arms.flatMap((a) => (a.trend?.fading ? [{ armId: a.armId, ratio: a.trend.ratio ?? 1 }] : [])),
    armsWithAds: r.armsWithAds,
    approval: r.approval,
  });
  const withText = { ...r, story, statusText: story.headline };
  return { ...withText, summary: summarise(withText) };
}

/** The read-out once an allocation is applied: same data, so same analysis; the new split is the one in force. */
function afterApply(
  r: ExperimentResults,
  next: { armId: string; share: number }[],
  pruned: { armId: string; reason: string }[],
  computedAt: string,
  effectiveDate: string,
): ExperimentResults {
  const share = new Map(next.map((s) => [s.armId, s.share]));
  const arms = r.arms.map((a) => {
    const p = pruned.find((x) => x.armId === a.armId);
    return { ...a, share: share.get(a.armId) ?? 0, ...(p ? { status: "pruned", statusReason: p.reason } : {}) };
  });
  const { summary: _s, statusText: _t, story: _story, ...rest } = r;
  return withStory({
    ...rest,
    arms,
    allocation: { ...r.allocation, current: { shares: next, computedAt, effectiveDate } },
  });
}

/**
 * FNV-1a over the daily numbers, arms named by their position (creation order), days in date order: the seed of the
 * read-out's Monte Carlo draws. Ids are random, so hashing them would give two replays of the same market different
 * draws and, near a bar, different calls.
 */
export function dataSeed(
  armIds: readonly string[],
  daily: readonly {
    armId: string;
    date: string;
    impressions: number;
    clicks: number;
    conversions: number;
    spendMicros: number;
  }[],
): number {
  let h = 0x811c9dc5;
  const mix = (text: string) => {
    for (let i = 0; i < text.length; i++) {
      h ^= text.charCodeAt(i);
      h = Math.imul(h, 0x01000193) >>> 0;
    }
  };
  const position = new Map(armIds.map((id, i) => [id, i]));
  const rows = daily
    .map((d) => ({ ...d, arm: position.get(d.armId) ?? -1 }))
    .sort((a, b) => a.date.localeCompare(b.date) || a.arm - b.arm);
  mix(String(armIds.length));
  for (const d of rows) mix(`|${d.arm}@${d.date}:${d.impressions},${d.clicks},${d.conversions},${d.spendMicros}`);
  return h >>> 0;
}

/** Words that name the kind of thing rather than which one ("is the spring test done?"). */
const GENERIC_WORDS = new Set(["the", "a", "an", "test", "experiment", "ab", "a/b", "split", "my", "our"]);

const addDay = (date: string) => new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

/**
 * An allocation computed now governs from the first day not yet measured: the day after the latest metric date (a
 * replay or backfill stays on its own calendar), or today when nothing is measured yet.
 */
function nextEffectiveDate(latestMetricDate: string | null, clock: Clock): string {
  return latestMetricDate ? addDay(latestMetricDate) : isoNow(clock).slice(0, 10);
}

async function allocationHistory(db: Database["db"], experimentId: string): Promise<Snapshot[]> {
  const rows = (await latestAllocations(db, experimentId)).reverse();
  const byRun = new Map<string, Snapshot>();
  for (const r of rows) {
    const key = `${r.computedAt}\u0000${r.effectiveDate ?? ""}`;
    const s = byRun.get(key) ?? { computedAt: r.computedAt, effectiveDate: r.effectiveDate, shares: new Map() };
    s.shares.set(r.armId, r.share);
    byRun.set(key, s);
  }
  // Ordered by effective day, then computation: the last is the one in force now.
  return [...byRun.values()].sort(
    (a, b) => (a.effectiveDate ?? "").localeCompare(b.effectiveDate ?? "") || a.computedAt.localeCompare(b.computedAt),
  );
}

interface Snapshot {
  computedAt: string;
  effectiveDate: string | null;
  shares: Map<string, number>;
}

export function slotsOf(metadata: Record<string, unknown> | undefined | null): Record<string, string> {
  const slots = (metadata?.slots ?? {}) as Record<string, unknown>;
  return Object.fromEntries(
    Object.entries(slots)
      .filter(([, v]) => typeof v === "string" || typeof v === "number")
      .map(([k, v]) => [k, String(v)]),
  );
}

/**
 * The one currency an experiment's money is in. Ingestion refuses a file that would mix currencies in an experiment,
 * but an ad linked after its numbers came in can still bring another: then the read-out is refused, plainly, rather
 * than adding euros to dollars.
 */
async function singleCurrency(db: Parameters<typeof experimentCurrencies>[0], experimentId: string) {
  const currencies = await experimentCurrencies(db, experimentId);
  if (currencies.length > 1)
    throw new WinnowError(
      "conflict",
      `Experiment ${experimentId} has money in ${currencies.join(" and ")}, and Winnow never adds currencies together. Unlink the ads reported in the other currency (list_deployments), or ingest their export again with convertTo: "${currencies[0]}" and your exchangeRate.`,
      { field: "experimentId", currencies },
    );
  return currencies[0] ?? null;
}
