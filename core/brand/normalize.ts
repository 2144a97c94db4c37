/**
 * Text normalisation for copy rules, keeping a map back to the original characters so every match can be reported
 * (and auto-fixed) as a character range of what the user wrote.
 *
 * One normaliser, three views of the same text:
 * - `plain`: NFKC (full-width, mathematical and circled letters, ligatures), diacritics stripped, lower case,
 *   zero-width/format characters removed, Cyrillic and Greek look-alikes folded to Latin, curly apostrophes and
 *   dashes made ASCII, whitespace collapsed. Disclaimers, built-in triggers and user regexes read it.
 * - `phrase`: plain with runs of 3+ identical characters cut to two ("miraaaacle" → "miraacle", "fr333" → "fr33").
 *   Phrases are matched on it by `phrasePattern`, which folds obfuscation on the PHRASE side: every letter accepts its
 *   leet forms (an "i" accepts 1 ! |, an "l" accepts 1 | £, so "mirac1e" and "m1racle" both read as "miracle"),
 *   letters may be split by one separator ("r.i.s.k", "c-u-r-e") or spaced out ("c u r e"), and words may be joined
 *   by a space, hyphen, dot, comma or nothing ("risk free", "risk-free", "riskfree").
 * - `folded`: plain with leet digits/symbols inside words folded to one letter (1 → i by default, or l), letters
 *   spelled out with separators joined and stretched letters collapsed, for user regexes that cannot fold themselves.
 */
export interface NormChar {
  ch: string;
  start: number;
  end: number;
}

export interface NormalizedText {
  text: string;
  chars: NormChar[];
}

/** Look-alike letters from Cyrillic and Greek (both cases), and a few Latin variants NFKC leaves alone. */
const CONFUSABLES: Record<string, string> = {
  // Cyrillic
  а: "a",
  в: "b",
  е: "e",
  ё: "e",
  о: "o",
  р: "p",
  с: "c",
  х: "x",
  у: "y",
  ү: "y",
  і: "i",
  ї: "i",
  ј: "j",
  ѕ: "s",
  к: "k",
  м: "m",
  т: "t",
  н: "h",
  һ: "h",
  ԁ: "d",
  ӏ: "l",
  ԛ: "q",
  ԝ: "w",
  А: "a",
  В: "b",
  Е: "e",
  К: "k",
  М: "m",
  Н: "h",
  О: "o",
  Р: "p",
  С: "c",
  Т: "t",
  Х: "x",
  У: "y",
  Ѕ: "s",
  І: "i",
  Ј: "j",
  Ӏ: "l",
  // Greek
  α: "a",
  β: "b",
  γ: "y",
  ε: "e",
  η: "n",
  ι: "i",
  κ: "k",
  μ: "u",
  ν: "v",
  ο: "o",
  ρ: "p",
  τ: "t",
  υ: "u",
  χ: "x",
  ω: "w",
  ϲ: "c",
  Α: "a",
  Β: "b",
  Ε: "e",
  Ζ: "z",
  Η: "h",
  Ι: "i",
  Κ: "k",
  Μ: "m",
  Ν: "n",
  Ο: "o",
  Ρ: "p",
  Τ: "t",
  Υ: "y",
  Χ: "x",
  Ϲ: "c",
  // Latin variants
  ı: "i",
  ȷ: "j",
  ɡ: "g",
  ɑ: "a",
  // Punctuation made ASCII so phrases with apostrophes and hyphens match every typography
  "\u2019": "'",
  "\u2018": "'",
  "\u02BC": "'",
  "\u2032": "'",
  "`": "'",
  "\u2010": "-",
  "\u2011": "-",
  "\u2012": "-",
  "\u2013": "-",
  "\u2014": "-",
  "\u2015": "-",
  "\u2212": "-",
};

/**
 * Leet forms per letter (ambiguous on purpose: "1" and "|" are both i and l). Used on the phrase side, so a letter
 * only ever matches its own forms and ordinary words without digits or symbols match exactly as written.
 */
export const LEET_FORMS: Record<string, string> = {
  a: "a4@",
  b: "b8",
  e: "e3€",
  g: "g9",
  i: "i1!|",
  l: "l1|£",
  o: "o0@", // Google's editorial example "fl@wers"
  s: "s5$",
  t: "t7",
};

/** One-letter folding for the `folded` view (user regexes): the first reading of each leet form. */
const LEET_FOLD: Record<string, string> = {
  "0": "o",
  "1": "i",
  "3": "e",
  "4": "a",
  "5": "s",
  "7": "t",
  "8": "b",
  "9": "g",
  "@": "a",
  $: "s",
  "!": "i",
  "|": "l",
  "€": "e",
  "£": "l",
};

