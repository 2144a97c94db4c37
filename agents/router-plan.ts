import type { Vocabulary } from "../core/intents/vocabulary.ts";
import { promptAsk } from "./intent-admin.ts";
import { describeRange, parseDateRange } from "./intent-dates.ts";
import { extractSlots } from "./intent-extract.ts";
import { LEXICON_PLAIN, lexiconGuess } from "./intent-lexicon.ts";
import { routeIntent } from "./intent-router.ts";
import { formatList, toneList } from "./intent-slots.ts";
import { normalise } from "./intent-text.ts";
import { INTENT_TOOLS, type Intent, type IntentName, type Slots, type ThreadMemory } from "./intent-types.ts";
import type { McpToolInfo } from "./mcp-client.ts";
import { scrubPlan } from "./plan-scrub.ts";
import {
  choices,
  LIVE_STATUSES,
  type Match,
  matchAsset,
  matchExperiment,
  matchValue,
  nameBeforeTest,
  tokens,
  valuesNamedIn,
} from "./resolve.ts";
import { campaignLineage } from "./router-campaigns.ts";
import { attachmentTool, fileArgument, fileDefaults, type SharedFile } from "./router-files.ts";
import { reread } from "./router-reread.ts";
import { suggestFor } from "./router-suggest.ts";
import { planInThread } from "./router-thread.ts";
import { guessTool } from "./router-toolscore.ts";
import { cleanQuery } from "./search-words.ts";
import { bindSlots } from "./slot-binder.ts";
import { bannedPhrasePatch, fillFromText, membersNamedIn } from "./slot-fill.ts";
import { fillBySchema } from "./slot-schema.ts";
import { fillByShape } from "./slot-shapes.ts";
import { templateFromWords } from "./template-from-words.ts";
import { adOfLabel } from "./thread-memory.ts";

/**
 * The offline router's whole decision for one message, before anything runs: which tool with which arguments, or
 * one short question, or a plain "can't do that". Says what it understood and what it could not use. Pure over the
 * message, the thread's memory, the tools this session serves and the workspace vocabulary.
 */
export interface PlanInput {
  text: string;
  memory: ThreadMemory;
  tools: McpToolInfo[];
  vocabulary: Vocabulary;
  now: Date;
  /** Files shared with the message (names and kinds; the bytes stay with the surface). */
  files?: SharedFile[];
  /** Who is asking, as Slack names them (their user id), so "remove me" names them. */
  asker?: string;
  /** A tool the second reader chose (agents/router-reread.ts): the rules fill its arguments. */
  prefer?: string;
}

interface Notes {
  understood: string[];
  ignored: string[];
}

export type RouterPlan =
  | ({ kind: "help" } & Notes)
  | ({ kind: "unknown"; suggestions: string[] } & Notes)
  | ({ kind: "thanks" } & Notes)
  | ({
      kind: "call";
      intent: Intent;
      tool: McpToolInfo;
      args: Record<string, unknown>;
      /** The message itself is the decision (an approver's "approve it" in the review card's thread). */
      direct?: boolean;
      /** Ask for Confirm even though the tool is not destructive (an undo). */
      confirm?: boolean;
      /** The same tool over several targets ("approve all of them"): every call's arguments, `args` first. */
      batch?: Record<string, unknown>[];
    } & Notes)
  | ({ kind: "question"; intent: Intent; question: string; pending: NonNullable<ThreadMemory["pending"]> } & Notes)
  | ({ kind: "cannot"; intent?: Intent; text: string } & Notes);

/** Requests about one asset: without an id, a link or one from the thread there is nothing to act on. */
const ASSET_INTENTS = new Set<IntentName>([
  "request_review",
  "lineage",
  "show_asset",
  "feedback",
  "similar",
  "link_deployment",
]);
const AUDIENCE_INTENTS = new Set<IntentName>(["search", "similar", "generate", "top_performers", "slot_insights"]);
const EXPERIMENT_INTENTS = new Set<IntentName>(["status", "promote", "stop_experiment", "update_allocation"]);
const BRAND_INTENTS = new Set<IntentName>([
  "generate",
  "brand_rules",
  "list_members",
  "add_member",
  "remove_member",
  "update_brand",
  "templates",
  "library_review",
  "duplicates",
  "review_queue",
  "check_brand",
  "top_performers",
]);

const DESCRIBE: Partial<Record<IntentName, string>> = {
  top_performers: "Ranking top performers",
  stop_experiment: "Stopping an experiment",
  update_allocation: "Rebalancing an experiment's traffic",
  ingest_metrics: "Pulling ad metrics",
  link_deployment: "Linking an ad to an asset",
  list_brands: "Listing brands",
  create_brand: "Creating a brand",
  update_brand: "Updating a brand",
  list_members: "Listing brand members",
  add_member: "Adding a brand member",
  remove_member: "Removing a brand member",
};

export function describeIntent(name: IntentName): string {
  return DESCRIBE[name] ?? name.replace(/_/g, " ").replace(/^./, (c) => c.toUpperCase());
}

const NO_EXPERIMENTS = "\u0000no experiments";
const NO_CANDIDATE = "\u0000no candidate:";

/**
 * What the workspace's own words say when the phrasing alone did not: a prompt named ("the ad copy prompt"), an offer
 * or audience with a count or format (a generation without a verb), an experiment named without "test".
 */
