import { copyFromThread } from "./check-copy.ts";
import { brandPatchArgs } from "./intent-brand-admin.ts";
import { routeIntent } from "./intent-router.ts";
import { newBrandSlots } from "./intent-slots.ts";
import { normalise } from "./intent-text.ts";
import { OWN_ACTIONS } from "./intent-topics.ts";
import { INTENT_TOOLS, type Slots } from "./intent-types.ts";
import { withinSchema } from "./plan-bounds.ts";
import { scrubPlan } from "./plan-scrub.ts";
import { choices, escapeRe } from "./resolve.ts";
import {
  asksAboutAsset,
  asksForListing,
  changesOneAsset,
  experimentOfAsset,
  fillListing,
  likeOneAsset,
  listedByStatus,
  nameAssets,
  namedFirst,
  replacedVersion,
  showsOneAsset,
  testMetric,
  threadAssets,
} from "./router-assets.ts";
import { carryReadScope } from "./router-followup.ts";
import { planWithFiles } from "./router-plan-files.ts";
import type { Notes, PlanInput, RouterPlan } from "./router-plan-types.ts";
import {
  choicesOf,
  completePending,
  describeBound,
  describeIntent,
  listedIn,
  questionFor,
  unusedNote,
} from "./router-questions.ts";
import { reread } from "./router-reread.ts";
import { firstAskFirst, intentForTool, rescue } from "./router-rescue.ts";
import {
  audienceByWord,
  mentionsTest,
  NO_CANDIDATE,
  NO_EXPERIMENTS,
  resolveAudience,
  resolveExperiment,
  resolveGeneration,
} from "./router-resolve.ts";
import { reviewOutcome, reviewReasons, reviewReasonsPatch } from "./router-review.ts";
import { suggestFor } from "./router-suggest.ts";
import {
  ASSET_INTENTS,
  AUDIENCE_INTENTS,
  adNamedInList,
  BRAND_INTENTS,
  COMMON_WORDS,
  EXPERIMENT_INTENTS,
  generatedInThread,
  hasCopy,
  manyAssetsQuestion,
  narrowedByWords,
  required,
  SELF,
  slugify,
} from "./router-targets.ts";
import { planInThread } from "./router-thread.ts";
import { dictated, quotedQuery, reasonFieldPatch } from "./said-text.ts";
import { cleanQuery, contrastQuery } from "./search-words.ts";
import { auditedInThread } from "./slot-audit.ts";
import { bindSlots } from "./slot-binder.ts";
import { fillBreakdown } from "./slot-cost.ts";
import { carryPeriod, fillDateRange } from "./slot-dates.ts";
import { bannedPhrasePatch, fillFromText, membersNamedIn } from "./slot-fill.ts";
import { fillNamed, nameAnew, withoutName } from "./slot-names.ts";
import { audienceOfThread, explicitDefaults, fillPerformance } from "./slot-performance.ts";
import { fillBySchema } from "./slot-schema.ts";
import { fillByShape } from "./slot-shapes.ts";
import { templateFromWords } from "./template-from-words.ts";
import { heldByThread, platformOfTest, scopeOfListed, threadExperiment, undoneArgs } from "./thread-args.ts";

/**
 * Plans one message by the rules, in order: the thread's own follow-ups, then the phrase rules and their rescue, then
 * the brand, audience, generation, experiment and assets it acts on, then the tool's arguments and the notes of what
 * was understood and ignored. Files shared with the message go to router-plan-files.ts.
 */
/** A message that goes on from the last one: "and …", "also …", "+ …", "same …", "then …". */
const CONTINUES = /^(?:(?:ok(?:ay)?|cool|great|nice|perfect)[,!.]?\s+)?(?:and|also|plus|then|same|\+|&)\b/i;

const THANKS = /^(thanks|thank you|thx|ty|cheers|great|cool|nice|perfect|awesome|brilliant|got it|sounds good)\b/i;

/** The message without the other requests it makes ("… and arma un test con los dos primeros"): what they say is theirs. */
function withoutOtherAsks(text: string, also: string[] | undefined, now: Date): string {
  let out = text;
  for (const ask of also ?? []) {
    const own = routeIntent(ask, {}, { now });
    if (own && own.name !== "search" && own.name !== "help") out = out.replace(ask, " ");
  }
  return out;
}

