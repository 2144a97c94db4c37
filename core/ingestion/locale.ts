import { invalidInput } from "../errors.ts";
import { parseDate, RowProblem } from "./parse.ts";

/**
 * How an export writes its numbers and days. Ads Manager, Google Ads and TikTok write them in the locale of the
 * account or browser that downloaded the report: Berlin gets `1.234,56` and `01.12.2026`, Paris `1 234,56` and
 * `01/12/2026`, São Paulo `1.234,56` and `01/12/2026`, New York `1,234.56` and `12/1/2026`. A team cannot re-export
 * in another locale, so the file's own values decide, and an explicit option (locale, decimalSeparator, dateOrder)
 * wins over what the file suggests.
 */
export type DecimalMark = "." | ",";
/** Order of numeric dates like 01/12/2026: day first or month first (year-first dates are never ambiguous). */
export type DateOrder = "dmy" | "mdy";

export interface LocaleOptions {
  /** BCP 47 tag of the locale the report was downloaded in, e.g. de-DE, fr-FR, pt-BR, en-US. */
  locale?: string | undefined;
  decimalSeparator?: DecimalMark | undefined;
  dateOrder?: DateOrder | undefined;
}

export interface ReadingLocale {
  decimal: DecimalMark;
  /** null: the file gave no way to tell, and no option said; an ambiguous date is then a row problem. */
  dateOrder: DateOrder | null;
  /** What decided each, in words the reply can show ("the file: 30.11.2026 is day-first"). */
  decimalFrom: string;
  dateOrderFrom: string;
}

/** Decimal mark and date order of a BCP 47 locale, from the runtime's own CLDR data (no hand-kept table). */
export function localeConventions(tag: string): { decimal: DecimalMark; dateOrder: DateOrder; name: string } {
  let name: string;
  try {
    name = Intl.getCanonicalLocales(tag)[0] ?? tag;
  } catch {
    throw invalidInput(
      "locale",
      `"${tag.slice(0, 40)}" is not a locale tag`,
      "Pass a BCP 47 tag such as de-DE, fr-FR, pt-BR or en-US.",
    );
  }
  const decimalPart = new Intl.NumberFormat(name).formatToParts(1.5).find((p) => p.type === "decimal")?.value;
  const parts = new Intl.DateTimeFormat(name, { day: "numeric", month: "numeric", year: "numeric" }).formatToParts(
    new Date(Date.UTC(2026, 10, 30)),
  );
  const order = parts.filter((p) => p.type === "day" || p.type === "month").map((p) => p.type);
  return {
    decimal: decimalPart === "," || decimalPart === "٫" ? "," : ".",
    dateOrder: order[0] === "month" ? "mdy" : "dmy",
    name,
  };
}

const NUMERIC_DATE = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})(?:[ ,T].*)?$/;

/**
 * Evidence gathered while reading a file, one value at a time, before any row is interpreted: which decimal mark
 * and which day order its values prove. Only digits, separators and dates are kept, never other content.
 */
export class LocaleEvidence {
  private commaDecimal = 0;
  private dotDecimal = 0;
  private dayFirst: string | undefined;
  private monthFirst: string | undefined;
  private dotted = 0;
  private numericDates = 0;

  private readonly dates = new Map<string, number>();

  /** A count column (impressions, clicks): a separator in it can only group thousands. */
  integer(raw: string): void {
    if (allDigits(raw)) return; // the usual cell: nothing to learn, and no string made to find that out
    const s = compact(raw);
    if (/^\d{1,3}(\.\d{3})+$/.test(s)) this.commaDecimal++;
    else if (/^\d{1,3}(,\d{3})+$/.test(s)) this.dotDecimal++;
  }

  /** A money or fractional column: both marks, or a mark not followed by exactly three digits, decide. */
  decimal(raw: string): void {
    const mark = singleMark(raw);
    if (mark === NO_MARK) return;
    if (mark === DECIDES_DOT) {
      this.dotDecimal++;
      return;
    }
    if (mark === DECIDES_COMMA) {
      this.commaDecimal++;
      return;
    }
    const s = compact(raw).replace(/[^\d.,]/g, "");
    const comma = s.lastIndexOf(",");
    const dot = s.lastIndexOf(".");
    if (comma >= 0 && dot >= 0) {
      if (comma > dot) this.commaDecimal++;
      else this.dotDecimal++;
    } else if (comma >= 0) {
      if (!/^\d{1,3}(,\d{3})+$/.test(s)) this.commaDecimal++;
    } else if (dot >= 0) {
      if (!/^\d{1,3}(\.\d{3})+$/.test(s)) this.dotDecimal++;
    }
  }

