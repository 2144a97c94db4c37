/**
 * Turns the feedback the loop collects into labelled examples for the tagger. Each example says "asset A does / does
 * not carry tag T". Sources: tag corrections (feedback_labels with a tag), review approvals and rejections, ad
 * performance (promoted vs discarded outputs) and search clicks. Pure: rows come in, examples go out.
 */

export type ExampleSource = "correction" | "review" | "performance" | "search";

export interface Example {
  assetId: string;
  category: string;
  tag: string;
  positive: boolean;
  source: ExampleSource;
}

export const tagKey = (category: string, tag: string) => `${category}:${tag}`;

/** Labels reviewers use for "this tag is right / wrong" (core/review/labels.ts has incorrect_tag; the rest are synonyms). */
const POSITIVE_TAG_LABELS = new Set(["correct_tag", "confirm_tag", "confirmed", "correct", "add_tag", "missing_tag"]);
const NEGATIVE_TAG_LABELS = new Set(["incorrect_tag", "wrong_tag", "remove_tag", "incorrect", "wrong"]);
/** Asset-level labels that say "a reviewer would not approve this". */
const REJECTING_LABELS = new Set(["off_brand", "low_quality_variant"]);

export const APPROVABLE = { category: "review", tag: "approvable" } as const;
export const WINNER = { category: "performance", tag: "winner" } as const;

export interface FeedbackSignal {
  assetId: string;
  tag: string | null;
  label: string;
  createdAt: string;
}
export interface ReviewSignal {
  assetId: string;
  status: string;
  at: string;
}
export interface OutcomeSignal {
  assetId: string;
  status: string;
}
export interface ClickSignal {
  assetId: string;
  tag: string;
  at: string;
}

export interface Signals {
  feedback: FeedbackSignal[];
  reviews: ReviewSignal[];
  outcomes: OutcomeSignal[];
  clicks: ClickSignal[];
  /** Category of a bare tag name, from the tags the tagger already wrote ("orange" → "colour"). */
  categoryOf: (assetId: string, tag: string) => string | undefined;
}

/** "colour:orange" or a bare "orange" (category looked up, else "general"). */
export function parseTag(raw: string, assetId: string, categoryOf: Signals["categoryOf"]) {
  const text = raw.trim().toLowerCase();
  const at = text.indexOf(":");
  if (at > 0) return { category: text.slice(0, at).trim(), tag: text.slice(at + 1).trim() };
  return { category: categoryOf(assetId, text) ?? "general", tag: text };
}

/** Latest signal wins per (asset, tag): a reviewer who changes their mind overrides the earlier label. */
export function examplesFromSignals(signals: Signals): Example[] {
  const latest = new Map<string, Example & { at: string }>();
  const put = (e: Example, at: string) => {
    const key = `${e.assetId}|${tagKey(e.category, e.tag)}`;
    const prev = latest.get(key);
    // Corrections are the strongest signal: a later weaker signal never overrides one.
    if (prev && prev.source === "correction" && e.source !== "correction") return;
    if (!prev || prev.at <= at || e.source === "correction") latest.set(key, { ...e, at });
  };
  for (const f of [...signals.feedback].sort((a, b) => a.createdAt.localeCompare(b.createdAt))) {
    const label = f.label.trim().toLowerCase();
    if (f.tag && (POSITIVE_TAG_LABELS.has(label) || NEGATIVE_TAG_LABELS.has(label))) {
      const { category, tag } = parseTag(f.tag, f.assetId, signals.categoryOf);
      if (tag)
        put(
          { assetId: f.assetId, category, tag, positive: POSITIVE_TAG_LABELS.has(label), source: "correction" },
          f.createdAt,
        );
    } else if (REJECTING_LABELS.has(label)) {
      put({ assetId: f.assetId, ...APPROVABLE, positive: false, source: "review" }, f.createdAt);
    }
  }
  for (const r of signals.reviews) {
    if (r.status === "approved" || r.status === "rejected")
      put({ assetId: r.assetId, ...APPROVABLE, positive: r.status === "approved", source: "review" }, r.at);
  }
  for (const o of signals.outcomes) {
    if (o.status === "promoted" || o.status === "discarded")
      put({ assetId: o.assetId, ...WINNER, positive: o.status === "promoted", source: "performance" }, "");
  }
  for (const c of signals.clicks) {
    const { category, tag } = parseTag(c.tag, c.assetId, signals.categoryOf);
    if (tag) put({ assetId: c.assetId, category, tag, positive: true, source: "search" }, c.at);
  }
  return [...latest.values()].map(({ at: _at, ...e }) => e);
}

/** Deterministic held-out split by asset (FNV-1a), so an asset's labels never sit on both sides. */
export function isHeldOut(assetId: string, fraction: number): boolean {
  let h = 0x811c9dc5;
  for (const ch of assetId) {
    h ^= ch.codePointAt(0) ?? 0;
    h = Math.imul(h, 0x01000193);
  }
  return ((h >>> 0) % 1000) / 1000 < fraction;
}

export function splitExamples(examples: Example[], fraction: number) {
  const train: Example[] = [];
  const heldOut: Example[] = [];
  // Only human corrections are trusted enough to grade a tagger; other signals always train.
  for (const e of examples) (e.source === "correction" && isHeldOut(e.assetId, fraction) ? heldOut : train).push(e);
  return { train, heldOut };
}
