import { and, desc, eq, inArray } from "drizzle-orm";
import type { Database } from "../../db/client.ts";
import { updateAssetRow } from "../../db/repositories/assets.ts";
import { recordEvent } from "../../db/repositories/events.ts";
import { getExperimentRow, setArmStatus, updateExperimentRow } from "../../db/repositories/experiments.ts";
import { addLineageEdges } from "../../db/repositories/lineage.ts";
import { assets, experiments, reviewRequests } from "../../db/schema.ts";
import { type Clock, isoNow } from "../clock.ts";
import { WinnowError } from "../errors.ts";
import type { ReviewService } from "../review/service.ts";
import type { Rng } from "./rng.ts";
import type { ExperimentService } from "./service.ts";

/** The library node winners are promoted to (lineage: output --promoted_to--> library). */
export const LIBRARY_NODE = "library";

export type PromotionOutcome =
  | {
      status: "promoted";
      experimentId: string;
      winnerArmId: string;
      winnerAssetId: string;
      discarded: { armId: string; assetId: string; reason: string }[];
      reviewRequestId: string | null;
    }
  | {
      status: "review_requested";
      experimentId: string;
      winnerArmId: string;
      reviewRequestId: string;
      reasons: string[];
      /** Why an approver must confirm (the story's approval.why). */
      why: string;
    }
  | { status: "not_ready"; experimentId: string; reason: string };

export type PromotedListener = (
  outcome: Extract<PromotionOutcome, { status: "promoted" }>,
  actor: string,
) => Promise<void>;

/**
 * Promotes an experiment's winner when the rule holds (P(best) ≥ threshold, minimum sample, no SRM). When policy
 * demands a human (spend over the threshold, brand warnings, confidence under the approval bar) it opens a review
 * request instead; promotion then happens only once that request is approved. Losers are discarded with their
 * reason and stay in the library as negative examples.
 */
export class PromotionService {
  private readonly promoted: PromotedListener[] = [];

  constructor(
    private readonly deps: { database: Database; clock: Clock; experiments: ExperimentService; reviews: ReviewService },
  ) {}

  /** Called after a promotion commits (Slack refreshes App Home); returns a function that removes the listener. */
  onPromoted(listener: PromotedListener): () => void {
    this.promoted.push(listener);
    return () => this.promoted.splice(this.promoted.indexOf(listener), 1);
  }

  async promote(experimentId: string, rng: Rng, actor: string): Promise<PromotionOutcome> {
    const { db } = this.deps.database;
    const r = await this.deps.experiments.results(experimentId, rng);
    if (r.status === "promoted") {
      throw new WinnowError(
        "conflict",
        `Experiment ${experimentId} was already promoted (winner arm ${(await getExperimentRow(db, experimentId))?.winnerArmId}).`,
      );
    }
    if (r.srm.status === "flagged" || r.finalCall?.basis === "srm") {
      throw new WinnowError(
        "conflict",
        `Experiment ${experimentId} failed the sample-ratio check (p=${r.srm.pValue.toExponential(2)}), so its results cannot be trusted and promotion is blocked. Fix delivery/tracking and re-run the test.`,
      );
    }
    // An ended experiment promotes its recorded call (a winner, or a best guess with an approver); a running one only
    // a winner the rule has called now. Either way the story says the same (core/experiments/story.ts).
    const call = r.story.call;
    const promotable = r.status === "running" ? r.decision.status === "winner" && call !== null : call !== null;
    if (!promotable || !call) {
      return { status: "not_ready", experimentId, reason: `${r.story.headline}. ${r.story.why} ${r.story.next}` };
    }
    const winner = r.arms.find((a) => a.armId === call.armId)!;
    const asset = (await db.select().from(assets).where(eq(assets.id, winner.assetId)))[0]!;
    // The story's approval is computed by approvalFor for this very arm (the one rule, stated once).
    const reasons = r.story.approval.reasons;
    let reviewRequestId: string | null = null;
    if (reasons.length) {
      const existing = (
        await db
          .select()
          .from(reviewRequests)
          .where(and(eq(reviewRequests.subjectType, "promotion"), eq(reviewRequests.subjectId, winner.armId)))
          .orderBy(desc(reviewRequests.createdAt))
          .limit(1)
      )[0];
      if (!existing) {
        if (!asset.brandId)
          throw new WinnowError(
            "forbidden",
            `Promotion of ${winner.assetId} needs approval (${reasons.join("; ")}) but the asset has no brand, so no approver can be asked. Set the asset's brand first.`,
          );
        const req = await this.deps.reviews.createReviewRequest({
          brandId: asset.brandId,
          assetId: asset.id,
          subjectType: "promotion",
          subjectId: winner.armId,
          reasons,
          requestedBy: actor,
          context: {
            experimentId,
            probabilityBest: winner.probabilityBest,
            spendMicros: r.spendMicros,
            summary: r.summary,
            approvalWhy: r.story.approval.why,
          },
        });
        return {
          status: "review_requested",
          experimentId,
          winnerArmId: winner.armId,
          reviewRequestId: req.id,
          reasons,
          why: r.story.approval.why,
        };
      }
      if (existing.status !== "approved") {
        throw new WinnowError(
          "forbidden",
          `Promotion of ${winner.assetId} needs a recorded approval (${reasons.join("; ")}); review request ${existing.id} is ${existing.status}. ${existing.status === "pending" ? "Ask an approver to approve it, then promote again." : "It was rejected; the winner stays unpromoted."}`,
          { reviewRequestId: existing.id },
        );
      }
      reviewRequestId = existing.id;
    }
    return this.apply(experimentId, winner.armId, r.arms, reviewRequestId, actor);
  }