  date(raw: string): void {
    // A file has few distinct days and many rows: what each written form says is worked out once.
    let seen = this.dates.get(raw);
    if (seen === undefined) {
      seen = this.classify(raw);
      if (this.dates.size > 10_000) this.dates.clear();
      this.dates.set(raw, seen);
    }
    if (seen & NUMERIC) this.numericDates++;
    if (seen & DOTTED) this.dotted++;
  }

  /** NUMERIC/DOTTED bits of a date as written; notes the first day-first and month-first dates. */
  private classify(raw: string): number {
    const m = NUMERIC_DATE.exec(raw.trim());
    if (!m) return 0;
    const [a, b] = [Number(m[1]), Number(m[3])];
    if (a > 12 && b <= 12) this.dayFirst ??= `${m[1]}${m[2]}${m[3]}${m[2]}${m[4]}`;
    if (b > 12 && a <= 12) this.monthFirst ??= `${m[1]}${m[2]}${m[3]}${m[2]}${m[4]}`;
    return NUMERIC | (m[2] === "." ? DOTTED : 0);
  }

  /**
   * The reading locale: an option wins; otherwise what the values prove; otherwise the file's conventions
   * (semicolon-separated and dotted-date files come from comma-decimal, day-first locales).
   */
  resolve(options: LocaleOptions, delimiter: string): ReadingLocale {
    const fromLocale = options.locale ? localeConventions(options.locale) : undefined;
    let decimal: DecimalMark;
    let decimalFrom: string;
    if (options.decimalSeparator) {
      decimal = options.decimalSeparator;
      decimalFrom = "decimalSeparator option";
    } else if (fromLocale) {
      decimal = fromLocale.decimal;
      decimalFrom = `locale ${fromLocale.name}`;
    } else if (this.commaDecimal > this.dotDecimal) {
      decimal = ",";
      decimalFrom = "the file's numbers";
    } else if (this.dotDecimal > this.commaDecimal) {
      decimal = ".";
      decimalFrom = "the file's numbers";
    } else if (delimiter === ";" || (this.dotted > 0 && this.dotted === this.numericDates)) {
      decimal = ",";
      decimalFrom = delimiter === ";" ? "the file's semicolon separators" : "the file's dotted dates";
    } else {
      decimal = ".";
      decimalFrom = "default";
    }
    let dateOrder: DateOrder | null = null;
    let dateOrderFrom = this.numericDates ? "undecided" : "no numeric dates";
    if (options.dateOrder) {
      dateOrder = options.dateOrder;
      dateOrderFrom = "dateOrder option";
    } else if (fromLocale) {
      dateOrder = fromLocale.dateOrder;
      dateOrderFrom = `locale ${fromLocale.name}`;
    } else if (this.dayFirst && !this.monthFirst) {
      dateOrder = "dmy";
      dateOrderFrom = `the file's dates (${this.dayFirst} is day-first)`;
    } else if (this.monthFirst && !this.dayFirst) {
      dateOrder = "mdy";
      dateOrderFrom = `the file's dates (${this.monthFirst} is month-first)`;
    } else if (this.dayFirst && this.monthFirst) {
      dateOrderFrom = `conflicting dates in the file (${this.dayFirst} is day-first, ${this.monthFirst} month-first)`;
    } else if (this.numericDates && this.dotted === this.numericDates) {
      dateOrder = "dmy";
      dateOrderFrom = "the file's dotted dates (day-first wherever dots are used)";
    } else if (this.numericDates && decimal === ",") {
      // Every locale that writes decimal commas writes day-first dates (de, fr, es, it, pt-BR, nl, pl, ru, tr...).
      dateOrder = "dmy";
      dateOrderFrom = "the file's decimal commas (comma-decimal locales write day-first dates)";
    }
    return { decimal, dateOrder, decimalFrom, dateOrderFrom };
  }
}

const NUMERIC = 1;
const DOTTED = 2;

function allDigits(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return s.length > 0;
}

const NO_MARK = 0;
const DECIDES_DOT = 1;
const DECIDES_COMMA = 2;
const OTHER = 3;
/**
 * The usual money cell, digits with at most one mark ("12.34", "12,5", "1234"), read without making a string:
 * NO_MARK (no evidence), DECIDES_DOT / DECIDES_COMMA (a mark not followed by exactly three digits is a decimal mark),
 * or OTHER (grouping, currency signs, spaces...: the general rule reads it).
 */
function singleMark(s: string): number {
  let mark = 0;
  let at = -1;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) continue;
    if ((c !== 46 && c !== 44) || mark !== 0) return OTHER;
    mark = c;
    at = i;
  }
  if (mark === 0) return s.length > 0 ? NO_MARK : OTHER;
  const before = at;
  const after = s.length - at - 1;
  // "1,234" or "1.234": a thousands group or a decimal; the general rule decides.
  if (before >= 1 && before <= 3 && after === 3) return OTHER;
  return mark === 46 ? DECIDES_DOT : DECIDES_COMMA;
}

