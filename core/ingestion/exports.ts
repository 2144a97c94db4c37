import { parse } from "csv-parse/sync";
import { WinnowError } from "../errors.ts";
import { type ExportFormat, type Field, FORMATS, MAX_TITLE_LINES, MONEY_WITH_CURRENCY } from "./export-formats.ts";
import {
  LocaleEvidence as Evidence,
  type LocaleEvidence,
  type LocaleOptions,
  type ReadingLocale,
  readCount,
  readDay,
  readMicros,
  readNumber,
  TYPED,
} from "./locale.ts";
import { RowProblem } from "./parse.ts";
import { normalizePlatform } from "./platforms.ts";
import type { MetricRecord, Rejection } from "./types.ts";

export { EXPORT_FORMATS, type ExportFormat } from "./export-formats.ts";

export interface ExportOptions extends LocaleOptions {
  format?: ExportFormat | "auto" | undefined;
  /** Platform to store the rows under (overrides the format's default, e.g. a Winnow CSV for "pinterest"). */
  platform?: string | undefined;
}

/** Where each figure is read from in one export, found from its header row (after any title lines). */
export interface ExportLayout {
  format: ExportFormat;
  /** Platform of the rows without their own (the format's, or the option). */
  platform: string;
  /** Index of the header among the file's records (title lines before it are skipped). */
  headerAt: number;
  /** Header cells as written, e.g. "Amount spent (EUR)". */
  names: string[];
  col: Record<Field, number>;
  /** Currency named in a money column's header ("Cost (BRL)"), upper-case. */
  headerCurrency: string | null;
  /** Conversions come from Meta's or TikTok's "Results", whose meaning is the row's result indicator. */
  resultsAreConversions: "indicator" | "no-indicator" | false;
  /** Columns naming the row (ad name, campaign...): all empty with no ad id marks a summary row. */
  nameColumns: number[];
  platformFromFile: boolean;
}

export type RowOutcome =
  | { kind: "record"; record: MetricRecord; currency: string | null; ignoredResult: string | null }
  | { kind: "total" }
  | { kind: "problem"; reason: string };

const normHeader = (h: string) =>
  h
    .replace(/^\uFEFF/, "")
    .trim()
    .toLowerCase()
    .replace(/\s+/g, " ");

export const label = (f: ExportFormat) =>
  ({
    winnow: "Winnow",
    meta: "Meta Ads Manager",
    google_ads: "Google Ads",
    tiktok: "TikTok Ads Manager",
    linkedin: "LinkedIn Campaign Manager",
  })[f];

const matches = (h: string, want: string | RegExp) => (typeof want === "string" ? h === want : want.test(h));

/**
 * Finds the header among the first records (reports put a title, a date range or an account name above it), tells
 * the export apart by its column names, and maps each figure to its column. Errors name recognised columns only:
 * nothing else from the file is ever quoted back (it may not be an export at all, e.g. a .env file).
 */
export function detectLayout(records: string[][], options: ExportOptions = {}): ExportLayout {
  if (!records.length)
    throw new WinnowError("invalid_input", "csv: the file is empty. Export the report with its header row.", {
      field: "csv",
    });
  const forced = options.format && options.format !== "auto" ? options.format : undefined;
  let seen: ExportFormat | undefined;
  for (let at = 0; at < Math.min(records.length, MAX_TITLE_LINES + 1); at++) {
    const header = records[at]!.map(normHeader);
    const format = forced ?? detect(header);
    if (!format) continue;
    seen ??= format;
    if (!FORMATS[format].columns.adId!.some((w) => header.some((h) => matches(h, w)))) continue;
    return layoutOf(format, at, records[at]!, header, options);
  }
  if (seen)
    throw new WinnowError(
      "invalid_input",
      `csv: this looks like a ${label(seen)} export without an ad id column. ${FORMATS[seen].missingAdId}`,
      { field: "csv" },
    );
  const known = recognisedColumns(records.slice(0, MAX_TITLE_LINES + 1));
  throw new WinnowError(
    "invalid_input",
    `csv: could not tell which export this is (${
      known.length ? `recognised columns: ${known.join(", ")}` : "no ad-report column recognised in its first lines"
    }). Use Winnow's header (ad_id,date,impressions,clicks,conversions,spend,revenue) or a Meta, Google Ads, TikTok or LinkedIn report export, or pass format.`,
    { field: "format" },
  );
}

