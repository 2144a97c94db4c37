import * as z from "zod";
import { LabelMoveOut, LabelName, PromptName } from "../core/prompts/types.ts";
import { defineTool } from "./define.ts";

export const setPromptLabelTool = defineTool({
  name: "set_prompt_label",
  title: "Set prompt label (deploy / roll back)",
  description:
    "Point a label of a prompt at a version: deploying is moving production (or staging) to a newer version, rolling " +
    "back is moving it to an older one. Pass version, or rollback: true to undo the label's last move. production is " +
    "protected: only workspace admins and people listed in WINNOW_PROMPT_ADMINS may move it. Every move is recorded as an event.",
  toolset: "generation",
  annotations: { readOnlyHint: false, destructiveHint: true, idempotentHint: true },
  input: z.object({
    name: PromptName,
    label: LabelName,
    version: z.number().int().min(1).optional().describe("Version number to point the label at"),
    rollback: z.boolean().optional().describe("Move the label back to where it pointed before its last move"),
  }),
  output: z.object({ move: LabelMoveOut }),
  async run(input, { services, caller, actor }) {
    const move = await services.prompts.setLabel(input, caller);
    const text = move.changed
      ? `${move.prompt} ${move.label}: v${move.fromVersion ?? "-"} → v${move.toVersion} (by ${actor})`
      : `${move.prompt} ${move.label} already points at v${move.toVersion}; nothing changed`;
    return { structured: { move }, text };
  },
});
