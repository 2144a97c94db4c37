import type { CandidateCopy } from "./checker.ts";
import type { Matcher, View } from "./compile.ts";
import {
  type NormalizedText,
  normalizeFolded,
  normalizeForPhrases,
  normalizePlain,
  originalRange,
  plausibleWordMatch,
} from "./normalize.ts";

export const COPY_FIELDS = ["headline", "body", "cta", "disclaimer"] as const;
export type CopyField = (typeof COPY_FIELDS)[number];

/** Copy longer than this is refused before any regex runs (keeps every rule regex well inside its time budget). */
export const MAX_FIELD_CHARS = 5000;

/** One copy field in every normalised view the matchers read, built once per check. */
export interface FieldViews {
  field: CopyField;
  raw: string;
  views: Record<View, NormalizedText>;
}

export interface Hit {
  field: CopyField;
  start: number;
  end: number;
  label: string;
  text: string;
}

export function fieldViews(copy: CandidateCopy): FieldViews[] {
  return COPY_FIELDS.flatMap((field) => {
    const raw = (copy[field] ?? "").slice(0, MAX_FIELD_CHARS);
    if (!raw) return [];
    const views: Record<View, NormalizedText> = {
      plain: normalizePlain(raw),
      phrase: normalizeForPhrases(raw),
      folded: normalizeFolded(raw),
      foldedL: normalizeFolded(raw, { one: "l" }),
    };
    return [{ field, raw, views }];
  });
}

/** All matches of the matchers in every field, de-duplicated by original range. */
export function findHits(fields: FieldViews[], matchers: Matcher[]): Hit[] {
  const hits = new Map<string, Hit>();
  for (const f of fields) {
    for (const m of matchers) {
      const norm = f.views[m.view];
      for (const match of norm.text.matchAll(m.re)) {
        if (match[0].length === 0) continue;
        if (m.wordOnly && !plausibleWordMatch(match[0])) continue;
        const r = originalRange(norm, match.index, match.index + match[0].length);
        const key = `${f.field}:${r.start}:${r.end}`;
        if (!hits.has(key)) hits.set(key, { field: f.field, ...r, label: m.label, text: f.raw.slice(r.start, r.end) });
      }
    }
  }
  return [...hits.values()].sort(
    (a, b) => COPY_FIELDS.indexOf(a.field) - COPY_FIELDS.indexOf(b.field) || a.start - b.start,
  );
}

export const overlaps = (a: { field: string; start: number; end: number }, b: Hit) =>
  a.field === b.field && a.start < b.end && b.start < a.end;
