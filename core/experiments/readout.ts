import { inArray } from "drizzle-orm";
import type { Database } from "../../db/client.ts";
import { armDailyMetrics, armsOf, deploymentsOfArms, type ExperimentRow } from "../../db/repositories/experiments.ts";
import { experimentCurrencies } from "../../db/repositories/metrics.ts";
import { assets } from "../../db/schema.ts";
import { type Clock, isoNow } from "../clock.ts";
import { WinnowError } from "../errors.ts";
import { approvalFor } from "./approval.ts";
import { allocationRound, type Round } from "./bandit.ts";
import { armTrends, concurrentEstimate, rateCounts, recentCountsIfFalling } from "./concurrent.ts";
import { checkSrm, deliveryOf } from "./delivery.ts";
import { type ExperimentMetric, emptyTotals, sampleSize } from "./metrics.ts";
import { ExperimentPolicy } from "./policy.ts";
import type { ArmResult, ExperimentConfig, ExperimentResults } from "./results-types.ts";
import { seededRng } from "./rng.ts";
import { allocationHistory, dataSeed, nextEffectiveDate } from "./split-history.ts";
import { tellStory } from "./story.ts";
import { summarise } from "./summary.ts";
/**
 * Full Bayesian read-out. Zero traffic or an unreported metric is an error that says what to do. The Monte Carlo
 * draws are seeded from the experiment's numbers alone (not from the rng callers pass, nor from its random ids), so
 * the same data always gives the same answer: a verdict read by update_allocation is the one stop_experiment records,
 * and a replay of the same market gives the same calls run after run.
 */
export async function readOut(
  deps: { database: Database; clock: Clock },
  exp: ExperimentRow,
): Promise<ExperimentResults> {
  const { db } = deps.database;
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
  const now = isoNow(deps.clock);
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
        effectiveDate: nextEffectiveDate(latestMetricDate, deps.clock),
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

/** Adds the story, its headline (statusText) and the plain summary to a read-out. */
export function withStory(r: Omit<ExperimentResults, "summary" | "statusText" | "story">): ExperimentResults {
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