const INVISIBLE = /^(?:\p{Cf}|\u00AD|\u034F|\u115F|\u1160|\u17B4|\u17B5|\u180E|\u2800|\u3164|\uFFA0)$/u;
const LETTER = /\p{L}/u;
const ALNUM = /[\p{L}\p{N}]/u;
/** Running and measurement tokens whose digits are not obfuscation: 5k, 10km, 2x, 3rd, 100%. */
export const NUMERIC_TOKEN = /^\d+([.,]\d+)?(k|km|mi|m|x|h|hr|hrs|min|s|st|nd|rd|th|%|mm|cm|g|kg|ml|l|p|d)?$/;

const cache = new Map<string, string[]>();

function plainChars(input: string): NormChar[] {
  const chars: NormChar[] = [];
  let offset = 0;
  for (const cp of input) {
    const start = offset;
    offset += cp.length;
    const code = cp.charCodeAt(0);
    // ASCII fast path (most copy): printable characters only need lower-casing; "`" folds to an apostrophe.
    if (code > 32 && code < 127 && code !== 96) {
      chars.push({ ch: code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : cp, start, end: offset });
      continue;
    }
    if (INVISIBLE.test(cp)) continue;
    let out = cache.get(cp);
    if (!out) {
      const mapped = CONFUSABLES[cp] ?? cp;
      const nfkc = mapped.normalize("NFKD").replace(/\p{M}/gu, "").normalize("NFKC");
      // A compatibility form may decompose into a look-alike (e.g. a full-width Cyrillic letter): fold again.
      const folded = [...nfkc].map((c) => CONFUSABLES[c] ?? c).join("");
      out = [...folded.toLowerCase()];
      if (cache.size < 20_000) cache.set(cp, out);
    }
    for (const ch of out) {
      if (/\s/u.test(ch)) {
        if (chars.length > 0 && chars[chars.length - 1]!.ch === " ") chars[chars.length - 1]!.end = offset;
        else chars.push({ ch: " ", start, end: offset });
      } else {
        chars.push({ ch, start, end: offset });
      }
    }
  }
  return chars;
}

const view = (chars: NormChar[]): NormalizedText => ({ text: chars.map((c) => c.ch).join(""), chars });

export function normalizePlain(input: string): NormalizedText {
  return view(plainChars(input));
}

/** The view phrases are matched on: plain, with any run of 3+ identical characters cut to two. */
export function normalizeForPhrases(input: string): NormalizedText {
  return view(collapseRuns(plainChars(input), 2, () => true));
}

export function normalizeFolded(input: string, options: { one?: "i" | "l" } = {}): NormalizedText {
  let chars = plainChars(input);
  chars = foldLeet(chars, options.one ?? "i");
  chars = collapseSpelledOut(chars);
  chars = collapseRuns(chars, 2, (c) => LETTER.test(c.ch));
  return view(chars);
}

function foldLeet(chars: NormChar[], one: "i" | "l"): NormChar[] {
  const table = one === "l" ? { ...LEET_FOLD, "1": "l" } : LEET_FOLD;
  const out: NormChar[] = [];
  let i = 0;
  while (i < chars.length) {
    if (chars[i]!.ch === " ") {
      out.push(chars[i]!);
      i++;
      continue;
    }
    let j = i;
    while (j < chars.length && chars[j]!.ch !== " ") j++;
    const token = chars.slice(i, j);
    const word = token.map((c) => c.ch).join("");
    const core = word.replace(/^[^\p{L}\p{N}@$€£]+|[^\p{L}\p{N}]+$/gu, "");
    const foldable = LETTER.test(core) && !NUMERIC_TOKEN.test(core) && [...core].some((c) => c in table);
    for (let k = 0; k < token.length; k++) {
      const c = token[k]!;
      const prev = token[k - 1]?.ch ?? "";
      const next = token[k + 1]?.ch ?? "";
      // Punctuation-like leet ("!", "|", "$") only counts before a letter/digit, so "free!" stays "free!".
      const inside = /\p{N}/u.test(c.ch) ? true : ALNUM.test(next) && (ALNUM.test(prev) || prev === "");
      if (foldable && c.ch in table && inside) out.push({ ...c, ch: table[c.ch]! });
      else out.push(c);
    }
    i = j;
  }
  return out;
}

