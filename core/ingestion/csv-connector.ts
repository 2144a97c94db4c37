import { invalidInput } from "../errors.ts";
import { type ExportOptions, type ParsedExport, parseMetricsExport } from "./exports.ts";
import type { Connector, MetricPage, MetricRecord, PullRequest, PushCreative, PushResult, Rejection } from "./types.ts";

/**
 * CSV import of daily ad metrics: Winnow's header (ad_id,date,impressions[,clicks,conversions,spend,revenue,
 * video_watch_seconds,platform,currency]) or a Meta Ads Manager, Google Ads or TikTok Ads Manager report export
 * (core/ingestion/exports.ts reads them). Import-only: there is no API to pull from or push to, so ads are made on the
 * platform and tied to arms with link_deployment. Pages of `pageSize` records so a big file checkpoints as it goes.
 */
export class CsvConnector implements Connector {
  readonly reports = ["clicks", "conversions", "spend", "revenue", "video_watch"] as const;
  readonly importOnly = true;
  readonly parsed: ParsedExport | undefined;
  private readonly records: MetricRecord[];
  private readonly rejected: Rejection[];

  /**
   * `platform` names this connector (ingestion runs are recorded under it); unless it is "csv" the rows are stored
   * under it too, e.g. `new CsvConnector(text, "simulator")`. Empty text is the registry's placeholder.
   */
  constructor(
    csvText: string,
    readonly platform = "csv",
    private readonly pageSize = 500,
    options: ExportOptions = {},
  ) {
    this.parsed = csvText.trim()
      ? parseMetricsExport(csvText, {
          ...options,
          platform: options.platform ?? (platform === "csv" ? undefined : platform),
        })
      : undefined;
    this.records = this.parsed?.records ?? [];
    this.rejected = this.parsed?.rejected ?? [];
  }

  /** Rows that carry their own platform after parsing can be re-pointed (e.g. to the platform an ad is linked on). */
  retarget(platformOf: (record: MetricRecord) => string): void {
    for (const r of this.records) r.platform = platformOf(r);
  }

  get dates(): { since: string; until: string } | undefined {
    if (!this.records.length) return undefined;
    const days = this.records.map((r) => r.date).sort();
    return { since: days[0]!, until: days.at(-1)! };
  }

  get allRecords(): readonly MetricRecord[] {
    return this.records;
  }

  async pushCreative(_input: PushCreative): Promise<PushResult> {
    throw invalidInput(
      "platform",
      `${this.platform} cannot push ads`,
      "Make the ad on the platform and tie it to its arm with link_deployment.",
    );
  }

  async fetchPage(req: PullRequest): Promise<MetricPage> {
    const offset = req.cursor ? Number(req.cursor) : 0;
    const slice = this.records.slice(offset, offset + this.pageSize);
    const records: MetricRecord[] = [];
    const rejected: Rejection[] = offset === 0 ? [...this.rejected] : [];
    for (const r of slice) {
      if (r.date < req.since || r.date > req.until)
        rejected.push({
          ref: `ad ${r.platformAdId} ${r.date}`,
          reason: `date ${r.date} is outside the requested window ${req.since}..${req.until}`,
        });
      else records.push(r);
    }
    const next = offset + this.pageSize < this.records.length ? String(offset + this.pageSize) : null;
    return { records, rejected, nextCursor: next };
  }
}