/**
 * A sentence that only thanks, apologises or acknowledges ("Thank you.", "I am sorry to bother you.", "Good.",
 * "Genau.", "oh thank you —", "Braw."), said before the ask: the ask is what follows it.
 */
const COURTESY =
  /^\W*(?:(?:oh|ah|aw|hi|hey|hello|ok(?:ay)?|good|great|perfect|cool|nice|fine|noted|right|alright|lovely|brilliant|super|awesome|amazing|wonderful|braw|aye|well done|genau|gut|prima|parfait|merci(?: beaucoup)?|gracias|danke(?: schön)?|obrigad[oa]|perfecto|vale|listo|thanks?(?: you)?(?: (?:so|very) much| a lot| again| a ton)?|thx|ty|cheers|sorry|(?:i(?: am|'m) )?sorry(?: to (?:bother|trouble) you)?(?: again)?|got it|understood|makes sense|that'?s (?:great|perfect|helpful|clear|useful))[\s,]*)+(?:[.!]+|\s[—–-])\s+/i;

export function withoutCourtesy(text: string): string {
  let rest = text;
  for (let m = rest.match(COURTESY); m; m = rest.match(COURTESY)) {
    const after = rest.slice(m[0].length);
    if (after.trim().split(/\s+/).length < 2) break;
    rest = after;
  }
  return rest;
}

export function planRoute(given: PlanInput): RouterPlan {
  // Punctuation said in words ("quote … end quote", "comma"): written out before anything reads the message. A sentence
  // that only thanks or apologises before the ask is dropped (withoutCourtesy).
  const input = {
    ...given,
    text: withoutCourtesy(dictated(given.text)),
    memory: namedFirst(given.memory, given.vocabulary.assets ?? []),
  };
  if (input.files?.length) return scrubPlan(planWithFiles(input, planRoute), input.vocabulary);
  const before = structuredClone(input.memory);
  const plan = reread(planByRules(input), { ...input, memory: before }, planByRules);
  return scrubPlan(withinSchema(plan, input.text), input.vocabulary);
}

function planByRules(input: PlanInput): RouterPlan {
  if (input.files?.length) return planWithFiles(input, planRoute);
  const notes: Notes = { understood: [], ignored: [] };
  const inThread = planInThread(input, notes);
  if (inThread.plan && !input.prefer)
    return inThread.plan.kind === "call" && input.memory.lastCall?.tool === inThread.plan.tool.name
      ? {
          ...inThread.plan,
          // 'ok what about "…"', "and without 'clinically'?": the copy a follow-up names, not the last one.
          args: nameAnew(
            inThread.plan.tool,
            copyFromThread(inThread.plan.tool, inThread.plan.args, input.text, input.memory, inThread.plan.understood),
            input.text,
            inThread.plan.understood,
          ),
          followUp: true,
        }
      : inThread.plan;
  const text = completePending(inThread.text ?? input.text, input.memory, input.now);
  const ruled = firstAskFirst(rescue(text, routeIntent(text, input.memory, { now: input.now }), input), input);
  const preferred =
    input.prefer && !ruled?.tools.includes(input.prefer) ? intentForTool(input.prefer, text, input) : ruled;
  // A question about one asset's rights, owner, status or review reads that asset (router-assets.ts).
  // "the new box shot replaces the old Ember shot": a new version of a library asset, both named (router-assets.ts).
  const replaced = input.prefer ? undefined : replacedVersion(text, input);
  // "Mara's licence was renewed through end of October, can you update it?": a new value for a field of one asset is a
  // change of that asset, not a read of it (router-assets.ts).
  const changed = replaced ? undefined : changesOneAsset(preferred, text, input, planByRules);
  if (changed) return changed;
  // "more in the spirit of the trail at dawn hero photo": a lookalike of the one asset named (router-assets.ts).
  const alike = input.prefer ? undefined : likeOneAsset(preferred, text, input);
  // "which assets are in needs_review?": a listing by a status the listing tool names (router-assets.ts).
  const byStatus = input.prefer || alike ? undefined : listedByStatus(preferred, text, input);
  // "show me the trail at dawn hero photo": one asset named whole is that asset (router-assets.ts).
  const shown = input.prefer || alike || byStatus ? undefined : showsOneAsset(preferred, text, input);
  const intent = replaced
    ? replaced
    : alike || byStatus || shown
      ? { ...(alike ?? byStatus ?? shown)!, also: preferred?.also }
      : !input.prefer && asksAboutAsset(preferred, text, input)
        ? { name: "show_asset" as const, tools: INTENT_TOOLS.show_asset, slots: {}, also: preferred?.also }
        : preferred;
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
  // The reader's tool, when the intent serves several ("list the scene photos": list_assets, not search_assets).
  // A search that names a family of assets or the day rights must hold is a listing ("the April shoot pics").
  const first = input.prefer ?? (asksForListing(intent, text, input) ? "list_assets" : undefined);
  const order =
    first && intent.tools.includes(first)
      ? [first, ...intent.tools.filter((t) => t !== first)]
      : intent.name === "archive" && input.memory.lastCall?.tool === "library_review"
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
  // Listing brands takes the one a setting is asked of ("what's the approval policy?"), never for "which brands".
  const allBrands = intent.name === "list_brands" && /\bbrands\b/i.test(text);
  if (intent.name !== "create_brand" && !allBrands) {
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
  // Any tool with an audience field takes one ("a ROAS test for city runners" → create_experiment's audience).
  if (AUDIENCE_INTENTS.has(intent.name) || "audience" in (tool.inputSchema.properties ?? {})) {
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
    const byWord = intent.name === "generate" && !slots.audience ? audienceByWord(text, v) : undefined;
    if (byWord) {
      slots.audience = byWord;
      notes.understood.push(`audience: ${byWord}`);
    }
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
  const named = nameAssets(intent, tool, text, input, slots, notes);
  if (named) return ask("asset", named.question, named.options);
  // "new brand. Kestrel Trail. slug kestrel-trail. set it up": the name and slug said in the message's other sentences.
  if (intent.name === "create_brand" && !slots.name)
    for (const [k, val] of Object.entries(newBrandSlots(text))) slots[k as "name"] ??= val as string;
  if (intent.name === "create_brand" && slots.name && !slots.slug) {
    slots.slug = slugify(slots.name);
    notes.understood.push(`slug: ${slots.slug} (from the name)`);
  }
  if (intent.name === "check_brand" && !hasCopy(slots) && !slots.assetIds?.length) {
    // "check it again with the newest rules": the thread's last copy (filled below, agents/check-copy.ts).
    const again = Object.keys(copyFromThread(tool, {}, text, input.memory, [])).some(
      (k) => k === "copy" || k === "text",
    );
    if (input.memory.lastAssetIds?.length) slots.assetIds = input.memory.lastAssetIds.slice(0, 1);
    else if (!again)
      return ask(
        "asset",
        "What should I check? Paste the copy (after `check:` or on its own lines), or give an asset id (ast_…).",
      );
  }
  const thread = threadAssets(input.memory, v.assets ?? []);
  if (
    ["lineage", "show_asset", "feedback", "similar", "link_deployment", "request_review"].includes(intent.name) &&
    !slots.assetIds?.length &&
    thread.length
  ) {
    slots.assetIds = thread.slice(0, 1);
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
    if (!slots.assetIds?.length) notes.understood.push(`arms: ${arms.length} variant(s) from this thread`);
    slots.arms = arms;
    delete slots.assetIds;
    slots.metric ??= testMetric(text, tool);
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
  // "can I see what I've done this week?": the audit trail of the person asking.
  if (input.asker && tool.name === "list_audit_events" && !slots.person && OWN_ACTIONS.test(lowerText)) {
    slots.person = input.asker;
    notes.understood.push("person: you");
  }
  // "sorry, she must be viewer, not editor" right after adding her: the person of the thread's last member change —
  // unless the message names someone ("add Maya as approver too, she's taking over his queue").
  const lastMember = input.memory.lastCall;
  if (
    /^(?:add_member|remove_member)$/.test(intent.name) &&
    !slots.user &&
    !membersNamedIn(text, v).length &&
    lastMember &&
    /^(?:add|remove)_brand_member$/.test(lastMember.tool) &&
    /\b(?:she|her|he|him|they|them|elle|lui)\b/i.test(text)
  ) {
    const person = Object.fromEntries(
      ["slackUserId", "email", "name", "member"].flatMap((k) =>
        typeof lastMember.args[k] === "string" ? [[k === "member" ? "user" : k, lastMember.args[k]]] : [],
      ),
    );
    if (Object.keys(person).length) {
      Object.assign(slots, person);
      notes.understood.push("member: the one just changed");
    }
  }
  // "unlink the social proof one" after the linked ads were listed: the ad of the listed asset the words name.
  const ad = adNamedInList(text, tool, slots, input);
  if (ad) {
    Object.assign(slots, ad.slots);
    notes.understood.push(ad.said);
  }
  const binding = bindSlots(tool, slots);
  binding.args = experimentOfAsset(tool, binding.args, v, notes.understood);
  binding.args = fillFromText(tool, binding.args, text, v, notes.understood);
  binding.args = fillNamed(tool, binding.args, text, v, notes.understood);
  // "rename … to Spring hero final": the words read as the new name are not read again as a date or a value.
  const rest = withoutName(text, binding.args.name);
  binding.args = fillByShape(tool, binding.args, rest, input.now, notes.understood);
  binding.args = fillListing(tool, binding.args, text, v, notes.understood);
  binding.args = fillBySchema(
    tool,
    binding.args,
    text,
    input.tools.map((t) => t.name),
    notes.understood,
  );
  binding.args = auditedInThread(
    tool,
    binding.args,
    text,
    input.memory.lastCall,
    input.tools.map((t) => t.name),
    notes.understood,
  );
  binding.args = fillPerformance(tool, binding.args, text, v, notes.understood);
  binding.args = fillBreakdown(tool, binding.args, withoutOtherAsks(text, intent.also, input.now), notes.understood);
  binding.args = fillDateRange(
    tool,
    binding.args,
    withoutOtherAsks(text, intent.also, input.now),
    input.now,
    notes.understood,
  );
  binding.args = bannedPhrasePatch(tool, binding.args, text, notes.understood);
  binding.args = reviewReasonsPatch(tool, binding.args, text, notes.understood, input.memory.lastCall);
  binding.args = reasonFieldPatch(tool, binding.args, text, notes.understood, reviewReasons);
  binding.args = brandPatchArgs(tool, binding.args, text, v, notes.understood, input.memory.lastCall);
  binding.args = templateFromWords(tool, binding.args, text, v, notes.understood);
  binding.args = copyFromThread(tool, binding.args, text, input.memory, notes.understood);
  if (tool.name === "search_assets" && typeof binding.args.query === "string")
    binding.args.query = cleanQuery(binding.args.query, v);
  binding.args = quotedQuery(tool, binding.args, text);
  binding.args = contrastQuery(tool, binding.args, text, v);
  binding.args = undoneArgs(tool, binding.args, input.memory.lastCall, notes.understood);
  binding.args = scopeOfListed(tool, binding.args, input.memory.lastCall, notes.understood);
  binding.args = threadExperiment(tool, binding.args, text, input.memory, v, notes.understood);
  binding.args = platformOfTest(tool, binding.args, text, input.memory, v, notes.understood);
  binding.args = heldByThread(tool, binding.args, text, input.memory, v, notes.understood);
  binding.missing = binding.missing.filter((k) => binding.args[k] === undefined);
  // A library review said in words: its status, or a renewal while working the review list (router-review.ts).
  const reviewed = reviewOutcome(
    tool,
    binding.args,
    text,
    v.assets ?? [],
    input.memory.lastCall,
    input.tools,
    notes.understood,
  );
  const reviewTool = reviewed && input.tools.find((t) => t.name === reviewed.tool);
  if (reviewed && reviewTool && reviewTool !== tool) {
    describeBound(reviewed.args, slots, notes);
    return { kind: "call", intent, tool: reviewTool, args: reviewed.args, ...notes };
  }
  if (reviewed) {
    binding.args = reviewed.args;
    binding.missing = binding.missing.filter((k) => binding.args[k] === undefined);
  }
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
  binding.args = carryReadScope(tool, binding.args, text, last, notes.understood);
  binding.args = carryPeriod(tool, binding.args, text, input.now, last, notes.understood);
  binding.args = audienceOfThread(tool, binding.args, text, last, notes.understood);
  binding.args = explicitDefaults(tool, binding.args, notes.understood);
  describeBound(binding.args, slots, notes);
  if (intent.name === "review_queue" && intent.slots.reason) notes.understood.push(intent.slots.reason);
  for (const slot of binding.unused) {
    const note = unusedNote(slot, slots, tool.name);
    if (note) notes.ignored.push(note);
  }
  return { kind: "call", intent, tool, args: binding.args, ...notes };
}
