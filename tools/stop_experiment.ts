import * as z from "zod";
import { stopExperiment } from "../core/experiments/stop.ts";
import { defineTool } from "./define.ts";
import { ExperimentRef, experimentRef, FinalCallView, StoryView, storyOf } from "./experiment-views.ts";

export const stopExperimentTool = defineTool({
  name: "stop_experiment",
  title: "Stop experiment",
  description:
    "End an experiment and record its final call (the winner, or the leader as a best guess with its P(best) and risk), " +
    "then pause the losing arms' ads on their platforms (Meta, Google Ads, TikTok). dryRun (default true) ends the " +
    "experiment but sends nothing to any platform, naming exactly which ads would pause; call again with dryRun: false " +
    "to pause them. Ads on platforms without an API (csv imports) are listed for pausing by hand.",
  toolset: "experiments",
  annotations: { readOnlyHint: false, destructiveHint: true, idempotentHint: true, openWorldHint: true },
  input: z.object({
    ...ExperimentRef,
    pauseLosers: z.boolean().default(true).describe("Pause the losing arms' ads (default true)"),
    dryRun: z.boolean().default(true).describe("Name the ads that would pause without calling any platform (default)"),
    reason: z.string().trim().min(1).max(500).optional().describe("Why it is stopped (recorded with the final call)"),
  }),
  output: z.object({
    experimentId: z.string(),
    name: z.string(),
    alreadyEnded: z.boolean(),
    dryRun: z.boolean(),
    finalCall: FinalCallView,
    pauses: z.array(
      z.object({
        deploymentId: z.string(),
        armId: z.string(),
        assetId: z.string(),
        name: z.string(),
        platform: z.string(),
        platformAdId: z.string(),
        action: z.enum(["would_pause", "paused", "marked_paused", "failed", "no_api"]),
        error: z.string().optional(),
      }),
    ),
    status: z.string().describe("The story's headline"),
    story: StoryView,
  }),
  async run({ experimentId, experiment, pauseLosers, dryRun, reason }, { services, actor }) {
    const ref = experimentRef({ experimentId, experiment });
    const o = await stopExperiment(services, ref, { rng: services.rng(), actor, pauseLosers, dryRun, reason });
    const f = o.finalCall;
    const story = o.results.story;
    const lines = [
      `${o.name} ${o.alreadyEnded ? "had already ended" : "is stopped"}: ${story.headline}.`,
      story.call ? `Evidence: ${story.call.evidence}` : "",
      `Next: ${story.next}`,
      story.call ? story.approval.why : "",
      ...o.pauses.map(
        (p) =>
          `${p.action === "would_pause" ? "would pause" : p.action.replace("_", " ")}: ${p.platform} ad ${p.platformAdId} (${p.name})${p.error ? ` — ${p.error}` : ""}`,
      ),
      o.dryRun && o.pauses.length
        ? "Dry run: nothing was sent to any platform. Call again with dryRun: false to pause them."
        : "",
      !o.pauses.length && pauseLosers ? "No active losing ads to pause." : "",
    ].filter(Boolean);
    return {
      structured: {
        experimentId: o.experimentId,
        name: o.name,
        alreadyEnded: o.alreadyEnded,
        dryRun: o.dryRun,
        finalCall: f,
        pauses: o.pauses,
        status: o.results.statusText,
        story: storyOf(o.results),
      },
      text: lines.join("\n"),
    };
  },
});
