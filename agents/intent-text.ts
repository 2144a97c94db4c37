import { correctTypos } from "./intent-coverage.ts";
import { requestWordsInEnglish } from "./intent-languages.ts";
import { canonicalVerbs } from "./intent-verbs.ts";
import { SPOKEN_TIKTOK } from "./resolve.ts";

/**
 * What a message says once spelled out (emoji replies, words of other languages, chat shorthand, typos, verb synonyms), and where
 * one message holds several asks (and where a correction replaces what came before it).
 */
/** Typing shortcuts people use in chat, spelled out before anything else reads the message. */
const SHORTHAND: [RegExp, string][] = [
  [/\blst\b/g, "last"],
  [/\bteh\b/gi, "the"],
  // "the hook tets", "new tset": the test as it is typed in a hurry.
  [/\bt(?:ets|set)(s?)\b/gi, "test$1"],
  [/\bwk\b/gi, "week"],
  [/\bwek\b/g, "week"],
  [/\bmth\b/g, "month"],
  [/\byday\b/g, "yesterday"],
  [/\bu\b/g, "you"],
  [/\bpls\b|\bplz\b/g, "please"],
  [/\bhwo\b/g, "how"],
  [/\bwhats\b/g, "what's"],
  [/\bperformrs?\b/g, "performers"],
  [/\bths\b/gi, "this"],
  [/\bmnth\b/gi, "month"],
  [/\bwat\b/gi, "what"],
  [/\btmrw\b/gi, "tomorrow"],
  [/\bwknd\b/gi, "weekend"],
  [/\bem\b/g, "them"],
  [/\bw\/(?=\s)/g, "with"],
  [/\bw(?= (?:the|a|an|my|our)\b)/g, "with"],
  [/\bimps\b/gi, "impressions"],
  // TikTok as dictation spells it ("tick tock"), the way the test and platform readers take it (resolve.ts).
  [new RegExp(SPOKEN_TIKTOK.source, "gi"), "tiktok$1"],
  // An aspect ratio said in words ("nine by sixteen", "four by five"), never "one by one".
  [/\bnine (?:by|x|to) sixteen\b/gi, "9:16"],
  [/\bfour (?:by|x|to) five\b/gi, "4:5"],
  [/\bsixteen (?:by|x|to) nine\b/gi, "16:9"],
  [/\bone (?:by|x|to) one (?=ratio|format|square|ads?|variants?|versions?|images?|creatives?)/gi, "1:1 "],
];

/** A reply that is only an emoji says a word: 🚢 ship it, ✅ approve, ❌ reject, 🛑 stop. */
const EMOJI_WORDS: [RegExp, string][] = [
  [/^\s*🚢+\s*$/u, "ship it"],
  [/^\s*(?:✅|✔️|☑️)+\s*$/u, "approve"],
  [/^\s*(?:❌|🚫|👎)+\s*$/u, "reject"],
  [/^\s*(?:🛑|⛔)+\s*$/u, "stop it"],
];

export function normalise(raw: string): string {
  let text = raw;
  for (const [re, word] of EMOJI_WORDS) if (re.test(text)) text = word;
  text = requestWordsInEnglish(text);
  text = text
    .replace(/<@[A-Z0-9]+(?:\|[^>]*)?>/g, " ")
    .replace(/[\u{1F300}-\u{1FAFF}\u{2600}-\u{27BF}]|\u{FE0F}/gu, " ")
    .replace(/\s+/g, " ")
    .trim();
  for (const [re, word] of SHORTHAND) text = text.replace(re, word);
  return canonicalVerbs(correctTypos(text));
}

/**
 * Several asks in one message: "…? also …", "… and also …", "…; then …", "… and which …". A step that waits on the
 * first one's outcome ("… and if it fails, archive it", "…, and then, if there is a problem, send it to review") is
 * another ask, after the first.
 */
