import { adminAsk } from "./intent-admin.ts";
import { brandAdminIntent } from "./intent-brand-admin.ts";
import { CANNOT } from "./intent-cannot.ts";
import { everydayAsk } from "./intent-coverage.ts";
import {
  dateSlots,
  experimentName,
  extractSlots,
  generationSlots,
  searchQuery,
  topPerformers,
} from "./intent-extract.ts";
import { aboutExperiment, BULK_DECISION, DEICTIC, NOT_A_SEARCH, QUEUE_WORDS, STOP_POINTER } from "./intent-pointers.ts";
import { outOfScope } from "./intent-scope.ts";
import {
  costSlots,
  duplicateMethods,
  jobStatus,
  libraryReviewSlots,
  lineageDirection,
  perFormatCount,
  performanceMetric,
  platformAdId,
  platformOf,
  quotedCopy,
  slotInsight,
} from "./intent-slots.ts";
import { spendKind } from "./intent-spend.ts";
import { topicAsk } from "./intent-topics.ts";
import { INTENT_TOOLS, type Intent, type IntentName, type Slots, type ThreadMemory } from "./intent-types.ts";
import { NO_REASON_GIVEN } from "./router-review.ts";

/**
 * One clause of a message to one intent: the ordered phrase rules, first match wins (acknowledgements, bulk decisions,
 * the can'ts, review requests, brand admin, corrections, admin and topic asks, thread pointers, …, search last).
 */
const ASSET_NOUNS =
  "(?:assets?|images?|photos?|pics?|pix|pictures?|shots?|visuals?|scenes?|footage|clips?|videos?|logos?|banners?|packshots?|uploads?)";

/**
 * Asking for a review however it is put: "raise a review on …", "put … through the same review", "chuck it in for
 * review", "escalate to whoever approves", "send it back to the approvers", "get Maya's eyes on …", "ask Maya to look
 * at …".
 */
