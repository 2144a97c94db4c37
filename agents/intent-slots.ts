import type { Slots } from "./intent-types.ts";
import { oneTypo, SPOKEN_TIKTOK } from "./resolve.ts";
import { meantSpan, quotedSpans } from "./said-text.ts";
import { isEnglishWord } from "./spelling.ts";

/**
 * Slot extraction for the intents that reach the later tools (slot insights, brand checks, library review, cost
 * breakdowns, lineage direction, duplicates, jobs). Pure: lower-cased text in, slots out.
 */

/** Template slots marketers ask about ("which hook works best"); headline is copy, not a slot, so it stays status. */
const SLOT_WORDS = "hook|tone|offer|audience|format|cta|call to action|background|scene|angle";

/** "which hook works best for 25-34", "best tone for Gen Z by conversions", "slot insights" → slot_insights. */
export function slotInsight(lower: string, slots: Slots): Slots | undefined {
  const named =
    lower.match(
      new RegExp(
        `\\b(?:which|wich|what|best|top|winning)\\s+(${SLOT_WORDS})s?\\b.*\\b(?:wins?|won|winning|works?|working|best|performs?|performed|performing|converts?|drives?|leads?|leading|top|returns?|gets?|beats?|resonates?|resonating|sells?|selling|moves?|moving|lands?|landing|stronger|strongest|better|most effective)\\b|\\b(?:best|winning|winnin|strongest|leading|top-performing)\\s+(${SLOT_WORDS})s?\\b(?!\\s+(?:test|experiment)s?\\b)|\\b(${SLOT_WORDS})s?\\s+(?:effects?|impact|lift|breakdown|comparison|analysis|performance)\\b|\\b(?:does|do|did) (?:the |our )?(${SLOT_WORDS})s?\\s+(?:move|moves|affect|change|matter|drive|impact)\\b|\\b(${SLOT_WORDS})[- ]?wise\\b.*\\b(?:wins?|won|winning|works?|working|best|performs?|performing|ahead|leading|stronger|strongest|better)\\b`,
      ),
    ) ?? undefined;
  const insightWords = /\b(slot insights?|what drives|which slots?|slot (performance|attribution))\b/.test(lower);
  const toneChoice =
    /\b(?:like|likes|prefer|prefers|respond to|go for|react to)\b.*\b(\w+) (?:or|vs\.?|versus) (\w+)\b/.test(lower) &&
    toneList(lower).length >= 2;
  if (!named && !insightWords && !toneChoice) return undefined;
  const anySlot = insightWords ? lower.match(new RegExp(`\\b(${SLOT_WORDS})s?\\b`))?.[1] : undefined;
  const slot = (
    named?.[1] ??
    named?.[2] ??
    named?.[3] ??
    named?.[4] ??
    named?.[5] ??
    anySlot ??
    (toneChoice ? "tone" : undefined)
  )?.replace(/^call to action$/, "cta");
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
  // What is out of date, by its noun: rights or a product change make an asset stale, an old review is overdue
  // ("whose rights or reviews are out of date" → both).
  const outdated = lower.match(
    /\b([\w\s,]{0,40}?)\s+(?:is|are|got|gone|went)?\s*(?:out of date|outdated|obsolete)\b/,
  )?.[1];
  const rightsEnd =
    /\b(?:rights?|licen[cs]es?|releases?)\b[^.?!]*\b(?:end|ends|ending|lapse[sd]?|lapsing|run(?:ning|s)? out)\b/;
  if (/\bexpir/.test(lower) || rightsEnd.test(lower)) categories.push("expiring");
  if (
    /\bstale\b|\bobsolete\b|\bre-?review(?:ing|ed)?\b[^.?!]*\b(?:after|since)\b|\b(?:packaging|product|claims?) (?:change|update)/.test(
      lower,
    ) ||
    (outdated !== undefined &&
      (/\b(?:rights?|products?|packaging|claims?)\b/.test(outdated) || !/\breviews?\b/.test(outdated)))
  )
    categories.push("stale");
  if (/\bnever (been )?reviewed\b/.test(lower)) categories.push("never_reviewed");
  if (/\boverdue\b/.test(lower) || (outdated !== undefined && /\breviews?\b/.test(outdated)))
    categories.push("review_overdue");
  const days = lower.match(/\b(?:within|in the next|next)\s+(\d{1,4})\s+days?\b/);
  return { ...(categories.length ? { categories } : {}), ...(days ? { expiringWithinDays: Number(days[1]) } : {}) };
}

