import * as z from "zod";
import { defineTool } from "./define.ts";
import { TaggerVersionView, versionLine } from "./tagger_views.ts";

export const rollbackTagger = defineTool({
  name: "rollback_tagger",
  title: "Roll back tagger",
  description:
    "Restore an earlier approved tagger version as the active tagger in one call; the version in charge is marked rolled_back. Use list_tagger_versions to see versions.",
  toolset: "search",
  annotations: { readOnlyHint: false, destructiveHint: true, idempotentHint: false },
  input: z.object({
    version: z.string().min(1).max(64).describe("Version id (tgv_...) or number (e.g. 2 or v2) to restore"),
    reason: z.string().max(500).optional().describe("Why, kept in the audit trail"),
  }),
  output: z.object({ version: TaggerVersionView }),
  async run({ version, reason }, { services, actor }) {
    const restored = await services.learning.rollback(version, actor, reason);
    return { structured: { version: restored }, text: `Rolled back to ${versionLine(restored)}` };
  },
});
