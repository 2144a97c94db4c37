import * as z from "zod";
import { DeploymentView, linkDeployment, PlatformAdId, PlatformName } from "../core/experiments/link.ts";
import { defineTool } from "./define.ts";

export const linkDeploymentTool = defineTool({
  name: "link_deployment",
  title: "Link ad to experiment arm",
  description:
    "Tie an ad your team made by hand (Meta, Google Ads, TikTok or any other platform, e.g. pinterest) to an " +
    "experiment arm and audience, by the platform's ad id. Metrics ingested for that ad (ingest_metrics, a CSV " +
    "export) then count for the arm. Name the arm by armId, or by experimentId + assetId. Linking again is a no-op; " +
    "an ad already linked to another arm is refused.",
  toolset: "experiments",
  annotations: { readOnlyHint: false, destructiveHint: false, idempotentHint: true },
  input: z.object({
    armId: z.string().startsWith("arm_").optional().describe("Experiment arm id (arm_...)"),
    experimentId: z.string().startsWith("exp_").optional().describe("With assetId, instead of armId"),
    assetId: z.string().startsWith("ast_").optional().describe("The arm's variant (with experimentId)"),
    platform: PlatformName.describe('Where the ad runs: meta, google_ads, tiktok, or any other name, e.g. "pinterest"'),
    platformAdId: PlatformAdId.describe("The platform's ad id (Ads Manager's Ad ID column)"),
    audience: z
      .string()
      .trim()
      .min(1)
      .max(100)
      .optional()
      .describe('Audience the ad targets (slug, id or alias like "Gen Z"); default: the experiment\'s audience'),
  }),
  output: z.object({
    deployment: DeploymentView,
    created: z.boolean(),
    metricDays: z.number().int().describe("Days of metrics already ingested for this ad (they count now)"),
    note: z.string().nullable(),
  }),
  async run(input, { services, actor }) {
    const r = await linkDeployment(services, { ...input, actor });
    const d = r.deployment;
    return {
      structured: r,
      text: `${r.created ? "Linked" : "Already linked"}: ${d.platform} ad ${d.platformAdId} → arm ${d.armId} (${d.assetId}) of ${d.experimentId} as ${d.deploymentId}. ${r.metricDays ? `${r.metricDays} day(s) of its metrics already count.` : "Ingest its metrics with ingest_metrics."}${r.note ? ` ${r.note}` : ""}`,
    };
  },
});
