import * as z from "zod";
import { DeploymentView, PlatformName } from "../core/experiments/link.ts";
import { defineTool } from "./define.ts";

export const listDeploymentsTool = defineTool({
  name: "list_deployments",
  title: "List deployments",
  description:
    "Which platform ads count for which experiment arms: ads Winnow pushed (origin push, dry runs included) and ads " +
    "your team linked by hand (origin manual), with platform, ad id and audience, newest first. Filter by " +
    "experimentId, armId or platform.",
  toolset: "experiments",
  annotations: { readOnlyHint: true, idempotentHint: true },
  input: z.object({
    experimentId: z.string().startsWith("exp_").optional().describe("Only this experiment's arms"),
    armId: z.string().startsWith("arm_").optional().describe("Only this arm"),
    platform: PlatformName.optional().describe("Only this platform"),
    limit: z.number().int().min(1).max(500).default(100).describe("At most this many, 1-500"),
  }),
  output: z.object({ items: z.array(DeploymentView) }),
  async run(input, { services, visible }) {
    const items = await services.experiments.deployments(input, visible);
    return {
      structured: { items },
      text: items.length
        ? `${items.length} deployment(s)\n${items.map((d) => `${d.deploymentId} ${d.platform} ad ${d.platformAdId} → arm ${d.armId} (${d.assetId}) of ${d.experimentId} [${d.origin}]`).join("\n")}`
        : "No ads are tied to arms here yet. Link your own with link_deployment, or deploy with create_experiment.",
    };
  },
});
