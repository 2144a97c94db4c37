import { deniedIn, FAILED_SAID, platformOf } from "./intent-slots.ts";
import { auditedTool } from "./intent-topics.ts";
import type { McpToolInfo } from "./mcp-client.ts";
import { escapeRe, oneTypo, tokens, withoutAccents } from "./resolve.ts";

/**
 * Arguments read from the chosen tool's input schema, for any tool: an enum value the message names (with its
 * everyday synonyms and one slip of the keyboard: "perceptual only" → methods: [perceptual], "by model" → groupBy:
 * [model], "on IG" → platform: meta, "off-brand" → label: off_brand), a number said after a field's own words
 * ("seed 42", "effective 2027-04-15", "top 5", "20 instead of 5"), money for a …Micros field ("$1,000" → 1e9), a
 * currency code for a currency field, and one level of nested objects (approvalPolicy.spendThresholdMicros). Only
 * fields still empty; each fill is said back. Pure over text, schema and the served tools' names.
 */
interface Prop {
  type?: string | string[];
  enum?: string[];
  items?: Prop;
  description?: string;
  properties?: Record<string, Prop>;
}

/**
 * "bump min impressions to 2k", "at least 5k impr": the value names the floor of a sibling minimum field
 * (minImpressions), not the enum (a metric to rank by).
 */
function floorOf(value: string, props: Record<string, Prop>, lower: string): boolean {
  const field = `min${value.charAt(0).toUpperCase()}${value.slice(1)}`;
  if (!(field in props) || value.length < 4) return false;
  const stem = value.slice(0, 4).replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp(
    `\\b(?:min(?:imum)?\\.?|at least|floor(?: of)?)\\s*(?:\\d[\\d,.]*\\s*k?\\+?\\s*)?${stem}\\w*|\\b\\d[\\d,.]*\\s*k?\\+?\\s*${stem}\\w*\\s+(?:min(?:imum)?|floor)\\b`,
  ).test(lower);
}

/** Other words people use for an enum value (the value's own words always count). */
const SYNONYMS: Record<string, string[]> = {
  meta: ["ig", "instagram", "facebook", "fb", "insta", "reels"],
  google_ads: ["google", "adwords", "youtube"],
  tiktok: ["tik tok", "tt"],
  incorrect_tag: ["wrong tag", "tag is wrong", "mistagged", "wrongly tagged", "bad tag"],
  wrong_product_match: ["wrong product", "wrong shoe", "falschen schuh", "wrong model"],
  low_quality_variant: ["low quality", "ugly", "blurry", "bad quality", "melted"],
  off_brand: ["off brand", "not on brand", "off-brand"],
  missing_rights_data: ["no rights", "missing rights", "rights missing", "no model release"],
  downstream: [
    "made from",
    "came of",
    "used in",
    "derived from it",
    "what uses",
    "where is it used",
    "is in",
    "are in",
    "appears in",
    "shows up in",
    "which ads use",
    // "has any ad used it yet?", "what came out of it after", "y cuáles ads usaron esa foto?": what it went into.
    "came out of",
    "used it",
    "used this",
    "used that",
    "used them",
    "used the",
    "usaron",
    "se ha usado",
    "ha usado",
    "utilisé",
  ],
  upstream: ["came from", "come from", "where did", "made it", "which prompt", "which model", "woher"],
  never_reviewed: ["never reviewed", "nobody ever reviewed", "not reviewed yet", "never been reviewed"],
  expiring: ["expiring", "expire", "expires", "running out", "run out"],
  dmy: [
    "day first",
    "tag zuerst",
    "dd/mm",
    "dd.mm",
    "tt.mm",
    "day/month",
    "jour/mois",
    "dia/mes",
    "día/mes",
    "dia/mês",
    "giorno/mese",
    "tag/monat",
    "day month",
    "jj/mm",
    "dd mm",
  ],
  mdy: ["month first", "mm/dd", "month day", "us date", "us dates", "us style date", "american date", "us format"],
  approver: ["approvers", "approve"],
  production: ["prod"],
  generated: ["new variants", "new ones", "variantes nuevas", "nuevas variantes", "neue varianten", "just generated"],
  discarded: ["thrown out", "binned", "descartados", "descartadas", "verworfen"],
  archived: ["archivados", "archivadas", "archiviert"],
  failed: [
    "failing",
    "failures",
    "crashed",
    "errored",
    "broke",
    "planté",
    "plantés",
    "fehlgeschlagen",
    "falharam",
    "falhando",
    "falhou",
    "fallito",
    "falliti",
    "fallaron",
    "fallidos",
    "falló",
    "died",
  ],
};

/** Enum values too common as words to be read as a choice without their field's own words nearby. */
const TOO_COMMON = new Set(["custom", "all", "none", "default", "other", "ready", "pending", "week", "day", "month"]);

const words = (s: string) => s.toLowerCase().replace(/[_-]+/g, " ");

