import { tokenize } from "../embeddings/tokens.ts";

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
      return { text, audience, notes };
    }
  }
  return { text, notes };
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
