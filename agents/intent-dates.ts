import { DATE_WORDS_ABROAD, inEnglish } from "./date-words.ts";
import { isSlip } from "./intent-coverage.ts";
import { isEnglishWord } from "./spelling.ts";

/**
 * Relative and absolute date ranges in Slack words ("last week", "this month", "yesterday", "in October", "since
 * Monday", "Q1", "2027-03-01 to 2027-03-15") → inclusive UTC ISO dates. Pure: the caller passes "now" from the
 * services clock. Weeks start on Monday (ISO); "last week" is the previous Monday–Sunday; "last 7 days" ends today.
 * Spanish and German date words read as their English ones (date-words.ts).
 */
export interface DateRange {
  /** First day, inclusive (YYYY-MM-DD, UTC). */
  from: string;
  /** Last day, inclusive (YYYY-MM-DD, UTC). */
  to: string;
  /** The words it came from, as said ("last week"). */
  phrase: string;
}

const DAY = 86_400_000;
const MONTHS = [
  "jan(?:uary)?",
  "feb(?:ruary)?",
  "mar(?:ch)?",
  "apr(?:il)?",
  "may",
  "june?",
  "july?",
  "aug(?:ust)?",
  "sep(?:t(?:ember)?)?",
  "oct(?:ober)?",
  "nov(?:ember)?",
  "dec(?:ember)?",
];
/** A month's name, whole or shortened ("jan", "sept"), as one capture group. */
export const MONTH = `(${MONTHS.join("|")})`;
const WEEKDAYS = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];
const NUMBER_WORDS: Record<string, number> = { a: 1, one: 1, two: 2, three: 3, four: 4, six: 6, twelve: 12 };
const ISO = "(\\d{4}-\\d{2}-\\d{2})";
const ORD = "(?:st|nd|rd|th)?";

const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const utcDay = (d: Date) => Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate());
const monthIndex = (word: string) => MONTHS.findIndex((m) => new RegExp(`^${m}$`).test(word));
const monthStart = (y: number, m: number) => Date.UTC(y, m, 1);
const monthEnd = (y: number, m: number) => Date.UTC(y, m + 1, 1) - DAY;
const count = (word: string) => NUMBER_WORDS[word] ?? Number(word);

/** The most recent (or current) year in which month `m` has started, so "in October" in April means last October. */
function yearOfMonth(m: number, now: Date): number {
  return m <= now.getUTCMonth() ? now.getUTCFullYear() : now.getUTCFullYear() - 1;
}

/** "March 3", "3 March", "3rd of march" → a day in the most recent past occurrence. */
function dayOfMonth(monthWord: string, day: string, now: Date): number | undefined {
  const m = monthIndex(monthWord);
  const d = Number(day);
  if (m < 0 || !(d >= 1 && d <= 31)) return undefined;
  let ms = Date.UTC(now.getUTCFullYear(), m, d);
  if (ms > utcDay(now)) ms = Date.UTC(now.getUTCFullYear() - 1, m, d);
  return ms;
}

/** What may follow a day said alone: the end of the clause or a word that is no noun it counts ("4 april variants"). */
const DAY_ENDS =
  "(?=\\s*(?:$|[,.?!;:)—–-]|only\\b|and\\b|to\\b|vs\\.?\\b|versus\\b|through\\b|till\\b|until\\b|for\\b|on\\b|in\\b|pls\\b|please\\b|numbers\\b|data\\b|rows\\b|stats\\b|results\\b|spend\\b|(?:19|20)\\d\\d\\b))";

type Rule = [RegExp, (m: RegExpMatchArray, today: number, now: Date) => [number, number] | undefined];

