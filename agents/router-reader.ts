import type { Vocabulary } from "../core/intents/vocabulary.ts";
import { requestWordsInEnglish } from "./intent-languages.ts";
import type { ThreadMemory } from "./intent-types.ts";
import type { McpToolInfo } from "./mcp-client.ts";
import { tokens } from "./resolve.ts";
import { EXAMPLES } from "./router-examples.ts";
import { fitLinear, LINEAR_SHARE, type Linear, linearProbabilities } from "./router-reader-linear.ts";
import { anonymise } from "./router-reader-names.ts";
import { cosine, counts, features, type Vec, weigh } from "./router-reader-text.ts";
import type { ReaderContext, TrainedExample } from "./router-reader-types.ts";
import { SAID_AS } from "./router-toolscore.ts";
import { TRAINED } from "./router-trained.ts";

/**
 * A second reader for which tool a message asks for, learnt rather than written as phrase rules: a TF-IDF space
 * (router-reader-text.ts) over one document per tool made of its title, name, description, SAID_AS words and input
 * schema (so a new tool is covered the moment it is served), the everyday phrasings written per tool
 * (router-examples.ts) and the labelled messages of the blind corpora's tuning halves (router-trained.ts, generated
 * by bench/router-training.ts), each with its thread: the tool the thread last called, a review card, a shared file.
 * The workspace's names are read as what they are ("the spring hook test" → {experiment}). A message scores each
 * tool by its nearest documents and the tool's centroid, blended half and half with a linear model fitted on the same
 * documents (router-reader-linear.ts), which weighs the words that tell tools apart rather than the words they share;
 * `none` is the class of asks that are not Winnow's. Pure and deterministic; the index and the fit are cached per
 * tool list.
 */
export interface ReaderGuess {
  tool: string;
  /** Cosine-based score of the best tool, 0..1. */
  score: number;
  /** Its lead over the runner-up (score difference). */
  margin: number;
  /** How likely the best tool is the right one, 0..1, calibrated by cross-evaluation (see CALIBRATION). */
  confidence: number;
  ranked: { tool: string; score: number }[];
}

interface Doc {
  tool: string;
  vec: Vec;
  /** A labelled message's thread: the tool called before it. */
  after?: string;
}
interface Model {
  toolWords: Set<string>;
  words: Set<string>;
  docs: Doc[];
  /** Feature → the documents that have it and its weight there, so a message is scored against all in one pass. */
  postings: Map<string, { doc: number; w: number }[]>;
  centroids: Map<string, Vec>;
  idf: Map<string, number>;
  /** A linear (multinomial logistic) reading of the same features: feature → one weight per class. */
  linear: Linear;
  /** The tools some labelled message names (the rest are known only from their own words). */
  labelled: Set<string>;
}

const NONE = "none";

/** The thread around a message as features: what the thread last called, a review card, a shared file. */
function contextFeatures(c: ReaderContext | undefined): string[] {
  if (!c) return [];
  return [
    ...(c.after ? [`x:after_${c.after}`] : []),
    ...(c.card ? ["x:card"] : []),
    ...(c.file ? [`x:file_${c.file}`] : []),
  ];
}

