import { parse } from "csv-parse/sync";
import { WinnowError } from "../errors.ts";
import { COST_WITH_CURRENCY, type ExportFormat, type Field, FORMATS, SPEND_WITH_CURRENCY } from "./export-formats.ts";
import { parseDate, RowProblem } from "./parse.ts";
import { normalizePlatform } from "./platforms.ts";
import type { MetricRecord, Rejection } from "./types.ts";

export { EXPORT_FORMATS, type ExportFormat } from "./export-formats.ts";

export interface ExportOptions {
  format?: ExportFormat | "auto" | undefined;
  /** Platform to store the rows under (overrides the format's default, e.g. a Winnow CSV for "pinterest"). */
  platform?: string | undefined;
  /** "," for exports written with comma decimals (1.234,56); default: read from each value. */
  decimalSeparator?: "." | "," | undefined;
}

export interface ParsedExport {
  format: ExportFormat;
  /** Platform of the rows without their own (the format's, or the option). */
  platform: string;
  currency: string | null;
  /** The header column each field was read from. */
  columns: Partial<Record<Field, string>>;
  /** Data rows read (title and Total rows excluded). */
  rows: number;
  skippedTotals: number;
  records: MetricRecord[];
  rejected: Rejection[];
  /** Per record: whether its platform came from the file (a platform column) or the option. */
  platformFromFile: boolean;
}

const normHeader = (h: string) =>
  h
    .replace(/^\uFEFF/, "")
    .trim()
    .toLowerCase()
    .replace(/\s+/g, " ");

/**
 * Reads the ad-metric exports teams actually have: Winnow's own CSV, and the report exports of Meta Ads Manager,
 * Google Ads and TikTok Ads Manager, with their column names (see README "Bring your own metrics"), title rows,
 * "Total" rows, currency symbols, thousands separators, comma decimals, tab or semicolon delimiters. A value that
 * cannot be read is a rejection naming the line and the column, never a silent 0.
 */
