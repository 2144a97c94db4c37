import type { Vocabulary } from "../core/intents/vocabulary.ts";
import { correctSpelling } from "./spelling.ts";

/**
 * The words a library search looks for, without the way it was asked: "hi! sorry, how do I find photos of people
 * running on trails? need something for an IG post" looks for "people running on trails"; "need bright urban night
 * shots that'd land with gen z, vertical if poss" for "bright urban night" (the audience is its own argument). Only the
 * framing goes: greetings, how-do-I, wanting, praise words, hedges, an audience named.
 */
const LEAD =
  /^(?:(?:hi|hey|hello|sorry|ok|okay|so|um|uh)\b[\s,!.]*)*(?:how (?:do|can|would) (?:i|we|you) (?:find|get|see|pull up)|where (?:r|are|is) (?:the|our)?|pull up|i need|we need|need|looking for|i'?m looking for|are there(?: any)?|i (?:search|am searching|'?m searching)(?: for)?|(?:do|did) (?:you|u|ya|we|y'all) (?:have|got)(?: any)?|have (?:you|we) got(?: any)?|is there(?: any)?|(?:the |a |our )?\w+ (?:is |was |keeps? )?(?:asking|asked|wants to know|wondering)(?: me)? (?:if|whether)(?: we (?:have|got)(?: any)?)?)\s+/i;
const FRAMING =
  /\b(?:our|best|top|imagery|something|somethin|stuff|kind|ones|screams?|that'?d|which'?d|would|lands?|land(?:s)? with|work(?:s)? for|if poss|maybe|please|pls|somthing|sumthing|evry|stills|vertical|horizontal|very|(?:that |which )?we hav)\b/gi;

/** The sentence that asks: "A customer complained about X. Can you find our Ember images?" asks in the second. */
const ASKS = /\b(?:find|search|show|look(?:ing)? for|pull up|dig up|got|have|any|need)\b/i;
const ASKED =
  /^(?:(?:can|could|would) (?:you|u)\s+|pls\s+|please\s+)?(?:(?:just|kindly|simply)\s+)?(?:find|search(?: for)?|show(?: me)?|pull up|dig up)\s+/i;
/** Why it is wanted, not what: "so I can compare", "for a tiktok", "doing a flyer for the boulder store". */
const PURPOSE =
  /\s+(?:so (?:that )?(?:i|we|u|you) can|(?:that |which )?(?:i|we|u) (?:can|could) (?:use|post|put|share)\b|,?\s*(?:it|this|that)(?:'s| is) (?:required|needed|wanted|for)\b|,?\s*(?:could|can|would) (?:you|u) (?:look|check|have a look|see)\b|(?:very\s+)?it'?s giving\b|to (?:use|compare|post|put|share|send)|for (?:a|an|the|my|our) (?:tiktok|flyer|deck|client|newsletter|email|presentation)s?\b|doing (?:a|an|the)\b|so (?:the )?(?:text|copy|type)\b|(?:with )?(?:valid )?(?:usage )?rights\b|(?:para|pour|f[üu]r)(?=\s)).*$/i;
/**
 * How it should feel rather than what is in it, and what it should not be: "that feels like community — people
 * running together, not competitive" looks for "community people running together"; "like the trail at dawn photo but
 * with less busy background" for "less busy background" (the example asset is its own argument).
 */
const MANNER: [RegExp, string][] = [
  [/^(?:something\s+)?like\s+.*?\bbut\s+(?:(?:in|with)\s+)?/i, ""],
  [/\b(?:that|which)\s+(?:would\s+)?(?:feels?|looks?|resonates?|speaks?)(?:\s+(?:like|to|with))?\s+/gi, " "],
  [/\s*\b(?:that|which)\s+(?:aren'?t|isn'?t|are not|is not|don'?t)\b[^,;—–]*/gi, " "],
  [/(?:^|[\s,]+)(?:but\s+)?not\s+[\w-]+/gi, " "],
  [/(\w)-looking\b/gi, "$1"],
  [/\b([a-z]+)[- ]ups\b/gi, "$1-up"],
  [/\bin (\w+) colou?r\b/gi, "$1"],
  // "giving community vibes" looks for "community".
  [/\bgiving\s+/gi, ""],
  [/\s+vibes?\b/gi, " "],
];
/** Search words said inside another language's request: "busca fotos de trail running" looks for "trail running". */
const FOREIGN_LEAD =
  /^(?:(?:busca|buscame|procura|cherche|suche|brauche|tenemos|temos|hay|haben wir)\s+)?(?:(?:des|unas?|unos|algunas?|algo|etwas|was)\s+)?(?:imagens|imágenes|imagenes|fotos|bilder)?\s*(?:de|des|da|do|mit|von|com|con|avec|du|sobre)\s+/i;
/** Chat shorthand said the way an asset's words are: "ppl" → people, "w/" → with. */
const SHORTHAND: [RegExp, string][] = [
  [/\bppl\b/gi, "people"],
  [/\bthru\b/gi, "through"],
  [/\bw\/\s*|\bw\b(?=\s+\w)/gi, "with "],
  [/\s+in (?:it|them)\b/gi, " "],
];

/** A sentence that is only a list of one- or two-word things ("Rain, city, night."). */
const LISTED =
  /^(?!.*\b(?:i|we|you|my|our|sorry|thanks?|please|pls|it|is|are|for|on|in)\b)[a-z]+(?: [a-z]+)?(?:,\s*[a-z]+(?: [a-z]+)?)+[.!]?$/i;

export function cleanQuery(query: string, v: Vocabulary): string {
  // A sentence may come without its full stop: a capitalised "Can you …" after a word starts one.
  const sentences = query.split(/(?<=[.?!])\s+|(?<=[a-z])\s+(?=(?:Can|Could|Would|Do|Pls|Please|Find|Show)\b)/);
  const asking = sentences.length > 1 ? sentences.find((x) => ASKS.test(x)) : undefined;
  // "Just search for shoes on wet asphalt. Rain, city, night.": a list of bare words after the ask is more of it.
  const chosen = asking ?? sentences[0]!;
  const after = sentences.slice(sentences.indexOf(chosen) + 1).filter((x) => LISTED.test(x.trim()));
  let q = [chosen.replace(/[.!?]+$/, ""), ...after.map((x) => x.replace(/[.!?]+$/, ""))]
    .join(", ")
    .split(/[?!]\s*/)[0]!
    .replace(LEAD, "")
    .replace(ASKED, "")
    .replace(PURPOSE, "");
  for (const [re, said] of [...SHORTHAND, ...MANNER]) q = q.replace(re, said);
  q = q.replace(FOREIGN_LEAD, "");
  for (const a of v.audiences)
    for (const n of [a.id, ...a.names].sort((x, y) => y.length - x.length))
      q = q.replace(
        new RegExp(`\\b(?:for |with |to )?(?:the )?${n.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\b`, "gi"),
        " ",
      );
  const cleaned = q
    .replace(FRAMING, " ")
    .replace(/[,;:—–]+|\s-\s/g, " ")
    .replace(/\b(?:for|with|that|and)\s*$/i, "")
    .replace(/^\s*(?:with|of|showing|featuring)\b/i, "")
    .replace(/\s+/g, " ")
    .trim();
  const kept = cleaned.split(" ").length >= 1 && cleaned.length >= 3 ? cleaned : query;
  return correctSpelling(kept, workspaceWords(v));
}

/** The words of the workspace's own names (brands, audiences, offers, templates, assets, campaigns, people). */
const namesOf = new WeakMap<Vocabulary, Set<string>>();
function workspaceWords(v: Vocabulary): Set<string> {
  let words = namesOf.get(v);
  if (!words) {
    const said = [
      ...v.brands.flatMap((b) => [b.name, b.slug]),
      ...[...v.audiences, ...v.offers, ...v.tones, ...v.templates].flatMap((x) => [x.id, ...x.names]),
      ...(v.assets ?? []).map((a) => a.name),
      ...(v.campaigns ?? []).map((c) => c.name),
      ...v.members.map((m) => m.name ?? ""),
      ...v.experiments.map((e) => e.name),
    ];
    words = new Set(said.flatMap((s) => s.toLowerCase().split(/[^\p{L}\d]+/u)).filter(Boolean));
    namesOf.set(v, words);
  }
  return words;
}
