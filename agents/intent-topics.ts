import type { IntentName, Slots } from "./intent-types.ts";

/**
 * Asks whose topic noun decides the tool whatever else they mention: a job ("did the allocation job run" is about the
 * scheduler, not the experiment), a generation model ("cheapest image model?" is not a ranking of creatives), and the
 * audit trail ("who promoted …", "what did @priya change yesterday", "what's everyone been doing"). Pure: the
 * lower-cased clause in, an intent out; the planner fills people and dates.
 */
export type TopicAsk = { name: IntentName; tool?: string; slots: Slots };

/** Past-tense verbs people use for what a tool did, for "who <did> …" questions about the audit trail. */
const DID: [RegExp, string][] = [
  [/\bpromot(?:ed|ing)\b|\bshipped\b|\bcrowned\b/, "promote_winners"],
  [/\b(?:stopp?ed|ended|killed|halted|paused)\b/, "stop_experiment"],
  [/\b(?:archived|retired|binned|trashed|discarded|ditched)\b/, "update_asset"],
  [/\b(?:unlinked|detached|disconnected)\b/, "unlink_deployment"],
  [/\b(?:linked|connected|hooked up)\b/, "link_deployment"],
  [/\b(?:rebalanced|reallocated|shifted)\b/, "update_allocation"],
  [/\b(?:tagged|retagged|labell?ed)\b/, "tag_assets"],
  [/\b(?:generated|made|created|rendered)\b.*\b(?:variants?|versions?|ads?|creatives?)\b/, "generate_variants"],
  [/\b(?:added|invited)\b.*\b(?:members?|approvers?|reviewers?|editors?|viewers?|team)\b/, "add_brand_member"],
  [
    /\b(?:removed|kicked|revoked)\b.*\b(?:members?|approvers?|reviewers?|editors?|viewers?|team|access)\b/,
    "remove_brand_member",
  ],
  [/\b(?:changed|edited|updated)\b.*\b(?:rules?|banned|guidelines?)\b/, "update_brand_rules"],
  [/\b(?:moved|changed|set)\b.*\b(?:label|prompt|production|staging)\b/, "set_prompt_label"],
  // Last: "who approved the promotion" asks who decided its review card, "who archived the approved banner" does not.
  [/\b(?:approved|rejected|signed off|declined|okayed|ok'd)\b/, "decide_review"],
];

/**
 * "who approved …" in the languages the workspace's people write (the message may arrive half translated: "quein approved …", "who ha approve …" where the auxiliary keeps the past): "¿quién aprobó…?", "qui a validé…?", "chi ha
 * approvato…?", "wer hat … freigegeben?". A decision made is a question for the audit trail (decide_review).
 */
export const WHO_DECIDED =
  /(?<!\p{L})(?:who|qu(?:i|ie|ei|e)n(?:es)?|quién(?:es)?|qui|chi|wer)(?!\p{L})[^.?!]{0,30}?(?<!\p{L})(?:approved|rejected|validated|(?:a|ha|has|have|hat) (?:approve|validate|reject)|aprob[oó]|aprobaron|rechaz[oó]|approuv[ée]e?|valid[ée]e?|refus[ée]e?|rejet[ée]e?|approvato|approvata|rifiutato|freigegeben|genehmigt|abgelehnt)(?!\p{L})/u;

/** What an audit trail is "of", when no "who" is asked: "the audit trail of review decisions since 1 March". */
const TRAIL_OF: [RegExp, string][] = [
  [
    /\b(?:review decisions?|approvals? and rejections?|decisions? (?:made |taken )?on (?:the )?review)\b/,
    "decide_review",
  ],
];

/**
 * What a change was made to, for "who touched the brand rules", "who kicked off the last ingest", "has anyone
 * changed the rule set": the tool that changes that thing.
 */
const CHANGED_THING: [RegExp, string][] = [
  // A brand's own settings: "who changed the approval thresh hold", "who moved the review channel".
  [
    /\b(?:approval (?:threshold|thresh ?hold|policy|limits?|settings?)|thresh ?holds?|spend (?:threshold|limit)|review channel|palette|brand colou?rs?|fonts?|logo|brand settings)\b/,
    "update_brand",
  ],
  [/\b(?:rules?|rule ?set|banned (?:words?|phrases?|list)|guidelines?|disclaimers?)\b/, "update_brand_rules"],
  // An asset's record: its rights, their holder and expiry, its status.
  [/\b(?:rights?(?: holder)?|expiry|expiration|expiration date|licen[cs]es?)\b/, "update_asset"],
  [/\btagger\b/, "promote_tagger"],
  [/\b(?:prompt labels?|labels?|prompts?)\b/, "set_prompt_label"],
  [/\b(?:allocations?|split|traffic weights?)\b/, "update_allocation"],
  [/\b(?:ingests?|ingestion|metrics? (?:import|pull|sync))\b/, "ingest_metrics"],
  [/\bfeedback\b/, "record_feedback"],
  [/\b(?:review decisions?|decisions?)\b/, "decide_review"],
];
/** A change said without saying what kind: "who touched …", "has anyone changed …", "who ran the last …". */
/** "who did the last changes on the members", "who made these edits": changes asked about as a noun. */
export const WHO_CHANGES =
  /\bwho\b[^.?!]*\b(?:did|made|makes|does|was behind)\b[^.?!]*\b(?:changes|edits|modifications)\b/;
/**
 * A message whose ask is who did something: "who" (any of the languages' words for it, read in English) with no
 * other question before it ("which version is live, and who approved it?" asks the version first).
 */
export const ASKS_WHO = /^(?:(?!\b(?:what|which|how|where|when|why)\b)[^?])*\bwho\b/;
/** "who added Lena?", "who's removed Tom", "who chnaged …": a verb in the past right after "who" asks who did it. */
export const WHO_DID = /\bwho(?:'s| has| have| just)?\s+\w{3,}ed\b/;
/**
 * What the asker did themselves: "can I see what I've done so far this week?", "what did I change yesterday?",
 * "everything I've touched today". The audit trail of the person asking (the planner fills them in).
 */
export const OWN_ACTIONS =
  /\bwhat (?:i'?ve|i have|i did|i|did i) (?:done|do|did|changed|change|touched|touch|edited|edit|broke|break)\b|\b(?:everything|anything|all) i(?:'ve| have)? (?:done|did|changed|touched|edited)\b|\bmy (?:own )?(?:changes|actions|activity|audit (?:log|trail))\b/;
const CHANGE_VERB =
  /\b(?:touched|changed|modified|edited|updated|ran|run|kicked off|started|triggered|called|moved|set|logged|recorded|did|done|acted)\b/;
/** "who called set_prompt_label": a tool's own name said. */
const TOOL_NAME = /\b([a-z]+(?:_[a-z]+)+)\b/;
/** A question about changes made, asked without "who": "has anyone changed …", "what feedback has been logged". */
const ANYONE_CHANGED =
  /\b(?:has|have|did|whether|if) (?:any ?one|any ?body|some ?one|some ?body)\b[^.?!]*\b(?:changed|touched|modified|edited|updated|acted on)\b|\bwhat \w+ (?:has|have) been (?:logged|recorded|changed)\b|\b(?:has|have) (?:any ?thing|some ?thing|any \w+) (?:\w+ )?been (?:approved|rejected|signed off|decided|changed|promoted|stopped|archived)\b/;
/** Done, said without who: "has anything been approved today?" — the tool that does it, from the same past verbs. */
const BEEN_DONE = /\bbeen\s+(\w+(?: off)?)\b/;

const AUDIT =
  /\b(audit(?: log| trail)?|activity(?: log| feed)?|change ?log|(?:a|the) log of (?:every|all|each)|history of changes|who did what|been (?:doing|up to|changing|touching)|what happened|what changed|who touched|what (?:did|has|have) (?:.{1,40} )?(?:do|done|change|changed|touch|touch|edit|update|approve|archive|run))\b/;

/** The tool a "who <did> …" question or an audit trail "of review decisions" is about, if its words say one. */
export function auditedTool(lower: string): string | undefined {
  const who = /\bwho\b/.test(lower) ? DID.find(([re]) => re.test(lower)) : undefined;
  const named = lower.match(TOOL_NAME)?.[1];
  if (named && !/^list_|^get_/.test(named)) return named;
  // Asked only of an audit question, so the thing named is what was changed.
  const thing = changedThing(lower);
  // "who promoted tagger v3": the thing's own tool for that verb (promote_tagger, not promote_winners).
  if (who && thing && thing.split("_")[0] === who[1].split("_")[0]) return thing;
  const done = lower.match(BEEN_DONE)?.[1];
  const passive = done && ANYONE_CHANGED.test(lower) ? DID.find(([re]) => re.test(done)) : undefined;
  return who?.[1] ?? TRAIL_OF.find(([re]) => re.test(lower))?.[1] ?? thing ?? passive?.[1];
}

/** The tool that changes the thing a message names ("the brand rules" → update_brand_rules), if it names one. */
export const changedThing = (lower: string): string | undefined => CHANGED_THING.find(([re]) => re.test(lower))?.[1];

export function topicAsk(lower: string): TopicAsk | undefined {
  const searchy = /^(?:find|search|look for|show me (?:some|any)|got any)\b/.test(lower);
  if (/\b(jobs?|cron|scheduler|nightly run|background tasks?)\b/.test(lower) && !searchy) {
    const failed =
      /\b(fail\w*|broke\w*|error\w*|crash\w*|stuck|died|dead|fallo|fallaron|echec|kaputt)\b|(?<!\p{L})(?:falló|échec|cassée?s?|planté(?:e|s)?)(?!\p{L})/u.test(
        lower,
      );
    const status = lower.match(/\b(running|pending|succeeded)\b/)?.[1];
    return { name: "jobs", slots: failed ? { status: "failed" } : status ? { status } : {} };
  }
  if (
    /\b(?:models?|llms?)\b/.test(lower) &&
    !/\b(?:by|per|each) (?:ai )?models?\b|\b(?:cost|costs|spend|spent|spending)\b/.test(lower) &&
    !/\b(photos?|pictures?|shots?|shoots?|talent|casting|agency|fashion|runners?)\b/.test(lower) &&
    /\b(ai|image|images|text|copy|cheapest|fastest|best|which|what|list|available|use|using|pick|choose|run|quality)\b/.test(
      lower,
    )
  ) {
    const task = lower.match(/\b(image|text|copy|picture|visual)s?\b/)?.[1];
    return {
      name: "models",
      slots: task ? { task: task === "image" || task === "picture" || task === "visual" ? "image" : "text" } : {},
    };
  }
  const who = /\bwho\b/.test(lower) ? DID.find(([re]) => re.test(lower)) : undefined;
  // "who touched the brand rules", "who chnaged the rules last?" (a verb in the past right after "who"), "who called
  // set_prompt_label".
  const whoChanged =
    /\bwho\b/.test(lower) &&
    (CHANGE_VERB.test(lower) || WHO_DID.test(lower)) &&
    (CHANGED_THING.some(([re]) => re.test(lower)) || TOOL_NAME.test(lower));
  if (WHO_DECIDED.test(lower))
    return { name: "tool", tool: "list_audit_events", slots: { auditTool: "decide_review" } };
  if (
    who ||
    whoChanged ||
    AUDIT.test(lower) ||
    ANYONE_CHANGED.test(lower) ||
    WHO_CHANGES.test(lower) ||
    OWN_ACTIONS.test(lower)
  ) {
    const tool = auditedTool(lower);
    return { name: "tool", tool: "list_audit_events", slots: tool ? { auditTool: tool } : {} };
  }
  return undefined;
}