export function parseMetricsExport(text: string, options: ExportOptions = {}): ParsedExport {
  let body = text.replace(/^\uFEFF/, "");
  // UTF-16 text (Google Ads' "Excel CSV") read as UTF-8 arrives with a NUL after every ASCII character.
  if (body.includes("\u0000")) body = body.replace(/^[\uFFFD\uFEFF]+/, "").replaceAll("\u0000", "");
  let table: { record: string[]; info: { lines: number } }[];
  try {
    table = parse(body, {
      // With info: true every record comes back with its line number.
      delimiter: sniffDelimiter(body),
      relax_column_count: true,
      skip_empty_lines: true,
      info: true,
      trim: true,
      bom: true,
    }) as unknown as typeof table;
  } catch (error) {
    throw new WinnowError(
      "invalid_input",
      `csv: could not read the file (${String(error).slice(0, 200)}). Export UTF-8 CSV with a header row.`,
      { field: "csv" },
    );
  }
  const found = findHeader(table, options.format);
  const spec = FORMATS[found.format];
  const header = found.header;
  const index = (field: Field): number => {
    for (const want of spec.columns[field] ?? []) {
      const i = header.findIndex((h) => (typeof want === "string" ? h === want : want.test(h)));
      if (i >= 0) return i;
    }
    return -1;
  };
  const col = Object.fromEntries((Object.keys(spec.columns) as Field[]).map((f) => [f, index(f)])) as Record<
    Field,
    number
  >;
  if (col.adId < 0)
    throw new WinnowError(
      "invalid_input",
      `csv: this ${label(found.format)} export has no ad id column. ${spec.missingAdId}`,
      { field: "csv" },
    );
  if (col.date < 0 && (col.start < 0 || col.end < 0))
    throw new WinnowError(
      "invalid_input",
      `csv: this ${label(found.format)} export has no day column. ${spec.missingDate}`,
      { field: "csv" },
    );
  if (col.impressions < 0)
    throw new WinnowError(
      "invalid_input",
      `csv: this ${label(found.format)} export has no impressions column. Add Impressions to the report's columns.`,
      { field: "csv" },
    );
  const headerCurrency =
    col.spend >= 0
      ? (SPEND_WITH_CURRENCY.exec(header[col.spend]!)?.[1] ?? COST_WITH_CURRENCY.exec(header[col.spend]!)?.[1])
      : undefined;
  const platform = options.platform ? normalizePlatform(options.platform) : spec.platform;
  const records: MetricRecord[] = [];
  const rejected: Rejection[] = [];
  const currencies = new Set<string>(headerCurrency ? [headerCurrency.toUpperCase()] : []);
  const seen = new Map<string, number>();
  let rows = 0;
  let skippedTotals = 0;
  const dec = options.decimalSeparator;
  const names = table[found.at]!.record.map((h) => h.replace(/^\uFEFF/, "").trim());
  for (const { record, info } of table.slice(found.at + 1)) {
    const cell = (i: number) => (i >= 0 ? (record[i] ?? "").trim() : "");
    if (isTotalRow(record, col.adId)) {
      skippedTotals++;
      continue;
    }
    rows++;
    const ref = `csv line ${info.lines}`;
    try {
      const adId = cell(col.adId);
      if (!adId || adId === "--") throw new RowProblem(`${names[col.adId]} is empty`);
      if (/^\d+(\.\d+)?e\+?\d+$/i.test(adId))
        throw new RowProblem(
          `${names[col.adId]} ${adId} was shortened by a spreadsheet (scientific notation loses the digits); export again and upload the file without opening it in Excel, or format the column as text`,
        );
      const date = dayOf(
        col.date >= 0
          ? { day: cell(col.date), column: names[col.date]! }
          : { start: cell(col.start), end: cell(col.end) },
      );
      const currency = cell(col.currency);
      if (currency && currency !== "--") currencies.add(currency.toUpperCase());
      const plays = col.videoPlays >= 0 ? number(names[col.videoPlays]!, cell(col.videoPlays), dec) : 0;
      const avg = col.avgPlaySeconds >= 0 ? number(names[col.avgPlaySeconds]!, cell(col.avgPlaySeconds), dec) : 0;
      const r: MetricRecord = {
        platform: (col.platform >= 0 && cell(col.platform) && normalizePlatform(cell(col.platform))) || platform,
        platformAdId: adId,
        date,
        impressions: count(names[col.impressions]!, cell(col.impressions), dec),
        clicks: col.clicks >= 0 ? count(names[col.clicks]!, cell(col.clicks), dec) : 0,
        // Google Ads reports fractional conversions (data-driven attribution); the model counts whole ones.
        conversions: col.conversions >= 0 ? Math.round(number(names[col.conversions]!, cell(col.conversions), dec)) : 0,
        spendMicros: col.spend >= 0 ? micros(names[col.spend]!, cell(col.spend), dec) : 0,
        revenueMicros: col.revenue >= 0 ? micros(names[col.revenue]!, cell(col.revenue), dec) : 0,
        videoWatchMs:
          col.watchSeconds >= 0 && cell(col.watchSeconds)
            ? Math.round(number(names[col.watchSeconds]!, cell(col.watchSeconds), dec) * 1000)
            : col.avgPlaySeconds >= 0 && col.videoPlays >= 0
              ? Math.round(avg * plays * 1000)
              : null,
      };
      if (r.clicks > r.impressions) throw new RowProblem(`clicks (${r.clicks}) exceed impressions (${r.impressions})`);
      const key = `${r.platform}\u0000${r.platformAdId}\u0000${r.date}`;
      const prior = seen.get(key);
      if (prior === undefined) {
        seen.set(key, records.length);
        records.push(r);
      } else if (found.format === "winnow") {
        throw new RowProblem(`ad ${r.platformAdId} on ${r.date} appears twice; give each ad and day one row`);
      } else {
        // Platform exports split an ad's day by placement, age, device...: the day's numbers are the sum.
        records[prior] = sum(records[prior]!, r);
      }
    } catch (error) {
      rejected.push({ ref, reason: error instanceof RowProblem ? error.message : `unreadable row: ${String(error)}` });
    }
  }
  if (currencies.size > 1)
    throw new WinnowError(
      "invalid_input",
      `csv: the file mixes currencies (${[...currencies].join(", ")}); money would be added across them. Export one ad account (one currency) per file.`,
      { field: "csv" },
    );
  const columns = Object.fromEntries(
    Object.entries(col)
      .filter(([, i]) => i >= 0)
      .map(([f, i]) => [f, names[i] ?? header[i]!]),
  ) as Partial<Record<Field, string>>;
  return {
    format: found.format,
    platform,
    currency: [...currencies][0] ?? null,
    columns,
    rows,
    skippedTotals,
    records,
    rejected,
    platformFromFile: col.platform >= 0 || options.platform !== undefined || found.format !== "winnow",
  };
}

