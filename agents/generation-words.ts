import type { Vocabulary, VocabularyValue } from "../core/intents/vocabulary.ts";
import { GENERIC, tokens, valuesNamedIn } from "./resolve.ts";

/**
 * What a generation brief says besides audience, offer, formats and count, read from its words: the quality stage
 * ("push it to final quality" → finalise, "cheapest possible, quality can be rough" → explore), a spend cap ("keep the
 * spend under $5" → budgetMicros), a hook to hold ("double down on challenge hooks", "around the 'benefit' territory")
 * and the template by its name, with or without the word ("4 Summer Heat ads", "a few summer ads", "the summer one").
 * Pure over the lower-cased text and the workspace's vocabulary.
 */
export function stageSaid(lower: string): "finalise" | "explore" | undefined {
  if (
    /\bfinal(?:i[sz]e|i[sz]ed|i[sz]ing)?\b(?:[- ]quality)?|\b(?:best|top|highest|high|full|production)[- ]quality\b|\bbest models?\b|\bfinal[- ]round\b/.test(
      lower,
    ) &&
    !/\bnot (?:the )?final/.test(lower)
  )
    return "finalise";
  if (
    /\bcheap(?:est)?\b|\brough\b|\bdrafts?\b|\bquick and dirty\b|\blow[- ](?:cost|quality)\b|\bexplore stage\b/.test(
      lower,
    )
  )
    return "explore";
  return undefined;
}

/** "keep the spend under $5", "max $20", "budget of $12.50", "cap it at 8 dollars": the cap in micros. */
export function budgetSaid(lower: string): number | undefined {
  const m = lower.match(
    /\b(?:under|below|max(?:imum)?|at most|no more than|cap(?:ped)?(?: it)?(?: at| of)?|budget(?: of| is)?|up to|within|spend(?: of)?|less than)\s*(?:\$|usd\s*)\s?(\d+(?:\.\d{1,2})?)(?!\s*(?:%|off\b))|\b(?:under|below|max(?:imum)?|at most|no more than|cap(?:ped)?(?: it)? at|budget of|up to|less than)\s+(\d+(?:\.\d{1,2})?)\s*(?:dollars|bucks|usd)\b/,
  );
  const n = Number(m?.[1] ?? m?.[2]);
  return m && Number.isFinite(n) && n > 0 ? Math.round(n * 1_000_000) : undefined;
}

/** Words before "hook" that say which one rather than name it. */
const NOT_A_HOOK = new Set(
  "the a an this that which what each every new same other different best top winning winner's leading our your their one any hook".split(
    " ",
  ),
);

/**
 * A slot held to a line of its own: "Lock the hook to 'Your PR called. It wants a rematch.'", "keep the CTA as 'Shop
 * the drop'", "hook: 'Own the dawn'". The slot as the template names it, the line as written.
 */
export function slotLineSaid(text: string): { slot: string; value: string } | undefined {
  const slot = "hook|cta|call to action|headline|background|scene|angle|product";
  const m =
    text.match(
      new RegExp(
        `\\b(?:lock|fix|keep|pin|hold|set|force|use|make)\\s+(?:the\\s+)?(${slot})s?\\s+(?:to|as|at|=|:)?\\s*["“'‘]([^"”]{3,200}?)["”'’](?![\\p{L}\\p{N}])`,
        "iu",
      ),
    ) ??
    text.match(new RegExp(`\\b(${slot})\\s*[:=]\\s*["“'‘]([^"”]{3,200}?\\s[^"”]*?)["”'’](?![\\p{L}\\p{N}])`, "iu"));
  if (!m) return undefined;
  const name = m[1]!.toLowerCase() === "call to action" ? "cta" : m[1]!.toLowerCase();
  return { slot: name, value: m[2]!.trim() };
}

/** "the challenge hook", "challenge hooks", "hook: benefit", "the 'benefit' territory / angle": the hook to hold. */
export function hookSaid(lower: string): string | undefined {
  const m =
    lower.match(/\b(?:hook|angle)\s*[:=]\s*["'‘“]?([a-z][\w-]*)/) ??
    lower.match(/["'‘“]([a-z][\w -]{1,30}?)["'’”]\s+(?:hook|angle|territory)s?\b/) ??
    lower.match(/\b([a-z][\w-]{3,})\s+hooks?\b(?!\s+(?:tests?|experiments?|results?|winners?|arms?))/);
  const hook = m?.[1]?.trim().replace(/\s+/g, "-");
  return hook && !NOT_A_HOOK.has(hook) ? hook : undefined;
}

/** An offer said in the words ("summer 15 off", "spring-20-off", "the summer offer"), so its words name no template. */
const OFFER_PHRASE =
  /\b[\w-]+\s+\d{1,2}\s*%?\s*(?:off|discount)\b|\b[\w]+-\d{1,2}-off\b|\b[\w-]+\s+(?:offer|promo|promotion|sale|discount|deal)\b/g;

/**
 * The template a generation names: its full name ("Summer Heat"), or a word only its name has ("summer ads", "the
 * summer one"), said outside an offer's words. Undefined when none or more than one.
 */
export function templateSaid(text: string, v: Vocabulary): VocabularyValue | undefined {
  if (!v.templates.length) return undefined;
  const named = valuesNamedIn(text, v.templates);
  if (named.length === 1) return named[0];
  if (named.length > 1) return undefined;
  const said = new Set(tokens(text.toLowerCase().replace(OFFER_PHRASE, " ")));
  const wordsOf = (t: VocabularyValue) =>
    new Set(t.names.flatMap(tokens).filter((w) => w.length >= 4 && !GENERIC.has(w) && !/^\d/.test(w)));
  const own = v.templates.map((t) => ({ t, words: wordsOf(t) }));
  const hits = own.filter(({ t, words }) =>
    [...words].some((w) => said.has(w) && !own.some((o) => o.t !== t && o.words.has(w))),
  );
  return hits.length === 1 ? hits[0]!.t : undefined;
}
