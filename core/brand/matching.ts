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
  /** False when the leet-folded views read exactly like the plain one (no digits, symbols, spaced or stretched letters). */
  foldable: boolean;
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
    const made: Partial<Record<View, NormalizedText>> = {};
    const build: Record<View, () => NormalizedText> = {
      plain: () => normalizePlain(raw),
      phrase: () => normalizeForPhrases(raw),
      folded: () => normalizeFolded(raw),
      foldedL: () => normalizeFolded(raw, { one: "l" }),
    };
    // Views are built on first use: most rule sets never need the leet-folded ones.
    const views = Object.fromEntries((Object.keys(build) as View[]).map((v) => [v, undefined])) as unknown as Record<
      View,
      NormalizedText
    >;
    for (const v of Object.keys(build) as View[]) {
      Object.defineProperty(views, v, { get: () => (made[v] ??= build[v]()), enumerable: true });
    }
    return [{ field, raw, views, foldable: LEETY.test(raw) }];
  });
}

/**
 * A folded view that reads exactly like the plain one adds no matches: folding only changes leet digits/symbols,
 * spelled-out letters ("f r e e") and stretched letters, so without any of those the second pass is skipped.
 */
const LEETY = /[\p{N}@$€£!|]|(\p{L})\1\1|(?<![\p{L}\p{N}])\p{L}[.\-_*·•/ ]\p{L}[.\-_*·•/ ]\p{L}/u;
const redundant = (f: FieldViews, view: View) => (view === "folded" || view === "foldedL") && !f.foldable;

/** All matches of the matchers in every field, de-duplicated by original range. */
export function findHits(fields: FieldViews[], matchers: Matcher[]): Hit[] {
  const hits = new Map<string, Hit>();
  for (const f of fields) {
    for (const m of matchers) {
      if (redundant(f, m.view)) continue;
      const norm = f.views[m.view];
      // exec on the shared global regex (reset first) rather than matchAll, which clones the regex on every call.
      m.re.lastIndex = 0;
      for (let match = m.re.exec(norm.text); match; match = m.re.exec(norm.text)) {
        if (match[0].length === 0) {
          m.re.lastIndex++;
          continue;
        }
        let label = m.label;
        if (m.phrases) {
          const phrase = m.phrases.find((p) => p.exact.test(match[0]));
          if (!phrase || (phrase.wordOnly && !plausibleWordMatch(match[0]))) continue;
          label = phrase.label;
        } else if (m.wordOnly && !plausibleWordMatch(match[0])) continue;
        const r = originalRange(norm, match.index, match.index + match[0].length);
        const key = `${f.field}:${r.start}:${r.end}`;
        if (!hits.has(key)) hits.set(key, { field: f.field, ...r, label, text: f.raw.slice(r.start, r.end) });
      }
    }
  }
  return [...hits.values()].sort(
    (a, b) => COPY_FIELDS.indexOf(a.field) - COPY_FIELDS.indexOf(b.field) || a.start - b.start,
  );
}

export const overlaps = (a: { field: string; start: number; end: number }, b: Hit) =>
  a.field === b.field && a.start < b.end && b.start < a.end;