const label = (f: ExportFormat) =>
  ({ winnow: "Winnow", meta: "Meta Ads Manager", google_ads: "Google Ads", tiktok: "TikTok Ads Manager" })[f];

/** The header is the first of the first 10 rows that names an ad id column; its format is detected by signature. */
function findHeader(table: { record: string[] }[], format: ExportOptions["format"]) {
  const tried: string[] = [];
  for (let at = 0; at < Math.min(table.length, 10); at++) {
    const header = table[at]!.record.map(normHeader);
    const detected = format && format !== "auto" ? format : detect(header);
    if (detected && (header.includes("ad id") || header.includes("ad_id") || (format && format !== "auto")))
      return { at, header, format: detected };
    if (detected) tried.push(detected);
    if (!detected && header.includes("ad id")) tried.push("?");
  }
  if (!table.length)
    throw new WinnowError("invalid_input", "csv: the file is empty. Export the report with its header row.", {
      field: "csv",
    });
  const known = tried.find((t) => t !== "?") as ExportFormat | undefined;
  if (known)
    throw new WinnowError(
      "invalid_input",
      `csv: this looks like a ${label(known)} export without an ad id column. ${FORMATS[known].missingAdId}`,
      { field: "csv" },
    );
  throw new WinnowError(
    "invalid_input",
    `csv: could not tell which export this is (header: ${table[0]!.record.slice(0, 8).join(", ")}). Use Winnow's header (ad_id,date,impressions,clicks,conversions,spend,revenue) or a Meta, Google Ads or TikTok report export, or pass format.`,
    { field: "format" },
  );
}

function detect(header: string[]): ExportFormat | undefined {
  if (header.includes("ad_id") && header.includes("date")) return "winnow";
  const score = (f: ExportFormat) =>
    FORMATS[f].signature.filter((s) => header.some((h) => (typeof s === "string" ? h === s : s.test(h)))).length;
  const ranked = (["meta", "google_ads", "tiktok"] as const).map((f) => ({ f, s: score(f) })).sort((a, b) => b.s - a.s);
  return ranked[0]!.s > 0 && ranked[0]!.s > ranked[1]!.s ? ranked[0]!.f : undefined;
}

function sniffDelimiter(text: string): string {
  const lines = text.split(/\r?\n/, 10);
  const best = [",", "\t", ";"]
    .map((d) => ({ d, n: Math.max(...lines.map((l) => l.split(d).length - 1)) }))
    .sort((a, b) => b.n - a.n)[0]!;
  return best.n > 0 ? best.d : ",";
}

function isTotalRow(record: string[], adIdAt: number): boolean {
  const first = record.find((c) => c.trim() !== "") ?? "";
  return /^total\b/i.test(first.trim()) || (record[adIdAt] ?? "").trim().toLowerCase().startsWith("total");
}

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
const pad = (n: number) => String(n).padStart(2, "0");

/** "2026-03-01", "2026/03/01", "Mar 1, 2026", "1 Mar 2026", "03/21/2026"; a day/month order it cannot tell is refused. */
export function readDay(column: string, raw: string): string {
  const s = raw.trim().replace(/^"|"$/g, "");
  let m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[ T].*)?$/.exec(s);
  if (m) return parseDate(column, `${m[1]}-${pad(+m[2]!)}-${pad(+m[3]!)}`);
  m = /^(?:[a-z]{3},? )?([a-z]{3})[a-z]*\.? (\d{1,2}),? (\d{4})$/i.exec(s);
  if (m && MONTHS.includes(m[1]!.toLowerCase()))
    return parseDate(column, `${m[3]}-${pad(MONTHS.indexOf(m[1]!.toLowerCase()) + 1)}-${pad(+m[2]!)}`);
  m = /^(\d{1,2}) ([a-z]{3})[a-z]*\.? (\d{4})$/i.exec(s);
  if (m && MONTHS.includes(m[2]!.toLowerCase()))
    return parseDate(column, `${m[3]}-${pad(MONTHS.indexOf(m[2]!.toLowerCase()) + 1)}-${pad(+m[1]!)}`);
  m = /^(\d{1,2})[/.](\d{1,2})[/.](\d{4})$/.exec(s);
  if (m) {
    const [a, b] = [+m[1]!, +m[2]!];
    if (a > 12 && b <= 12) return parseDate(column, `${m[3]}-${pad(b)}-${pad(a)}`);
    if (b > 12 && a <= 12) return parseDate(column, `${m[3]}-${pad(a)}-${pad(b)}`);
    throw new RowProblem(`${column} "${raw}" could be day/month or month/day; export dates as YYYY-MM-DD`);
  }
  return parseDate(column, s);
}

