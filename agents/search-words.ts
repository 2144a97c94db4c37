import type { Vocabulary } from "../core/intents/vocabulary.ts";
import { ASSET_KINDS } from "../core/library/types.ts";
import { ENGLISH_WORDS } from "./english-words.ts";
import { oneTypo } from "./resolve.ts";
import { correctSpelling } from "./spelling.ts";

const ENGLISH = new Map(ENGLISH_WORDS.split(/\s+/).map((w, i) => [w, i]));

/**
 * The words a library search looks for, without the way it was asked: "hi! sorry, how do I find photos of people
 * running on trails? need something for an IG post" looks for "people running on trails"; "need bright urban night
 * shots that'd land with gen z, vertical if poss" for "bright urban night" (the audience is its own argument). Only the
 * framing goes: greetings, how-do-I, wanting, praise words, hedges, an audience named.
 */
const LEAD =
  /^(?:(?:hi|hey|hello|sorry|ok|okay|so|um|uh|eh|ah|oh|ooh|oi|yo|omg|lol|lowkey|ngl|tbh|honestly|yeah|yep|nah|alright|aight|right)\b[\s,!.]*)*(?:(?:can|could|pls|please)\s+(?:(?:you|u)\s+)?help\s+(?:(?:me|us)\s+)?(?:find|search(?: for)?|look for|get|pull up)|keen (?:for|on)|(?:i |we )?want|gimme|give me|how (?:do|can|would) (?:i|we|you) (?:find|get|see|pull up)|where (?:r|are|is) (?:the|our)?|pull up|i need|we need|need|looking for|i'?m looking for|are there(?: any)?|(?:which|what)\s+(?:ones?\s+|kinds?\s+|sorts?\s+)?(?:are|is)\s+there(?:\s+any)?|i (?:search|am searching|'?m searching)(?: for)?|(?:do|did) (?:you|u|ya|we|y'all) (?:have|got)(?: any)?|have (?:you|we) got(?: any)?|is there(?: any)?|(?:the |a |our )?\w+ (?:is |was |keeps? )?(?:asking|asked|wants to know|wondering)(?: me)? (?:if|whether)(?: we (?:have|got)(?: any)?)?)\s+/i;
const FRAMING =
  /\b(?:our|best|top|imagery|something|somethin|stuff|kind|ones|screams?|that'?d|which'?d|would|lands?|land(?:s)? with|work(?:s)? for|if poss|ideally|preferably|(?:a )?few|maybe|please|pls|somthing|sumthing|evry|stills|vertical|horizontal|very|(?:that |which )?we hav)\b/gi;

/** The sentence that asks: "A customer complained about X. Can you find our Ember images?" asks in the second. */
const ASKS = /\b(?:find|search|show|look(?:ing)? for|pull up|dig up|got|have|any|need)\b/i;
const ASKED =
  /^(?:(?:can|could|would) (?:you|u)\s+|pls\s+|please\s+)?(?:(?:just|kindly|simply)\s+)?(?:find|search(?: for)?|show(?: me)?|pull up|dig up)\s+/i;
/** Why it is wanted, not what: "so I can compare", "for a tiktok", "doing a flyer for the boulder store". */
const PURPOSE =
  /\s+(?:so (?:that )?(?:i|we|u|you) can|(?:that |which )?(?:i|we|u) (?:can|could) (?:use|post|put|share)\b|,?\s*(?:it|this|that)(?:'s| is) (?:required|needed|wanted|for)\b|,?\s*(?:could|can|would) (?:you|u) (?:look|check|have a look|see)\b|(?:very\s+)?it'?s giving\b|to (?:use|compare|post|put|share|send)|for (?:a|an|the|my|our) (?:['"“‘][^'"”’]{1,40}['"”’]\s+)?(?:tiktok|flyer|deck|client|newsletter|email|presentation)s?\b|doing (?:a|an|the)\b|(?<=,\s*)(?:building|making|putting together|working on|prepping|preparing|pulling together)\s+(?:a|an|the|my|our|some)\b|so (?:the )?(?:text|copy|type)\b|(?:with )?(?:valid )?(?:usage )?rights\b|(?:para|pour|f[üu]r)(?=\s)|pa(?=\s+(?:la|el|los|las|mi|tu|su|the)\s)|(?:and(?: then)?|then|et|y|e|und)\s+(?:send|share|email|forward|zip|upload|envoie|envía|envia|manda|schick)\w*).*$/i;
/** The kinds of asset the library holds, as a search's filter takes them. */
const KINDS = ASSET_KINDS.join("|");
/**
 * How it should feel rather than what is in it, and what it should not be: "that feels like community — people
 * running together, not competitive" looks for "community people running together"; "like the trail at dawn photo but
 * with less busy background" for "less busy background" (the example asset is its own argument).
 */
const MANNER: [RegExp, string][] = [
  [/^.*?\b(?:like|similar)\b.*?\bbut\s+(?!not\b|no\b|also\b)(?:(?:in|with)\s+)?/i, ""],
  // "with fog instead of sun": what it is instead of is not looked for.
  [/\s*\binstead of\s+(?:the\s+)?[\w-]+/gi, " "],
  [/\b(?:that|which)\s+(?:would\s+)?(?:feels?|looks?|resonates?|speaks?)(?:\s+(?:like|to|with))?\s+/gi, " "],
  [/\s*\b(?:that|which)\s+(?:aren'?t|isn'?t|are not|is not|don'?t)\b[^,;—–]*/gi, " "],
  // "in daylight not at night": what it is not goes with its preposition and article.
  [/(?:^|[\s,]+)(?:but\s+)?not\s+(?:(?:at|in|on|by|with|during|from|the|a|an)\s+)*[\w-]+/gi, " "],
  [/(\w)-looking\b/gi, "$1"],
  [/\b([a-z]+)[- ]ups\b/gi, "$1-up"],
  [/\bin (\w+) colou?r\b/gi, "$1"],
  // "talent shots only", "only scenes": the kind is a filter of its own (slot-fill), not a word in the picture.
  [
    new RegExp(`\\b(?:${KINDS})s?\\s+(?:shots?\\s+|ones\\s+)?only\\b|\\bonly\\s+(?:the\\s+)?(?:${KINDS})s?\\b`, "gi"),
    " ",
  ],
  // "giving community vibes" looks for "community".
  [/\bgiving\s+/gi, ""],
  [/\s+vibes?\b/gi, " "],
  // "way more people", "a bit warmer": how much more is no word in the picture.
  [/\b(?:way|much|far|even|slightly|a (?:bit|little|lot|touch))\s+(?=(?:more|less|fewer|[a-z]{3,}er)\b)/gi, ""],
  // "warmer, golden hour feel": how it feels is said by the words before it.
  [/(\w)\s+(?:feel|feeling|energy|aesthetic)(?=\s*(?:[,.;!?]|$))/gi, "$1"],
  // "the braw one", "that one": a pointer at what was shown, not a thing in the picture.
  [/\b(?:the|that|this)\s+(?:[a-z]+\s+)?one\b/gi, " "],
  // "where Mara is running", "ones that are wet": the clause's frame, not what is in it.
  [/^\s*(?:where|when|in which)\s+/i, ""],
  [/\b(?:is|are)\s+(?=[a-z]+ing\b)/gi, ""],
];
/** Search words said inside another language's request: "busca fotos de trail running" looks for "trail running". */
const FOREIGN_LEAD =
  /^(?:(?:je|yo|eu|ich|io)\s+)?(?:(?:busca|buscame|procura|cherche|find|suche|brauche|tenemos|temos|hay|haben wir)(?:-moi)?\s+)?(?:(?:des|unas?|unos|une?|algunas?|algo|etwas|was)\s+)?(?:imagens|imágenes|imagenes|fotos|bilder)?\s*(?:de|des|da|do|mit|von|com|con|avec|du|sobre)\s+/i;
/**
 * Chat particles and tags that carry no picture: Singlish "lah", "leh", "or not", "got anything?" after the ask,
 * "lol", "asap", "lowkey". Said anywhere (particles) or at the end (tags).
 */
const PARTICLES = /\b(?:lol|lmao|omg|ngl|tbh|lowkey|highkey|asap|pls|plz|lah|leh|lor|sia|hor)\b/gi;
const TAGS = /(?:[\s,]+(?:or not|got(?: any(?:thing)?)?|anything|any|eh|ah|ya|yeah|mate|bro|please|thx|ty|one))+\s*$/i;
/** Chat shorthand said the way an asset's words are: "ppl" → people, "w/" → with. */
const SHORTHAND: [RegExp, string][] = [
  [/\b(?:nite|nyt)\b/gi, "night"],
  [/\bto(?:nite|nyt)\b/gi, "tonight"],
  [/\b(?:smth|sth|smthg|smthn)\b/gi, "something"],
  [/\bppl\b/gi, "people"],
  [/\bthru\b/gi, "through"],
  [/\bw\/\s*|\bw\b(?=\s+\w)/gi, "with "],
  [/\s+in (?:it|them)\b/gi, " "],
  // Scots "wi" and "fae"; "at knight", a word that sounds the same, is the time of day.
  [/\bwi\b(?=\s+\w)/gi, "with"],
  [/\bfae\b(?=\s+\w)/gi, "from"],
  [/\b(at|by|of|the|last|to)\s+knight\b/gi, "$1 night"],
  // "one runner on their own", "by herself": alone, as a picture's words say it.
  [/\b(?:on\s+(?:their|his|her|its|my|your)\s+own|by\s+(?:themselves|himself|herself|itself))\b/gi, "alone"],
];

/**
 * What is in a picture, said in the languages marketers mix into English asks (Spanish, French, Portuguese, Italian,
 * German), as the English words a search of the library's English tags and descriptions needs: "corredores en la playa"
 * looks for "runners beach", "coureurs en ville, ambiance Paris le matin" for "runners city mood Paris morning". Phrases
 * first; a table word is also read with one slip ("amancer"). Only a query with one of these words is read so, and
 * then the language's small words (de, la, en, des, sur …) go: they carry nothing a search engine uses.
 */
const PICTURE_WORDS: [string, string][] = [
  // When and where, as phrases.
  ["al amanecer|ao amanhecer|à l'aube|all'alba|au lever du soleil|bei sonnenaufgang", "at dawn"],
  ["al atardecer|au coucher du soleil|ao pôr do sol|al tramonto|bei sonnenuntergang", "at sunset"],
  ["de noche|por la noche|la nuit|de nuit|à noite|de noite|di notte|bei nacht|nachts", "at night"],
  ["le matin|por la mañana|de manhã|di mattina|am morgen|morgens", "morning"],
  ["en grupo|en groupe|em grupo|in gruppo|in der gruppe", "in a group"],
  ["fondo blanco|fond blanc|fundo branco|sfondo bianco|weißer hintergrund", "white background"],
  ["fondo neutro|fond neutre|fundo neutro|sfondo neutro|neutraler hintergrund", "neutral background"],
  // People and things.
  ["corredores|corredoras|coureurs|coureuses|corridori|läufer|läuferinnen", "runners"],
  ["corredor|corredora|coureur|coureuse|corridore|läuferin", "runner"],
  ["gente|personas|pessoas|persone|leute|menschen", "people"],
  ["corriendo|correndo|en train de courir", "running"],
  ["mujer|femme|mulher|donna|frau", "woman"],
  ["chica|fille|menina|ragazza|mädchen", "girl"],
  ["hombre|homme|homem|uomo|mann", "man"],
  ["zapatillas|chaussures|tênis|tenis|scarpe|schuhe|laufschuhe", "shoes"],
  ["zapatilla|chaussure|sapatilha|scarpa|schuh|laufschuh", "shoe"],
  ["ciudad|ville|cidade|città|stadt", "city"],
  ["calle|rue|rua|strada|straße|strasse", "street"],
  ["playa|plage|praia|spiaggia|strand", "beach"],
  ["montañas|montagnes|montanhas|montagne|berge", "mountains"],
  ["montaña|montagne|montanha|montagna|berg", "mountain"],
  ["sendero|sentier|trilha|sentiero|pfad", "trail"],
  ["bosque|forêt|floresta|bosco|wald", "forest"],
  ["costa|côte|küste", "coast"],
  ["lluvia|pluie|chuva|pioggia|regen", "rain"],
  ["amanecer|aube|amanhecer|alba|morgengrauen", "dawn"],
  ["atardecer|coucher de soleil|pôr do sol|tramonto|sonnenuntergang", "sunset"],
  ["noche|nuit|noite|notte|nacht", "night"],
  ["mañana|matin|manhã|mattina|morgen", "morning"],
  ["verano|été|verão|estate|sommer", "summer"],
  ["veraniego|veraniega|estival|estivale|sommerlich", "summery"],
  ["invierno|hiver|inverno|winter", "winter"],
  ["ambiente|ambiance|atmosphère|stimmung", "mood"],
  ["fondo|fond|fundo|sfondo|hintergrund", "background"],
  ["neutro|neutre|neutral", "neutral"],
  ["grupo|groupe|gruppo|gruppe", "group"],
];
/** The English the table gives, kept as said ("summery" is no slip of "summer"). */
const PICTURE_ENGLISH = new Set(PICTURE_WORDS.flatMap(([, en]) => en.split(" ")).filter((w) => !ENGLISH.has(w)));
/** The small words of those languages, and their hedges ("algo", "tipo"), dropped from a query read as one of them. */
const SMALL_WORDS =
  "de|del|la|el|los|las|en|y|con|al|un|una|unos|unas|algo|tipo|des|le|les|du|sur|et|avec|une|au|aux|da|do|na|no|em|com|um|uma|di|della|il|lo|gli|nel|nella|und|mit|im|am|der|die|das|ein|eine|moi|-moi|pa";
const PICTURE_RULES: [RegExp, string][] = PICTURE_WORDS.map(([words, en]) => [
  new RegExp(`(?<![\\p{L}\\p{N}])(?:${words})(?![\\p{L}\\p{N}])`, "giu"),
  en,
]);
const TABLE_WORDS = [
  ...new Set(PICTURE_WORDS.flatMap(([words]) => words.split("|").filter((w) => /^[\p{L}]{6,}$/u.test(w)))),
];

/** Table words that are also English words ("fond", "strand", "estate"): read so only beside a foreign one. */
const ALSO_ENGLISH = (w: string) => (ENGLISH.get(w) ?? Number.POSITIVE_INFINITY) < 12_000 || SHARED.has(w);
const SHARED = new Set("fond strand berg alba estate costa mann donna neutral winter sol".split(" "));

/** The query with its picture words said in English, or as it was when it has none. */
export function pictureWordsInEnglish(query: string): string {
  let foreign = false;
  // A table word with one slip ("amancer") is read as the word.
  let q = query.replace(/[\p{L}]{5,}/gu, (w) => {
    const lower = w.toLowerCase();
    if (TABLE_WORDS.includes(lower) || ENGLISH.has(lower)) return w;
    const meant = TABLE_WORDS.find((t) => oneTypo(lower, t));
    if (meant) foreign = true;
    return meant ?? w;
  });
  for (const [re] of PICTURE_RULES)
    for (const m of q.matchAll(re)) if (/\s/.test(m[0]) || !ALSO_ENGLISH(m[0].toLowerCase())) foreign = true;
  if (!foreign) return query;
  for (const [re, en] of PICTURE_RULES) q = q.replace(re, en);
  return q
    .replace(new RegExp(`(?<![\\p{L}\\p{N}-])(?:${SMALL_WORDS})(?![\\p{L}\\p{N}])`, "giu"), " ")
    .replace(/\s+-(?=\s|$)/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

/** A sentence that is only a list of one- or two-word things ("Rain, city, night."). */
const LISTED =
  /^(?!.*\b(?:i|we|you|my|our|sorry|thanks?|please|pls|it|is|are|for|on|in)\b)[a-z]+(?: [a-z]+)?(?:,\s*[a-z]+(?: [a-z]+)?)+[.!]?$/i;

/** "…, what do we have", "what have we got?": the ask said after what is asked for. */
const ASK_TAIL =
  /[\s,;:—–-]*\b(?:what|which|anything|whatcha)\s+(?:do|have|did|d'?you)(?:\s+(?:we|you|u|ya))?(?:\s+(?:have|got))?(?:\s+(?:for (?:that|this|it|them)|there|in the library))?\s*[?!.]*$/i;
/** "what do we have of …", "what have we got for …": the same ask said first. */
const ASK_LEAD =
  /^\W*(?:so\s+|and\s+|ok\s+)?(?:what|which|anything)\s+(?:do|have|did)\s+(?:(?:we|you|u|ya)\s+(?:have|got)\s+)?(?:(?:of|for|in|with|on|showing)\s+)?/i;
/** "the podcast network wants a …", "— a run club partner wants community vibes": who wants it is no picture word. */
const WHO_WANTS =
  /(^|[,;:—–]\s*|\s-\s)(?:(?:the|our|a|an|my|their|her|his)\s+)?(?:[\w'-]+\s+){0,3}?(?:wants?|needs?|is after|are after|asked for|asks for|is asking for|are asking for|would like|requested)\s+/i;
/** Why it is wanted, said as the page or piece it is for: "for the episode page", "for show notes", "for my moodboard". */
const FOR_PIECE =
  /\s+for\s+(?:(?:a|an|the|my|our|their|this|that)\s+)?(?:[\w'-]+\s+){0,2}?(?:page|pages|post|posts|brief|moodboard|mood board|show notes|episode|article|blog)\b.*$/i;

/** "that kind of thing", "or something like that": a hedge said after what is asked for. */
const HEDGE_TAIL =
  /[\s,]*\b(?:(?:or|and)\s+)?(?:that|this)\s+(?:kind|sort|type)\s+of\s+(?:thing|stuff|vibe|feel|look)s?\b|[\s,]+(?:or|and)\s+(?:something|stuff|whatever|the like|similar|so on)(?:\s+like\s+(?:that|this))?\b|[\s,]+something like (?:that|this)\b/gi;
/** "Sorry if this is a dumb question, but …", "apologies for the ping —": an apology before the ask. */
const APOLOGY_LEAD =
  /^(?:(?:hi|hey|hello)\b[\s,!.]*)*(?:(?:sorry|apologies)\b[^,.?!—–]{0,60}[,.!—–]+\s*(?:but\s+)?|(?:sorry\s+)?(?:if|in case)\s+this\s+is\s+a\s+[\w\s-]{0,30}?\bquestion\b[\s,.!—–]*(?:but\s+)?)/i;
/** "expo booth is Saturday and I need …": what is going on, said before the want. */
const CONTEXT_LEAD =
  /^[^?!]{3,80}?(?:,|\band|\bso|—|–)\s+(?:i|we)\s+(?:really\s+)?(?:need|want|am after|'m after|are after)\s+/i;
const SEARCH_WORD =
  /\b(?:find|search|look(?:ing)? for|photos?|pics?|pictures?|images?|imagery|shots?|visuals?|assets?|any|got|have)\b/i;
/** "… — what have we got with a runner mid-stride": the ask said between what is asked for. */
const ASK_BETWEEN =
  /[\s,;:—–-]*\b(?:what|which|anything)\s+(?:do|have|did)\s+(?:(?:we|you|u)\s+)?(?:(?:have|got)\s+)?(?:with|of|for|showing|featuring)\b/gi;
/**
 * What it is for, said as the place it will go: "for the run club wall", "for the backdrop", "for a 'back in stock'
 * email", "for the drop banner". Only the phrase goes; what follows it may be more of the picture.
 */
const FOR_PLACE =
  /\s*,?\s+for\s+(?:(?:a|an|the|my|our|their|this|that|his|her)\s+)?(?:['"“‘][^'"”’]{1,40}['"”’]\s+)?(?:[\w'-]+\s+){0,3}?(?:wall|walls|backdrop|banner|banners|e-?mails?|newsletters?|decks?|flyers?|posters?|billboards?|booth|display|window|slides?|header|landing page|mailers?|signage|screens?|pitch)\b/gi;

export function cleanQuery(query: string, v: Vocabulary): string {
  query = query
    .replace(APOLOGY_LEAD, "")
    .replace(CONTEXT_LEAD, (m) => (SEARCH_WORD.test(m) ? m : ""))
    .replace(HEDGE_TAIL, " ")
    .replace(FOR_PLACE, " ")
    .replace(ASK_BETWEEN, " ")
    .replace(ASK_LEAD, "")
    .replace(ASK_TAIL, "")
    .replace(WHO_WANTS, "$1")
    .replace(/\s+[+&]\s+/g, " and ")
    .replace(FOR_PIECE, "");
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
  // "for Kestrel": the brand searched is a filter, not a word in the picture ("the Kestrel logo" is).
  for (const b of v.brands)
    for (const n of [b.name, b.slug].filter(Boolean).sort((x, y) => y.length - x.length))
      q = q.replace(
        new RegExp(`\\b(?:for|from|at)\\s+(?:the\\s+)?${n.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\b`, "gi"),
        " ",
      );
  q = q
    .replace(PARTICLES, " ")
    .replace(/[?!.]+$/, "")
    .replace(TAGS, "");
  q = pictureWordsInEnglish(q.replace(FOREIGN_LEAD, ""));
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
  return correctSpelling(kept, new Set([...workspaceWords(v), ...PICTURE_ENGLISH]));
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

/**
 * "like the City CTA winner but with a trail behind the runner instead of the street": a search by example read by
 * another route than the search words keeps what should differ as its query, for a tool that takes both.
 */
export function contrastQuery(
  tool: { inputSchema: { properties?: Record<string, unknown> } },
  args: Record<string, unknown>,
  text: string,
  v: Vocabulary,
): Record<string, unknown> {
  const props = tool.inputSchema.properties ?? {};
  if (!("query" in props) || !("exampleAssetIds" in props) || args.query !== undefined) return args;
  if (!Array.isArray(args.exampleAssetIds) || !/\b(?:like|similar)\b.*?\bbut\s+(?!not\b|no\b|also\b)\S/i.test(text))
    return args;
  const query = cleanQuery(text, v);
  return query && query !== text ? { ...args, query } : args;
}
