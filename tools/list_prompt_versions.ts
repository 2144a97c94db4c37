import * as z from "zod";
import { formatUsd as usd } from "../core/costs/money.ts";
import { restrictTo } from "../core/people/caller.ts";
import { PromptDiffOut, PromptName, RollupOut } from "../core/prompts/types.ts";
import { defineTool, PageOutput } from "./define.ts";

export const listPromptVersionsTool = defineTool({
  name: "list_prompt_versions",
  title: "List prompt versions",
  description:
    "List versions of one prompt, newest first, with the labels pointing at each (production, staging, custom), recent " +
    "label moves, and per-version roll-ups: generation runs, outputs, cost, average latency, and ad results of deployed " +
    "outputs (impressions, clicks, CTR, conversions, spend) — counted over the brands you can see. Pass diff {from, to} for a line diff between two versions. " +
    "Unknown names return an error listing the known prompts. Paginated: pass nextCursor back as cursor.",
  toolset: "generation",
  annotations: { readOnlyHint: true, idempotentHint: true },
  input: z.object({
    name: PromptName,
    includeText: z.boolean().default(false).describe("Include each version's full text"),
    diff: z
      .object({
        from: z.number().int().min(1).describe("Older version number"),
        to: z.number().int().min(1).optional().describe("Newer version number; default the latest"),
      })
      .optional(),
    cursor: z.string().max(500).optional().describe("nextCursor from the previous page; omit for the first page"),
    limit: z.number().int().min(1).max(100).default(20).describe("Page size, 1-100"),
  }),
  output: z.object({
    prompt: z.object({
      id: z.string(),
      name: z.string(),
      description: z.string().nullable(),
      latestVersion: z.number().int(),
    }),
    labels: z.array(
      z.object({
        label: z.string(),
        version: z.number().int(),
        updatedBy: z.string().nullable(),
        updatedAt: z.string(),
      }),
    ),
    recentLabelMoves: z.array(
      z.object({
        label: z.string(),
        fromVersion: z.number().int().nullable(),
        toVersion: z.number().int(),
        actor: z.string(),
        at: z.string(),
      }),
    ),
    items: z.array(
      z.object({
        id: z.string(),
        version: z.number().int(),
        variables: z.array(z.string()),
        note: z.string().nullable(),
        createdBy: z.string().nullable(),
        createdAt: z.string(),
        labels: z.array(z.string()),
        text: z.string().nullable(),
        rollup: RollupOut,
      }),
    ),
    diff: PromptDiffOut.nullable(),
    ...PageOutput,
  }),
  async run(input, { services, visible }) {
    const page = await services.prompts.list(input, restrictTo(visible));
    const lines = page.items.map((v) => {
      const r = v.rollup;
      const labels = v.labels.length ? ` [${v.labels.join(", ")}]` : "";
      const ads = r.impressions ? `, CTR ${((r.ctr ?? 0) * 100).toFixed(2)}%` : "";
      return `v${v.version}${labels} ${v.id}: ${r.runs} runs, ${r.outputs} outputs, ${usd(r.costMicros)}${r.avgLatencyMs !== null ? `, ${r.avgLatencyMs} ms avg` : ""}${ads}`;
    });
    const diff = page.diff ? `\n${page.diff.unified || `${page.diff.from} and ${page.diff.to} are identical`}` : "";
    const more = page.nextCursor ? `\n(more: cursor=${page.nextCursor})` : "";
    return {
      structured: page,
      text: `${page.prompt.name}: ${page.prompt.latestVersion} version(s)\n${lines.join("\n")}${diff}${more}`,
    };
  },
});