function said(value: string, lower: string, ws: string[]): boolean {
  const forms = [words(value), ...(SYNONYMS[value] ?? [])];
  // "day-first", "day-month-year", "US-style dates": hyphenated words read as spaced too.
  const spaced = lower.replace(/([a-z])-(?=[a-z])/g, "$1 ");
  return forms.some((f) => {
    const re = new RegExp(`(?:^|[^a-z0-9])${escapeRe(f)}(?:$|[^a-z0-9])`);
    if (re.test(lower) || re.test(spaced)) return true;
    const fw = tokens(f);
    // One slip in a long single word ("perceptaul").
    const v = fw[0];
    return (
      fw.length === 1 && !!v && v.length >= 6 && ws.some((w) => oneTypo(w, v) && !v.startsWith(w) && !w.startsWith(v))
    );
  });
}

/**
 * A value given as the order's object ("mark it ready", "set it to approved", "move them to archived"): it wins over a
 * value the message only mentions ("I've checked it — mark it ready"), common words too.
 */
function orderedTo(value: string, lower: string): boolean {
  const forms = [...[words(value), ...(SYNONYMS[value] ?? [])].map(escapeRe), ...(ORDERED_AS[value] ?? [])].join("|");
  // "mark it ready", "mark the 1:1 BF banner reviewed and ready", "mark her reviewed": the object may be a few words,
  // and the value the last of two said together.
  return new RegExp(
    `\\b(?:mark|set|make|move|flip|change|switch|put)\\s+(?:(?:it|them|this|that|these|those|all|her|him)\\s+|(?:the\\s+)?(?:[\\w:'-]+\\s+){1,6}?)?(?:(?:as|to|back to|into)\\s+)?(?:[a-z]+\\s+(?:and|&)\\s+)?(?:${forms})\\b`,
  ).test(lower);
}

/** Said as the order's object, a state by what was done: "mark her reviewed" (and nothing after) → ready. */
const ORDERED_AS: Record<string, string[]> = { ready: ["reviewed(?!\\s*(?:and|&|as|,)\\b)(?=\\s*(?:[.!;—–-]|$))"] };

/** Enum values that are marks, by their names: "commas as decimals" → decimalSeparator ",". */
const SYMBOLS: Record<string, string[]> = {
  ",": ["comma", "commas", "komma", "coma", "virgule", "virgola", "virgula"],
  ".": ["dot", "point", "period", "punkt", "punto"],
  ";": ["semicolon"],
};
/** A field's first word said, by its first five letters and with one slip ("Dezimaltrenner" for decimal). */
const keySaid = (key: string, ws: string[]) => {
  const k = tokens(key.replace(/([a-z])([A-Z])/g, "$1 $2"))[0] ?? "";
  return k.length >= 5 && ws.some((w) => w.length >= 5 && oneTypo(w.slice(0, 5), k.slice(0, 5)));
};
const symbolSaid = (value: string, key: string, ws: string[]) =>
  !!SYMBOLS[value]?.some((n) => ws.includes(n)) && keySaid(key, ws);

const PLAIN = new Set(
  tokens(
    "also return default false true with without this that from their each only before after when where what which into your them they then than there these those have been being does more most some such other every their needs the and for all any are was its not but can has had how our out you who why new one",
  ),
);

/**
 * A yes/no option the message describes in the schema's own words ("some rows are broken, store what's readable" →
 * partial, whose description is "Store the readable rows of a partly unreadable file"): three words of the field's
 * name and description said (a name word by its first five letters, "including" for includeAll), or two when one is
 * a long word no other field of the tool is described with; none denied.
 */
/** Everyday words for a description's word: rows "mangled", "garbage", "kaputt" are unreadable ones. */
const SAID_AS: Record<string, RegExp> = {
  unreadable:
    /^(?:mangled|garbage|garbled|broken|corrupt|corrupted|malformed|junk|invalid|bad|messed|borked|wonky|illegible|ilegibles?|illisibles?|kaputt|rotas?|rotos?|dañad[oa]s?|cass[ée]es?|defekt\w*)$/,
};

