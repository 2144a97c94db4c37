import type { Database } from "../../db/client.ts";
import { recordEvent } from "../../db/repositories/events.ts";
import { getExperimentRow, insertSplit, setArmStatus, updateExperimentRow } from "../../db/repositories/experiments.ts";
import { type Clock, isoNow } from "../clock.ts";
import { WinnowError } from "../errors.ts";
import { withStory } from "./readout.ts";
import type { AllocationUpdate, ExperimentConfig, ExperimentResults } from "./results-types.ts";
import type { Rng } from "./rng.ts";
/** Who asks for a re-split and how: apply it (default) or only read it, from when, and whether the team applied it. */
export interface ResplitOptions {
  rng: Rng;
  actor: string;
  apply?: boolean;
  effectiveDate?: string | undefined;
  /** The team set its platform budgets to the resulting split from effectiveDate (hand-made ads). */
  appliedOnPlatform?: boolean | undefined;
}

/**
 * Recomputes the allocation now (top-two Thompson over the arms still standing, hopeless arms pruned on evidence)
 * and, unless `apply` is false, records it as the allocation in force from `effectiveDate` (default: the day after
 * the latest metric date, i.e. the first day not yet measured). For teams that run the loop from their own
 * scheduler or by hand; the scheduler's update_allocations job comes here too (ExperimentService.updateAllocation).
 */
export async function resplit(
  deps: { database: Database; clock: Clock; reread: (experimentId: string) => Promise<ExperimentResults> },
  r: ExperimentResults,
  options: ResplitOptions,
): Promise<AllocationUpdate> {
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
    const { db } = deps.database;
    const exp = (await getExperimentRow(db, r.experimentId))!;
    const config = exp.config as ExperimentConfig & Record<string, unknown>;
    // Recomputed: the team applied the new split; a preview (apply false): the split already in force.
    const from = options.effectiveDate ?? (apply ? effectiveDate : (previous.effectiveDate ?? effectiveDate));
    const appliedSplits = markApplied
      ? [...(config.appliedSplits ?? []), { computedAt, from, at: isoNow(deps.clock), actor: options.actor }]
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
      ? await deps.reread(r.experimentId)
      : apply
        ? afterApply(r, next, pruned, computedAt, effectiveDate)
        : r,
  };
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