function dayOf(d: { day: string; column: string } | { start: string; end: string }): string {
  if ("day" in d) return readDay(d.column, d.day);
  const start = readDay("Reporting starts", d.start);
  const end = readDay("Reporting ends", d.end);
  if (start !== end)
    throw new RowProblem(`the row covers ${start}..${end}, not one day; export with Breakdown → By time → Day`);
  return start;
}

const EMPTY = new Set(["", "-", "--", "—", "n/a", "na"]);

/**
 * "1,234.50", "$1,234.50", "1.234,50 €", "USD 12", "1 234", "12,5" → "1234.50", "1234.50", "1234.50", "12", "1234",
 * "12.5". Comma-or-dot is read from the value (both present: the last one is the decimal mark; a lone comma before
 * exactly three digits groups thousands) unless `decimal` says.
 */
export function normalizeNumber(column: string, raw: string, decimal?: "." | ",", what = "number"): string {
  let s = raw.trim().replace(/[\s\u00a0\u202f']/g, "");
  if (EMPTY.has(s.toLowerCase())) return "0";
  s = s.replace(/^[A-Z]{3}(?=[\d.,])|(?<=[\d.,])[A-Z]{3}$/, "").replace(/[$€£¥₹₩]/g, "");
  const bad = () => new RowProblem(`${column} must be a non-negative ${what} (got ${JSON.stringify(raw)})`);
  let dec = decimal;
  if (!dec) {
    if (s.includes(",") && s.includes(".")) dec = s.lastIndexOf(",") > s.lastIndexOf(".") ? "," : ".";
    else if (s.includes(",")) dec = /^\d{1,3}(,\d{3})+$/.test(s) ? "." : ",";
    else dec = ".";
  }
  const thousands = dec === "." ? "," : ".";
  if (s.includes(thousands)) {
    if (!new RegExp(`^\\d{1,3}(\\${thousands}\\d{3})+(\\${dec}\\d*)?$`).test(s)) throw bad();
    s = s.split(thousands).join("");
  }
  if (dec === ",") s = s.replace(",", ".");
  if (!/^\d+(\.\d+)?$/.test(s)) throw bad();
  return s;
}

const number = (column: string, raw: string, decimal?: "." | ","): number =>
  Number(normalizeNumber(column, raw, decimal));

function count(column: string, raw: string, decimal?: "." | ","): number {
  const s = normalizeNumber(column, raw, decimal, "integer");
  const n = Number(s);
  if (!/^\d+$/.test(s)) throw new RowProblem(`${column} must be a non-negative integer (got ${JSON.stringify(raw)})`);
  if (!Number.isSafeInteger(n)) throw new RowProblem(`${column} is out of range (got ${JSON.stringify(raw)})`);
  return n;
}

/** Currency units → integer micros, exactly (the fraction never goes through a float). */
function micros(column: string, raw: string, decimal?: "." | ","): number {
  const [whole, frac = ""] = normalizeNumber(column, raw, decimal, "decimal amount").split(".");
  if (frac.length > 6) throw new RowProblem(`${column} has more than 6 decimals (got ${JSON.stringify(raw)})`);
  const out = Number(whole) * 1_000_000 + Number(frac.padEnd(6, "0"));
  if (!Number.isSafeInteger(out)) throw new RowProblem(`${column} is out of range (got ${JSON.stringify(raw)})`);
  return out;
}

function sum(a: MetricRecord, b: MetricRecord): MetricRecord {
  return {
    ...a,
    impressions: a.impressions + b.impressions,
    clicks: a.clicks + b.clicks,
    conversions: a.conversions + b.conversions,
    spendMicros: a.spendMicros + b.spendMicros,
    revenueMicros: a.revenueMicros + b.revenueMicros,
    videoWatchMs:
      a.videoWatchMs === null && b.videoWatchMs === null ? null : (a.videoWatchMs ?? 0) + (b.videoWatchMs ?? 0),
  };
}