function described(key: string, description: string, ws: string[], others: string[] = []): boolean {
  const nameWords = tokens(key.replace(/([a-z])([A-Z])/g, "$1 $2")).filter((w) => w.length >= 5);
  const descWords = [...new Set(tokens(description.replace(/\([^)]*\)/g, " ")))].filter(
    (w) => w.length >= 3 && !PLAIN.has(w) && !nameWords.includes(w),
  );
  const hits = [
    ...nameWords.filter((n) => ws.some((w) => w.slice(0, 5) === n.slice(0, 5))),
    ...descWords.filter((d) => ws.some((w) => w === d || oneTypo(w, d) || !!SAID_AS[d]?.test(w))),
  ];
  // Two are enough when one of them no other field of the tool is described with ("readable").
  const elsewhere = new Set(others.flatMap((d) => tokens(d)));
  const distinctive = hits.some((h) => h.length >= 6 && !elsewhere.has(h));
  if (hits.length < 3 && !(hits.length === 2 && distinctive)) return false;
  // A flag that records what the person did ("you set your platform budgets to this split") is said by that doing,
  // its verb or the field's own ("applied"), never by the nouns of the ask alone ("how to split the budget? preview").
  const doing = description.match(/\byou\s+([a-z]+)/i)?.[1]?.toLowerCase();
  const ownVerb = nameWords[0]?.slice(0, 5);
  if (doing && !ws.some((w) => w === doing || (!!ownVerb && w.slice(0, 5) === ownVerb))) return false;
  // None denied (words stemmed: "sans" is "san"): no "don't", "not", "never", "sans", "ohne" just before a word that said it ("don't store broken
  // rows") or a form of the field's own verb ("do not apply it on the platform", "sans l'appliquer": not applied).
  const stems = nameWords.map((n) => n.slice(0, 4));
  const said = ws.flatMap((w, i) =>
    hits.some((h) => w.slice(0, 5) === h.slice(0, 5) || !!SAID_AS[h]?.test(w)) ||
    (w.length >= 4 && stems.some((st) => w.startsWith(st)))
      ? [i]
      : [],
  );
  return !said.some((at) =>
    ws
      .slice(Math.max(0, at - 3), at)
      .some((w) =>
        /^(?:don|dont|not|no|never|without|sans?|sin|sem|senza|ohne|nicht|kein|keine|ne|nunca|jamai)$/.test(w),
      ),
  );
}

/**
 * A value a free-text field's description gives as an example, said: a placement by its word or ratio ("square
 * creatives" → "square-1x1", "9:16" → "story-9x16"), a plain word with the field's own word ("conversions
 * objective" → objective: conversions).
 */
