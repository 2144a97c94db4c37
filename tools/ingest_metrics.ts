import * as z from "zod";
import { invalidInput } from "../core/errors.ts";
import type { ExperimentAfterIngest } from "../core/experiments/after-ingest.ts";
import { importMetrics, type MetricsFileReport } from "../core/ingestion/csv-import.ts";
import { EXPORT_FORMATS, label } from "../core/ingestion/exports.ts";
import { PlatformName } from "../core/ingestion/platforms.ts";
import { defineTool } from "./define.ts";

const Day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "must be a date YYYY-MM-DD");
const Currency = z
  .string()
  .regex(/^[A-Za-z]{3}$/, "must be a 3-letter currency code such as USD or EUR")
  .transform((s) => s.toUpperCase());

export const ingestMetrics = defineTool({
  name: "ingest_metrics",
  title: "Ingest ad metrics",
  description:
    "Bring daily ad metrics into Winnow now. From a platform API (simulator, meta, google_ads, tiktok when " +
    "configured): re-pulls a trailing window so restated days are corrected. From your own numbers (platform csv): " +
    "pass the CSV text in csv, a file path under the import root in file (.csv or .xlsx), or the file's bytes in " +
    "contentBase64 — Winnow's header (ad_id,date,impressions,clicks,conversions,spend,revenue) or a Meta Ads Manager, " +
    "Google Ads, TikTok Ads Manager or LinkedIn Campaign Manager report export, detected from its columns. The " +
    "locale (separator, decimal comma, day-first dates) and the currency are read from the file and stated in the " +
    "reply; locale, decimalSeparator or dateOrder override. Summary/total rows are skipped. A file with unreadable " +
    "rows writes nothing unless partial is true. Money stays in its currency: a file in another currency than an " +
    "experiment already has is refused unless convertTo and exchangeRate are given. Idempotent. Ads not linked to an " +
    "experiment arm are listed in unknownAdIds (link them with link_deployment). Every running experiment the rows " +
    "touch is re-split and checked for stopping in the same job; `experiments` gives its new shares and when they " +
    "take effect.",
  toolset: "experiments",
  annotations: { readOnlyHint: false, destructiveHint: false, idempotentHint: true, openWorldHint: true },
  input: z.object({
    platform: z
      .string()
      .default("simulator")
      .describe(
        "simulator, meta, google_ads, tiktok, or csv for your own export (implied by csv, file or contentBase64)",
      ),
    csv: z.string().max(20_000_000).optional().describe("CSV text of an export (platform csv)"),
    file: z
      .string()
      .min(1)
      .max(4096)
      .optional()
      .describe("Path of a .csv or .xlsx export under the import root (platform csv)"),
    contentBase64: z
      .string()
      .max(28_000_000)
      .optional()
      .describe("The export file's bytes, base64 (.xlsx, or CSV in UTF-8/UTF-16)"),
    format: z
      .enum(["auto", ...EXPORT_FORMATS])
      .default("auto")
      .describe("Export format: auto (detected from the header), winnow, meta, google_ads, tiktok or linkedin"),
    adPlatform: PlatformName.optional().describe(
      "Store the rows under this platform (default: by format; Winnow CSV: the platform its ads are linked on)",
    ),
    locale: z
      .string()
      .min(2)
      .max(35)
      .optional()
      .describe("Locale the report was downloaded in (de-DE, fr-FR, pt-BR, en-US...); default: read from the file"),
    decimalSeparator: z
      .enum([".", ","])
      .optional()
      .describe('Decimal mark ("," for 1.234,56); default: read from the file'),
    dateOrder: z
      .enum(["dmy", "mdy"])
      .optional()
      .describe("Order of numeric dates like 01/12/2026: dmy (day first) or mdy; default: read from the file"),
    partial: z
      .boolean()
      .default(false)
      .describe("Store the readable rows of a partly unreadable file (default: all rows or nothing)"),
    convertTo: Currency.optional().describe("Store money converted into this currency (needs exchangeRate)"),
    exchangeRate: z
      .number()
      .positive()
      .optional()
      .describe("Your rate: 1 unit of the file's currency = exchangeRate units of convertTo"),
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
    experimentIds: z.array(z.string()).describe("Running experiments whose numbers this ingest changed"),
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
    format: z.enum(EXPORT_FORMATS).optional().describe("File only: the export format read"),
    source: z.enum(["csv", "xlsx"]).optional(),
    currency: z.string().nullable().optional().describe("File only: the currency the money was stored in"),
    fileCurrency: z.string().nullable().optional().describe("File only: the currency the file states"),
    conversion: z
      .object({ from: z.string(), to: z.string(), rate: z.number() })
      .nullable()
      .optional()
      .describe("File only: the conversion applied at your rate"),
    columns: z.record(z.string(), z.string()).optional().describe("File only: which column each figure came from"),
    reading: z
      .object({
        delimiter: z.string().nullable(),
        decimalSeparator: z.string(),
        dateOrder: z.string().nullable(),
        inferred: z.array(z.string()),
      })
      .optional()
      .describe("File only: how the file was read and what decided it"),
    rowsRead: z.number().int().optional(),
    skippedTotals: z.number().int().optional().describe("File only: summary/total rows skipped"),
    skippedOutsideWindow: z.number().int().optional(),
    ignoredResults: z
      .array(z.object({ indicator: z.string(), rows: z.number().int() }))
      .optional()
      .describe("File only: Results not counted as conversions, by result indicator"),
    notes: z.array(z.string()).optional(),
    linkedAds: z.number().int().optional().describe("File only: ads in the file that count for an experiment arm"),
    unknownAds: z.number().int().optional(),
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
      .describe("File only: ads not linked to any arm (stored, counted nowhere until linked); the first 200"),
  }),
  async run(input, { services, actor }) {
    const isFile =
      input.csv !== undefined ||
      input.file !== undefined ||
      input.contentBase64 !== undefined ||
      input.platform === "csv";
    if (isFile) {
      if (input.platform !== "csv" && input.platform !== "simulator")
        throw invalidInput(
          "platform",
          `csv and file are imports, not ${input.platform} API pulls`,
          `Pass platform "csv" (or leave it out); to store the rows under ${input.platform}, pass adPlatform: "${input.platform}".`,
        );
      const { contentBase64, ...rest } = input;
      const r = await importMetrics(
        { ...services, importRoot: services.config.importRoot },
        {
          ...rest,
          ...(contentBase64 !== undefined ? { content: Buffer.from(contentBase64, "base64") } : {}),
          actor,
        },
      );
      return {
        structured: { ...r, rejections: r.rejections.slice(0, 50), unknownAdIds: r.unknownAdIds.slice(0, 200) },
        text: `${fileSummary(r)}${experimentsText(r.experiments)}`,
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

/** One paragraph a marketer can check: what was read, how, what was stored, what was left out and why. */
function fileSummary(r: MetricsFileReport): string {
  const money = r.currency ? `money in ${r.currency}` : "currency not stated in the file";
  const unknown = r.unknownAds
    ? ` ${r.unknownAds} ad(s) not linked to any experiment arm (${r.unknownAdIds
        .slice(0, 5)
        .map((u) => `${u.platform} ${u.platformAdId}`)
        .join(
          ", ",
        )}${r.unknownAds > 5 ? ", …" : ""}): stored, but they count nowhere until linked with link_deployment.`
    : "";
  const skipped = [
    r.skippedTotals ? `${r.skippedTotals} summary row(s) skipped` : "",
    r.skippedOutsideWindow ? `${r.skippedOutsideWindow} row(s) outside ${r.since}..${r.until} skipped` : "",
  ]
    .filter(Boolean)
    .join(", ");
  return (
    `${label(r.format)} ${r.source === "xlsx" ? "workbook" : "CSV"} ${r.since}..${r.until}, ${money}: ` +
    `${r.rowsRead} row(s) read, ${r.rowsUpserted} new or changed${r.rowsRejected ? `, ${r.rowsRejected} unreadable (first: ${r.rejections[0]?.ref}: ${r.rejections[0]?.reason})` : ""}` +
    `${skipped ? `; ${skipped}` : ""}; ${r.linkedAds} linked ad(s). Read as: ${r.reading.inferred.join(", ")}.` +
    `${r.notes.length ? ` ${r.notes.join(" ")}` : ""}${unknown}`
  );
}

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
