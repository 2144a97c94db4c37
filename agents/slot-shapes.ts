import { MONTH as MONTH_NAME } from "./intent-dates.ts";
import { requestWordsInEnglish } from "./intent-languages.ts";
import type { McpToolInfo } from "./mcp-client.ts";

/**
 * Arguments known by their shape and the schema's field names, for any tool that declares them (one nested object
 * level too, e.g. create_experiment's `target`): a link fills a field named …Url, "ad set 238500011" an ad set / ad
 * group id, "live" or "for real" turns a dry run off and "preview" on, "renewed through end of year" fills a field
 * named …ExpiresAt. Only empty fields; each fill is said back. Pure over text, schema and "now".
 */
interface Schema {
  type?: string | string[];
  properties?: Record<string, Schema>;
}

const URL_SAID = /https?:\/\/[^\s>|]+/;
const AD_GROUP = /\bad[ -]?(?:set|group)s?\s*(?:id)?\s*[:#=]?\s*(\d{5,})\b/i;
const LIVE = /\b(?:live|for real|real ads?|actually (?:launch|run|push))\b/i;
const DRY =
  /\b(?:dry[- ]?run|preview|simulate|what would|don'?t (?:launch|push|publish) (?:it|them|anything)|not live)\b/i;

/** Where the last match of `re` starts in `text` (-1 when none). */
const lastAt = (re: RegExp, text: string) =>
  Math.max(-1, ...[...text.matchAll(new RegExp(re.source, "gi"))].map((m) => m.index ?? -1));

/** "only the ones with valid rights today", "usable right now": rights valid on today's date. */
const VALID_TODAY = /\bvalid\b.*\b(?:today|now)\b|\b(?:today|now)\b.*\bvalid\b|\busable (?:today|right now|now)\b/;
/** "valid rights til june", "cleared through August", "usable until 2 May". */
const VALID_UNTIL = /\b(?:valid|cleared|usable|licensed)\b/;
const MONTH_NAMES = "january february march april may june july august september october november december".split(" ");

/** The words that say until when: "to", "expires", "expiry", "the contract finishes", "licence ends on". */
const UNTIL_WORDS = "(?:through|thru|until|till|til|to|expires?|expiring|expiry|expiration|ends?|ending|finish(?:es)?)";
/** The words before "end of …" that say until when, and "to"'s slips ("two", "tae"). */
const TO_END = `${UNTIL_WORDS}\\s+(?:on\\s+)?(?:the\\s+)?end of`;

function expiry(said: string, now: Date): string | undefined {
  // "extended two the end of September", "tae the end of October": a slip or dialect "to" before "the end of".
  const lower = said.replace(/\b(?:two|too|tae|ta)\s+(?=(?:the\s+)?end of\b)/g, "to ");
  const iso = lower.match(
    /\b(?:through|thru|until|till|to|expires?|expiring|valid)\s+(?:on\s+)?(\d{4}-\d{2}-\d{2})\b/,
  )?.[1];
  if (iso) return iso;
  // "Mara's rights have been extended to end of October — 2027-10-31": the one date of a message about rights.
  const dates = lower.match(/\b\d{4}-\d{2}-\d{2}\b/g) ?? [];
  if (dates.length === 1 && /\b(?:rights?|renew\w*|extend\w*|expir\w*|valid)\b/.test(lower)) return dates[0];
  const y = now.getUTCFullYear();
  const month = lower.match(
    new RegExp(
      `\\b${TO_END} (january|february|march|april|may|june|july|august|september|october|november|december)\\b`,
    ),
  )?.[1];
  if (month) {
    const m = MONTH_NAMES.indexOf(month);
    const last = (year: number) => new Date(Date.UTC(year, m + 1, 0));
    const end = last(y) < now ? last(y + 1) : last(y);
    return end.toISOString().slice(0, 10);
  }
  if (new RegExp(`\\b${TO_END} (?:the |this )?year\\b|\\bthrough (?:the )?year'?s end\\b`).test(lower))
    return `${y}-12-31`;
  if (new RegExp(`\\b${TO_END} next year\\b`).test(lower)) return `${y + 1}-12-31`;
  const year = lower.match(new RegExp(`\\b${TO_END} (20\\d\\d)\\b`))?.[1];
  if (year) return `${year}-12-31`;
  if (new RegExp(`\\b${TO_END} (?:the |this )?month\\b`).test(lower))
    return new Date(Date.UTC(y, now.getUTCMonth() + 1, 0)).toISOString().slice(0, 10);
  return dayOrMonthSaid(lower, now);
}

const DAY_MS = 86_400_000;

/**
 * How many days ahead a …WithinDays field ("expiringWithinDays") reaches, when its own first word (or "run out") is
 * said: "in 14 days", "within 2 weeks", "this month" (to its last day), "before 30 April" / "by end of May".
 */
function horizon(key: string, said: string, now: Date): number | undefined {
  // "dans le mois", "en los próximos 15 días": the request words in English first.
  const lower = requestWordsInEnglish(said).toLowerCase();
  const stem = key
    .replace(/([a-z])([A-Z])/g, "$1 $2")
    .toLowerCase()
    .split(" ")[0]!
    .slice(0, 5);
  // "rights ending before …", "licences that lapse": an end said of what expires is its first word too.
  const ends =
    /\brun(?:ning|s)? out\b/.test(lower) ||
    (stem === "expir" &&
      /\b(?:rights?|licen[cs]es?|releases?)\b[^.?!]*\b(?:end|ends|ending|lapse[sd]?|lapsing)\b/.test(lower));
  if (stem.length < 5 || !(lower.includes(stem) || ends)) return undefined;
  const n = (w: string) => WORD_NUMBER[w] ?? Number(w);
  const days = lower.match(
    new RegExp(
      `\\b(?:in|within|next|in the next|over the next)\\s+(\\d{1,4}|${NUMBER_WORDS})\\s*(?:d|days?)\\b|\\b(\\d{1,4})\\s*(?:d|-day|days?)\\s+(?:window|horizon|ahead|out)\\b`,
    ),
  );
  if (days) return n(days[1] ?? days[2]!);
  const weeks = lower.match(
    new RegExp(`\\b(?:in|within|next|in the next|over the next)\\s+(\\d{1,2}|${NUMBER_WORDS}|a)\\s+weeks?\\b`),
  );
  if (weeks) return (weeks[1] === "a" ? 1 : n(weeks[1]!)) * 7;
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  if (/\b(?:this month|end of (?:the |this )?month)\b/.test(lower))
    return Math.round((Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 0) - today) / DAY_MS);
  // "within the month", "in a month", "over the next month": a month ahead.
  if (/\b(?:in|within|inside|over)\s+(?:the\s+next\s+|the\s+|a\s+|one\s+)month\b|\bnext month\b/.test(lower)) return 30;
  const until = dayOrMonthSaid(lower.replace(/\b(?:before|by)\b/g, "until"), now);
  if (until) return Math.round((Date.parse(until) - today) / DAY_MS);
  // "before the promo wraps on May 31": a day said anywhere after "before / by / until".
  const after = lower.match(/\b(?:before|by|until|till)\b(.*)$/)?.[1];
  const day = after ? dayOnSaid(after, now) : undefined;
  return day && Date.parse(day) > today ? Math.round((Date.parse(day) - today) / DAY_MS) : undefined;
}

/** Counts said in words ("the next two weeks"). */
const WORD_NUMBER: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  fourteen: 14,
  fifteen: 15,
  thirty: 30,
  sixty: 60,
  ninety: 90,
};
const NUMBER_WORDS = Object.keys(WORD_NUMBER).join("|");