/** "by model", "each model", "model-wise", "por modelo", "par campagne": the cost ledger's dimensions as said. */
const COST_DIMS: [RegExp, string][] = [
  [/campaigns?|campañas?|campagnes?|kampagnen?|campagn[ae]/, "campaign"],
  [/models?|modelos?|modèles?|modelles?|modell(?:e|en)?|modell/, "model"],
  [/providers?|proveedor(?:es)?|fournisseurs?|anbieter/, "provider"],
  [/prompt(?:[ _-]?versions?)?s?/, "prompt_version"],
  [/template(?:[ _-]?versions?)?s?|plantillas?/, "template_version"],
  [/operations?/, "operation"],
];
const BY = "(?:by|per|each|for each|por|par|pro|je|für jede[ns]?|broken down by|split by|grouped by)";

/** The cost ledger's dimensions by one word each, for a slip ("by modle", "per campain"). */
const DIM_WORDS: [string, string][] = [
  ["campaign", "campaign"],
  ["model", "model"],
  ["provider", "provider"],
  ["operation", "operation"],
  ["template", "template_version"],
];
const DIM_WORD = "[\\p{L}_-]+(?:[ _-]versions?)?";
/** Between two dimensions of one breakdown: "by model and week", "per campaign, model". */
const DIM_SEP = "(?:\\s*[,/&+]\\s*|\\s+(?:and|y|et|und|e|plus)\\s+)(?:the\\s+|ai\\s+)?";
const BUCKETS: Record<string, NonNullable<Slots["period"]>> = {
  day: "day",
  days: "day",
  daily: "day",
  week: "week",
  weeks: "week",
  weekly: "week",
  month: "month",
  months: "month",
  monthly: "month",
};

function dimOf(said: string): string | undefined {
  const exact = COST_DIMS.find(([re]) => new RegExp(`^(?:${re.source})$`).test(said))?.[1];
  if (exact) return exact;
  const word = said.replace(/s$/, "");
  return DIM_WORDS.find(([w]) => word !== w && oneTypo(word, w))?.[1];
}

export function costSlots(lower: string): Slots {
  const groupBy: string[] = [];
  let bucket: Slots["period"];
  for (const m of lower.matchAll(
    new RegExp(
      `\\b${BY}\\s+(?:ai\\s+|the\\s+)?(${DIM_WORD}(?:${DIM_SEP}${DIM_WORD})*)|\\b([a-z_]+(?:[ _-]versions?)?)[- ]?wise\\b`,
      "gu",
    ),
  )) {
    // "by model and week for Q1": each dimension of the list, a period word as the bucket.
    const pieces = m[1] ? m[1].split(new RegExp(DIM_SEP, "u")) : [m[2]!];
    for (const [i, said] of pieces.entries()) {
      const dim = dimOf(said);
      if (dim && !groupBy.includes(dim)) groupBy.push(dim);
      else if (i > 0 && BUCKETS[said] && !bucket) bucket = BUCKETS[said];
      else if (!dim && i > 0) break;
    }
  }
  const period = lower.match(
    /\b(?:by|per|each|por|par|pro)\s+(day|week|month)\b|\b(daily|weekly|monthly)\b|\b(day|week|month)[- ]?wise\b/,
  );
  bucket ??= period
    ? ((period[1] ?? period[3] ?? { daily: "day", weekly: "week", monthly: "month" }[period[2]!]) as Slots["period"])
    : undefined;
  if (bucket) groupBy.push("period");
  return { ...(groupBy.length ? { groupBy } : {}), ...(bucket ? { period: bucket } : {}) };
}

export function lineageDirection(lower: string): Slots {
  // "what was made from X" / "what did X turn into" look down the graph; "what was X made from?" looks up.
  if (
    /\b(what|which|any|anything|everything|show)\b.{0,25}\b(made|derived|generated|built|created|produced|spawned)\s+(from|out of|off|with)\s+(?!\?|$)\S/.test(
      lower,
    ) ||
    /\b(used in|turned into|became|spawned|end(?:ed|s)? up in|go(?:es)? into|went into|uses? (it|this|that))\b/.test(
      lower,
    ) ||
    // "which outputs came from the dawn photo", "what came out of it after", "where has it been used so far?".
    /\b(what|which)\b(?:\s+[\w-]+){0,3}\s+(?:came|come|comes)\s+(?:out\s+of|from|of)\s+(?!\?|$)\S|\bbeen used\b|\bwhere\b.{0,40}\b(?:is|are|was|were)\s+(?:it|they|this|that|\w+)\s+used\b|\bwhere\b.{0,60}\bbeing used\b|\b(?:which|what)\s+(?:\w+\s+){0,2}?(?:ads?|creatives?|variants?|outputs?)\s+(?:are\s+|were\s+)?(?:use|used|using|pull|pulled|feature|featured)\b/.test(
      lower,
    )
  )
    return { direction: "downstream" };
  if (
    /\b(derivatives?|descendants?|downstream|what (used|uses))\b|\b(made|derived|generated|built) from ast_/.test(lower)
  )
    return { direction: "downstream" };
  if (/\b(where did .* come from|derived from|made from|upstream|sources? of)\b/.test(lower))
    return { direction: "upstream" };
  return {};
}

