import { stems, tokenize } from "../embeddings/tokens.ts";
import { colourNamed } from "../tagging/colours.ts";
import { DEFAULT_VOCABULARY } from "../tagging/vocabulary.ts";

export const MAX_QUERY_CHARS = 500;

export interface AudienceRef {
  id: string;
  slug: string;
  name: string;
}

export interface ParsedQuery {
  /** What is embedded and matched: the query without the "for <audience>" phrase. */
  text: string;
  audience?: AudienceRef | undefined;
  notes: string[];
  /** Named colours asked for ("navy blue" → navy, "moss" → olive), judged against the subject's colours. */
  colours: string[];
  /** Subject tags asked for by an object word ("sneaker" → running-shoe). */
  subjects: string[];
  /** The query words that named those colours (ranked by the colour signal, not as plain words). */
  colourWords: string[];
}

/** Words that describe everyone in this domain, so they never pick one audience over another. */
const GENERIC = new Set(["runner", "runners", "people", "customers", "audience", "users", "fans"]);

/**
 * Trims an over-long query (with a note, never an error) and lifts out an audience modifier such as "for Gen Z":
 * the phrase after "for" is matched against audience names and slugs; unmatched phrases stay part of the query.
 */
export function parseQuery(raw: string, audiences: AudienceRef[]): ParsedQuery {
  const notes: string[] = [];
  let text = raw.replace(/\s+/g, " ").trim();
  if (text.length > MAX_QUERY_CHARS) {
    notes.push(`query was ${raw.length} characters; searched its first ${MAX_QUERY_CHARS}`);
    text = text.slice(0, MAX_QUERY_CHARS).replace(/\s+\S*$/, "");
  }
  const modifier =
    /\bfor\s+(?:the\s+|a\s+|our\s+)?([\p{L}\p{N}][\p{L}\p{N}\s'-]{0,40}?)(?=$|[,.;!?]|\s+(?:in|with|on|at|that|who)\b)/iu.exec(
      text,
    );
  if (modifier) {
    const audience = matchAudience(modifier[1]!, audiences);
    if (audience) {
      text = `${text.slice(0, modifier.index)} ${text.slice(modifier.index + modifier[0].length)}`
        .replace(/\s+/g, " ")
        .trim();
      notes.push(`audience "${modifier[1]!.trim()}" → ${audience.slug}`);
      return { text, audience, notes, ...coloursAndObjects(text) };
    }
  }
  return { text, notes, ...coloursAndObjects(text) };
}

/** Object word → subject tag, from the tagger's subject vocabulary (one place for both). */
const OBJECT_WORDS = new Map<string, string>();
for (const [tag, keywords] of Object.entries(DEFAULT_VOCABULARY.subject ?? {}))
  for (const k of keywords) {
    const words = tokenize(k);
    if (words.length === 1 && !OBJECT_WORDS.has(words[0]!)) OBJECT_WORDS.set(words[0]!, tag);
  }

/** Colour words (two-word phrases first: "navy blue", "light blue") and object words of a query. */
export function coloursAndObjects(text: string): Pick<ParsedQuery, "colours" | "subjects" | "colourWords"> {
  const words = tokenize(text);
  const colours: string[] = [];
  const colourWords: string[] = [];
  const subjects = new Set<string>();
  for (let i = 0; i < words.length; i++) {
    const pair = i + 1 < words.length ? colourNamed(`${words[i]} ${words[i + 1]}`) : undefined;
    if (pair) {
      colours.push(pair);
      colourWords.push(words[i]!, words[i + 1]!);
      i++;
      continue;
    }
    const single = colourNamed(words[i]!) ?? stems(words[i]!).map(colourNamed).find(Boolean);
    if (single) {
      colours.push(single);
      colourWords.push(words[i]!);
      continue;
    }
    const subject =
      OBJECT_WORDS.get(words[i]!) ??
      stems(words[i]!)
        .map((w) => OBJECT_WORDS.get(w))
        .find(Boolean);
    if (subject) subjects.add(subject);
  }
  return { colours: [...new Set(colours)], subjects: [...subjects], colourWords };
}

export function matchAudience(phrase: string, audiences: AudienceRef[]): AudienceRef | undefined {
  const wanted = tokenize(phrase.replace(/-/g, " ")).filter((t) => !GENERIC.has(t));
  if (wanted.length === 0) return undefined;
  let best: { audience: AudienceRef; score: number } | undefined;
  for (const a of audiences) {
    const words = new Set(tokenize(`${a.name} ${a.slug.replace(/-/g, " ")}`));
    const score = wanted.filter((w) => words.has(w)).length / wanted.length;
    if (score >= 0.6 && (!best || score > best.score)) best = { audience: a, score };
  }
  return best?.audience;
}

/**
 * A safe FTS5 expression: each term quoted (no operator injection), all terms required (implicit AND; the porter
 * tokenizer matches word forms), the last one as a prefix for half-typed words. AND keeps retrieval cheap at 100k
 * assets (an OR of common words ranks most of the library: ~10x slower, measured); partial matches come from vectors.
 */
export function ftsExpression(text: string): string | undefined {
  const terms = [...new Set(tokenize(text))].filter((t) => t.length > 1).slice(0, 12);
  if (terms.length === 0) return undefined;
  return terms.map((t, i) => `"${t.replace(/"/g, "")}"${i === terms.length - 1 ? "*" : ""}`).join(" ");
}