/** Column names any supported export uses; the only cells of an unrecognised file an error may show. */
function recognisedColumns(rows: string[][]): string[] {
  const out = new Set<string>();
  for (const row of rows)
    for (const cell of row) {
      const h = normHeader(cell);
      if (h.length > 40) continue;
      for (const spec of Object.values(FORMATS)) {
        const names = [...Object.values(spec.columns).flat(), ...spec.signature];
        if (names.some((w) => w !== undefined && matches(h, w))) out.add(cell.trim());
      }
    }
  return [...out].slice(0, 12);
}

function layoutOf(
  format: ExportFormat,
  at: number,
  raw: string[],
  header: string[],
  options: ExportOptions,
): ExportLayout {
  const spec = FORMATS[format];
  const index = (field: Field): number => {
    for (const want of spec.columns[field] ?? []) {
      const i = header.findIndex((h) => matches(h, want));
      if (i >= 0) return i;
    }
    return -1;
  };
  const col = Object.fromEntries(
    (
      [
        "adId",
        "date",
        "start",
        "end",
        "impressions",
        "clicks",
        "conversions",
        "spend",
        "revenue",
        "watchSeconds",
        "avgPlaySeconds",
        "videoPlays",
        "platform",
        "currency",
        "resultIndicator",
      ] as Field[]
    ).map((f) => [f, index(f)]),
  ) as Record<Field, number>;
  const what = label(format);
  if (col.date < 0 && (col.start < 0 || col.end < 0))
    throw new WinnowError("invalid_input", `csv: this ${what} export has no day column. ${spec.missingDate}`, {
      field: "csv",
    });
  if (col.impressions < 0)
    throw new WinnowError(
      "invalid_input",
      `csv: this ${what} export has no impressions column. Add Impressions to the report's columns.`,
      { field: "csv" },
    );
  let headerCurrency: string | null = null;
  for (const i of [col.spend, col.revenue]) {
    if (i < 0) continue;
    for (const re of MONEY_WITH_CURRENCY) {
      const m = re.exec(header[i]!) ?? /\(([a-z]{3})\)$/.exec(header[i]!);
      if (m?.[1]) headerCurrency ??= m[1].toUpperCase();
    }
  }
  const resultsAreConversions =
    col.conversions >= 0 && header[col.conversions] === "results"
      ? col.resultIndicator >= 0
        ? "indicator"
        : "no-indicator"
      : false;
  const names = raw.map((h) => h.replace(/^\uFEFF/, "").trim());
  const used = new Set(Object.values(col).filter((i) => i >= 0));
  const nameColumns = header
    .map((h, i) => ({ h, i }))
    .filter(({ h, i }) => !used.has(i) && /\bname\b|^campaign$|^ad group$|^ad set$|^account$/.test(h))
    .map(({ i }) => i);
  return {
    format,
    platform: options.platform ? normalizePlatform(options.platform) : spec.platform,
    headerAt: at,
    names,
    col,
    headerCurrency,
    resultsAreConversions,
    nameColumns,
    platformFromFile: col.platform >= 0 || options.platform !== undefined || format !== "winnow",
  };
}

function detect(header: string[]): ExportFormat | undefined {
  if (header.includes("ad_id") && header.includes("date")) return "winnow";
  const score = (f: ExportFormat) => FORMATS[f].signature.filter((s) => header.some((h) => matches(h, s))).length;
  const ranked = (["meta", "google_ads", "tiktok", "linkedin"] as const)
    .map((f) => ({ f, s: score(f) }))
    .sort((a, b) => b.s - a.s);
  return ranked[0]!.s > 0 && ranked[0]!.s > ranked[1]!.s ? ranked[0]!.f : undefined;
}