const compact = (raw: string) => raw.trim().replace(/[\s\u00a0\u202f']/g, "");

/** A cell that came typed from a spreadsheet (xlsx number): canonical JS digits, read the same in every locale. */
export const TYPED = "\u0001";

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
const pad = (n: number) => String(n).padStart(2, "0");

/**
 * "2026-03-01", "2026/03/01", "Mar 1, 2026", "1 Mar 2026", "03/21/2026", "01.12.2026", "1/12/26 12:00 AM": numeric
 * day/month dates follow `order`; without one, a date only one reading allows is taken and any other is refused.
 */
export function readDay(column: string, raw: string, order: DateOrder | null): string {
  // A file has few distinct days and many rows: each written form is read once.
  const cache = order === "dmy" ? DMY_DAYS : order === "mdy" ? MDY_DAYS : ANY_DAYS;
  const hit = cache.get(raw);
  if (hit !== undefined) return hit;
  const day = readDayUncached(column, raw, order);
  if (cache.size > 10_000) cache.clear();
  cache.set(raw, day);
  return day;
}

const DMY_DAYS = new Map<string, string>();
const MDY_DAYS = new Map<string, string>();
const ANY_DAYS = new Map<string, string>();

function readDayUncached(column: string, raw: string, order: DateOrder | null): string {
  if (raw.startsWith(TYPED)) {
    // A day the spreadsheet kept as its serial number (days since 1899-12-30) rather than a formatted date.
    const serial = Number(raw.slice(1));
    if (Number.isInteger(serial) && serial > 20_000 && serial < 80_000)
      return new Date(Date.UTC(1899, 11, 30) + serial * 86_400_000).toISOString().slice(0, 10);
    throw new RowProblem(`${column} must be a date (got ${shown(raw)})`);
  }
  const s = raw.trim().replace(/^"|"$/g, "");
  let m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[ T].*)?$/.exec(s);
  if (m) return parseDate(column, `${m[1]}-${pad(+m[2]!)}-${pad(+m[3]!)}`);
  m = /^(?:[a-z]{3},? )?([a-z]{3})[a-z]*\.? (\d{1,2}),? (\d{4})$/i.exec(s);
  if (m && MONTHS.includes(m[1]!.toLowerCase()))
    return parseDate(column, `${m[3]}-${pad(MONTHS.indexOf(m[1]!.toLowerCase()) + 1)}-${pad(+m[2]!)}`);
  m = /^(\d{1,2}) ([a-z]{3})[a-z]*\.? (\d{4})$/i.exec(s);
  if (m && MONTHS.includes(m[2]!.toLowerCase()))
    return parseDate(column, `${m[3]}-${pad(MONTHS.indexOf(m[2]!.toLowerCase()) + 1)}-${pad(+m[1]!)}`);
  m = NUMERIC_DATE.exec(s);
  if (m) {
    const [a, b] = [+m[1]!, +m[3]!];
    const year = m[4]!.length === 2 ? `20${m[4]}` : m[4]!;
    const dayFirst = order === "dmy" || (order === null && a > 12 && b <= 12);
    const monthFirst = order === "mdy" || (order === null && b > 12 && a <= 12);
    if (dayFirst) return parseDate(column, `${year}-${pad(b)}-${pad(a)}`);
    if (monthFirst) return parseDate(column, `${year}-${pad(a)}-${pad(b)}`);
    throw new RowProblem(
      `${column} ${shown(raw)} could be day/month or month/day and nothing else in the file tells; pass dateOrder "dmy" or "mdy" (or the locale), or export dates as YYYY-MM-DD`,
    );
  }
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s))
    throw new RowProblem(`${column} must be a date such as 2026-12-01 (got ${shown(raw)})`);
  return parseDate(column, s);
}

const EMPTY = new Set(["", "-", "--", "—", "n/a", "na"]);