const RULES: Rule[] = [
  [
    new RegExp(`\\b(first|1st|second|2nd|third|3rd|last|final)\\s+week\\s+(?:of|in)\\s+${MONTH}(?:\\s+(\\d{4}))?\\b`),
    (m, today, now) => {
      const mi = monthIndex(m[2]!);
      const y = m[3] ? Number(m[3]) : yearOfMonth(mi, now);
      if (/^(last|final)$/.test(m[1]!)) return [monthEnd(y, mi) - 6 * DAY, Math.min(monthEnd(y, mi), today)];
      const start =
        monthStart(y, mi) + ({ first: 0, "1st": 0, second: 7, "2nd": 7, third: 14, "3rd": 14 }[m[1]!] ?? 0) * DAY;
      return [start, Math.min(start + 6 * DAY, today)];
    },
  ],
  [
    new RegExp(`\\b${MONTH}\\s+(\\d{1,2})${ORD}\\s*(?:-|–|to|until|till|through)\\s*(\\d{1,2})${ORD}\\b`),
    (m, _t, now) => {
      const a = dayOfMonth(m[1]!, m[2]!, now);
      const b = dayOfMonth(m[1]!, m[3]!, now);
      return a !== undefined && b !== undefined ? [a, b] : undefined;
    },
  ],
  [
    new RegExp(`\\b(\\d{1,2})${ORD}\\s*(?:-|–|to|until|till)\\s*(\\d{1,2})${ORD}\\s+(?:of\\s+)?${MONTH}\\b`),
    (m, _t, now) => {
      const a = dayOfMonth(m[3]!, m[1]!, now);
      const b = dayOfMonth(m[3]!, m[2]!, now);
      return a !== undefined && b !== undefined ? [a, b] : undefined;
    },
  ],
  [/\bthis (?:morning|afternoon|evening)\b|\btonight\b/, (_m, today) => [today, today]],
  // "from 1 March to 15 March", "1 Apr to 7 Apr inclusive": a day of a month to a day of a month.
  [
    new RegExp(
      `\\b(?:(?:from|between)\\s+)?(?:the\\s+)?(\\d{1,2})${ORD}(?:\\s+of)?\\s+${MONTH}\\s+(?:to|and|until|till|through|thru|-|–)\\s+(?:the\\s+)?(\\d{1,2})${ORD}(?:\\s+of)?\\s+${MONTH}\\b`,
    ),
    (m, _t, now) => {
      const a = dayOfMonth(m[2]!, m[1]!, now);
      const b = dayOfMonth(m[4]!, m[3]!, now);
      return a !== undefined && b !== undefined ? [a, b] : undefined;
    },
  ],
  // "June to August 2026", "from jan through march": the first month's start to the last one's end.
  [
    new RegExp(`\\b${MONTH}\\s+(?:to|-|–|through|thru|until|till)\\s+${MONTH}(?:\\s+(\\d{4}))?\\b`),
    (m, today, now) => {
      const a = monthIndex(m[1]!);
      const b = monthIndex(m[2]!);
      if (a < 0 || b < 0) return undefined;
      const yb = m[3] ? Number(m[3]) : yearOfMonth(b, now);
      const ya = a <= b ? yb : yb - 1;
      return [monthStart(ya, a), Math.min(monthEnd(yb, b), today)];
    },
  ],
  // One day said with "on": "on the 1st of April", "on April 3rd".
  [
    new RegExp(`\\bon\\s+(?:the\\s+)?(\\d{1,2})${ORD}(?:\\s+of)?\\s+${MONTH}\\b`),
    (m, _t, now) => {
      const a = dayOfMonth(m[2]!, m[1]!, now);
      return a === undefined ? undefined : [a, a];
    },
  ],
  [
    new RegExp(`\\bon\\s+${MONTH}\\s+(\\d{1,2})${ORD}\\b`),
    (m, _t, now) => {
      const a = dayOfMonth(m[1]!, m[2]!, now);
      return a === undefined ? undefined : [a, a];
    },
  ],
  // "the week of 29 March", "week of March 29th": that day and the six after it.
  [
    new RegExp(`\\bweek of\\s+(?:the\\s+)?(\\d{1,2})${ORD}(?:\\s+of)?\\s+${MONTH}\\b`),
    (m, today, now) => {
      const a = dayOfMonth(m[2]!, m[1]!, now);
      return a === undefined ? undefined : [a, Math.min(a + 6 * DAY, today)];
    },
  ],
  [
    new RegExp(`\\bweek of\\s+${MONTH}\\s+(\\d{1,2})${ORD}\\b`),
    (m, today, now) => {
      const a = dayOfMonth(m[1]!, m[2]!, now);
      return a === undefined ? undefined : [a, Math.min(a + 6 * DAY, today)];
    },
  ],
  [new RegExp(`\\b(?:from|between)\\s+${ISO}\\s+(?:to|and|until|till|-|–)\\s+${ISO}\\b`), (m) => span(m[1]!, m[2]!)],
  [
    new RegExp(
      `\\b(?:from|between)\\s+${MONTH}\\s+(\\d{1,2})${ORD}\\s+(?:to|and|until|till|-|–)\\s+(?:${MONTH}\\s+)?(\\d{1,2})${ORD}\\b`,
    ),
    (m, _t, now) => {
      const a = dayOfMonth(m[1]!, m[2]!, now);
      const b = dayOfMonth(m[3] ?? m[1]!, m[4]!, now);
      return a !== undefined && b !== undefined ? [a, b] : undefined;
    },
  ],
  [new RegExp(`\\b${ISO}\\s+(?:to|until|till|-|–|…|\\.\\.)\\s+${ISO}\\b`), (m) => span(m[1]!, m[2]!)],
  [new RegExp(`\\bsince\\s+${ISO}\\b`), (m, today) => [Date.parse(`${m[1]}T00:00:00Z`), today]],
  [
    new RegExp(`\\bsince\\s+(?:the\\s+)?${MONTH}\\s+(\\d{1,2})${ORD}\\b`),
    (m, today, now) => {
      const a = dayOfMonth(m[1]!, m[2]!, now);
      return a === undefined ? undefined : [a, today];
    },
  ],
  [
    new RegExp(`\\b(?:since|from)\\s+(?:the\\s+)?(\\d{1,2})${ORD}(?:\\s+of)?\\s+${MONTH}\\b`),
    (m, today, now) => {
      const a = dayOfMonth(m[2]!, m[1]!, now);
      return a === undefined ? undefined : [a, today];
    },
  ],
  [
    /\bsince\s+the\s+(\d{1,2})(?:st|nd|rd|th)\b/,
    (m, today, now) => [Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), Number(m[1])), today],
  ],
  [
    new RegExp(`\\b(?:since|from)\\s+(?:last\\s+)?(${WEEKDAYS.join("|")})\\b`),
    (m, today, now) => {
      const back = (now.getUTCDay() - WEEKDAYS.indexOf(m[1]!) + 7) % 7 || 7;
      return [today - back * DAY, today];
    },
  ],
  [
    new RegExp(`\\bsince\\s+${MONTH}\\b`),
    (m, today, now) => {
      const mi = monthIndex(m[1]!);
      return [monthStart(yearOfMonth(mi, now), mi), today];
    },
  ],
  // "the day before also, the 12th", "on the 3rd.": a day of this month said alone (of the last month when it is
  // still ahead), never an ordinal that picks ("the 2nd one").
  [
    /\b(?:on\s+)?the\s+(\d{1,2})(?:st|nd|rd|th)\b(?=\s*(?:$|[,.;!?)]|and\b|to\b|through\b|till\b|until\b))/,
    (m, today, now) => {
      const d = Number(m[1]);
      if (!(d >= 1 && d <= 31)) return undefined;
      let ms = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), d);
      if (ms > today) ms = Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 1, d);
      return [ms, ms];
    },
  ],
  [/\b(?:today|so far today)\b/, (_m, today) => [today, today]],
  // "last friday", "this past monday": that day, the most recent one before today ("on monday" may be ahead).
  [
    new RegExp(`\\b(?:last|this past)\\s+(${WEEKDAYS.join("|")})\\b`),
    (m, today, now) => {
      const back = (now.getUTCDay() - WEEKDAYS.indexOf(m[1]!) + 7) % 7 || 7;
      return [today - back * DAY, today - back * DAY];
    },
  ],
  [/\byesterday\b/, (_m, today) => [today - DAY, today - DAY]],
  // "since yesterday", "since last week": from that day (that week's Monday) up to today.
  [/\bsince\s+yesterday\b/, (_m, today) => [today - DAY, today]],
  [/\bsince\s+last\s+week\b/, (_m, today, now) => [weekStart(today, now) - 7 * DAY, today]],
  [/\b(?:the\s+)?day before yesterday\b/, (_m, today) => [today - 2 * DAY, today - 2 * DAY]],
  [
    // "last 7 days", "past two weeks"; in texting form "last 7d", "lst 7d", "past 2wks".
    /\b(?:last|past|previous|the last|the past|lst|pst)\s*(?:(\d{1,3})\s*(d|days?|w|wks?|weeks?|mos?|months?)|(a|one|two|three|four|six|twelve)\s+(days?|weeks?|months?))\b/,
    (m, today, now) => {
      const n = count(m[1] ?? m[3]!);
      const unit = m[2] ?? m[4]!;
      if (unit.startsWith("d")) return [today - (n - 1) * DAY, today];
      if (unit.startsWith("w")) return [today - (n * 7 - 1) * DAY, today];
      return [Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - n, now.getUTCDate()) + DAY, today];
    },
  ],
  // "in the last 24h", "past 48 hours", "the last hour": the days those hours reach back into, to today.
  [
    /\b(?:last|past|previous|the last|the past|lst|pst)\s*(?:(\d{1,3})\s*(?:h|hrs?|hours?)|(?:an?\s+|one\s+)?(?:hour|hr))\b/,
    (m, today, now) => [utcDay(new Date(now.getTime() - Number(m[1] ?? 1) * 3_600_000)), today],
  ],
  [/\b(?:last|past|this|the last|the past)\s+fortnight\b/, (_m, today) => [today - 13 * DAY, today]],
  [
    /\b(?:since|from)\s+(?:the\s+)?(?:start|beginning)\s+of\s+(?:the\s+|this\s+)?year\b/,
    (_m, today, now) => [Date.UTC(now.getUTCFullYear(), 0, 1), today],
  ],
  [
    /\b(?:since|from)\s+(?:the\s+)?(?:start|beginning)\s+of\s+(?:the\s+|this\s+)?month\b/,
    (_m, today, now) => [monthStart(now.getUTCFullYear(), now.getUTCMonth()), today],
  ],
  [/\b(?:this|current)\s+week\b|\bweek to date\b|\bwtd\b/, (_m, today, now) => [weekStart(today, now), today]],
  [
    /\b(?:the\s+)?week before last\b/,
    (_m, today, now) => [weekStart(today, now) - 14 * DAY, weekStart(today, now) - 8 * DAY],
  ],
  [
    /\b(?:the\s+)?month before last\b/,
    (_m, _t, now) => [
      monthStart(now.getUTCFullYear(), now.getUTCMonth() - 2),
      monthEnd(now.getUTCFullYear(), now.getUTCMonth() - 2),
    ],
  ],
  [
    /\b(?:last|previous|past)\s+week\b/,
    (_m, today, now) => [weekStart(today, now) - 7 * DAY, weekStart(today, now) - DAY],
  ],
  [
    /\b(?:last|this past)\s+weekend\b/,
    (_m, today, now) => {
      const sunday = weekStart(today, now) - DAY;
      return [sunday - DAY, sunday];
    },
  ],
  [
    /\b(?:this|current)\s+month\b|\bmonth to date\b|\bmtd\b/,
    (_m, today, now) => [monthStart(now.getUTCFullYear(), now.getUTCMonth()), today],
  ],
  [
    /\b(?:last|previous|past)\s+month\b/,
    (_m, _t, now) => [
      monthStart(now.getUTCFullYear(), now.getUTCMonth() - 1),
      monthEnd(now.getUTCFullYear(), now.getUTCMonth() - 1),
    ],
  ],
  [
    /\b(?:this|current)\s+quarter\b|\bquarter to date\b|\bqtd\b/,
    (_m, today, now) => [monthStart(now.getUTCFullYear(), now.getUTCMonth() - (now.getUTCMonth() % 3)), today],
  ],
  [
    /\b(?:last|previous|past)\s+quarter\b/,
    (_m, _t, now) => {
      const q = now.getUTCMonth() - (now.getUTCMonth() % 3) - 3;
      return [monthStart(now.getUTCFullYear(), q), monthEnd(now.getUTCFullYear(), q + 2)];
    },
  ],
  [
    /\bq([1-4])(?:\s+(\d{4}))?\b/,
    (m, today, now) => {
      const q = (Number(m[1]) - 1) * 3;
      const y = m[2] ? Number(m[2]) : q <= now.getUTCMonth() ? now.getUTCFullYear() : now.getUTCFullYear() - 1;
      return [monthStart(y, q), Math.min(monthEnd(y, q + 2), today)];
    },
  ],
  [
    /\b(?:this year|year to date|ytd|so far this year)\b/,
    (_m, today, now) => [Date.UTC(now.getUTCFullYear(), 0, 1), today],
  ],
  [
    /\blast year\b/,
    (_m, _t, now) => [Date.UTC(now.getUTCFullYear() - 1, 0, 1), Date.UTC(now.getUTCFullYear() - 1, 11, 31)],
  ],
  [
    new RegExp(`\\b(?:in|during|for|over|of|across)\\s+(?:the\\s+month\\s+of\\s+)?${MONTH}(?:\\s+(\\d{4}))?\\b`),
    (m, today, now) => monthRange(m[1]!, m[2], today, now),
  ],
  [
    new RegExp(`^${MONTH}(?:\\s+(\\d{4}))?\\b|\\b${MONTH}\\s+(\\d{4})\\b`),
    (m, today, now) => monthRange(m[1] ?? m[3]!, m[2] ?? m[4], today, now),
  ],
  // "for the march month", "the april month": a month said with the word month after it.
  [new RegExp(`\\b${MONTH}\\s+month\\b`), (m, today, now) => monthRange(m[1]!, undefined, today, now)],
  [new RegExp(`\\b(?:on\\s+)?${ISO}\\b`), (m) => span(m[1]!, m[1]!)],
  // One day of a month said without "on" ("ingest meta for 13 april only", "numbers for April 13th", "the 3rd of
  // March"): that day. Listed last, so a longer phrase around it ("since 1 April", "1-7 April") is read first.
  [
    new RegExp(`(?<![\\d:/.-])(\\d{1,2})${ORD}(?:\\s+of)?\\s+${MONTH}\\b${DAY_ENDS}`),
    (m, _t, now) => {
      const a = dayOfMonth(m[2]!, m[1]!, now);
      return a === undefined ? undefined : [a, a];
    },
  ],
  [
    new RegExp(`\\b(?:(?:for|on|of|in)\\s+)?${MONTH}\\s+(\\d{1,2})${ORD}\\b(?![\\d:/.-])${DAY_ENDS}`),
    (m, _t, now) => {
      const a = dayOfMonth(m[1]!, m[2]!, now);
      return a === undefined ? undefined : [a, a];
    },
  ],
  // "since 04-01", "from 04-01": a month and day in the order of an ISO date, its year the clock's.
  [
    /\b(?:since|from)\s+(\d{2})-(\d{2})\b(?!-)/,
    (m, today, now) => {
      const mi = Number(m[1]) - 1;
      const d = Number(m[2]);
      if (!(mi >= 0 && mi <= 11 && d >= 1 && d <= 31)) return undefined;
      const a = Date.UTC(now.getUTCFullYear(), mi, d);
      return a > today ? undefined : [a, today];
    },
  ],
  // A month said bare where a report's range goes ("cost report march per model"), never before a noun it names
  // ("the april shoot").
  [
    /\b(january|february|march|april|june|july|august|september|october|november|december)\b(?=\s*(?:$|[,.?!;]|per\b|by\b|vs\.?\b|versus\b|only\b|numbers\b|spend\b|costs?\b|split\b|so far\b))/,
    (m, today, now) => monthRange(m[1]!, undefined, today, now),
  ],
];

