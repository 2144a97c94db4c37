import * as z from "zod";
import { defineTool } from "./define.ts";

const Interval = z.tuple([z.number(), z.number()]);

export const getExperimentResults = defineTool({
  name: "get_experiment_results",
  title: "Get experiment results",
  description:
    "Bayesian read-out of an experiment: per arm the posterior mean with a 95% credible interval, probability to be best, " +
    "lift over the control (first arm) with its credible interval, expected loss, and the traffic share; the SRM " +
    "(sample-ratio mismatch) check; a recommendation (winner / keep collecting / stop) and a plain-language summary.",
  toolset: "experiments",
  annotations: { readOnlyHint: true, idempotentHint: true },
  input: z.object({ experimentId: z.string().startsWith("exp_").describe("Experiment id, e.g. exp_01J...") }),
  output: z.object({
    experimentId: z.string(),
    name: z.string(),
    metric: z.string(),
    status: z.string(),
    platform: z.string(),
    spendMicros: z.number().int(),
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
        conversions: z.number().int(),
        sample: z.number(),
        mean: z.number(),
        interval: Interval,
        probabilityBest: z.number(),
        expectedLoss: z.number(),
        lift: z.object({ median: z.number(), interval: Interval }).nullable(),
        share: z.number(),
      }),
    ),
    srm: z.object({ status: z.enum(["ok", "flagged"]), pValue: z.number(), chiSquare: z.number() }),
    recommendation: z.object({ status: z.string(), winnerArmId: z.string().nullable(), text: z.string() }),
    summary: z.string(),
  }),
  async run({ experimentId }, { services }) {
    const r = await services.experiments.results(experimentId, services.rng());
    return {
      structured: {
        experimentId: r.experimentId,
        name: r.name,
        metric: r.metric,
        status: r.status,
        platform: r.platform,
        spendMicros: r.spendMicros,
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
        })),
        srm: { status: r.srm.status, pValue: r.srm.pValue, chiSquare: r.srm.chiSquare },
        recommendation: {
          status: r.decision.status,
          winnerArmId: r.decision.winnerArmId,
          text: r.decision.recommendation,
        },
        summary: r.summary,
      },
      text: r.summary,
    };
  },
});
