import * as z from "zod";
import { invalidInput } from "../core/errors.ts";
import type { ExperimentResults } from "../core/experiments/results-types.ts";

/** Shared output pieces of the experiment tools (results, update_allocation, stop_experiment). */
export const ShareView = z.object({ armId: z.string(), share: z.number() });

export const AllocationView = z.object({
  shares: z.array(ShareView),
  computedAt: z.string().nullable().describe("When it was computed (UTC)"),
  effectiveDate: z.string().nullable().describe("First UTC day it governs delivery; null = from the start"),
});

export const FinalCallView = z.object({
  armId: z.string().nullable(),
  assetId: z.string().nullable(),
  name: z.string().nullable(),
  basis: z.enum(["confident", "risk", "best_guess", "srm"]),
  probabilityBest: z.number().nullable(),
  risk: z.number().nullable(),
  decision: z.string(),
  recommendation: z.string(),
  reason: z.string().nullable(),
  at: z.string(),
  actor: z.string(),
});

export const ExperimentRef = {
  experimentId: z.string().startsWith("exp_").optional().describe("Experiment id, e.g. exp_01J..."),
  experiment: z
    .string()
    .trim()
    .min(1)
    .max(200)
    .optional()
    .describe('Or the experiment\'s name or part of it, e.g. "spring test"'),
};

/** The experiment an ExperimentRef input names: its id, else its name; neither is a bad input naming both fields. */
export function experimentRef(input: { experimentId?: string | undefined; experiment?: string | undefined }): string {
  const ref = input.experimentId ?? input.experiment;
  if (!ref)
    throw invalidInput(
      "experimentId",
      "missing",
      'Pass experimentId (exp_...) or experiment (its name, e.g. "spring test").',
    );
  return ref;
}

export const pctText = (v: number, digits = 0) => `${(v * 100).toFixed(digits)}%`;

export const sharesText = (r: ExperimentResults, shares: { armId: string; share: number }[]) =>
  shares
    .filter((s) => s.share > 0)
    .sort((a, b) => b.share - a.share)
    .map((s) => `${r.arms.find((a) => a.armId === s.armId)?.name ?? s.armId} ${pctText(s.share, 1)}`)
    .join(", ");

/** The one story every surface tells about an experiment (core/experiments/story.ts); Slack and the dashboard render it. */
export const StoryView = z
  .object({
    state: z
      .enum(["waiting", "collecting", "ready", "on_hold", "decided", "stopped", "promoted"])
      .describe(
        "waiting: no numbers yet; collecting: running, no call; ready: the rule made its call, not yet recorded; " +
          "on_hold: Winnow's own delivery failed the traffic-split check; decided: ended with a winner; stopped: ended " +
          "without a call (best guess); promoted: the winner is in the library",
      ),
    headline: z.string().describe('One line, the same on every surface, e.g. "running — leader X at 87% P(best)…"'),
    call: z
      .object({
        armId: z.string(),
        name: z.string(),
        basis: z
          .enum(["confident", "near_tie", "best_guess"])
          .describe("confident: over the calling bar; near_tie: either arm is fine; best_guess: ended without a call"),
        probabilityBest: z.number(),
        expectedLoss: z.number().describe("Expected loss of shipping it, relative to its mean (0.004 = 0.4%)"),
        evidence: z.string().describe("The evidence in one sentence: counts, rate, interval, runner-up"),
      })
      .nullable()
      .describe("The arm Winnow names (winner, near-tie pick or best guess); null while none is named"),
    why: z.string().describe("Why it is in this state: the rule that decided it and where the numbers stand"),
    next: z.string().describe("What to do now"),
    rules: z.string().describe("The calling rules stated once: calling bar, fair-sample floor, near-tie, budget end"),
    approval: z.object({
      needed: z.boolean().nullable().describe("Promoting the named arm needs an approver; null while none is named"),
      why: z.string().describe("Why (or why not), including why the approval bar sits above the calling bar"),
      reasons: z.array(z.string()),
    }),
    delivery: z.object({
      by: z.enum(["winnow", "team"]).describe("winnow: ads Winnow pushed; team: hand-made ads (csv / link_deployment)"),
      sharesAre: z.enum(["applied", "advice"]).describe("advice: the team decides whether to set its budgets to them"),
      srmChecks: z
        .enum(["all_days", "applied_days", "nothing_applied"])
        .describe("Days the traffic-split check covers; team delivery: only days the team said it applied a split"),
      appliedFrom: z.string().nullable(),
    }),
    warnings: z.array(z.string()).describe("A fading creative, a split mismatch on team delivery"),
  })
  .describe("The experiment's story: state, headline, call and evidence, why, next step, approval");

export const storyOf = (r: ExperimentResults) => StoryView.parse(r.story);
