import { parseDateRange } from "./intent-dates.ts";
import { formatList, listLimit, perFormatCount, performanceMetric, platformOf, toneList } from "./intent-slots.ts";
import type { Slots } from "./intent-types.ts";
import { escapeRe, nameBeforeTest } from "./resolve.ts";

/**
 * A count as people write it: "10,000" and "10.000" (groups of three after a mark are thousands), "2.5k", "1,5k" (a
 * decimal mark before "k"), "500".
 */
export function countSaid(digits: string, k?: string): number {
  const grouped = /^\d{1,3}(?:([.,])\d{3})(?:\1\d{3})*$/.test(digits) && !k;
  const n = grouped ? Number(digits.replace(/[.,]/g, "")) : Number(digits.replace(",", "."));
  return Math.round(n * (k ? 1000 : 1));
}

/**
 * Slots read from a clause's own words: ids, counts, audience, offer, a feedback label, the free text of a search, a
 * date range, and the slots of a ranking (top performers) or a generation brief.
 */
const WORD_NUMBERS: Record<string, number> = {
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
  eleven: 11,
  twelve: 12,
  fifteen: 15,
  twenty: 20,
  dozen: 12,
  "a dozen": 12,
  "half a dozen": 6,
};
const VARIANT_NOUN = "(?:variants?|versions?|variations?|ads?|creatives?|options?|images?|takes?|ones|concepts?)";
/** Aspect ratios ("9:16", "1.91:1") are formats, never counts. */
const RATIO = /\b\d+(?:\.\d+)?:\d+\b/g;
const STOP =
  "(?=\\s+(?:in|on|with|using|from|about|that|and|for|by|featuring|showing|ads?|variants?|please|pls|plz|asap|last|this|since|yesterday|today|but|over|during|between|top|\\+)\\b|\\s+\\d{4}-|[,.?!;:()]|$)";
/**
 * "for review", "for me", "for Q1", "for the spring test": phrases after "for" that are not audiences; nor is "for a
 * 'back in stock' email", "for an event": who it is for is said with "the" or none, a piece or occasion with "a/an".
 */
