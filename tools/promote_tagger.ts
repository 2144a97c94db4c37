import * as z from "zod";
import { defineTool } from "./define.ts";
import { TaggerVersionView, versionLine } from "./tagger_views.ts";

export const promoteTagger = defineTool({
  name: "promote_tagger",
  title: "Promote tagger version",
  description:
    "Make a tagger version (usually the one in shadow) the active tagger. Only an approver (or a workspace admin) may; the signed-in person is recorded as the approver on the version and in the audit trail. The previously active version is retired and can be restored with rollback_tagger.",
  toolset: "search",
  annotations: { readOnlyHint: false, destructiveHint: true, idempotentHint: false },
  input: z.object({
    version: z.string().min(1).max(64).describe("Version id (tgv_...) or number (e.g. 3 or v3)"),
  }),
  output: z.object({ version: TaggerVersionView }),
  async run({ version }, { services, actor }) {
    // The approver is whoever is signed in (authorized as an approver in invokeTool), never a name typed in.
    const promoted = await services.learning.promote(version, actor, actor);
    return { structured: { version: promoted }, text: `Promoted ${versionLine(promoted)}` };
  },
});
