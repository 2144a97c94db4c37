import type { CandidateCopy } from "./checker.ts";

type Field = "headline" | "body" | "cta" | "disclaimer";

/** Labels people put in front of ad fields when they paste copy from a doc or a chat. */
const LABELS: [RegExp, Field][] = [
  [/^(?:headline|title|h1)$/, "headline"],
  [/^(?:body|primary text|text|description|copy|ad text|caption)$/, "body"],
  [/^(?:cta|call to action|button)$/, "cta"],
  [/^(?:disclaimer|small print|fine print|legal|terms)$/, "disclaimer"],
];
const LABELLED_LINE = /^\s*([A-Za-z][A-Za-z0-9 ]{0,20}?)\s*:\s*(.*)$/;

/**
 * Plain ad text as copy fields. Lines starting with a field label ("Headline: …", "Primary text: …", "CTA: …",
 * "Disclaimer: …") fill that field, and the lines that follow continue it; text without any label is the body.
 */
export function copyFromText(text: string): Partial<CandidateCopy> {
  const out: Partial<Record<Field, string[]>> = {};
  const add = (field: Field, value: string) => {
    if (value) out[field] = [...(out[field] ?? []), value];
  };
  let current: Field | undefined;
  let labelled = false;
  for (const line of text.split(/\r?\n/)) {
    const m = line.match(LABELLED_LINE);
    const field = m ? LABELS.find(([re]) => re.test(m[1]!.trim().toLowerCase()))?.[1] : undefined;
    if (field) {
      labelled = true;
      current = field;
      add(field, m![2]!.trim());
      continue;
    }
    add(current ?? "body", line.trim());
  }
  if (!labelled) return { body: text.trim() };
  return Object.fromEntries(Object.entries(out).map(([f, lines]) => [f, lines!.join(" ")])) as Partial<CandidateCopy>;
}