  private async apply(
    experimentId: string,
    winnerArmId: string,
    armList: { armId: string; assetId: string; probabilityBest: number; status: string }[],
    reviewRequestId: string | null,
    actor: string,
  ): Promise<PromotionOutcome> {
    const { db } = this.deps.database;
    const at = isoNow(this.deps.clock);
    const winner = armList.find((a) => a.armId === winnerArmId)!;
    const discarded = armList
      .filter((a) => a.armId !== winnerArmId)
      .map((a) => ({
        armId: a.armId,
        assetId: a.assetId,
        reason: `lost experiment ${experimentId}: P(best) ${(a.probabilityBest * 100).toFixed(1)}% vs winner ${winner.assetId}${a.status === "pruned" ? " (pruned earlier)" : ""}`,
      }));
    await db.transaction(async (tx) => {
      const exp = (await getExperimentRow(tx, experimentId))!;
      if (
        !(await updateExperimentRow(tx, experimentId, exp.version, {
          status: "promoted",
          winnerArmId,
          endedAt: exp.endedAt ?? at,
        }))
      )
        throw new WinnowError("conflict", `Experiment ${experimentId} changed during promotion; try again.`);
      await setArmStatus(
        tx,
        winnerArmId,
        "promoted",
        reviewRequestId ? `approved in ${reviewRequestId}` : "met the promotion rule",
      );
      await updateAssetRow(tx, winner.assetId, { status: "promoted", updatedAt: at });
      await addLineageEdges(
        tx,
        [
          {
            fromId: winner.assetId,
            relation: "promoted_to",
            toId: LIBRARY_NODE,
            metadata: { experimentId, reviewRequestId },
          },
        ],
        at,
      );
      for (const d of discarded) {
        await setArmStatus(tx, d.armId, "discarded", d.reason);
        // Kept in the library (kind stays output) with the reason: a negative example for the next generation.
        await updateAssetRow(tx, d.assetId, { status: "discarded", rejectionReason: d.reason, updatedAt: at });
        await recordEvent(tx, {
          entityType: "asset",
          entityId: d.assetId,
          action: "asset.discarded",
          actor,
          at,
          data: { experimentId, reason: d.reason },
        });
      }
      await recordEvent(tx, {
        entityType: "asset",
        entityId: winner.assetId,
        action: "asset.promoted",
        actor,
        at,
        data: { experimentId, armId: winnerArmId, reviewRequestId },
      });
      await recordEvent(tx, {
        entityType: "experiment",
        entityId: experimentId,
        action: "experiment.promoted",
        actor,
        at,
        data: { winnerArmId, discarded: discarded.map((d) => d.armId), reviewRequestId },
      });
    });
    const outcome = {
      status: "promoted" as const,
      experimentId,
      winnerArmId,
      winnerAssetId: winner.assetId,
      discarded,
      reviewRequestId,
    };
    // Listeners run after the commit and cannot undo it; each handles its own failures.
    for (const listener of this.promoted) await listener(outcome, actor).catch(() => undefined);
    return outcome;
  }

  /** Experiments whose call is made and that are waiting to be promoted (for the scheduler's promote job). */
  async candidates(): Promise<string[]> {
    const rows = await this.deps.database.db
      .select({ id: experiments.id })
      .from(experiments)
      .where(inArray(experiments.status, ["decided"]));
    return rows.map((r) => r.id);
  }
}
