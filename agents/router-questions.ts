/**
 * What a plan says back: how an intent is described, the question for a missing field (with the names it offers, so
 * "the second one" can answer it), what the bound arguments are understood as and which slots went unused, and how an
 * answer to the last question completes the request it was asked about.
 */
import type { Vocabulary } from "../core/intents/vocabulary.ts";
import { describeRange } from "./intent-dates.ts";
import { dateSlots } from "./intent-extract.ts";
import { requestWordsInEnglish } from "./intent-languages.ts";
import { routeIntent } from "./intent-router.ts";
import { performanceMetric, platformOf } from "./intent-slots.ts";
import { normalise, splitAsks } from "./intent-text.ts";
import type { Intent, IntentName, Slots, ThreadMemory } from "./intent-types.ts";
import { choices, matchExperiment, valuesNamedIn } from "./resolve.ts";
import type { Notes } from "./router-plan-types.ts";
import { mentionsTest } from "./router-resolve.ts";

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

/** The names a question offers, in the order it lists them, so "the second one" can answer it. */
export function listedIn(question: string, v: Vocabulary): string[] {
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

export const choicesOf = (names: string[]) => (names.length > 1 ? { choices: names } : {});

export function questionFor(field: string, intent: Intent, v: Vocabulary): string {
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

export function describeBound(args: Record<string, unknown>, slots: Slots, notes: Notes) {
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

export function unusedNote(slot: string, slots: Slots, tool: string): string | undefined {
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
export function completePending(text: string, memory: ThreadMemory, now: Date): string {
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

/**
 * An ask to make something that names none of what a generation needs: "need some content for the Bondi crew asap",
 * "can we do something for Giving Tuesday?", "make something for the Dolomites package". A colleague answers with a
 * question, not "I didn't catch that": what Winnow makes (ad variants from a template) and the workspace's
 * templates and audiences to pick from. The verb must make and its object be work in general (something, content,
 * ads, visuals, assets), not a thing of its own (a flyer, a video), which is another job.
 */
const MAKE_WHAT =
  /\b(?:make|create|produce|design|build|prepare|draft|put together|whip up|knock up|come up with|need|want|(?:can|could|should|shall) (?:we|you|u|i) (?:do|get)|let'?s do)\s+(?:(?:me|us|some|something|a|an|few|couple|of|new|more|fresh|quick|the)\s+){0,3}(something|anything|content|ads?|creatives?|visuals?|assets?|graphics?|imagery|artwork|stuff|materials?)\b/i;
/**
 * The same ask with words of its own between the verb and the work ("make an appeal ad", "a LinkedIn carousel",
 * "push notification images", "the same set"), or the work alone with what it is for ("ads for our store"). The
 * work is an ad or a set of them in any still format; a film, a reel, a poster or a code is another job, and "the top ads", "those banners" are ones
 * that exist.
 */
const MAKE_AD =
  /\b(?:make|create|produce|design|build|prepare|draft|put together|whip up|knock up|come up with|need|want|(?:can|could|should|shall) (?:we|you|u|i) (?:do|get))\s+(?:(?!(?:for|with|from|of|to|top|best|worst|winning|losing|running|live|existing|current|old|latest|last|approved|rejected|those|these|all)\b)[\w'-]+\s+){1,3}?(?:ads?|adverts?|creatives?|visuals?|banners?|carousels?|promos?|images|variants|variations|versions|set|batch)\b|^\W*(?:(?:some|new|more|fresh)\s+)?(?:ads|creatives|visuals|banners)\s+for\b/i;

export function whatToMake(
  text: string,
  v: Vocabulary,
): { question: string; pending: { text: string; field: string } } | undefined {
  const english = requestWordsInEnglish(text);
  const m = english.match(MAKE_WHAT) ?? english.match(MAKE_AD);
  if (!m || !v.templates.length) return undefined;
  const templates = v.templates.map((t) => t.names[0] ?? t.id);
  const audiences = v.audiences.map((a) => a.id);
  return {
    question: `What should I make for it? I make ad variants from a template (${choices(templates)})${
      audiences.length ? ` for an audience (${choices(audiences)})` : ""
    }: say which, and the offer and format if you have them.`,
    pending: { text: `make variants: ${text}`, field: "template" },
  };
}

/** "get me the numbers", "can you send me the figures for the report?": numbers asked for by that word alone. */
const NUMBERS_ASKED =
  /\b(?:get|give|send|show|pull|share|bring|need|want)\s+(?:me\s+|us\s+)?(?:the\s+|our\s+|some\s+)?(?:numbers|figures|stats|metrics)\b/i;
/** Words that say which numbers: ads, a test, money, a library thing. */
const NUMBERS_OF =
  /\b(?:ads?|creatives?|campaigns?|variants?|templates?|audiences?|hooks?|tones?|ctas?|costs?|spend|spent|budget|generation|taggers?|models?|prompts?|v\d+|ast_\w+)\b/i;

/**
 * "get me the numbers", "send me the numbers for the report": numbers, with nothing saying which (a test, a period, a
 * platform, a metric, ads or the generation cost). A colleague asks which; pulling a platform's metrics or "I didn't
 * catch that" answers a different message.
 */
export function whichNumbers(
  text: string,
  v: Vocabulary,
  now: Date,
): { question: string; pending: { text: string; field: string } } | undefined {
  const lower = requestWordsInEnglish(text).toLowerCase();
  // "Tagger v4 has run in shadow for a week. How does it compare? Send me the numbers.": the other sentences say which.
  if (splitAsks(normalise(text)).length > 1 || text.trim().split(/\s+/).length > 10) return undefined;
  if (!NUMBERS_ASKED.test(lower) || NUMBERS_OF.test(lower) || mentionsTest(lower) || platformOf(lower))
    return undefined;
  if (performanceMetric(lower).metric || dateSlots(text, now).from) return undefined;
  const named = [v.audiences, v.offers, v.templates].some((values) => valuesNamedIn(lower, values).length);
  // "until Friday", "by monday": when they are wanted by, not a test's name ("Black Friday").
  const about = lower.replace(/\b(?:until|till|by|before)\s+\w+/g, " ");
  if (named || matchExperiment(about, v.experiments).kind !== "none") return undefined;
  return {
    question:
      "Which numbers? A test's results (name the test), the top ads over a period (say when, and by which metric), or what generating the variants cost?",
    pending: { text, field: "subject" },
  };
}
