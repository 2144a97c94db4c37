import * as z from "zod";
import { formatUsd } from "../core/costs/money.ts";
import { COST_DIMENSIONS } from "../core/costs/report.ts";
import { defineTool } from "./define.ts";

const Aggregate = {
  costMicros: z.number().int().describe("Integer micros: $1 = 1000000"),
  calls: z.number().int(),
  tokensIn: z.number().int(),
  tokensOut: z.number().int(),
  images: z.number().int(),
  seconds: z.number(),
};

export const costReportTool = defineTool({
  name: "cost_report",
  title: "Cost report",
  description:
    "Where generation money went, from the cost ledger (one row per provider call). Totals plus breakdowns by campaign, " +
    "model, template_version, prompt_version, provider, operation and period (UTC day/week/month buckets), filtered by " +
    "date range and ids, and cost per winning asset (campaign cost ÷ its promoted assets; null when none yet). Money " +
    "is integer micros in the JSON and dollars in the text.",
  toolset: "generation",
  annotations: { readOnlyHint: true, idempotentHint: true },
  input: z.object({
    from: z.string().max(40).optional().describe("Start, inclusive: ISO date 2027-03-01 or UTC datetime"),
    to: z.string().max(40).optional().describe("End: a date includes that whole day; a datetime is exclusive"),
    campaignId: z.string().max(100).optional(),
    modelId: z.string().max(100).optional(),
    promptVersionId: z.string().max(100).optional(),
    templateVersionId: z.string().max(100).optional(),
    provider: z.string().max(40).optional().describe("e.g. local, anthropic, openai"),
    groupBy: z
      .array(z.enum(COST_DIMENSIONS))
      .default(["campaign", "model", "prompt_version", "period"])
      .describe("Breakdowns to return, in this order"),
    period: z.enum(["day", "week", "month"]).default("day").describe("Bucket size when grouping by period (UTC)"),
    limit: z.number().int().min(1).max(200).default(25).describe("Rows per breakdown"),
  }),
  output: z.object({
    range: z.object({ from: z.string().nullable(), to: z.string().nullable() }),
    totals: z.object({ key: z.string().nullable(), ...Aggregate }),
    breakdowns: z.array(
      z.object({
        dimension: z.enum(COST_DIMENSIONS),
        rows: z.array(z.object({ key: z.string().nullable(), label: z.string(), share: z.number(), ...Aggregate })),
        more: z.boolean().describe("True when more rows exist than limit"),
      }),
    ),
    costPerWinner: z.array(
      z.object({
        campaignId: z.string(),
        label: z.string(),
        costMicros: z.number().int(),
        winners: z.number().int(),
        costPerWinnerMicros: z.number().int().nullable().describe("Generation cost ÷ promoted assets"),
        adSpendMicros: z.number().int().describe("Ad spend behind the campaign's tested variants"),
        costPerWinningAssetMicros: z
          .number()
          .int()
          .nullable()
          .describe("Loop KPI shown on the dashboard: (generation of tested variants + ad spend) ÷ winners"),
        note: z.string().nullable(),
      }),
    ),
  }),
  async run(input, { services, visible }) {
    // Without a campaign, the report covers the brands the caller may see (admins: the whole ledger).
    const report = await services.costs.report(input, visible);
    const t = report.totals;
    const range =
      report.range.from || report.range.to ? ` (${report.range.from ?? "…"} → ${report.range.to ?? "…"})` : "";
    const lines = [
      `Total ${formatUsd(t.costMicros)} over ${t.calls} call(s)${range}: ${t.tokensIn + t.tokensOut} tokens, ${t.images} image(s)`,
    ];
    for (const b of report.breakdowns) {
      lines.push(`By ${b.dimension}:`);
      for (const r of b.rows.slice(0, 10)) {
        lines.push(`  ${r.label}: ${formatUsd(r.costMicros)} (${(r.share * 100).toFixed(1)}%, ${r.calls} calls)`);
      }
      if (b.rows.length > 10 || b.more) lines.push("  …");
    }
    for (const w of report.costPerWinner) {
      lines.push(
        w.costPerWinnerMicros === null
          ? `Cost per winner, ${w.label}: n/a — ${w.note} (spent ${formatUsd(w.costMicros)})`
          : `Cost per winner, ${w.label}: ${formatUsd(w.costPerWinnerMicros)} (${formatUsd(w.costMicros)} / ${w.winners} promoted)`,
      );
      if (w.costPerWinningAssetMicros !== null) {
        lines.push(
          `Cost per winning asset incl. ad spend, ${w.label}: ${formatUsd(w.costPerWinningAssetMicros)} (ad spend ${formatUsd(w.adSpendMicros)})`,
        );
      }
    }
    return { structured: report, text: lines.join("\n") };
  },
});
