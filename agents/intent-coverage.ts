import type { IntentName, Slots } from "./intent-types.ts";
import { VERB_WORDS } from "./intent-verbs.ts";

/**
 * The everyday asks that used to fall into search or the help text: archive, tag, "which assets use this photo",
 * near-identical images, banned words, what waits for approval, failed jobs, starting a test. Pure: the lower-cased
 * clause and its slots in, an intent name and its slots out.
 */
const RULEBOOK =
  /\b(?:brand ?book|style ?guide|brand guid\w*|guidl\w*|rule ?book)\b|\bno[- ]go (?:words?|phrases?|terms?|list|claims?)\b|\b(?:not allowed|forbidden|banned|prohibited) to (?:say|use|write|mention|claim)\b|\bis there (?:a|any) (?:brand )?rules? (?:about|on|for|against)\b|\b(?:still|now) (?:banned|forbidden|on the banned list)\b|\b(?:what|which)\b.*\b(?:hex (?:values?|codes?|colou?rs)|brand (?:palette|colou?rs))\b|\b(?:brand|our) palette\b.*\?|\bhex (?:values?|codes?)\b.*\b(?:brand|palette)\b/;

/**
 * "are there duplicated images of the City Night banner?", "¿hay dupliacdos en el library?", "are some of our pictures
 * in the library twice?", "subimos lo mismo dos veces": the library holding the same thing twice, said with any word
 * of duplication (a slip in it forgiven: dupl…, not "duplicate the template", which asks for a copy) or with "twice" in
 * any of the workspace's languages beside the library, an upload or "the same".
 */
const DUPLICATION = /\bdupl[a-z]*\b(?<!\bduplicates?)/;
const COPY_ASKED = /\bduplicate\s+(?:the|this|that|it|them|our|my|a|an)\b/;
const TWICE = /\b(?:twice|two times|dos veces|deux fois|zweimal|due volte|duas vezes)\b/;
const HELD =
  /\b(?:library|libary|librer[ií]a|biblioth[eè]que|bibliothek|uploaded|upload\w*|sub(?:imos|ido|í)|imported|added|saved|the same|lo mismo|la misma|le même|la même|dasselbe|das gleiche)\b/;
function heldTwice(lower: string): boolean {
  if (COPY_ASKED.test(lower)) return false;
  return DUPLICATION.test(lower) || (TWICE.test(lower) && HELD.test(lower));
}

export function everydayAsk(lower: string, slots: Slots): { name: IntentName; slots: Slots } | undefined {
  const discard =
    (/^(?:pls |please |can you |could you )?(discard|bin|trash|ditch|kill)\b/.test(lower) ||
      /\bdiscard (?:it|this|that|them|these|those|this one|that one|ast_\w+)\b/.test(lower)) &&
    // "kill the tiktok tests", "kill the losing ads": a test stopped (its losers paused), not assets discarded.
    !/\b(tests?|experiments?|los(?:ing|ers?))\b/.test(lower);
  if (discard) return { name: "archive", slots: { setStatus: "discarded" } };
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
    // "optimise for cost per conversion" is the cost, not the rate its last word names.
    const metric = /\bcpa|cost[- ]per[- ](conversion|acquisition|install|lead|sale|order|sign-?up)s?\b/.test(lower)
      ? "cost_per_conversion"
      : /\bcvr|conversion rate|conversions?\b/.test(lower)
        ? "cvr"
        : /\broas|revenue\b/.test(lower)
          ? "roas"
          : /\bwatch[- ]?time\b/.test(lower)
            ? "watch_time"
            : /\bctr|click/.test(lower)
              ? "ctr"
              : undefined;
    return { name: "create_experiment", slots: metric ? { metric } : {} };
  }
  if (
    /\b(near[- ]?identical|identical|near[- ]?duplicates?|look(?:s)? (?:exactly )?the same|same (?:image|picture|photo|shot)s?|twins?|copies of the same)\b/.test(
      lower,
    ) ||
    heldTwice(lower)
  )
    return { name: "duplicates", slots: {} };
  if (
    /\b(banned|forbidden|prohibited|not allowed|off[- ]limits|can'?t (?:say|use)|cannot (?:say|use)|blocked)\b.*\b(words?|phrases?|terms?|claims?|language)\b|\b(words?|phrases?|terms?|claims?)\b.*\b(banned|forbidden|prohibited|not allowed|off[- ]limits|can'?t (?:\w+ )?(?:say|use|write)|cannot (?:\w+ )?(?:say|use|write)|we avoid)\b|\bwhat (?:can'?t|cannot) (?:we|i) say\b/.test(
      lower,
    )
  )
    return { name: "brand_rules", slots: {} };
  // What the rulebook says, asked of it: "what does the brand book say about tone?", "where do I find the brand
  // guidlines?", "what are the no-go words?", "what are we not allowed to say?", "is there a rule about the logo safe
  // zone?", "is 'crush ur pr' still banned?", "what hex values are in the brand palette?".
  if (RULEBOOK.test(lower) && !/\b(check|vet|audit|lint|validate|run)\b/.test(lower))
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
  // "which ads are using the kestrel logo?", "which ads used the Black Friday 30% off creative?": the ads built on one
  // library asset, named by what it is, are its lineage downstream.
  if (ADS_USING_ASSET.test(lower)) return { name: "lineage", slots: { direction: "downstream" } };
  return undefined;
}