/**
 * A job's status as people say it: the statuses by name, and a failure in everyday words ("why did the meta pull fall
 * over?", "which jobs broke", "anything crash overnight?", "errored", "falló").
 */
export const FAILED_SAID =
  /\b(?:fail(?:ed|s|ing|ures?)?|f[ae]ll(?:en)? over|falls over|broke|broken|crash(?:ed|es|ing)?|error(?:ed|ing|s)?|died|dead|fall[oa]|fallaron|fallid[oa]s?|fehlgeschlagen)\b|\bfall[oó](?!\p{L})|[ée]chou[ée]s?(?!\p{L})/u;
export function jobStatus(lower: string): Slots {
  const status = lower.match(/\b(failed|running|pending|succeeded)\b/);
  if (status) return { status: status[1]! };
  return FAILED_SAID.test(lower) ? { status: "failed" } : {};
}

// ---------------------------------------------------------------- issue 15: performance, experiments, brands, copy

/** Ad platforms as people say them → the platform ids connectors use. Instagram and Facebook run through Meta. */
export function platformOf(lower: string): string | undefined {
  if (/\b(meta|facebook|fb|instagram|insta|ig)\b/.test(lower)) return "meta";
  if (/\b(google(?: ads)?|adwords|youtube|yt)\b/.test(lower)) return "google_ads";
  if (/\b(tik ?toks?|tt)\b/.test(lower) || SPOKEN_TIKTOK.test(lower)) return "tiktok";
  // "the sim data", "simulated numbers", "a simulation run": the simulator.
  if (/\b(?:simulator|simulated|simulation|sim)\b/.test(lower)) return "simulator";
  return undefined;
}

/** What a conversion is called where the business counts it: a sale, an install, a lead, a sign-up. */
const CONVERSION_NOUN =
  "(?:conversions?|acquisitions?|purchases|sales|orders|sign-?ups|installs|leads|registrations|downloads)";
/** The same said once, after "cost per" or "cheapest per". */
const CONVERSION_ONE = "(?:conversion|acquisition|purchase|sale|order|sign-?up|install|lead|registration|download)s?";

/**
 * The ranking metric a performance question is about; undefined = the tool's default (CTR). When a message names
 * several ("spend last week + best ad by ROAS"), the first one said is the ask's (a multi-part ask expects its first
 * call); a longer phrase that starts at the same word wins ("cost per conversion" over "conversion").
 */
