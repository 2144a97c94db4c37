import type { Vocabulary } from "../core/intents/vocabulary.ts";
import { changeIn, howManyAsked, merged, NEXT_PAGE, periodBefore, valueCorrected, WHY } from "./followup-change.ts";
import { changeOnly } from "./followup-leads.ts";
import { routeIntent } from "./intent-router.ts";
import { normalise } from "./intent-text.ts";
import type { LastCall, ThreadMemory } from "./intent-types.ts";
import type { McpToolInfo } from "./mcp-client.ts";
import { ORDINAL_INDEX } from "./ordinal-words.ts";
import { bindSlots } from "./slot-binder.ts";
import { fillBySchema } from "./slot-schema.ts";
import { fillByShape } from "./slot-shapes.ts";

/**
 * Elliptical follow-ups in a thread, read against what the thread did last: "and for millennials?" and "same for the
 * summer template" repeat the last request with one thing changed; "the second one" points into the last result;
 * "undo" names (or offers) what takes the last change back. Pure over the message, the thread's memory, the served
 * tools and the vocabulary.
 */
export type FollowUp =
  | { kind: "call"; tool: McpToolInfo; args: Record<string, unknown>; understood: string[]; confirm?: boolean }
  | { kind: "question"; question: string; field: string; call: { tool: string; args: Record<string, unknown> } }
  | { kind: "cannot"; text: string };

/**
 * "same for …", "do the same …", "do a similar one for …", "again for …", "… instead": always about the last request
 * (after any "sharp," lead).
 */