/** Words that may follow a season said as a date ("through summer and then…", "until autumn for the trail ads"). */
const SEASON_ENDS =
  "\\s+(?:and|then|but|so|please|pls|thanks|for|if|or|as|too|only|is|it|we|i|at|on|in|latest|at the latest|20\\d\\d)\\b";

const MONTH = `${MONTH_NAME}(?![a-z])\\.?`;
const UNTIL = `(?:${UNTIL_WORDS}|valid (?:through|until|till|to))\\s+(?:on\\s+)?(?:the\\s+)?`;

/**
 * "run to 31 Oct 2027", "extended until 31 July", "through October 31", "till Oct", "renewed to august": a day of a
 * month (or a month's last day) said after "to/until/through", in the year given or the next one still ahead.
 */
function dayOrMonthSaid(lower: string, now: Date): string | undefined {
  const day = (m: string, d?: string, year?: string) => {
    const month = MONTH_NAMES.findIndex((n) => n.startsWith(m));
    const on = (yy: number) => new Date(Date.UTC(yy, d ? month : month + 1, d ? Number(d) : 0));
    const y = year ? Number(year) : now.getUTCFullYear();
    const date = !year && on(y) < now ? on(y + 1) : on(y);
    return date.toISOString().slice(0, 10);
  };
  const dm = lower.match(
    new RegExp(`\\b${UNTIL}(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH}(?:,?\\s+(20\\d\\d))?\\b`),
  );
  if (dm && Number(dm[1]) <= 31) return day(dm[2]!, dm[1], dm[3]);
  const md = lower.match(new RegExp(`\\b${UNTIL}${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(20\\d\\d))?\\b`));
  if (md && Number(md[2]) <= 31) return day(md[1]!, md[2], md[3]);
  // A month alone ("till Oct", "renewed to august"), never "to may", which is far more often a verb.
  const m = lower.match(new RegExp(`\\b${UNTIL}(?:end of\\s+)?${MONTH}(?:\\s+(20\\d\\d))?(?![a-z0-9])`));
  if (m && m[1] !== "may") return day(m[1]!, undefined, m[2]);
  // "through summer": the season's last month, as the northern hemisphere counts it; never a season that names a
  // thing ("rename it to Spring hero final", "move it to summer campaign").
  const season = lower.match(
    new RegExp(
      `\\b${UNTIL}(?:end of\\s+)?(spring|summer|autumn|fall|winter)\\b(?=\\s*$|\\s*[^\\s\\p{L}]|${SEASON_ENDS})`,
      "u",
    ),
  )?.[1];
  if (season) return day({ spring: "may", summer: "aug", autumn: "nov", fall: "nov", winter: "feb" }[season]!);
  return undefined;
}

