import { adminAsk } from "./intent-admin.ts";
import { correctTypos, everydayAsk } from "./intent-coverage.ts";
import { parseDateRange } from "./intent-dates.ts";
import { outOfScope } from "./intent-scope.ts";
import {
  costSlots,
  duplicateMethods,
  formatList,
  jobStatus,
  libraryReviewSlots,
  lineageDirection,
  listLimit,
  memberRole,
  newBrandSlots,
  pastedCopy,
  peopleIn,
  perFormatCount,
  performanceMetric,
  platformAdId,
  platformOf,
  quotedCopy,
  slotInsight,
  toneList,
} from "./intent-slots.ts";
import { spendKind } from "./intent-spend.ts";
import { topicAsk } from "./intent-topics.ts";
import { canonicalVerbs } from "./intent-verbs.ts";
import { nameBeforeTest } from "./resolve.ts";

/**
 * Offline intent router: turns the common Slack requests into one tool call with slots, so the bot is useful with no
 * model key. Pure: text (and what the thread already knows) in, an intent out. Tool names are candidates — the
 * orchestrator picks the first one the MCP server actually serves.
 */
export type IntentName =
  | "help"
  | "search"
  | "similar"
  | "generate"
  | "status"
  | "promote"
  | "review_queue"
  | "lineage"
  | "cost"
  | "feedback"
  | "show_asset"
  | "request_review"
  | "check_brand"
  | "brand_rules"
  | "library_review"
  | "slot_insights"
  | "templates"
  | "duplicates"
  | "models"
  | "jobs"
  | "top_performers"
  | "stop_experiment"
  | "update_allocation"
  | "ingest_metrics"
  | "link_deployment"
  | "list_brands"
  | "create_brand"
  | "update_brand"
  | "list_members"
  | "add_member"
  | "remove_member"
  | "decide_review"
  | "tag_assets"
  | "archive"
  | "create_experiment"
  | "list_deployments"
  | "prompt_versions"
  | "tagger_versions"
  | "undo"
  | "tool"
  | "cannot";

export interface Slots {
  query?: string;
  count?: number;
  audience?: string;
  offer?: string;
  assetIds?: string[];
  experimentId?: string;
  experimentName?: string;
  label?: string;
  /** Copy given field by field ("headline '…', cta '…'"), for a brand check. */
  headline?: string;
  body?: string;
  cta?: string;
  /** The tag a correction is about ("keeps calling it 'urban'"). */
  tag?: string;
  comment?: string;
  reasons?: string[];
  formats?: string[];
  /** Copy quoted in the message, for a brand check of text. */
  text?: string;
  direction?: "upstream" | "downstream";
  slot?: string;
  metric?: string;
  filters?: Record<string, string>;
  groupBy?: string[];
  period?: "day" | "week" | "month";
  categories?: string[];
  expiringWithinDays?: number;
  reviewOlderThanDays?: number;
  methods?: string[];
  task?: "text" | "image";
  status?: string;
  /** Inclusive UTC dates (YYYY-MM-DD) of a range said in words; `datePhrase` is how it was said. */
  from?: string;
  to?: string;
  datePhrase?: string;
  /** Every tone named ("playful and serious"); the planner keeps the template's and reports the rest. */
  tones?: string[];
  tone?: string;
  /** Template slot restrictions for generation, e.g. { tone: ["playful", "energetic"] }. */
  slots?: Record<string, string | string[]>;
  since?: string;
  until?: string;
  limit?: number;
  platform?: string;
  pauseLosers?: boolean;
  dryRun?: boolean;
  brand?: string;
  name?: string;
  slug?: string;
  palette?: string[];
  user?: string;
  role?: string;
  platformAdId?: string;
  reviewChannel?: string;
  /** Impressions an asset needs before a rate ranks it (top_performers); 0 when asking about named assets. */
  minImpressions?: number;
  /** Why a request cannot be done (intent "cannot"), said plainly. */
  reason?: string;
  /** A review decision said in words ("approve it", "reject, logo too small"). */
  decision?: "approve" | "reject";
  reviewId?: string;
  /** Asset status a change sets (archive → archived). */
  setStatus?: string;
  /** Words that pick assets by name ("old banners" → banner). */
  nameContains?: string;
  createdBefore?: string;
  arms?: string[];
  version?: string | number;
  rollback?: boolean;
  apply?: boolean;
  toTemplate?: boolean;
  email?: string;
  member?: string;
  /** The tool an audit question is about ("who promoted …" → promote_winners). */
  auditTool?: string;
  /** A person named in an audit question (Slack id or e-mail). */
  person?: string;
  /** A campaign named in words (cmp_…), for the lineage of its outputs. */
  campaignId?: string;
  /** A focused question a tool answers ("prompt_versions_for_campaign"). */
  question?: string;
}