function span(a: string, b: string): [number, number] | undefined {
  const x = Date.parse(`${a}T00:00:00Z`);
  const y = Date.parse(`${b}T00:00:00Z`);
  return Number.isNaN(x) || Number.isNaN(y) ? undefined : [x, y];
}

function weekStart(today: number, now: Date): number {
  return today - ((now.getUTCDay() + 6) % 7) * DAY;
}

function monthRange(word: string, year: string | undefined, today: number, now: Date): [number, number] | undefined {
  const m = monthIndex(word);
  if (m < 0) return undefined;
  const y = year ? Number(year) : yearOfMonth(m, now);
  return [monthStart(y, m), Math.min(monthEnd(y, m), today)];
}

/** Date words a hurried hand slips on ("lsat week", "yesteday", "since mondya", "this mnoth"). */
const DATE_WORDS = [
  "last",
  "week",
  "month",
  "since",
  "today",
  "yesterday",
  "tomorrow",
  "weekend",
  "fortnight",
  "quarter",
  ...WEEKDAYS,
  "january",
  "february",
  "march",
  "april",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
];

/**
 * A slip (letter dropped, doubled or two swapped; one changed in a long word) of a date word, read as it: English ones
 * ("lsat week", "yesteday") and, when the word is no English word, those of the other languages people write ("la
 * semana psada", "el mes pasdo").
 */