/** Words that make a date in a listing the day the rights must hold on ("can we still use it on 15 May?"). */
const USE_ON = /\b(?:rights?|valid|cleared|usable|licen[cs]ed|use|used)\b/;
const ORDINAL_WORDS: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4, fifth: 5, last: 0 };

/**
 * The day a use is asked about, said with "on/in/for/by/say": "on the 1st of May", "on may 15", "15 May", "June 1",
 * "the first week of June" (its first day), "in August" (its first day), "on the 30th" (this month's, or next month's
 * once past), a date in ISO form. The next such day from now; undefined when none is said.
 */
export function dayOnSaid(lower: string, now: Date): string | undefined {
  const iso = lower.match(/\b(\d{4}-\d{2}-\d{2})\b/)?.[1];
  if (iso) return iso;
  const ahead = (month: number, d: number, year?: string) => {
    const on = (yy: number) => new Date(Date.UTC(yy, month, d));
    const today = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
    const y = year ? Number(year) : now.getUTCFullYear();
    return (!year && on(y) < today ? on(y + 1) : on(y)).toISOString().slice(0, 10);
  };
  const monthOf = (m: string) => MONTH_NAMES.findIndex((n) => n.startsWith(m));
  const YEAR = "(?:,?\\s+(20\\d\\d))?";
  const dm = lower.match(
    new RegExp(`\\b(?:the\\s+)?(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH}${YEAR}(?![a-z])`),
  );
  if (dm && Number(dm[1]) >= 1 && Number(dm[1]) <= 31) return ahead(monthOf(dm[2]!), Number(dm[1]), dm[3]);
  const md = lower.match(new RegExp(`\\b${MONTH}\\s+(?:the\\s+)?(\\d{1,2})(?:st|nd|rd|th)?\\b${YEAR}`));
  if (md && Number(md[2]) >= 1 && Number(md[2]) <= 31) return ahead(monthOf(md[1]!), Number(md[2]), md[3]);
  // "the first of June", "the first week of June": its first day.
  const word = lower.match(new RegExp(`\\b(first|second|third|fourth|fifth)\\s+(?:week\\s+)?of\\s+${MONTH}(?![a-z])`));
  if (word) {
    const weekly = /\bweek\s+of\b/.test(word[0]);
    const n = ORDINAL_WORDS[word[1]!]!;
    return ahead(monthOf(word[2]!), weekly ? 1 + (n - 1) * 7 : n);
  }
  // "in August", "in the May flight": the month's first day ("in may" too: after "in" it is the month).
  const month = lower.match(new RegExp(`\\b(?:in|for|during|by)\\s+(?:the\\s+)?(?:month of\\s+)?${MONTH}(?![a-z])`));
  if (month) return ahead(monthOf(month[1]!), 1);
  // "on the 30th": this month's day, or next month's once it has gone by.
  const nth = lower.match(/\bon\s+the\s+(\d{1,2})(?:st|nd|rd|th)\b/);
  if (nth && Number(nth[1]) <= 31) {
    const d = Number(nth[1]);
    const m = d >= now.getUTCDate() ? now.getUTCMonth() : now.getUTCMonth() + 1;
    return new Date(Date.UTC(now.getUTCFullYear(), m, d)).toISOString().slice(0, 10);
  }
  return undefined;
}