/** "f.r.e.e", "f r e e", "f-r-e-e" → "free": runs of 3+ single letters each separated by the same separator. */
function collapseSpelledOut(chars: NormChar[]): NormChar[] {
  const text = chars.map((c) => c.ch).join("");
  const run = /(?<![\p{L}\p{N}])\p{L}([.\-_*·•/ ])\p{L}(?:\1\p{L})+(?![\p{L}\p{N}])/gu;
  const drop = new Set<number>();
  for (const m of text.matchAll(run)) {
    for (let k = m.index + 1; k < m.index + m[0].length; k += 2) drop.add(k);
  }
  return drop.size ? chars.filter((_, k) => !drop.has(k)) : chars;
}

/** Cuts runs of more than `keep` identical characters (spaces never count). */
function collapseRuns(chars: NormChar[], keep: number, applies: (c: NormChar) => boolean): NormChar[] {
  const out: NormChar[] = [];
  let run = 0;
  for (let k = 0; k < chars.length; k++) {
    const c = chars[k]!;
    run = k > 0 && chars[k - 1]!.ch === c.ch ? run + 1 : 1;
    if (run > keep && c.ch !== " " && applies(c)) {
      out[out.length - 1] = { ...out[out.length - 1]!, end: c.end };
      continue;
    }
    out.push(c);
  }
  return out;
}

/** Original [start, end) of a match at [from, to) in the normalised text. */
export function originalRange(norm: NormalizedText, from: number, to: number): { start: number; end: number } {
  const first = norm.chars[from];
  const last = norm.chars[Math.max(from, to - 1)];
  return { start: first?.start ?? 0, end: last?.end ?? first?.end ?? 0 };
}

export const escapeRegex = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const escapeClass = (s: string) => s.replace(/[\\\]^-]/g, "\\$&");

/** Separators a phrase's words may be joined by: spaces, a dash (spaced or not), one dot/underscore/slash, ", " or none. */
const WORD_SEPARATOR = "(?:\\s*-+\\s*|[._/·•*+]|,?\\s+|)";
/** One separator allowed between the letters of a word ("c.u.r.e", "m-i-r-a-c-l-e"). */
const LETTER_SEPARATOR = "[.\\-_*·•]?";
const PHRASE_SPLIT = /[\s\-_./,+·•*]+/u;

/**
 * A whole-word regex for a phrase, matched against `normalizeForPhrases` text. The phrase is normalised the same way
 * first (look-alikes, NFKC, case), then each letter becomes the class of its leet forms.
 */
export function phrasePattern(phrase: string): string {
  return `${WORD_START}${phraseBody(phrase)}${WORD_END}`;
}

export const WORD_START = "(?<![\\p{L}\\p{N}])";
export const WORD_END = "(?![\\p{L}\\p{N}])";

/** The phrase regex without its word boundaries, so a rule's phrases can share one alternation. */
export function phraseBody(phrase: string): string {
  const words = normalizeForPhrases(phrase).text.split(PHRASE_SPLIT).filter(Boolean);
  return words.map(wordPattern).join(WORD_SEPARATOR);
}

function wordPattern(word: string): string {
  const chars = [...word];
  const unit = (ch: string) => {
    if (ch === "'") return "'?";
    if (!LETTER.test(ch)) return escapeRegex(ch);
    const forms = LEET_FORMS[ch] ?? ch;
    return forms.length > 1 ? `[${escapeClass(forms)}]` : escapeRegex(ch);
  };
  // Each letter may be stretched to two (the text keeps at most two of a kind) and followed by one separator.
  const joined = chars.map((ch) => (LETTER.test(ch) ? `${unit(ch)}{1,2}` : unit(ch))).join(LETTER_SEPARATOR);
  if (chars.length < 3 || !chars.every((c) => LETTER.test(c))) return `(?:${joined})`;
  // Spelled out with single spaces: "c u r e", "f r e e".
  return `(?:${joined}|${chars.map(unit).join(" ")})`;
}

/** True when a phrase match is plausibly a word, not a number or code made of leet digits ("455", "5k"). */
export function plausibleWordMatch(found: string): boolean {
  const core = found.replace(/[^\p{L}\p{N}@$€£!|]/gu, "");
  if (NUMERIC_TOKEN.test(core)) return false;
  return LETTER.test(core) || !/\p{N}/u.test(core);
}

const SEGMENTER = new Intl.Segmenter(undefined, { granularity: "grapheme" });
export const graphemeLength = (s: string) => [...SEGMENTER.segment(s)].length;
