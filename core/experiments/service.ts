import { eq, inArray } from "drizzle-orm";
import type { Database } from "../../db/client.ts";
import { getAssetRow } from "../../db/repositories/assets.ts";
import { recordEvent } from "../../db/repositories/events.ts";
import {
  armDailyMetrics,
  armsOf,
  getExperimentRow,
  latestAllocations,
  setArmStatus,
  updateExperimentRow,
} from "../../db/repositories/experiments.ts";
import { addLineageEdges } from "../../db/repositories/lineage.ts";
import { allocations, arms, assets, audiences, campaigns, experiments } from "../../db/schema.ts";
import { type Clock, isoNow } from "../clock.ts";
import { invalidInput, notFound, WinnowError } from "../errors.ts";
import { newId } from "../ids.ts";
import type { ReportedCounter } from "../ingestion/types.ts";
import type { Logger } from "../log.ts";
import { equalAllocation } from "./allocate.ts";
import { allocationRound, type Round } from "./bandit.ts";
import { type ArmTotals, type ExperimentMetric, emptyTotals, METRIC_INFO, sampleSize } from "./metrics.ts";
import { ExperimentPolicy } from "./policy.ts";
import type { Rng } from "./rng.ts";
import { type SrmResult, srmTest } from "./srm.ts";
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
  arms: ArmResult[];
  srm: SrmResult & { status: "ok" | "flagged" };
  decision: Round["decision"];
  spendMicros: number;
  summary: string;
  nextAllocation: { armId: string; share: number }[];
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
      await tx.insert(allocations).values(
        equalAllocation(armIds).map((a) => ({
          id: newId("allocation"),
          experimentId,
          armId: a.armId,
          share: a.share,
          computedAt: at,
        })),
      );
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

  /** Full Bayesian read-out. Zero traffic or an unreported metric is an error that says what to do. */
  async results(experimentId: string, rng: Rng): Promise<ExperimentResults> {
    const { db } = this.deps.database;
    const exp = await getExperimentRow(db, experimentId);
    if (!exp)
      throw notFound(
        "Experiment",
        experimentId,
        "List experiments on the dashboard or create one with create_experiment.",
      );
    const metric = exp.metric as ExperimentMetric;
    const policy = ExperimentPolicy.parse((exp.config as { policy?: unknown }).policy ?? {});
    const platform = String((exp.config as { platform?: unknown }).platform ?? "unknown");
    const armRows = await armsOf(db, experimentId);
    const daily = await armDailyMetrics(db, experimentId);
    const totals = new Map(armRows.map((a) => [a.id, emptyTotals()]));
    for (const d of daily) {
      const t = totals.get(d.armId);
      if (!t) continue;
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
    if (all.every((t) => t.impressions === 0)) {
      throw new WinnowError(
        "invalid_input",
        `Experiment ${experimentId} has no traffic yet (0 impressions on every arm). Deploy its arms and ingest metrics (ingest_metrics), then ask again.`,
        { field: "experimentId" },
      );
    }
    if (metric === "watch_time" && all.every((t) => t.videoWatchMs === null)) {
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
    const banditArms = armRows.map((a) => ({
      armId: a.id,
      label: `${assetById.get(a.assetId)?.name ?? a.assetId} (${a.id})`,
      totals: totals.get(a.id)!,
      pruned: a.status !== "active",
    }));
    const srm = await this.srm(
      experimentId,
      armRows.map((a) => a.id),
      daily,
    );
    const spendMicros = all.reduce((s, t) => s + t.spendMicros, 0);
    const round = allocationRound(metric, policy, banditArms, spendMicros, srm.flagged || exp.srmFlagged, rng);
    const share = await this.currentShares(experimentId);
    const armResults: ArmResult[] = armRows.map((a, i) => {
      const an = round.analysis[i]!;
      const { days: _days, ...t } = totals.get(a.id)!;
      return {
        armId: a.id,
        assetId: a.assetId,
        label: banditArms[i]!.label,
        status: a.status,
        statusReason: a.statusReason,
        slots: slotsOf(assetById.get(a.assetId)?.metadata),
        totals: t,
        sample: sampleSize(metric, totals.get(a.id)!),
        mean: an.mean,
        interval: an.interval,
        probabilityBest: an.probabilityBest,
        expectedLoss: an.expectedLoss,
        lift: an.lift,
        share: share.get(a.id) ?? 0,
      };
    });
    const results: Omit<ExperimentResults, "summary"> = {
      experimentId,
      name: exp.name,
      metric,
      status: exp.status,
      platform,
      campaignId: exp.campaignId,
      audienceId: exp.audienceId,
      policy,
      arms: armResults,
      srm: { ...srm, flagged: srm.flagged || exp.srmFlagged, status: srm.flagged || exp.srmFlagged ? "flagged" : "ok" },
      decision: round.decision,
      spendMicros,
      nextAllocation: round.allocation,
    };
    return { ...results, summary: summarise(results) };
  }

  /** Observed impressions per arm versus what the allocation in force each day asked for. */
  private async srm(
    experimentId: string,
    armIds: string[],
    daily: { armId: string; date: string; impressions: number }[],
  ) {
    const history = (await latestAllocations(this.deps.database.db, experimentId)).reverse();
    const observed = new Map(armIds.map((id) => [id, 0]));
    const expected = new Map(armIds.map((id) => [id, 0]));
    const byDate = new Map<string, Map<string, number>>();
    for (const d of daily) {
      observed.set(d.armId, (observed.get(d.armId) ?? 0) + d.impressions);
      const m = byDate.get(d.date) ?? new Map<string, number>();
      m.set(d.armId, d.impressions);
      byDate.set(d.date, m);
    }
    const firstAt = history[0]?.computedAt;
    for (const [date, perArm] of byDate) {
      const total = [...perArm.values()].reduce((s, v) => s + v, 0);
      // The allocation in force on a day is the last one computed before that day began (else the first one).
      const cutoff = `${date}T00:00:00.000Z`;
      let at = firstAt;
      for (const h of history) if (h.computedAt < cutoff) at = h.computedAt;
      const shares = history.filter((h) => h.computedAt === at);
      for (const s of shares) expected.set(s.armId, (expected.get(s.armId) ?? 0) + s.share * total);
    }
    const totalExpected = [...expected.values()].reduce((s, v) => s + v, 0);
    return srmTest(
      armIds.map((id) => observed.get(id) ?? 0),
      armIds.map((id) => (totalExpected > 0 ? (expected.get(id) ?? 0) / totalExpected : 0)),
    );
  }

  async currentShares(experimentId: string): Promise<Map<string, number>> {
    const rows = await latestAllocations(this.deps.database.db, experimentId);
    const at = rows[0]?.computedAt;
    return new Map(rows.filter((r) => r.computedAt === at).map((r) => [r.armId, r.share]));
  }

  /**
   * One learning step (the scheduler's update-allocations / prune / early-stop jobs): records the next allocation,
   * prunes hopeless arms with their reason, flags SRM, and ends the experiment on a winner, the budget or over-testing.
   */
  async step(
    experimentId: string,
    rng: Rng,
    actor: string,
    what: { allocate?: boolean; prune?: boolean; stop?: boolean } = { allocate: true, prune: true, stop: true },
  ): Promise<ExperimentResults> {
    const r = await this.results(experimentId, rng);
    if (r.status !== "running") return r;
    const { db } = this.deps.database;
    const exp = (await getExperimentRow(db, experimentId))!;
    const at = isoNow(this.deps.clock);
    const ended = what.stop === true && r.decision.status !== "collecting";
    const prune = what.prune ? r.decision.prune : [];
    await db.transaction(async (tx) => {
      const ok = await updateExperimentRow(tx, experimentId, exp.version, {
        srmFlagged: r.srm.flagged,
        ...(ended
          ? {
              status: r.decision.status === "winner" ? "decided" : r.decision.status === "srm" ? "flagged" : "stopped",
              endedAt: at,
              winnerArmId: r.decision.winnerArmId,
            }
          : {}),
      });
      if (!ok)
        throw new WinnowError(
          "conflict",
          `Experiment ${experimentId} changed while it was being updated; the next run will retry.`,
        );
      for (const p of prune) {
        if (await setArmStatus(tx, p.armId, "pruned", p.reason, ["active"]))
          await recordEvent(tx, {
            entityType: "arm",
            entityId: p.armId,
            action: "arm.pruned",
            actor,
            at,
            data: { experimentId, reason: p.reason },
          });
      }
      if (!ended)
        await tx.insert(allocations).values(
          r.nextAllocation.map((a) => ({
            id: newId("allocation"),
            experimentId,
            armId: a.armId,
            share: a.share,
            computedAt: at,
          })),
        );
      await recordEvent(tx, {
        entityType: "experiment",
        entityId: experimentId,
        action: ended
          ? `experiment.${r.decision.status}`
          : what.allocate
            ? "experiment.allocated"
            : "experiment.checked",
        actor,
        at,
        data: { decision: r.decision, allocation: r.nextAllocation, srmP: r.srm.pValue },
      });
    });
    return this.results(experimentId, rng);
  }
}

export function slotsOf(metadata: Record<string, unknown> | undefined | null): Record<string, string> {
  const slots = (metadata?.slots ?? {}) as Record<string, unknown>;
  return Object.fromEntries(
    Object.entries(slots)
      .filter(([, v]) => typeof v === "string" || typeof v === "number")
      .map(([k, v]) => [k, String(v)]),
  );
}