export function dateSlips(lower: string): string {
  return lower.replace(/(?<![\p{L}\d])\p{L}{4,}(?![\p{L}\d])/gu, (w) => {
    if (!/^[a-z]+$/.test(w) || DATE_WORDS.includes(w) || DATE_WORDS_ABROAD.includes(w)) return w;
    const fixes = DATE_WORDS.filter((d) => isSlip(w, d));
    if (fixes.length === 1) return fixes[0]!;
    if (fixes.length || w.length < 5 || isEnglishWord(w)) return w;
    const abroad = DATE_WORDS_ABROAD.filter((d) => isSlip(w, d));
    return abroad.length === 1 ? abroad[0]! : w;
  });
}

/**
 * The first date range said in `text` (lower-cased or not), or undefined. "may" alone is a verb far more often than
 * a month, so it only counts after "in/during/for/since".
 */
export function parseDateRange(text: string, now: Date): DateRange | undefined {
  const lower = commandForm(inEnglish(dateSlips(text.toLowerCase())));
  // "the same for Q1 2026? No — for March only", "last week, sorry, I mean this week": the range said after the
  // last correction is the one meant.
  const corrections = [...lower.matchAll(CORRECTION)];
  const last = corrections.at(-1);
  const said = last ? lower.slice(last.index! + last[0].length) : lower;
  const corrected = last ? firstRange(said, now) : undefined;
  return joinedRange(said, now) ?? corrected ?? firstRange(lower, now);
}

