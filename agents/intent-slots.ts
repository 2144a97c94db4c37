import type { Slots } from "./intent-router.ts";

/**
 * Slot extraction for the intents that reach the later tools (slot insights, brand checks, library review, cost
 * breakdowns, lineage direction, duplicates, jobs). Pure: lower-cased text in, slots out.
 */

/** Template slots marketers ask about ("which hook works best"); headline is copy, not a slot, so it stays status. */
const SLOT_WORDS = "hook|tone|offer|audience|format|cta|call to action|background|scene|angle";

/** "which hook works best for 25-34", "best tone for Gen Z by conversions", "slot insights" → slot_insights. */
export function slotInsight(lower: string, slots: Slots): Slots | undefined {
  const named = lower.match(
    new RegExp(
      `\\b(?:which|what|best|top|winning)\\s+(${SLOT_WORDS})s?\\b.*\\b(?:wins?|won|works?|best|performs?|performed|converts?|drives?|leads?|top)\\b|\\bbest\\s+(${SLOT_WORDS})s?\\b`,
    ),
  );
  if (!named && !/\b(slot insights?|what drives|which slots?|slot (performance|attribution))\b/.test(lower))
    return undefined;
  const slot = (named?.[1] ?? named?.[2])?.replace(/^call to action$/, "cta");
  const metric = /\b(conversions?|convert\w*|cvr)\b/.test(lower)
    ? "cvr"
    : /\broas|revenue|return on ad spend\b/.test(lower)
      ? "roas"
      : /\bwatch[- ]?time|views?\b/.test(lower)
        ? "watch_time"
        : undefined;
  return {
    ...(slot ? { slot } : {}),
    ...(metric ? { metric } : {}),
    ...(slots.audience && slot !== "audience" ? { filters: { audience: slots.audience } } : {}),
  };
}

export function quotedCopy(text: string): Slots {
  const quoted = text.match(/["“”'‘’]([^"“”‘’]{3,})["“”'‘’]/);
  return quoted ? { text: quoted[1]!.trim() } : {};
}

export function duplicateMethods(lower: string): Slots {
  if (/\bexact\b/.test(lower)) return { methods: ["exact"] };
  if (/\b(visual(ly)?|look[- ]?alike|similar[- ]looking)\b/.test(lower))
    return { methods: ["exact", "perceptual", "embedding"] };
  return {};
}

export function libraryReviewSlots(lower: string): Slots {
  const categories: string[] = [];
  if (/\bexpir/.test(lower)) categories.push("expiring");
  if (/\bstale\b/.test(lower)) categories.push("stale");
  if (/\bnever (been )?reviewed\b/.test(lower)) categories.push("never_reviewed");
  if (/\boverdue\b/.test(lower)) categories.push("review_overdue");
  const days = lower.match(/\b(?:within|in the next|next)\s+(\d{1,4})\s+days?\b/);
  return { ...(categories.length ? { categories } : {}), ...(days ? { expiringWithinDays: Number(days[1]) } : {}) };
}

export function costSlots(lower: string): Slots {
  const dims: Record<string, string> = {
    campaign: "campaign",
    model: "model",
    provider: "provider",
    prompt: "prompt_version",
    template: "template_version",
    operation: "operation",
  };
  const groupBy = [...lower.matchAll(/\b(?:by|per)\s+(campaign|model|provider|prompt|template|operation)s?\b/g)].map(
    (m) => dims[m[1]!]!,
  );
  const period = lower.match(/\b(?:by|per|each)\s+(day|week|month)\b|\b(daily|weekly|monthly)\b/);
  const bucket = period
    ? ((period[1] ?? { daily: "day", weekly: "week", monthly: "month" }[period[2]!]) as Slots["period"])
    : undefined;
  if (bucket) groupBy.push("period");
  return { ...(groupBy.length ? { groupBy } : {}), ...(bucket ? { period: bucket } : {}) };
}

export function lineageDirection(lower: string): Slots {
  if (
    /\b(derivatives?|descendants?|downstream|what (used|uses))\b|\b(made|derived|generated|built) from ast_/.test(lower)
  )
    return { direction: "downstream" };
  if (/\b(where did .* come from|derived from|made from|upstream|sources? of)\b/.test(lower))
    return { direction: "upstream" };
  return {};
}

export function jobStatus(lower: string): Slots {
  const status = lower.match(/\b(failed|running|pending|succeeded)\b/);
  return status ? { status: status[1]! } : {};
}