export function performanceMetric(said: string): { metric?: string; said?: string } {
  // "min 500 impr", "bump min impressions to 2k", "at least 5k impressions": a floor on impressions, not the metric.
  const lower = withoutDefinitions(said.replace(IMPRESSION_FLOOR, (m) => " ".repeat(m.length)));
  const table: [RegExp, string][] = [
    [
      new RegExp(
        `\\b(cpa|cpi|cpl|cost[- ]per[- ]${CONVERSION_ONE}|cheapest(?:[- ](?:cost[- ])?per[- ]${CONVERSION_ONE}| ${CONVERSION_NOUN})|most ${CONVERSION_NOUN} for the (?:least|lowest) (?:money|spend|cost|budget)|(?:best|most) (?:bang for (?:the|our|my) buck|cost[- ]efficient|efficient))\\b`,
      ),
      "cpa",
    ],
    [/\b(roas|return on (?:ad )?spend|revenue|(?:made|make|making) the most money|most money)\b/, "roas"],
    [/\b(cvr|conversion rates?|conv\.? rates?|convert(?:s|ing)? best)\b/, "cvr"],
    ...METRICS_ABROAD,
    // "conv volume", "convs": the count; "what's selling best", "top-selling ads": the most sales.
    [
      new RegExp(
        `\\b(${CONVERSION_NOUN}|convs?|sell(?:s|ing)? (?:best|most|well)|(?:best|top)[- ]sell(?:ing|ers?))\\b`,
      ),
      "conversions",
    ],
    [/\b(ctr|click[- ]?through(?: rates?)?|clicks?|engagement|engaging)\b/, "ctr"],
    [/\b(impressions?|reach|views|most seen|eyeballs)\b/, "impressions"],
    [
      /\b(spend|spenders?|spent|spending|eating the budget|most expensive|costliest|burn(?:ing|s|ed|t)?(?: through)?(?: the most| most)? (?:money|cash|budget|dollars|through)|costing (?:us )?(?:the )?most|cost(?:s|ing)? the most)\b/,
      "spend",
    ],
  ];
  let best: { metric: string; said: string; at: number } | undefined;
  for (const [pattern, metric] of table) {
    const m = lower.match(pattern);
    if (m && (!best || m.index! < best.at)) best = { metric, said: m[1]!, at: m.index! };
  }
  // "cost per convertion": one slip in the word after "cost per" still names a cost per conversion.
  const costPer = lower.match(/\bcost[- ]per[- ]([a-z]{6,})\b/);
  if (costPer && (!best || costPer.index! < best.at) && oneTypo(costPer[1]!, "conversion"))
    best = { metric: "cpa", said: costPer[0], at: costPer.index! };
  // One slip in a metric's long word, in the languages people write: "by clikcs", "our top convertng ad", "las
  // convesiones", "heaps of impresions … but no clicks" (the slipped word said first is the ask). No English word is
  // a slip ("sending" is not "spending").
  for (const m of lower.matchAll(/(?<![\p{L}\d])\p{L}{5,}(?![\p{L}\d])/gu)) {
    if (best && m.index! >= best.at) break;
    const w = m[0];
    const hit = METRIC_WORDS.find(([word]) => w !== word && oneTypo(w, word));
    if (hit && !isEnglishWord(w)) return { metric: hit[1], said: w };
  }
  if (best) return { metric: best.metric, said: best.said };
  return {};
}

/**
 * The metrics' words in Spanish, Portuguese, French, Italian and German: "las conversiones", "taux de conversion",
 * "los clics", "cuánto gastamos", "Impressionen".
 */
const METRICS_ABROAD: [RegExp, string][] = [
  [
    /(?<![\p{L}\d])(tasas? de conversi[oó]n|taxas? de convers[aã]o|taux de conversion|tass[oi] di conversione|konversionsraten?|conversion ?rate)(?![\p{L}\d])/u,
    "cvr",
  ],
  [
    /(?<![\p{L}\d])(conversiones|convers[oõ]es|conversioni|konversionen|ventas|vendas|ventes|vendite|verk[aä]ufe)(?![\p{L}\d])/u,
    "conversions",
  ],
  [/(?<![\p{L}\d])(clics|cliques|klicks)(?![\p{L}\d])/u, "ctr"],
  [
    /(?<![\p{L}\d])(impresiones|impress[oõ]es|impressioni|impressionen|alcance|reichweite)(?![\p{L}\d])/u,
    "impressions",
  ],
  [
    /(?<![\p{L}\d])(gasto|gastos|gastado|gastando|gastamos|gastei|d[ée]penses?|d[ée]pens[ée]|ausgaben|spesa|speso)(?![\p{L}\d])/u,
    "spend",
  ],
];

/**
 * Words asked about rather than asked by: "what's the diffrence between ctr and cvr… and which ad has the best cvr?",
 * "what does roas mean", "define cpa". Blanked (positions kept), so the metric that is asked by is the one read.
 */
