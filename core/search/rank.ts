import { tokenize } from "../embeddings/tokens.ts";
import type { AssetView } from "../library/types.ts";

/** Per-candidate evidence, each 0..1 (cosines may dip below 0 and are clamped when scored). */
export interface Signals {
  text: number;
  fts: number;
  visual: number;
  audience: number;
  /** How well the asset's subject colours answer the colour words (0..1). */
  colour: number;
  /** 1 when the asset's subject is the object asked for ("sneaker" → running-shoe). */
  object: number;
}

export interface Mode {
  text: boolean;
  fts: boolean;
  visual: boolean;
  examples: boolean;
  /** The query names colours / objects. */
  colours?: boolean;
  objects?: boolean;
}

/**
 * Weighted sum. Words: meaning (vector) and literal match (FTS) share the weight. "Feels like this": the examples'
 * look (visual vector) and meaning count equally. An audience adds a bias that reorders near-ties but does not
 * lift unrelated assets over relevant ones.
 */
export function scoreOf(s: Signals, mode: Mode, audience: boolean): number {
  const clamp = (v: number) => Math.max(0, v);
  let score: number;
  if (mode.examples && mode.fts) score = 0.4 * clamp(s.text) + 0.25 * s.fts + 0.35 * clamp(s.visual);
  else if (mode.examples) score = 0.5 * clamp(s.text) + 0.5 * clamp(s.visual);
  else if (mode.fts || mode.text) score = 0.6 * clamp(s.text) + 0.4 * s.fts;
  else score = 0;
  // Colour words are a hard requirement in people's minds ("navy running shoe" is not any running shoe): the subject's
  // colour carries as much weight as the words; the object asked for adds a smaller lift.
  if (mode.colours) score += 0.45 * s.colour;
  if (mode.objects) score += 0.1 * s.object;
  return score + (audience ? 0.2 * s.audience : 0);
}

/**
 * Subject-colour evidence for the colours asked for, 0..1, averaged over the colours. A colour counts fully when it
 * covers ≥ 30% of the subject. With an object in the query only the subject's colours count (a white shoe on an orange
 * backdrop is not an orange shoe); a colour-only query also accepts the frame's colours. Assets tagged before subject
 * colours existed fall back to frame colours at half weight.
 */
export function colourScore(
  asked: string[],
  tags: { category: string; tag: string; confidence: number }[],
  match: (asked: string, has: string) => number,
  objectAsked: boolean,
): number {
  if (asked.length === 0) return 0;
  const subject = tags.filter((t) => t.category === "subject-colour");
  const frame = tags.filter((t) => t.category === "colour");
  // Tag confidence is 0.45 + share/2 (subject) and 0.5 + share (frame): back to the share of the region.
  const subjectShare = (c: number) => Math.min(1, ((c - 0.45) * 2) / 0.3);
  const frameShare = (c: number) => Math.min(1, (c - 0.5) / 0.3);
  let sum = 0;
  for (const colour of asked) {
    let best = 0;
    for (const t of subject) best = Math.max(best, match(colour, t.tag) * subjectShare(t.confidence));
    const frameWeight = subject.length === 0 ? 0.5 : objectAsked ? 0 : 0.8;
    for (const t of frame) best = Math.max(best, frameWeight * match(colour, t.tag) * frameShare(t.confidence));
    sum += best;
  }
  return sum / asked.length;
}

/**
 * Lexical match 0..1: share of query terms found in the asset's words, weighted by where (name and tags say what an
 * asset is; description and category less; notes least). Stems compare by prefix so "runners" finds "running".
 */
export function lexicalScore(
  terms: string[],
  fields: { name: string[]; tags: string[]; body: string[]; notes: string[] },
): number {
  if (terms.length === 0) return 0;
  const stem = (w: string) => w.slice(0, Math.max(4, w.length - 2));
  const has = (words: string[], t: string) =>
    words.some((w) => w === t || w.startsWith(stem(t)) || t.startsWith(stem(w)));
  let sum = 0;
  for (const t of terms) {
    if (has(fields.name, t) || has(fields.tags, t)) sum += 1;
    else if (has(fields.body, t)) sum += 0.7;
    else if (has(fields.notes, t)) sum += 0.4;
  }
  return sum / terms.length;
}

/** Why an asset matched: query words found in its tags and text, look-alike, audience. */
export function explain(input: {
  asset: AssetView;
  tags: { category: string; tag: string; confidence: number }[];
  signals: Signals;
  queryText: string;
  audience: string | undefined;
}) {
  const terms = tokenize(input.queryText);
  const stem = (w: string) => w.slice(0, Math.max(4, w.length - 2));
  const hit = (words: string[]) =>
    terms.filter((t) => words.some((w) => w.startsWith(stem(t)) || t.startsWith(stem(w))));
  const matchedTags = input.tags
    .filter((t) => t.category !== "error" && hit(tokenize(t.tag)).length > 0)
    .sort((a, b) => b.confidence - a.confidence)
    .map((t) => `${t.category}:${t.tag}`)
    .slice(0, 6);
  const textTerms = hit(tokenize(`${input.asset.name} ${input.asset.description ?? ""} ${input.asset.category ?? ""}`));
  const why: string[] = [];
  if (matchedTags.length) why.push(`tags ${matchedTags.join(", ")}`);
  if (textTerms.length) why.push(`words ${[...new Set(textTerms)].join(", ")}`);
  if (input.signals.text > 0.35) why.push(`similar meaning (${input.signals.text.toFixed(2)})`);
  if (input.signals.visual > 0.8) why.push(`looks alike (${input.signals.visual.toFixed(2)})`);
  if (input.signals.colour > 0.3) {
    const subject = input.tags.filter((t) => t.category === "subject-colour").map((t) => t.tag);
    if (subject.length) why.push(`subject colour ${subject.join(", ")}`);
  }
  if (input.audience && input.signals.audience > 0) why.push(`fits audience ${input.audience}`);
  if (why.length === 0) {
    const top = input.tags
      .filter((t) => t.category !== "error" && t.category !== "format")
      .sort((a, b) => b.confidence - a.confidence)
      .slice(0, 3);
    why.push(`closest match; top tags ${top.map((t) => t.tag).join(", ") || "none"}`);
  }
  return { why, matchedTags };
}