/**
 * The delimiter that splits the most lines into the same number of cells (title lines and decimal commas inside
 * values do not fool it: a ";"-separated file with "1.234,56" values has a steady ";" count, a varying "," count).
 */
export function sniffDelimiter(text: string): string {
  const lines = text.split(/\r?\n/, 40).filter((l) => l.trim() !== "");
  let best = { d: ",", score: 0 };
  for (const d of [",", "\t", ";", "|"]) {
    const counts = new Map<number, number>();
    for (const l of lines) {
      const n = cellsOf(l, d);
      if (n > 0) counts.set(n, (counts.get(n) ?? 0) + 1);
    }
    let score = 0;
    for (const [n, times] of counts) score = Math.max(score, times * 1000 + n);
    if (score > best.score) best = { d, score };
  }
  return best.d;
}

/** Delimiters outside double quotes in one line. */
function cellsOf(line: string, d: string): number {
  let n = 0;
  let quoted = false;
  for (const ch of line) {
    if (ch === '"') quoted = !quoted;
    else if (ch === d && !quoted) n++;
  }
  return n;
}

/** Feeds a data record's values to the locale evidence (numbers and dates only). */
export function observe(layout: ExportLayout, record: string[], evidence: LocaleEvidence): void {
  // Called for every row of a file: plain calls, no arrays or closures made per row.
  const { col } = layout;
  observeCell(evidence, INTEGER, record, col.impressions);
  observeCell(evidence, INTEGER, record, col.clicks);
  observeCell(evidence, INTEGER, record, col.videoPlays);
  observeCell(evidence, DECIMAL, record, col.spend);
  observeCell(evidence, DECIMAL, record, col.revenue);
  observeCell(evidence, DECIMAL, record, col.conversions);
  observeCell(evidence, DECIMAL, record, col.watchSeconds);
  observeCell(evidence, DECIMAL, record, col.avgPlaySeconds);
  observeCell(evidence, DATE, record, col.date);
  observeCell(evidence, DATE, record, col.start);
  observeCell(evidence, DATE, record, col.end);
}

const INTEGER = 0;
const DECIMAL = 1;
const DATE = 2;

function observeCell(evidence: LocaleEvidence, kind: number, record: string[], i: number) {
  if (i < 0) return;
  const v = record[i];
  if (v === undefined || v === "" || v.startsWith(TYPED)) return;
  if (kind === INTEGER) evidence.integer(v);
  else if (kind === DECIMAL) evidence.decimal(v);
  else evidence.date(v);
}

const TOTAL_LABEL = /^(total|totals|grand total|summary|gesamt|insgesamt|totaux?|results? from\b)/i;

/** A data cell, trimmed ("" for a column the export does not have). A plain function: a closure per row costs. */
function cellOf(record: string[], i: number): string {
  return i >= 0 ? (record[i] ?? "").trim() : "";
}

