import { FORMATS } from "../core/templates/spec.ts";
import type { ThreadMemory } from "./intent-types.ts";
import type { McpToolInfo } from "./mcp-client.ts";
import { escapeRe } from "./resolve.ts";
import { meantSpan } from "./said-text.ts";

/**
 * The copy a brand check looks at when the message says it against the thread: "And without 'clinically'?" checks the
 * last copy with that word taken out; "the same copy for TikTok 9:16", "check it again with the newest rules" check the
 * last copy again (for the platform and format now named); 'ok what about "…"' checks the new line, not the old one.
 * Also the channel a line is for when the tool takes a free platform ("SMS copy", "push notif", "subject line" →
 * sms, push, email) and a format as the tool's WIDTHxHEIGHT. Pure.
 */
const QUOTE = /["“”]([^"“”]{2,300})["“”]|(?<![\w])['‘’]([^'‘’]{2,300}?)['‘’](?![\w])/g;
const DROP =
  /\b(?:without|drop(?:ping)?|remove|removing|minus|take out|taking out|lose|losing|cut(?:ting)?|no more|get rid of)\s+(?:the\s+)?(?:word\s+)?["“'‘]([^"”'’]{1,40})["”'’]/i;
const SAME =
  /\b(?:same|that|this|the) (?:copy|line|text|headline|wording|one)\b|\b(?:check|run|try) (?:it|that|this) again\b|\b(?:it|that) again\b|\bof the same\b/i;
/** A format id as the checker names it ("9:16" → "1080x1920"), from the templates' own format table. */
const SIZES: Record<string, string> = Object.fromEntries(
  Object.entries(FORMATS).map(([id, f]) => [id, `${f.width}x${f.height}`]),
);

function quoted(text: string): string[] {
  return [...text.matchAll(QUOTE)].map((m) => (m[1] ?? m[2])!.trim()).filter(Boolean);
}

const copyKey = (args: Record<string, unknown>) =>
  ["copy", "text"].find((k) => typeof args[k] === "string") ?? undefined;

/** "the version 3 rules", "rules v2", "against v2", "rule set 4": a version said beside the rules. */
function ruleVersionSaid(lower: string): number | undefined {
  lower = lower.replace(QUOTE, " ");
  if (!/\brules?\b|\brule ?set\b|\bcheck/.test(lower)) return undefined;
  const m =
    lower.match(/\b(?:version|v)\s?(\d{1,3})\b(?!\s*[:.x]\s*\d)/) ??
    lower.match(/\brule ?set\s+(?:version\s+|v\s?)?(\d{1,3})\b(?!\s*[:.x]\s*\d)/);
  return m ? Number(m[1]) : undefined;
}

export function copyFromThread(
  tool: McpToolInfo,
  args: Record<string, unknown>,
  text: string,
  memory: ThreadMemory,
  understood: string[],
): Record<string, unknown> {
  const props = (tool.inputSchema as { properties?: Record<string, { description?: string }> }).properties ?? {};
  // Only a tool that checks ad copy (copy beside its fields), never one whose "text" is a reason or a note.
  if (!("copy" in props) || !("headline" in props || "disclaimer" in props)) return args;
  const out = { ...args };
  const last = memory.lastCall?.tool === tool.name ? memory.lastCall.args : undefined;
  const lastKey = last ? copyKey(last) : undefined;
  const lastCopy = lastKey ? String(last![lastKey]) : undefined;
  const key = copyKey(out) ?? lastKey ?? ("copy" in props ? "copy" : "text");
  const said = quoted(text);
  const drop = text.match(DROP)?.[1]?.trim();
  // 'without "Limited time" then: "New colourway. Shop the drop."': the new line given, not the word taken out.
  const meant = meantSpan(text)?.text;
  const fresh = meant && meant !== drop ? meant : undefined;
  if (lastCopy && drop && !fresh && said.length === 1 && new RegExp(`\\b${escapeRe(drop)}\\b`, "i").test(lastCopy)) {
    let copy = lastCopy
      .replace(new RegExp(`\\s*\\b${escapeRe(drop)}\\b\\s*`, "i"), " ")
      .replace(/\s+([,.!?])/g, "$1")
      .replace(/\s+/g, " ")
      .trim();
    if (/^[A-Z]/.test(lastCopy)) copy = copy.charAt(0).toUpperCase() + copy.slice(1);
    delete out.assetId;
    out[key] = copy;
    understood.push(`copy: the last one without “${drop}”`);
  } else if (lastCopy && !said.length && !out.assetId && SAME.test(text)) {
    out[key] = lastCopy;
    understood.push("copy: the same as before");
  } else if (last && fresh && (said.length === 1 || drop) && fresh.split(/\s+/).length >= 3 && out[key] !== fresh) {
    for (const field of ["assetId", "copy", "text", "headline", "body", "cta", "disclaimer"]) delete out[field];
    out[key] = fresh;
    understood.push(`copy: “${fresh}”`);
  }
  const lower = text.toLowerCase();
  // "with the version 3 rules", "against v2": the rule set version said.
  const version = "ruleSetVersion" in props && out.ruleSetVersion === undefined ? ruleVersionSaid(lower) : undefined;
  if (version !== undefined) {
    out.ruleSetVersion = version;
    understood.push(`rule set version ${version}`);
  }
  const platformDoc = props.platform?.description ?? "";
  if ("platform" in props && /\bsms\b/.test(platformDoc)) {
    const channel = /\bsms\b|\btext message\b/.test(lower)
      ? "sms"
      : /\bpush(?: notif\w*)?\b(?!\s+(?:it|this|that|them|the))/.test(lower) &&
          /\bpush notif|\bfor the push\b|\bpush copy\b|\bthe push\b/.test(lower)
        ? "push"
        : /\bsubject line\b|\be-?mail\b/.test(lower)
          ? "email"
          : undefined;
    if (channel && (!out.platform || out.platform !== channel)) {
      out.platform = channel;
      understood.push(`platform: ${channel}`);
    }
    if (out.platform === "google_ads" && /\bgoogle\b/.test(platformDoc)) out.platform = "google";
  }
  const ratio = lower.match(/\b(1:1|9:16|4:5|1\.91:1)\b/)?.[1];
  if ("format" in props && ratio && /WIDTHxHEIGHT/i.test(props.format?.description ?? "") && !out.format) {
    out.format = SIZES[ratio];
    understood.push(`format: ${SIZES[ratio]}`);
  } else if (
    typeof out.format === "string" &&
    SIZES[out.format] &&
    /WIDTHxHEIGHT/i.test(props.format?.description ?? "")
  )
    out.format = SIZES[out.format];
  return out;
}
