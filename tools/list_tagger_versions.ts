import * as z from "zod";
import { defineTool } from "./define.ts";
import { TaggerVersionView, versionLine } from "./tagger_views.ts";

export const listTaggerVersions = defineTool({
  name: "list_tagger_versions",
  title: "List tagger versions",
  description:
    "List tagger versions newest first with status (shadow, active, retired, rolled_back), who approved them and their held-out comparison with the tagger they were measured against.",
  toolset: "search",
  annotations: { readOnlyHint: true, idempotentHint: true },
  input: z.object({ limit: z.number().int().min(1).max(100).default(25).describe("How many versions, 1-100") }),
  output: z.object({ versions: z.array(TaggerVersionView) }),
  async run({ limit }, { services }) {
    const versions = (await services.learning.list()).slice(0, limit);
    return {
      structured: { versions },
      text: versions.length ? versions.map(versionLine).join("\n") : "No tagger versions yet. Run retrain_tagger.",
    };
  },
});
