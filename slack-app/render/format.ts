import { formatMoney, formatUsd } from "../../core/costs/money.ts";

/** Money from integer micros: "$1,234.50". */
/** Dollars, or ad money in the currency it was reported in ("€229.40") when one is given. */
export const money = (micros: number | null | undefined, currency?: string | null) =>
  typeof micros === "number" ? formatMoney(micros, currency) : "—";

/** "2 Apr 2026" (UTC); with time when it is not midnight: "2 Apr 2026, 14:05 UTC". */
export function date(iso: string | null | undefined): string {
  if (!iso) return "—";
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const day = d.toLocaleDateString("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });
  const time = iso.length > 10 && d.getUTCHours() + d.getUTCMinutes() > 0 ? `, ${iso.slice(11, 16)} UTC` : "";
  return `${day}${time}`;
}

/** The last day an exclusive end bound covers: "2026-12-01T00:00:00.000Z" (exclusive) reads as 30 Nov 2026. */
export function throughDate(exclusiveEnd: string | null | undefined): string {
  if (!exclusiveEnd) return "now";
  const ms = Date.parse(exclusiveEnd);
  if (Number.isNaN(ms)) return exclusiveEnd;
  const midnight = exclusiveEnd.length > 10 && new Date(ms).toISOString().slice(11, 23) === "00:00:00.000";
  return date(new Date(midnight ? ms - 86_400_000 : ms).toISOString().slice(0, midnight ? 10 : 24));
}

export const pct = (p: number, digits = 1) => `${(Math.round(p * 100 * 10 ** digits) / 10 ** digits).toFixed(digits)}%`;
export const count = (n: number) => Math.round(n).toLocaleString("en-US");

/** Slack mrkdwn escaping for text we did not write (asset names, notes). */
export const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

const CURSOR_LINE = /^.*\b(next_?cursor|cursor)\s*[=:].*$/gim;
const MICROS = /\b([a-zA-Z]*?)_?(?:[mM]icros)\b["']?\s*[=:]\s*(-?\d+)/g;
const DATETIME = /\b(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(?::\d{2}(?:\.\d+)?)?Z\b/g;

/**
 * A tool's own text made fit for a person in Slack: no cursors (the More button pages), money in dollars rather than
 * micros, UTC datetimes shortened, no JSON or diagram source (a picture or a list says it better).
 */
export function humanText(text: string): string {
  let out = text
    .replace(/```mermaid[\s\S]*?```/g, "")
    .replace(/^(graph|flowchart) (LR|TD|TB|RL)\b[\s\S]*$/m, "")
    .replace(CURSOR_LINE, "")
    .replace(/\(more: [^)]*\)/g, "")
    .replace(MICROS, (_m, name: string, v: string) => `${name || "amount"} ${formatUsd(Number(v))}`)
    .replace(DATETIME, (_m, d: string, t: string) => `${d} ${t} UTC`)
    .replace(INLINE_JSON, inWords);
  out = out
    .split("\n")
    .filter((line) => !looksLikeJson(line))
    .join("\n");
  return withoutInternalIds(out)
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

/** A small JSON object inside a sentence ("no variants match {"audience":"urban-25-34"}"). */
const INLINE_JSON = /\{"[^{}\n]*\}/g;

/** {"audience":"urban-25-34","tone":"calm"} → "audience urban-25-34, tone calm"; anything else is left as it was. */
function inWords(json: string): string {
  try {
    const value = JSON.parse(json) as unknown;
    if (!value || typeof value !== "object" || Array.isArray(value)) return json;
    return Object.entries(value)
      .map(
        ([k, v]) => `${k} ${typeof v === "object" && v !== null ? JSON.stringify(v).replace(/["{}]/g, "") : String(v)}`,
      )
      .join(", ");
  } catch {
    return json;
  }
}

function looksLikeJson(line: string): boolean {
  const t = line.trim();
  if (!/^[[{]/.test(t)) return false;
  try {
    JSON.parse(t);
    return true;
  } catch {
    return /^\{\s*"/.test(t);
  }
}

/**
 * Internal ids a person never needs (models, templates and their versions, reviews, arms, brands, jobs…): dropped from
 * text, with the brackets or backticks that held them. Asset and experiment ids stay: they are what people paste back.
 */
const INTERNAL_ID =
  /\s*[(`[]?\b(?:mdl|tpl|tpv|rvw|arm|brd|brs|aud|prm|prv|job|dep|alc|ing|dec|fbk|cst|evt|cnv|tgv|run|edg|cmp|prd|tal|scn)_[0-9A-Za-z]{6,}\b[)`\]]?/g;

export const withoutInternalIds = (text: string) =>
  text
    .replace(INTERNAL_ID, "")
    .replace(/\[object Object\]/g, "")
    .replace(/[ \t]{2,}/g, " ");

/** Slack caps a section's text at 3000 characters. */
export const clip = (s: string, max = 2900) => (s.length > max ? `${s.slice(0, max - 1)}…` : s);
