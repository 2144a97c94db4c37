/**
 * Free text as people say it, for the tool fields that take words as given (copy, a search query, a name, a note):
 * dictated punctuation written out, and which of several quoted spans is the one meant. Pure.
 */

/**
 * A message dictated by voice says its punctuation in words: "quote crush your next PR end quote" is a quoted line,
 * "run your own race comma no excuses" has a comma in it. A quote needs its closing word ("end quote", "unquote",
 * "close quote"), so "a quote for the shoot" stays as it is.
 */
const SPOKEN: [RegExp, string][] = [
  [
    /\b(?:open\s+)?(?:quote|quotes)\s*[,:]?\s+(\S(?:.{0,300}?\S)?)\s*[,.]?\s+(?:end(?:\s+of)?\s+quotes?|unquote|close(?:d)?\s+quotes?)\b/gi,
    '"$1"',
  ],
  [/\s+comma\b\s*/gi, ", "],
  [/\s+full stop\b\s*/gi, ". "],
  [/\s+question mark\b\s*/gi, "? "],
  [/\s+exclamation (?:mark|point)\b\s*/gi, "! "],
];

/** "decimals with a comma", "comma-separated", "decimal comma": the mark named, not said. */
const MARK_NAMED =
  /\b(?:decimals?|separat\w*|delimit\w*|csv|thousands?)\b|\b(?:a|the|with|by)\s+comma\b|\bcomma[- ](?:separated|delimited|decimals?)\b/i;

/**
 * A format said by voice: "the calm four by five", "nine by sixteen", "the energetic one by one" are the ratios 4:5,
 * 9:16 and 1:1 that the workspace's formats and asset names are written in. "one by one" said of doing things in turn
 * ("go through them one by one") stays.
 */
const SPOKEN_NUMBER: Record<string, string> = {
  one: "1",
  two: "2",
  three: "3",
  four: "4",
  five: "5",
  nine: "9",
  sixteen: "16",
};
const SPOKEN_RATIO =
  /(?<!\b(?:them|it|these|those|all|each|go|going|went|through|do|did|one)\s+)\b(one|two|three|four|five|nine|sixteen)\s+by\s+(one|two|three|four|five|nine|sixteen)\b/gi;
const RATIOS = new Set(["1:1", "4:5", "5:4", "9:16", "16:9", "2:3", "3:2", "3:4", "4:3"]);
function spokenRatios(text: string): string {
  return text.replace(SPOKEN_RATIO, (all, a: string, b: string) => {
    const ratio = `${SPOKEN_NUMBER[a.toLowerCase()]}:${SPOKEN_NUMBER[b.toLowerCase()]}`;
    return RATIOS.has(ratio) ? ratio : all;
  });
}

export function dictated(given: string): string {
  const text = spokenRatios(given);
  if (text !== given) return dictated(text);
  let out = text;
  const named = MARK_NAMED.test(text);
  for (const [re, to] of SPOKEN) if (!named || to.startsWith('"')) out = out.replace(re, to);
  return out === text
    ? text
    : out
        .replace(/\s+([,.?!])/g, "$1")
        .replace(/[ \t]+/g, " ")
        .trim();
}

