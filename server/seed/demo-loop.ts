import { count, eq } from "drizzle-orm";
import { type AutopilotBrief, type GenerateFn, generateWithTool, runAutopilot } from "../../agents/autopilot.ts";
import { runLearningCycle } from "../../agents/tagger-trainer.ts";
import { fixedClock, isoNow } from "../../core/clock.ts";
import { WinnowError } from "../../core/errors.ts";
import { slotsOf } from "../../core/experiments/readout.ts";
import { seededRng } from "../../core/experiments/rng.ts";
import { systemActor } from "../../core/people/caller.ts";
import { recordEvent } from "../../db/repositories/events.ts";
import { getExperimentRow, updateExperimentRow } from "../../db/repositories/experiments.ts";
import { machineTagRows } from "../../db/repositories/learning.ts";
import { arms, assets, experiments } from "../../db/schema.ts";
import { buildServices, type Services } from "../services.ts";
import type { SeedContext, SeedStep } from "./seed.ts";

const DAY = 86_400_000;
/** The demo campaign started this many days before the seed runs, so dates on the dashboard read like a real one. */
export const DEMO_LOOP_DAYS_AGO = 10;
const APPROVER = "U0APPROVER1";
const MARKETER = "U0MARKETER1";

/** The demo brief the loop runs on (the Spring Sprint template's slot values). */
const BRIEF = {
  brand: "kestrel",
  audience: "gen-z-runners",
  objective: "conversions",
  offer: "spring-20-off",
  formats: ["1:1", "9:16"],
} as const;

/**
 * The last seed step: runs the whole loop once so a newcomer sees it filled in. Round 1 generates the demo brief's
 * variants (generate_variants), tests them on the market simulator (dry-run deploy, daily serving, real ingestion,
 * Thompson allocation updates) until a clear winner, which is promoted through the normal path with an approver's
 * recorded approval. Round 2 — challengers built around the winner's hook and tone versus the champion — is left
 * running. Reviewers' tag corrections and off-brand flags then feed one learning cycle (a shadow tagger).
 * Skipped when the demo campaign already has an experiment; WINNOW_DEMO_LOOP=0 turns it off.
 */
export const demoLoopSeedStep: SeedStep = {
  name: "demo loop",
  run: async (ctx) => {
    if (!ctx.services.config.demoLoop || !ctx.campaignId) return;
    const { db } = ctx.services.database;
    const [existing] = await db
      .select({ n: count() })
      .from(experiments)
      .where(eq(experiments.campaignId, ctx.campaignId));
    if ((existing?.n ?? 0) > 0) return;
    try {
      await seedDemoLoop(ctx);
    } catch (error) {
      // The demo loop only fills the showroom: a round that ends without a clear call must not stop Winnow starting.
      ctx.services.logger.warn("demo loop seed incomplete", {
        error: error instanceof Error ? error.message : String(error),
      });
    }
  },
};

export interface DemoLoopOutcome {
  decidedExperimentId: string;
  runningExperimentId: string;
  winnerAssetId: string;
  reviewRequestId: string | null;
  feedback: number;
}

export async function seedDemoLoop(ctx: SeedContext): Promise<DemoLoopOutcome> {
  const now = ctx.services.clock.now();
  // 09:00 UTC, DEMO_LOOP_DAYS_AGO days back: the loop's own clock moves forward a simulated day at a time from there.
  const start = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() - DEMO_LOOP_DAYS_AGO, 9);
  const clock = fixedClock(new Date(Math.min(start, now.getTime() - DEMO_LOOP_DAYS_AGO * DAY)).toISOString());
  const built = await buildServices(
    { ...ctx.services.config, search: { ...ctx.services.config.search, reembedIntervalMs: 0 } },
    { clock, logger: ctx.services.logger },
  );
  // Fixed Monte Carlo seeds (the default seeds from the clock), so the demo reads the same on every machine.
  let draws = 0;
  const services: Services = { ...built, rng: () => seededRng(20_270_401 + ++draws * 7919) };
  try {
    const round1 = await runAutopilot(services, clock, {
      ...BRIEF,
      formats: [...BRIEF.formats],
      campaign: ctx.campaignId,
      budgetMicros: 5_000_000_000,
      variantsPerRound: 6,
      minRounds: 1,
      maxRounds: 1,
      maxDaysPerRound: 7,
      dailyImpressions: 48_000,
      // The demo compresses a campaign into a week of simulated days; a real one waits the two-week minimum.
      policy: { minSamplePerArm: 10_000, minDays: 5 },
    });
    const first = round1.rounds[0];
    if (!first?.winnerAssetId || !round1.promotion || round1.promotion.status === "not_ready")
      throw new WinnowError("internal", `demo loop: round 1 found no clear winner (${first?.decision ?? "no round"})`);
    let reviewRequestId: string | null = null;
    if (round1.promotion.status === "review_requested") {
      // The approver answers the review request a few hours later; promotion then goes through the normal path.
      reviewRequestId = round1.promotion.reviewRequestId;
      clock.advance(3 * 3_600_000);
      const request = await services.reviews.get(reviewRequestId);
      await services.reviews.decide({
        requestId: reviewRequestId,
        decision: "approve",
        userRef: APPROVER,
        via: "slack_button",
        reason: "Clear winner, approved for the library.",
        expectedVersion: request.version,
      });
      const promoted = await services.promotion.promote(first.experimentId, services.rng(), systemActor("autopilot"));
      if (promoted.status !== "promoted")
        throw new WinnowError("internal", `demo loop: promotion after approval ended ${promoted.status}`);
    }
    await recordReviewerFeedback(services, first.experimentId, first.winnerAssetId);

    // Round 2 started four mornings ago (or the morning after the promotion) and is still collecting.
    const nextMorning = clock.now().getTime() - (clock.now().getTime() % DAY) + DAY + 9 * 3_600_000;
    const fourDaysAgo = start + (DEMO_LOOP_DAYS_AGO - 4) * DAY;
    clock.advance(Math.max(nextMorning, fourDaysAgo) - clock.now().getTime());
    const daysLeft = Math.max(1, Math.floor((now.getTime() - clock.now().getTime()) / DAY));
    const round2 = await runAutopilot(
      services,
      clock,
      {
        ...BRIEF,
        formats: [...BRIEF.formats],
        campaign: ctx.campaignId,
        budgetMicros: 5_000_000_000,
        variantsPerRound: 4,
        minRounds: 1,
        maxRounds: 1,
        maxDaysPerRound: Math.min(3, daysLeft),
        dailyImpressions: 12_000,
        // A bigger sample before any call: the challengers are close to the champion.
        policy: { minSamplePerArm: 60_000 },
      } satisfies AutopilotBrief,
      aroundWinner(first.winnerAssetId),
    );
    const second = round2.rounds[0]!;
    await renameExperiment(
      services,
      second.experimentId,
      `autopilot round 2: ${BRIEF.audience} / challengers vs champion`,
    );
    await runLearningCycle(services, { trigger: "seed", actor: systemActor("seed"), forceRetrain: true });
    return {
      decidedExperimentId: first.experimentId,
      runningExperimentId: second.experimentId,
      winnerAssetId: first.winnerAssetId,
      reviewRequestId,
      feedback: await feedbackCount(services),
    };
  } finally {
    await built.close();
  }
}

