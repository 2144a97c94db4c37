import type { Vocabulary } from "../core/intents/vocabulary.ts";
import type { McpToolInfo } from "./mcp-client.ts";
import { matchAsset, matchExperiment, tokens, valuesNamedIn } from "./resolve.ts";
import { EXAMPLES } from "./router-examples.ts";
import { SAID_AS } from "./router-toolscore.ts";

/**
 * A second reader for which tool a message asks for, built from the served tools themselves rather than from phrase
 * rules: a TF-IDF space over words, word pairs and character n-grams (so "variantss" and "promte" still land), with
 * one document per written example (agents/router-examples.ts) and one per tool made of its title, name,
 * description, SAID_AS words and input-schema field names and descriptions. A new tool is covered from its schema
 * the moment it is served. The workspace's names are read as what they are ("the spring hook test" → {experiment}),
 * so examples generalise over names. A message scores each tool by its nearest examples and by the tool's centroid;
 * `none` is the class of asks that are not Winnow's. Pure and deterministic; the index is cached per tool list.
 */

export interface ReaderGuess {
  tool: string;
  /** Cosine-based score of the best tool, 0..1. */
  score: number;
  /** Its lead over the runner-up (score difference). */
  margin: number;
  ranked: { tool: string; score: number }[];
}

type Vec = Map<string, number>;

interface Doc {
  tool: string;
  vec: Vec;
}
interface Model {
  words: Set<string>;
  docs: Doc[];
  centroids: Map<string, Vec>;
  idf: Map<string, number>;
}

const NONE = "none";
const STOP = new Set(
  tokens(
    "a an the of for in on at to by with from and or is are was be it its this that we our us me my you your i can could would will " +
      "do does did please pls hey hi ok okay just so if then also some any all",
  ),
);

/** The entity words a message contains, as placeholders (the examples use the same braces). */
function placeholders(text: string, v: Vocabulary | undefined): string[] {
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
function features(text: string, known?: Set<string>): string[] {
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

function counts(fs: string[]): Vec {
  const m: Vec = new Map();
  for (const f of fs) m.set(f, (m.get(f) ?? 0) + 1);
  return m;
}

/** Character n-grams weigh less than whole words: they are there to catch slips, not to decide. */
const KIND_WEIGHT: Record<string, number> = { w: 1, b: 0.8, c: 0.25 };

function weigh(raw: Vec, idf: Map<string, number>): Vec {
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

function cosine(a: Vec, b: Vec): number {
  const [small, big] = a.size < b.size ? [a, b] : [b, a];
  let s = 0;
  for (const [f, w] of small) s += w * (big.get(f) ?? 0);
  return s;
}

/** "expiringWithinDays" → "expiring within days". */
const spaced = (name: string) => name.replace(/([a-z])([A-Z])/g, "$1 $2").replace(/_/g, " ");

/** What a tool says about itself: title, name, the first two sentences, its everyday words and its fields. */
function selfDescription(t: McpToolInfo): string {
  const sentences = (t.description ?? "")
    .split(/(?<=[.!?])\s/)
    .slice(0, 2)
    .join(" ");
  const props = Object.entries(t.inputSchema.properties ?? {}) as [string, { description?: string }][];
  const fields = props.map(([k, p]) => `${spaced(k)} ${(p.description ?? "").split(/[.;(]/)[0]}`).join(" ");
  const title = (t as { title?: string }).title ?? "";
  return `${title} ${title} ${spaced(t.name)} ${sentences} ${SAID_AS[t.name] ?? ""} ${fields}`;
}

const cache = new WeakMap<McpToolInfo[], Model>();

function modelOf(tools: McpToolInfo[]): Model {
  const hit = cache.get(tools);
  if (hit) return hit;
  const raw: { tool: string; fs: Vec; self?: boolean }[] = [];
  for (const t of tools) {
    raw.push({ tool: t.name, fs: counts(features(selfDescription(t))), self: true });
    for (const e of EXAMPLES[t.name] ?? []) raw.push({ tool: t.name, fs: counts(features(e)) });
  }
  for (const e of EXAMPLES[NONE] ?? []) raw.push({ tool: NONE, fs: counts(features(e)) });
  const df = new Map<string, number>();
  for (const d of raw) for (const f of d.fs.keys()) df.set(f, (df.get(f) ?? 0) + 1);
  const idf = new Map([...df].map(([f, n]) => [f, Math.log(1 + raw.length / n)]));
  const docs = raw.map((d) => ({ tool: d.tool, vec: weigh(d.fs, idf), self: d.self }));
  const centroids = new Map<string, Vec>();
  for (const d of docs) {
    const c = centroids.get(d.tool) ?? new Map();
    for (const [f, w] of d.vec) c.set(f, (c.get(f) ?? 0) + w);
    centroids.set(d.tool, c);
  }
  for (const [tool, c] of centroids) {
    const norm = Math.sqrt([...c.values()].reduce((s, w) => s + w * w, 0)) || 1;
    for (const [f, w] of c) c.set(f, w / norm);
    centroids.set(tool, c);
  }
  const words = new Set([...df.keys()].filter((f) => f.startsWith("w:")).map((f) => f.slice(2)));
  const model = { docs, centroids, idf, words };
  cache.set(tools, model);
  return model;
}

/** Every tool (and `none`) scored for a message, best first. */
export function readTool(text: string, tools: McpToolInfo[], vocabulary?: Vocabulary): ReaderGuess {
  const model = modelOf(tools);
  const said = `${text} ${placeholders(text, vocabulary).join(" ")}`;
  const q = weigh(counts(features(said, model.words)), model.idf);
  const nearest = new Map<string, number[]>();
  for (const d of model.docs) {
    const s = cosine(q, d.vec);
    nearest.set(d.tool, [...(nearest.get(d.tool) ?? []), s]);
  }
  const ranked = [...nearest]
    .map(([tool, ss]) => {
      const [a = 0, b = 0] = ss.sort((x, y) => y - x);
      const centroid = cosine(q, model.centroids.get(tool) ?? new Map());
      return { tool, score: 0.3 * a + 0.3 * b + 0.4 * centroid };
    })
    .sort((x, y) => y.score - x.score);
  const [top, second] = ranked;
  return {
    tool: top?.tool ?? NONE,
    score: top?.score ?? 0,
    margin: (top?.score ?? 0) - (second?.score ?? 0),
    ranked,
  };
}

export const NOT_OURS = NONE;
