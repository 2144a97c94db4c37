/**
 * The second look when the phrase rules read a message weakly or not at all: the workspace's own words (prompts,
 * people, offers, templates, experiments), the lexicon's vote and the tools' own words pick the intent; a first order
 * the rules did not read comes first.
 */

import type { Vocabulary } from "../core/intents/vocabulary.ts";
import { promptAsk } from "./intent-admin.ts";
import { dateSlots, extractSlots } from "./intent-extract.ts";
import { LEXICON_PLAIN, lexiconGuess } from "./intent-lexicon.ts";
import { routeIntent } from "./intent-router.ts";
import { formatList } from "./intent-slots.ts";
import { normalise } from "./intent-text.ts";
import { ASKS_WHO } from "./intent-topics.ts";
import { INTENT_TOOLS, type Intent, type IntentName, type Slots } from "./intent-types.ts";
import { escapeRe, matchExperiment, tokens, valuesNamedIn } from "./resolve.ts";
import { campaignLineage } from "./router-campaigns.ts";
import type { PlanInput } from "./router-plan-types.ts";
import { mentionsTest } from "./router-resolve.ts";
import { guessTool } from "./router-toolscore.ts";
import { membersNamedIn } from "./slot-fill.ts";

/**
 * What the workspace's own words say when the phrasing alone did not: a prompt named ("the ad copy prompt"), an offer
 * or audience with a count or format (a generation without a verb), an experiment named without "test".
 */
export function rescue(text: string, intent: Intent | undefined, input: PlanInput): Intent | undefined {
  const v = input.vocabulary;
  const lower = normalise(text).toLowerCase();
  const campaign = campaignLineage(text, v);
  if (campaign) return campaign;
  // A message about one asset ("where did ast_… come from? which prompt + model") asks about that asset's making.
  const aboutAsset = !!intent?.slots.assetIds?.length && intent.name !== "search";
  // "who changed the prod label on kestrel-ad-copy?": the prompt is what was changed; who did it is the audit trail.
  const audited = !!intent?.tools.includes("list_audit_events") && ASKS_WHO.test(lower);
  const prompt = aboutAsset || audited ? undefined : promptAsk(lower, v.prompts, input.memory.lastCall);
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
  const byTool = guessTool(lower, input.tools, 5, workspaceWords(v));
  if (byTool) return intentForTool(byTool.tool, text, input);
  return intent;
}

/** The words of the workspace's own names (audiences, offers, tests, templates, brands, assets…). */
function workspaceWords(v: Vocabulary): Set<string> {
  const names = [
    ...[v.audiences, v.offers, v.tones, v.templates].flatMap((values) => values.flatMap((x) => x.names)),
    ...v.experiments.flatMap((e) => [e.name, ...(e.audienceNames ?? [])]),
    ...v.brands.flatMap((b) => [b.slug, b.name]),
    ...(v.assets ?? []).map((a) => a.name),
    ...(v.campaigns ?? []).map((c) => c.name),
    ...v.prompts,
  ];
  return new Set(tokens(names.join(" ")));
}

/** A tool chosen by its words rather than by a phrase rule, read again by the rules so they fill its arguments. */
export function intentForTool(tool: string, text: string, input: PlanInput): Intent {
  const name = intentOfTool(tool);
  const routed = name ? routeIntent(`${plainFor(name) ?? ""} ${text}`, input.memory, { now: input.now }) : undefined;
  if (routed?.tools.includes(tool)) return routed;
  return {
    name: name ?? "tool",
    tools: [tool],
    slots: { ...extractSlots(text), ...dateSlots(text, input.now) },
  };
}

/** "import kestrel/2027-04-shoot and tag everything": the first order, read by the tools' words, comes first. */
export function firstAskFirst(intent: Intent | undefined, input: PlanInput): Intent | undefined {
  if (!intent?.firstAsk) return intent;
  const first = rescue(intent.firstAsk, undefined, input);
  if (!first || first.name === "help" || first.name === intent.name) return intent;
  return { ...first, also: [...(first.also ?? []), input.text.slice(intent.firstAsk.length).trim()] };
}

const QUESTION_FORM =
  /^(?:(?:so|ok|okay|hmm|hey|quick q)[\s,:]+)*(?:are|is|did|does|do|what|what's|whats|how|why|when|which|who|has|have|was|were|can we|could we)\b/;

/** The intent a tool belongs to, when one names it. */
function intentOfTool(tool: string): IntentName | undefined {
  return (Object.entries(INTENT_TOOLS) as [IntentName, string[]][]).find(([, tools]) => tools.includes(tool))?.[0];
}
const plainFor = (name: IntentName) => LEXICON_PLAIN.get(name);