function rescue(text: string, intent: Intent | undefined, input: PlanInput): Intent | undefined {
  const v = input.vocabulary;
  const lower = normalise(text).toLowerCase();
  const campaign = campaignLineage(text, v);
  if (campaign) return campaign;
  // A message about one asset ("where did ast_… come from? which prompt + model") asks about that asset's making.
  const aboutAsset = !!intent?.slots.assetIds?.length && intent.name !== "search";
  const prompt = aboutAsset ? undefined : promptAsk(lower, v.prompts);
  if (prompt === "ask") return { name: "cannot", tools: [], slots: { reason: "\u0000ask-prompt" } };
  if (prompt) return { name: "tool", tools: [prompt.tool], slots: prompt.slots as Slots };
  const explicitSearch =
    /\b(find|search|look|show|pull up|dig up|any|got|do we have|need|photos?|images?|pics?|shots?|assets?|visuals?|footage)\b/;
  // A question ("are we wasting money on AI images?") is not a search unless it asks for one.
  const question =
    QUESTION_FORM.test(lower) && !/\b(find|search|look(?:ing)? for|show me|do we have|got any)\b/.test(lower);
  // "any sample ratio mismatch on the spring hook test?": a question about a test named by name is about that test,
  // not a search of the library for its words.
  if (intent?.name === "search" && mentionsTest(lower) && !/\b(find|search|look(?:ing)? for)\b/.test(lower)) {
    const named = matchExperiment(lower, v.experiments);
    if (named.kind === "one")
      return { name: "status", tools: INTENT_TOOLS.status, slots: { experimentId: named.value.id } };
  }
  const weak = !intent || (intent.name === "search" && (!explicitSearch.test(lower) || question));
  if (!weak) return intent;
  // "remove Dev, he's on leave", "add Priya as a reviewer": a person named after a membership verb.
  const person = normalise(text).match(
    /^(?:(?:pls|please|can you|could you|ok|okay)[\s,]+)*(remove|kick|drop|offboard|revoke|add|invite|onboard)\s+(me|[A-Z][a-z]+|[a-z]{3,})\b/i,
  );
  const brandNamed = v.brands.some((b) => new RegExp(`\\b${escapeRe(b.slug)}\\b`).test(lower));
  if (
    person &&
    (membersNamedIn(text, v).length || /^[A-Z]|^me$/.test(person[2]!) || /\bfrom\b/.test(lower) || brandNamed)
  ) {
    const remove = /^(remove|kick|drop|offboard|revoke)$/i.test(person[1]!);
    const role = lower.match(/\b(approver|reviewer|editor|viewer)s?\b/)?.[1];
    return {
      name: remove ? "remove_member" : "add_member",
      tools: INTENT_TOOLS[remove ? "remove_member" : "add_member"],
      slots: role ? { role } : {},
    };
  }
  // A command we do not have ("rename the spring folder") is not a question about the spring test.
  if (
    /^(?:rename|move|delete|upload|download|share|send|email|post|publish|edit|fix|translate|print|export|copy)\b/.test(
      lower,
    )
  )
    return intent;
  const offer = valuesNamedIn(lower, v.offers).length > 0;
  const audience = valuesNamedIn(lower, v.audiences).length > 0;
  const sized = /\b\d{1,3}\b/.test(lower.replace(/\d{1,2}:\d{1,2}/g, " ")) || formatList(lower).length > 0;
  if ((offer && (sized || audience)) || (/\bvariants?\b/.test(lower) && (sized || audience || offer))) {
    const routed = routeIntent(`make ${text.replace(/^\s*variants?\b/i, "")} variants`, input.memory, {
      now: input.now,
    });
    if (routed?.name === "generate") return routed;
  }
  // "what tones does Spring Sprint have": a template named with its slot values asked about is a template listing.
  if (
    valuesNamedIn(lower, v.templates).length &&
    /\b(tones?|offers?|formats?|slots?|options?|values?|sizes?|ctas?|hooks?)\b/.test(lower) &&
    /\b(what|which|list|show|does|do|have|has|got)\b/.test(lower) &&
    !/\b(tests?|experiments?|wins?|won|works?|best|performs?)\b/.test(lower)
  )
    return { name: "templates", tools: INTENT_TOOLS.templates, slots: {} };
  // The lexicon's vote, read again in plain words so the usual rules fill the arguments.
  const guess = lexiconGuess(lower);
  if (guess) {
    const routed = routeIntent(`${guess.plain} ${text}`, input.memory, { now: input.now });
    if (routed?.name === guess.intent) return routed;
  }
  const exp = matchExperiment(lower, v.experiments);
  // A test's name said in passing ("the DE landing page", "spring sprint variants") is not a read-out request: it
  // needs a test word or a question about how it is doing.
  const aboutResults =
    mentionsTest(lower) ||
    /\b(how|doing|going|winning|winner|won|results?|numbers|lift|ahead|done|status|significant|leader|leading|ctr|cvr|roas|zahlen)\b/.test(
      lower,
    );
  if (exp.kind !== "none" && aboutResults && !/\b(promote|ship|stop|pause|kill)\b/.test(lower))
    return {
      name: "status",
      tools: INTENT_TOOLS.status,
      slots: { ...(exp.kind === "one" ? { experimentId: exp.value.id } : {}) },
    };
  // The tools' own words (name, title, description, everyday synonyms) vote.
  const byTool = guessTool(lower, input.tools);
  if (byTool) return intentForTool(byTool.tool, text, input);
  return intent;
}

/** A tool chosen by its words rather than by a phrase rule, read again by the rules so they fill its arguments. */
function intentForTool(tool: string, text: string, input: PlanInput): Intent {
  const name = intentOfTool(tool);
  const routed = name ? routeIntent(`${plainFor(name) ?? ""} ${text}`, input.memory, { now: input.now }) : undefined;
  if (routed?.tools.includes(tool)) return routed;
  return {
    name: name ?? "tool",
    tools: [tool],
    slots: { ...extractSlots(text), ...dateSlotsOf(text, input.now) },
  };
}

/** "import kestrel/2027-04-shoot and tag everything": the first order, read by the tools' words, comes first. */
function firstAskFirst(intent: Intent | undefined, input: PlanInput): Intent | undefined {
  if (!intent?.firstAsk) return intent;
  const first = rescue(intent.firstAsk, undefined, input);
  if (!first || first.name === "help" || first.name === intent.name) return intent;
  return { ...first, also: [...(first.also ?? []), input.text.slice(intent.firstAsk.length).trim()] };
}

/** A message that goes on from the last one: "and …", "also …", "+ …", "same …", "then …". */
const CONTINUES = /^(?:(?:ok(?:ay)?|cool|great|nice|perfect)[,!.]?\s+)?(?:and|also|plus|then|same|\+|&)\b/i;

