/**
 * Text normalisation for copy rules, keeping a map back to the original characters so every match can be reported
 * (and auto-fixed) as a character range of what the user wrote.
 *
 * `plain`: NFKC, diacritics stripped, lower case, zero-width/format characters removed, look-alike Cyrillic/Greek
 * letters folded to Latin, whitespace collapsed. `folded` additionally undoes common obfuscation: leet digits inside
 * words ("fr3e"), letters spelled out with separators ("f.r.e.e", "f r e e") and stretched letters ("freeeee").
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

const CONFUSABLES: Record<string, string> = {
  а: "a",
  е: "e",
  о: "o",
  р: "p",
  с: "c",
  х: "x",
  у: "y",
  і: "i",
  ј: "j",
  ѕ: "s",
  к: "k",
  м: "m",
  т: "t",
  н: "h",
  в: "b",
  ԁ: "d",
  ӏ: "l",
  α: "a",
  ο: "o",
  ε: "e",
  ι: "i",
  κ: "k",
  ν: "v",
  ρ: "p",
  τ: "t",
  υ: "u",
  χ: "x",
};

const LEET: Record<string, string> = {
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

const INVISIBLE = /^(?:\p{Cf}|\u00AD|\u034F|\u115F|\u1160|\u17B4|\u17B5|\u180E|\u3164)$/u;
const LETTER = /\p{L}/u;
const ALNUM = /[\p{L}\p{N}]/u;
/** Running and measurement tokens whose digits are not obfuscation: 5k, 10km, 2x, 3rd, 100%. */
const NUMERIC_TOKEN = /^\d+([.,]\d+)?(k|km|mi|m|x|h|hr|hrs|min|s|st|nd|rd|th|%|mm|cm|g|kg|ml|l)?$/;

export function normalizePlain(input: string): NormalizedText {
  const chars: NormChar[] = [];
  let offset = 0;
  for (const cp of input) {
    const start = offset;
    offset += cp.length;
    if (INVISIBLE.test(cp)) continue;
    const mapped = CONFUSABLES[cp] ?? CONFUSABLES[cp.toLowerCase()] ?? cp;
    const out = mapped.normalize("NFKD").replace(/\p{M}/gu, "").normalize("NFKC").toLowerCase();
    for (const ch of out) {
      if (/\s/u.test(ch)) {
        if (chars.length > 0 && chars[chars.length - 1]!.ch === " ") chars[chars.length - 1]!.end = offset;
        else chars.push({ ch: " ", start, end: offset });
      } else {
        chars.push({ ch, start, end: offset });
      }
    }
  }
  return { text: chars.map((c) => c.ch).join(""), chars };
}

export function normalizeFolded(input: string): NormalizedText {
  let chars = normalizePlain(input).chars;
  chars = foldLeet(chars);
  chars = collapseSpelledOut(chars);
  chars = collapseStretched(chars);
  return { text: chars.map((c) => c.ch).join(""), chars };
}

function foldLeet(chars: NormChar[]): NormChar[] {
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
    const hasLetter = LETTER.test(core);
    const foldable = hasLetter && !NUMERIC_TOKEN.test(core) && [...core].some((c) => c in LEET);
    for (let k = 0; k < token.length; k++) {
      const c = token[k]!;
      const prev = token[k - 1]?.ch ?? "";
      const next = token[k + 1]?.ch ?? "";
      const symbol = !/\p{N}/u.test(c.ch);
      // Punctuation-like leet ("!", "|", "$") only counts between letters/digits, so "free!" stays "free!".
      const inside = symbol ? ALNUM.test(next) && (ALNUM.test(prev) || prev === "") : true;
      if (foldable && c.ch in LEET && inside) out.push({ ...c, ch: LEET[c.ch]! });
      else out.push(c);
    }
    i = j;
  }
  return out;
}

/** "f.r.e.e", "f r e e", "f-r-e-e" → "free": runs of 3+ single letters each separated by one separator. */
function collapseSpelledOut(chars: NormChar[]): NormChar[] {
  const text = chars.map((c) => c.ch).join("");
  const run = /(?<![\p{L}\p{N}])\p{L}(?:[.\-_*·•/ ]\p{L}){2,}(?![\p{L}\p{N}])/gu;
  const drop = new Set<number>();
  for (const m of text.matchAll(run)) {
    for (let k = m.index + 1; k < m.index + m[0].length; k += 2) drop.add(k);
  }
  return drop.size ? chars.filter((_, k) => !drop.has(k)) : chars;
}

/** Three or more of the same letter become two ("freeeee" → "free", "gooooal" → "gooal"). */
function collapseStretched(chars: NormChar[]): NormChar[] {
  return chars.filter((c, k) => !(LETTER.test(c.ch) && chars[k - 1]?.ch === c.ch && chars[k - 2]?.ch === c.ch));
}

/** Original [start, end) of a match at [from, to) in the normalised text. */
export function originalRange(norm: NormalizedText, from: number, to: number): { start: number; end: number } {
  const first = norm.chars[from];
  const last = norm.chars[Math.max(from, to - 1)];
  return { start: first?.start ?? 0, end: last?.end ?? first?.end ?? 0 };
}

export const escapeRegex = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** A whole-word pattern for a phrase, matched against text normalised the same way. */
export function phrasePattern(phrase: string, normalize: (s: string) => NormalizedText): string {
  const tokens = normalize(phrase).text.trim().split(" ").filter(Boolean);
  return `(?<![\\p{L}\\p{N}])${tokens.map(escapeRegex).join("[\\s\\-]+")}(?![\\p{L}\\p{N}])`;
}

const SEGMENTER = new Intl.Segmenter(undefined, { granularity: "grapheme" });
export const graphemeLength = (s: string) => [...SEGMENTER.segment(s)].length;