/** Reads one data record into a day of one ad, a summary row to skip, or a problem naming the column. */
export function interpretRow(layout: ExportLayout, record: string[], locale: ReadingLocale): RowOutcome {
  const { col, names } = layout;
  const adId = cellOf(record, col.adId);
  if (isSummary(layout, record, adId)) return { kind: "total" };
  const dec = locale.decimal;
  try {
    if (!adId || adId === "--") throw new RowProblem(`${names[col.adId]} is empty`);
    if (adId.startsWith(TYPED) && !Number.isSafeInteger(Number(adId.slice(1))))
      throw new RowProblem(
        `${names[col.adId]} was stored as a number by the spreadsheet and lost its last digits; format the column as text, or download the report again without opening it in Excel`,
      );
    if (/^\d+(\.\d+)?e\+?\d+$/i.test(adId))
      throw new RowProblem(
        `${names[col.adId]} ${adId.slice(0, 24)} was shortened by a spreadsheet (scientific notation loses the digits); export again and upload the file without opening it in Excel, or format the column as text`,
      );
    const platformAdId = adId.startsWith(TYPED) ? adId.slice(1) : adId;
    const date =
      col.date >= 0
        ? readDay(names[col.date]!, cellOf(record, col.date), locale.dateOrder)
        : oneDay(cellOf(record, col.start), cellOf(record, col.end), names[col.start]!, names[col.end]!, locale);
    const rawCurrency = cellOf(record, col.currency).toUpperCase();
    if (rawCurrency && rawCurrency !== "--" && !/^[A-Z]{3}$/.test(rawCurrency))
      throw new RowProblem(`${names[col.currency]} must be a 3-letter currency code such as EUR or USD`);
    const currency = rawCurrency && rawCurrency !== "--" ? rawCurrency : layout.headerCurrency;
    if (layout.headerCurrency && currency !== layout.headerCurrency)
      throw new RowProblem(
        `${names[col.currency]} says ${currency} but ${names[col.spend] ?? "the money columns"} are in ${layout.headerCurrency}`,
      );
    const plays = col.videoPlays >= 0 ? readNumber(names[col.videoPlays]!, cellOf(record, col.videoPlays), dec) : 0;
    const avg =
      col.avgPlaySeconds >= 0 ? readNumber(names[col.avgPlaySeconds]!, cellOf(record, col.avgPlaySeconds), dec) : 0;
    let conversions =
      col.conversions >= 0 ? readNumber(names[col.conversions]!, cellOf(record, col.conversions), dec) : 0;
    let ignoredResult: string | null = null;
    if (layout.resultsAreConversions) {
      const indicator = layout.resultsAreConversions === "indicator" ? cellOf(record, col.resultIndicator) : "";
      if (!isConversionIndicator(indicator)) {
        // Without an indicator column the report says so once (notes); with one, per indicator it names.
        if (conversions > 0 && layout.resultsAreConversions === "indicator") ignoredResult = indicatorLabel(indicator);
        conversions = 0;
      }
    }
    const r: MetricRecord = {
      platform:
        (col.platform >= 0 && cellOf(record, col.platform) && normalizePlatform(cellOf(record, col.platform))) ||
        layout.platform,
      platformAdId,
      date,
      impressions: readCount(names[col.impressions]!, cellOf(record, col.impressions), dec),
      clicks: col.clicks >= 0 ? readCount(names[col.clicks]!, cellOf(record, col.clicks), dec) : 0,
      // Kept as reported: Google Ads' data-driven attribution gives fractions (1.50, 0.67); rounding is for display.
      conversions: roundFraction(conversions),
      spendMicros: col.spend >= 0 ? readMicros(names[col.spend]!, cellOf(record, col.spend), dec) : 0,
      revenueMicros: col.revenue >= 0 ? readMicros(names[col.revenue]!, cellOf(record, col.revenue), dec) : 0,
      videoWatchMs:
        col.watchSeconds >= 0 && cellOf(record, col.watchSeconds)
          ? Math.round(readNumber(names[col.watchSeconds]!, cellOf(record, col.watchSeconds), dec) * 1000)
          : col.avgPlaySeconds >= 0 && col.videoPlays >= 0
            ? Math.round(avg * plays * 1000)
            : null,
    };
    if (r.clicks > r.impressions) throw new RowProblem(`clicks (${r.clicks}) exceed impressions (${r.impressions})`);
    return { kind: "record", record: r, currency, ignoredResult };
  } catch (error) {
    if (error instanceof RowProblem) return { kind: "problem", reason: error.message };
    throw error;
  }
}

/** Six decimal places: enough for any platform's fractional conversions, free of binary noise when summed. */
const roundFraction = (n: number) => Math.round(n * 1e6) / 1e6;