function exampleSaid(key: string, description: string, lower: string, ws: string[]): string | undefined {
  const listed = [...description.matchAll(/\(([^)]*)\)|e\.g\.\s*([^;)]*)/g)].flatMap((m) =>
    (m[1] ?? m[2] ?? "").split(/,\s*|\s+or\s+/).map((x) => x.trim().replace(/^["']|["']$/g, "")),
  );
  const ratios = [...lower.matchAll(/\b(\d+(?:\.\d+)?)\s*:\s*(\d+(?:\.\d+)?)\b/g)].map((m) => `${m[1]}x${m[2]}`);
  for (const example of listed) {
    const placement = example.match(/^([a-z]+)-(\d+(?:\.\d+)?x\d+(?:\.\d+)?)$/);
    if (placement && (ws.includes(placement[1]!) || ratios.includes(placement[2]!))) return example;
    if (/^[a-z]{4,}$/.test(example) && ws.includes(tokens(example)[0] ?? "") && keySaid(key, ws)) return example;
  }
  return undefined;
}

/** Fields whose value is an id, a path or the search itself: never read from "<field> is …". */
const NOT_NAMED = /^(?:id|brand|query|cursor|path|contentBase64|imageBase64|filename)$|Ids?$/;

/**
 * A string field of a tool that changes something, named in words and given a value: "set the rights holder on the
 * runner portrait to 'Luca Bianchi Studio'", "usage note: organic + paid social only", "rights holder Lou Park till
 * Oct", "person=U05PRIYA004". The field is said as its schema name spaced, joined or snake-cased (a plural or not);
 * the value is quoted, or follows "to/is/:/=" up to the clause's end, or (for a name of two words or more) is a
 * capitalised name right after it.
 */
function valueNamed(key: string, text: string, writes = true): string | undefined {
  if (NOT_NAMED.test(key)) return undefined;
  const parts = key
    .replace(/([a-z])([A-Z])/g, "$1 $2")
    .toLowerCase()
    .split(/[\s_]+/);
  const last = parts.length - 1;
  const name = parts.map((w, i) => (i === last ? `${escapeRe(w.replace(/s$/, ""))}s?` : escapeRe(w))).join("[ _-]?");
  const m = text.match(
    new RegExp(
      `\\b${name}\\b(?:\\s+(?:on|of|for)\\s+[^,.:;=—–]{1,40}?(?=\\s*(?::|=|—|–|\\bto\\b)))?\\s*(:|=|—|–|\\bto\\b|\\bis\\b|['’]s\\b|\\bas\\b|\\bshould be\\b|\\bwill be\\b)?\\s*(.*)$`,
      "is",
    ),
  );
  if (!m) return undefined;
  // "holder's Jack Nguyen": the contraction is "is"; "holder — Lena Hart Photography": the dash is a colon.
  const sep = m[1]
    ?.toLowerCase()
    .replace(/^['’]s$|^(?:should|will) be$/, "is")
    .replace(/^[—–]$/, ":");
  const rest = m[2]!;
  const quoted = rest.match(/^["“'‘]([^"”'’]{1,200})["”'’]/)?.[1];
  if (sep === "=") return quoted?.trim() ?? rest.match(/^[^\s,;]+/)?.[0];
  // A read takes only "field=value", a filter written as such ("person=U05PRIYA004").
  if (!writes) return undefined;
  if (quoted) return quoted.trim();
  let clause = (sep === ":" ? rest.split(/\.(?:\s|$)|\n/)[0]! : rest.split(CLAUSE_END)[0]!).trim();
  if (!clause) return undefined;
  clause = nameAfterWho(rest) ?? clause;
  if (sep === ":") return clause;
  // "update the rights holder as Rhea Kapoor": "as" gives a value only as a name.
  if (sep === "as" && !/^[A-Z@]/.test(clause)) return undefined;
  const words = clause.split(/\s+/);
  // "add notes to the asset", "the source is unclear": a pointer or a verdict, not a value.
  if (
    sep &&
    /^(?:the|a|an|this|that|these|those|it|them|my|our|your|their|his|her|unclear|unknown|wrong|missing)\b/i.test(
      clause,
    )
  )
    return undefined;
  if (sep && words.length <= 6) return clause;
  // No "to/is": only a capitalised name (or a handle) right after a field of two words or more.
  return !sep && parts.length >= 2 && words.length <= 4 && /^[A-Z@]/.test(clause) ? clause : undefined;
}

/** A capitalised name (or a handle) of up to five words: "Inês Duarte Studio", "@runwithkenzie". */
const NAME = "(@[\\w.]+|[A-Z][\\p{L}'&.-]*(?:\\s+(?:[A-Z][\\p{L}'&.-]*|&|of|de|da|van|von))*)";

/** Where a field's value said in words ends: a comma, a full stop that ends no "Co.", "until …", "and then …". */
const CLAUSE_END =
  /\s+(?:till|until|through|thru|and then|then|but|because|so that|expir\w*|and (?:the |its |validity|expir\w*|licen[cs]e|rights?))\b|[,;(—–]|(?<!\b(?:Co|Inc|Ltd|Mgmt|Corp|Bros|Jr|Sr))\.(?:\s|$)|\n/i;
/** Who a value is, said before their name: "me, Aroha Ngata", "me? Lena Hart", "the agency Studio Lume". */
const WHO_THEN_NAME = new RegExp(
  `^(?:[Mm]e|[Mm]yself|[Uu]s|[Hh]im|[Hh]er|[Tt]hem|(?:[Tt]he|[Hh]er|[Hh]is|[Tt]heir|[Oo]ur|[Mm]y)\\s+(?:agency|studio|photographer|company|agent|label|client))(?:\\s*[,:?—–]\\s*|\\s+)${NAME}`,
  "u",
);

/** The name a value said as "who, then their name" gives (the name is the value), up to its clause's end. */
export function nameAfterWho(said: string): string | undefined {
  const named = said.trim().match(WHO_THEN_NAME)?.[1];
  return named && /^[A-Z@]/.test(named) ? named.split(CLAUSE_END)[0]!.trim() : undefined;
}

/**
 * Who holds the rights, said as ownership rather than by the field's name: "belongs to Inês Duarte Studio", "rights
 * with Alpenhof Lodge until …", "owned by Dana Ruiz", "Dana Ruiz Photography owns it".
 */
function holderSaid(text: string): string | undefined {
  // "that's Zoe Kim from the ambassador squad, she's the rights holder": the last name said before.
  const pointed = text.match(
    /^(.*?)\b(?:she|he|they|who)(?:['’]s|\s+is|['’]re|\s+are)\s+(?:the\s+)?rights?[\s-]*holders?\b/is,
  );
  const earlier = pointed
    ? [...pointed[1]!.matchAll(new RegExp(NAME, "gu"))]
        .map((m) => m[1]!.trim())
        .filter((n) => n.split(/\s+/).length >= 2)
        .at(-1)
    : undefined;
  if (earlier && earlier.split(/\s+/).length <= 5) return earlier;
  const before =
    text.match(
      new RegExp(`\\b(?:belongs to|owned by|rights? (?:are |sit |lie |is )?with|licensed (?:from|by))\\s+${NAME}`, "u"),
    )?.[1] ?? text.match(new RegExp(`${NAME},?\\s+(?:owns|holds the rights to)\\s+(?:it|this|them|the)\\b`, "u"))?.[1];
  const name = before?.trim();
  if (!name || name.split(/\s+/).length > 5) return undefined;
  return /^(?:I|We|You|He|She|They|It|This|That|The|Our|My)$/.test(name) ? undefined : name;
}

/**
 * A note said as one, for a notes field: "add a note on it as well: not for use in any recovery messaging", "add a
 * note that it's only for lodge co-marketing", "note on the Mara asset that it is not for affiliate use"; or a mark
 * given in words of three or more.
 */
function noteSaid(text: string): string | undefined {
  // "a note", "add note", "usage note", or "note on <the asset>": the noun, not "note that I'm away".
  const said =
    "(?:\\b(?:a|add|usage)\\s+note\\b(?:\\s+(?:on|to|against)\\s+[^:.;?!]{1,40}?)?|\\bnote\\s+(?:on|to|against)\\s+[^:.;?!]{1,40}?)";
  const m =
    text.match(new RegExp(`${said}(?:\\s+(?:as well|too|also))?\\s*:\\s*([^\\n]+)`, "i")) ??
    text.match(new RegExp(`${said}\\s+that\\s+(?:(?:it|this|they|these)(?:'s|’s| is| are)\\s+)?([^\\n]+)`, "i"));
  const value = (m?.[1]?.split(/[.?!](?:\s|$)/)[0] ?? "").replace(/^["“'‘]|["”'’]$/g, "").trim();
  if (value && value.length >= 3) return value;
  // "mark Mara's image: not for use after 30 April", "flag the Bestzeit variant 'German only'": a mark given in words
  // (a status said so, "mark it: approved", is the status, not a note).
  const marked =
    text.match(/\b(?:mark|flag|label)\s+[^:"“.?!]{1,40}?:\s*([^\n]+)/i) ??
    text.match(/\b(?:mark|flag|label)\s+[^:"“.?!]{1,40}?\s['"‘“]([^'"’”]{8,})['"’”]/i);
  const mark = marked?.[1]?.split(/[.?!](?:\s|$)/)[0]?.trim();
  return mark && mark.split(/\s+/).length >= 3 ? mark : undefined;
}

/** "$1,000", "1k dollars", "€500" → micros. */
function money(text: string): number | undefined {
  const m = text.match(
    /[$€£]\s?(\d[\d,]*(?:\.\d+)?)\s?(k|m)?\b|(\d[\d,]*(?:\.\d+)?)\s?(k|m)?\s?(?:dollars|usd|eur|euros?)\b/i,
  );
  if (!m) return undefined;
  const n = Number((m[1] ?? m[3])!.replace(/,/g, ""));
  const scale = (m[2] ?? m[4])?.toLowerCase() === "k" ? 1e3 : (m[2] ?? m[4])?.toLowerCase() === "m" ? 1e6 : 1;
  return Number.isFinite(n) ? Math.round(n * scale * 1e6) : undefined;
}

/**
 * A required choice named by the one word that sets its value apart ("starter manifest" → import_manifest, "the rule
 * set starter" → rule_set): a word of five letters or more (or its plural) that belongs to exactly one value.
 */
function partSaid(values: string[], ws: string[]): string | undefined {
  const partsOf = (v: string) => tokens(words(v)).filter((w) => w.length >= 5);
  const hits = values.filter((v) =>
    partsOf(v).some(
      (w) => values.every((o) => o === v || !partsOf(o).includes(w)) && ws.some((x) => x === w || x === `${w}s`),
    ),
  );
  return hits.length === 1 ? hits[0] : undefined;
}

/** Currencies by code or everyday name ("pesos", "rand", "dólares"), in the message's order. */
const CURRENCY_WORDS: [RegExp, string][] = [
  [/\b(?:usd|us\$|dollars?|d[oó]lares|dollari|dólar|dolar)\b/g, "USD"],
  [/\b(?:eur|euros?|€)(?=$|[^a-z])/g, "EUR"],
  [/\b(?:gbp|pounds?|sterling|libras?)\b/g, "GBP"],
  [/\b(?:mxn|pesos?)\b/g, "MXN"],
  [/\b(?:zar|rand)\b/g, "ZAR"],
  [/\b(?:chf|swiss francs?|francs? suisses?|franken)\b/g, "CHF"],
  [/\b(?:cad|canadian dollars?)\b/g, "CAD"],
  [/\b(?:aud|aussie dollars?|australian dollars?)\b/g, "AUD"],
  [/\b(?:jpy|yen)\b/g, "JPY"],
  [/\b(?:brl|reais|real brasile[ñn]o)\b/g, "BRL"],
  [/\b(?:inr|rupees?)\b/g, "INR"],
  [/\b(?:sek|nok|dkk|kronor|kroner|krona|krone)\b/g, "SEK"],
  [/\b(?:pln|z[lł]oty)\b/g, "PLN"],
  [/\b(?:sgd|singapore dollars?)\b/g, "SGD"],
];

/**
 * The currency money should be stored in, when the message asks for a conversion ("convert in USD", "pásalo a
 * dólares", "on convertit en dollars", "it's in rand … store it in dollars"): the currency after the conversion word,
 * else the last of two or more currencies named (the file's is said first).
 */
function conversionTarget(lower: string): string | undefined {
  const found: { at: number; code: string }[] = [];
  for (const [re, code] of CURRENCY_WORDS)
    for (const m of lower.matchAll(re)) {
      // "AUD" and "CAD" read from the canadian/aussie forms, never a bare "aud" inside a word.
      if (code === "USD" && /(?:canadian|aussie|australian|singapore)\s+$/.test(lower.slice(0, m.index))) continue;
      found.push({ at: m.index ?? 0, code });
    }
  if (!found.length) return undefined;
  found.sort((a, b) => a.at - b.at);
  const cue = [
    ...lower.matchAll(
      /\b(?:conver\w*|p[aá]s(?:a|alo|ala|arlo|ar)|c[aá]mbi(?:a|alo|ar)|umrechn\w*|store\s+(?:it|them|everything|the money)\s+in|keep\s+(?:it|them)\s+in)\b/g,
    ),
  ].at(-1);
  if (cue) {
    const after = found.find((f) => f.at > (cue.index ?? 0));
    if (after) return after.code;
  }
  const distinct = [...new Set(found.map((f) => f.code))];
  return distinct.length >= 2 ? found.at(-1)!.code : undefined;
}

/**
 * An exchange rate: "at 1.08", "tipo de cambio 17.2", "taux 1,08", "1 ZAR is about 0.054 USD"; with a conversion
 * asked, the one decimal number said ("convert in USD with 1.08").
 */
function rateSaid(lower: string, converting: boolean): string | undefined {
  const num = "(\\d+(?:[.,]\\d+)?)";
  const dec = (s: string | undefined) => s?.replace(",", ".");
  const m =
    lower.match(/\bat\s+(\d+[.,]\d+)\b/) ??
    lower.match(
      new RegExp(
        `\\b(?:tipo de cambio|tasa de cambio|cambio|taux(?: de change)?|wechselkurs|kurs|fx rate|rate)\\s*(?:de|of|is|es|=|:|à|a|von)?\\s*${num}`,
      ),
    ) ??
    lower.match(
      new RegExp(
        `\\b1\\s*[a-z€$]{1,7}\\s*(?:=|≈|~|is|es|vale|equals|est)\\s*(?:about|around|roughly|approx\\.?|unos|environ|ca\\.?)?\\s*${num}`,
      ),
    );
  if (m) return dec(m[1]);
  if (!converting) return undefined;
  // A date ("04-01", "2027-04-01") or a count is no rate: the one number with a decimal part.
  const decimals = [
    ...lower.replace(/\b\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}\b/g, " ").matchAll(/(?<![\d.,])(\d+[.,]\d+)(?![\d.,]*\d)/g),
  ];
  return decimals.length === 1 ? dec(decimals[0]![1]) : undefined;
}

/** The number said right after a field's own words: "seed 42", "depth 3", "exchange rate of 1.08". */
function numberAfter(key: string, lower: string): number | undefined {
  // Spaced, joined or snake-cased ("min impressions", "min_impressions", "maxDistance"), or one slip ("detph 3").
  const parts = words(key.replace(/([a-z])([A-Z])/g, "$1 $2")).split(" ");
  const name = parts.map(escapeRe).join("[ _-]?");
  const m = lower.match(new RegExp(`\\b${name}s?\\s*(?:of|at|=|:|to)?\\s*(\\d+(?:\\.\\d+)?)\\b`));
  if (m) return Number(m[1]);
  if (parts.length !== 1) return undefined;
  const slip = [...lower.matchAll(/\b([a-z]{5,})\s*(?:=|:)?\s*(\d+(?:\.\d+)?)\b/g)].find(
    (x) => x[1] !== parts[0] && oneTypo(x[1]!, parts[0]!),
  );
  return slip ? Number(slip[2]) : undefined;
}

/** An enum value said in everyday words, for any field that has it: "why did the meta pull fall over?" → failed. */
const VALUE_SAID: Record<string, RegExp> = { failed: FAILED_SAID };

/** "3,000", "2k", "1.5k" → the number. */
const amount = (digits: string, k?: string) => Number(digits.replace(/,/g, "")) * (k ? 1000 : 1);
const NUM = "(\\d[\\d,]*(?:\\.\\d+)?)\\s*(k)?(?![a-z0-9])";
const MIN_WORD = "(?:min(?:imum)?|at least|no less than|floor(?:\\s+(?:to|at|of))?)";

/**
 * A minimum said with its unit, for a min… field ("minImpressions", "minDays", "minSamplePerArm"): "min 500 impr",
 * "minimum 2000 impressoins", "21 days minimum", "min 3,000 per arm", "bump min impressions to 2k"; "drop the floor
 * to 1k" when the tool has one minimum only. Thousands as "2k" and "3,000".
 */
function minimumSaid(key: string, lower: string, onlyMinimum: boolean): number | undefined {
  const parts = words(key.replace(/([a-z])([A-Z])/g, "$1 $2")).split(" ");
  if (parts[0] !== "min" || parts.length < 2) return undefined;
  const last = parts.at(-1)!;
  // The unit as said: its first four letters and any ending (a slip in "impressoins"); "per arm" with its "per".
  const unit = `${parts.at(-2) === "per" ? "per\\s+" : ""}${escapeRe(last.slice(0, 4))}[a-z]*`;
  const patterns = [
    new RegExp(`\\b${MIN_WORD}\\s*(?:of\\s+)?${NUM}\\s*(?:[a-z]+\\s+)?${unit}`),
    new RegExp(`\\b${NUM}\\s*${unit}\\s+(?:minimum|min|at least)\\b`),
    new RegExp(`\\b${MIN_WORD}\\s+${unit}\\s*(?:to|of|at|=|:)?\\s*${NUM}`),
    new RegExp(`\\bat least\\s+${NUM}\\s*${unit}`),
  ];
  for (const re of patterns) {
    const m = lower.match(re);
    if (m) return amount(m[1]!, m[2]);
  }
  const floor = onlyMinimum ? lower.match(new RegExp(`\\bfloor\\s+(?:to|at|of)?\\s*${NUM}`)) : null;
  return floor ? amount(floor[1]!, floor[2]) : undefined;
}

function limitSaid(lower: string): number | undefined {
  const m =
    lower.match(
      /\b(?:top|first|only|just|show(?: me)?|like|give me|pull|get)\s*(\d{1,3})\b(?!\s*(?:%|:|days?|weeks?))/,
    ) ??
    lower.match(/\b(\d{1,3})\s+(?:instead|results|per page|of them|rows|items)\b/) ??
    // "the last 20 jobs", "latest 5 runs": a count of the newest things, never a stretch of time ("last 7 days", "7d").
    lower.match(
      /\b(?:last|latest|newest|most recent|recent|past)\s+(\d{1,3})\s+(?!(?:d|h|w|m|y|q|days?|hours?|hrs?|weeks?|wks?|months?|mos?|years?|yrs?|quarters?|mins?|minutes?)\b)[a-z]/,
    ) ??
    // "les 10 meilleurs visuels", "los 5 mejores", "die 10 besten": a count before the language's "best".
    lower.match(/\b(\d{1,2})\s+(?:best|meilleur(?:e|s|es)?|mejores|besten|migliori|melhores)\b/);
  if (m) return Number(m[1]);
  // "just want the top few", "top few over the last 30 days": a handful, five.
  return /\btop (?:few|handful)\b/.test(lower) ? 5 : undefined;
}

export function fillBySchema(
  tool: McpToolInfo,
  args: Record<string, unknown>,
  text: string,
  toolNames: string[],
  understood: string[],
): Record<string, unknown> {
  const lower = text.toLowerCase().replace(/[‘’]/g, "'");
  const ws = tokens(lower);
  // Marks and field names said with accents ("la virgule est décimale", "vírgula como decimal").
  const plainWs = tokens(withoutAccents(lower));
  const out = { ...args };
  const required = new Set((tool.inputSchema as { required?: string[] }).required ?? []);
  const writes = tool.annotations?.readOnlyHint === false;
  // `extending`: an object the rules began; only what its own descriptions name is added (no loose enum words).
  const fill = (
    props: Record<string, Prop>,
    into: Record<string, unknown>,
    nested: boolean,
    extending = false,
  ): boolean => {
    let filled = false;
    const set = (key: string, value: unknown, note: string) => {
      into[key] = value;
      understood.push(note);
      filled = true;
    };
    for (const [key, prop] of Object.entries(props)) {
      if (/^(cursor|brand|audience|experimentId|experiment|id|assetId)$/.test(key)) continue;
      const values = prop.enum ?? prop.items?.enum;
      const isArray = prop.type === "array" || (Array.isArray(prop.type) && prop.type.includes("array"));
      // "exact + perceptul" where the rules read only "exact": the values said, when they include what was read.
      const had = into[key];
      // A nested object already begun ({ brand } of a search's filters) still takes what the message says.
      if (!nested && prop.properties && had && typeof had === "object" && !Array.isArray(had)) {
        const inner = { ...(had as Record<string, unknown>) };
        if (fill(prop.properties, inner, true, true)) into[key] = inner;
        continue;
      }
      if (extending && prop.type !== "boolean" && !(prop.type === "string" && !values && prop.description)) continue;
      if (had !== undefined && !(isArray && values?.length && Array.isArray(had))) continue;
      if (values?.length && values.length <= 16) {
        const ordered = values.filter((v) => /[a-z0-9]/i.test(v) && orderedTo(v, lower));
        const named = values.filter(
          (v) =>
            ((/[a-z0-9]/i.test(v) && !TOO_COMMON.has(v) && said(v, lower, ws)) ||
              symbolSaid(v, key, plainWs) ||
              VALUE_SAID[v]?.test(lower)) &&
            !deniedIn(words(v), lower) &&
            !floorOf(v, props, lower),
        );
        if (into[key] !== undefined) {
          const had = into[key] as unknown[];
          if (named.length > had.length && had.every((h) => named.includes(String(h))))
            set(key, named, `${key}: ${named.join(", ")}`);
        } else if (!isArray && ordered.length === 1) set(key, ordered[0], `${key}: ${ordered[0]}`);
        else if (isArray && named.length) set(key, named, `${key}: ${named.join(", ")}`);
        else if (named.length === 1) set(key, named[0], `${key}: ${named[0]}`);
        else if (!isArray && !named.length && required.has(key)) {
          const part = partSaid(values, ws);
          if (part) set(key, part, `${key}: ${part}`);
        }
        continue;
      }
      if (prop.type === "boolean") {
        const others = Object.entries(props).flatMap(([k, p]) => (k === key ? [] : [p.description ?? ""]));
        if (described(key, prop.description ?? "", plainWs, others)) set(key, true, `${key}: true`);
        continue;
      }
      if (key === "platform" && prop.type === "string") {
        const platform = platformOf(lower);
        if (platform) set(key, platform, `platform: ${platform}`);
        continue;
      }
      if (key === "tool" && prop.type === "string") {
        const audited = auditedTool(lower);
        const name =
          toolNames.find((n) => new RegExp(`\\b${n}\\b`).test(lower)) ??
          (audited && toolNames.includes(audited) ? audited : undefined);
        if (name) set(key, name, `tool: ${name}`);
        continue;
      }
      if (/Micros$/.test(key) && (prop.type === "integer" || prop.type === "number")) {
        const stem = words(key.replace(/Micros$/, "").replace(/([a-z])([A-Z])/g, "$1 $2"));
        const m = money(text);
        if (m !== undefined && tokens(stem).some((w) => w.length >= 4 && ws.includes(w)))
          set(key, m, `${stem}: $${(m / 1e6).toLocaleString("en-US")}`);
        continue;
      }
      if (prop.type === "integer" || prop.type === "number") {
        const onlyMinimum = Object.keys(props).filter((k) => /^min[A-Z]/.test(k)).length === 1;
        const n =
          key === "limit"
            ? (numberAfter(key, lower) ?? limitSaid(lower))
            : (minimumSaid(key, lower, onlyMinimum) ?? numberAfter(key, lower));
        const rate = /rate$/i.test(key) ? rateSaid(lower, into.convertTo !== undefined) : undefined;
        const value = n ?? (rate ? Number(rate) : undefined);
        if (value !== undefined && Number.isFinite(value)) set(key, value, `${key}: ${value}`);
        continue;
      }
      if (prop.type === "string" && /currency|convertTo/i.test(`${key} ${prop.description ?? ""}`)) {
        const codes = "USD|EUR|GBP|CHF|CAD|AUD|JPY|SEK|DKK|NOK|PLN";
        const code =
          text.match(new RegExp(`\\bto\\s+(${codes})\\b`, "i"))?.[1] ??
          text.match(new RegExp(`\\bin(?:to)?\\s+(${codes})\\b`, "i"))?.[1] ??
          (/convert/i.test(key) ? conversionTarget(lower) : undefined);
        if (code) set(key, code.toUpperCase(), `${key}: ${code.toUpperCase()}`);
        continue;
      }
      if (prop.type === "string" && /(?:From|At|On|Date)$/.test(key) && !/^(from|to)$/.test(key)) {
        const first = words(key.replace(/([a-z])([A-Z])/g, "$1 $2")).split(" ")[0]!;
        const iso = lower.match(
          new RegExp(`\\b${escapeRe(first)}\\w*\\s+(?:from\\s+|on\\s+|as of\\s+)?(\\d{4}-\\d{2}-\\d{2})\\b`),
        )?.[1];
        if (iso) set(key, iso, `${key}: ${iso}`);
        continue;
      }
      // "usage note: …" names usageNotes, not notes: a field whose name ends another one said is not itself said.
      const longer = Object.keys(props).filter((k) => k !== key && k.toLowerCase().endsWith(key.toLowerCase()));
      const named =
        prop.type === "string" && !values && !longer.some((k) => valueNamed(k, text, writes))
          ? valueNamed(key, text, writes)
          : undefined;
      if (named) {
        set(key, named, `${key}: ${named}`);
        continue;
      }
      const note =
        writes && prop.type === "string" && /(?:^n|N)otes$/.test(key) && !longer.length ? noteSaid(text) : undefined;
      if (note) {
        set(key, note, `${key}: ${note}`);
        continue;
      }
      const holder = writes && prop.type === "string" && /Holder$/.test(key) ? holderSaid(text) : undefined;
      if (holder) {
        set(key, holder, `${key}: ${holder}`);
        continue;
      }
      if (prop.type === "string" && !prop.enum && prop.description) {
        const example = exampleSaid(key, prop.description, lower, ws);
        if (example) set(key, example, `${key}: ${example}`);
        continue;
      }
      if (!nested && prop.type === "object" && prop.properties) {
        const inner: Record<string, unknown> = {};
        if (fill(prop.properties, inner, true)) into[key] = inner;
      }
    }
    return filled;
  };
  fill(
    ((tool.inputSchema as { properties?: Record<string, Prop> }).properties ?? {}) as Record<string, Prop>,
    out,
    false,
  );
  return out;
}