/** A value is quoted back only when it is made of digits, separators and currency marks: never other file content. */
export function shown(raw: string): string {
  const s = raw.replace(TYPED, "").trim();
  return /^[\d\s.,:/'%()+\-$€£¥₹₩R]{1,24}$/.test(s) || /^[A-Z]{3} ?[\d.,\s]{1,20}$/.test(s)
    ? JSON.stringify(s)
    : "text that is not a number";
}

/**
 * "1,234.50", "$1,234.50", "1.234,50 €", "R$ 1.234,56", "USD 12", "1 234", "12,5" → a plain decimal string, given the
 * file's decimal mark. A typed spreadsheet number is already plain.
 */
export function normalizeNumber(column: string, raw: string, decimal: DecimalMark, what = "number"): string {
  if (PLAIN_INT.test(raw)) return raw;
  if (raw.startsWith(TYPED)) {
    const n = Number(raw.slice(1));
    if (!Number.isFinite(n) || n < 0) throw notNumber(column, raw, what);
    return plainDigits(n);
  }
  let s = raw.trim().replace(SPACES, "");
  if (EMPTY.has(s.toLowerCase())) return "0";
  s = s.replace(CODE, "").replace(SYMBOL, "").replace(PERCENT, "");
  const grouped = decimal === "." ? COMMA_GROUPS : DOT_GROUPS;
  if (s.includes(decimal === "." ? "," : ".")) {
    if (!grouped.test(s)) throw notNumber(column, raw, what);
    s = s.replaceAll(decimal === "." ? "," : ".", "");
  }
  if (decimal === ",") s = s.replace(",", ".");
  if (!PLAIN_DECIMAL.test(s)) throw notNumber(column, raw, what);
  return s;
}

const PLAIN_INT = /^\d{1,15}$/;
const PLAIN_DECIMAL = /^\d+(\.\d+)?$/;
const SPACES = /[\s\u00a0\u202f']/g;
const CODE = /^[A-Z]{3}(?=[\d.,])|(?<=[\d.,])[A-Z]{3}$/;
const SYMBOL = /R\$|[$€£¥₹₩]/g;
const PERCENT = /%$/;
const COMMA_GROUPS = /^\d{1,3}(,\d{3})+(\.\d*)?$/;
const DOT_GROUPS = /^\d{1,3}(\.\d{3})+(,\d*)?$/;

const notNumber = (column: string, raw: string, what: string) =>
  new RowProblem(`${column} must be a non-negative ${what} (got ${shown(raw)})`);

/** A float from a spreadsheet as exact decimal digits (no exponent, no binary noise beyond 10 significant places). */
function plainDigits(n: number): string {
  if (Number.isInteger(n)) return BigInt(n).toString();
  const fixed = n.toFixed(10).replace(/0+$/, "");
  return fixed.endsWith(".") ? fixed.slice(0, -1) : fixed;
}

export function readNumber(column: string, raw: string, decimal: DecimalMark): number {
  return Number(normalizeNumber(column, raw, decimal));
}

export function readCount(column: string, raw: string, decimal: DecimalMark): number {
  const s = normalizeNumber(column, raw, decimal, "integer");
  if (!/^\d+$/.test(s)) throw new RowProblem(`${column} must be a non-negative integer (got ${shown(raw)})`);
  const n = Number(s);
  if (!Number.isSafeInteger(n)) throw new RowProblem(`${column} is out of range (got ${shown(raw)})`);
  return n;
}

/** Currency units → integer micros, exactly (the fraction never goes through a float). */
export function readMicros(column: string, raw: string, decimal: DecimalMark): number {
  const fast = plainMicros(raw, decimal === "." ? 46 : 44);
  if (fast >= 0) return fast;
  const plain = normalizeNumber(column, raw, decimal, "decimal amount");
  // A spreadsheet stores 12.3456789 as a binary float: its digits past micros are noise, so it is rounded.
  if (raw.startsWith(TYPED)) return Math.round(Number(plain) * 1_000_000);
  const [whole, frac = ""] = plain.split(".");
  if (frac.length > 6) throw new RowProblem(`${column} has more than 6 decimals (got ${shown(raw)})`);
  const out = Number(whole) * 1_000_000 + Number(frac.padEnd(6, "0"));
  if (!Number.isSafeInteger(out)) throw new RowProblem(`${column} is out of range (got ${shown(raw)})`);
  return out;
}

/**
 * "12.34" (or "12,34" with decimal commas): up to 15 digits, the file's decimal mark, up to 6 decimals, nothing else.
 * Read straight into micros without making strings; -1 for anything else (the general path reads or refuses it).
 */
function plainMicros(s: string, mark: number): number {
  let whole = 0;
  let frac = 0;
  let fracDigits = -1;
  let digits = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      if (fracDigits < 0) {
        if (++digits > 15) return -1;
        whole = whole * 10 + (c - 48);
      } else {
        if (++fracDigits > 6) return -1;
        frac = frac * 10 + (c - 48);
      }
    } else if (c === mark && fracDigits < 0 && digits > 0) fracDigits = 0;
    else return -1;
  }
  if (digits === 0 || fracDigits === 0) return -1;
  const out = whole * 1_000_000 + (fracDigits > 0 ? frac * 10 ** (6 - fracDigits) : 0);
  return Number.isSafeInteger(out) ? out : -1;
}
