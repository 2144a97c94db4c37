import * as z from "zod";
import { defineTool } from "./define.ts";
import {
  AllocationView,
  ExperimentRef,
  experimentRef,
  FinalCallView,
  ShareView,
  StoryView,
  storyOf,
} from "./experiment-views.ts";

const Interval = z.tuple([z.number(), z.number()]);

export const getExperimentResults = defineTool({
  name: "get_experiment_results",
  title: "Get experiment results",
  description:
    'Bayesian read-out of an experiment, by id or by name ("is the spring test done yet?" → {experiment: "spring"}): a ' +
    "plain status line (running — leader, P(best), sample still needed / done — winner), per arm the posterior mean with " +
    "a 95% credible interval, probability to be best, lift over the control (first arm), expected loss and its traffic " +
    "share, and a trend check that flags a fading creative; the allocation in force (re-split after every ingest) and " +
    "when it took effect; the SRM check; and `story` — state, headline, the call with its evidence, why, the next step " +
    "and whether promotion needs an approver and why — the same words promote_winners, stop_experiment, Slack and the " +
    "dashboard use. Works from creation: before any numbers it shows the starting split and what to do next.",
  toolset: "experiments",
  annotations: { readOnlyHint: true, idempotentHint: true },
  input: z.object(ExperimentRef),
  output: z.object({
    experimentId: z.string(),
    name: z.string(),
    metric: z.string(),
    status: z.string().describe("The story's headline (story.headline)"),
    state: z.string().describe("The experiment row's status: running | decided | stopped | flagged | promoted"),
    story: StoryView,
    platform: z.string(),
    spendMicros: z.number().int().describe("Ad spend in micros of `currency` (never summed across currencies)"),
    currency: z.string().nullable().describe("ISO 4217 currency of every money figure; null when no export stated one"),
    latestMetricDate: z.string().nullable(),
    arms: z.array(
      z.object({
        armId: z.string(),
        assetId: z.string(),
        label: z.string(),
        status: z.string(),
        statusReason: z.string().nullable(),
        slots: z.record(z.string(), z.string()),
        impressions: z.number().int(),
        clicks: z.number().int(),
        conversions: z.number().describe("As reported, fractions included (Google Ads data-driven attribution)"),
        sample: z.number(),
        mean: z.number(),
        interval: Interval,
        probabilityBest: z.number(),
        expectedLoss: z.number(),
        lift: z.object({ median: z.number(), interval: Interval }).nullable(),
        share: z.number().describe("Share in the allocation in force"),
        nextShare: z.number().describe("Share in the recommended next allocation"),
        trend: z
          .object({
            ratio: z.number().nullable().describe("Recent over early rate, the day mix removed (0.7 = down 30%)"),
            fading: z.boolean(),
          })
          .nullable(),
      }),
    ),
    allocation: z.object({
      current: AllocationView,
      next: AllocationView.extend({ frozen: z.boolean().describe("true while SRM holds traffic where it is") }),
    }),
    srm: z.object({
      status: z
        .enum(["ok", "flagged", "advisory", "not_checked"])
        .describe(
          "flagged: results held (Winnow's delivery only); advisory: team delivery missed a split it applied (shown, never held); not_checked: team applied no split",
        ),
      pValue: z.number(),
      chiSquare: z.number(),
      days: z.number().int(),
      unexpected: z.array(z.object({ armId: z.string(), impressions: z.number(), firstDate: z.string() })),
    }),
    recommendation: z.object({
      status: z.string(),
      winnerArmId: z.string().nullable(),
      basis: z.string().nullable(),
      leaderArmId: z.string().nullable(),
      risk: z.number().nullable(),
      moreSampleNeeded: z.number().nullable(),
      text: z.string(),
    }),
    finalCall: FinalCallView.nullable(),
    summary: z.string(),
  }),
  async run({ experimentId, experiment }, { services }) {
    const ref = experimentRef({ experimentId, experiment });
    const r = await services.experiments.results(ref, services.rng());
    const next = new Map(r.allocation.next.shares.map((s) => [s.armId, s.share]));
    return {
      structured: {
        experimentId: r.experimentId,
        name: r.name,
        metric: r.metric,
        status: r.statusText,
        state: r.status,
        story: storyOf(r),
        platform: r.platform,
        spendMicros: r.spendMicros,
        currency: r.currency,
        latestMetricDate: r.latestMetricDate,
        arms: r.arms.map((a) => ({
          armId: a.armId,
          assetId: a.assetId,
          label: a.label,
          status: a.status,
          statusReason: a.statusReason,
          slots: a.slots,
          impressions: a.totals.impressions,
          clicks: a.totals.clicks,
          conversions: a.totals.conversions,
          sample: a.sample,
          mean: a.mean,
          interval: a.interval,
          probabilityBest: a.probabilityBest,
          expectedLoss: a.expectedLoss,
          lift: a.lift,
          share: a.share,
          nextShare: next.get(a.armId) ?? 0,
          trend: a.trend ? { ratio: a.trend.ratio, fading: a.trend.fading } : null,
        })),
        allocation: {
          current: r.allocation.current,
          next: {
            shares: r.allocation.next.shares.map((s) => ShareView.parse(s)),
            computedAt: r.allocation.next.computedAt,
            effectiveDate: r.allocation.next.effectiveDate,
            frozen: r.allocation.next.frozen,
          },
        },
        srm: {
          status: r.srm.status,
          pValue: r.srm.pValue,
          chiSquare: r.srm.chiSquare,
          days: r.srm.days,
          unexpected: r.srm.unexpected,
        },
        recommendation: {
          status: r.decision.status,
          winnerArmId: r.decision.winnerArmId,
          basis: r.decision.basis,
          leaderArmId: r.decision.leaderArmId,
          risk: r.decision.risk,
          moreSampleNeeded: r.decision.moreSampleNeeded,
          text: r.decision.recommendation,
        },
        finalCall: r.finalCall,
        summary: r.summary,
      },
      text: `${r.name}: ${r.statusText}\n${r.summary}`,
    };
  },
});