const ASK_SPLIT =
  /\s*,?\s+(?:a(?:nd|dn)\s*,?\s+)?(?:then\s*,?\s+)?(?=(?:if|once|when)\s+(?:it|they|that|this|there)\b[^,.;?!]{1,40},\s*\w)|\s*[?!]+\s+(?=\S)|\s*\.\s+(?=[a-z])|\s*;\s*|\s+(?:and also|a(?:nd|dn) then|then also|then)\s+(?=(?:start|make|run|launch|send|tag|check|promote|stop|show|create|add|request|archive|review|import|ingest)\b)|(?:^|\s+|,\s*)also\s+|\s+(?:and|\+)\s+(?=(?:which|what|how|can|could|would|is|are|show|find|make|pause|stop|tell|give|list|also|tag|archive|discard|check|promote|rebalance|ingest|import|pull|generate|send|start|launch|link|unlink)\b)/i;

/** "sorry on my phone", "sorry for the typos", "sorry to bother", "sorry if …", "sorry in advance", "sorry I'm …". */
const APOLOGY =
  /^sorry\b[\s,!.]*(?:(?:on|for|to|if|about|bout|abt)\b|in advance\b|again\b|i'?m\b|i am\b|typing\b|(?:the |my )?typos?\b|[!.]*$)/i;

/** "Two things.", "A couple of questions:", "quick one": a clause that only announces the asks that follow. */
const ANNOUNCES =
  /^(?:(?:ok(?:ay)?|so|right|hey|hi)[\s,]+)?(?:(?:two|three|four|[2-4]|a few|a couple(?: of)?|couple(?: of)?) (?:quick )?(?:things|questions|qs|asks|requests)|(?:one )?quick (?:one|q|question|thing))\W*$/i;

/** "Well done on the City CTA test.", "congrats on the launch", "kudos to the team": praise, no ask. */
const PRAISE =
  /^(?:well done|congrats|congratulations|kudos|great (?:job|work|stuff)|nice (?:job|work|one)|good (?:job|work)|amazing work)\b[^?]*$/i;

/**
 * A clause that only apologises ("Sorry for the long message", "sorry to bother you again"), announces what follows
 * ("Two things.") or praises ("Well done on the spring test."): no ask of its own.
 */
export const asksNothing = (clause: string) =>
  ANNOUNCES.test(clause.trim()) ||
  PRAISE.test(clause.trim()) ||
  (APOLOGY.test(clause) && !/\b(?:can|could|would|will|please|pls)\s+(?:you|u)\b|\?/i.test(clause));

/** Marks inside a quoted line ("Lock the hook to 'Your PR called. It wants a rematch.'") split no asks. */
const MASKS: [string, string][] = [
  [".", "\uE000"],
  ["?", "\uE001"],
  ["!", "\uE002"],
  [";", "\uE003"],
];
const maskQuoted = (text: string) =>
  text.replace(/["“][^"“”]{2,300}["”]|(?<![\p{L}\p{N}])['‘][^'‘’]{2,300}?['’](?![\p{L}\p{N}])/gu, (m) =>
    MASKS.reduce((x, [c, p]) => x.split(c).join(p), m),
  );
const unmask = (text: string) => MASKS.reduce((x, [c, p]) => x.split(p).join(c), text);

export function splitAsks(text: string): string[] {
  const clauses = maskQuoted(text)
    .split(ASK_SPLIT)
    .map(unmask)
    .map((c) =>
      c
        .replace(/^[\s,.!?-]+|[\s,.]+$/g, "")
        .replace(/^(?:also|and|then|plus)\s+/i, "")
        .trim(),
    )
    .filter((c) => c.length > 0);
  // "…, actually just tell me …": a correction replaces what came before it.
  // "Sorry on my phone, in the shop", "sorry for the typos": an apology said after the ask corrects nothing.
  const last = clauses.findLastIndex(
    (c) => /^(actually|never ?mind|scratch that|wait|sorry|no)\b/i.test(c) && !APOLOGY.test(c),
  );
  return last > 0
    ? clauses
        .slice(last)
        .map((c, i) => (i === 0 ? c.replace(/^(actually|never ?mind|scratch that|wait|sorry|no)\b[\s,]*/i, "") : c))
    : clauses;
}