const QUESTION_FORM =
  /^(?:(?:so|ok|okay|hmm|hey|quick q)[\s,:]+)*(?:are|is|did|does|do|what|what's|whats|how|why|when|which|who|has|have|was|were|can we|could we)\b/;

/** The intent a tool belongs to, when one names it. */
function intentOfTool(tool: string): IntentName | undefined {
  return (Object.entries(INTENT_TOOLS) as [IntentName, string[]][]).find(([, tools]) => tools.includes(tool))?.[0];
}
const plainFor = (name: IntentName) => LEXICON_PLAIN.get(name);

function dateSlotsOf(text: string, now: Date): Slots {
  const range = parseDateRange(text, now);
  return range ? { from: range.from, to: range.to, datePhrase: range.phrase } : {};
}

/** The names a question offers, in the order it lists them, so "the second one" can answer it. */
function listedIn(question: string, v: Vocabulary): string[] {
  const names = [
    ...v.experiments.map((e) => e.name),
    ...v.audiences.map((a) => a.id),
    ...v.offers.map((o) => o.id),
    ...v.brands.map((b) => b.slug),
    ...v.templates.flatMap((t) => t.names),
  ];
  return names
    .map((n) => ({ n, at: question.indexOf(n) }))
    .filter((x) => x.at >= 0 && !names.some((o) => o !== x.n && o.includes(x.n) && question.includes(o)))
    .sort((a, b) => a.at - b.at)
    .map((x) => x.n);
}

const choicesOf = (names: string[]) => (names.length > 1 ? { choices: names } : {});

/** Experiments an action may apply to: promote never offers one already promoted. */
function offerable(name: IntentName, experiments: Vocabulary["experiments"]) {
  if (name === "promote") return experiments.filter((e) => LIVE_STATUSES.has(e.status) || e.status === "decided");
  if (name === "stop_experiment" || name === "update_allocation")
    return experiments.filter((e) => LIVE_STATUSES.has(e.status));
  return experiments.filter((e) => LIVE_STATUSES.has(e.status));
}
const THANKS = /^(thanks|thank you|thx|ty|cheers|great|cool|nice|perfect|awesome|brilliant|got it|sounds good)\b/i;

export function planRoute(input: PlanInput): RouterPlan {
  if (input.files?.length) return scrubPlan(planWithFiles(input), input.vocabulary);
  const before = structuredClone(input.memory);
  return scrubPlan(reread(planByRules(input), { ...input, memory: before }, planByRules), input.vocabulary);
}

function planByRules(input: PlanInput): RouterPlan {
  if (input.files?.length) return planWithFiles(input);
  const notes: Notes = { understood: [], ignored: [] };
  const inThread = planInThread(input, notes);
  if (inThread.plan && !input.prefer) return inThread.plan;
  const text = completePending(inThread.text ?? input.text, input.memory, input.now);
  const ruled = firstAskFirst(rescue(text, routeIntent(text, input.memory, { now: input.now }), input), input);
  const intent =
    input.prefer && !ruled?.tools.includes(input.prefer) ? intentForTool(input.prefer, text, input) : ruled;
  if (!intent)
    return THANKS.test(text.trim())
      ? { kind: "thanks", ...notes }
      : { kind: "unknown", suggestions: suggestFor(text, input.tools), ...notes };
  if (intent.name === "help") return { kind: "help", ...notes };
  for (const ask of intent.also ?? [])
    notes.ignored.push(`"${ask}": one request at a time; ask me again for that next`);
  if (intent.name === "cannot" && intent.slots.reason === "\u0000ask-prompt")
    return {
      kind: "question",
      intent,
      question: `Which prompt: ${choices(input.vocabulary.prompts)}?`,
      pending: { text, field: "prompt", ...choicesOf(input.vocabulary.prompts) },
      ...notes,
    };
  if (intent.name === "cannot")
    return { kind: "cannot", intent, text: intent.slots.reason ?? "I can't do that.", ...notes };
  // Archiving while working through the library review list records a review (review_asset).
  const order =
    intent.name === "archive" && input.memory.lastCall?.tool === "library_review"
      ? [...intent.tools].reverse()
      : intent.tools;
  const tool = order.map((name) => input.tools.find((t) => t.name === name)).find(Boolean);
  if (!tool) {
    const names = intent.tools.join(" / ");
    return {
      kind: "cannot",
      intent,
      text: `${describeIntent(intent.name)} is not available yet on this Winnow (it has no ${names} tool), so I can't do that here. Type \`help\` for what works today.`,
      ...notes,
    };
  }
  const slots: Slots = { ...intent.slots };
  const ask = (field: string, question: string, options?: string[]): RouterPlan => ({
    kind: "question",
    intent,
    question,
    pending: { text, field, ...choicesOf(options ?? listedIn(question, input.vocabulary)) },
    ...notes,
  });
  const v = input.vocabulary;
  const lowerText = text.toLowerCase();

  // Brand: the one named, else the only one in the workspace. A new brand's own name is not a reference.
  if (intent.name !== "create_brand" && intent.name !== "list_brands") {
    const named = v.brands.find((b) => {
      // "kestrel" names Kestrel Run Co.; a first word like "The" or "Run" names nothing.
      const first = b.name.split(/\s+/)[0]!.toLowerCase();
      const distinctive = first.length >= 4 && !COMMON_WORDS.has(first);
      return (
        new RegExp(`\\b${escapeRe(b.slug)}\\b`).test(lowerText) ||
        lowerText.includes(b.name.toLowerCase()) ||
        (distinctive && new RegExp(`\\b${escapeRe(first)}\\b`).test(lowerText))
      );
    });
    const created =
      input.memory.lastCall?.tool === "create_brand" ? String(input.memory.lastCall.args.slug ?? "") : undefined;
    // A brand created earlier in this thread is the one its next requests are about, unless another is named.
    const brand = named ?? (v.brands.length === 1 && !created ? v.brands[0] : undefined);
    if (brand) slots.brand = brand.slug;
    else if (created) slots.brand = created;
    else if (BRAND_INTENTS.has(intent.name) && v.brands.length > 1 && required(tool, ["brand"]))
      return ask("brand", `Which brand: ${choices(v.brands.map((b) => b.slug))}?`);
  }

  // Audience: "Gen Z" → the brand's audience slug; unknown ones are said, not silently dropped.
  if (AUDIENCE_INTENTS.has(intent.name)) {
    const said = slots.audience ?? slots.filters?.audience;
    const resolved = resolveAudience(said, text, v, notes);
    if (resolved.question) return ask("audience", resolved.question);
    if (intent.name === "slot_insights") {
      const { audience: _a, ...rest } = slots.filters ?? {};
      delete slots.audience;
      slots.filters = resolved.slug ? { ...rest, audience: resolved.slug } : rest;
      if (!Object.keys(slots.filters).length) delete slots.filters;
    } else if (resolved.slug) slots.audience = resolved.slug;
    else delete slots.audience;
    if (intent.name === "generate" && !slots.audience && v.audiences.length)
      return ask("audience", `Which audience: ${choices(v.audiences.map((a) => a.id))}?`);
  } else delete slots.audience;

  if (intent.name === "generate") {
    const question = resolveGeneration(slots, text, v, notes);
    if (question) return ask(question.field, question.text);
  } else {
    delete slots.offer;
    delete slots.tones;
    if (intent.name !== "similar" && intent.name !== "top_performers") delete slots.count;
  }

  // Experiment: an id, a name ("the spring test"), the thread's, or the only running one; ties become a question.
  if (EXPERIMENT_INTENTS.has(intent.name) || (intent.name === "top_performers" && mentionsTest(text))) {
    const question = resolveExperiment(intent.name, slots, text, input.memory, v, notes);
    if (question?.startsWith(NO_CANDIDATE))
      return { kind: "cannot", intent, text: question.slice(NO_CANDIDATE.length), ...notes };
    if (question === NO_EXPERIMENTS)
      return {
        kind: "cannot",
        intent,
        text: "There are no experiments in this workspace yet, so there is nothing to check, stop or promote. Start one with `create_experiment` (or from the dashboard) and ask again.",
        ...notes,
      };
    if (question) return ask("experiment", question);
  }
  // "feels like this" with nothing to point at: ask for the example instead of searching for the word "this".
  if (
    intent.name === "search" &&
    !slots.assetIds?.length &&
    /\b(feels? like|looks? like|more like|similar to|like)\s+(this|that|these|those|it)\b/i.test(text) &&
    !input.memory.lastAssetIds?.length
  )
    return ask("asset", "Which asset should I match? Paste its id (ast_…) or dashboard link, or share the image here.");
  delete slots.experimentName;

  // An asset named in words ("the trail dawn photo", "the benefit arm of spring hook"): its id, before the thread's.
  if (!slots.assetIds?.length && !slots.campaignId && wantsAsset(intent, tool) && input.vocabulary.assets?.length) {
    const m = matchAsset(text, input.vocabulary.assets);
    const many = intent.name === "archive" || intent.name === "tag_assets";
    if (m.kind === "one" || (m.kind === "many" && many)) {
      const found = m.kind === "one" ? [m.value] : m.values;
      slots.assetIds = found.map((a) => a.id);
      notes.understood.push(`asset${found.length > 1 ? "s" : ""}: ${found.map((a) => `“${a.name}”`).join(", ")}`);
    } else if (m.kind === "many" && !input.memory.lastAssetIds?.length)
      return ask(
        "asset",
        `Which one: ${choices(m.values.map((a) => a.name))}?`,
        m.values.slice(0, 4).map((a) => a.id),
      );
  }
  if (intent.name === "create_brand" && slots.name && !slots.slug) {
    slots.slug = slugify(slots.name);
    notes.understood.push(`slug: ${slots.slug} (from the name)`);
  }
  if (intent.name === "check_brand" && !hasCopy(slots) && !slots.assetIds?.length) {
    if (input.memory.lastAssetIds?.length) slots.assetIds = input.memory.lastAssetIds.slice(0, 1);
    else
      return ask(
        "asset",
        "What should I check? Paste the copy (after `check:` or on its own lines), or give an asset id (ast_…).",
      );
  }
  if (
    ["lineage", "show_asset", "feedback", "similar", "link_deployment", "request_review"].includes(intent.name) &&
    !slots.assetIds?.length &&
    input.memory.lastAssetIds?.length
  ) {
    slots.assetIds = input.memory.lastAssetIds.slice(0, 1);
    notes.understood.push(`asset: ${slots.assetIds[0]} (from this thread)`);
  }

  if (ASSET_INTENTS.has(intent.name) && !slots.assetIds?.length)
    return ask("asset", "Which asset? Paste its id (ast_…) or its dashboard link.");
  // "archive those", "tag them": the assets the thread just showed.
  if (
    !slots.assetIds?.length &&
    (intent.name === "archive" || intent.name === "tag_assets") &&
    /\b(those|these|them|they|all of them|both)\b/i.test(text) &&
    input.memory.lastAssetIds?.length
  ) {
    const listed = input.memory.lastAssetIds;
    // "these new ones from the shoot": the words that name some of the listed assets (not all) pick those.
    const narrowed = narrowedByWords(text, listed, input.vocabulary.assets ?? []);
    slots.assetIds = narrowed ?? [...listed];
    notes.understood.push(
      narrowed
        ? `assets: the ${narrowed.length} of this thread's ${listed.length} that the words name`
        : `assets: the ${listed.length} from this thread`,
    );
  }
  const many = manyAssetsQuestion(intent.name, slots, input.memory);
  if (many) return ask("asset", many);
  if (intent.name === "create_experiment") {
    const arms = slots.assetIds?.length ? slots.assetIds : generatedInThread(input.memory);
    if (arms.length < 2)
      return ask(
        "arms",
        "Which variants should the test compare? Make them first (`make 4 variants of the spring offer for Gen Z`) and say `test them`, or paste two or more ids (ast_…).",
      );
    slots.arms = arms;
    delete slots.assetIds;
    notes.understood.push(`arms: ${arms.length} variant(s)${slots.assetIds ? "" : " from this thread"}`);
    if (!slots.metric)
      return ask("metric", "Which metric decides the winner: ctr, cvr, cost_per_conversion, watch_time or roas?", [
        "ctr",
        "cvr",
        "cost_per_conversion",
        "watch_time",
        "roas",
      ]);
  }

  // "remove me from the approvers, dev can handle it": the person asking, not the one named after.
  if (input.asker && /^(?:add_member|remove_member)$/.test(intent.name) && SELF.test(normalise(text))) {
    slots.user = input.asker;
    notes.understood.push("member: you");
  }
  // "unlink the social proof one" after the linked ads were listed: the ad of the listed asset the words name.
  const ad = adNamedInList(text, tool, slots, input);
  if (ad) {
    Object.assign(slots, ad.slots);
    notes.understood.push(ad.said);
  }
  const binding = bindSlots(tool, slots);
  binding.args = fillFromText(tool, binding.args, text, v, notes.understood);
  binding.args = fillByShape(tool, binding.args, text, input.now, notes.understood);
  binding.args = fillBySchema(
    tool,
    binding.args,
    text,
    input.tools.map((t) => t.name),
    notes.understood,
  );
  binding.args = bannedPhrasePatch(tool, binding.args, text, notes.understood);
  binding.args = templateFromWords(tool, binding.args, text, v, notes.understood);
  if (tool.name === "search_assets" && typeof binding.args.query === "string")
    binding.args.query = cleanQuery(binding.args.query, v);
  binding.missing = binding.missing.filter((k) => binding.args[k] === undefined);
  if (binding.missing.length) return ask(binding.missing[0]!, questionFor(binding.missing[0]!, intent, v));
  // "and 1202… to the benefit one" after a link: the same request again, so what the last one said and this one
  // does not (the experiment, the platform) still holds.
  const last = input.memory.lastCall;
  if (last?.tool === tool.name && CONTINUES.test(text.trim())) {
    const carried = Object.entries(last.args).filter(
      ([k, val]) => binding.args[k] === undefined && k !== "cursor" && !/^attachment:/.test(String(val)),
    );
    for (const [k, val] of carried) binding.args[k] = val;
    if (carried.length) notes.understood.push(`as before: ${carried.map(([k]) => k).join(", ")}`);
  }
  describeBound(binding.args, slots, notes);
  if (intent.name === "review_queue" && intent.slots.reason) notes.understood.push(intent.slots.reason);
  for (const slot of binding.unused) {
    const note = unusedNote(slot, slots, tool.name);
    if (note) notes.ignored.push(note);
  }
  return { kind: "call", intent, tool, args: binding.args, ...notes };
}

/**
 * A message with files: the words decide the request, and when its tool takes this kind of file the file fills that
 * argument ("attachment:N"); when the words name no such tool the file decides (a metrics export is ingested, an
 * image is searched by, checked or added as the words say).
 */
function planWithFiles(input: PlanInput): RouterPlan {
  const files = input.files ?? [];
  const at = Math.max(
    0,
    files.findIndex((f) => f.kind !== "other"),
  );
  const file = files[at]!;
  const ref = `attachment:${at + 1}`;
  const words = planRoute({ ...input, files: undefined, memory: structuredClone(input.memory) });
  const intent = words.kind === "call" || words.kind === "question" ? words.intent : undefined;
  const named =
    words.kind === "call"
      ? words.tool
      : intent?.tools.map((n) => input.tools.find((t) => t.name === n)).find((t) => t !== undefined);
  const notes: Notes = { understood: [...words.understood], ignored: [...words.ignored] };
  const withFile = (tool: McpToolInfo, args: Record<string, unknown>, why: Intent): RouterPlan => {
    const key = fileArgument(tool, file.kind)!;
    notes.understood.push(`${file.name}: ${key === "imageBase64" ? "the image to use" : "the file to use"}`);
    // What the words say about the file's own options ("convert to USD at 1.08", "just what's readable", "10").
    const said = fillBySchema(
      tool,
      { ...fileDefaults(tool, file), ...args },
      normalise(input.text),
      [],
      notes.understood,
    );
    const told = fillByShape(tool, said, input.text, input.now, notes.understood);
    return {
      kind: "call",
      intent: why,
      tool,
      args: { ...told, [key]: ref },
      understood: notes.understood,
      ignored: notes.ignored,
    };
  };
  // "are these already in the library?", "do we have this one?": whether the library has it is a similarity search.
  const exists = file.kind === "image" && ALREADY_HAVE.test(normalise(input.text).toLowerCase());
  if (!exists && named && !["search_assets", "find_similar"].includes(named.name) && fileArgument(named, file.kind)) {
    const args =
      words.kind === "call" ? words.args : argsFromWords(named, intent?.slots ?? {}, input, notes.understood);
    return withFile(named, args, intent!);
  }
  const chosen = exists
    ? "find_similar"
    : attachmentTool(
        input.text,
        files.map((f) => f.kind),
        input.memory,
      );
  // Searching by the image is the default; the words may still clearly name another tool that takes an image
  // ("palette check", "it replaces ast_…"): the tools that take this kind of file vote among themselves.
  const takers = input.tools.filter((t) => fileArgument(t, file.kind));
  const voted =
    chosen === "find_similar" && !exists ? guessTool(normalise(input.text).toLowerCase(), takers, 3) : undefined;
  const pick = voted?.tool ?? chosen;
  const tool = pick === "route" ? undefined : input.tools.find((t) => t.name === pick);
  if (!tool || !fileArgument(tool, file.kind)) return words;
  const slots = extractSlots(normalise(input.text));
  return withFile(tool, argsFromWords(tool, slots, input, notes.understood), {
    name: "tool",
    tools: [tool.name],
    slots,
  });
}

const ALREADY_HAVE =
  /\balready (?:in|got|have|had|used|uploaded)\b|\b(?:do|did) we (?:already )?(?:have|own|use)\b|\bhave we (?:already )?(?:got|used|uploaded)\b|\bis (?:this|it|that) (?:already )?in (?:the|our) library\b|\bin the library already\b/;

/** A tool's arguments from the words alone, by its schema: the brand when there is one, an audience it takes. */
function argsFromWords(tool: McpToolInfo, slots: Slots, input: PlanInput, understood: string[]) {
  const props = tool.inputSchema.properties ?? {};
  const v = input.vocabulary;
  const extra: Slots = { ...slots };
  delete extra.query;
  delete extra.count;
  if ("brand" in props && v.brands.length === 1) extra.brand = v.brands[0]!.slug;
  const audience = valuesNamedIn(input.text, v.audiences);
  if ("audience" in props && audience.length === 1) extra.audience = audience[0]!.id;
  else delete extra.audience;
  const bound = bindSlots(tool, extra).args;
  return fillFromText(tool, bound, input.text, v, understood);
}

const COMMON_WORDS = new Set([
  "the",
  "brand",
  "team",
  "shop",
  "store",
  "studio",
  "group",
  "company",
  "spring",
  "summer",
]);
const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const slugify = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
/** Requests that act on one or more library assets, by intent or by the tool's required fields. */
function wantsAsset(intent: Intent, tool: McpToolInfo): boolean {
  if (ASSET_INTENTS.has(intent.name) || ["archive", "tag_assets"].includes(intent.name)) return true;
  if (intent.name === "check_brand") return !hasCopy(intent.slots);
  const req = tool.inputSchema.required ?? [];
  return ["id", "assetId", "assetIds", "ids", "replacedId"].some((f) => req.includes(f)) && !/brand/.test(tool.name);
}
const hasCopy = (s: Slots) => !!(s.text || s.headline || s.body || s.cta);
const mentionsTest = (text: string) => /\b(test|tests|testing|experiment|experiments|exp_\w+)\b/i.test(text);
const required = (tool: McpToolInfo, fields: string[]) =>
  fields.some((f) => (tool.inputSchema.required ?? []).includes(f));

function resolveAudience(
  said: string | undefined,
  text: string,
  v: Vocabulary,
  notes: Notes,
): { slug?: string; question?: string } {
  if (!v.audiences.length) return said ? { slug: said } : {};
  if (said) {
    const m = matchValue(said, v.audiences);
    if (m.kind === "one") {
      notes.understood.push(m.value.id === said ? `audience: ${said}` : `audience: "${said}" → ${m.value.id}`);
      return { slug: m.value.id };
    }
    if (m.kind === "many") return { question: `Which audience did you mean: ${choices(m.values.map((x) => x.id))}?` };
  }
  const named = valuesNamedIn(text.replace(/\b(?:ast|exp)_\w+/g, " "), v.audiences);
  if (named.length === 1) {
    notes.understood.push(`audience: ${named[0]!.id}`);
    return { slug: named[0]!.id };
  }
  const market = audienceOfMarket(text, v);
  if (market) {
    notes.understood.push(`audience: ${market} (the market named)`);
    return { slug: market };
  }
  if (said)
    notes.ignored.push(`audience "${said}": not one of ours (${v.audiences.map((a) => a.id).join(", ")}); left out`);
  return {};
}

/** Countries as people name a market ("the DE market", "for Germany"), for audiences named after one. */
const MARKETS: string[][] = [
  ["de", "germany", "german", "deutschland", "dach"],
  ["uk", "britain", "british", "england"],
  ["us", "usa", "america", "american"],
  ["fr", "france", "french"],
  ["ch", "switzerland", "swiss", "schweiz"],
];
function audienceOfMarket(text: string, v: Vocabulary): string | undefined {
  const said = new Set(tokens(text.replace(/\b(?:ast|exp)_\w+/g, " ")));
  const market = MARKETS.find((words) => words.some((w) => said.has(w) && (w.length > 2 || /\b[A-Z]{2}\b/.test(text))));
  if (!market) return undefined;
  const hits = v.audiences.filter((a) => [a.id, ...a.names].flatMap(tokens).some((w) => market.includes(w)));
  return hits.length === 1 ? hits[0]!.id : undefined;
}

function resolveGeneration(
  slots: Slots,
  text: string,
  v: Vocabulary,
  notes: Notes,
): { field: string; text: string } | undefined {
  if (v.offers.length) {
    const said = slots.offer;
    const m: Match<{ id: string }> = said ? matchValue(said, v.offers) : { kind: "none" };
    if (m.kind === "one") slots.offer = m.value.id;
    else if (m.kind === "many")
      return { field: "offer", text: `Which offer did you mean: ${choices(m.values.map((x) => x.id))}?` };
    else {
      const named = valuesNamedIn(text, v.offers);
      if (named.length === 1) slots.offer = named[0]!.id;
      else {
        if (said) notes.ignored.push(`offer "${said}": not an offer of the template`);
        return { field: "offer", text: `Which offer: ${choices(v.offers.map((o) => o.id))}?` };
      }
    }
    notes.understood.push(said && said !== slots.offer ? `offer: "${said}" → ${slots.offer}` : `offer: ${slots.offer}`);
  }
  const tones = toneList(
    text.toLowerCase(),
    v.tones.flatMap((t) => [t.id, ...t.names]),
  );
  delete slots.tones;
  if (tones.length) {
    const known = v.tones.length ? tones.filter((t) => matchValue(t, v.tones).kind === "one") : tones;
    const ids = v.tones.length
      ? [...new Set(known.map((t) => (matchValue(t, v.tones) as { value: { id: string } }).value.id))]
      : known;
    for (const t of tones.filter((t) => !known.includes(t)))
      notes.ignored.push(`tone "${t}": not a tone of the template (${v.tones.map((x) => x.id).join(", ")})`);
    if (ids.length === 1) slots.tone = ids[0]!;
    else if (ids.length > 1) slots.slots = { tone: ids };
    if (ids.length) notes.understood.push(`tone${ids.length > 1 ? "s" : ""}: ${ids.join(", ")}`);
  }
  if (slots.formats?.length)
    notes.understood.push(`format${slots.formats.length > 1 ? "s" : ""}: ${slots.formats.join(", ")}`);
  if (/\b(?:all|every|each)\s+(?:the\s+)?(?:formats?|sizes?)\b/i.test(text) && v.formats.length) {
    slots.formats = v.formats.map((f) => f.id);
    notes.understood.push(`formats: ${slots.formats.join(", ")} (all of them)`);
  }
  if (!slots.count) {
    const lone = loneNumber(text);
    if (lone) {
      slots.count = lone;
      notes.understood.push(`count: ${lone}`);
    }
  }
  if (!slots.count) return { field: "count", text: "How many variants should I make?" };
  return undefined;
}

/**
 * "new batch for DE, free shipping, 8, all formats", "run 12 on …", "maybe 5 of them": the one number a generation
 * request says that is not a ratio, a date, an id, part of an offer's name, a percentage, money or a seed.
 */
function loneNumber(text: string): number | undefined {
  const free = text
    .toLowerCase()
    .replace(/\b(?:ast|exp|rvw|tpl)_\w+/g, " ")
    .replace(/\b\d+(?:\.\d+)?:\d+\b/g, " ")
    .replace(/\b\d{4}-\d{2}-\d{2}\b/g, " ")
    .replace(/[\w-]*[a-z]-\d+[\w-]*|[\w-]*\d+-[a-z][\w-]*/g, " ")
    .replace(/\b(?:seed|v|version|top|limit)\s*\d+/g, " ")
    .replace(/[$€£]\s?\d[\d,.]*|\b\d+\s?%/g, " ")
    .replace(/\b\d+\s*(?:k|days?|weeks?|months?|years?|am|pm|s|sec|seconds?)\b/g, " ");
  const numbers = [...free.matchAll(/\b(\d{1,3})\b/g)].map((m) => Number(m[1]));
  return numbers.length === 1 && numbers[0]! >= 1 && numbers[0]! <= 200 ? numbers[0] : undefined;
}

function resolveExperiment(
  name: IntentName,
  slots: Slots,
  text: string,
  memory: ThreadMemory,
  v: Vocabulary,
  notes: Notes,
): string | undefined {
  const label = (id: string) => {
    const e = v.experiments.find((x) => x.id === id);
    return e ? `${e.name} (${id})` : id;
  };
  if (slots.experimentId && new RegExp(`\\b${slots.experimentId}\\b`).test(text)) {
    notes.understood.push(`experiment: ${label(slots.experimentId)}`);
    return undefined;
  }
  const named = matchExperiment(text.replace(/\b(?:ast|exp)_\w+/g, " "), v.experiments);
  if (named.kind === "one" && !mentionsTest(text) && name !== "status") {
    slots.experimentId = named.value.id;
    notes.understood.push(`experiment: ${named.value.name}`);
    return undefined;
  }
  if (mentionsTest(text) || name === "status") {
    const m = named;
    if (m.kind === "one") {
      slots.experimentId = m.value.id;
      notes.understood.push(`experiment: ${label(m.value.id)}`);
      return undefined;
    }
    if (m.kind === "many") return `Which experiment: ${choices(m.values.map((e) => e.name))}?`;
    // Verbs and fillers before "test" are not its name: "stop the experiment" names none.
    const saidName = nameBeforeTest(text);
    if (saidName && !memory.lastExperimentId && v.experiments.length)
      return `I don't see an experiment called "${saidName}". Which one: ${choices(offerable(name, v.experiments).map((e) => e.name))}?`;
  }
  const remembered = memory.lastExperimentId;
  if (remembered) {
    slots.experimentId = remembered;
    notes.understood.push(`experiment: ${label(remembered)} (from this thread)`);
    return undefined;
  }
  delete slots.experimentId;
  if (name === "top_performers") return undefined;
  if (!v.experiments.length) return NO_EXPERIMENTS;
  // Stop and rebalance act on running tests, promote on running or decided ones never promoted: with exactly one
  // such experiment there is nothing to ask (the Confirm still names it); a read-out falls back to the newest.
  const candidates = offerable(name, v.experiments);
  const pool = name === "status" && !candidates.length ? v.experiments.slice(0, 1) : candidates;
  if (pool.length === 1) {
    const only = pool[0]!;
    slots.experimentId = only.id;
    notes.understood.push(
      `experiment: ${label(only.id)} (${LIVE_STATUSES.has(only.status) ? "the only running one" : name === "promote" ? "the only one with a winner to promote" : "the newest"})`,
    );
    return undefined;
  }
  if (!pool.length && name !== "status") {
    const what = name === "promote" ? "with a winner left to promote" : "running";
    return `${NO_CANDIDATE}There is no experiment ${what} right now (${choices(v.experiments.map((e) => `${e.name}: ${e.status}`))}).`;
  }
  const listed = (pool.length ? pool : v.experiments).map((e) => e.name);
  const verb = name === "promote" ? "promote the winner of" : name === "stop_experiment" ? "stop" : "look at";
  return `Which experiment should I ${verb}: ${choices(listed)}?`;
}

function adNamedInList(
  text: string,
  tool: McpToolInfo,
  slots: Slots,
  input: PlanInput,
): { slots: Slots; said: string } | undefined {
  const props = tool.inputSchema.properties ?? {};
  const labels = input.memory.lastCall?.labels;
  if (!labels || !("platformAdId" in props) || slots.platformAdId) return undefined;
  const listed = (input.vocabulary.assets ?? []).filter((a) => labels[a.id] && adOfLabel(labels[a.id]!));
  const m = matchAsset(text, listed);
  if (m.kind !== "one") return undefined;
  const ad = adOfLabel(labels[m.value.id]!)!;
  return { slots: { ...ad }, said: `${ad.platform} ad ${ad.platformAdId} (“${m.value.name}”)` };
}

const SELF =
  /\b(?:remove|add|take|drop|kick|make|give|invite|revoke)\s+(?:me|myself)\b|\bmy (?:role|access|approver role)\b/i;

/** Archive and tag act on assets named in the message or shown in this thread; without any, ask which. */
function manyAssetsQuestion(name: IntentName, slots: Slots, memory: ThreadMemory): string | undefined {
  if (name !== "archive" && name !== "tag_assets") return undefined;
  if (!slots.assetIds?.length && memory.lastAssetIds?.length && name === "tag_assets")
    slots.assetIds = memory.lastAssetIds;
  if (!slots.assetIds?.length && memory.lastAssetIds?.length === 1) slots.assetIds = memory.lastAssetIds;
  if (slots.assetIds?.length) {
    if (name === "archive") slots.assetIds = slots.assetIds.slice(0, 1);
    return undefined;
  }
  const what = slots.nameContains ? ` ${slots.nameContains} assets` : " assets";
  return name === "archive"
    ? `Which${what} should I archive? Paste their ids or links, or find them first (\`find ${slots.nameContains ?? "old banners"}\`) and say \`archive the second one\`.`
    : "Which assets should I tag? Paste their ids or links, share the images here, or find them first and say `tag them`.";
}

/** The listed assets some word of the message names (a word in some of their names, not all), if any. */
function narrowedByWords(
  text: string,
  listed: string[],
  assets: NonNullable<Vocabulary["assets"]>,
): string[] | undefined {
  const names = new Map(assets.filter((a) => listed.includes(a.id)).map((a) => [a.id, new Set(tokens(a.name))]));
  if (names.size < 2) return undefined;
  const words = tokens(text).filter(
    (w) => w.length >= 4 && !/^(these|those|them|ones|from|with|please|tag|archive)$/.test(w),
  );
  const naming = words.filter((w) => {
    const hits = [...names.values()].filter((n) => n.has(w)).length;
    return hits > 0 && hits < names.size;
  });
  if (!naming.length) return undefined;
  const kept = listed.filter((id) => naming.some((w) => names.get(id)?.has(w)));
  return kept.length && kept.length < listed.length ? kept : undefined;
}

/** Variants this thread generated, for "test them". */
function generatedInThread(memory: ThreadMemory): string[] {
  return memory.lastCall?.tool === "generate_variants"
    ? (memory.lastCall.ids ?? []).filter((id) => id.startsWith("ast_"))
    : [];
}

function questionFor(field: string, intent: Intent, v: Vocabulary): string {
  if (/^(experiment|experimentId)$/.test(field))
    return `Which experiment: ${choices(v.experiments.map((e) => e.name)) || "an exp_… id"}?`;
  if (/^(id|assetId|assetIds|ids)$/.test(field)) return "Which asset? Paste its id (ast_…) or its dashboard link.";
  if (field === "brand") return `Which brand: ${choices(v.brands.map((b) => b.slug)) || "its slug"}?`;
  if (field === "audience") return `Which audience: ${choices(v.audiences.map((a) => a.id))}?`;
  if (field === "offer") return `Which offer: ${choices(v.offers.map((o) => o.id))}?`;
  if (field === "count") return "How many variants should I make?";
  if (field === "name" || field === "slug") return "What's the brand called?";
  if (/^(user|userRef|member|email|slackUserId)$/.test(field)) return "Who? @-mention them or give their e-mail.";
  if (field === "role") return "As which role: approver, reviewer or marketer?";
  if (/platformAdId|adId/.test(field))
    return "Which ad? Say the platform and the ad id, e.g. `meta ad 23851234567890`.";
  if (field === "platform") return "Which platform: meta, google_ads or tiktok?";
  return `${describeIntent(intent.name)} needs ${field}: what should it be?`;
}

function describeBound(args: Record<string, unknown>, slots: Slots, notes: Notes) {
  const from = (args.from ?? args.since) as string | undefined;
  const to = (args.to ?? args.until) as string | undefined;
  if ((from || to) && slots.datePhrase)
    notes.understood.push(describeRange({ from: from ?? "…", to: to ?? "today", phrase: slots.datePhrase }));
  if (args.metric && typeof args.metric === "string") notes.understood.push(`metric: ${args.metric}`);
  if (args.platform) notes.understood.push(`platform: ${args.platform}`);
  if (typeof args.limit === "number" && slots.limit) notes.understood.push(`top ${args.limit}`);
  if (typeof args.count === "number") notes.understood.push(`count: ${args.count}`);
  if (typeof args.query === "string" && args.query) notes.understood.push(`search: "${args.query}"`);
}

function unusedNote(slot: string, slots: Slots, tool: string): string | undefined {
  if ((slot === "from" || slot === "to") && slots.datePhrase)
    return slot === "from" ? `dates (${slots.datePhrase}): ${tool} has no date range` : undefined;
  if (slot === "platform") return `platform ${slots.platform}: ${tool} does not filter by platform`;
  if (slot === "audience") return `audience ${slots.audience}: ${tool} does not take an audience`;
  if (slot === "limit" || slot === "count") return undefined;
  if (slot === "tone" || slot === "slots") return `tone: ${tool} does not take a tone`;
  return undefined;
}

/**
 * An answer to the question asked last in this thread ("8", "Gen Z", "the spring one") completes that request.
 * A message that is a request of its own is taken as it is.
 */
function completePending(text: string, memory: ThreadMemory, now: Date): string {
  const pending = memory.pending;
  if (!pending) return text;
  delete memory.pending;
  const words = text.trim().split(/\s+/).length;
  const own = routeIntent(text, {}, { now });
  const pendingIntent = routeIntent(pending.text, {}, { now });
  if (words > 6 || (own && own.name !== "search" && own.name !== pendingIntent?.name)) return text;
  const answer = text.trim().replace(/[.!?]+$/, "");
  if (pending.field === "count") {
    const n = answer.match(/\d{1,3}/)?.[0];
    return n ? `${pending.text} ${n} variants` : `${pending.text} ${answer}`;
  }
  if (pending.field === "audience" || pending.field === "brand") return `${pending.text} for ${answer}`;
  if (pending.field === "offer") return `${pending.text} with ${answer}`;
  if (pending.field === "experiment") return `${pending.text} (${answer} test)`;
  return `${pending.text} ${answer}`;
}

export { INTENT_TOOLS };