export interface Intent {
  name: IntentName;
  /** Tool names to try, in order. */
  tools: string[];
  slots: Slots;
  /** Other requests in the same message that were not acted on ("…and also make 4 variants"). */
  also?: string[];
  /** The message's first clause when it is an order the phrase rules did not read (this intent is a later clause). */
  firstAsk?: string;
}

/** The last request of a thread: what ran (or was offered for Confirm) and what it produced, for follow-ups. */
export interface LastCall {
  tool: string;
  args: Record<string, unknown>;
  /** The message that asked for it. */
  text: string;
  /** Ids the result named, in its order (assets first), so "the second one" points somewhere. */
  ids?: string[];
  /** What the result called the items it listed, by id ("ingest_metrics · failed · Meta access token expired"). */
  labels?: Record<string, string>;
  /** The result's next page, for "next page" / "show me more". */
  nextCursor?: string;
}

/** A change that ran in this thread, kept so "undo" can say (or do) what takes it back. */
export interface LastChange {
  tool: string;
  args: Record<string, unknown>;
  /** The call that restores what was there before, when one exists. */
  undo?: { tool: string; args: Record<string, unknown>; summary: string };
}

export interface ThreadMemory {
  lastAssetIds?: string[];
  lastExperimentId?: string;
  /** The request a question was asked about, so the answer ("8", "Gen Z") completes it. */
  pending?: { text: string; field: string; choices?: string[]; call?: { tool: string; args: Record<string, unknown> } };
  lastCall?: LastCall;
  lastChange?: LastChange;
  /** Set in a review card's thread: the review request the conversation is about. */
  reviewId?: string;
}

export interface RouteContext {
  /** "Now" for relative dates (the services clock); default: the system clock. */
  now?: Date;
}

export const INTENT_TOOLS: Record<IntentName, string[]> = {
  help: [],
  search: ["search_assets", "list_assets"],
  similar: ["find_similar"],
  generate: ["generate_variants"],
  status: ["get_experiment_results", "list_experiments"],
  promote: ["promote_winners"],
  review_queue: ["list_reviews"],
  lineage: ["get_lineage", "trace_lineage"],
  cost: ["get_costs", "get_cost_report", "cost_report", "get_cost_per_winner"],
  feedback: ["record_feedback"],
  show_asset: ["get_asset"],
  request_review: ["request_review"],
  check_brand: ["check_brand_rules"],
  brand_rules: ["get_brand_rules"],
  library_review: ["library_review"],
  slot_insights: ["slot_insights"],
  templates: ["list_templates"],
  duplicates: ["find_duplicates"],
  models: ["list_models"],
  jobs: ["list_jobs"],
  top_performers: ["top_performers"],
  stop_experiment: ["stop_experiment"],
  update_allocation: ["update_allocation"],
  ingest_metrics: ["ingest_metrics"],
  link_deployment: ["link_deployment"],
  list_brands: ["list_brands"],
  create_brand: ["create_brand"],
  update_brand: ["update_brand"],
  list_members: ["list_brand_members"],
  add_member: ["add_brand_member"],
  remove_member: ["remove_brand_member"],
  decide_review: ["decide_review"],
  tag_assets: ["tag_assets"],
  archive: ["update_asset", "review_asset"],
  create_experiment: ["create_experiment"],
  list_deployments: ["list_deployments"],
  prompt_versions: ["list_prompt_versions"],
  tagger_versions: ["list_tagger_versions"],
  undo: [],
  tool: [],
  cannot: [],
};

const WORD_NUMBERS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  fifteen: 15,
  twenty: 20,
  dozen: 12,
  "a dozen": 12,
  "half a dozen": 6,
};
const VARIANT_NOUN = "(?:variants?|versions?|variations?|ads?|creatives?|options?|images?|takes?|ones)";
/** Aspect ratios ("9:16", "1.91:1") are formats, never counts. */
const RATIO = /\b\d+(?:\.\d+)?:\d+\b/g;
const STOP =
  "(?=\\s+(?:in|on|with|using|from|about|that|and|for|by|featuring|showing|ads?|variants?|please|pls|plz|asap|last|this|since|yesterday|today|but|over|during|between|top|\\+)\\b|\\s+\\d{4}-|[,.?!;:()]|$)";
