import {
  costSlots,
  duplicateMethods,
  jobStatus,
  libraryReviewSlots,
  lineageDirection,
  quotedCopy,
  slotInsight,
} from "./intent-slots.ts";

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
  | "jobs";

export interface Slots {
  query?: string;
  count?: number;
  audience?: string;
  offer?: string;
  assetIds?: string[];
  experimentId?: string;
  experimentName?: string;
  label?: string;
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
  methods?: string[];
  task?: "text" | "image";
  status?: string;
}

export interface Intent {
  name: IntentName;
  /** Tool names to try, in order. */
  tools: string[];
  slots: Slots;
}

export interface ThreadMemory {
  lastAssetIds?: string[];
  lastExperimentId?: string;
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
const VARIANT_NOUN = "(?:variants?|versions?|variations?|ads?|creatives?|options?|images?|takes?)";
const STOP = "(?=\\s+(?:in|on|with|using|from|about|that|and|for|by|featuring|showing|ads?|variants?)\\b|[,.?!;]|$)";

const ASSET_ID = /\bast_[0-9A-Za-z]{6,}\b/g;
const EXPERIMENT_ID = /\bexp_[0-9A-Za-z]{6,}\b/;

export function extractSlots(text: string): Slots {
  const slots: Slots = {};
  const lower = text.toLowerCase();
  const assetIds = text.match(ASSET_ID);
  if (assetIds) slots.assetIds = [...new Set(assetIds)];
  const exp = text.match(EXPERIMENT_ID);
  if (exp) slots.experimentId = exp[0];

  const digits = lower.match(new RegExp(`\\b(\\d{1,4})\\s+(?:(?:new|more|fresh|different)\\s+)?${VARIANT_NOUN}\\b`));
  const words = lower.match(
    new RegExp(
      `\\b(half a dozen|a dozen|${Object.keys(WORD_NUMBERS).join("|")})\\s+(?:(?:new|more|fresh)\\s+)?${VARIANT_NOUN}\\b`,
    ),
  );
  if (digits) slots.count = Number(digits[1]);
  else if (words) slots.count = WORD_NUMBERS[words[1]!];

  const audience = [
    ...text.matchAll(new RegExp(`\\bfor\\s+(?:the\\s+|our\\s+)?([A-Za-z0-9][\\w\\s'-]*?)${STOP}`, "gi")),
  ]
    .map((m) => m[1]!.trim())
    .find(
      (a) =>
        !/^(spring|summer|winter|autumn|fall|black friday|holiday)\b|\b(offer|promo|promotion|sale|deal|launch)$/i.test(
          a,
        ),
    );
  if (audience) slots.audience = audience;
  const offer =
    text.match(
      /\b(?:the\s+|our\s+)?((?:[\w%$€£-]+\s+){0,2}?[\w%$€£-]+\s+(?:offer|promo|promotion|sale|deal|launch))\b/i,
    ) ?? text.match(/\b(\d{1,2}%\s+off)\b/i);
  if (offer) slots.offer = offer[1]!.replace(/^((of|the|our|a|an|for)\s+)+/i, "").trim();

  const label = lower.match(
    /\b(incorrect tag|wrong tag|missing rights(?: data)?|wrong product(?: match)?|low[- ]quality(?: variant)?|off[- ]brand)\b/,
  );
  if (label) slots.label = normaliseLabel(label[1]!);
  return slots;
}

function normaliseLabel(words: string): string {
  if (/tag/.test(words)) return "incorrect_tag";
  if (/rights/.test(words)) return "missing_rights_data";
  if (/product/.test(words)) return "wrong_product_match";
  if (/quality/.test(words)) return "low_quality_variant";
  return "off_brand";
}

/** Free text for search: the request minus its verb, filler and the slots already extracted. */
function searchQuery(text: string, slots: Slots): string {
  let q = text
    .replace(ASSET_ID, " ")
    .replace(/<@[A-Z0-9]+>/g, " ")
    .replace(
      /^\s*(?:please\s+)?(?:can you\s+|could you\s+)?(?:find|search(?: for)?|look(?:ing)? for|show(?: me)?|get(?: me)?|any|pull up|dig up)\s+/i,
      "",
    )
    .replace(/\b(?:some|any|all|me|the library for)\b/gi, " ")
    .replace(
      /\b(?:assets?|images?|photos?|pictures?|shots?|visuals?)\b\s*(?:that\s+(?:feel|look)s?\s+like|with|of|showing|featuring|about)?/gi,
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

/** Returns the intent for a message, or undefined when the router cannot tell (the caller shows help). */
export function routeIntent(raw: string, memory: ThreadMemory = {}): Intent | undefined {
  const text = raw
    .replace(/<@[A-Z0-9]+>/g, " ")
    .replace(/\s+/g, " ")
    .trim();
  const lower = text.toLowerCase();
  const slots = extractSlots(text);
  const make = (name: IntentName, extra: Slots = {}): Intent => ({
    name,
    tools: INTENT_TOOLS[name],
    slots: { ...slots, ...extra },
  });
  const experiment = () =>
    slots.experimentId ? {} : memory.lastExperimentId ? { experimentId: memory.lastExperimentId } : {};

  if (!lower || /^(help|\?|what can you do|how do i use (this|you)|commands?)\b/.test(lower)) return make("help");
  if (
    /\b(send|submit|put)\b.*\b(for|to)\s+(review|approval)\b|\brequest (a )?review\b|\bask for approval\b/.test(lower)
  ) {
    const ids = slots.assetIds ?? memory.lastAssetIds?.slice(0, 1);
    if (ids?.length) return make("request_review", { assetIds: ids.slice(0, 1), reasons: ["requested from Slack"] });
  }
  if (/\b(duplicates?|dupes?|dedupe|de-duplicate)\b/.test(lower)) return make("duplicates", duplicateMethods(lower));
  if (
    /\b(library review|rights? (data )?expir\w*|expiring|stale assets?|overdue for review|never (been )?reviewed|need(s)? re-?review)\b/.test(
      lower,
    )
  )
    return make("library_review", libraryReviewSlots(lower));
  if (
    /\b(check|audit|lint|validate|vet)\b.*\b(brand|rules?|compliance|compliant|guidelines?)\b|\bis\b.*\bon[- ]brand\b|\b(pass|break|violate)s?\b.*\bbrand rules?\b/.test(
      lower,
    )
  )
    return make("check_brand", quotedCopy(text));
  if (/\b(brand rules?|brand guidelines?|rule ?set|banned (phrases|words)|required disclaimers?)\b/.test(lower))
    return make("brand_rules");
  if (
    /\b(review queue|pending reviews?|awaiting (review|approval)|waiting for (review|approval)|to review|needs? (my )?approval|what needs review)\b/.test(
      lower,
    )
  )
    return make("review_queue");
  if (/\b(cost|spend|spent|budget|how much (did|have) we|burn)\b/.test(lower) && !/\bvariants?\b/.test(lower))
    return make("cost", costSlots(lower));
  if (
    /\b(lineage|where did .* come from|derived from|provenance|made from|history of|derivatives?|descendants?|downstream|upstream)\b|\bwhat (used|uses)\b/.test(
      lower,
    )
  )
    return make("lineage", lineageDirection(lower));
  if (
    slots.label &&
    /\b(feedback|label|mark|flag|tag(ged)? wrong|is|looks?)\b/.test(lower) &&
    (slots.assetIds || memory.lastAssetIds)
  )
    return make("feedback", slots.assetIds ? {} : { assetIds: memory.lastAssetIds!.slice(0, 1) });
  if (/\b(promote|ship|roll out|make .* the default)\b/.test(lower)) return make("promote", experiment());
  if (
    /\b(make|generate|create|produce|render|draft|spin up|give me)\b/.test(lower) &&
    (slots.count || /\b(variants?|versions?|variations?|ads?|creatives?)\b/.test(lower))
  )
    // One square format unless the user names others; the tool requires at least one.
    return make("generate", { formats: ["1:1"] });
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
      /\b(image|text)\b/.test(lower) ? { task: lower.match(/\b(image|text)\b/)![1] as "image" } : {},
    );
  if (/\b(jobs|job runs?|scheduler|scheduled (jobs?|runs?))\b/.test(lower) && !/^(find|search|look)\b/.test(lower))
    return make("jobs", jobStatus(lower));
  if (
    /\b(how is|how's|how are|status|doing|results?|winning|winner|which .* wins?|leading|performance|perform)\b/.test(
      lower,
    )
  )
    return make("status", { ...experiment(), ...experimentName(lower) });
  if (/\b(similar|like this|like that|feel like|looks? like|lookalikes?|more like)\b/.test(lower)) {
    const ids = slots.assetIds ?? memory.lastAssetIds?.slice(0, 1);
    if (ids?.length) return make("similar", { assetIds: ids });
  }
  if (slots.assetIds?.length && /\b(show|get|open|details?|info|what is)\b/.test(lower)) return make("show_asset");
  if (/\b(find|search|look(ing)? for|show me|any|pull up|dig up|do we have)\b/.test(lower))
    return make("search", { query: searchQuery(text, slots) });
  return undefined;
}

function experimentName(lower: string): Slots {
  const m = lower.match(/\b(?:the\s+)?([\w-]+(?:\s+[\w-]+)?)\s+(?:test|experiment)\b/);
  return m && !/^(the|this|that|my|our)$/.test(m[1]!) ? { experimentName: `${m[1]} test` } : {};
}
