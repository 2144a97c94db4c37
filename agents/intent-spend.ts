import { platformOf } from "./intent-slots.ts";

/**
 * Which money a "spend" question is about: ad spend on a platform ("what's our spend on IG since the 1st?" — the ads'
 * own numbers, ranked by spend) or what generating cost ("AI image spend in Q1, by model" — the cost ledger). A
 * message that names neither is left to the other rules.
 */
const SPEND = /\b(spend|spent|spending|cost|costs|burn|burned|burnt|budget)\b/;
const GENERATION =
  /\b(ai|generation|generations|generating|generated|renders?|rendering|image gen|models?|tokens?|prompts?|llms?|openai|anthropic|providers?|api bill)\b/;
const ADS = /\b(ad spend|media spend|on ads|paid social|campaign spend)\b/;

export function spendKind(lower: string): "ads" | "generation" | undefined {
  // "return on ad spend", "cost per acquisition" are rates a ranking reads, not money asked about.
  if (!SPEND.test(lower.replace(/\breturn on (?:ad )?spend\b|\bcost[- ]per[- ]\w+/g, " "))) return undefined;
  if (GENERATION.test(lower)) return "generation";
  if (platformOf(lower) || ADS.test(lower)) return "ads";
  return undefined;
}