const ADS_USING_ASSET =
  /\b(?:which|what)\s+(?:\w+\s+){0,2}?(?:ads?|creatives?|variants?|outputs?|campaigns?)\s+(?:are\s+|were\s+|is\s+|have\s+)?(?:still\s+)?(?:use|uses|used|using|pull|pulls|pulled|feature|features|featured|include|includes)\s+(?:the|our|this|that|her|his|my)\b[^?.!]{0,40}\b(?:photo|pic|picture|image|shot|logo|banner|creative|asset|visual|pack ?shot|file)s?\b/;

/** Words of Winnow's own requests; a word one slip away from one of these is read as it ("variantss" → variants). */
const COMMAND_WORDS = (
  "variant variants version versions variation variations generate generated experiment experiments promote " +
  "promoted winner winners duplicate duplicates archive archived banner banners template templates approve " +
  "approved approval approvals reject rejected review reviews reviewed banned disclaimer disclaimers lineage " +
  "similar search assets images photos performers performing performance allocation rebalance creative " +
  "creatives campaign campaigns audience audiences members approvers uploads uploaded ingest metrics brand " +
  "rules pause losers losing spend spent budget results status expiring rights models tagged retag check " +
  "month remove spring insights report model reallocate allocate tests trail split winning tagger prompt " +
  "palette staging production rollback discard similar compare cost costs promote"
)
  .split(" ")
  .concat(VERB_WORDS);
const KNOWN = new Set(COMMAND_WORDS);

/** How two words differ by one edit: "insert" (one letter more or less), "swap" (two neighbours), "sub", or none. */
function editKind(a: string, b: string): "insert" | "swap" | "sub" | undefined {
  if (a === b) return undefined;
  if (Math.abs(a.length - b.length) === 1) {
    const [s, l] = a.length < b.length ? [a, b] : [b, a];
    for (let i = 0; i < l.length; i++) if (l.slice(0, i) + l.slice(i + 1) === s) return "insert";
    return undefined;
  }
  if (a.length !== b.length) return undefined;
  const diff = [...a].map((c, i) => (c !== b[i] ? i : -1)).filter((i) => i >= 0);
  if (diff.length === 1) return "sub";
  if (diff.length === 2 && diff[1] === diff[0]! + 1 && a[diff[0]!] === b[diff[1]!] && a[diff[1]!] === b[diff[0]!])
    return "swap";
  return undefined;
}

/**
 * A slip, not another word: a letter dropped, doubled or two swapped inside the word. Two real words that differ at
 * the end ("asset"/"assets", "reviewer"/"reviewed") are inflections, and one letter swapped for another joins too
 * many real words ("winter"/"winner"), so only words of eight letters or more are corrected that way.
 */
export function isSlip(word: string, keyword: string): boolean {
  const kind = editKind(word, keyword);
  if (!kind) return false;
  if (kind === "sub") return keyword.length >= 8 && word.slice(0, -1) !== keyword.slice(0, -1);
  if (kind === "insert") {
    const [short, long] = word.length < keyword.length ? [word, keyword] : [keyword, word];
    if (long.startsWith(short)) return long.at(-1) === long.at(-2);
  }
  return true;
}

/** Corrects one-slip typos of command words, leaving everything else (names, copy, ids) as written. */
export function correctTypos(text: string, extra: string[] = []): string {
  const words = extra.length ? [...COMMAND_WORDS, ...extra] : COMMAND_WORDS;
  const known = extra.length ? new Set(words) : KNOWN;
  return text.replace(/\b[a-z]{4,}\b/gi, (w) => {
    const lower = w.toLowerCase();
    if (known.has(lower) || COMMON.has(lower)) return w;
    // A key held a beat too long ("tagg", "stopp"): short command words are too short for a slip, not for this.
    const undoubled = lower.replace(/(.)\1$/, "$1");
    if (undoubled !== lower && (known.has(undoubled) || SHORT_COMMANDS.has(undoubled))) return undoubled;
    const fixes = [...new Set(words.filter((k) => k.length >= 5 && isSlip(lower, k)))];
    return fixes.length === 1 ? fixes[0]! : w;
  });
}

/** Command words too short for a slip, still typed with a doubled last letter ("tagg", "stopp", "bann"). */
const SHORT_COMMANDS = new Set("tag stop ban run link list test ship find show make".split(" "));

/** Real words one slip from a command word, left alone. */
const COMMON = new Set(
  (
    "brands chest cheek mouth month tone tons test text best rest tent west lose loser trial send sent then than them " +
    "pick spot post page sale rule role runs sort part path last list lost cost most host tags task team term tier " +
    "spent spend brand model modal stats state spring string sprint print rules mules pause cause piece prompts check " +
    "checks chick trail trial tails train rain split spilt preview previews"
  ).split(" "),
);