/**
 * Summary rows: Google's "Total: account", TikTok's and LinkedIn's "Total" rows, and Meta's totals row right under
 * the header (no Ad ID, no ad name, only sums). A row with an ad name but no ad id is a real row with a problem.
 */
function isSummary(layout: ExportLayout, record: string[], adId: string): boolean {
  let first = "";
  for (const c of record) {
    first = c.trim();
    if (first !== "") break;
  }
  if (TOTAL_LABEL.test(first) || TOTAL_LABEL.test(adId)) return true;
  if (adId !== "" && adId !== "--") return false;
  if (layout.nameColumns.length === 0) return false;
  return layout.nameColumns.every((i) => {
    const v = (record[i] ?? "").trim();
    return v === "" || v === "--" || TOTAL_LABEL.test(v);
  });
}

/**
 * Meta's result indicators name what "Results" counted: `actions:offsite_conversion.fb_pixel_purchase`,
 * `actions:lead`, `omni_purchase` are conversions; `actions:link_click`, `reach`, `video_thruplay_watched_actions`
 * are not. The friendly "Result type" names ("Website purchases", "Leads", "Link clicks") read the same way.
 */
export function isConversionIndicator(indicator: string): boolean {
  const s = indicator.trim().toLowerCase();
  if (!s) return false;
  if (
    /link_click|link click|landing_page_view|landing page view|thruplay|video_view|post_engagement|page_engagement|reach|impressions|like|profile_visit/.test(
      s,
    )
  )
    return false;
  return /conversion|purchase|lead|complete_registration|complete registration|registration|subscribe|start_trial|trial|submit_application|application|schedule|contact|donate|checkout|add_to_cart|add to cart|payment|app_install|install/.test(
    s,
  );
}

const indicatorLabel = (indicator: string) =>
  indicator.trim() && /^[\w:.\- ()]{1,80}$/.test(indicator.trim()) ? indicator.trim() : "no result indicator";

function oneDay(start: string, end: string, startName: string, endName: string, locale: ReadingLocale): string {
  const s = readDay(startName, start, locale.dateOrder);
  const e = readDay(endName, end, locale.dateOrder);
  if (s !== e) throw new RowProblem(`the row covers ${s}..${e}, not one day; export with Breakdown → By time → Day`);
  return s;
}

export function sumRecords(a: MetricRecord, b: MetricRecord): MetricRecord {
  return {
    ...a,
    impressions: a.impressions + b.impressions,
    clicks: a.clicks + b.clicks,
    conversions: roundFraction(a.conversions + b.conversions),
    spendMicros: a.spendMicros + b.spendMicros,
    revenueMicros: a.revenueMicros + b.revenueMicros,
    videoWatchMs:
      a.videoWatchMs === null && b.videoWatchMs === null ? null : (a.videoWatchMs ?? 0) + (b.videoWatchMs ?? 0),
  };
}

export interface ParsedExport {
  format: ExportFormat;
  platform: string;
  currency: string | null;
  columns: Partial<Record<Field, string>>;
  locale: ReadingLocale;
  delimiter: string;
  /** Data rows read (title and summary rows excluded). */
  rows: number;
  skippedTotals: number;
  records: MetricRecord[];
  rejected: Rejection[];
  /** Results not counted as conversions, by indicator ("actions:link_click" → rows). */
  ignoredResults: Record<string, number>;
  platformFromFile: boolean;
}

/** Record text → cells (UTF-16 read as UTF-8 arrives with a NUL after every ASCII character: dropped). */
export function cleanText(text: string): string {
  let body = text.replace(/^\uFEFF/, "");
  if (body.includes("\u0000")) body = body.replace(/^[\uFFFD\uFEFF]+/, "").replaceAll("\u0000", "");
  return body;
}

export const csvParseOptions = (delimiter: string) => ({
  delimiter,
  relax_column_count: true,
  relax_quotes: true,
  skip_empty_lines: true,
  bom: true,
});

/**
 * Reads a whole export held in memory (a small file, a test, a Winnow CSV pasted by hand): the same layout, locale
 * and row rules as the streaming import (core/ingestion/file-import.ts), with an ad's day split by placement summed.
 */
