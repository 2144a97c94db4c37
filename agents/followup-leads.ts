/**
 * Follow-ups that name no new request, only how the last one changes: a correction ("Actually, make that reviewer,
 * not approver." → "reviewer", "oops, wrong date, should be 30 April", "Sorry, my mistake. It was the 04, not the 03.",
 * "put it back to 500"), a narrowing or widening ("just scenes", "including the ones that need review"), and
 * more of the same ("make 4 more of those but for trail ppl" → "4 for trail ppl", "now 3 more but calmer" → "3 calmer"). Returns what changes, or nothing.
 */
const CORRECTION =
  /^(?:(?:actually|sorry|oops|wait|no+|nope|nah|hmm|correction|err|ah|(?:i'?m|i am) (?:so )?sorry|i (?:made|make) a mistake|my (?:mistake|bad)|wrong \w+)[,!.:—–-]*\s+|[a-z']{2,12}[,!]\s+)*(?:make (?:that|it)|change (?:that|it) to|switch (?:that|it) to|i meant|i mean|(?:it |that )?should (?:be|have been)|it was|(?:put|set|change) (?:it|that) back to|(?:let'?s )?go with)\s+(.+?)[.!]*$/i;
/** What a correction turns down ("not approver", "instead of 6"), up to the next change ("… and add 4:5 also"). */
const NOT_THAT = /[,;—–-]?\s*\b(?:not|instead of|rather than)\s+[^,.;!?]+?(?=\s+(?:and|but|plus|also|&)\s|[,.;!?]|$)/gi;
const REFINE =
  /^(?:(?:ok|okay|and|but|oh|also|pls|please)[,]?\s+)*(?:(?:including|include|incl\.?|excluding|except|without)\b|(?:just|only)\s+(?:the\s+)?[\w:.-]+(?:\s+[\w:.-]+){0,2}[.!?]*$)/i;
const MORE_OF =
  /\b(?:(?:make|do|generate|create|give me|get me|run)\s+)?(\d{1,3}|a few|a couple(?: of)?|another|some)\s+more(?:(?:\s+(?:of\s+)?(?:those|these|them|that|like (?:those|these|that|it)))\b|(?=\s*(?:[,.!?]|$)|\s+(?:but|with|and|in|please|pls)\b))[\s,]*(?:but\s+|and\s+)?/i;

/**
 * "Only the ones for gen z. And only 9:16.", "Thank you. Kindly share only those whose rights are valid as on 1st May.",
 * "sweet as, only ones with rights still valid on 1 May?": the last results narrowed, pointed at as "only the ones /
 * those", wherever the sentence starts.
 */
const NARROWED = /(?:^|[\s,.!;:—–-])((?:only|just)\s+(?:the\s+)?(?:ones|those|these|them)\b.*)$/i;

export function changeOnly(text: string): string | undefined {
  const t = text.trim();
  const corrected = t.match(CORRECTION);
  // What it replaces is said anywhere: "I meant the Gen Z runners, not the Germans. Could you make the same for them?"
  if (corrected) return corrected[1]!.replace(NOT_THAT, "").trim();
  if (REFINE.test(t)) return t;
  const narrowed = t.match(NARROWED)?.[1];
  if (narrowed && t.split(/\s+/).length <= 16) return narrowed;
  const more = t.match(MORE_OF);
  if (more) {
    const count = /^\d+$/.test(more[1]!) ? `${more[1]} ` : "";
    const after = t.slice(more.index! + more[0].length).trim();
    return `${count}${after}`.trim() || undefined;
  }
  return undefined;
}
