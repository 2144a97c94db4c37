import * as z from "zod";
import { invalidInput } from "../core/errors.ts";
import type { ExperimentAfterIngest } from "../core/experiments/after-ingest.ts";
import { importMetricsCsv } from "../core/ingestion/csv-import.ts";
import { EXPORT_FORMATS } from "../core/ingestion/exports.ts";
import { PlatformName } from "../core/ingestion/platforms.ts";
import { defineTool } from "./define.ts";

const Day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "must be a date YYYY-MM-DD");

export const ingestMetrics = defineTool({
  name: "ingest_metrics",
  title: "Ingest ad metrics",
  description:
    "Bring daily ad metrics into Winnow now. From a platform API (simulator, meta, google_ads, tiktok when " +
    "configured): re-pulls a trailing window so restated days are corrected. From your own numbers (platform csv): " +
    "pass the CSV text in csv or a file path under the import root in file — Winnow's header " +
    "(ad_id,date,impressions,clicks,conversions,spend,revenue) or a Meta Ads Manager, Google Ads or TikTok Ads Manager " +
    "report export, detected from its columns (currency symbols and thousands separators are fine). Idempotent: " +
    "importing the same file again changes nothing. Bad rows are rejected with their line and reason; ads not linked " +
    "to an experiment arm are listed in unknownAdIds (link them with link_deployment). Every running experiment the " +
    "rows touch is re-split and checked for stopping in the same job; `experiments` gives its new shares and when they " +
    "take effect.",
  toolset: "experiments",
  annotations: { readOnlyHint: false, destructiveHint: false, idempotentHint: true, openWorldHint: true },
  input: z.object({
    platform: z
      .string()
      .default("simulator")
      .describe("simulator, meta, google_ads, tiktok, or csv for your own export (implied by csv or file)"),
    csv: z.string().max(20_000_000).optional().describe("CSV text of an export (platform csv)"),
    file: z.string().min(1).max(4096).optional().describe("Path of a CSV export under the import root (platform csv)"),
    format: z
      .enum(["auto", ...EXPORT_FORMATS])
      .default("auto")
      .describe("Export format: auto (detected from the header), winnow, meta, google_ads or tiktok"),
    adPlatform: PlatformName.optional().describe(
      "Store the rows under this platform (default: meta/google_ads/tiktok by format; Winnow CSV: the platform its ads are linked on)",
    ),
    decimalSeparator: z
      .enum([".", ","])
      .optional()
      .describe('"," for exports with comma decimals (1.234,56); default: read from each value'),
    since: Day.optional().describe("First day (UTC); default: the trailing window (CSV: the file's first day)"),
    until: Day.optional().describe("Last day (UTC); default: today (CSV: the file's last day)"),
  }),
  output: z.object({
    runId: z.string(),
    platform: z.string(),
    status: z.string(),
    since: z.string(),
    until: z.string(),
    pages: z.number().int(),
    rowsUpserted: z.number().int().describe("Rows new or changed; 0 when the same data was ingested before"),
    rowsRejected: z.number().int(),
    rejections: z.array(z.object({ ref: z.string(), reason: z.string() })),
    format: z.enum(EXPORT_FORMATS).optional().describe("CSV only: the export format read"),
    currency: z.string().nullable().optional().describe("CSV only: the currency of the money columns, when stated"),
    columns: z.record(z.string(), z.string()).optional().describe("CSV only: which column each figure came from"),
    rowsRead: z.number().int().optional(),
    skippedTotals: z.number().int().optional().describe("CSV only: Total rows skipped"),
    linkedAds: z.number().int().optional().describe("CSV only: ads in the file that count for an experiment arm"),
    unknownAdIds: z
      .array(
        z.object({
          platform: z.string(),
          platformAdId: z.string(),
          rows: z.number().int(),
          firstDate: z.string(),
          lastDate: z.string(),
        }),
      )
      .optional()
      .describe("CSV only: ads not linked to any arm (stored, counted nowhere until linked)"),
    experiments: z
      .array(
        z.object({
          experimentId: z.string(),
          name: z.string(),
          state: z.string().describe("The story's state after the update (see get_experiment_results story.state)"),
          headline: z.string(),
          shares: z.array(z.object({ armId: z.string(), name: z.string(), share: z.number(), previous: z.number() })),
          computedAt: z.string().nullable().describe("When the split in force was computed (UTC)"),
          effectiveDate: z.string().nullable().describe("First UTC day the split governs delivery"),
          ended: z.boolean().describe("The experiment ended in this ingest (winner called or budget reached)"),
          error: z.string().optional(),
        }),
      )
      .describe(
        "Running experiments these rows touched, re-split and checked for stopping in this same job: the new shares and when they took effect",
      ),
  }),
  async run(input, { services, actor }) {
    const isCsv = input.csv !== undefined || input.file !== undefined || input.platform === "csv";
    if (isCsv) {
      if (input.platform !== "csv" && input.platform !== "simulator")
        throw invalidInput(
          "platform",
          `csv and file are imports, not ${input.platform} API pulls`,
          `Pass platform "csv" (or leave it out); to store the rows under ${input.platform}, pass adPlatform: "${input.platform}".`,
        );
      const r = await importMetricsCsv(
        { ...services, importRoot: services.config.importRoot },
        { ...input, format: input.format, actor },
      );
      const unknown = r.unknownAdIds.length
        ? ` ${r.unknownAdIds.length} ad(s) not linked to any experiment arm (${r.unknownAdIds
            .slice(0, 5)
            .map((u) => `${u.platform} ${u.platformAdId}`)
            .join(
              ", ",
            )}${r.unknownAdIds.length > 5 ? ", …" : ""}): stored, but they count nowhere until linked with link_deployment.`
        : "";
      return {
        structured: { ...r, rejections: r.rejections.slice(0, 50), unknownAdIds: r.unknownAdIds.slice(0, 200) },
        text: `${labelOf(r.format)} CSV ${r.since}..${r.until}${r.currency ? ` (${r.currency})` : ""}: ${r.rowsRead} row(s) read, ${r.rowsUpserted} new or changed, ${r.rowsRejected} rejected${r.rejections[0] ? ` (first: ${r.rejections[0].ref}: ${r.rejections[0].reason})` : ""}; ${r.linkedAds} linked ad(s).${unknown}${experimentsText(r.experiments)}`,
      };
    }
    const r = await services.ingestion.run(services.connectors.get(input.platform), {
      since: input.since,
      until: input.until,
      trailingDays: services.config.experiments.trailingDays,
      actor,
    });
    const { resumedFrom: _r, error: _e, ...rest } = r;
    return {
      structured: { ...rest, rejections: r.rejections.slice(0, 50) },
      text: `${r.platform} ${r.since}..${r.until}: ${r.rowsUpserted} row(s) new or changed, ${r.rowsRejected} rejected${r.rejections[0] ? ` (first: ${r.rejections[0].ref}: ${r.rejections[0].reason})` : ""}.${experimentsText(r.experiments)}`,
    };
  },
});

const labelOf = (f: string) =>
  ({ winnow: "Winnow", meta: "Meta Ads Manager", google_ads: "Google Ads", tiktok: "TikTok Ads Manager" })[f] ?? f;

/** One line per experiment the ingest re-split: its headline and the new shares from their first day. */
function experimentsText(list: ExperimentAfterIngest[]): string {
  return list
    .map((e) =>
      e.error
        ? `\n${e.name}: not re-split (${e.error}).`
        : `\n${e.name}: ${e.headline}.${
            e.ended
              ? ""
              : ` Split from ${e.effectiveDate}: ${e.shares
                  .filter((s) => s.share > 0)
                  .sort((a, b) => b.share - a.share)
                  .map((s) => `${s.name} ${(s.share * 100).toFixed(1)}%`)
                  .join(", ")}.`
          }`,
    )
    .join("");
}