export function parseMetricsExport(text: string, options: ExportOptions = {}): ParsedExport {
  const body = cleanText(text);
  const delimiter = sniffDelimiter(body);
  let table: string[][];
  try {
    table = parse(body, csvParseOptions(delimiter)) as string[][];
  } catch (error) {
    throw unreadable(error);
  }
  const layout = detectLayout(table, options);
  const evidence = new Evidence();
  const data = table.slice(layout.headerAt + 1);
  for (const r of data) observe(layout, r, evidence);
  const locale = evidence.resolve(options, delimiter);
  const acc = new ExportAccumulator(layout);
  data.forEach((r, i) => {
    acc.add(interpretRow(layout, r, locale), `csv line ${layout.headerAt + i + 2}`);
  });
  return acc.finish(locale, delimiter);
}

export function unreadable(error: unknown): WinnowError {
  const why = error instanceof Error && "code" in error ? String((error as { code: unknown }).code) : "malformed CSV";
  return new WinnowError(
    "invalid_input",
    `csv: could not read the file (${why}). Export UTF-8 CSV (or .xlsx) with a header row.`,
    { field: "csv" },
  );
}

/** Collects a small export's rows: records by key (split days summed), rejections, summary rows, currencies. */
export class ExportAccumulator {
  readonly records: MetricRecord[] = [];
  readonly rejected: Rejection[] = [];
  readonly ignoredResults: Record<string, number> = {};
  private readonly at = new Map<string, number>();
  private readonly currencies = new Set<string>();
  rows = 0;
  skippedTotals = 0;

  constructor(private readonly layout: ExportLayout) {}

  add(outcome: RowOutcome, ref: string): void {
    if (outcome.kind === "total") {
      this.skippedTotals++;
      return;
    }
    this.rows++;
    if (outcome.kind === "problem") {
      this.rejected.push({ ref, reason: outcome.reason });
      return;
    }
    const r = outcome.record;
    if (outcome.currency) this.currencies.add(outcome.currency);
    if (outcome.ignoredResult)
      this.ignoredResults[outcome.ignoredResult] = (this.ignoredResults[outcome.ignoredResult] ?? 0) + 1;
    const key = `${r.platform}\u0000${r.platformAdId}\u0000${r.date}`;
    const prior = this.at.get(key);
    if (prior === undefined) {
      this.at.set(key, this.records.length);
      this.records.push(r);
    } else if (this.layout.format === "winnow") {
      this.rejected.push({
        ref,
        reason: `ad ${r.platformAdId} on ${r.date} appears twice; give each ad and day one row`,
      });
    } else {
      // Platform exports split an ad's day by placement, age, device...: the day's numbers are the sum.
      this.records[prior] = sumRecords(this.records[prior]!, r);
    }
  }

  finish(locale: ReadingLocale, delimiter: string): ParsedExport {
    if (this.currencies.size > 1) throw mixedCurrencies([...this.currencies]);
    const { layout } = this;
    const columns = Object.fromEntries(
      Object.entries(layout.col)
        .filter(([, i]) => i >= 0)
        .map(([f, i]) => [f, layout.names[i]!]),
    ) as Partial<Record<Field, string>>;
    return {
      format: layout.format,
      platform: layout.platform,
      currency: [...this.currencies][0] ?? layout.headerCurrency,
      columns,
      locale,
      delimiter,
      rows: this.rows,
      skippedTotals: this.skippedTotals,
      records: this.records,
      rejected: this.rejected,
      ignoredResults: this.ignoredResults,
      platformFromFile: layout.platformFromFile,
    };
  }
}

export const mixedCurrencies = (list: string[]) =>
  new WinnowError(
    "invalid_input",
    `csv: the file mixes currencies (${list.join(", ")}); Winnow never adds money across currencies. Export one ad account (one currency) per file.`,
    { field: "csv" },
  );
