import { routeClause } from "./intent-clause.ts";
import { ASSET_ID, dateSlots, EXPERIMENT_ID, extractSlots } from "./intent-extract.ts";
import { NOT_A_SEARCH } from "./intent-pointers.ts";
import { pastedCopy, peopleIn, platformOf } from "./intent-slots.ts";
import { asksNothing, normalise, splitAsks } from "./intent-text.ts";
import { INTENT_TOOLS, type Intent, type RouteContext, type Slots, type ThreadMemory } from "./intent-types.ts";

/**
 * Offline intent router: turns the common Slack requests into one tool call with slots, so the bot is useful with no
 * model key. Pure: text (and what the thread already knows) in, an intent out. Tool names are candidates — the
 * orchestrator picks the first one the MCP server actually serves.
 */

const CHECK_VERB =
  /\b(check|vet|review|lint|validate|audit|look at|ok to (?:post|use|run)|okay to (?:post|use|run)|fine to (?:post|use|run)|pass(?:es)?|compliant|on[- ]brand|allowed)\b|\brun\b[^.?!]{0,20}\bpast\b|\b(?:good|ok|okay|fine|safe|clear) to go\b/;

/** "is this ok:", "would this work?", "ok?": asking whether copy is fine, without a check verb. */
const OK_ASK =
  /\b(?:is|does|would|will|can|could)\s+(?:this|that|it)\b[^.]*\b(?:ok|okay|fine|good|alright|work|on[- ]brand)\b|^(?:is this |this )?(?:ok|okay|fine)(?: to (?:post|use|run))?\s*\??$/;

/** "can we say …", "is '…' ok then?", "are we allowed to use …": asking leave to use copy is asking for a check. */
const PERMISSION =
  /\b(?:we|i)\s+(?:can|could|may)\s+(?:say|use|make|claim|run|post|write)\b|\bclaim\b[^.]*\b(?:allowed|ok|okay|fine|legal)\b|\b(?:can|could|may|should|shall)\s+(?:we|i|you|they)\s+(?:still\s+)?(?:say|use|write|run|post|put|publish|go with|ship|get away with)\b|^(?:so\s+|and\s+)?(?:is|are|would|will)\b[^.]*\b(?:ok|okay|fine|alright|allowed|legal|safe|acceptable)\b|\b(?:allowed|ok|okay|fine|safe)\s+to\s+(?:say|use|write|run|post|put)\b/;

/** Returns the intent for a message, or undefined when the router cannot tell (the caller shows help). */
export function routeIntent(raw: string, memory: ThreadMemory = {}, context: RouteContext = {}): Intent | undefined {
  const now = context.now ?? new Date();
  const text = normalise(raw);
  // Copy given field by field ("headline 'X', body 'Y', cta 'Z' — ok for meta?"): each field is checked as what it is.
  const fields = labelledCopy(raw);
  if (fields) {
    const rest = normalise(fields.rest).toLowerCase();
    if (
      CHECK_VERB.test(rest) ||
      OK_ASK.test(rest) ||
      PERMISSION.test(rest) ||
      /\b(ok|okay|fine|good|alright|allowed|legal)\b/.test(rest)
    ) {
      const platform = platformOf(rest);
      return withPeople(
        {
          name: "check_brand",
          tools: INTENT_TOOLS.check_brand,
          slots: { ...fields.fields, ...(platform ? { platform } : {}) },
        },
        raw,
      );
    }
  }
  // Copy pasted for a check is the subject, not the request: read it whole (emoji and all), before splitting on its
  // full stops.
  const copy = pastedCopy(raw.replace(/<@[A-Z0-9]+(?:\|[^>]*)?>/g, " ").trim());
  const ask = copy ? normalise(copy.rest) : "";
  if (
    copy &&
    (CHECK_VERB.test(ask.toLowerCase()) || OK_ASK.test(ask.toLowerCase()) || PERMISSION.test(ask.toLowerCase()))
  ) {
    // A loose shape ("check on the test: done?", "check: how much did we spend") that reads as a request is one.
    const asked = copy.loose ? routeAsks(text, memory, now) : undefined;
    if (asked && !["check_brand", "search", "help"].includes(asked.name)) return withPeople(asked, raw);
    const routed = routeClause(ask, memory, now, copy.copy);
    return withPeople(routed?.name === "check_brand" ? routed : checkCopy(copy.copy, ask, now), raw);
  }
  const primary = routeAsks(text, memory, now);
  return primary ? withPeople(primary, raw) : primary;
}

const COPY_FIELD: Record<string, "headline" | "body" | "cta" | "disclaimer"> = {
  headline: "headline",
  title: "headline",
  hook: "headline",
  body: "body",
  "body copy": "body",
  "primary text": "body",
  caption: "body",
  description: "body",
  cta: "cta",
  "call to action": "cta",
  button: "cta",
  disclaimer: "disclaimer",
  "small print": "disclaimer",
  "fine print": "disclaimer",
};

/** "headline 'X', body: "Y", cta 'Z'": copy labelled by field, with what is left of the message. */
function labelledCopy(text: string): { fields: Slots; rest: string } | undefined {
  const re =
    /\b(headline|title|hook|body copy|body|primary text|caption|description|cta|call to action|button|disclaimer|small print|fine print)\s*[:=]?\s*(?:"([^"]+)"|“([^”]+)”|'([^']+)'|‘([^’]+)’)/gi;
  const fields: Slots = {};
  let rest = text;
  for (const m of text.matchAll(re)) {
    const field = COPY_FIELD[m[1]!.toLowerCase()]!;
    if (fields[field]) continue;
    fields[field] = (m[2] ?? m[3] ?? m[4] ?? m[5])!.trim();
    rest = rest.replace(m[0], " ");
  }
  return Object.keys(fields).length ? { fields, rest } : undefined;
}