const DEFINITION =
  /\b(?:(?:what(?:'s|s| is| are)?\s+)?the\s+)?diff?e?r[ae]nce\s+(?:between|b\/w|btw)\b[^.?!…;]*|\bwhat\s+(?:does|do|is|are|'s)\s+(?:an?\s+|the\s+)?[\w-]{2,20}\s+(?:mean|stand for)\b|\b(?:meaning of|define)\s+[^.?!…;]*/g;
export const withoutDefinitions = (lower: string): string => lower.replace(DEFINITION, (m) => " ".repeat(m.length));

/** A floor on impressions as people set it: "min 500 impr", "min impressions to 2k", "at least 5k impressions". */
const IMPRESSION_FLOOR =
  /\b(?:min(?:imum)?\.?|at least|floor(?: of)?)\s*(?:\d[\d,.]*\s*k?\+?\s*)?impr(?:essions?|s)?\b|\b\d[\d,.]*\s*k?\+?\s*impr(?:essions?|s)?\s+(?:min(?:imum)?|floor)\b/g;

const METRIC_WORDS: [string, string][] = [
  ["clicks", "ctr"],
  ["converting", "cvr"],
  ["conversions", "conversions"],
  ["conversiones", "conversions"],
  ["impressions", "impressions"],
  ["impresiones", "impressions"],
  ["spending", "spend"],
  ["selling", "conversions"],
  ["revenue", "roas"],
];

const SMALL_NUMBERS: Record<string, number> = { three: 3, five: 5, ten: 10, twenty: 20, one: 1, two: 2, four: 4 };

/** "top 5", "10 rows", "the best performing tiktok creative" (one) → how many to list. */
export function listLimit(lower: string): number | undefined {
  const top = lower.match(
    /\b(?:top|best|worst|bottom|first|leading|highest|lowest)\s+(\d{1,3}|one|two|three|four|five|ten|twenty)\b(?!\s*(?:%|days?|weeks?|months?|:))/,
  );
  if (top) return SMALL_NUMBERS[top[1]!] ?? Number(top[1]);
  const rows = lower.match(/\b(\d{1,3})\s+(?:rows|results|items|entries|lines)\b/);
  if (rows) return Number(rows[1]);
  // A number standing alone between commas or at the end ("roas last week, meta only, 3") is how many to show.
  const bare = lower.replace(/\b\d+(?:\.\d+)?:\d+\b/g, " ").match(/(?:^|,)\s*(\d{1,3})\s*(?:,|[.!?]*$)/);
  if (bare) return Number(bare[1]);
  if (
    /\bthe (?:single )?(?:best|top)(?:[- ]performing)?\s+(?:[\w-]+\s+)?(?:creative|ad|asset|post|image|visual)\b(?!s)/.test(
      lower,
    )
  )
    return 1;
  return undefined;
}

/** Tone words marketers use; the template's own tones are added by the caller. */
export const TONE_WORDS = [
  "playful",
  "serious",
  "energetic",
  "calm",
  "premium",
  "bold",
  "fun",
  "funny",
  "witty",
  "minimal",
  "luxurious",
  "urgent",
  "friendly",
  "warm",
  "edgy",
  "inspirational",
  "motivational",
  "professional",
  "casual",
  "cheeky",
  "confident",
  "relaxed",
  "upbeat",
  "emotional",
  "aspirational",
  "quirky",
  "elegant",
  "sporty",
];

/** Every tone word in the message, in order: "playful and serious", "playful + calm", "energetic, calm tones". */
export function toneList(lower: string, extra: string[] = []): string[] {
  const all = [...new Set([...TONE_WORDS, ...extra.map((w) => w.toLowerCase())])];
  const words = all.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  // "3 more but calmer", "make them bolder", "punchier": a short tone word's comparative is that tone.
  const comparatives = new Map(
    all
      .filter((w) => /^[a-z]{3,6}$/.test(w) && w !== "fun")
      .map((w) => [w.endsWith("y") ? `${w.slice(0, -1)}ier` : `${w}er`, w] as const),
  );
  const found = [...lower.matchAll(new RegExp(`\\b(${[...words, ...comparatives.keys()].join("|")})\\b`, "g"))].map(
    (m) => comparatives.get(m[1]!) ?? m[1]!,
  );
  return [...new Set(found)].filter((t) => !deniedIn(t, lower));
}

/**
 * A value the message turns down: "calm instead of playful", "cvr, not ctr", "I'm tired of the energetic stuff".
 * Lower-cased text; the value as said.
 */
export function deniedIn(value: string, lower: string): boolean {
  const v = value.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp(
    `\\b(?:not|no|instead of|rather than|without|except|tired of|no more|enough of|less)\\s+(?:the\\s+|any\\s+|more\\s+)?${v}\\b`,
  ).test(lower);
}

const FORMAT_WORDS: [RegExp, string][] = [
  [/\b1:1\b|\bsquare\b|\bfeed posts?\b/, "1:1"],
  [/\b9:16\b|\bstor(?:y|ies)\b|\breels?\b|\btik ?tok\b|\bvertical\b/, "9:16"],
  [/\b4:5\b|\bportrait\b/, "4:5"],
  [/\b1\.91:1\b|\b16:9\b|\blandscape\b|\bbanners?\b/, "1.91:1"],
];

/** Placement formats named in a generation request, in the order said. */
export function formatList(lower: string): string[] {
  const hits = FORMAT_WORDS.map(([re, id]) => ({ id, at: lower.search(re) }))
    .filter((h) => h.at >= 0)
    .sort((a, b) => a.at - b.at);
  return [...new Set(hits.map((h) => h.id))];
}

/** "4 square + 4 story versions" → 8: counts given per format add up. */
export function perFormatCount(lower: string): number | undefined {
  const per = [
    ...lower.matchAll(/\b(\d{1,3})\s+(?:square|story|stories|portrait|landscape|vertical|reels?|1:1|9:16|4:5)\b/g),
  ];
  return per.length >= 2 ? per.reduce((s, m) => s + Number(m[1]), 0) : undefined;
}

/**
 * Copy to check, as people paste it: on its own lines under or above the ask, in quotes, after "copy:",
 * "caption:", "headline —", after a short ask and a colon ("check: …", "is this ok: …"), or right after "check"
 * when it reads like ad copy ("check 40% off today, no strings"). Returns the copy and the message without it (so
 * dates or audiences inside the copy are not read as the user's own). The caller decides from `rest` whether the
 * message asks for a check at all.
 */
export function pastedCopy(text: string): { copy: string; rest: string; loose?: true } | undefined {
  const lines = pastedLines(text);
  if (lines) return lines;
  // Several quoted spans ("is 'X' still flagged if I write it as 'Y'?"): the one meant as the copy (said-text.ts).
  const spans = quotedSpans(text).filter((s) => s.text.length >= 3);
  const meant = spans.length > 1 ? meantSpan(text, spans) : undefined;
  if (meant) return { copy: meant.text, rest: `${text.slice(0, meant.start)} ${text.slice(meant.end)}` };
  const quoted = text.match(/["“”‘]([^"“”‘’]{3,})["“”’]|(?:^|\s)'([^']{3,})'(?=\s|[?.!,]|$)/);
  if (quoted) {
    const copy = (quoted[1] ?? quoted[2]!).trim();
    return { copy, rest: text.replace(quoted[0], " ") };
  }
  const colon = text.match(
    /\b(?:copy|caption|headline|tagline|line|text|body copy|cta|post)\b[^:—–]{0,30}?\s*[:—–]\s*(.{3,})$/i,
  );
  if (colon) return { copy: colon[1]!.trim(), rest: text.slice(0, colon.index) };
  // Looser shapes: the caller keeps them only when the ask itself means nothing else ("check on the test: done?").
  const ask = text.match(/^([^:—–]{2,60}?)\s*[:—–]\s+(.{3,})$/);
  if (ask && !/\d$/.test(ask[1]!) && !ID.test(ask[2]!)) return { copy: ask[2]!.trim(), rest: ask[1]!, loose: true };
  const okAsk = text.match(/^([^?]{2,60}\b(?:ok|okay|fine|alright|work|on[- ]brand)\s*\?)\s+(.{3,})$/i);
  if (okAsk && looksLikeCopy(okAsk[2]!)) return { copy: okAsk[2]!.trim(), rest: okAsk[1]!, loose: true };
  // "check the copy run your own race, no excuses and then send it to dev": the copy named by its noun, then said.
  const named = text.match(NAMED_COPY);
  if (named) {
    const copy = named[2]!.replace(THEN_ASK, "").trim();
    if (copy.split(/\s+/).length >= 3) return { copy, rest: `${named[1]} ${named[2]!.slice(copy.length)}` };
  }
  const bare = text.match(BARE_CHECK);
  if (bare && looksLikeCopy(bare[2]!)) return { copy: bare[2]!.trim(), rest: bare[1]!, loose: true };
  return undefined;
}

const ID = /\b(?:ast|exp)_\w+/;

/** An ask about copy, on a line of its own: "can you check this", "is this on brand?", "ok to post?". */
const ASK_LINE =
  /\b(?:check|vet|review|lint|audit|look at|on[- ]brand|ok|okay|fine|compliant|allowed|pass(?:es)?|brand rules|guidelines)\b/i;
/** "check 40% off today": "check" and nothing between it and the copy but politeness. */
const BARE_CHECK =
  /^((?:(?:hey|hi|pls|plz|please|quick|can (?:you|u)|could (?:you|u))[\s,]+)*(?:check|vet))\s+(?!(?:the|my|our|your|this|that|these|those|on|in|out|up|if|whether|how|what|which|who|why|when|where|all|any|it|them|ast_|exp_)\b)(.{3,})$/i;

/** "check the copy run your own race": a check of copy its noun names, the copy said right after it without a colon. */
const NAMED_COPY =
  /^((?:(?:hey|hi|pls|plz|please|quick|can (?:you|u)|could (?:you|u)|kindly)[\s,]+)*(?:check|vet|run|test)\s+(?:the|this|my|our|a)\s+(?:copy|line|headline|tagline|wording|text|caption|slogan))\s+(?!(?:the|a|an|my|our|your|this|that|these|those|on|in|of|for|from|against|with|by|to|at|is|are|was|it|its|it's|them|if|whether|again|here|there|above|below|now|please|pls|ast_|exp_)\b)(.{3,})$/i;
/** "… and then send it to dev": the next ask said after the copy. */
const THEN_ASK =
  /[\s,]+(?:(?:and\s+)?then|and\s+(?=(?:send|request|ask|make|generate|post|ship|share|tag|run|launch|get)\b))\b.*$/i;

/** Ad copy rather than a request: a price, a percentage, an exclamation, an emoji, two clauses, or a capital start. */
function looksLikeCopy(text: string): boolean {
  if (ID.test(text)) return false;
  return /[%$€£!]|\p{Extended_Pictographic}|[,.]\s+\S|^\p{Lu}/u.test(text.trim());
}

/**
 * Copy pasted on lines of its own, with the ask on the first line ("can you check this:" then the lines) or the
 * last ("…" then "is this on brand?"). Lines keep their breaks, so "Headline: …" / "CTA: …" labels still read as
 * fields; Slack's "> " quote marks are dropped.
 */
function pastedLines(text: string): { copy: string; rest: string } | undefined {
  const lines = text
    .split(/\r?\n/)
    .map((l) => l.replace(/^\s*(?:>|&gt;)\s?/, "").trim())
    .filter(Boolean);
  if (lines.length < 2) return undefined;
  const isAsk = (line: string) => line.length <= 80 && ASK_LINE.test(line) && !/["“”]/.test(line);
  const first = lines[0]!;
  const last = lines[lines.length - 1]!;
  if (isAsk(first) && !LABEL_LINE.test(first)) {
    const split = first.match(/^(.*?)\s*[:—–]\s*(.*)$/);
    const lead = split && ASK_LINE.test(split[1]!) ? split : undefined;
    const copy = [...(lead?.[2] ? [lead[2]] : []), ...lines.slice(1)].join("\n");
    return pasted(copy, lead ? lead[1]! : first);
  }
  if (isAsk(last) && !LABEL_LINE.test(last)) return pasted(lines.slice(0, -1).join("\n"), last);
  return undefined;
}

/** Lines are surely copy when the ask points at them ("check this", "this caption") or they carry field labels. */
function pasted(copy: string, rest: string): { copy: string; rest: string; loose?: true } {
  const pointed = POINTS_AT_COPY.test(rest) || copy.split("\n").some((l) => LABEL_LINE.test(l));
  return pointed ? { copy, rest } : { copy, rest, loose: true };
}

const POINTS_AT_COPY =
  /\b(?:this|these|copy|caption|headline|tagline|text|ad|post|lines?|below|above|following|it|on[- ]brand)\b/i;

/** A line that starts with an ad field label, so it is copy, not the ask. */
const LABEL_LINE =
  /^(?:headline|title|h1|body|primary text|text|description|copy|ad text|caption|cta|call to action|button|disclaimer|small print|fine print|legal|terms)\s*:/i;

/** Slack user mentions that are not the bot's own (the message's first token) and e-mail addresses. */
export function peopleIn(raw: string): string[] {
  const mentions = [...raw.matchAll(/<@([A-Z0-9]+)(?:\|[^>]*)?>/g)]
    .filter((m) => m.index !== raw.search(/\S/))
    .map((m) => m[1]!);
  const emails = raw.match(/\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b/g) ?? [];
  return [...mentions, ...emails];
}

const ROLE_WORDS: Record<string, string> = {
  éditeur: "editor",
  éditrice: "editor",
  editeur: "editor",
  approbateur: "approver",
  approbatrice: "approver",
  relecteur: "reviewer",
  relectrice: "reviewer",
  réviseur: "reviewer",
  lecteur: "viewer",
  lectrice: "viewer",
};
/**
 * The role a member change gives: the one said after "as", "to", "en", "be" ("upgrade me to editor", "ajoute-moi en
 * éditeur … marre d'être viewer", "she must be viewer, not editor"), else the first one said that is not denied.
 */
export function memberRole(lower: string): string | undefined {
  const ROLE =
    "approver|reviewer|marketer|admin|owner|viewer|editor|éditeur|éditrice|editeur|approbateur|approbatrice|relecteur|relectrice|réviseur|lecteur|lectrice";
  const all = [...lower.matchAll(new RegExp(`(?<![\\p{L}])(${ROLE})s?(?![\\p{L}])`, "gu"))];
  const ok = all.filter((m) => !/\b(?:not|no|pas|ni)\s+(?:an?\s+|un\s+|une\s+)?$/.test(lower.slice(0, m.index)));
  const given = ok.find((m) =>
    /(?:\bas|\bto|\ben|\bbe|\bcomo|\binto)\s+(?:an?\s+|un\s+|une\s+|the\s+)?$/.test(lower.slice(0, m.index)),
  );
  const word = (given ?? ok[0])?.[1];
  return word ? (ROLE_WORDS[word] ?? word) : undefined;
}

/** "create a brand "Lumen Coffee" with slug lumen-coffee", "new brand: Lumen Coffee", "a new brand called Tern Outdoor". */
export function newBrandSlots(text: string): Slots {
  // Double quotes, or single ones around words (never an apostrophe: "'Kestrel Québec'", not "client's").
  const quoted = text.match(/["“]([^"”]{2,80})["”]/) ?? text.match(/(?:^|\s)['‘]([^'’]{2,80})['’](?=[\s,.;!?]|$)/);
  const slug = text.match(/\bslug\s*:?\s*([a-z0-9]+(?:-[a-z0-9]+)*)\b/i)?.[1]?.toLowerCase();
  // "new brand. Kestrel Trail. slug kestrel-trail": the words the slug is made of, as written.
  const slugWords = slug
    ? text.match(
        new RegExp(
          `\\b(${slug
            .split("-")
            .map((w) => `${w}`)
            .join("[\\s-]+")})\\b(?!-)`,
          "i",
        ),
      )?.[1]
    : undefined;
  const named =
    quoted?.[1] ??
    // "brand: Alder", "new brand for our other client pls: Fernwood Trail Supply" (never "brand: slug fernwood").
    text.match(/\bbrand\b[^:.?!]{0,40}:\s*(?!slug\b)(\S[^,.;(]{1,79})/i)?.[1] ??
    // "Create the Fernwood brand": the capitalised words before "brand".
    text.match(/\b(?:the|a|new)\s+((?:[A-Z][\w&'-]*\s+){1,4})brand\b/)?.[1]?.trim() ??
    (slugWords && /[A-Z]/.test(slugWords) ? slugWords : undefined) ??
    text.match(/\b(?:called|named)\s+([^,.;(]{2,80}?)(?=\s*(?:[,.;(]|\bwith\b|\band\b|$))/i)?.[1] ??
    // "slug kestrel-outlet, name Kestrel Outlet": the name given by its field's name, capitalised as a name is.
    text.match(/\bname\s*[:=]?\s*(\p{Lu}[\p{L}&'-]*(?:\s+\p{Lu}[\p{L}&'-]*){0,4})/u)?.[1] ??
    text.match(/\bbrand\s+([A-Z][\w&'-]*(?:\s+[A-Z][\w&'-]*){0,4})/)?.[1] ??
    // "a brand for (our client) Alder Coffee": the capitalised words after "for".
    text.match(
      /\bbrand\b[^.?!]*?\bfor\s+(?:(?:our|a|the|new)\s+)?(?:client\s+|customer\s+)?([A-Z][\w&'-]*(?:\s+[A-Z][\w&'-]*){0,4})/,
    )?.[1];
  // "create brand fernhill, name 'Fernhill Outdoor'": a lower-case handle after "brand", with the name said apart.
  const handle = !slug && quoted ? text.match(/\bbrand\s+([a-z0-9]+(?:-[a-z0-9]+)*)\s*[,;]/)?.[1] : undefined;
  const palette = text.match(/#[0-9a-fA-F]{6}\b|#[0-9a-fA-F]{3}\b/g) ?? undefined;
  return {
    ...(named ? { name: named.trim() } : {}),
    ...(slug ? { slug } : handle ? { slug: handle } : {}),
    ...(palette?.length ? { palette } : {}),
  };
}

/**
 * The platform an ad id is from by its shape, where the platforms number their ads recognisably: Meta's ad ids begin
 * 120… (since 2022) or 238…, TikTok's 17… or 18…. Any other id says nothing.
 */
export function platformOfAdId(id: string): "meta" | "tiktok" | undefined {
  if (/^(?:120|238)\d{7,}$/.test(id)) return "meta";
  if (/^1[78]\d{8,}$/.test(id)) return "tiktok";
  return undefined;
}

/** An ad id on a platform: "meta ad 23851234567890", "tiktok ad 1790001234", "ad id 987654321". */
export function platformAdId(text: string): string | undefined {
  return (
    text.match(/\bad\s*(?:id\s*)?[#:]?\s*([0-9][\w-]{4,})\b/i)?.[1] ??
    text.replace(/\b(?:ast|exp)_\w+/g, " ").match(/\b(\d{6,})\b/)?.[1]
  );
}
