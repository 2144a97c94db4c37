import { platformAdId, platformOf } from "./intent-slots.ts";
import type { Slots } from "./intent-types.ts";
import { escapeRe } from "./resolve.ts";

/**
 * Requests for the tools behind the everyday loop: deployments, templates, prompt labels, the tagger, rule edits,
 * listing assets and decided reviews. Pure: the clause in, the tool and its slots out (the planner binds them).
 */
/**
 * A link taken back in other words: "remove the link of the ad 1789…", "take the partner ad out of the test",
 * "quiten el ad 1789… del test de tiktok" (never the losing ads, which a stop pauses).
 */
const UNLINK_SAID =
  /\b(?:remove|delete|drop|undo)\s+(?:the\s+|that\s+|this\s+)?link\b|^(?!.*\blos(?:ing|ers?)\b).*(?:\b(?:take|pull|get)\b.*\bads?\b.*\b(?:out of|off)|\bremove\b.*\bads?\b.*\bfrom|\b(?:quit(?:a|en|ar)|saca|sacar|sacad)\b.*\b(?:ads?|anuncios?)\b.*\b(?:of|del|de la))\s+(?:the\s+|el\s+|la\s+|this\s+|that\s+)?(?:\w+\s+){0,2}(?:test|experiment)\b/;

/**
 * Which ads a test runs, as people ask it: "which ads are actually running in the tiktok test", "which tiktoks go
 * live if this gets approved", "quelles pubs sont concernées", "qué anuncios cuentan para el test", "is the DE winner
 * live somewhere?" — the deployments, not the read-out.
 */
const ADS_OF_TEST =
  /\b(?:which|what|quelles?|quels?)\s+(?:\w+\s+){0,2}(?:ads|tiktoks|pubs|anucios|annonces|creatives|reels|posts)\b.*\b(?:running|run|live|count|cuentan|concern\w*|in (?:the|this|that) (?:\w+\s+){0,2}test|part of)\b|\b(?:is|are)\b.*\b(?:live|running)\s+(?:somewhere|anywhere)\b/;

