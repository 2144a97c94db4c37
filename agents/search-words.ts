import type { Vocabulary } from "../core/intents/vocabulary.ts";

/**
 * The words a library search looks for, without the way it was asked: "hi! sorry, how do I find photos of people
 * running on trails? need something for an IG post" looks for "people running on trails"; "need bright urban night
 * shots that'd land with gen z, vertical if poss" for "bright urban night" (the audience is its own argument). Only the
 * framing goes: greetings, how-do-I, wanting, praise words, hedges, an audience named.
 */
const LEAD =
  /^(?:(?:hi|hey|hello|sorry|ok|okay|so|um|uh)\b[\s,!.]*)*(?:how (?:do|can|would) (?:i|we|you) (?:find|get|see|pull up)|where (?:r|are|is) (?:the|our)?|pull up|i need|we need|need|looking for|i'?m looking for)\s+/i;
const FRAMING =
  /\b(?:our|best|top|imagery|something|somethin|stuff|kind|ones|screams?|that'?d|which'?d|would|lands?|land(?:s)? with|work(?:s)? for|if poss|maybe|please|pls)\b/gi;

export function cleanQuery(query: string, v: Vocabulary): string {
  let q = query.split(/[?!]\s+/)[0]!.replace(LEAD, "");
  for (const a of v.audiences)
    for (const n of [a.id, ...a.names].sort((x, y) => y.length - x.length))
      q = q.replace(
        new RegExp(`\\b(?:for |with |to )?(?:the )?${n.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\b`, "gi"),
        " ",
      );
  const cleaned = q
    .replace(FRAMING, " ")
    .replace(/[,;]+/g, " ")
    .replace(/\b(?:for|with|that|and)\s*$/i, "")
    .replace(/\s+/g, " ")
    .trim();
  return cleaned.split(" ").length >= 1 && cleaned.length >= 3 ? cleaned : query;
}
