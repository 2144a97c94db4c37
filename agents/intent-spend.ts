import { platformOf } from "./intent-slots.ts";

/**
 * Which money a "spend" question is about: ad spend on a platform ("what's our spend on IG since the 1st?" — the ads'
 * own numbers, ranked by spend) or what generating cost ("AI image spend in Q1, by model" — the cost ledger). A
 * message that names neither is left to the other rules.
 */
const SPEND = /\b(spend|spent|spending|cost|costs|burn|burned|burnt|budget)\b/;
const GENERATION =
  /\b(ai|generation|generations|generating|generated|renders?|rendering|image gen|models?|tokens?|prompts?|llms?|openai|anthropic|providers?|api bill)\b/;
const ADS =
  /\b(ad spend|ads? budget|media spend|paid social|campaign spend|(?:on|en|in|em|su|für|auf) (?:ads|anuncios|publicidad|pubs?|publicit[ée]s?|pubblicit[àa]|werbung|anzeigen))\b/;
/** Spend split by what ran ("spend per creative", "each arm", "by audience"): the ads' numbers, not the ledger's. */
const PER_AD =
  /\b(?:per|by|each|every|on each|for each)\s+(?:creative|asset|ad|arm|audience|spot|variant|placement)s?\b/;
/** The spend of a test: its name or the thread's ("how much has this spent?", "spend to date on this one"). */
const SPEND_ITSELF = /\b(spend|spent|spending|burn|burned|burnt)\b/;

/**
 * `aboutTest`: the message names a test, or points at the thread's ("this", "it") — a test's spend is its ads'
 * spend (the ranking scoped to it), never the generation ledger.
 */
export function spendKind(lower: string, aboutTest = false): "ads" | "generation" | undefined {
  // "return on ad spend", "cost per acquisition" are rates a ranking reads, not money asked about.
  if (!SPEND.test(lower.replace(/\breturn on (?:ad )?spend\b|\bcost[- ]per[- ]\w+/g, " "))) return undefined;
  if (GENERATION.test(lower)) return "generation";
  if (platformOf(lower) || ADS.test(lower) || (PER_AD.test(lower) && SPEND_ITSELF.test(lower))) return "ads";
  if (aboutTest && SPEND_ITSELF.test(lower)) return "ads";
  return undefined;
}
