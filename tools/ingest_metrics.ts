import * as z from "zod";
import { defineTool } from "./define.ts";

const Day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "must be a date YYYY-MM-DD");

export const ingestMetrics = defineTool({
  name: "ingest_metrics",
  title: "Ingest ad metrics",
  description:
    "Pull daily ad metrics from a platform (simulator, meta, google_ads, tiktok) into Winnow now, instead of waiting " +
    "for the scheduled job. Re-pulls a trailing window so restated days are corrected (history kept); idempotent; " +
    "malformed rows are rejected with reasons and reported.",
  toolset: "experiments",
  annotations: { readOnlyHint: false, destructiveHint: false, idempotentHint: true, openWorldHint: true },
  input: z.object({
    platform: z.string().default("simulator"),
    since: Day.optional().describe("First day (UTC); default: the trailing window"),
    until: Day.optional().describe("Last day (UTC); default: today"),
  }),
  output: z.object({
    runId: z.string(),
    platform: z.string(),
    status: z.string(),
    since: z.string(),
    until: z.string(),
    pages: z.number().int(),
    rowsUpserted: z.number().int(),
    rowsRejected: z.number().int(),
    rejections: z.array(z.object({ ref: z.string(), reason: z.string() })),
  }),
  async run(input, { services, actor }) {
    const r = await services.ingestion.run(services.connectors.get(input.platform), {
      since: input.since,
      until: input.until,
      trailingDays: services.config.experiments.trailingDays,
      actor,
    });
    const { resumedFrom: _r, error: _e, ...rest } = r;
    return {
      structured: { ...rest, rejections: r.rejections.slice(0, 50) },
      text: `${r.platform} ${r.since}..${r.until}: ${r.rowsUpserted} row(s) new or changed, ${r.rowsRejected} rejected${r.rejections[0] ? ` (first: ${r.rejections[0].ref}: ${r.rejections[0].reason})` : ""}.`,
    };
  },
});
