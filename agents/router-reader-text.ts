import type { Vocabulary } from "../core/intents/vocabulary.ts";
import { matchAsset } from "./asset-match.ts";
import { matchExperiment, tokens, valuesNamedIn } from "./resolve.ts";

/**
 * How the router's reader (router-reader.ts) sees one text: the workspace's names as placeholders, then words, word
 * pairs and character n-grams, weighed by TF-IDF. The same code reads the written examples, the labelled messages
 * (router-trained.ts) and the message being read, so the three live in one space.
 */
export type Vec = Map<string, number>;

export const STOP = new Set(
  tokens(
    "a an the of for in on at to by with from and or is are was be it its this that we our us me my you your i can could would will " +
      "do does did please pls hey hi ok okay just so if then also some any all",
  ),
);

/** The entity words a message contains, as placeholders (the examples use the same braces). */
export function placeholders(text: string, v: Vocabulary | undefined): string[] {
  const out: string[] = [];
  if (/\bast_\w+|\/assets?\/\w+/.test(text)) out.push("{asset}");
  if (/\bexp_\w+/.test(text)) out.push("{experiment}");
  if (/<@u\w+>|@\w+/i.test(text)) out.push("{member}");
  if (!v) return out;
  const lower = text.toLowerCase();
  if (v.experiments.length && matchExperiment(lower, v.experiments).kind !== "none") out.push("{experiment}");
  if (valuesNamedIn(lower, v.audiences).length) out.push("{audience}");
  if (valuesNamedIn(lower, v.offers).length) out.push("{offer}");
  if (valuesNamedIn(lower, v.templates).length) out.push("{template}");
  if (valuesNamedIn(lower, v.tones).length) out.push("{tone}");
  if (v.assets?.length && matchAsset(lower, v.assets).kind !== "none") out.push("{asset}");
  const words = new Set(tokens(lower));
  if (v.members.some((m) => m.name && words.has(m.name.toLowerCase().split(/\s+/)[0]!))) out.push("{member}");
  if (v.prompts.some((p) => lower.includes(p.toLowerCase()))) out.push("{prompt}");
  if (v.campaigns?.some((c) => lower.includes(c.name.toLowerCase()))) out.push("{campaign}");
  if (v.brands.some((b) => lower.includes(b.slug) || lower.includes(b.name.toLowerCase()))) out.push("{brand}");
  return out;
}

/** Words, word pairs and the character n-grams of each word: the features of one text. */
export function features(text: string, known?: Set<string>): string[] {
  const cleaned = text
    .replace(/["“”‘’'][^"“”‘’']{3,}["“”‘’']/g, " phquote ")
    .toLowerCase()
    .replace(/\{(\w+)\}/g, " ph$1 ")
    .replace(/\b(?:ast|exp|rvw|tpl|tpv|cmp|mdl)_\w+/g, " ")
    .replace(/<@\w+>/g, " ")
    .replace(/https?:\/\/\S+/g, " phlink ")
    .replace(/\b\d+:\d+\b/g, " phratio ")
    .replace(/\$\s?\d[\d,.]*k?/g, " phmoney ")
    .replace(/\b\d+\b/g, " phnum ");
  const words = tokens(cleaned)
    .filter((w) => !STOP.has(w))
    .map((w) => (known ? corrected(w, known) : w));
  const out: string[] = [];
  for (const w of words) {
    out.push(`w:${w}`);
    if (w.startsWith("ph")) continue;
    const padded = `<${w}>`;
    for (let n = 3; n <= 4; n++) for (let i = 0; i + n <= padded.length; i++) out.push(`c:${padded.slice(i, i + n)}`);
  }
  for (let i = 0; i + 1 < words.length; i++) out.push(`b:${words[i]}_${words[i + 1]}`);
  return out;
}

/** A word the examples and tools never use, one slip from exactly one word they do use, is read as that word. */
function corrected(word: string, known: Set<string>): string {
  if (word.length < 4 || known.has(word) || /^\d/.test(word)) return word;
  const near = [...known].filter((k) => k.length >= 4 && slip(word, k));
  return near.length === 1 ? near[0]! : word;
}

/** One edit apart: a letter added, dropped, changed, or two neighbours swapped. */
function slip(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1 || a[0] !== b[0]) return false;
  if (a.length === b.length) {
    const diff = [...a].flatMap((ch, i) => (ch === b[i] ? [] : [i]));
    if (diff.length === 1) return a.length >= 5;
    return diff.length === 2 && diff[1] === diff[0]! + 1 && a[diff[0]!] === b[diff[1]!] && a[diff[1]!] === b[diff[0]!];
  }
  const [long, short] = a.length > b.length ? [a, b] : [b, a];
  for (let i = 0; i < long.length; i++) if (long.slice(0, i) + long.slice(i + 1) === short) return true;
  return false;
}

export function counts(fs: string[]): Vec {
  const m: Vec = new Map();
  for (const f of fs) m.set(f, (m.get(f) ?? 0) + 1);
  return m;
}

/** Character n-grams weigh less than whole words: they are there to catch slips, not to decide. */
const KIND_WEIGHT: Record<string, number> = { w: 1, b: 0.8, c: 0.25 };

export function weigh(raw: Vec, idf: Map<string, number>): Vec {
  const v: Vec = new Map();
  let norm = 0;
  for (const [f, n] of raw) {
    const w = (1 + Math.log(n)) * (idf.get(f) ?? 0) * (KIND_WEIGHT[f[0]!] ?? 1);
    if (w > 0) {
      v.set(f, w);
      norm += w * w;
    }
  }
  norm = Math.sqrt(norm) || 1;
  for (const [f, w] of v) v.set(f, w / norm);
  return v;
}

export function cosine(a: Vec, b: Vec): number {
  const [small, big] = a.size < b.size ? [a, b] : [b, a];
  let s = 0;
  for (const [f, w] of small) s += w * (big.get(f) ?? 0);
  return s;
}