const WEEKDAY_NAMES = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];
/** Words that say from when something holds: "apply from tomorrow", "starting Friday 16th", "effective Monday". */
const FROM_CUE = "(?:from|starting|starts|start|as of|effective|beginning|begin|on|dès|desde|a partir de|ab)";
const TOMORROW = "(?:tomorrow|tommorow|tomorow|tmrw|tmr|tmrow|mañana|manana|demain|morgen)";

/**
 * The day something starts, said after "from/starting/effective/as of": tomorrow (in several languages and its
 * texting forms), a weekday (its next one, or the day of this month given with it: "Friday 16th"), "the 16th", a day
 * of a month. Always today or ahead: a start is not in the past.
 */
export function startSaid(lower: string, now: Date): string | undefined {
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
  if (new RegExp(`\\b${FROM_CUE}\\s+${TOMORROW}(?![a-z])`).test(lower)) return iso(today + DAY_MS);
  const wd = lower.match(
    new RegExp(
      `\\b${FROM_CUE}\\s+(?:next\\s+|this\\s+)?(${WEEKDAY_NAMES.join("|")}|mon|tue|wed|thu|fri|sat|sun)\\b(?:\\s+(?:the\\s+)?(\\d{1,2})(?:st|nd|rd|th)?\\b)?`,
    ),
  );
  if (wd) {
    if (wd[2] && Number(wd[2]) >= 1 && Number(wd[2]) <= 31) {
      const d = Number(wd[2]);
      const m = d >= now.getUTCDate() ? now.getUTCMonth() : now.getUTCMonth() + 1;
      return iso(Date.UTC(now.getUTCFullYear(), m, d));
    }
    const target = WEEKDAY_NAMES.findIndex((n) => n.startsWith(wd[1]!));
    const ahead = (target - now.getUTCDay() + 7) % 7 || 7;
    return iso(today + ahead * DAY_MS);
  }
  const nth = lower.match(
    new RegExp(`\\b${FROM_CUE}\\s+the\\s+(\\d{1,2})(?:st|nd|rd|th)\\b(?!\\s+(?:of\\s+)?[a-z]{3})`),
  );
  if (nth && Number(nth[1]) >= 1 && Number(nth[1]) <= 31) {
    const d = Number(nth[1]);
    const m = d >= now.getUTCDate() ? now.getUTCMonth() : now.getUTCMonth() + 1;
    return iso(Date.UTC(now.getUTCFullYear(), m, d));
  }
  const after = lower.match(new RegExp(`\\b${FROM_CUE}\\s+(.{3,30})`))?.[1];
  return after && !/^\d{4}-\d{2}-\d{2}/.test(after) ? dayOnSaid(`on ${after}`, now) : undefined;
}

