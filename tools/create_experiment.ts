import * as z from "zod";
import { deployExperiment } from "../core/experiments/deploy.ts";
import { ExperimentMetric } from "../core/experiments/metrics.ts";
import { ExperimentPolicy } from "../core/experiments/policy.ts";
import { AssetId } from "../core/library/types.ts";
import { defineTool } from "./define.ts";
import { ShareView, StoryView, storyOf } from "./experiment-views.ts";

export const createExperiment = defineTool({
  name: "create_experiment",
  title: "Create experiment",
  description:
    "Start a Bayesian test between 2+ generated variants (output asset ids) on one metric: ctr, cvr, cost_per_conversion, " +
    "watch_time or roas, optionally within a campaign and audience. Traffic starts split equally, then follows top-two Thompson " +
    "sampling, re-split after every ingest. By default the arms are deployed as a dry run (a deployment with a fake ad id, no network) on the platform. " +
    "With dryRun: false on meta, google_ads or tiktok (credentials configured) each arm's image and copy are uploaded and a " +
    "PAUSED ad is created in target.adGroupId linking to target.landingUrl; the deployment records the real ad id.",
  toolset: "experiments",
  annotations: { readOnlyHint: false, destructiveHint: false, idempotentHint: false },
  input: z.object({
    arms: z.array(AssetId).min(1).max(50).describe("Output asset ids to test against each other (2 or more)"),
    metric: ExperimentMetric.describe("What decides the winner"),
    name: z.string().trim().min(1).max(200).optional(),
    campaignId: z.string().startsWith("cmp_").optional().describe("Campaign id (cmp_...)"),
    audience: z.string().trim().min(1).max(100).optional().describe('Audience id (aud_...) or slug, e.g. "25-34"'),
    platform: z
      .string()
      .default("simulator")
      .describe(
        "Where it runs: simulator, meta, google_ads, tiktok, or csv (your own ads, linked with link_deployment)",
      ),
    deploy: z.boolean().default(true).describe("Push the arms to the platform now"),
    dryRun: z.boolean().default(true).describe("Record deployments without calling the platform (default)"),
    target: z
      .object({
        adGroupId: z.string().trim().min(1).describe("Meta ad set id, Google Ads ad group id or TikTok ad group id"),
        landingUrl: z.url().describe("https landing page the ads link to"),
        pageId: z.string().trim().min(1).optional().describe("Meta: Facebook Page id the ads run as"),
        identityId: z.string().trim().min(1).optional().describe("TikTok: custom identity id the ads run as"),
        businessName: z.string().trim().min(1).max(25).optional().describe("Google Ads: business name on the ad"),
      })
      .optional()
      .describe("Where live ads go; needed when dryRun is false"),
    policy: ExperimentPolicy.partial()
      .optional()
      .describe("Override decision rules (P(best) threshold, minimum sample, budget...)"),
  }),
  output: z.object({
    experimentId: z.string(),
    armIds: z.array(z.string()),
    deployments: z.array(z.object({ armId: z.string(), platformAdId: z.string(), dryRun: z.boolean() })),
    startingSplit: z.array(ShareView).describe("The split in force until the first numbers arrive"),
    story: StoryView,
  }),
  async run(input, { services, actor }) {
    const connector = services.connectors.get(input.platform);
    // "Gen Z" finds the brand's gen-z-runners audience by its alias; an unknown slug is still created as before.
    const audience = input.audience
      ? ((await services.brands.audienceForAssets(input.audience, input.arms))?.id ?? input.audience)
      : undefined;
    const created = await services.experiments.create({
      name: input.name,
      assetIds: input.arms,
      metric: input.metric,
      campaignId: input.campaignId,
      audience,
      platform: connector.platform,
      platformReports: connector.reports,
      policy: input.policy,
      actor,
    });
    const deployed =
      input.deploy && !connector.importOnly
        ? await deployExperiment(services, connector, created.experimentId, {
            dryRun: input.dryRun,
            actor,
            target: input.target,
          })
        : [];
    const readout = await services.experiments.results(created.experimentId);
    return {
      structured: {
        ...created,
        deployments: deployed.map((d) => ({ armId: d.armId, platformAdId: d.platformAdId, dryRun: d.dryRun })),
        startingSplit: readout.allocation.current.shares,
        story: storyOf(readout),
      },
      text: `Experiment ${created.experimentId} on ${input.metric} with ${created.armIds.length} arms (${created.armIds.join(", ")})${deployed.length ? `, deployed to ${connector.platform}${input.dryRun ? " (dry run)" : ""}` : ""}: ${readout.story.headline}.\nNext: ${readout.story.next}`,
    };
  },
});