const NOT_AUDIENCE =
  /^(?:an?\s)|^(spring|summer|winter|autumn|fall|black friday|holiday)\b|\b(offer|promo|promotion|sale|deal|launch)$|^(review|approval|me|us|you|it|them|now|real|a story|stories|the client|client|a bit|a while|sure|free|kestrel)$|^(last|this|next|the last|the past|past|q[1-4]|yesterday|today|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\b|\b(test|experiment|brand|brand rules?)$/i;

export const ASSET_ID = /\bast_[0-9A-Za-z]{6,}\b/g;
export const EXPERIMENT_ID = /\bexp_[0-9A-Za-z]{6,}\b/;
const EXPERIMENT_ID_G = /\bexp_[0-9A-Za-z]{6,}\b/g;

export function extractSlots(text: string): Slots {
  const slots: Slots = {};
  const lower = text.toLowerCase();
  const assetIds = text.match(ASSET_ID);
  if (assetIds) slots.assetIds = [...new Set(assetIds)];
  const exp = text.match(EXPERIMENT_ID);
  if (exp) slots.experimentId = exp[0];

  const digits = lower
    .replace(RATIO, "format")
    .match(
      new RegExp(`\\b(\\d{1,4})\\s+(?:(?:new|more|fresh|different)\\s+)?(?:[a-z][\\w-]*\\s+){0,2}?${VARIANT_NOUN}\\b`),
    );
  const words = lower.match(
    new RegExp(
      `\\b(half a dozen|a dozen|${Object.keys(WORD_NUMBERS).join("|")})\\s+(?:(?:new|more|fresh)\\s+)?(?:[a-z][\\w-]*\\s+){0,2}?${VARIANT_NOUN}\\b`,
    ),
  );
  // "a 6-variant round", "6 new, 1:1 and 9:16": the count said before a hyphen or as new ones with no noun.
  const bare = lower
    .replace(RATIO, "format")
    .match(
      new RegExp(
        `\\b(\\d{1,3})-${VARIANT_NOUN}\\b|\\b(\\d{1,3})\\s+new(?=\\s*(?:[,;:!?)]|\\.(?!\\d)|$|\\s+(?:for|in|of|with|please|pls|and)\\b))`,
      ),
    );
  if (digits) slots.count = Number(digits[1]);
  else if (words) slots.count = WORD_NUMBERS[words[1]!];
  else if (bare) slots.count = Number(bare[1] ?? bare[2]);

  const withoutIds = text.replace(ASSET_ID, ",").replace(EXPERIMENT_ID_G, ",");
  const audience = [
    ...withoutIds.matchAll(
      new RegExp(
        `\\b(?:for|para|für)\\s+(?:the\\s+|our\\s+|los\\s+|las\\s+|die\\s+)?([A-Za-z0-9][\\w\\s'-]*?)${STOP}`,
        "gi",
      ),
    ),
  ]
    .map((m) => m[1]!.trim())
    .find((a) => !NOT_AUDIENCE.test(a));
  if (audience) slots.audience = audience;
  const offer =
    text.match(
      /\b(?:the\s+|our\s+)?((?:[\w%$€£-]+\s+){0,2}?[\w%$€£-]+\s+(?:offer|promo|promotion|sale|deal|launch))\b/i,
    ) ?? text.match(/\b(\d{1,2}%\s+off)\b/i);
  if (offer) slots.offer = offer[1]!.replace(/^((of|the|our|a|an|for)\s+)+/i, "").trim();

  const label = lower.match(
    /\b(incorrect tags?|wrong tags?|tagged wrong|mis-?tagged|mislabell?ed|missing rights(?: data)?|wrong product(?: match)?|low[- ]quality(?: variant)?|blurry|pixelated|ugly|melted|warped|distorted|glitch\w*|artifacts?|garbled|janky|off[- ]brand)\b/,
  );
  const complaint = label ? undefined : complaintLabel(lower);
  if (label) slots.label = normaliseLabel(label[1]!);
  else if (complaint) slots.label = complaint;
  return slots;
}

/**
 * The feedback label a complaint says in everyday words: how it looks ("low-res", "washed out", "it's mid", "the
 * crop cuts off the shoe" → low_quality_variant), what it shows ("the wrong shoe", "last season's box", "la chaussure
 * n'est pas la bonne" → wrong_product_match), how it sounds ("doesn't feel like us", "too shouty", "aggressive" →
 * off_brand), rights not on file ("no release", "release data missing" → missing_rights_data).
 */
const COMPLAINTS: [RegExp, string][] = [
  [
    /\b(?:missing (?:(?:its|the|a|her|his|their) )?(?:signed )?(?:release|model release|rights)|(?:release|rights) (?:data |info )?(?:is |are )?missing|no (?:signed )?(?:model )?release|unsigned (?:model )?release|release (?:isn'?t|is not|was never|wasn'?t) signed)\b/,
    "missing_rights_data",
  ],
  [
    /\bwrong (?:shoe|sneaker|product|model|box|packaging|pack|colou?r(?:way)?|item|trainer)s?\b|\blast season'?s (?:box|shoe|product|packaging)\b|\b(?:shoe|product|box|chaussure|zapatilla|zapato|schuh)\b.{0,30}\b(?:is wrong|isn'?t (?:ours|right)|n'est pas (?:la|le|the) bon(?:ne)?|no es (?:el|la) correct[oa]|ist falsch)\b|\bfalsche[nr]? (?:schuh|produkt)\b|\bmauvaise chaussure\b/,
    "wrong_product_match",
  ],
  [
    /\blow[- ]?res\b|\bwashed[- ]out\b|\bgrainy\b|\bcrop(?:ped)? (?:cuts?|cut) off\b|\bcuts? off the\b|\b(?:looks?|is|'s|as) (?:so |kinda |kind of |really )?(?:mid|weird|wired|cheap|fake)\b(?! (?:brand|of|to|for|-?may|-?june|-?april))|\bpoor quality\b|\bbad crop\b|\braté\b|\bfeo\b|\b(?:blurry|pixelated|out of focus)\b/,
    "low_quality_variant",
  ],
  [
    /\b(?:doesn'?t|does not|don'?t) (?:feel|sound|look) like (?:us|kestrel|our brand|the brand|\w+)\b|\bnot (?:on[- ]brand|our (?:tone|voice|vibe))\b|\btoo (?:shouty|aggressive|loud|pushy|salesy)\b|\b(?:shouty|aggressive)\b|\bwrong (?:logo ?)?(?:lockup|logo|font|typeface|brand colou?rs?|palette)\b/,
    "off_brand",
  ],
];

function complaintLabel(lower: string): string | undefined {
  return COMPLAINTS.find(([re]) => re.test(lower))?.[1];
}

function normaliseLabel(words: string): string {
  if (/tag|label/.test(words)) return "incorrect_tag";
  if (/rights/.test(words)) return "missing_rights_data";
  if (/product/.test(words)) return "wrong_product_match";
  if (/quality|blurry|pixelated|ugly|melted|warped|distorted|glitch|artifact|garbled|janky/.test(words))
    return "low_quality_variant";
  return "off_brand";
}

/** Free text for search: the request minus its verb, filler and the slots already extracted. */
export function searchQuery(text: string, slots: Slots): string {
  let q = text
    .replace(ASSET_ID, " ")
    .replace(/<@[A-Z0-9]+>/g, " ")
    .replace(/^\s*(?:hey|hi|hello|yo|ok|okay)\b[\s,!]*/i, "")
    .replace(/\b(?:please|thank you|thanks|thx|asap|obvs|real quick)\b/gi, " ")
    .replace(
      /^\s*(?:can you\s+|could you\s+|can u\s+|would you\s+)?(?:find|search(?: for)?|look(?:ing)? for|show(?: me)?|get(?: me)?|any|pull up|dig up|got any|do we have(?: any)?|need an?|i need an?)\s+/i,
      "",
    )
    .replace(
      /\b(?:some|any|all|me|the library for|something|anything|stuff|everything|every|(?:that |which )?we(?:'ve)? (?:have|got))\b/gi,
      " ",
    )
    .replace(
      /\b(?:assets?|images?|photos?|pics?|pix|pictures?|shots?|visuals?|footage)\b\s*(?:that\s+(?:feel|look)s?\s+like|with|of|showing|featuring|about)?/gi,
      " ",
    );
  // "for gen z" is who it is for; "search for shoes" is what is looked for.
  if (slots.audience)
    q = q.replace(
      new RegExp(
        `(?<!\\b(?:search|searching|look|looking|ask|asking)\\s)\\bfor\\s+(?:the\\s+|our\\s+)?${escapeRe(slots.audience)}`,
        "i",
      ),
      " ",
    );
  return q
    .replace(/[?!.]+$/g, "")
    .replace(/\s+/g, " ")
    .trim();
}

export function dateSlots(text: string, now: Date): Slots {
  const range = parseDateRange(text, now);
  return range ? { from: range.from, to: range.to, datePhrase: range.phrase } : {};
}

const CREATIVE_NOUNS =
  "(?:ads?|creatives?|assets?|posts?|performers?|spenders?|visuals?|images?|variants?|tiktoks|reels|pins|videos?|spots|banners?)";

export function experimentName(lower: string): Slots {
  const name = nameBeforeTest(lower);
  return name ? { experimentName: `${name} test` } : {};
}

/** "best performing creatives this month", "top 5 ads by ROAS", "cvr leaderboard", "what's working right now". */
export function topPerformers(lower: string, mentionsTest: boolean): Slots | undefined {
  const { metric } = performanceMetric(lower);
  const ranked =
    /\btop[ -]?performers?\b|\bleaderboard\b|\bwhat'?s eating\b|\beating (the|our) budget\b|\bleaders\b|\brank(?:ing)?\b.*\b(assets?|creatives?|ads?)\b|\b(best|top)[- ]performing\b|\bwhat'?s (actually )?working\b|\bwhat is (actually )?working\b|\b(trending|performing|doing|worked|working|did|does|do|performed|went|converted|landed|ran) (the )?(best|worst)\b|\bworked best\b/.test(
      lower,
    ) ||
    (new RegExp(`\\b(top|best|highest|lowest|biggest|most|cheapest)\\b.*\\b${CREATIVE_NOUNS}\\b`).test(lower) &&
      !/\b(promote|ship|roll out)\b/.test(lower)) ||
    (metric !== undefined && /\b(top|best|highest|lowest|biggest|most|cheapest|fewest|worst)\b/.test(lower)) ||
    (metric !== undefined &&
      new RegExp(`\\b(by|per) (creative|asset|ad)\\b|\\b${CREATIVE_NOUNS}\\b.*\\bby\\b`).test(lower)) ||
    // "tl;dr on whats winning with gen z", "what won in Q1?": what wins, with no test named, is the ranking.
    (!mentionsTest &&
      /\bwhat(?:'?s| is| has been|'?s been| was)?\s+(?:actually\s+|really\s+)?(?:winning|won|on top)\b/.test(lower)) ||
    // "ROAS winners on meta", "CVR kings, last 7d": the ones on top by a metric, said as a title.
    (/\b(?:winners|kings|queens|champs|champions|stars|mvps|heroes)\b/.test(lower) &&
      (metric !== undefined || platformOf(lower) !== undefined) &&
      !mentionsTest);
  if (!ranked) return undefined;
  // "which hook/tone wins" is about template slots, not single creatives.
  const withoutTestNames = lower.replace(/\b[\w-]+\s+(?:test|experiment)\b/g, " ");
  if (
    /\b(hook|tone|offer|cta|call to action|background|scene|angle|headline|format|audience)s?\b/.test(
      withoutTestNames,
    ) &&
    !/\b(ads?|creatives?|assets?)\b/.test(lower)
  )
    return undefined;
  const limit = listLimit(lower);
  const imps = lower.match(
    /\b(?:min(?:imum)?\.?\s*|at least\s*|over\s*)?(\d+(?:[.,]\d+)*)\s*(k)?\+?\s*(?:impressions)\b/,
  );
  const minImpressions = imps ? countSaid(imps[1]!, imps[2]) : undefined;
  return { ...(metric ? { metric } : {}), ...(limit ? { limit } : {}), ...(minImpressions ? { minImpressions } : {}) };
}

export function generationSlots(lower: string, slots: Slots): Slots {
  const formats = formatList(lower);
  const count = perFormatCount(lower) ?? slots.count ?? sizedCount(lower) ?? leadingCount(lower);
  const tones = toneList(lower);
  return {
    formats: formats.length ? formats : ["1:1"],
    ...(count ? { count } : {}),
    ...(tones.length ? { tones } : {}),
  };
}

/** "8 for trail runners, 1:1 + 9:16": a brief that opens with its count. */
function leadingCount(lower: string): number | undefined {
  const m = lower
    .replace(RATIO, "format")
    .match(
      /^(?:(?:ok|okay|now|then|and|pls|please|can you|could you|make|do|give me|generate|create)[\s,]+)*(\d{1,3})\b(?!\s*(?:%|days?|k\b|hops?|per\b|x\b|:))/,
    );
  return m ? Number(m[1]) : undefined;
}

/** "6 of them", "x6" — a count said after the noun. */
function sizedCount(lower: string): number | undefined {
  const m = lower.match(/\b(\d{1,3}) of them\b|\bx\s?(\d{1,3})\b/);
  return m ? Number(m[1] ?? m[2]) : undefined;
}