const STRONG_LEAD =
  /^(?:(?:ok(?:ay)?|cool|great|nice|perfect|thanks|thank you|cheers|and|lovely|brilliant|awesome|sweet|fine|sorry|bet|so|kindly|please|pls)[,!.]?\s+|[a-z']{2,12}[,!]\s+)*(?:(?:can|could|would) (?:you|u|we)\s+(?:please\s+|kindly\s+)?)?(?:(?:now\s+)?(?:(?:do|make|run|get)\s+)?(?:the\s+)?same(?:\s+(?:thing|search|query|list|report|request|brief|batch|set))?(?:\s+again)?(?:\s+but)?|do (?:that|it|this) again|(?:do|make|run) (?:a |one )?similar (?:one|batch|set|brief|thing|request)|again|repeat (?:that|it|this)|redo (?:that|it|this)|same again|now do)\b[\s,:]*/i;
/** "and …?", "what about …", "how about …", "now …", "ok now …": about the last request unless the rest asks its own. */
const WEAK_LEAD =
  /^(?:(?:ok(?:ay)?|cool|great|nice|perfect|thanks|thank you|cheers)[,!.]?\s+)*(?:and(?:\s+(?:now|also|what about|how about))?|what about|how about|now|ok now|also|then|but)\b[\s,:]*/i;

const PICK =
  /\b(?:the\s+)?(first|1st|second|2nd|third|3rd|fourth|4th|fifth|5th|sixth|6th|seventh|eighth|ninth|tenth|last)\s+(?:one|yin|option|result|image|asset|variant|ad|creative|pic|photo|shot|banner|version)\b|(?:^|\s)#(\d{1,2})\b|\b(?:number|no\.?|option)\s*(\d{1,2})\b|^(?:the\s+)?(first|second|third|fourth|fifth|last)\s*[.!?]*$|(?:^|\s)(?:(?:et|and|y|und)\s+)?(?:le|la|el|der|die|das)\s+(premier|première|deuxième|second|seconde|troisième|quatrième|dernier|dernière|primero|primera|segundo|segunda|tercero|tercera|cuarto|cuarta|último|última|erste|zweite|dritte|vierte|letzte)\b/iu;
/** The ordinals of French, Spanish and German, as their English word. */
const ORDINAL_FOREIGN: Record<string, string> = {
  premier: "first",
  première: "first",
  primero: "first",
  primera: "first",
  erste: "first",
  deuxième: "second",
  second: "second",
  seconde: "second",
  segundo: "second",
  segunda: "second",
  zweite: "second",
  troisième: "third",
  tercero: "third",
  tercera: "third",
  dritte: "third",
  quatrième: "fourth",
  cuarto: "fourth",
  cuarta: "fourth",
  vierte: "fourth",
  dernier: "last",
  dernière: "last",
  último: "last",
  última: "last",
  letzte: "last",
};

/** The index a message points at ("the second one" → 1, "#3" → 2, "the last one" → -1), with where it said so. */
export function pickIn(text: string): { index: number; said: string } | undefined {
  const m = text.match(PICK);
  if (!m) return undefined;
  const foreign = m[5] ? ORDINAL_FOREIGN[m[5].toLowerCase()] : undefined;
  const word = (m[1] ?? m[4] ?? foreign)?.toLowerCase();
  const index = word !== undefined ? ORDINAL_INDEX[word]! : Number(m[2] ?? m[3]) - 1;
  return { index, said: m[0].trim() };
}

/** The item a pick names in a list: a negative index counts from the end. */
export function picked<T>(list: T[], index: number): T | undefined {
  return index < 0 ? list[list.length + index] : list[index];
}

const UNDO =
  /^(?:(?:oops|wait|no|sorry|hmm)[,!.]?\s+)*(?:undo|revert|roll\s?back|reverse|take back|cancel)(?:\s+(?:that|it|this|the last (?:one|change|thing)|what you (?:just )?did))?\s*(?:please|pls)?[.!]*$/i;

/** A lead said before taking something back: "actually", "sorry, my mistake", "naw", "kindly". */
const UNDO_LEAD =
  /^(?:(?:oops|wait|no|nah|naw|nope|know|sorry|hmm|ugh|oh|ah|yeah|yea|yep|actually|ok|okay|my (?:mistake|bad)|kindly|please|pls|bitte|then|so)[,!.]?\s+)*/i;
const UNDO_CLAUSE =
  /^(?:undo|revert|reverse|roll\s?(?:it|that|this)?\s?back|take (?:it|that|this) back|cancel (?:it|that|this)|scratch that|go back(?: to (?:the )?(?:previous|last|old|earlier|former) (?:one|version))?)(?:\s+(?:that|it|this)(?:\s+(?:change|one))?|\s+(?:that|this|the|my) (?:last )?(?:one|change|thing|link|edit|update|move|label|role|note|promotion|addition)|\s+what you (?:just )?did)?(?:\s+(?:please|pls|again|stp|svp|bitte|por favor|per favore))*$/i;

/** "undo" as French, Italian, Spanish, Portuguese and German say it: "annule ça", "annulla", "deshazlo", "desfaz", "mach das rückgängig". */
const UNDO_ABROAD =
  /(?<!\p{L})(?:annule[rz]?(?:\s+(?:ça|ca|cela|tout))?|annullal[ao]|annulla|deshaz(?:lo)?|deshacer(?:lo)?|desfaz(?:er)?|(?:mach|machen?)\s+(?:das|es)\s+(?:bitte\s+)?rückgängig|rückgängig(?:\s+machen)?)(?!\p{L})/giu;
/** A lead before "undo?" asked rather than ordered: "can I undo?", "could you roll it back". */
const ASKED_LEAD = /^(?:(?:can|could|should|may) (?:i|we|you|u)\s+(?:please\s+)?|is it possible to\s+)/i;
const undoClause = (clause: string) =>
  UNDO_CLAUSE.test(clause.trim().replace(UNDO_LEAD, "").replace(ASKED_LEAD, "").trim().replace(/\?+$/, ""));

/**
 * "undo", "wait no, undo that"; and a clause of the message that takes something back with the why around it:
 * "Undo — wrong person", "naw, undo that, he's no ready yet", "actually scratch that, undo it — he's only helping for
 * a day", "Sorry, my mistake, kindly revert that change", "ugh ctr tanked, roll it back", "annule stp, je me suis
 * trompé", "oops I picked the wrong one, can I undo?". Before the thread has made a change, only when nothing else in
 * the message is a request of its own ("Undo — roll the tagger back" names what to roll back).
 */
export const isUndo = (text: string, changed = false) => {
  const t = text.replace(UNDO_ABROAD, "undo");
  if (UNDO.test(t.trim())) return true;
  const clauses = t.split(/\s*[,.;:!?()—–]+\s*|\s+-+\s+/).filter((c) => c.trim());
  if (!clauses.some(undoClause)) return false;
  if (changed) return true;
  return clauses.every((c) => {
    if (undoClause(c)) return true;
    const own = routeIntent(c, {});
    return !own || own.name === "search";
  });
};

/** The rest of a follow-up message once its lead ("and", "same for") is taken off, or undefined when it is not one. */
export function followUpRest(text: string, memory: ThreadMemory): string | undefined {
  if (!memory.lastCall) return undefined;
  const t = normalise(text).replace(/[?!.]+$/, "");
  const only = changeOnly(t);
  if (only) return only;
  const strong = t.match(STRONG_LEAD);
  if (strong && t.slice(strong[0].length).trim()) return t.slice(strong[0].length).trim();
  // "the calm one instead", "make it 8 instead of 6 and add 4:5 also": the change without the word that marks it.
  const instead = t.match(/^(.{2,60}?)\s+instead\b(?:\s+of\s+(?:the\s+)?[\w:.%-]+)?/i);
  // "find me something similar we can use instead in May" asks its own request; "the calm one instead" does not.
  if (instead && !asksItsOwn(instead[1]!))
    return `${instead[1]!} ${t.slice(instead[0].length)}`.replace(/\s+/g, " ").trim();
  // "do march too", "gen z as well": the last request again for what is named between.
  const too = t.match(
    /^(?:(?:ok|and|now|pls|please)\s+)*(?:do|run|same for|try)?\s*(.{2,40}?)\s+(?:too|as well|also)$/i,
  );
  const tooOwn = too ? routeIntent(too[1]!, {}) : undefined;
  // The "too" is kept: it says the named thing is added to the last request's ("9:16 too": both formats).
  if (too && (!tooOwn || tooOwn.name === "search")) return `${too[1]!} too`;
  const weak = t.match(WEAK_LEAD);
  const rest = weak ? t.slice(weak[0].length).trim() : "";
  // A short message with no request of its own ("by roas?", "on IG", "march") changes the last one.
  if (!weak || !rest) {
    if (t.split(/\s+/).filter((w) => /[\p{L}\d]/u.test(w)).length > 7) return undefined;
    const own = routeIntent(t, memory);
    const explicitSearch = /^(?:find|search|show me|look(?:ing)? for|pull up|dig up|got any|any)\b/i.test(t);
    return !own || (own.name === "search" && !explicitSearch) ? t : undefined;
  }
  // "and which hook works best?" asks its own question; "and for millennials?" does not.
  return asksItsOwn(rest) ? undefined : rest;
}

/** A polite lead before a request: "please", "kindly", "could you". */
const POLITE = /^(?:(?:please|pls|kindly|(?:can|could|would) (?:you|u)|(?:can|could) (?:i|we))\s+)+/i;

/**
 * Whether what follows a follow-up's lead is a request of its own: another tool's ask ("which hook works best?") or
 * a search said with its verb ("please find me alternatives in a similar spirit"), not a change ("for millennials").
 */
function asksItsOwn(rest: string): boolean {
  const own = routeIntent(rest, {});
  if (own && !["search", "templates", "help"].includes(own.name) && rest.split(/\s+/).length > 2) return true;
  return own?.name === "search" && /^(find|search|show|look|get|pull)\b/i.test(rest.replace(POLITE, ""));
}

/**
 * "same search but only approved stuff", "now only ones with rights valid through summer": the last request kept
 * (its search words too) and narrowed by what the rest names in the tool's own fields, nested filters merged.
 */
function narrowedBy(rest: string, last: LastCall, tool: McpToolInfo, now: Date): FollowUp | undefined {
  if (!/^(?:but\s+)?(?:only|just)\b/i.test(rest.trim())) return undefined;
  const understood: string[] = [];
  const said = fillByShape(tool, fillBySchema(tool, {}, rest, [], understood), rest, now, understood);
  if (!understood.length) return undefined;
  const args = merged(last.args, {});
  for (const [key, value] of Object.entries(said)) {
    const had = args[key];
    const both = [had, value].every((x) => x && typeof x === "object" && !Array.isArray(x));
    args[key] = both ? { ...(had as object), ...(value as object) } : value;
  }
  return {
    kind: "call",
    tool,
    args,
    understood: [`same as before (${last.tool.replace(/_/g, " ")}) with ${understood.join(", ")}`],
  };
}

/** A follow-up to the thread's last request, or undefined when the message stands on its own. */
export function resolveFollowUp(
  text: string,
  memory: ThreadMemory,
  tools: McpToolInfo[],
  v: Vocabulary,
  now: Date,
): FollowUp | undefined {
  const last = memory.lastCall;
  if (!last) return undefined;
  // "show me more" reads as a search of its own; after a list it is the next page.
  if (NEXT_PAGE.test(normalise(text).trim())) return applyChange(normalise(text).trim(), last, tools, v, now);
  const rest = followUpRest(text, memory);
  if (rest !== undefined) return applyChange(rest, last, tools, v, now);
  // "How does that compare to the week before?", "merci! et pour la semaine d'avant?": the period moved back is about
  // the last request however it is led in, unless the message asks a different tool of its own.
  const t = normalise(text).trim();
  if (t.split(/\s+/).length > 12 || !periodBefore(t, last.args)) return undefined;
  const own = routeIntent(t, memory);
  if (own && own.name !== "search" && !own.tools.includes(last.tool)) return undefined;
  return applyChange(t.replace(/[?!.]+$/, ""), last, tools, v, now);
}

/** The last request again with what `rest` changes, or the question when `rest` names something unknown. */
export function applyChange(
  rest: string,
  last: LastCall,
  tools: McpToolInfo[],
  v: Vocabulary,
  now: Date,
): FollowUp | undefined {
  const tool = tools.find((t) => t.name === last.tool);
  if (!tool) return undefined;
  // "next page", "show me more": the same call, one page on (the cursor the last result gave).
  if (NEXT_PAGE.test(rest.trim()))
    return {
      kind: "call",
      tool,
      args: { ...merged(last.args, {}), ...(last.nextCursor ? { cursor: last.nextCursor } : {}) },
      understood: [`next page of ${last.tool.replace(/_/g, " ")}`],
    };
  // "why?" after a read-out or a failed job: the read-out says why (its story, the job's last error); asked again.
  if (WHY.test(rest.trim()) && tool.annotations?.readOnlyHint) {
    // After a list of jobs (anything with a "failed" status to filter by), "why?" asks about the ones that failed.
    const status = (tool.inputSchema.properties as Record<string, { enum?: string[] }> | undefined)?.status;
    const failed = status?.enum?.includes("failed") && last.args.status === undefined ? { status: "failed" } : {};
    return {
      kind: "call",
      tool,
      args: merged(last.args, failed),
      understood: [`the ${last.tool.replace(/_/g, " ")} again${failed.status ? ", the failed ones" : ""}: it says why`],
    };
  }
  const many = howManyAsked(rest, tool);
  if (many !== undefined)
    return {
      kind: "call",
      tool,
      args: merged(last.args, { limit: many }),
      understood: [`same as before (${last.tool.replace(/_/g, " ")}), ${many} of them`],
    };
  const shifted = periodBefore(rest, last.args);
  if (shifted)
    return {
      kind: "call",
      tool,
      args: merged(last.args, shifted),
      understood: [`same as before (${last.tool.replace(/_/g, " ")}) for ${shifted.from} … ${shifted.to}`],
    };
  const narrowed = narrowedBy(rest, last, tool, now);
  if (narrowed) return narrowed;
  const change = changeIn(rest, last, tool, v, now);
  // Whatever else the rest names by the tool's own schema ("20 instead of 5", "perceptual only", "effective …").
  if (!change.question && !change.understood.length) {
    const understood: string[] = [];
    const bySchema = fillBySchema(tool, {}, rest, [], understood);
    if (understood.length)
      return {
        kind: "call",
        tool,
        args: merged(last.args, bySchema),
        understood: [`same as before (${last.tool.replace(/_/g, " ")}) with ${understood.join(", ")}`],
      };
  }
  if (change.question)
    return {
      kind: "question",
      question: change.question.text,
      field: change.question.field,
      call: { tool: last.tool, args: last.args },
    };
  if (!change.understood.length) {
    const fixed = valueCorrected(rest, last, now);
    return fixed
      ? {
          kind: "call",
          tool,
          args: fixed.args,
          understood: [`same as before (${last.tool.replace(/_/g, " ")}) with ${fixed.understood}`],
        }
      : undefined;
  }
  const bound = bindSlots(tool, change.slots).args;
  return {
    kind: "call",
    tool,
    args: merged(last.args, bound),
    understood: [`same as before (${last.tool.replace(/_/g, " ")}) with ${change.understood.join(", ")}`],
  };
}

/**
 * A read that points back at what the thread just showed: "which one's the cheapest per conversion out of that lot?",
 * "which of those …", "just the top 5 by conversions", "only the 9:16s".
 */
const POINTS_BACK =
  /\b(?:of|out of|from|among|amongst|in|across)\s+(?:those|these|them|that lot|this lot|the lot|that list|this list|that set|the same (?:period|dates|week|month|audience))\b|\b(?:that|this) lot\b|\bwhich (?:one|ones|of them|of those|of these)\b|^(?:\W*[\w']+[,.!]+\s+)*(?:just|only)\b/i;

/**
 * A message that carries on from the thread's last request rather than starting afresh: it opens with "and", "what
 * about", "only", "now", "same" or their French, Spanish, Portuguese and German words (after a short "Noted." or
 * "ok"): "Noted. And what about the trail audience?", "¿y si lo agrupas por template?", "Ok et le récap par template ?".
 */
const CARRIES_ON =
  /^(?:\W*[\p{L}']+[,.!]+\s+)*(?:(?:ok(?:ay)?|cool|great|noted|thanks|merci|gracias|danke|grazie|obrigad[oa])\s+)?[¿¡]?(?:and|also|plus|then|now|what about|how about|same|y|e|et|und|mais|pero|only|just)\b/iu;
/** An order that changes one setting of the last read: "bump min impressions to 2k", "drop the floor to 1k". */
const CHANGE_ORDER =
  /^(?:\W*[\p{L}']+[,.!]+\s+)*(?:(?:ok(?:ay)?|now|pls|please|can you|could you)\s+)*(?:bump|raise|lower|drop|increase|decrease|reduce|cut|up|change|switch|set|make)\b(?:\s+(?:the|it|that|min(?:imum)?|max(?:imum)?|floor|limit|cap|threshold)\b)/iu;
/** Few enough words that it names a change, not a request of its own: "by spend", "on roas?", "just meta". */
const SHORT_CHANGE = 3;
/** Words a search query made of them alone looks for nothing with: "Only the", "the ones for". */
const EMPTY_QUERY_WORDS = new Set(
  "only just the a an ones one those these that this them it for and also too with of in on please pls same again but some any more stuff".split(
    " ",
  ),
);
const emptyQuery = (q: unknown) =>
  typeof q === "string" &&
  q
    .toLowerCase()
    .split(/[^\p{L}\d]+/u)
    .filter(Boolean)
    .every((w) => EMPTY_QUERY_WORDS.has(w));

/** Whether a message asks the thread's last read again with something changed (see carryReadScope). */
export function asksAgain(text: string): boolean {
  const t = normalise(text).trim();
  return (
    POINTS_BACK.test(t) ||
    CARRIES_ON.test(t) ||
    CHANGE_ORDER.test(t) ||
    t.split(/\s+/).filter((w) => /[\p{L}\d]/u.test(w)).length <= SHORT_CHANGE
  );
}

/**
 * The scope of the thread's last read (its audience, dates, metric, platform, test, filters, search words) carried into
 * a message that asks the same read again with something changed: "which one's the cheapest per conversion out of
 * that lot?" after the best ads for city runners since Monday, "by spend" after last week's top ads by CTR, "only the
 * ones for gen z" after a search. Only what this message leaves unsaid; the dates go together or not at all; filters
 * merge, the message's own winning.
 */
export function carryReadScope(
  tool: McpToolInfo,
  args: Record<string, unknown>,
  text: string,
  last: LastCall | undefined,
  understood: string[],
): Record<string, unknown> {
  if (!last || last.tool !== tool.name || !tool.annotations?.readOnlyHint) return args;
  if (!asksAgain(text)) return args;
  const out = { ...args };
  if (emptyQuery(out.query) && typeof last.args.query === "string") delete out.query;
  const dated = out.from !== undefined || out.to !== undefined;
  const carried: string[] = [];
  const isObject = (x: unknown): x is Record<string, unknown> => !!x && typeof x === "object" && !Array.isArray(x);
  for (const [k, val] of Object.entries(last.args)) {
    if (k === "cursor" || /^attachment:/.test(String(val))) continue;
    if (dated && (k === "from" || k === "to")) continue;
    if (isObject(out[k]) && isObject(val)) {
      const added = Object.keys(val).filter((f) => (out[k] as Record<string, unknown>)[f] === undefined);
      if (!added.length) continue;
      out[k] = { ...val, ...(out[k] as Record<string, unknown>) };
      carried.push(k);
      continue;
    }
    if (out[k] !== undefined) continue;
    out[k] = val;
    carried.push(k);
  }
  if (carried.length) understood.push(`as before: ${carried.join(", ")}`);
  return out;
}