/** A clause that asks the library for something (not bare words read as a search for want of a request). */
const SEARCH_ASKED =
  /\b(?:find|search|look(?:ing)? for|show me|pull up|dig up|do (?:we|you|u) have|got any|any|need|want|pics?|photos?|pictures?|images?|imagery|shots?|visuals?)\b/i;
/**
 * One to three bare words, not a phrase begun by an article or pronoun ("A client request.") and none of them a hurry,
 * a thanks or a sign-off: "mountains", "shoes", "rain, city".
 */
const BARE_WORDS =
  /^(?!(?:a|an|the|my|our|your|for|to|it|this|that)\b)(?!.*\b(?:now|asap|urgent|urgently|today|quick|quickly|pls|please|thanks?|thx|ty|cheers|lol|ok|okay|pronto|stat)\b)[a-z][a-z-]*(?:[\s,]+[a-z][a-z-]*){0,2}$/i;

/** A statement with a tag question on the end: "…'s done right?", "… is over, yeah?". */
const TAG_QUESTION =
  /^(?!\s*(?:is|are|was|were|did|does|do|has|have|can|could|should|what|which|who|how|why|when|where)\b)[^?]{3,}(?:,\s*|\s+)(?<!\b(?:the|to|on|at|from|of|in|is|it's|all)\s)(?:right|yeah|innit|eh|correct|yep)\s*\??\s*$/i;

/** The first ask of a message that routes somewhere, with the other asks kept in `also`. */
function routeAsks(text: string, memory: ThreadMemory, now: Date): Intent | undefined {
  const clauses = splitAsks(text);
  let primary: Intent | undefined;
  const also: string[] = [];
  // Clauses that route nowhere ("hi Winnow!", "did the import fail?") are context for the next one.
  let lead = "";
  // A first clause that gives an order the rules did not read ("import kestrel/2027-04-shoot and tag …") is still
  // the first ask: the planner reads it by the tools' own words before taking the next clause as the request.
  let firstAsk: string | undefined;
  let primaryClause = "";
  // The dates said in a clause that asks nothing of its own ("best ROAS ever? YTD is fine", "top ads. last week pls").
  let datesAside: Slots | undefined;
  const asideDates = (clause: string) => {
    const dates = dateSlots(clause, now);
    if (dates.from && !datesAside) datesAside = dates;
  };
  for (const [i, clause] of clauses.entries()) {
    // "Sorry for the long message. Could you first check …": the apology asks for nothing (not a search for "sorry").
    if (clauses.length > 1 && asksNothing(clause)) continue;
    // "the german test's done, right? ship the winner": a check the speaker already answers is no ask of its own.
    if (!primary && i < clauses.length - 1 && TAG_QUESTION.test(clause)) continue;
    const intent = routeClause(lead ? `${lead} ${clause}` : clause, memory, now);
    if (!intent || intent.name === "help") {
      if (i === 0 && clauses.length > 1 && NOT_A_SEARCH.test(clause.toLowerCase())) firstAsk = clause;
      if (!primary) lead = lead ? `${lead} ${clause}` : clause;
      else asideDates(clause);
      continue;
    }
    if (primary && intent.name === "search" && !SEARCH_ASKED.test(clause)) asideDates(clause);
    lead = "";
    const searches = primary?.name === "search" && intent.name === "search";
    // "sweet as. Find me city-at-night shots": words read as a search only for want of a request give way to the
    // clause that asks for one.
    if (searches && !SEARCH_ASKED.test(primaryClause) && SEARCH_ASKED.test(clause)) {
      primary = { ...intent, slots: { ...primary!.slots, ...intent.slots } };
      primaryClause = clause;
    }
    // "trail pics? mountains", "need pic for window display. shoes.": bare words after the ask say more of what.
    else if (searches && SEARCH_ASKED.test(primaryClause) && BARE_WORDS.test(clause) && primary!.slots.query)
      primary!.slots = { ...intent.slots, ...primary!.slots, query: `${primary!.slots.query} ${clause}` };
    else if (!primary) {
      primary = firstAsk ? { ...intent, firstAsk } : intent;
      primaryClause = clause;
    } else if (intent.name === primary.name) primary.slots = { ...intent.slots, ...primary.slots };
    else also.push(clause);
  }
  if (!primary) return routeClause(text, memory, now);
  if (datesAside && primary.name !== "search" && !primary.slots.from && !primary.slots.to)
    primary.slots = { ...primary.slots, ...datesAside };
  // Ids count wherever they were pasted ("where did this come from? ast_…").
  const ids = text.match(ASSET_ID);
  if (ids && !primary.slots.assetIds) primary.slots.assetIds = [...new Set(ids)];
  const exp = text.match(EXPERIMENT_ID);
  if (exp && !primary.slots.experimentId) primary.slots.experimentId = exp[0];
  if (also.length) primary.also = also;
  return primary;
}

function withPeople(intent: Intent, raw: string): Intent {
  const people = peopleIn(raw);
  if (people.length && ["add_member", "remove_member"].includes(intent.name)) intent.slots.user = people[0]!;
  if (people.length && intent.tools.includes("list_audit_events")) intent.slots.person = people[0]!;
  return intent;
}

function checkCopy(copy: string, rest: string, now: Date): Intent {
  const slots = { ...extractSlots(rest), ...dateSlots(rest, now), text: copy };
  return { name: "check_brand", tools: INTENT_TOOLS.check_brand, slots };
}