const REVIEW_ASKED =
  /\b(?:raise|open|start|file|kick off)\s+(?:a\s+|an\s+)?(?:review|approval)\b|\bthrough (?:the |a )?(?:same )?(?:review|approval)\b|\b(?:chuck|throw|pop|stick|bung|put)\b[^.?!]{0,40}\b(?:in|into)\s+(?:for\s+)?(?:the\s+)?review\b|\b(?:escalate|send|pass|forward)\b[^.?!]{0,40}\bto (?:whoever (?:approves|can approve|signs off)|the approvers?|an approver|approvers)\b|\b(?:get|have)\s+[\w']+(?:'s|s')\s+eyes on\b|\bask\s+(?!for\b|if\b|whether\b|about\b)\w+\s+to\s+(?:look (?:at|over)|review|approve|sign (?:it |this |that )?off)\b/;

/**
 * A test's traffic split as a noun ("the trail split", "the split now", "le split actuel"), not a split of a report
 * ("split by model") nor a split test (a test to create). Asked to be previewed it is the allocation; asked whether it
 * is even ("is the split in the hook test even?") it is the read-out's traffic check.
 */
const TEST_SPLIT =
  /\b(?:the|our|this|that|its|le|el|la|il|o|a)\s+(?:\w+\s+)?split\b(?!\s+(?:by|into|per|test|tests|testing|it|them|up|out|the cost|costs?)\b)|\bsplit\s+(?:now|actuel|actual|attuale|atual|right now)\b/;
/** "what split does it start on once it's live?", "what's the split now?": the split asked about, shown, not set. */
const SPLIT_ASKED =
  /^\W*(?:what|which)(?:'s| is| would be| should be)?\s+(?:the\s+)?(?:\w+\s+)?split\b(?!\s+(?:by|per)\b)/;
/**
 * A question about the state a test is in: still running, stopped, done, over, ready to call, "cooked", said as a
 * question ("is …", "has …", "did someone …", "reckon …").
 */
const STATE_ASKED =
  /^\W*(?:(?:so|ok|okay|hmm|hey|yo|quick q)[\s,]+)*(?:reckon|is|isn'?t|has|hasn'?t|have|did|was|are)\b[^.?!]*\b(?:still?\s+(?:running|live|on|going|active)|cooked|ready(?:\s+(?:to|tae)\s+call)?|done|over|finished|stopped|ended|killed|dead|called|paused)\b/;
/**
 * The words of a test's statistics: a posterior and its intervals, significance, confidence, noise, P(best), expected
 * loss, sample ratio mismatch.
 */
const READ_OUT_STATS =
  /\b(?:posteriors?|credible|(?:confidence |credible )?intervals?|confiden(?:t|ce)|noise|noisy|significan\w*|statistically|p\(best\)|pbest|expected loss|prob(?:ability)? (?:of being|to be) best|chance to (?:beat|win)|srm|sample ratio)\b/;

/** A split the team already put in place on the platform by hand ("we set the budgets to that split", "ya puse …"). */
const SPLIT_SET_BY_HAND =
  /\b(?:we|i|we'?ve|i'?ve|already|ya)\s+(?:have\s+|already\s+|just\s+)?(?:set|put|moved|changed|matched|updated|applied|puse|pusimos|cambi[eé]|ajust[eé])\b[^.?!]*\bbudgets?\b[^.?!]*\b(?:split|allocation|shares|weights)\b/;
const PLATFORM_SAID = "(?:meta|facebook|fb|instagram|ig|tik ?tok|google(?: ads)?|simulator|sim)";
/**
 * A pull of the numbers ordered by its verb: "force a tiktok pull now", "run an ingest from the simulator", "ingest
 * meta", "pull TikTok now, then …", "re-sync google".
 */
const INGEST_ORDER = new RegExp(
  `^\\W*(?:(?:pls|please|ok|okay|go|just|can you|could you|can u)[\\s,]+)*(?:(?:force|run|kick off|trigger|start|fire off|do)\\s+(?:an?\\s+|the\\s+|another\\s+|a new\\s+)?(?:${PLATFORM_SAID}\\s+)?(?:ingest|pull|sync|re-?sync|refresh)\\b|(?:ingest|re-?sync|sync|re-?pull)\\s+(?:the\\s+)?${PLATFORM_SAID}\\b(?!\\s+(?:ads?|creatives?|top|best)\\b)|pull\\s+(?:the\\s+)?${PLATFORM_SAID}(?:\\s+(?:now|again|in))?\\s*(?:$|[,.;!?]))`,
);

/** Asking to see a change without making it: "preview only", "no need to apply, just want to see", "sans l'appliquer". */
export const PREVIEW_ONLY =
  /\b(?:preview|dry[- ]?run|(?:just|only) (?:want|wanna|wnat|need) to (?:see|look)|(?:just|only) (?:to )?(?:see|look)|don'?t (?:apply|change)|do not (?:apply|change)|no need to apply|without applying|without (?:l['’])?appl\w*|sans l['’]appliquer|sin aplicar(?:lo)?|sem aplicar|senza applicar(?:e|lo))\b/;

/**
 * The message without an "end" that is not an order to end: "year-end", "the end of the test", "how did the Black
 * Friday test end?", "did it finish?" ask how a test came out (its read-out), not to stop one.
 */
function endAsked(lower: string): string {
  const out = lower.replace(/-(?:end|finish)\b|\b(?:the|an?) end\b|\bend of\b/g, " ");
  return /^(?:\W*[\w']+[,!]\s+)*(?:how|when|did|does|has|have|is|was|will)\b/.test(out)
    ? out.replace(/\b(?:end|ended|finish|finished)\b/g, " ")
    : out;
}
/** Like an example, but different: "more like that but on a trail", "similar to the Mara photo but older". */
export const CONTRASTED =
  /(?<!\b(?:would|'d|i|we|you)\s)\b(?:like|similar)\b[^.?!]*?\b(?:but\s+(?!not\b|no\b|also\b)\w|instead of\b)/;

const WHATS_WRONG =
  /\bwhat(?:'s|s| is| are)?\b[^?.]{0,30}\b(?:problems?|issues?|wrong|flagged|flagging|flags?)\b|\bis it bad\b|\bqu[eé] tiene de malo\b|\bqu'est-ce qui (?:ne va pas|cloche)\b/;

export function routeClause(clause: string, memory: ThreadMemory, now: Date, copyText?: string): Intent | undefined {
  const text = clause.trim();
  const lower = text.toLowerCase();
  const slots: Slots = { ...extractSlots(text), ...dateSlots(text, now) };
  if (copyText) slots.text = copyText;
  const platform = platformOf(lower);
  if (platform) slots.platform = platform;
  const make = (name: IntentName, extra: Slots = {}): Intent => ({
    name,
    tools: INTENT_TOOLS[name],
    slots: { ...slots, ...extra },
  });
  const experiment = () =>
    slots.experimentId ? {} : memory.lastExperimentId ? { experimentId: memory.lastExperimentId } : {};
  const mentionsTest = /\b(test|tests|testing|experiment|experiments|exp_\w+)\b/.test(lower);

  // "help me reply to the comments": a request led in by "help me", not the help text.
  if (
    !lower ||
    /^(help(?!\s+(?:me|us)\s+(?:to\s+)?[a-z]{3,})|\?|what can you do|what do you do|how do i use (this|you)|commands?)\b/.test(
      lower,
    )
  )
    return make("help");
  const ACK =
    /^(?:(?:thanks|thank you|thx|ty|cheers|great|cool|nice|ok|okay|lol|perfect|awesome|got it|sounds good|brilliant|alright|right|yes|yep|sure)[\s,!.]*)+/;
  const acked = lower.match(ACK);
  if (acked) {
    // "ok ship the winner" is a request after an acknowledgement; "thanks!" alone is not one.
    const rest = text.slice(acked[0].length).trim();
    if (!rest || rest.split(/\s+/).length <= 1) return undefined;
    const after = routeClause(rest, memory, now, copyText);
    // "thanks, that's great" is chit-chat, not a search for "that's great".
    if (after?.name === "search" && !/\b(find|search|look|show|pull up|dig up|any|got|need)\b/i.test(rest))
      return undefined;
    return after;
  }
  // "approve everything pending" with no list in the thread: show the queue first; "approve all of them" after it
  // offers one Confirm naming each review (router-thread), so nothing is decided unseen.
  const bulk = lower.match(BULK_DECISION);
  // "reject everything from the agency": a filter the queue can't apply is said, never widened to all of it.
  if (bulk && lower.replace(BULK_DECISION, " ").replace(QUEUE_WORDS, " ").trim())
    return make("cannot", {
      reason:
        "I can only decide the whole review queue or one review at a time, not a part of it picked by words. Say `what's waiting for approval?` and then `approve the second one`, or decide each on its review card (✅ / ❌).",
    });
  if (bulk)
    return make("review_queue", {
      decision: (bulk[1] ?? bulk[3])!.toLowerCase() as "approve" | "reject",
      reason: "what's waiting, then one Confirm naming each review before anything is decided",
    });
  // "we set the Meta budgets to that split this morning, record it": a split put in place by hand, recorded.
  if (SPLIT_SET_BY_HAND.test(lower)) return make("update_allocation", { ...experiment(), appliedOnPlatform: true });
  // "force a tiktok pull now", "ingest meta, the allocation looks stale", "run an ingest from the simulator": a pull of
  // a platform's numbers ordered by its verb, before the names that follow it.
  if (INGEST_ORDER.test(lower)) return make("ingest_metrics", {});
  for (const [pattern, reason, unless] of CANNOT) {
    if (pattern.test(lower) && !unless?.test(lower) && !/\b(members?|approvers?|reviewers?)\b/.test(lower))
      return make("cannot", { reason });
  }
  const outside = outOfScope(lower);
  if (outside) return make("cannot", { reason: outside });
  if (
    /\b(send|submit|put)\b.*\b(for|to)\s+(review|approval)\b|\b(send|submit)\b.*\bfor\b.*\b(review|approval)\b|\brequest (a )?review\b|\bask for approval\b/.test(
      lower,
    ) ||
    REVIEW_ASKED.test(lower)
  ) {
    const ids = slots.assetIds ?? memory.lastAssetIds?.slice(0, 1);
    return make("request_review", {
      ...(ids?.length ? { assetIds: ids.slice(0, 1) } : {}),
      reasons: [NO_REASON_GIVEN],
    });
  }
  const brandAdmin = brandAdminIntent(text, lower, make);
  if (brandAdmin) return brandAdmin;
  // A correction of what something was called ("the tagger keeps calling ast_… 'urban'"): feedback on that tag.
  const misnamed = text.match(
    /\b(?:call(?:s|ed|ing)?|label(?:s|led|ling)?|tag(?:s|ged|ging)?(?: it)?(?: as)?|thinks? (?:it'?s|this is))\s+(?:(?:it|this|that|them|ast_\w+)\s+)?(?:as\s+)?["“'‘]([^"”'’]{2,40})["”'’]/i,
  );
  if (
    misnamed &&
    (slots.assetIds || memory.lastAssetIds) &&
    /\b(tagger|tag|tagged|label|calling|calls|called)\b/.test(lower)
  )
    return make("feedback", {
      label: "incorrect_tag",
      tag: misnamed[1]!.trim(),
      ...(slots.assetIds ? {} : { assetIds: memory.lastAssetIds!.slice(0, 1) }),
    });
  // "the tagger calls my bridge shot 'indoor', which is wrong", "the tag "night" on the dawn photo is not correct":
  // a tag quoted a few words after the tagger's verb, said to be wrong, about an asset named in words.
  const wrongTag = text.match(
    /\b(?:tagger|tag(?:s|ged)?|label(?:s|led|ed)?|call(?:s|ed|ing)?)\b(?:\s+[^\s"“'‘]+){0,6}?\s+(?:as\s+)?["“'‘]([^"”'’]{2,40})["”'’]/i,
  );
  if (
    wrongTag &&
    /\b(tagger|tag|tagged|label|labell?ed|calls)\b/.test(lower) &&
    /\b(tagger|wrong|incorrect|not (?:correct|corect|right)|isn'?t|mistake|flag|log|record|report)\b/.test(lower)
  )
    return make("feedback", { label: "incorrect_tag", tag: wrongTag[1]!.trim() });
  const admin = adminAsk(text, lower);
  if (admin) return { name: "tool", tools: [admin.tool], slots: { ...slots, ...admin.slots } };
  const topic = topicAsk(lower);
  if (topic?.tool) return { name: "tool", tools: [topic.tool], slots: { ...slots, ...topic.slots } };
  if (topic) return make(topic.name, topic.slots);
  // "are the meta numbers in?", "meta ingest died again?", "el ingest de Meta falló otra vez?": how the pulls went is
  // the job list (the failed ones when a failure or a delay is said), not a new pull.
  const pulls = ingestAsked(lower, memory);
  if (pulls) return make("jobs", pulls);
  // Verbs before names, decided by the thread's object: "kill it" after a test's read-out stops the test; after a list
  // of assets (or with an asset named) it discards one.
  const stopIt = !slots.assetIds && aboutExperiment(memory) && STOP_POINTER.test(lower);
  const early = everydayAsk(lower, slots);
  if (early && !stopIt && ["jobs", "archive", "review_queue", "brand_rules"].includes(early.name))
    return make(early.name, early.slots);
  // "where is it used?", "has any ad used it yet?", "which ad used it the most?", "¿y dónde se ha usado luego?" after a
  // list of assets: the lineage of the one the thread is about, downstream.
  if (
    !slots.assetIds &&
    memory.lastAssetIds?.length &&
    /\bwhere(?:'s| is| are| was| were| has| have)? (?:it|this|that|they|these|those|this one|that one) (?:been |being )?used\b|\bwhat (?:uses|used) (?:it|this|that)\b|\bwhat'?s (?:it|this|that) used (?:in|for|by)\b|\b(?:which|what|any|an|has any|have any|did any) ads? (?:has |have |had |did |are |is )?(?:use[sd]?|using|run|ran|running) (?:it|this|that|this one|that one|them)\b|\b(?:usaron|usan|utilisent|ont utilisé) (?:esa|esta|la|lo|cette|ce)\b|\bd[oó]nde se (?:ha |han )?usad[oa]\b|\bse ha usado\b/.test(
      lower,
    )
  )
    return make("lineage", { direction: "downstream", assetIds: memory.lastAssetIds.slice(0, 1) });
  // "120208877400 is the benefit arm of spring hook", "and 1790011 to the calm one": an ad id given to an arm.
  const adId = platformAdId(text);
  if (
    adId &&
    /\b\d{6,}\b/.test(text) &&
    /\b(arm|variant|version|one|creative|asset)\b/.test(lower) &&
    /\b(is|was|are|to|for|goes to|belongs to|=)\b/.test(lower) &&
    !/\b(unlink|detach|disconnect|stop|pause)\b/.test(lower)
  ) {
    const pin = /\b(pinterest|pin)\b/.test(lower) ? { platform: "pinterest" } : {};
    const thread = memory.lastCall?.args.platform;
    const fromThread =
      !slots.platform && !pin.platform && typeof thread === "string" && thread !== "csv" ? { platform: thread } : {};
    const fromFile =
      !slots.platform && !pin.platform && /\bmeta_|\bfb_|facebook/i.test(memory.lastCall?.text ?? "")
        ? { platform: "meta" }
        : {};
    return make("link_deployment", { platformAdId: adId, ...fromFile, ...fromThread, ...pin });
  }
  if (/\b(link|connect|attach|map)\b/.test(lower) && /\bads?\b/.test(lower) && platformAdId(text) && slots.assetIds)
    return make("link_deployment", { assetIds: slots.assetIds.slice(0, 1), platformAdId: platformAdId(text)! });
  // "pull the meta numbers", "ingest the sim data", "load the export", "pull the latest numbers in again": a pull of
  // numbers from where they come from, or anew. "pull offer performance for march", "pull last week's numbers on the
  // hook test" name neither: a read of the numbers.
  if (
    /\b(pull|ingest|import|sync|refresh|fetch|load|grab)\b.*\b(numbers|metrics|data|stats|results|performance|insights)\b/.test(
      lower,
    ) &&
    (slots.platform ||
      /\b(?:ingest|import|sync|re-?sync|refresh|load)\b|\b(?:exports?|files?|csv|api|sim|simulator|into winnow)\b|\b(?:again|fresh|latest|now|up to date|in)\s*(?:$|[,.;!?])|\b(?:again|fresh|latest)\b/.test(
        lower,
      ))
  ) {
    const until = slots.to && slots.to !== now.toISOString().slice(0, 10) ? { until: slots.to } : {};
    return make("ingest_metrics", {
      ...(slots.from ? { since: slots.from } : {}),
      ...until,
      from: undefined,
      to: undefined,
    });
  }
  // "is the spring hook test still running or did someone stop it?", "reckon the hook test is cooked yet?": a question
  // about the state a test is in is its read-out, whatever verb it names.
  if (STATE_ASKED.test(lower) && (mentionsTest || memory.lastCall?.tool === "get_experiment_results"))
    return make("status", { ...experiment(), ...experimentName(lower) });
  // "should we kill the trail test?" asks for advice: the read-out that decides it, not the action.
  if (
    /^(?:(?:so|ok|okay|hmm|honestly)[\s,]+)?(?:should|shall) (?:we|i)\b|\bdo you think (?:we|i) should\b|\bis it time to\b/.test(
      lower,
    ) &&
    /\b(stop|end|kill|pause|promote|ship|call|keep|continue|extend|wrap)\b/.test(lower)
  )
    return make("status", experiment());
  // "Check the hook test and if the challenge one is still ahead stop it": the order waits on the check, which is
  // the ask (its read-out).
  if (
    mentionsTest &&
    /^\W*(?:(?:pls|please|can you|could you|can u)\s+)?(?:check|look at|see|review)\b.*\b(?:if|once|unless)\b/.test(
      lower,
    ) &&
    !/\b(?:brand|copy|rules?|compliant|claims?)\b/.test(lower)
  )
    return make("status", { ...experiment(), ...experimentName(lower) });
  const losers = /\bpause\b.*\blos(?:ing|ers?)\b|\blos(?:ing|ers?)\b.*\bpaused?\b|\bpause losers\b/.test(lower);
  // "pause the trial test", "páusame el test de TikTok": a test paused is a test stopped (its ads are another ask).
  const pauseTest = /\bpause(?: me)?\s+(?:the\s+|this\s+|that\s+|our\s+)?(?:[\w-]+\s+){0,3}(?:test|experiment)\b/.test(
    lower,
  );
  if (
    (/\b(stop|end|kill|halt|terminate|wrap up|shut down|close out|finish)\b/.test(endAsked(lower)) && mentionsTest) ||
    losers ||
    pauseTest ||
    stopIt
  ) {
    const keepAds =
      /\b(don'?t|do not|without|never)\s+(touch|pause|change|stop)\b.*\bads?\b|\b(leave|keep) the ads\b/.test(lower);
    const dry = /\bdry[- ]?run|\bpreview\b|\bsimulate\b|\bwhat would happen\b/.test(lower)
      ? { dryRun: true }
      : /\bfor real\b|\blive\b|\bactually (pause|stop)\b/.test(lower)
        ? { dryRun: false }
        : {};
    return make("stop_experiment", {
      ...experiment(),
      ...(keepAds ? { pauseLosers: false } : losers ? { pauseLosers: true } : {}),
      ...dry,
    });
  }
  if (
    /\b(re-?balance|re-?allocate|reallocation|allocation|allocations|alloc|(shift|move|send) (the )?(more )?(traffic|budget|spend))\b|\bupdate (the )?(split|weights|traffic)\b|\b(?:new|next|updated|current|proposed|traffic) split\b|\bsplit (?:for|of|on|across) (?:the |our )?\S+/.test(
      lower,
    ) ||
    (TEST_SPLIT.test(lower) && PREVIEW_ONLY.test(lower)) ||
    SPLIT_ASKED.test(lower)
  )
    return make("update_allocation", {
      ...experiment(),
      ...(PREVIEW_ONLY.test(lower) || SPLIT_ASKED.test(lower) ? { apply: false } : {}),
    });
  const everyday = everydayAsk(lower, slots);
  if (everyday) return make(everyday.name, everyday.slots);
  if (/\b(duplicates?|dupes?|dedupe|de-duplicate)\b/.test(lower)) return make("duplicates", duplicateMethods(lower));
  const looked = lower.match(
    /\b(?:nobody'?s|no one'?s|not been|not|haven'?t|hasn'?t)\s+(?:looked at|reviewed|checked|touched)\b.*?\b(\d{1,4})\+?\s*days?\b/,
  );
  if (looked) return make("library_review", { categories: ["review_overdue"], reviewOlderThanDays: Number(looked[1]) });
  if (
    /\b(library review|rights? (data )?expir\w*|rights? expire|expir\w*\b.*\brights?|expiring|stale assets?|^stale\b|overdue for review|never (been )?reviewed|(haven'?t|have not|hasn'?t) been reviewed|need(s)? re-?review\w*)\b/.test(
      lower,
    ) ||
    // "anything with rights ending before May 31?", "whose rights or reviews are out of date?", "what's gone stale
    // in the library?": what the library review lists, said by what happened to it.
    /\b(?:rights?|licen[cs]es?)\b[^.?!]*\b(?:end|ends|ending|lapse[sd]?|lapsing|run(?:ning|s)? out|out of date)\b|\b(?:stale|obsolete|out of date|outdated)\b[^.?!]*\blibrary\b|\blibrary\b[^.?!]*\b(?:stale|obsolete|out of date|outdated)\b/.test(
      lower,
    )
  )
    return make(
      "library_review",
      libraryReviewSlots(lower.replace(/\b(haven'?t|have not|hasn'?t) been reviewed( ever)?/, "never reviewed")),
    );
  if (
    /\b(check|audit|lint|validate|vet)\b.*\b(brand|rules?|compliance|compliant|guidelines?)\b|\bbrand check\b|\bis\b.*\bon[- ]brand\b|\b(pass|break|violate)s?\b.*\bbrand rules?\b/.test(
      lower,
    )
  )
    return make("check_brand", { ...quotedCopy(text), ...(copyText ? { text: copyText } : {}) });
  if (
    /\b(brand rules?|brand guidelines?|guidelines|rule ?set|banned (phrases|words)|required disclaimers?)\b/.test(lower)
  )
    return make("brand_rules");
  // The library's own review list ("what needs review in the library?") is not the approval queue.
  if (
    /\b(review|reviewed|reviewing|look at)\b/.test(lower) &&
    /\b(library|assets|photos|images)\b/.test(lower) &&
    !/\b(approv\w*|sign[- ]?off|pending)\b/.test(lower)
  )
    return make("library_review", libraryReviewSlots(lower));
  // Only review requests are "pending" in Winnow: "what's pending for kestrel?" is the approval queue.
  if (/\b(what'?s|what is|anything|any|show|list|how many)\b[^.]*\bpending\b/.test(lower) && !/\bjobs?\b/.test(lower))
    return make("review_queue");
  if (
    /\b(review queue|(?:pending|open|undecided|unresolved|outstanding|active) (?:reviews?|review requests?|approvals?)|(?:show|list|see|pull up|give)\b(?: me)?(?: all)?(?: the)? reviews|pending reviews?|awaiting (review|approval)|waiting for (my )?(review|approval)|to review|needs? (my )?approval|what needs review|for me to (review|approve)|(?:reviews?|approvals?) (?:q|pile|backlog|inbox)|waiting (?:on|for) me)\b/.test(
      lower,
    )
  )
    return make("review_queue");
  if (
    slots.assetIds?.length &&
    (performanceMetric(lower).metric !== undefined ||
      /\bhow (did|does|is|has)\b.*\b(do|doing|done|perform\w*)\b/.test(lower)) &&
    !/\b(similar|like|lineage|come from|derived|made from|review|check|brand)\b/.test(lower)
  ) {
    const { metric } = performanceMetric(lower);
    return make("top_performers", { ...(metric ? { metric } : {}), minImpressions: 0 });
  }
  // "how much has this spent?" in a test's thread (its card, its read-out): that test's spend.
  // "and with spend?" right after a test's read-out goes on about that test.
  const thisTest =
    !!memory.lastExperimentId &&
    (/\b(this|it|this one|that one|that test|this test)\b/.test(lower) ||
      lower.split(/\s+/).length <= (/^\W*(?:and|also|plus|what about|how about)\b/.test(lower) ? 5 : 3));
  const spend = spendKind(lower, mentionsTest || thisTest);
  if (spend === "generation") return make("cost", costSlots(lower));
  if (spend === "ads")
    return make("top_performers", { metric: "spend", ...(thisTest && !mentionsTest ? experiment() : {}) });
  const top = topPerformers(lower, mentionsTest);
  if (top) return make("top_performers", top);
  if (
    /\b(cost|costs|spend|spent|budget|how much (did|have) we|burn|burned|burnt)\b/.test(lower) &&
    !/\bvariants?\b/.test(lower)
  ) {
    // "our cheapst cost per conversion ad this month": a rate the ads earn, not money spent.
    const rate = performanceMetric(lower).metric;
    if (rate && /^(?:cpa|roas|cvr|ctr)$/.test(rate)) return make("top_performers", { metric: rate });
    return make("cost", costSlots(lower));
  }
  if (
    /\b(lineage|where did .* come from|come from|came from|derived from|provenance|made from|made out of|built from|based on|history of|derivatives?|descendants?|downstream|upstream|used in|turned into|became|spawned|end(?:ed|s)? up in|go(?:es)? into|went into)\b|\bwhat (used|uses)\b/.test(
      lower,
    )
  )
    return make("lineage", lineageDirection(lower));
  if (
    slots.label &&
    /\b(feedback|label|mark|flag|tag(ged)?|is|looks?|wrong|has)\b/.test(lower) &&
    (slots.assetIds || memory.lastAssetIds)
  )
    // The asset named in words ("flag the calm 4:5 as mid") before the thread's (router-plan.ts).
    return make("feedback", {});
  // "the energetic 1:1 looks low-res, can I flag that?": a complaint asked to be logged, about an asset named in words.
  if (slots.label && /\b(feedback|log|logged|record|flag|report|note it|note that)\b/.test(lower))
    return make("feedback", {});
  if (/\b(promote|ship|roll out|make .* the default)\b/.test(lower)) return make("promote", experiment());
  // "need smth like the social proof ad but with more people": an ad named as the example is no ad to make.
  const made = CONTRASTED.test(lower) ? lower.split(/\b(?:like|similar)\b/)[0]! : lower;
  if (
    /\b(make|generate|create|produce|render|draft|spin up|give me|need)\b/.test(made) &&
    (slots.count || /\b(variants?|versions?|variations?|ads?|creatives?)\b/.test(made))
  )
    return make("generate", generationSlots(lower, slots));
  // "4 square + 4 story versions of free shipping": a count of variants is a request to make them.
  if ((slots.count || perFormatCount(lower)) && /\b(variants?|versions?|variations?)\b/.test(lower))
    return make("generate", generationSlots(lower, slots));
  // "which hook won the DE test and by how much": how far one named test's winner is ahead is that test's read-out;
  // which slot value wins ("which hook won in the DE hook test?") stays the slot's question.
  if (
    mentionsTest &&
    experimentName(lower).experimentName &&
    /\b(by how much|how much (?:better|more|higher)|lift|margin|p\(best\)|significan\w*|confidence)\b/.test(lower)
  )
    return make("status", { ...experiment(), ...experimentName(lower) });
  // "what's the lift of the challenge hook over the baseline, with its interval?", "or is that noise?": the words of
  // a test's statistics (posterior, intervals, significance, P(best), noise) are its read-out's, not a slot ranking's.
  if (
    READ_OUT_STATS.test(lower.replace(/(["'‘“])[^"'’”]{2,60}["'’”]/g, " ")) &&
    !/\b(?:(?:min(?:imum)?|at least|floor)\s+(?:of\s+)?[\d.,]+k?\s*(?:impressions?|imps)|ingest\w*|jobs?|pull|sync|find|search|look(?:ing)? for|shots?|photos?|pics?|images?|imagery|visuals?|footage|feels? like|mood)\b/.test(
      lower,
    )
  )
    return make("status", { ...experiment(), ...experimentName(lower) });
  const insight = slotInsight(lower, slots);
  if (insight) return make("slot_insights", insight);
  if (/\btemplates?\b/.test(lower) && !/\b(create|new|add)\b/.test(lower)) return make("templates");
  // "models" is also what a search for fashion shoots says; only questions about the generation models route here.
  if (
    /\b(ai|image|text|generation|generative|llm|language)\s+models?\b|\b(which|what|list( the)?)\s+models?\b|\bmodels?\s+(are\s+)?available\b/.test(
      lower,
    ) &&
    !/\b(photos?|pictures?|shots?|assets?|visuals?)\b/.test(lower)
  )
    return make(
      "models",
      /\b(image|text)s?\b/.test(lower) ? { task: lower.match(/\b(image|text)s?\b/)![1] as "image" } : {},
    );
  if (/\b(jobs|job runs?|scheduler|scheduled (jobs?|runs?))\b/.test(lower) && !/^(find|search|look)\b/.test(lower))
    return make("jobs", jobStatus(lower));
  if (
    /\b(how is|how's|how are|status|doing|results?|winning|winner|which .* wins?|leading|performance|perform)\b/.test(
      lower,
    ) ||
    (mentionsTest &&
      /\b(done|finished|over|complete|concluded|found|find|show|say|tell|trending|going|any good|p\(best\)|significant)\b/.test(
        lower,
      ))
  )
    return make("status", { ...experiment(), ...experimentName(lower) });
  // "more like that, but with fog instead of sun": an example and what should differ is a search by example.
  if (CONTRASTED.test(lower)) {
    // The example is the one pasted, or the thread's when the words point at it ("like that"); one named in words
    // ("like the ember one but …") is read against the library when the plan names assets (router-assets.ts).
    const pointed = /\b(?:like|similar to|as)\s+(?:that|this|it|those|these|them)\b/.test(lower);
    const last = [memory.lastCall?.args.id, memory.lastCall?.args.assetId].filter(
      (x): x is string => typeof x === "string" && x.startsWith("ast_"),
    );
    const example = slots.assetIds?.length
      ? slots.assetIds
      : pointed
        ? (memory.lastAssetIds?.slice(0, 1) ?? last.slice(0, 1))
        : [];
    const { assetIds: _named, ...rest } = slots;
    const query = searchQuery(text, slots);
    return {
      name: "search",
      tools: INTENT_TOOLS.search,
      slots: { ...rest, query, ...(example.length ? { exampleAssetIds: example.slice(0, 1) } : {}) } as Slots,
    };
  }
  if (/\b(similar|like this|like that|feel like|feels like|looks? like|lookalikes?|more like)\b/.test(lower)) {
    const ids = slots.assetIds ?? memory.lastAssetIds?.slice(0, 1);
    const more = lower.match(/\b(\d{1,3})\s+more\b/)?.[1];
    const limit = slots.count ?? (more ? Number(more) : undefined);
    if (ids?.length) return make("similar", { assetIds: ids, ...(limit ? { limit } : {}) });
  }
  // "what's the problem with it?", "what's flagged on it?", "what's wrong with the wording?", "is it bad that it says
  // crush?": what the brand check finds on the asset named, or the one the thread (or the review card) is about.
  const subject = slots.assetIds ?? memory.lastAssetIds?.slice(0, 1);
  if (subject?.length && !mentionsTest && WHATS_WRONG.test(lower)) return make("check_brand", { assetIds: subject });
  if (slots.assetIds?.length && /\b(show|get|open|details?|info|what is)\b/.test(lower)) return make("show_asset");
  // "show me the copy on this", "open that one": the asset the thread (or the review card) is about.
  if (
    memory.lastAssetIds?.length &&
    DEICTIC.test(lower) &&
    /\b(show|open|details?|info|copy|headline|caption|text|metadata|tags|what is|what's)\b/.test(lower)
  )
    return make("show_asset", { assetIds: memory.lastAssetIds.slice(0, 1) });
  // A command we did not read ("rename the spring folder") is not a search: better a "did you mean" than a wrong list.
  if (NOT_A_SEARCH.test(lower)) return undefined;
  const asked =
    /\b(find|search|look(ing)? for|show me|any(?! (good|luck|news|updates?|winners?|ideas?|chance)\b)|pull up|dig up|do we have|got any|need an?)\b/.test(
      lower,
    ) || new RegExp(`\\b${ASSET_NOUNS}\\b`).test(lower);
  if (asked) return make("search", { query: searchQuery(text, slots) });
  if (
    lower.split(/\s+/).length <= 6 &&
    !/^(who|what|when|why|how|is|are|can|could|should|do|does|did|has|have|was|were|will|hi|hey|hello|yo|hmm|morning|good morning|make|send|create|generate|stop|pause|delete|approve|reject|give|turn|change|update|set|add|remove|run|start|launch|publish|post|fix|edit|undo|redo|rename|gimme|sort|handle|deal|clean|tidy|organi[sz]e|prep|prepare|build|get|bring|put|take|try|let|tell|help|finish|do)\b/.test(
      lower,
    )
  ) {
    // "the thingy", "the mess from yesterday": nothing left to look for is not a search; say what I can do instead.
    const query = searchQuery(text, slots);
    const content = query
      .toLowerCase()
      .split(/[^a-z0-9%'-]+/)
      .filter((w) => w.length > 2 && !VAGUE.has(w));
    return content.length ? make("search", { query }) : undefined;
  }
  return undefined;
}

/** Words that name nothing a library could hold. */
const VAGUE = new Set(
  "the and for from with this that these those thing things thingy stuff mess one ones yesterday today again".split(
    " ",
  ),
);

/** Words for a failed pull, in the corpora's languages. */
const PULL_FAILED =
  /\b(?:fail\w*|died|dead|crash\w*|broke|broken|errored|stuck|kaputt|fallo|fallaron|echec)\b|(?<!\p{L})(?:falló|échec|planté)(?!\p{L})|\bnot (?:in|there|loaded|showing)(?: yet)?\b|\bstill (?:empty|missing)\b/u;
/** How a pull is doing: "are the numbers in?", "is the ingest working?", "dashboard looks frozen". */
const PULL_STATE =
  /\b(?:working|work|run|ran|running|frozen|in yet|com(?:e|ing) in|came in|landed|arrived|(?:are|is) (?:the |our )?(?:\w+ )?(?:numbers|data|metrics|stats) in)\b/;
const PULLED =
  /\b(?:ingest\w*|import\w*|sync\w*|pulls?|numbers|data|metrics|stats|n[uú]meros|datos|donn[ée]es|zahlen)(?!\p{L})/u;

/**
 * A question about how metric pulls went: the jobs, failed ones when a failure or delay is said. Not an order to pull
 * ("pull meta now"); "did it fail again?" right after a pull or a job list too.
 */
function ingestAsked(lower: string, memory: ThreadMemory): Slots | undefined {
  // "meta ingest died again" (its "?" split off with the next ask) reports a failed pull: as good as asking.
  const asked =
    /\?/.test(lower) ||
    /^(?:\W*\w+[,.!]\s+)?(?:why|did|does|is|are|has|have|was|were)\b/.test(lower) ||
    (PULL_FAILED.test(lower) && /\b(?:again|otra vez|encore|wieder|di nuovo)\b/.test(lower));
  const afterPull = memory.lastCall?.tool === "ingest_metrics" || memory.lastCall?.tool === "list_jobs";
  // Right after a pull, "it's still empty" is about it, asked or not.
  if (
    !(asked || (afterPull && PULL_FAILED.test(lower))) ||
    /^(?:pull|ingest|import|sync|load|refresh|rerun|re-run|run|fetch|grab)\b/.test(lower)
  )
    return undefined;
  if (!PULLED.test(lower) && !afterPull) return undefined;
  if (PULL_FAILED.test(lower)) return { status: "failed" };
  return PULL_STATE.test(lower) && PULLED.test(lower) ? {} : undefined;
}