/** Dates typed as options ("from=2027-04-01 to=2027-04-07", "--from 2027-04-05 --to …", "2027-04-01..2027-04-07") as words. */
const commandForm = (lower: string) =>
  lower
    .replace(/(?:^|\s)--?(from|to|since|until)\b[=:\s]*/g, " $1 ")
    .replace(/\b(from|to|since|until)[=:]\s*(?=\d)/g, "$1 ")
    .replace(/(\d{4}-\d{2}-\d{2})\s*\.\.\.?\s*(?=\d{4}-\d{2}-\d{2})/g, "$1 to ");

/** Where a range's two ends are joined: "to", "until", "till", "through", "thru", a dash; "and" after "between". */
const JOINS = /\s*(?:\b(?:to|until|till|through|thru|and)\b|[-–])\s*/g;
/** The end said as the present: "to now", "to date", "until today". */
const NOW_END = /^(?:now|date|the present|present|today)\b/;

/**
 * Two date phrases joined ("from april 3rd to yesterday", "between march 1 and last week", "since the 3rd of April
 * until last friday", "1 april to now"): the first one's start to the second one's end. The first is said after
 * from/between/since or opens the message; a comparison ("last week vs the week before", "compare … to …") is two
 * ranges, not one.
 */
function joinedRange(lower: string, now: Date): DateRange | undefined {
  if (/\b(?:vs\.?|versus|compare[ds]?|comparing|against)\b/.test(lower)) return undefined;
  for (const j of lower.matchAll(JOINS)) {
    if (j[0].trim() === "and" && !/\bbetween\b/.test(lower.slice(0, j.index))) continue;
    const head = lower.slice(0, j.index).trimEnd();
    const opener = [...head.matchAll(/\b(?:from|between|since)\s+/g)].at(-1);
    const left = opener ? head.slice(opener.index) : head;
    const right = lower.slice(j.index! + j[0].length);
    const a = firstRange(left, now);
    if (!a || !left.endsWith(a.phrase) || (!opener && left !== a.phrase)) continue;
    const b = NOW_END.test(right) ? { to: iso(utcDay(now)), phrase: right.match(NOW_END)![0] } : firstRange(right, now);
    if (!b || !right.startsWith(b.phrase) || b.to < a.from) continue;
    return { from: a.from, to: b.to, phrase: `${a.phrase}${j[0]}${b.phrase}`.trim() };
  }
  return undefined;
}