export function fillByShape(
  tool: McpToolInfo,
  args: Record<string, unknown>,
  text: string,
  now: Date,
  understood: string[],
): Record<string, unknown> {
  const out = { ...args };
  const lower = text.toLowerCase();
  const url = text.match(URL_SAID)?.[0];
  const adGroup = text.match(AD_GROUP)?.[1];
  const until = expiry(lower, now);
  const fill = (schema: Schema, into: Record<string, unknown>): boolean => {
    let filled = false;
    for (const key of Object.keys(schema.properties ?? {})) {
      if (into[key] !== undefined) continue;
      if (url && /url$/i.test(key)) {
        into[key] = url;
        understood.push(`${key}: ${url}`);
        filled = true;
      } else if (adGroup && /^ad(?:group|set)id$/i.test(key)) {
        into[key] = adGroup;
        understood.push(`ad set/group ${adGroup}`);
        filled = true;
      } else if (until && /expiresat$/i.test(key)) {
        into[key] = until;
        understood.push(`${key}: ${until}`);
        filled = true;
      } else if (/WithinDays$/.test(key) && horizon(key, lower, now) !== undefined) {
        into[key] = horizon(key, lower, now);
        understood.push(`${key}: ${into[key]}`);
        filled = true;
      } else if (/validon$/i.test(key) && VALID_TODAY.test(lower)) {
        into[key] = now.toISOString().slice(0, 10);
        understood.push(`${key}: today`);
        filled = true;
      } else if (/validon$/i.test(key) && VALID_UNTIL.test(lower) && dayOrMonthSaid(lower, now)) {
        // "rights valid through summer", "cleared through August": valid on the last day said.
        into[key] = dayOrMonthSaid(lower, now);
        understood.push(`${key}: ${into[key]}`);
        filled = true;
      } else if (/validon$/i.test(key) && USE_ON.test(lower) && dayOnSaid(lower, now)) {
        // "which pics can we still use on 15 May?", "rights-cleared in August": valid on the day said.
        into[key] = dayOnSaid(lower, now);
        understood.push(`${key}: ${into[key]}`);
        filled = true;
      } else if (/^(?:effective|start|begin)\w*(?:From|On|At|Date)$/.test(key) && startSaid(lower, now)) {
        // "apply from tomorrow", "starting Friday 16th": the day it takes effect, ahead of today.
        into[key] = startSaid(lower, now);
        understood.push(`${key}: ${into[key]}`);
        filled = true;
      } else if ((key === "dryRun" || key === "apply") && (LIVE.test(text) || DRY.test(text))) {
        // "is it real or just a preview?? do it for real then": the last word said decides.
        const dry = !LIVE.test(text) || (DRY.test(text) && lastAt(DRY, text) > lastAt(LIVE, text));
        into[key] = key === "dryRun" ? dry : !dry;
        understood.push(dry ? "a dry run" : "live, not a dry run");
        filled = true;
      }
    }
    return filled;
  };
  const schema = tool.inputSchema as Schema;
  fill(schema, out);
  for (const [key, prop] of Object.entries(schema.properties ?? {})) {
    // "trail images with rights valid through summer": a nested field is filled beside what the object holds already.
    const had = out[key];
    if (!prop.properties || (had !== undefined && (typeof had !== "object" || had === null || Array.isArray(had))))
      continue;
    const nested: Record<string, unknown> = { ...(had as Record<string, unknown> | undefined) };
    if (fill(prop, nested)) out[key] = nested;
  }
  return out;
}
