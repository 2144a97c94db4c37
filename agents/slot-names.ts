import type { Vocabulary } from "../core/intents/vocabulary.ts";
import type { McpToolInfo } from "./mcp-client.ts";
import { escapeRe, matchValue, oneTypo, valuesNamedIn } from "./resolve.ts";
import { nameAfterWho } from "./slot-schema.ts";

/**
 * Names for the fields a tool takes that the rules did not fill: a campaign from the workspace ("the Spring Sprint
 * 2027 campaign", "la campaña spring sprint") → its id in `campaignId` or `campaign`; a new name, quoted ("rename … to
 * 'Track at golden hour'"). Only free fields the schema declares; each fill is said back.
 */
const CAMPAIGN_WORD = /\b(?:campaigns?|campaña|campana|campanha|campagne|campagna|kampagne)\b/i;

export function fillNamed(
  tool: McpToolInfo,
  args: Record<string, unknown>,
  text: string,
  v: Vocabulary,
  understood: string[],
): Record<string, unknown> {
  const props = tool.inputSchema.properties ?? {};
  const renamed = "name" in props && args.name === undefined ? newName(text) : undefined;
  if (renamed) {
    understood.push(`name: “${renamed}”`);
    args = { ...args, name: renamed };
  }
  args = fieldsSaid(tool, args, text, v, understood);
  const key = ["campaignId", "campaign"].find((k) => k in props && args[k] === undefined);
  const campaigns = (v.campaigns ?? []).map((c) => ({ id: c.id, names: [c.name] }));
  if (!key || !campaigns.length) return args;
  const whole = valuesNamedIn(text, campaigns);
  const said = CAMPAIGN_WORD.test(text) ? campaignPhrase(text) : undefined;
  const partial = said ? matchValue(said, campaigns) : undefined;
  const one =
    whole.length === 1
      ? whole[0]
      : partial?.kind === "one"
        ? partial.value
        : said && campaignByWord(said, campaigns)
          ? campaignByWord(said, campaigns)
          : "templateId" in props
            ? undefined
            : campaignByStem(text, campaigns);
  if (!one) return args;
  understood.push(`campaign: ${one.names[0]}`);
  return { ...args, [key]: one.id };
}

/**
 * "how much did making all the spring sprint stuff cost", "the AI cost of all the spring stuff": a campaign named
 * without its year, or by its first word before "stuff", "things", "work", "ads" or "creative". Only for a tool that
 * takes no template (where "Spring Sprint" could be the template's name); one campaign, or none.
 */
function campaignByStem(
  text: string,
  campaigns: { id: string; names: string[] }[],
): { id: string; names: string[] } | undefined {
  const lower = text.toLowerCase();
  const hits = campaigns.filter((c) => {
    const words = c.names[0]!.toLowerCase().split(/\s+/);
    const stem = words.filter((w) => !/^\d+$/.test(w));
    if (
      stem.length >= 2 &&
      stem.length < words.length &&
      new RegExp(`\\b${stem.map(escapeRe).join("\\s+")}\\b`).test(lower)
    )
      return true;
    const first = stem[0];
    return (
      !!first &&
      first.length >= 4 &&
      new RegExp(`\\b${escapeRe(first)}\\s+(?:stuff|things|work|ads|creatives?|assets|variants)\\b`).test(lower)
    );
  });
  return hits.length === 1 ? hits[0] : undefined;
}

/**
 * "la campaña de spring", "the sprint campaign": a campaign named by one word of its name (four letters or more, not
 * its year; a slip allowed) said next to the word campaign. One campaign, or none.
 */
function campaignByWord(
  said: string,
  campaigns: { id: string; names: string[] }[],
): { id: string; names: string[] } | undefined {
  const words = said.toLowerCase().split(/[^\p{L}\d]+/u);
  const hits = campaigns.filter((c) =>
    c.names[0]!.toLowerCase()
      .split(/\s+/)
      .some((n) => n.length >= 4 && !/^\d+$/.test(n) && words.some((w) => w === n || oneTypo(w, n))),
  );
  return hits.length === 1 ? hits[0] : undefined;
}

