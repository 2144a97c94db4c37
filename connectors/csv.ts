import { parse } from "csv-parse/sync";
import { WinnowError } from "../core/errors.ts";
import {
  parseCount,
  parseDate,
  parseId,
  parseMoneyToMicros,
  parseRows,
  parseSecondsToMs,
} from "../core/ingestion/parse.ts";
import type { Connector, MetricPage, PullRequest, PushCreative, PushResult } from "../core/ingestion/types.ts";
import { dryRunAdId } from "./http.ts";

/**
 * CSV import of daily ad metrics exported from anywhere. Header: ad_id,date,impressions,clicks[,conversions,spend,
 * revenue,video_watch_seconds]. Money in currency units with up to 6 decimals. Pages of `pageSize` rows so a big
 * file checkpoints as it goes.
 */
export class CsvConnector implements Connector {
  readonly reports = ["clicks", "conversions", "spend", "revenue", "video_watch"] as const;
  private readonly rows: Record<string, string>[];

  constructor(
    csvText: string,
    readonly platform = "csv",
    private readonly pageSize = 500,
  ) {
    try {
      this.rows = parse(csvText, {
        columns: (h: string[]) => h.map((c) => c.trim().toLowerCase()),
        skip_empty_lines: true,
        trim: true,
      });
    } catch (error) {
      throw new WinnowError(
        "invalid_input",
        `csv: could not read the file: ${String(error)}. Export UTF-8 CSV with a header row.`,
        { field: "csv" },
      );
    }
    const header = Object.keys(this.rows[0] ?? {});
    for (const need of ["ad_id", "date", "impressions"])
      if (this.rows.length && !header.includes(need))
        throw new WinnowError(
          "invalid_input",
          `csv: missing column ${need}. The header needs ad_id,date,impressions (and optionally clicks,conversions,spend,revenue,video_watch_seconds).`,
          { field: need },
        );
  }

  async pushCreative(input: PushCreative): Promise<PushResult> {
    return { platformAdId: dryRunAdId(this.platform, input.assetId), dryRun: true };
  }

  async fetchPage(req: PullRequest): Promise<MetricPage> {
    const offset = req.cursor ? Number(req.cursor) : 0;
    const slice = this.rows.slice(offset, offset + this.pageSize);
    const parsed = parseRows(
      slice,
      (_r, i) => `csv line ${offset + i + 2}`,
      (r) => ({
        platform: this.platform,
        platformAdId: parseId("ad_id", r.ad_id),
        date: parseDate("date", r.date),
        impressions: parseCount("impressions", r.impressions),
        clicks: parseCount("clicks", r.clicks || "0"),
        conversions: parseCount("conversions", r.conversions || "0"),
        spendMicros: parseMoneyToMicros("spend", r.spend || "0"),
        revenueMicros: parseMoneyToMicros("revenue", r.revenue || "0"),
        videoWatchMs: r.video_watch_seconds ? parseSecondsToMs("video_watch_seconds", r.video_watch_seconds) : null,
      }),
      req,
    );
    return { ...parsed, nextCursor: offset + this.pageSize < this.rows.length ? String(offset + this.pageSize) : null };
  }
}
