import * as z from "zod";
import { LabelMoveOut, LabelName, PromptName, PromptVersionOut } from "../core/prompts/types.ts";
import { defineTool } from "./define.ts";

export const createPromptVersionTool = defineTool({
  name: "create_prompt_version",
  title: "Create prompt version",
  description:
    "Save a new immutable version of a prompt (creating the prompt if the name is new). {{variables}} in the text are " +
    "detected; if you also pass variables they must match exactly. Submitting text identical to an existing version " +
    "returns that version (created: false) instead of a duplicate. Optionally point labels at it (e.g. staging); " +
    "production can only be moved by prompt admins.",
  toolset: "generation",
  annotations: { readOnlyHint: false, destructiveHint: false, idempotentHint: true },
  input: z.object({
    name: PromptName,
    text: z.string().min(1).max(100_000).describe("Full prompt text with {{variable}} placeholders"),
    description: z.string().max(500).optional().describe("What the prompt is for (used only when the prompt is new)"),
    variables: z.array(z.string()).optional().describe("Declared variables; must equal the {{...}} found in text"),
    note: z.string().max(1000).optional().describe("Why this version exists, e.g. 'shorter headlines for 9:16'"),
    labels: z.array(LabelName).max(10).optional().describe("Labels to point at this version, e.g. ['staging']"),
  }),
  output: z.object({ version: PromptVersionOut, created: z.boolean(), labelsMoved: z.array(LabelMoveOut) }),
  async run(input, { services, caller }) {
    const result = await services.prompts.create(input, caller);
    const v = result.version;
    const moved = result.labelsMoved
      .filter((m) => m.changed)
      .map((m) => `${m.label} v${m.fromVersion ?? "-"}→v${m.toVersion}`);
    return {
      structured: result,
      text:
        `${result.created ? "Created" : "Already existed:"} ${v.name} v${v.version} (${v.id}), variables: ${v.variables.join(", ") || "none"}` +
        (moved.length ? `; labels moved: ${moved.join(", ")}` : ""),
    };
  },
});
