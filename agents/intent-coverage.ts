import type { IntentName, Slots } from "./intent-router.ts";
import { oneTypo } from "./resolve.ts";

/**
 * The everyday asks that used to fall into search or the help text: archive, tag, "which assets use this photo",
 * near-identical images, banned words, what waits for approval, failed jobs, starting a test. Pure: the lower-cased
 * clause and its slots in, an intent name and its slots out.
 */
export function everydayAsk(lower: string, slots: Slots): { name: IntentName; slots: Slots } | undefined {
  if (/\b(archive|archiving|retire|unpublish|take down|shelve)\b/.test(lower) && !/\barchived\b/.test(lower)) {
    const name = lower.match(/\b(?:old|stale|outdated|expired|last (?:year|season)'?s?)\s+([a-z][\w-]*?)s?\b/)?.[1];
    return {
      name: "archive",
      slots: {
        setStatus: "archived",
        ...(name && !/^(asset|image|photo|file|one)$/.test(name) ? { nameContains: name } : {}),
      },
    };
  }
  if (
    /\b(re-?tag|tag|auto-?tag)\b(?!s?\s+(?:are|is|were|was)\b)/.test(lower) &&
    !/\bwrong tags?\b|\bmis-?tagged\b/.test(lower)
  )
    return { name: "tag_assets", slots: {} };
  if (
    /\b(start|create|launch|set ?up|run|kick ?off|begin|spin up|new)\b.*\b(a\/b|ab|split)?\s*(test|experiment)\b/.test(
      lower,
    ) &&
    !/\b(how|results?|status|winner|stop|end|kill)\b/.test(lower)
  ) {
    const metric = /\bcvr|conversion rate|conversions?\b/.test(lower)
      ? "cvr"
      : /\broas|revenue\b/.test(lower)
        ? "roas"
        : /\bwatch[- ]?time\b/.test(lower)
          ? "watch_time"
          : /\bcpa|cost per (conversion|acquisition)\b/.test(lower)
            ? "cost_per_conversion"
            : /\bctr|click/.test(lower)
              ? "ctr"
              : undefined;
    return { name: "create_experiment", slots: metric ? { metric } : {} };
  }
  if (
    /\b(near[- ]?identical|identical|near[- ]?duplicates?|look(?:s)? (?:exactly )?the same|same (?:image|picture|photo|shot)s?|twins?|copies of the same)\b/.test(
      lower,
    )
  )
    return { name: "duplicates", slots: {} };
  if (
    /\b(banned|forbidden|prohibited|not allowed|off[- ]limits|can'?t (?:say|use)|cannot (?:say|use)|blocked)\b.*\b(words?|phrases?|terms?|claims?|language)\b|\b(words?|phrases?|terms?|claims?)\b.*\b(banned|forbidden|prohibited|not allowed|off[- ]limits|can'?t (?:say|use)|we avoid)\b|\bwhat (?:can'?t|cannot) (?:we|i) say\b/.test(
      lower,
    )
  )
    return { name: "brand_rules", slots: {} };
  if (
    /\b(waiting|pending|queued|outstanding|sitting)\b.*\b(approv\w*|review|sign[- ]?off)\b|\b(approv\w*|review|sign[- ]?off)\b.*\b(waiting|pending|queue|outstanding)\b|\bwho needs to approve\b|\bneeds? (?:a |my )?sign[- ]?off\b/.test(
      lower,
    )
  )
    return { name: "review_queue", slots: {} };
  if (
    /\b(ingest|import|sync|pull|refresh|scheduled|nightly|metrics?)\b.*\b(job|run|task)s?\b.*\b(fail\w*|broke\w*|error\w*|crash\w*|work|run|succeed\w*|ok|stuck)\b|\bjobs?\b.*\b(fail\w*|broke\w*|error\w*|stuck|crash\w*)\b|\b(did|has|have)\b.*\b(ingest|import|sync)\w*\b.*\b(fail\w*|break|broke|work|run)\b/.test(
      lower,
    )
  ) {
    const failed = /\b(fail\w*|broke\w*|error\w*|crash\w*)\b/.test(lower);
    return { name: "jobs", slots: failed ? { status: "failed" } : {} };
  }
  if (
    slots.assetIds?.length &&
    /\b(which|what)\b.*\b(use|uses|used|using|include|includes|features?|built on|made with)\b|\bwhere (?:is|was|are)\b.*\bused\b|\bused (?:in|by|where)\b/.test(
      lower,
    )
  )
    return { name: "lineage", slots: { direction: "downstream" } };
  return undefined;
}

/** Words of Winnow's own requests; a word one slip away from one of these is read as it ("variantss" → variants). */
const COMMAND_WORDS = (
  "variant variants version versions variation variations generate generated experiment experiments promote " +
  "promoted winner winners duplicate duplicates archive archived banner banners template templates approve " +
  "approved approval approvals reject rejected review reviews reviewed banned disclaimer disclaimers lineage " +
  "similar search assets images photos performers performing performance allocation rebalance creative " +
  "creatives campaign campaigns audience audiences members approvers uploads uploaded ingest metrics brand " +
  "rules pause losers losing spend spent budget results status expiring rights models tagged retag"
).split(" ");
const KNOWN = new Set(COMMAND_WORDS);

/**
 * Two real words that differ at the end ("asset"/"assets", "reviewer"/"reviewed") are inflections, not slips; a
 * doubled last letter ("variantss") is a slip.
 */
function notASlip(word: string, keyword: string): boolean {
  const [short, long] = word.length <= keyword.length ? [word, keyword] : [keyword, word];
  if (long.length === short.length + 1 && long.startsWith(short)) return long.at(-1) !== long.at(-2);
  if (word.length !== keyword.length) return false;
  if (word.slice(0, -1) === keyword.slice(0, -1)) return true;
  // One letter swapped for another joins too many real words ("winter"/"winner"); only long words are safe.
  const swapped = [...word].filter((c, i) => c !== keyword[i]).length === 1;
  return swapped && keyword.length < 8;
}

/** Corrects one-slip typos of command words, leaving everything else (names, copy, ids) as written. */
export function correctTypos(text: string, extra: string[] = []): string {
  const words = extra.length ? [...COMMAND_WORDS, ...extra] : COMMAND_WORDS;
  const known = extra.length ? new Set(words) : KNOWN;
  return text.replace(/\b[a-z]{5,}\b/gi, (w) => {
    const lower = w.toLowerCase();
    if (known.has(lower)) return w;
    const fixes = [...new Set(words.filter((k) => k.length >= 6 && oneTypo(lower, k) && !notASlip(lower, k)))];
    return fixes.length === 1 ? fixes[0]! : w;
  });
}