/** "for review", "for me", "for Q1", "for the spring test": phrases after "for" that are not audiences. */
const NOT_AUDIENCE =
  /^(spring|summer|winter|autumn|fall|black friday|holiday)\b|\b(offer|promo|promotion|sale|deal|launch)$|^(review|approval|me|us|you|it|them|now|real|a story|stories|the client|client|a bit|a while|sure|free|kestrel)$|^(last|this|next|the last|the past|past|q[1-4]|yesterday|today|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\b|\b(test|experiment|brand|brand rules?)$/i;

const ASSET_ID = /\bast_[0-9A-Za-z]{6,}\b/g;
const EXPERIMENT_ID = /\bexp_[0-9A-Za-z]{6,}\b/;
const EXPERIMENT_ID_G = /\bexp_[0-9A-Za-z]{6,}\b/g;

export function extractSlots(text: string): Slots {
  const slots: Slots = {};
  const lower = text.toLowerCase();
  const assetIds = text.match(ASSET_ID);
  if (assetIds) slots.assetIds = [...new Set(assetIds)];
  const exp = text.match(EXPERIMENT_ID);
  if (exp) slots.experimentId = exp[0];

  const digits = lower
    .replace(RATIO, "format")
    .match(
      new RegExp(`\\b(\\d{1,4})\\s+(?:(?:new|more|fresh|different)\\s+)?(?:[a-z][\\w-]*\\s+){0,2}?${VARIANT_NOUN}\\b`),
    );
  const words = lower.match(
    new RegExp(
      `\\b(half a dozen|a dozen|${Object.keys(WORD_NUMBERS).join("|")})\\s+(?:(?:new|more|fresh)\\s+)?${VARIANT_NOUN}\\b`,
    ),
  );
  if (digits) slots.count = Number(digits[1]);
  else if (words) slots.count = WORD_NUMBERS[words[1]!];

  const withoutIds = text.replace(ASSET_ID, ",").replace(EXPERIMENT_ID_G, ",");
  const audience = [
    ...withoutIds.matchAll(new RegExp(`\\bfor\\s+(?:the\\s+|our\\s+)?([A-Za-z0-9][\\w\\s'-]*?)${STOP}`, "gi")),
  ]
    .map((m) => m[1]!.trim())
    .find((a) => !NOT_AUDIENCE.test(a));
  if (audience) slots.audience = audience;
  const offer =
    text.match(
      /\b(?:the\s+|our\s+)?((?:[\w%$€£-]+\s+){0,2}?[\w%$€£-]+\s+(?:offer|promo|promotion|sale|deal|launch))\b/i,
    ) ?? text.match(/\b(\d{1,2}%\s+off)\b/i);
  if (offer) slots.offer = offer[1]!.replace(/^((of|the|our|a|an|for)\s+)+/i, "").trim();

  const label = lower.match(
    /\b(incorrect tags?|wrong tags?|tagged wrong|mis-?tagged|mislabell?ed|missing rights(?: data)?|wrong product(?: match)?|low[- ]quality(?: variant)?|blurry|pixelated|ugly|melted|warped|distorted|glitch\w*|artifacts?|garbled|janky|off[- ]brand)\b/,
  );
  if (label) slots.label = normaliseLabel(label[1]!);
  return slots;
}

function normaliseLabel(words: string): string {
  if (/tag|label/.test(words)) return "incorrect_tag";
  if (/rights/.test(words)) return "missing_rights_data";
  if (/product/.test(words)) return "wrong_product_match";
  if (/quality|blurry|pixelated|ugly|melted|warped|distorted|glitch|artifact|garbled|janky/.test(words))
    return "low_quality_variant";
  return "off_brand";
}

/** Free text for search: the request minus its verb, filler and the slots already extracted. */
function searchQuery(text: string, slots: Slots): string {
  let q = text
    .replace(ASSET_ID, " ")
    .replace(/<@[A-Z0-9]+>/g, " ")
    .replace(/^\s*(?:hey|hi|hello|yo|ok|okay)\b[\s,!]*/i, "")
    .replace(/\b(?:please|thank you|thanks|thx|asap|obvs|real quick)\b/gi, " ")
    .replace(
      /^\s*(?:can you\s+|could you\s+|can u\s+|would you\s+)?(?:find|search(?: for)?|look(?:ing)? for|show(?: me)?|get(?: me)?|any|pull up|dig up|got any|do we have(?: any)?|need an?|i need an?)\s+/i,
      "",
    )
    .replace(
      /\b(?:some|any|all|me|the library for|something|anything|stuff|everything|every|(?:that |which )?we(?:'ve)? (?:have|got))\b/gi,
      " ",
    )
    .replace(
      /\b(?:assets?|images?|photos?|pics?|pix|pictures?|shots?|visuals?|footage)\b\s*(?:that\s+(?:feel|look)s?\s+like|with|of|showing|featuring|about)?/gi,
      " ",
    );
  if (slots.audience)
    q = q.replace(new RegExp(`\\bfor\\s+(?:the\\s+|our\\s+)?${escapeRegExp(slots.audience)}`, "i"), " ");
  return q
    .replace(/[?!.]+$/g, "")
    .replace(/\s+/g, " ")
    .trim();
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Typing shortcuts people use in chat, spelled out before anything else reads the message. */
const SHORTHAND: [RegExp, string][] = [
  [/\blst\b/g, "last"],
  [/\bwk\b/g, "week"],
  [/\bwek\b/g, "week"],
  [/\bmth\b/g, "month"],
  [/\byday\b/g, "yesterday"],
  [/\bu\b/g, "you"],
  [/\bpls\b|\bplz\b/g, "please"],
  [/\bhwo\b/g, "how"],
  [/\bwhats\b/g, "what's"],
  [/\bperformrs?\b/g, "performers"],
  [/\bths\b/gi, "this"],
  [/\bmnth\b/gi, "month"],
  [/\bwat\b/gi, "what"],
  [/\btmrw\b/gi, "tomorrow"],
  [/\bwknd\b/gi, "weekend"],
  [/\bem\b/g, "them"],
  [/\bw\/(?=\s)/g, "with"],
  [/\bw(?= (?:the|a|an|my|our)\b)/g, "with"],
  [/\bimps\b/gi, "impressions"],
  [/\bwk\b/gi, "week"],
];

/** A reply that is only an emoji says a word: 🚢 ship it, ✅ approve, ❌ reject, 🛑 stop. */
const EMOJI_WORDS: [RegExp, string][] = [
  [/^\s*🚢+\s*$/u, "ship it"],
  [/^\s*(?:✅|✔️|☑️)+\s*$/u, "approve"],
  [/^\s*(?:❌|🚫|👎)+\s*$/u, "reject"],
  [/^\s*(?:🛑|⛔)+\s*$/u, "stop it"],
];

/** Common German words of a request, read as the English the rules know (Slack threads of a DE team mix both). */
const GERMAN: [RegExp, string][] = [
  [/\bstoppen\b|\banhalten\b/gi, "stop"],
  [/\bzeig(?:e|t)?\s+mir\b/gi, "show me"],
  [/\bdie zahlen\b|\bzahlen\b/gi, "the numbers"],
  [/\bwer hat\b/gi, "who"],
  [/\bfreigeben\b/gi, "approve"],
  [/\bablehnen\b/gi, "reject"],
  [/\beinlesen\b|\bimportieren\b/gi, "ingest"],
  [/\bals feedback (?:loggen|erfassen|melden)\b/gi, "log as feedback"],
  [/\bfalschen?\b/gi, "wrong"],
  [/\bwoher kommt\b/gi, "where does it come from"],
  [/\bneuer?\b/gi, "new"],
];

export function normalise(raw: string): string {
  let text = raw;
  for (const [re, word] of EMOJI_WORDS) if (re.test(text)) text = word;
  for (const [re, word] of GERMAN) text = text.replace(re, word);
  text = text
    .replace(/<@[A-Z0-9]+(?:\|[^>]*)?>/g, " ")
    .replace(/[\u{1F300}-\u{1FAFF}\u{2600}-\u{27BF}]|\u{FE0F}/gu, " ")
    .replace(/\s+/g, " ")
    .trim();
  for (const [re, word] of SHORTHAND) text = text.replace(re, word);
  return canonicalVerbs(correctTypos(text));
}

/** Several asks in one message: "…? also …", "… and also …", "…; then …", "… and which …". */
const ASK_SPLIT =
  /\s*[?!]+\s+(?=\S)|\s*\.\s+(?=[a-z])|\s*;\s*|\s+(?:and also|and then|then also|then)\s+(?=(?:start|make|run|launch|send|tag|check|promote|stop|show|create|add)\b)|(?:^|\s+|,\s*)also\s+|\s+(?:and|\+)\s+(?=(?:which|what|how|can|could|would|is|are|show|find|make|pause|stop|tell|give|list|also|tag|archive|discard|check|promote|rebalance|ingest|import|pull|generate|send|start|launch|link|unlink)\b)/i;

function splitAsks(text: string): string[] {
  const clauses = text
    .split(ASK_SPLIT)
    .map((c) =>
      c
        .replace(/^[\s,.!?-]+|[\s,.]+$/g, "")
        .replace(/^(?:also|and|then|plus)\s+/i, "")
        .trim(),
    )
    .filter((c) => c.length > 0);
  // "…, actually just tell me …": a correction replaces what came before it.
  const last = clauses.findLastIndex((c) => /^(actually|never ?mind|scratch that|wait|sorry|no)\b/i.test(c));
  return last > 0
    ? clauses
        .slice(last)
        .map((c, i) => (i === 0 ? c.replace(/^(actually|never ?mind|scratch that|wait|sorry|no)\b[\s,]*/i, "") : c))
    : clauses;
}

const CHECK_VERB =
  /\b(check|vet|review|lint|validate|audit|look at|ok to (?:post|use|run)|okay to (?:post|use|run)|fine to (?:post|use|run)|pass(?:es)?|compliant|on[- ]brand|allowed)\b/;

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

const COPY_FIELD: Record<string, "headline" | "body" | "cta"> = {
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
};

/** "headline 'X', body: "Y", cta 'Z'": copy labelled by field, with what is left of the message. */
function labelledCopy(text: string): { fields: Slots; rest: string } | undefined {
  const re =
    /\b(headline|title|hook|body copy|body|primary text|caption|description|cta|call to action|button)\s*[:=]?\s*(?:"([^"]+)"|“([^”]+)”|'([^']+)'|‘([^’]+)’)/gi;
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
  for (const [i, clause] of clauses.entries()) {
    const intent = routeClause(lead ? `${lead} ${clause}` : clause, memory, now);
    if (!intent || intent.name === "help") {
      if (i === 0 && clauses.length > 1 && NOT_A_SEARCH.test(clause.toLowerCase())) firstAsk = clause;
      if (!primary) lead = lead ? `${lead} ${clause}` : clause;
      continue;
    }
    lead = "";
    if (!primary) primary = firstAsk ? { ...intent, firstAsk } : intent;
    else if (intent.name === primary.name) primary.slots = { ...intent.slots, ...primary.slots };
    else also.push(clause);
  }
  if (!primary) return routeClause(text, memory, now);
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

function dateSlots(text: string, now: Date): Slots {
  const range = parseDateRange(text, now);
  return range ? { from: range.from, to: range.to, datePhrase: range.phrase } : {};
}

/** Requests outside what Winnow does, answered plainly instead of guessed at (unless the third pattern matches). */
const CANNOT: [RegExp, string, RegExp?][] = [
  [
    /\b(post|publish|schedule|share)\b.*\b(instagram|insta|ig|tiktok|facebook|twitter|x\.com|linkedin|social|feed)\b|\bschedule (this|it)\b|\bpost (this|it)\b|\b(?:post|publish|put up|put out)\b.*\b(?:on (?:mon|tues|wednes|thurs|fri|satur|sun)day|tomorrow|tonight|at \d{1,2}(?::\d\d)?\s*(?:am|pm)?|next week)\b/,
    "I can't post or schedule organic social posts. I can push ads to Meta, Google Ads or TikTok as part of an experiment, paused for you to switch on.",
  ],
  [
    /\b(resize|crop|retouch|photoshop|upscale|remove the background|background removal|cut ?out)\b/,
    "I can't edit an existing image. I can generate new variants in the format you need (e.g. `make 4 variants of the spring offer for Gen Z in 4:5`).",
  ],
  [
    /\bschedule\b|\bboost\b|\bbook (?:a |the )?(?:shoot|photographer|meeting|call)\b|\bdesign (?:a |the |our )?(?:new )?logo\b|\bga4\b|\bgoogle analytics\b|\bpinterest numbers\b|\bspend cap\b|\bbudget cap\b|\breply to (?:the )?comments\b|\bremind me\b(?! (?:which|what|who|how|where|whether|if|of|again)\b)/,
    "I can't do that from here. I work the creative loop: find and generate creatives, check them against the brand rules, run tests, pull ad metrics from Meta, Google Ads and TikTok, and report what works.",
  ],
  [
    /\bdelete\b|\bwipe\b|\bpurge\b/,
    "I don't delete assets from chat. Rejected and discarded assets stay in the library as examples; an admin can archive them from the dashboard.",
  ],
  [
    /\b(increase|raise|lower|decrease|cut|change|set|bump)\b.*\b(daily )?budgets?\b.*\b(to|by)\b|\bbudget to\b/,
    "I can't change budgets on the ad platforms. Inside an experiment I can rebalance traffic between its ads (`update the allocation`).",
    /\b(test|experiment|leader|winner|arms?)\b/,
  ],
  [
    /\b(export|send|email|e-mail)\b.*\b(bigquery|big query|sheets?|spreadsheet|excel|invoice|email|inbox|looker|tableau)\b|\bsend an invoice\b/,
    "I can't export or send things outside Winnow. Cost and performance figures are in `cost report` and `top performers`, and on the dashboard.",
  ],
  [
    /\b(book|schedule|set up)\b.*\b(meeting|call|calendar|sync)\b|\bwrite (our|a|the|my)\b.*\b(update|report|blog|post|email|deck|memo|strategy)\b/,
    "That's outside what I do. I work the creative loop: find and generate creatives, check them against the brand rules, run tests and report what works.",
  ],
];

const ASSET_NOUNS =
  "(?:assets?|images?|photos?|pics?|pix|pictures?|shots?|visuals?|scenes?|footage|clips?|videos?|logos?|banners?|packshots?|uploads?)";
const CREATIVE_NOUNS =
  "(?:ads?|creatives?|assets?|posts?|performers?|spenders?|visuals?|images?|variants?|tiktoks|reels|pins|videos?|spots|banners?)";

function routeClause(clause: string, memory: ThreadMemory, now: Date, copyText?: string): Intent | undefined {
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

  if (!lower || /^(help|\?|what can you do|what do you do|how do i use (this|you)|commands?)\b/.test(lower))
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
  for (const [pattern, reason, unless] of CANNOT) {
    if (pattern.test(lower) && !unless?.test(lower) && !/\b(members?|approvers?|reviewers?)\b/.test(lower))
      return make("cannot", { reason });
  }
  const outside = outOfScope(lower);
  if (outside) return make("cannot", { reason: outside });
  if (
    /\b(send|submit|put)\b.*\b(for|to)\s+(review|approval)\b|\b(send|submit)\b.*\bfor\b.*\b(review|approval)\b|\brequest (a )?review\b|\bask for approval\b/.test(
      lower,
    )
  ) {
    const ids = slots.assetIds ?? memory.lastAssetIds?.slice(0, 1);
    return make("request_review", {
      ...(ids?.length ? { assetIds: ids.slice(0, 1) } : {}),
      reasons: ["requested from Slack"],
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
  const admin = adminAsk(text, lower);
  if (admin) return { name: "tool", tools: [admin.tool], slots: { ...slots, ...admin.slots } };
  const topic = topicAsk(lower);
  if (topic?.tool) return { name: "tool", tools: [topic.tool], slots: { ...slots, ...topic.slots } };
  if (topic) return make(topic.name, topic.slots);
  // Verbs before names, decided by the thread's object: "kill it" after a test's read-out stops the test; after a list
  // of assets (or with an asset named) it discards one.
  const stopIt = !slots.assetIds && aboutExperiment(memory) && STOP_POINTER.test(lower);
  const early = everydayAsk(lower, slots);
  if (early && !stopIt && ["jobs", "archive", "review_queue", "brand_rules"].includes(early.name))
    return make(early.name, early.slots);
  // "where is it used?" after a list of assets: the lineage of the one the thread is about, downstream.
  if (
    !slots.assetIds &&
    memory.lastAssetIds?.length &&
    /\bwhere(?:'s| is| are| was| were)? (?:it|this|that|they|these|those|this one|that one) (?:being )?used\b|\bwhat (?:uses|used) (?:it|this|that)\b|\bwhat'?s (?:it|this|that) used (?:in|for|by)\b/.test(
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
  if (
    /\b(pull|ingest|import|sync|refresh|fetch|load|grab)\b.*\b(numbers|metrics|data|stats|results|performance|insights)\b/.test(
      lower,
    )
  ) {
    const until = slots.to && slots.to !== now.toISOString().slice(0, 10) ? { until: slots.to } : {};
    return make("ingest_metrics", {
      ...(slots.from ? { since: slots.from } : {}),
      ...until,
      from: undefined,
      to: undefined,
    });
  }
  // "should we kill the trail test?" asks for advice: the read-out that decides it, not the action.
  if (
    /^(?:(?:so|ok|okay|hmm|honestly)[\s,]+)?(?:should|shall) (?:we|i)\b|\bdo you think (?:we|i) should\b|\bis it time to\b/.test(
      lower,
    ) &&
    /\b(stop|end|kill|pause|promote|ship|call|keep|continue|extend|wrap)\b/.test(lower)
  )
    return make("status", experiment());
  const losers = /\bpause\b.*\blos(?:ing|ers?)\b|\blos(?:ing|ers?)\b.*\bpaused?\b|\bpause losers\b/.test(lower);
  if (
    (/\b(stop|end|kill|halt|terminate|wrap up|shut down|close out|finish)\b/.test(lower) && mentionsTest) ||
    losers ||
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
    /\b(re-?balance|re-?allocate|reallocation|allocation|allocations|(shift|move|send) (the )?(more )?(traffic|budget|spend))\b|\bupdate (the )?(split|weights|traffic)\b|\b(?:new|next|updated|current|proposed|traffic) split\b|\bsplit (?:for|of|on|across) (?:the |our )?\S+/.test(
      lower,
    )
  )
    return make("update_allocation", experiment());
  const everyday = everydayAsk(lower, slots);
  if (everyday) return make(everyday.name, everyday.slots);
  if (/\b(duplicates?|dupes?|dedupe|de-duplicate)\b/.test(lower)) return make("duplicates", duplicateMethods(lower));
  const looked = lower.match(
    /\b(?:nobody'?s|no one'?s|not been|haven'?t|hasn'?t)\s+(?:looked at|reviewed|checked|touched)\b.*?\b(\d{1,4})\+?\s*days?\b/,
  );
  if (looked) return make("library_review", { categories: ["review_overdue"], reviewOlderThanDays: Number(looked[1]) });
  if (
    /\b(library review|rights? (data )?expir\w*|rights? expire|expir\w*\b.*\brights?|expiring|stale assets?|^stale\b|overdue for review|never (been )?reviewed|(haven'?t|have not|hasn'?t) been reviewed|need(s)? re-?review)\b/.test(
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
    /\b(review queue|pending reviews?|awaiting (review|approval)|waiting for (my )?(review|approval)|to review|needs? (my )?approval|what needs review|for me to (review|approve))\b/.test(
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
  const spend = spendKind(lower);
  if (spend === "generation") return make("cost", costSlots(lower));
  if (spend === "ads") return make("top_performers", { metric: "spend" });
  const top = topPerformers(lower, mentionsTest);
  if (top) return make("top_performers", top);
  if (
    /\b(cost|costs|spend|spent|budget|how much (did|have) we|burn|burned|burnt)\b/.test(lower) &&
    !/\bvariants?\b/.test(lower)
  )
    return make("cost", costSlots(lower));
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
    return make("feedback", slots.assetIds ? {} : { assetIds: memory.lastAssetIds!.slice(0, 1) });
  if (/\b(promote|ship|roll out|make .* the default)\b/.test(lower)) return make("promote", experiment());
  if (
    /\b(make|generate|create|produce|render|draft|spin up|give me|need)\b/.test(lower) &&
    (slots.count || /\b(variants?|versions?|variations?|ads?|creatives?)\b/.test(lower))
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
  if (/\b(similar|like this|like that|feel like|feels like|looks? like|lookalikes?|more like)\b/.test(lower)) {
    const ids = slots.assetIds ?? memory.lastAssetIds?.slice(0, 1);
    const more = lower.match(/\b(\d{1,3})\s+more\b/)?.[1];
    const limit = slots.count ?? (more ? Number(more) : undefined);
    if (ids?.length) return make("similar", { assetIds: ids, ...(limit ? { limit } : {}) });
  }
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

const BULK_DECISION = /\b(approve|reject)\s+(all|everything|every|them all)\b|\b(approve|reject)\b.*\beverything\b/;
/** What may surround a bulk decision without narrowing it ("approve everything that's pending in the queue pls"). */
const QUEUE_WORDS =
  /\b(?:ok|okay|please|pls|just|go ahead and|can you|could you|you|of them|that'?s|that is|which is|which are|are|is|currently|still|pending|waiting|in|on|the|my|our|review|approval|queue|list|for|now|reviews?|requests?|of it)\b|[,.!?]/g;

/** Tools whose result leaves an experiment as what the thread is about. */
const EXPERIMENT_CALLS = new Set([
  "get_experiment_results",
  "list_experiments",
  "update_allocation",
  "stop_experiment",
  "promote_winners",
  "list_deployments",
  "link_deployment",
  "create_experiment",
]);

/** The thread is about one experiment: its last request was about it, or it is an experiment's review card. */
function aboutExperiment(memory: ThreadMemory): boolean {
  if (!memory.lastExperimentId) return false;
  if (memory.lastCall) return EXPERIMENT_CALLS.has(memory.lastCall.tool);
  return !memory.lastAssetIds?.length;
}

/** "kill it", "ok then stop that one", "just end the test", "pull the plug on it". */
const STOP_POINTER =
  /^(?:(?:ok(?:ay)?|k|fine|right|yeah|yes|yep|alright|then|just|please|so|cool)[,!.]?\s+)*(?:stop|end|kill|halt|wrap up|shut down|pull the plug on|call time on|close out|finish) (?:it|that one|this one|that|this|them|the test|the experiment|that test|this test)\b/;

/** Words that point back at what the thread (or a review card) is about. */
const DEICTIC = /\b(this|that|it|these|those|them|this one|that one)\b/;

const NOT_A_SEARCH =
  /^(?:(?:can|could|would|will) (?:you|u) |please |pls |i want to |i need to |let'?s |go )?(?:archive|tag|delete|remove|rename|move|upload|download|share|send|email|schedule|post|publish|approve|reject|undo|revert|edit|fix|change|update|set|turn|add|merge|resolve|ingest|import|stop|pause|kill|start|launch|create|run|book|write|translate|print|export|duplicate|copy)\b/;

function experimentName(lower: string): Slots {
  const name = nameBeforeTest(lower);
  return name ? { experimentName: `${name} test` } : {};
}

/** "best performing creatives this month", "top 5 ads by ROAS", "cvr leaderboard", "what's working right now". */
function topPerformers(lower: string, mentionsTest: boolean): Slots | undefined {
  const { metric } = performanceMetric(lower);
  const ranked =
    /\btop[ -]?performers?\b|\bleaderboard\b|\bwhat'?s eating\b|\beating (the|our) budget\b|\bleaders\b|\brank(?:ing)?\b.*\b(assets?|creatives?|ads?)\b|\b(best|top)[- ]performing\b|\bwhat'?s (actually )?working\b|\bwhat is (actually )?working\b|\b(trending|performing|doing|worked|working|did|does|do|performed|went|converted|landed|ran) (the )?(best|worst)\b|\bworked best\b/.test(
      lower,
    ) ||
    (new RegExp(`\\b(top|best|highest|lowest|biggest|most|cheapest)\\b.*\\b${CREATIVE_NOUNS}\\b`).test(lower) &&
      !/\b(promote|ship|roll out)\b/.test(lower)) ||
    (metric !== undefined && /\b(top|best|highest|lowest|biggest|most|cheapest|fewest|worst)\b/.test(lower)) ||
    (metric !== undefined &&
      new RegExp(`\\b(by|per) (creative|asset|ad)\\b|\\b${CREATIVE_NOUNS}\\b.*\\bby\\b`).test(lower)) ||
    (/\bwinners\b/.test(lower) && (metric !== undefined || platformOf(lower) !== undefined) && !mentionsTest);
  if (!ranked) return undefined;
  // "which hook/tone wins" is about template slots, not single creatives.
  const withoutTestNames = lower.replace(/\b[\w-]+\s+(?:test|experiment)\b/g, " ");
  if (
    /\b(hook|tone|offer|cta|call to action|background|scene|angle|headline|format|audience)s?\b/.test(
      withoutTestNames,
    ) &&
    !/\b(ads?|creatives?|assets?)\b/.test(lower)
  )
    return undefined;
  const limit = listLimit(lower);
  const imps = lower.match(
    /\b(?:min(?:imum)?\.?\s*|at least\s*|over\s*)?(\d+(?:[.,]\d+)?)\s*(k)?\+?\s*(?:impressions)\b/,
  );
  const minImpressions = imps ? Math.round(Number(imps[1]!.replace(",", ".")) * (imps[2] ? 1000 : 1)) : undefined;
  return { ...(metric ? { metric } : {}), ...(limit ? { limit } : {}), ...(minImpressions ? { minImpressions } : {}) };
}

function generationSlots(lower: string, slots: Slots): Slots {
  const formats = formatList(lower);
  const count = perFormatCount(lower) ?? slots.count ?? sizedCount(lower) ?? leadingCount(lower);
  const tones = toneList(lower);
  return {
    formats: formats.length ? formats : ["1:1"],
    ...(count ? { count } : {}),
    ...(tones.length ? { tones } : {}),
  };
}

/** "8 for trail runners, 1:1 + 9:16": a brief that opens with its count. */
function leadingCount(lower: string): number | undefined {
  const m = lower
    .replace(RATIO, "format")
    .match(
      /^(?:(?:ok|okay|now|then|and|pls|please|can you|could you|make|do|give me|generate|create)[\s,]+)*(\d{1,3})\b(?!\s*(?:%|days?|k\b|hops?|per\b|x\b|:))/,
    );
  return m ? Number(m[1]) : undefined;
}

/** "6 of them", "x6" — a count said after the noun. */
function sizedCount(lower: string): number | undefined {
  const m = lower.match(/\b(\d{1,3}) of them\b|\bx\s?(\d{1,3})\b/);
  return m ? Number(m[1] ?? m[2]) : undefined;
}

type Make = (name: IntentName, extra?: Slots) => Intent;

/** Brands and their people: create/update/list brands, list/add/remove members. */
function brandAdminIntent(text: string, lower: string, make: Make): Intent | undefined {
  if (/\bbrand (rules?|guidelines?|check|compliance)\b/.test(lower)) return undefined;
  if (
    /^new brand\b|\b(create|set ?up|add|launch(?:ing)?|onboard|register|start)\b[^.]*\b(?:new\s+)?brand\b(?!s)/.test(
      lower,
    ) &&
    !/\b(members?|approvers?|reviewers?)\b/.test(lower)
  )
    return make("create_brand", newBrandSlots(text));
  if (
    /\b(which|what|list|show)\b.*\bbrands\b|\bbrands\b.*\b(set up|exist|do we (have|manage))\b|^brands\b|\b(which|what|list|show)\b.*\baudiences\b/.test(
      lower,
    )
  )
    return make("list_brands");
  const people =
    /\b(members?|team|approvers?|reviewers?|marketers?|admins?|viewers?|editors?|who (?:else )?can approve|who('s| is) on|access)\b/.test(
      lower,
    ) && !/\b(review queue|pending|waiting)\b/.test(lower);
  if (people) {
    const role = memberRole(lower);
    if (/\b(remove|take\b.*\boff|kick|revoke|drop)\b/.test(lower)) return make("remove_member", role ? { role } : {});
    if (/\b(add|make|invite|give|grant)\b/.test(lower)) return make("add_member", role ? { role } : {});
    if (/\b(who|list|show|which|members|team)\b/.test(lower))
      return make("list_members", /\bapprove|approvers?\b/.test(lower) ? { role: "approver" } : role ? { role } : {});
  }
  if (
    /\b(update|change|set|rename|switch)\b.*\b(review channel|channel|palette|colou?rs?|fonts?|logo|description)\b/.test(
      lower,
    )
  ) {
    const channel = text.match(/(#[\w-]+)/)?.[1];
    return make("update_brand", channel ? { reviewChannel: channel } : {});
  }
  return undefined;
}
