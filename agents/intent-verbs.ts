/**
 * Verbs before names: the everyday and phrasal verbs people use for what Winnow's tools do, said again with the verb
 * the tools' own titles use ("throw it out" → discard it, "ping me friday" → remind me friday, "retry the failed one"
 * → rerun the failed one, "bake the winner into the template" → promote the winner into the template), so every rule
 * downstream reads one verb per action instead of each rule keeping its own synonym list. Only rewrites whose sense
 * does not depend on the object; verbs whose sense does ("kill it": a test or an asset?) are decided by the thread's
 * object in the router. Pure: text in, text out. Quoted copy is never passed through here (it is read raw).
 */
const POINTER = "(it|this|that|them|these|those|this one|that one|these ones|those ones|ast_\\w+)";

const CANONICAL: [RegExp, string][] = [
  // Discard an asset (update_asset status discarded).
  [
    new RegExp(`\\b(?:throw|toss|chuck|bin|trash|scrap|ditch|junk|nuke|dump)\\s+${POINTER}\\s+(?:out|away)\\b`, "gi"),
    "discard $1",
  ],
  [/\b(?:throw|toss|chuck)\s+(?:out|away)\b/gi, "discard"],
  [/\bget rid of\b/gi, "discard"],
  [new RegExp(`\\b(?:bin|trash|scrap|ditch|junk|nuke)\\s+(?=${POINTER}\\b)`, "gi"), "discard "],
  // Reminders and notifications: Winnow does not message people later (the router says so plainly).
  [/\b(?:ping|nudge|notify|alert|message|dm|text|email)\s+(?:me|us)\b/gi, "remind me"],
  [
    /\blet (?:me|us) know (?=(?:on|at|by|next|tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday|when|once|if)\b)/gi,
    "remind me ",
  ],
  [/\bfollow up with (?:me|us)\b/gi, "remind me"],
  // Run a job or a request again.
  [
    /\b(?:re-?try|re-run|run\s+(?:it|that|this|them)\s+again|try\s+(?:it|that|this)\s+again|kick\s+(?:it|that|this)\s+off\s+again)\b/gi,
    "rerun",
  ],
  // A verb's particle said after its object: "roll the tagger back to v2" → roll back the tagger to v2.
  [
    /\b(roll|turn|switch|take|put)\s+((?:the\s+|our\s+|that\s+|this\s+)?[\w-]+(?:\s+[\w-]+)?)\s+(back|off|on|down)\b/gi,
    "$1 $3 $2",
  ],
  [/\bun-(ban|tag|link|archive)\b/gi, "un$1"],
  // Asking for a review: "get these reviewed" → send these for review.
  [
    /\b(?:get|have)\s+(it|this|that|them|these|those|this one|that one)\s+(?:reviewed|approved|signed off)\b/gi,
    "send $1 for review",
  ],
  // Who approved: "signed off on" is the approval the review queue records.
  [/\bsigned off on\b/gi, "approved"],
  // Promote a winner (into the template: promote_winners toTemplate).
  [/\b(?:bake|fold|roll|merge|put)\s+(.{0,30}?)\s*\binto\s+(?=(?:the|its|our)\s+template\b)/gi, "promote $1 into "],
  [
    /\b(?:set|use|make)\s+(?:it|that|this|the winner)\s+as\s+(?:the|its)\s+default\b/gi,
    "promote the winner as the default",
  ],
];

export function canonicalVerbs(text: string): string {
  let out = text;
  for (const [re, to] of CANONICAL) out = out.replace(re, to);
  return out.replace(/\s+/g, " ").trim();
}

/** Words of the verb lexicon, for typo correction ("rebalanse", "realocate"). */
export const VERB_WORDS = [
  "discard",
  "archive",
  "rerun",
  "remind",
  "rebalance",
  "reallocate",
  "promote",
  "unlink",
  "disconnect",
  "retrain",
  "rollback",
  "approve",
  "approved",
  "reject",
  "rejected",
  "duplicates",
  "insights",
  "breakdown",
  "summary",
  "allocation",
];
