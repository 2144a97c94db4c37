import * as z from "zod";
import { defineTool } from "./define.ts";
import { TaggerVersionView, versionLine } from "./tagger_views.ts";

export const promoteTagger = defineTool({
  name: "promote_tagger",
  title: "Promote tagger version",
  description:
    "Make a tagger version (usually the one in shadow) the active tagger. Requires approvedBy: the person who approved the change, recorded on the version and in the audit trail. The previously active version is retired and can be restored with rollback_tagger.",
  toolset: "search",
  annotations: { readOnlyHint: false, destructiveHint: true, idempotentHint: false },
  input: z.object({
    version: z.string().min(1).max(64).describe("Version id (tgv_...) or number (e.g. 3 or v3)"),
    approvedBy: z.string().min(1).max(200).describe("Who approved the promotion (Slack user id or email)"),
  }),
  output: z.object({ version: TaggerVersionView }),
  async run({ version, approvedBy }, { services, actor }) {
    const promoted = await services.learning.promote(version, approvedBy, actor);
    return { structured: { version: promoted }, text: `Promoted ${versionLine(promoted)}` };
  },
});