/** What the reader reads from a message's thread (its memory) and the files shared with it. */
export function threadContext(memory: ThreadMemory, files?: { kind: string }[]): ReaderContext {
  const file = files?.[0]?.kind;
  return {
    ...(memory.lastCall ? { after: memory.lastCall.tool } : {}),
    ...(memory.reviewId ? { card: true } : {}),
    ...(file === "image" || file === "csv" ? { file } : {}),
  };
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

/** The written texts the reader starts from (tools' own words and the examples), by tool. */
function writtenTexts(tools: McpToolInfo[]): { tool: string; text: string }[] {
  return [
    ...tools.flatMap((t) => [
      { tool: t.name, text: selfDescription(t) },
      ...(EXAMPLES[t.name] ?? []).map((text) => ({ tool: t.name, text })),
    ]),
    ...(EXAMPLES[NONE] ?? []).map((text) => ({ tool: NONE, text })),
  ];
}

/** The words tools name themselves with (not their descriptions' examples): never read as a workspace's name. */
export function toolWords(tools: McpToolInfo[]): Set<string> {
  const fields = (t: McpToolInfo) => Object.keys(t.inputSchema.properties ?? {}).map(spaced);
  const own = (t: McpToolInfo) => [(t as { title?: string }).title ?? "", spaced(t.name), SAID_AS[t.name] ?? ""];
  return new Set(tools.flatMap((t) => tokens([...own(t), ...fields(t)].join(" "))));
}

let training: readonly TrainedExample[] = TRAINED;
let trainingVersion = 0;

/**
 * Which labelled messages the reader learns from: all of router-trained.ts unless a bench restricts it (train on
 * one corpus, score on the other). Not for production code.
 */
export function trainReaderOn(corpora?: string[]): void {
  training = corpora ? TRAINED.filter((e) => corpora.includes(e.corpus)) : TRAINED;
  trainingVersion++;
}

/**
 * Built once per served tool list: each session's list is a new array, so it is also known by what it says (names,
 * titles, descriptions, fields); the last few lists are kept.
 */
const cache = new WeakMap<McpToolInfo[], { version: number; model: Model }>();
const bySignature = new Map<string, { version: number; model: Model }>();
const signature = (tools: McpToolInfo[]) =>
  JSON.stringify(tools.map((t) => [t.name, (t as { title?: string }).title, t.description, t.inputSchema]));

function modelOf(tools: McpToolInfo[]): Model {
  const hit = cache.get(tools);
  if (hit?.version === trainingVersion) return hit.model;
  const sig = signature(tools);
  const same = bySignature.get(sig);
  if (same?.version === trainingVersion) {
    cache.set(tools, same);
    return same.model;
  }
  const model = buildModel(tools);
  const entry = { version: trainingVersion, model };
  cache.set(tools, entry);
  bySignature.set(sig, entry);
  if (bySignature.size > 4) bySignature.delete(bySignature.keys().next().value!);
  return model;
}

function buildModel(tools: McpToolInfo[]): Model {
  const served = new Set([NONE, ...tools.map((t) => t.name)]);
  const raw: { tool: string; fs: Vec; after?: string }[] = [
    ...writtenTexts(tools).map((d) => ({ tool: d.tool, fs: counts(features(d.text)) })),
    ...training
      .filter((e) => served.has(e.tool))
      .map((e) => ({
        tool: e.tool,
        fs: counts([...features(requestWordsInEnglish(e.text)), ...contextFeatures(e)]),
        after: e.after,
      })),
  ];
  const df = new Map<string, number>();
  for (const d of raw) for (const f of d.fs.keys()) df.set(f, (df.get(f) ?? 0) + 1);
  const idf = new Map([...df].map(([f, n]) => [f, Math.log(1 + raw.length / n)]));
  const docs = raw.map((d) => ({ tool: d.tool, vec: weigh(d.fs, idf), after: d.after }));
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
  const postings = new Map<string, { doc: number; w: number }[]>();
  docs.forEach((d, doc) => {
    for (const [f, w] of d.vec) {
      const list = postings.get(f) ?? [];
      list.push({ doc, w });
      postings.set(f, list);
    }
  });
  const linear = fitLinear(docs.map((d) => ({ label: d.tool, vec: d.vec })));
  const labelled = new Set(training.filter((e) => served.has(e.tool)).map((e) => e.tool));
  return { docs, postings, centroids, idf, words, toolWords: toolWords(tools), linear, labelled };
}

/** The message's cosine with every document (all vectors are unit length). */
function similarities(q: Vec, model: Model): Float64Array {
  const sims = new Float64Array(model.docs.length);
  for (const [f, wq] of q) for (const { doc, w } of model.postings.get(f) ?? []) sims[doc]! += wq * w;
  return sims;
}

/** Every tool (and `none`) scored for a message, best first. */
export function readTool(
  text: string,
  tools: McpToolInfo[],
  vocabulary?: Vocabulary,
  context?: ReaderContext,
): ReaderGuess {
  const model = modelOf(tools);
  const said = anonymise(requestWordsInEnglish(text), vocabulary, model.toolWords);
  const q = weigh(counts([...features(said, model.words), ...contextFeatures(context)]), model.idf);
  const sims = similarities(q, model);
  const nearest = new Map<string, number[]>();
  model.docs.forEach((d, i) => {
    const scores = nearest.get(d.tool) ?? [];
    scores.push(sims[i]!);
    nearest.set(d.tool, scores);
  });
  const ranked = [...nearest].map(([tool, ss]) => {
    const [a = 0, b = 0] = ss.sort((x, y) => y - x);
    const centroid = cosine(q, model.centroids.get(tool) ?? new Map());
    return { tool, score: 0.3 * a + 0.3 * b + 0.4 * centroid };
  });
  const p = linearProbabilities(model.linear, q);
  // A tool no labelled message names (a server's new tool, read from its title and description) has too little for a
  // fitted weight to say anything: its nearest documents alone speak for it.
  for (const r of ranked)
    if (model.labelled.has(r.tool)) r.score = (1 - LINEAR_SHARE) * r.score + LINEAR_SHARE * (p.get(r.tool) ?? 0);
  const last = ranked.find((r) => r.tool === context?.after);
  if (last) last.score += goesOn(said, model);
  ranked.sort((x, y) => y.score - x.score);
  const [top, second] = ranked;
  const score = top?.score ?? 0;
  const margin = score - (second?.score ?? 0);
  return { tool: top?.tool ?? NONE, score, margin, confidence: confidenceOf(score, margin), ranked };
}

/**
 * A logistic fit of "the best tool is the expected one" on the reader's score and lead, over the labelled messages
 * of each blind corpus read by a reader trained on the other one (bench/router-reader.ts --calibrate refits it and
 * prints predicted against observed per band). The lead says nearly everything; the score adds nothing once the lead
 * is known. Refitted 7 Dec (with the linear half) on 3,903 messages (eleven corpora, each read by a reader trained on
 * the others): confidence 0.5-0.6 right 57%, 0.7-0.8 right 70%, 0.8-0.9 right 83%, ≥ 0.95 right 99%.
 */
export const CALIBRATION = { bias: -0.682, score: 0.192, margin: 7.545 };

const confidenceOf = (score: number, margin: number) =>
  1 / (1 + Math.exp(-(CALIBRATION.bias + CALIBRATION.score * score + CALIBRATION.margin * margin)));

/**
 * How much more a message reads like the labelled follow-ups that went on with the thread's last tool ("same for
 * march", "only 4 of them") than like those that turned to another ("promote it", "send it for review"): the mean of
 * the two nearest of each, by the message's words alone. Added to the last tool's score; never below zero.
 */
function goesOn(said: string, model: Model): number {
  const sims = similarities(weigh(counts(features(said, model.words)), model.idf), model);
  const nearest = (same: boolean) => {
    const [a = 0, b = 0] = model.docs
      .flatMap((d, i) => (d.after && (d.tool === d.after) === same ? [sims[i]!] : []))
      .sort((x, y) => y - x);
    return (a + b) / 2;
  };
  return Math.max(0, nearest(true) - nearest(false));
}

export const NOT_OURS = NONE;