/**
 * A correction opening a clause (after a stop, a dash or a comma): "No —", "actually,", "sorry, I mean", "make that",
 * "wait", "rather", in the languages the date words are read in ("no, mejor …", "non, plutôt …", "nein, eher …").
 */
const CORRECTION =
  /(?:^|[.?!;,:—–-]\s*)(?:no|nope|nah|non|nein|actually|sorry|wait|i mean|make (?:that|it)|rather|correction|mejor|perd[oó]n|plut[oô]t|en fait|eigentlich|lieber|eher)\b(?:\s*[,—–:-]\s*|\s+)(?:(?:i mean|make (?:that|it)|rather|mejor|plut[oô]t|eher|lieber)\b\s*)?/g;

function firstRange(lower: string, now: Date): DateRange | undefined {
  const today = utcDay(now);
  // The range said first ("Q1 vs this quarter" → Q1); of two phrases that overlap the longer ("the day before
  // yesterday" over "yesterday", "march 3-9" over "march"), then the rule listed first.
  let best: { at: number; length: number; range: DateRange } | undefined;
  for (const [pattern, toRange] of RULES) {
    const m = lower.match(pattern);
    if (!m) continue;
    if (/^may\b/.test(m[0]) && !/\d{4}/.test(m[0])) continue;
    const at = m.index! + (m[0].length - m[0].trimStart().length);
    const length = m[0].trim().length;
    if (best) {
      const overlap = at < best.at + best.length && best.at < at + length;
      if (overlap ? length <= best.length : at > best.at) continue;
    }
    const range = toRange(m, today, now);
    if (!range) continue;
    const [from, to] = range[0] <= range[1] ? range : [range[1], range[0]];
    best = { at, length, range: { from: iso(from), to: iso(to), phrase: m[0].trim() } };
  }
  return best?.range;
}

/** "2027-04-05 → 2027-04-11 (last week)" for the reply's understood list. */
export function describeRange(range: DateRange): string {
  const days = range.from === range.to ? range.from : `${range.from} → ${range.to}`;
  return `dates: ${days} (${range.phrase}, UTC)`;
}
