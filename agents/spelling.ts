import { ENGLISH_WORDS } from "./english-words.ts";

/**
 * Typing slips in the words a search looks for: "peple runing thru the backround" looks for "people running thru the
 * background". A lower-case word of four letters or more that is no English word the list knows, and no name the
 * workspace uses, becomes the most frequent common word one slip away (a letter dropped, doubled, swapped with its
 * neighbour or mistyped). Names are kept: a capitalised word, and any word of the workspace's own names.
 */
let rank: Map<string, number> | undefined;
const ranks = () => {
  rank ??= new Map(ENGLISH_WORDS.split(/\s+/).map((w, i) => [w, i]));
  return rank;
};
/** Whether the word is one of the English words the list knows (lower-case). */
export const isEnglishWord = (word: string): boolean => ranks().has(word);

/** Only common words are offered as what was meant, so a rare word is never the answer to a slip. */
const COMMON = 20_000;
const LETTERS = "abcdefghijklmnopqrstuvwxyz";

function oneSlipAway(word: string): string[] {
  const out: string[] = [];
  for (let i = 0; i <= word.length; i++) {
    const a = word.slice(0, i);
    const b = word.slice(i);
    if (b) out.push(a + b.slice(1));
    if (b.length > 1) out.push(a + b[1] + b[0] + b.slice(2));
    for (const c of LETTERS) {
      if (b) out.push(a + c + b.slice(1));
      out.push(a + c + b);
    }
  }
  return out;
}

/** The word meant, or the word itself when it is known, a name, or no common word is one slip away. */
export function correctWord(word: string, names: ReadonlySet<string> = new Set()): string {
  if (!/^[a-z]{4,}$/.test(word) || names.has(word)) return word;
  const known = ranks();
  if (known.has(word)) return word;
  let best: string | undefined;
  let bestRank = COMMON;
  for (const candidate of oneSlipAway(word)) {
    // A plural the list lacks ("creatives") is a word, not a slip of its singular.
    if (word === `${candidate}s` || candidate === `${word}s`) continue;
    const r = known.get(candidate);
    if (r !== undefined && r < bestRank) {
      best = candidate;
      bestRank = r;
    }
  }
  return best ?? word;
}

const WORD = /(?<![\p{L}\d'’-])\p{Ll}{4,}(?![\p{L}\d'’-])/gu;

/**
 * The text with each slipped lower-case word corrected; everything else as written. Text in another language
 * ("corrida na cidade à noite") is left alone: when more than half of its words (two or more), or three or more and
 * over a quarter, are not English words, they are another language's rather than slips.
 */
export function correctSpelling(text: string, names: ReadonlySet<string> = new Set()): string {
  const words = (text.match(WORD) ?? []).filter((w) => !names.has(w));
  const unknown = words.filter((w) => !ranks().has(w)).length;
  if ((unknown >= 2 && unknown / words.length > 0.5) || (unknown >= 3 && unknown / words.length > 0.25)) return text;
  return text.replace(WORD, (w) => correctWord(w, names));
}