const TEMPLATE_FROM_WINNER =
  /\b(?:v\d+|(?:new|next|another)\s+(?:template\s+)?version|template\s+(?:version|variant))\b.*\b(?:of|off|from|fae|o')\b.*\bwinn(?:er|ing)\b|\btemplates?\b.*\b(?:off|from|out of|based on|derived from)\b.*\bwinn(?:er|ing)\b|\bwinn(?:er|ing)\b.*\b(?:basis|base)\s+(?:of|for)\b.*\btemplate\b/;

export function adminAsk(text: string, lower: string): { tool: string; slots: Slots } | undefined {
  const adId = platformAdId(text);
  const platform = platformOf(lower) ?? (/\b(pinterest|pin)\b/.test(lower) ? "pinterest" : undefined);
  if (/\b(unlink|untie|detach|disconnect)\b/.test(lower) || UNLINK_SAID.test(lower))
    return {
      tool: "unlink_deployment",
      slots: { ...(platform ? { platform } : {}), ...(adId ? { platformAdId: adId } : {}) },
    };
  if (
    (/\b(linked|deployments?|hooked up|tied to)\b/.test(lower) &&
      /\b(ads?|which|what|list|show)\b/.test(lower) &&
      !/\blink (?:it|this|ad)\b/.test(lower)) ||
    ADS_OF_TEST.test(lower)
  )
    return { tool: "list_deployments", slots: platform ? { platform } : {} };
  // "a starter rule-set file", "template spec boilerplate?", "an import manifest skeleton": a file to fill in.
  if (
    /\b(?:starter|boilerplate|skeleton|scaffold|blank (?:file|spec|manifest|csv)|empty (?:file|spec|manifest))\b/.test(
      lower,
    )
  ) {
    const kind = /\brules?\b|\brule[ _-]?sets?\b|\bguidelines\b/.test(lower)
      ? "rule_set"
      : /\bmanifest\b|\bimports?\b|\bcsv\b/.test(lower)
        ? "import_manifest"
        : /\btemplates?\b|\bspec\b/.test(lower)
          ? "template"
          : undefined;
    return { tool: "get_starter_file", slots: kind ? { kind } : {} };
  }
  // "cut a v3 of Spring Sprint off the City CTA winner", "a new template off the Black Friday winner", "make the winner
  // the basis of a new template version": a template version built around a winning variant.
  if (TEMPLATE_FROM_WINNER.test(lower)) {
    const name = text.match(
      /\b(?:[Cc]all(?:ed)?|[Nn]ame(?:d)?)\s+(?:it\s+)?["“'‘]?([A-Z][\w' -]{1,40}?)["”'’]?(?:[.!?,]|$)/,
    )?.[1];
    return { tool: "create_template", slots: name ? { name: name.trim() } : {} };
  }
  // "a new template", "create a template called …"; "make that the default in the template" is a promotion.
  if (
    /\b(new|create|add|make)\s+(?:a\s+|an\s+|another\s+)?(?:new\s+)?(?:ad\s+)?template\b|\btemplate\s+(?:called|named)\b/.test(
      lower,
    ) &&
    !/\bvariants?\b/.test(lower)
  ) {
    const name =
      text.match(/["“'‘]([^"”'’]{2,60})["”'’]/)?.[1] ??
      text.match(/\btemplate\s+(?:called|named)\s+([\w' -]{2,40})/i)?.[1];
    return { tool: "create_template", slots: name ? { name: name.trim() } : {} };
  }
  if (/\btagger\b|\bauto-?tagg?er\b/.test(lower)) {
    // "v3", "version 3", "version three".
    const number = lower.match(/\bversion\s+(\d+|one|two|three|four|five|six)\b/)?.[1];
    const word = number ? ["one", "two", "three", "four", "five", "six"].indexOf(number) + 1 || number : undefined;
    const version = lower.match(/\bv\d+\b/g) ?? (word ? [`v${word}`] : null);
    if (/\b(roll ?back|role ?back|revert|go back|restore)\b/.test(lower))
      return { tool: "rollback_tagger", slots: version ? { version: version[0]! } : {} };
    if (/\b(promote|activate|switch to|make .* active|go live)\b/.test(lower))
      return { tool: "promote_tagger", slots: version ? { version: version[0]! } : {} };
    if (/\b(train|retrain|re-train|learn)\b/.test(lower)) return { tool: "retrain_tagger", slots: {} };
    return { tool: "list_tagger_versions", slots: {} };
  }
  if (
    /\b(add|remove|drop|ban|unban|allow|require|make)\b.*\b(rules?|banned (?:list|words?|phrases?)|disclaimers?)\b/.test(
      lower,
    ) &&
    !/\bcheck\b/.test(lower)
  )
    return { tool: "update_brand_rules", slots: {} };
  // "unban 'limited time'", "ban 'crush it'": a phrase quoted after ban/unban is a rule change, list or no list.
  if (/^(?:(?:please|pls|can you|could you)\s+)?(?:ban|unban|forbid|allow)\b\s*["“'‘]/.test(lower))
    return { tool: "update_brand_rules", slots: {} };
  if (/\b(add|create|new)\b.*\baudience\b/.test(lower)) return { tool: "update_brand", slots: {} };
  const listStatus = lower.match(
    /\b(?:list|show|see|what(?:'s| is| are)?)\b.*\b(archived|discarded|rejected|promoted|deployed|approved|needs[_ ]review|generated)\b.*\b(assets?|images?|stuff|files|creatives?|things)\b/,
  );
  if (listStatus && !/\breviews?\b/.test(lower))
    return { tool: "list_assets", slots: { status: listStatus[1]!.replace(" ", "_") } };
  const from = lower.match(/\b(?:from|of) the ([\w-]+(?: [\w-]+)?) (shoot|upload|import|batch)\b/);
  if (from && /\b(library|what'?s|list|show|assets?)\b/.test(lower))
    return { tool: "list_assets", slots: { nameContains: `${from[1]} ${from[2]}` } };
  // "who approved …" asks who decided: the audit trail (intent-topics.ts), not the list of decided reviews.
  const decided = lower.match(
    /\b((?:get|got|were|was) (rejected|approved)|(rejected|approved) (?:reviews?|ones|requests?))\b/,
  );
  if (decided && !/\b(similar|like (?:this|that|it)|more like)\b/.test(lower))
    return { tool: "list_reviews", slots: { status: /reject/.test(decided[0]!) ? "rejected" : "approved" } };
  return undefined;
}

/** A prompt named in the workspace's words: "the ad copy prompt" → kestrel-ad-copy. */
export function promptNamed(lower: string, prompts: string[]): string[] {
  const said = lower.match(/\b(?:the\s+)?([\w-]+(?:\s+[\w-]+)?)\s+prompt\b/)?.[1];
  const words = said?.split(/[\s-]+/).filter((w) => !["the", "our", "my", "new", "a"].includes(w)) ?? [];
  const before = words.length ? prompts.filter((p) => words.every((w) => p.split("-").includes(w))) : [];
  if (before.length) return before;
  // Or every distinctive word of its name said anywhere ("a new version for the ad copy" → kestrel-ad-copy): the
  // words all prompts share (a brand prefix) name none of them.
  const parts = prompts.map((p) => p.split(/[-_\s]+/));
  const shared = new Set(parts[0]?.filter((w) => parts.every((ws) => ws.includes(w))) ?? []);
  const tokens = new Set(lower.split(/[^a-z0-9]+/));
  return prompts.filter((_, i) => {
    const distinctive = parts[i]!.filter((w) => !shared.has(w));
    return distinctive.length > 0 && distinctive.every((w) => tokens.has(w));
  });
}

const PROMPT_TOOLS = new Set(["set_prompt_label", "list_prompt_versions", "create_prompt_version"]);
/** Words that move a label, as opposed to asking where it points. */
const MOVES =
  /\b(put|move|point (?:it|staging|production|prod)|set|promote|ship|deploy|roll|switch|label it|push|bump|go live|revert|rollback)\b/;
/** A question about where labels point or how versions did: "which version is in prod?", "what's on staging?". */
const ASKS = /\?|^(?:(?:and|so|ok|okay|thanks|hey|hi)[\s,!.]+)*(?:which|what|what's|whats|how|is|are|did|does|do)\b/;
/** Asking to see the versions' own words: "with the full text of each", "how it's written". */
const TEXT_WORDS =
  /\b(full text|the text|text of|texts|include text|how (?:it'?s|they'?re) written|wording|what (?:it|they|each) says?)\b/;

/**
 * Prompt label moves and versions: "put v4 of the ad copy prompt on staging", "roll production back", "compare
 * version 3 and 4", "which version is in prod?". In a thread about a prompt ("with the full text of each please",
 * "and production too") the thread's prompt is the one meant.
 */
export function promptAsk(
  lower: string,
  prompts: string[],
  last?: { tool: string; args: Record<string, unknown> },
): { tool: string; slots: Record<string, unknown> } | "ask" | undefined {
  const label = lower
    .match(/\b(production|prod|staging|stage)\b/)?.[1]
    ?.replace(/^prod$/, "production")
    .replace(/^stage$/, "staging");
  const named = promptNamed(lower, prompts);
  const thread = last && PROMPT_TOOLS.has(last.tool) && typeof last.args.name === "string" ? last.args.name : undefined;
  const aboutPrompt =
    /\bprompts?\b/.test(lower) ||
    prompts.some((p) => new RegExp(`(?<![\\w-])${escapeRe(p.toLowerCase())}(?![\\w-])`).test(lower)) ||
    (label !== undefined && /\b(roll ?back|revert|put|move|point|promote)\b/.test(lower)) ||
    (thread !== undefined && /\b(versions?|v\d+|text|labels?|production|prod|staging|live|diff|compare)\b/.test(lower));
  if (!aboutPrompt || !prompts.length) return undefined;
  const version = Number(lower.match(/\bv(?:ersion)?\s*(\d{1,3})\b/)?.[1] ?? Number.NaN);
  const name =
    named.length === 1 ? named[0] : !named.length && thread ? thread : prompts.length === 1 ? prompts[0] : undefined;
  const asks = ASKS.test(lower) && !MOVES.test(lower);
  // "compare version 3 and 4", "diff v3..v4": the line diff between two versions.
  const pair = lower.match(
    /\bv(?:ersions?)?\s*(\d{1,3})\s*(?:\.\.\.?|-|–|\bto\b|\band\b|\bvs\.?|\bversus\b|\bwith\b|&)\s*(?:v(?:ersion)?\s*)?(\d{1,3})\b/,
  );
  if (pair && /\b(diff|compare|comparison|difference|differences|changed|vs|versus)\b/.test(lower)) {
    const [from, to] = [Number(pair[1]), Number(pair[2])].sort((a, b) => a - b);
    return name ? { tool: "list_prompt_versions", slots: { name, diff: { from, to } } } : "ask";
  }
  // "save a new version … and put it on staging": the new version, with the label pointed at it.
  const created = /\b(new|create|add|save)\b.*\b(prompt|version)\b/.test(lower);
  if (created && (!label || /\bnew (?:\S+ )?version\b|\bsave\b/.test(lower)))
    return name
      ? { tool: "create_prompt_version", slots: { name, ...(label && !asks ? { labels: [label] } : {}) } }
      : "ask";
  if (label && !asks && /\b(roll ?back|revert|undo|back)\b/.test(lower))
    return name ? { tool: "set_prompt_label", slots: { name, label, rollback: true } } : "ask";
  if (label && !asks && Number.isFinite(version))
    return name ? { tool: "set_prompt_label", slots: { name, label, version } } : "ask";
  // "and production too" right after a label was moved: the same move for the other label.
  if (label && !asks && last?.tool === "set_prompt_label" && /\b(too|as well|also)\b/.test(lower) && name) {
    const { version: v, rollback } = last.args;
    return {
      tool: "set_prompt_label",
      slots: { name, label, ...(v ? { version: v } : {}), ...(rollback ? { rollback } : {}) },
    };
  }
  const text = TEXT_WORDS.test(lower);
  if (
    asks ||
    text ||
    /\b(versions?|performs?|performing|best|history|which|live|points?|pointing|what'?s on)\b/.test(lower)
  )
    return name ? { tool: "list_prompt_versions", slots: { name, ...(text ? { includeText: true } : {}) } } : "ask";
  return undefined;
}