/** The words that name a campaign: before "campaign" ("the spring sprint campaign") or after ("campaña spring"). */
function campaignPhrase(text: string): string | undefined {
  const before = text.match(/((?:[\p{L}\d'-]+\s+){1,4})(?:campaigns?|kampagne)\b/iu)?.[1];
  const after = text.match(
    /\b(?:campaña|campana|kampagne|campaign)\s+(?:de\s+|del\s+|la\s+|el\s+|called\s+)?((?:[\p{L}\d'-]+\s*){1,4})/iu,
  )?.[1];
  return [before, after].filter(Boolean).join(" ") || undefined;
}

/**
 * "rename the april 01 track shot to 'Track at golden hour'", "call it “Dawn hero”": the new name, as quoted; unquoted
 * after "rename … to" / "change the name to" ("rename ast_… to Spring hero final"): the words to the end of the clause,
 * up to eight, without a closing "please"/"thanks".
 */
export function newName(text: string): string | undefined {
  const m =
    text.match(
      new RegExp(`${RENAME.source}.*?(?:\\b(?:to|as|into)\\s+|\\s[—–:]\\s*)["'“‘]([^"'”’]{2,80})["'”’]`, "i"),
    ) ?? text.match(/\b(?:call|name|title)\s+(?:it|this|that|them)\s+["'“‘]([^"'”’]{2,80})["'”’]/i);
  if (m) return m[1]?.trim();
  const bare = text.match(
    new RegExp(`${RENAME.source}.*?\\b(?:to|as|into)\\s+(?!["'“‘])([^.,;!?\\n—–]{2,80})`, "i"),
  )?.[1];
  const name = bare
    ?.split(/\s+(?:-|and then|then|so that|so|because|pl[sz]|please|thanks?|thx|ty|instead|asap)(?:\s|$)/i)[0]
    ?.replace(/\s+(?:please|pl[sz]|thanks?|thx|instead|now)\s*$/i, "")
    .trim();
  if (!name || !/^[\p{L}\d]/u.test(name) || name.split(/\s+/).length > 8) return undefined;
  // "rename it to something shorter", "rename to what?": no name said.
  if (/^(?:something|anything|whatever|what|which|it|this|that|them|me)\b/i.test(name)) return undefined;
  return name;
}

/** The text without the new name it says, so the name's words ("Spring", "May hero") are read as nothing else. */
export function withoutName(text: string, name: unknown): string {
  if (typeof name !== "string" || name.length < 2) return text;
  const at = text.toLowerCase().indexOf(name.toLowerCase());
  return at < 0 ? text : `${text.slice(0, at)} ${text.slice(at + name.length)}`;
}

/** Words that ask for a new name: "rename", "re-name", "change the name / title (of …)". */
const RENAME = /\b(?:renam\w*|re-name|(?:change|update|set|switch)\s+(?:the\s+|its\s+)?(?:file\s*)?(?:name|title)\b)/;

interface Field {
  type?: string;
  enum?: string[];
  pattern?: string;
  format?: string;
  items?: Field;
  description?: string;
}
const REMOVE = /\b(?:remove|drop|delete|take (?:out|off)|get rid of|stop targeting|un-?ban)\b/i;

/**
 * Fields the message fills by naming them: "rights holder is Jonah Weiss Photography" → rightsHolder; and the ids a
 * removal names for a `remove…` list ("drop the trail-enthusiasts audience" → removeAudiences, "remove rule
 * tone-no-slang" → remove).
 */
function fieldsSaid(
  tool: McpToolInfo,
  args: Record<string, unknown>,
  text: string,
  v: Vocabulary,
  understood: string[],
): Record<string, unknown> {
  const props = (tool.inputSchema.properties ?? {}) as Record<string, Field>;
  const out = { ...args };
  for (const [key, prop] of Object.entries(props)) {
    if (out[key] !== undefined) continue;
    const words = key.replace(/([a-z])([A-Z])/g, "$1 $2").toLowerCase();
    if (prop.type === "string" && !prop.enum && !prop.pattern && !prop.format && words.includes(" ")) {
      const said = text.match(
        new RegExp(`\\b${words.replace(/ /g, "\\s+")}\\s*(?:is|are|:|=|should be|to be)\\s+([^,.;!?\\n]{2,60})`, "i"),
      );
      if (said) {
        // "rights holder is me, Aroha Ngata": who it is said first, then the name that is the value.
        out[key] = nameAfterWho(text.slice(said.index! + said[0].length - said[1]!.length)) ?? said[1]!.trim();
        understood.push(`${key}: “${out[key]}”`);
      }
      continue;
    }
    // "tagged the bridge shot as 'trail'": a short quoted value for a field described by a quoted example.
    const quoted = [...text.matchAll(/(?:^|[\s(])['‘"“]([\p{L}\d -]{2,30})['’"”](?=[\s,.;:!?)]|$)/gu)].map(
      (m) => m[1]!,
    );
    const saysKey = new RegExp(`\\b${escapeRe(words.split(" ")[0]!)}`, "i").test(text);
    if (prop.type === "string" && /e\.g\.\s*['‘"“]/.test(prop.description ?? "") && quoted.length === 1 && saysKey) {
      out[key] = quoted[0]!.trim();
      understood.push(`${key}: “${out[key]}”`);
      continue;
    }
    if (prop.type === "array" && /^(?:remove|drop|delete)/.test(key) && REMOVE.test(text)) {
      const noun = words.replace(/^(?:remove|drop|delete)\s*/, "");
      const known = /audience/.test(noun) ? valuesNamedIn(text, v.audiences).map((a) => a.id) : [];
      const slugs = known.length
        ? known
        : [...text.matchAll(/(?<![\w@#/.-])([a-z][a-z0-9]*(?:-[a-z0-9]+)+)(?![\w-])/g)].map((m) => m[1]!);
      if (slugs.length) {
        out[key] = [...new Set(slugs)];
        understood.push(`${key}: ${slugs.join(", ")}`);
      }
    }
  }
  return out;
}

/**
 * "ok and rename the bridge one too — 'City bridge – dusk'" after a rename: a follow-up that says a new name of its own
 * gives that name, not the last request's.
 */
export function nameAnew(
  tool: McpToolInfo,
  args: Record<string, unknown>,
  text: string,
  understood: string[],
): Record<string, unknown> {
  if (!("name" in (tool.inputSchema.properties ?? {})) || typeof args.name !== "string") return args;
  const said = newName(text);
  if (!said || said === args.name) return args;
  understood.push(`name: “${said}”`);
  return { ...args, name: said };
}
