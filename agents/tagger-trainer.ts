import { isoNow } from "../core/clock.ts";
import { WinnowError } from "../core/errors.ts";
import { newId } from "../core/ids.ts";
import { computeKpis, type Kpis } from "../core/learning/kpis.ts";
import type { RetrainResult } from "../core/learning/service.ts";
import { evaluateTriggers, type TriggerDecision } from "../core/learning/triggers.ts";
import { systemActor } from "../core/people/caller.ts";
import type { Services } from "../server/services.ts";
import { checkDrift } from "./drift-monitor.ts";

/** What one learning cycle looked at, measured, and decided; stored as a `tagger_cycle` event and shown on /learning. */
export interface CycleRecord {
  id: string;
  trigger: string;
  at: string;
  dataUsed: { examples: number; bySource: Record<string, number>; corrections: number };
  metricsBefore: {
    accuracy: number | null;
    perCategory: Record<string, { accuracy: number; n: number }>;
    overrideRate: number | null;
  };
  triggers: TriggerDecision;
  retrain: { versionId: string; version: number; comparison: RetrainResult["comparison"] } | { refused: string } | null;
  reviewRequestId: string | null;
  decision: "recommend_promotion" | "keep_current" | "no_action" | "needs_more_labels";
  kpis: Kpis;
}

/**
 * One scheduled (or manual) learning cycle: measure the tagger in charge on corrected labels, apply the configured
 * triggers (accuracy below threshold → retrain in shadow; override rate above threshold → open a review), and record
 * everything. A candidate is never promoted here: promotion waits for a human approval (promote_tagger).
 */
export async function runLearningCycle(
  services: Services,
  options: { trigger: string; actor: string; forceRetrain?: boolean },
): Promise<CycleRecord> {
  const { learning } = services;
  const s = learning.settings;
  const quality = await learning.liveQuality();
  const triggers = evaluateTriggers(quality.live, quality.overrideRate, {
    retrainBelowAccuracy: s.retrainBelowAccuracy,
    reviewAboveOverrideRate: s.reviewAboveOverrideRate,
    minCategoryLabels: s.minCategoryLabels,
  });
  let retrain: CycleRecord["retrain"] = null;
  let decision: CycleRecord["decision"] = "no_action";
  if (triggers.retrain || options.forceRetrain) {
    try {
      const result = await learning.retrain({ actor: options.actor });
      retrain = { versionId: result.version.id, version: result.version.version, comparison: result.comparison };
      decision = (result.comparison.uplift ?? 0) > 0 ? "recommend_promotion" : "keep_current";
    } catch (error) {
      if (!(error instanceof WinnowError) || error.code !== "invalid_input") throw error;
      retrain = { refused: error.message };
      decision = "needs_more_labels";
    }
  }
  const reviewRequestId = triggers.openReview ? await openTaggerReview(services, triggers.reasons) : null;
  const kpis = computeKpis(
    await learning.journal.kpiFigures(),
    retrain && "comparison" in retrain ? retrain.comparison.current.accuracy : quality.live.accuracy,
  );
  const bySource: Record<string, number> = {};
  for (const e of quality.examples) bySource[e.source] = (bySource[e.source] ?? 0) + 1;
  const record: CycleRecord = {
    id: newId("job"),
    trigger: options.trigger,
    at: isoNow(services.clock),
    dataUsed: { examples: quality.examples.length, bySource, corrections: bySource.correction ?? 0 },
    metricsBefore: {
      accuracy: quality.live.accuracy,
      perCategory: quality.live.perCategory,
      overrideRate: quality.overrideRate,
    },
    triggers,
    retrain,
    reviewRequestId,
    decision,
    kpis,
  };
  await learning.journal.record({
    entityType: "tagger_cycle",
    entityId: record.id,
    action: "tagger.cycle",
    actor: options.actor,
    at: record.at,
    data: record as unknown as Record<string, unknown>,
  });
  return record;
}

/** Opens one pending review for the tagger (never a second while one is still open). */
async function openTaggerReview(services: Services, reasons: string[]): Promise<string | null> {
  const active = await services.learning.activeModel();
  const subjectId = active.row?.id ?? "machine-tags";
  const open = await services.learning.journal.pendingTaggerReview(subjectId);
  if (open) return open;
  // The tagger is the workspace's; its review goes to the first brand by name (someone must own the decision).
  const brand = (await services.brands.list({ limit: 1 })).items[0];
  if (!brand) {
    services.logger.warn("tagger override rate is high but no brand exists to own a review", { reasons });
    return null;
  }
  const request = await services.reviews.createReviewRequest({
    brandId: brand.id,
    subjectType: "tagger",
    subjectId,
    reasons,
    requestedBy: systemActor("tagger-trainer"),
    context: { kind: "tagger_quality" },
  });
  return request.id;
}

/**
 * Runs a cycle and a drift check every WINNOW_TAGGER_CYCLE_MINUTES (0 turns it off). The timer is unref'd so it never
 * keeps a process alive; a failing cycle is logged and the next one still runs.
 */
export function startTaggerSchedule(services: Services): { stop(): void } {
  const minutes = services.config.learning.cycleMinutes;
  if (!minutes) return { stop() {} };
  let running = false;
  const timer = setInterval(async () => {
    if (running) return;
    running = true;
    try {
      await checkDrift(services, { actor: systemActor("drift-monitor") });
      await runLearningCycle(services, { trigger: "schedule", actor: systemActor("tagger-trainer") });
    } catch (error) {
      services.logger.error("learning cycle failed", { error: String(error) });
    } finally {
      running = false;
    }
  }, minutes * 60_000);
  timer.unref();
  return { stop: () => clearInterval(timer) };
}
