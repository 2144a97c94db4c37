import * as z from "zod";
import { DeploymentView, PlatformAdId, PlatformName, unlinkDeployment } from "../core/experiments/link.ts";
import { defineTool } from "./define.ts";

export const unlinkDeploymentTool = defineTool({
  name: "unlink_deployment",
  title: "Unlink ad from experiment arm",
  description:
    "Untie an ad from its experiment arm, by deploymentId or by platform + platformAdId. Its metrics stay stored but " +
    "no longer count for the arm (the experiment's results change accordingly).",
  toolset: "experiments",
  annotations: { readOnlyHint: false, destructiveHint: true, idempotentHint: false },
  input: z.object({
    deploymentId: z.string().startsWith("dep_").optional().describe("Deployment id (dep_...)"),
    platform: PlatformName.optional().describe("With platformAdId, instead of deploymentId"),
    platformAdId: PlatformAdId.optional(),
  }),
  output: z.object({ deployment: DeploymentView }),
  async run(input, { services, actor }) {
    const d = await unlinkDeployment(services, { ...input, actor });
    return {
      structured: { deployment: d },
      text: `Unlinked ${d.platform} ad ${d.platformAdId} from arm ${d.armId}${d.experimentId ? ` of ${d.experimentId}` : ""}; its metrics no longer count there.`,
    };
  },
});