/** A span in quotes: "…", “…”, or '…' / ‘…’ not inside a word (so "it's" and "runners' shoes" are no quote). */
const QUOTED = /["“”]([^"“”]{2,300})["“”]|(?<![\p{L}\p{N}])['‘’]([^'‘’]{2,300}?)['‘’](?![\p{L}\p{N}])/gu;

export interface Span {
  text: string;
  start: number;
  end: number;
}

export function quotedSpans(text: string): Span[] {
  return [...text.matchAll(QUOTED)].map((m) => ({
    text: (m[1] ?? m[2])!.trim(),
    start: m.index!,
    end: m.index! + m[0].length,
  }));
}

/** Said before a span that is the new wording: "write it as '…'", "change it to '…'", "then: '…'", "instead: '…'". */
const REWRITE_CUE =
  /(?:\b(?:as|to|into|with|instead|then|again|now|version|reads?|say(?:ing)?)|[:—–])\s*$|\b(?:write|writ|spell|change|changed|make|made|rewrite|reword|word|put|try|tried)\s+(?:it|this|that|the line|the copy)\s+(?:as|to|like)\s*$/i;
/** Said before a span that is taken away or compared against: "without '…'", "remove the reference to '…'". */
const DROP_CUE =
  /\b(?:without|drop(?:ping|ped)?|remove[ds]?|removing|minus|take out|taking out|lose|losing|cut(?:ting)?|no more|get rid of|instead of|rather than|reference to|mention of|the word|the phrase|replace[ds]?|swap(?:ped)?(?: out)?)\s+(?:the\s+)?(?:word\s+|phrase\s+|line\s+)?$/i;

/**
 * The one quoted span meant as the text, when a message quotes several: the one given as the new wording ("is 'Crush
 * your PR' still flagged if I write it as 'Cru$h your PR'?", 'without "Limited time" then: "New colourway."'), else
 * the first one not taken away ("remove "guaranteed" and check again: "…""). One span is that span.
 */
export function meantSpan(text: string, spans: Span[] = quotedSpans(text)): Span | undefined {
  if (spans.length <= 1) return spans[0];
  const before = (s: Span) => text.slice(Math.max(0, s.start - 40), s.start);
  const kept = spans.filter((s) => !DROP_CUE.test(before(s)));
  const rewrite = kept.filter((s) => s !== spans[0] && REWRITE_CUE.test(before(s)));
  if (kept.length < spans.length) return rewrite.at(-1) ?? kept.at(-1) ?? spans.at(-1);
  return rewrite.at(-1) ?? spans[0];
}

/** Said right before a span that is what a search looks for: "search 'X'", "semantically close to 'X'", "for 'X'". */
const SEARCH_CUE =
  /(?:^|\b(?:search(?:\s+(?:for|on))?|find|look(?:ing)?\s+for|query|(?:semantically\s+)?(?:close|similar|closest)\s+to|matching|tagged|about)(?:\s+(?:assets?|images?|photos?|pics?|shots?|imagery|anything)(?:\s+(?:(?:semantically\s+)?(?:close|similar)\s+to|for|of|matching|about))?)?)\s*$/i;

/**
 * A search's words given in quotes after the ask ("search 'shoe close-up on wet asphalt' includeAll | tag …",
 * "assets semantically close to 'recovery day, stretching, soft light', scenes only"): the quoted words are the query,
 * for any tool whose schema takes a free-text `query`. A span said after "feels like" stays part of a longer query.
 */
export function quotedQuery(
  tool: { inputSchema: { properties?: Record<string, unknown> } },
  args: Record<string, unknown>,
  text: string,
): Record<string, unknown> {
  const prop = tool.inputSchema.properties?.query as { type?: string } | undefined;
  if (prop?.type !== "string") return args;
  const lead = text.replace(/^\W*(?:(?:hi|hey|ok|okay|so|pls|please|can you|could you|can u|kindly)[\s,!]+)*/i, "");
  const offset = text.length - lead.length;
  const span = quotedSpans(text).find(
    (s) => s.text.split(/\s+/).length >= 2 && SEARCH_CUE.test(text.slice(offset, s.start).trimEnd()),
  );
  if (!span || args.query === span.text) return args;
  // The plan's notes describe the query it ends with (router-questions.ts describeBound).
  return { ...args, query: span.text };
}

/** The words that ask for a change to be recorded, stopped or decided: the sentence with them is the ask, not the why. */
const ASKING =
  /\b(?:log|logged|record|note|flag|mark|feedback|report|file|stop|end|kill|pause|halt|call it|shut|approve|reject|decline|review|can (?:you|we|u)|could (?:you|we)|please|pls)\b/i;

/**
 * Why, for a tool's free-text reason field ("comment" on feedback, "reason" on a stop or a decision), read the way a
 * review request's reasons are (router-review.ts): the sentence beside the ask, the reason after "because" or "—", the
 * rest of the asking sentence after its comma; a consequence after "so" is not the cause ("the offer changed so the
 * data's stale" → "offer changed"). Only a field the schema has, not enumerated, and not yet filled.
 */
export function reasonFieldPatch(
  tool: { name: string; inputSchema: { properties?: Record<string, unknown> } },
  args: Record<string, unknown>,
  text: string,
  understood: string[],
  reasonsOf: (text: string, asking: RegExp) => string[] | undefined,
): Record<string, unknown> {
  const props = tool.inputSchema.properties ?? {};
  const key = ["comment", "reason"].find((k) => {
    const p = props[k] as { type?: string; enum?: unknown[] } | undefined;
    return p?.type === "string" && !p.enum && args[k] === undefined;
  });
  if (!key) return args;
  const said = reasonsOf(text, ASKING)?.[0]
    ?.split(/\s+so\s+(?:that\s+)?(?=\S)/i)[0]
    ?.replace(/^(?:a|an|the)\s+/i, "")
    .trim();
  if (!said || said.split(/\s+/).length < 2 || said.length > 300) return args;
  understood.push(`${key}: ${said}`);
  return { ...args, [key]: said };
}
