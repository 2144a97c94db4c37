import { platformOf } from "./intent-slots.ts";
import { oneTypo } from "./resolve.ts";

/**
 * Which money a "spend" question is about: ad spend on a platform ("what's our spend on IG since the 1st?" — the ads'
 * own numbers, ranked by spend) or what generating cost ("AI image spend in Q1, by model" — the cost ledger). A
 * message that names neither is left to the other rules.
 */
const SPEND = /\b(spend|spent|spending|cost|costs|costing|burn|burned|burnt|budget)\b/;
/**
 * What generating is called: the words, "gen" for short (never "gen z"), a batch of variants, and one slip in the
 * long words ("genration", "generaton").
 */
const GENERATION =
  /\b(ai|generation|generations|generating|generated|generate|renders?|rendering|image gen|gen(?![\s-]*(?:z|zed|zers?|x|y|alpha)\b)|batch(?:es)?|models?|tokens?|prompts?|llms?|openai|anthropic|providers?|api bill)\b|\b(?:mak(?:e|ing)|makign|produc(?:e|ing)|creat(?:e|ing))\s+(?:all\s+)?(?:the\s+|these\s+|those\s+|our\s+)?(?:creatives?|ads|variants|images|copy|stuff|them|these|theese|those)\b/;
const GENERATION_WORDS = ["generation", "generating", "generated"];
const ADS =
  /\b(ad spend|ads? budget|media spend|paid social|campaign spend|(?:on|en|in|em|su|für|auf) (?:ads|anuncios|publicidad|pubs?|publicit[ée]s?|pubblicit[àa]|werbung|anzeigen))\b/;
/** Spend split by what ran ("spend per creative", "each arm", "by audience"): the ads' numbers, not the ledger's. */
const PER_AD =
  /\b(?:per|by|each|every|on each|for each)\s+(?:creative|asset|ad|arm|audience|spot|variant|placement|platform|channel)s?\b/;
/** The spend of a test: its name or the thread's ("how much has this spent?", "spend to date on this one"). */
const SPEND_ITSELF = /\b(spend|spent|spending|burn|burned|burnt|burning)\b/;
/** Money the ads themselves spend: "the trail ads spend". */
const ADS_SPEND = /\bads?\s+(?:spend|spent|spending|burn\w*)\b/;
/** Money burnt with nothing said about what on ("what's burning money rn"): the ads'. */
const MONEY_BURNT = /\bburn[a-z]*\s+(?:through\s+)?(?:the\s+)?(?:most\s+)?(?:money|cash|budget)\b/;
/** Money put into ads in everyday verbs: "how much have we chucked at meta ads", "sunk into tiktok this month". */
const MONEY_PUT =
  /\bhow much\b.*\b(?:chuck|throw|threw|thrown|sunk|sink|blow|blew|blown|splash|pour|dump|put|pump)\w*\s+(?:\w+\s+)?(?:at|on|into)\s+(?:the\s+|our\s+)?(?:ads?|meta|tiktok|tik tok|google|facebook|fb|instagram|ig|insta|youtube|campaigns?|paid)\b/;

/** Where one part of a message ends and the next begins: "…? and …", "… + …", "…; …", "… and the …". */
const PART_BREAK = /[?!;+]|\.\s|\band\b/;

/**
 * `aboutTest`: the message names a test, or points at the thread's ("this", "it") — a test's spend is its ads'
 * spend (the ranking scoped to it), never the generation ledger.
 */
export function spendKind(lower: string, aboutTest = false): "ads" | "generation" | undefined {
  // "return on ad spend", "cost per acquisition" are rates a ranking reads, not money asked about.
  const rates = lower.replace(/\breturn on (?:ad )?spend\b|\bcost[- ]per[- ]\w+/g, " ");
  if (MONEY_PUT.test(rates)) return "ads";
  if (!SPEND.test(rates) && !ADS_SPEND.test(rates) && !MONEY_BURNT.test(rates)) return undefined;
  // Both named ("March ad spend and generation spend side by side"): the first said is the ask's.
  const slip = lower.split(/[^a-z]+/).find((w) => w.length >= 8 && GENERATION_WORDS.some((g) => oneTypo(w, g)));
  const hits = [lower.search(GENERATION), slip ? lower.search(slip) : -1].filter((at) => at >= 0);
  const generated = hits.length ? Math.min(...hits) : -1;
  const perAd = PER_AD.test(lower) && SPEND_ITSELF.test(lower) ? [lower.search(SPEND_ITSELF)] : [];
  // "spend this week? and gen cost": money spent asked in a part of its own, before the generation part.
  const spentAt = rates.search(SPEND_ITSELF);
  const ownPart =
    spentAt >= 0 && generated > spentAt && PART_BREAK.test(lower.slice(spentAt, generated)) ? [spentAt] : [];
  const ads = [...[ADS, ADS_SPEND].map((re) => lower.search(re)), ...perAd, ...ownPart].filter((at) => at >= 0);
  if (generated >= 0 && !(ads.length && Math.min(...ads) < generated)) return "generation";
  if (platformOf(lower) || ads.length || MONEY_BURNT.test(lower)) return "ads";
  if (aboutTest && SPEND_ITSELF.test(lower)) return "ads";
  return undefined;
}