/** Challengers that keep the winner's hook and tone, with the champion itself as the control arm. */
function aroundWinner(winnerAssetId: string): GenerateFn {
  return async (request, services) => {
    const [winner] = await services.database.db.select().from(assets).where(eq(assets.id, winnerAssetId));
    const slots = slotsOf(winner?.metadata);
    const fixed = Object.fromEntries(
      ["hook", "tone"].filter((k) => slots[k]).map((k) => [k, slots[k]!] as [string, string]),
    );
    const fresh = await generateWithTool({ ...request, seed: 2, fixed }, services);
    return [winnerAssetId, ...fresh.filter((id) => id !== winnerAssetId)];
  };
}

/**
 * What reviewers said while the campaign ran, through the same path as record_feedback and Slack: the tagger's weakest
 * guesses (confidence under 0.6) on the brand's library marked incorrect, and the weakest losers of round 1 flagged.
 */
async function recordReviewerFeedback(services: Services, experimentId: string, winnerAssetId: string) {
  const { db } = services.database;
  const weak = (await machineTagRows(db))
    .filter((t) => t.confidence < 0.6 && ["tone", "colour", "audience", "setting"].includes(t.category))
    .sort(
      (a, b) => a.assetId.localeCompare(b.assetId) || `${a.category}:${a.tag}`.localeCompare(`${b.category}:${b.tag}`),
    )
    .slice(0, 40);
  for (const [i, t] of weak.entries()) {
    await services.reviews.recordFeedback({
      assetId: t.assetId,
      tag: `${t.category}:${t.tag}`,
      label: "incorrect_tag",
      comment: i % 4 === 0 ? `Not ${t.tag}; the tagger guessed.` : null,
      via: i % 2 ? "slack" : "mcp",
      userRef: i % 3 ? MARKETER : APPROVER,
    });
  }
  const losers = await db
    .select({ assetId: arms.assetId, reason: arms.statusReason })
    .from(arms)
    .where(eq(arms.experimentId, experimentId));
  for (const [i, l] of losers.filter((l) => l.assetId !== winnerAssetId).entries()) {
    await services.reviews.recordFeedback({
      assetId: l.assetId,
      label: i % 2 ? "low_quality_variant" : "off_brand",
      comment: i % 2 ? "Copy reads generic next to the winner." : "Headline tone is off for Kestrel.",
      via: "slack",
      userRef: APPROVER,
    });
  }
}

/** The autopilot numbers its rounds per run; this second run is the campaign's round 2. */
async function renameExperiment(services: Services, experimentId: string, name: string) {
  const { db } = services.database;
  const at = isoNow(services.clock);
  await db.transaction(async (tx) => {
    const row = await getExperimentRow(tx, experimentId);
    if (!row || !(await updateExperimentRow(tx, experimentId, row.version, { name }))) return;
    await recordEvent(tx, {
      entityType: "experiment",
      entityId: experimentId,
      action: "experiment.renamed",
      actor: systemActor("seed"),
      at,
      data: { from: row.name, to: name },
    });
  });
}

async function feedbackCount(services: Services) {
  const rows = await services.database.client.execute("SELECT count(*) AS n FROM feedback_labels");
  return Number(rows.rows[0]?.n ?? 0);
}
