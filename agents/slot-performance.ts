import type { Vocabulary } from "../core/intents/vocabulary.ts";
import { deniedIn, formatList, performanceMetric, toneList, withoutDefinitions } from "./intent-slots.ts";
import type { LastCall } from "./intent-types.ts";
import type { McpToolInfo } from "./mcp-client.ts";
import { escapeRe, valuesNamedIn } from "./resolve.ts";
import { audienceByWord, audienceOfMarket } from "./router-resolve.ts";

/**
 * Arguments of the performance reads (slot_insights, top_performers and any tool with the same fields), read from the
 * message however the rules or the reader chose the tool: the slot asked about (its name in the languages people
 * write, or the slot the values compared belong to: "calm or premium?" → tone, "does 9:16 beat 4:5" → format), the
 * metric (a table of the words people use for each, mapped onto the metrics the tool's schema allows: "which hook
 * drives installs" → cvr for a rate-only tool), and the audience named by a word of its own ("the urban crowd",
 * "the trail lot"), with the names of tests said left out so "the trail tone test" names no audience. Only fields
 * the tool declares and nothing filled yet; each fill is said back. Pure over text, schema and vocabulary.
 */

/** A template slot as people name it (the slots of core/templates/spec.ts), in the corpora's languages. */
const SLOT_SAID: [RegExp, string][] = [
  [/\b(?:tones?|tonos?|tonalit(?:[ée]s?|ät)|tonfall|(?:quel|le|du|ce|de|der|den|welcher) ton)\b/, "tone"],
  [/\b(?:hooks?|ganchos?|accroches?|aufh(?:ä|ae)nger)\b/, "hook"],
  [/\b(?:offers?|ofertas?|offres?|angebote?|discounts?)\b/, "offer"],
  [/\b(?:formats?|formatos?|aspect ratios?)\b/, "format"],
  [/\b(?:ctas?|calls? to action)\b/, "cta"],
  [/\b(?:scenes?|backgrounds?)\b/, "scene"],
];

/** Offer words that name no one offer of the vocabulary but are offers all the same ("discount or free shipping?"). */
const OFFER_WORDS = /\b(?:\d{1,2}\s?%\s?off|discount|free gift|bogo|bundle)\b/;

/** Two or more values of one slot set side by side: "calm or premium", "9:16 vs 4:5", "20% off beat free shipping". */
const COMPARED =
  /\b(?:or|vs\.?|versus|beat|beats|beating|better than|worse than|over|against|compared to|o|ou|oder|contra|contre|gegen)\b|,/;

/** The slot whose values the message compares, when every value named is of that one slot. */
export function slotOfValues(text: string, v: Vocabulary): string | undefined {
  const lower = text.toLowerCase();
  if (!COMPARED.test(lower)) return undefined;
  const tones = new Set([...valuesNamedIn(text, v.tones).map((t) => t.id), ...toneList(lower)]);
  const formats = new Set([...valuesNamedIn(text, v.formats).map((f) => f.id), ...formatList(lower)]);
  const offers = new Set(valuesNamedIn(text, v.offers).map((o) => o.id));
  const offerWords = OFFER_WORDS.test(lower) ? 1 : 0;
  const counts = [
    ["tone", tones.size],
    ["format", formats.size],
    ["offer", offers.size + offerWords],
  ] as const;
  const named = counts.filter(([, n]) => n > 0);
  return named.length === 1 && named[0]![1] >= 2 ? named[0]![0] : undefined;
}

/** The slot a message names, the first said wins ("tone, hook, CTA, all of it" names several: none). */
export function slotSaid(lower: string): string | undefined {
  const hits = SLOT_SAID.map(([re, slot]) => ({ slot, at: lower.search(re) })).filter((h) => h.at >= 0);
  return hits.length === 1 ? hits[0]!.slot : undefined;
}

/**
 * What people call a conversion by the business they are in, as a verb or a noun ("which hook drives installs",
 * "which offer sells better", "which tone books best", "converts"): the conversion rate when the tool ranks rates.
 */
const CONVERTS =
  /\b(?:convert(?:s|ed|ing)?|convertd|conversions?|sells?|selling|sold|sales|installs?|bookings?|books (?:best|better|more|most)|sign[- ]?ups?|purchases?|orders)\b/;
const RATE_WORDS: [RegExp, string][] = [
  [/\b(?:roas|return on (?:ad )?spend|revenue)\b/, "roas"],
  [/\b(?:watch[- ]?time|views?|watched)\b/, "watch_time"],
  [/\b(?:ctr|click[- ]?through(?: rates?)?|clicks?)\b/, "ctr"],
  [/\b(?:cvr|conversion rates?)\b/, "cvr"],
];

/** The metric the message asks by, among those the tool allows; the first said that is not turned down wins. */
export function metricSaid(said: string, allowed: string[]): string | undefined {
  const lower = withoutDefinitions(said);
  const hits: { metric: string; at: number }[] = [];
  const add = (metric: string, m: RegExpMatchArray | null) => {
    if (m && m.index !== undefined && !deniedIn(m[0], lower)) hits.push({ metric, at: m.index });
  };
  const ranked = performanceMetric(lower);
  if (ranked.metric && ranked.said && !deniedIn(ranked.said, lower))
    hits.push({ metric: ranked.metric, at: lower.indexOf(ranked.said) });
  for (const [re, metric] of RATE_WORDS) add(metric, lower.match(re));
  add(allowed.includes("conversions") ? "conversions" : "cvr", lower.match(CONVERTS));
  const usable = hits
    .map((h) => ({ ...h, metric: allowed.includes(h.metric) ? h.metric : h.metric === "conversions" ? "cvr" : "" }))
    .filter((h) => h.metric && allowed.includes(h.metric))
    .sort((a, b) => a.at - b.at);
  return usable[0]?.metric;
}

/** The message without the names of the tests it says ("the trail tone test" names a test, not the trail audience). */
function withoutTestNames(text: string, v: Vocabulary): string {
  let out = text;
  for (const e of v.experiments) {
    const words = e.name.split(/\s+/).filter((w) => !/^(?:test|experiment)$/i.test(w));
    if (words.length < 2) continue;
    out = out.replace(new RegExp(`\\b${words.map(escapeRe).join("\\s+")}\\b`, "gi"), " ");
  }
  return out.replace(/\b\w+\s+(?:tests?|experiments?)\b/gi, " ");
}

/** "Jenn Z", "jen-z", "genz", "gen zed": Gen Z as it is heard and typed. */
const GEN_Z_SAID = /\b[jg]e+n+[\s-]?(?:z|zed|zee|zers?)\b/gi;

/**
 * The one audience a message names: by a name ("urban runners", "Gen Z" however it is spelt), by a word of its own
 * ("the trail ppl", "the urban crowd", one slip allowed: "the Germnas"), or by its market ("les marathonniens
 * allemands"). Undefined when none or several.
 */
export function audienceSaid(text: string, v: Vocabulary): string | undefined {
  const said = text.replace(GEN_Z_SAID, "Gen Z").replace(/\b(?:ast|exp|tpl)_\w+/g, " ");
  const named = valuesNamedIn(said, v.audiences);
  if (named.length) return named.length === 1 ? named[0]!.id : undefined;
  return audienceByWord(said, v) ?? audienceOfMarket(said, v);
}

/** "which CTA wins for them?", "and among those people?": the audience the thread's last read was about. */
const THEM =
  /\b(?:for|with|among|amongst|to|on|by)\s+(?:them|those (?:people|folks|guys|runners)|that (?:crowd|audience|group|lot)|these (?:people|folks|guys|runners))\b|\b(?:para|pour)\s+(?:ellos|ellas|eux|elles)\b/i;

export function audienceOfThread(
  tool: McpToolInfo,
  args: Record<string, unknown>,
  text: string,
  last: LastCall | undefined,
  understood: string[],
): Record<string, unknown> {
  const props = (tool.inputSchema.properties ?? {}) as Record<string, Prop>;
  if (!last || !("audience" in props) || !THEM.test(text)) return args;
  const filters = (args.filters ?? {}) as Record<string, unknown>;
  if (args.audience !== undefined || filters.audience !== undefined) return args;
  const had = last.args.audience ?? (last.args.filters as Record<string, unknown> | undefined)?.audience;
  if (typeof had !== "string") return args;
  understood.push(`audience: ${had} (from this thread)`);
  return "filters" in props ? { ...args, filters: { ...filters, audience: had } } : { ...args, audience: had };
}

interface Prop {
  type?: string;
  enum?: string[];
}

export function fillPerformance(
  tool: McpToolInfo,
  args: Record<string, unknown>,
  text: string,
  v: Vocabulary,
  understood: string[],
): Record<string, unknown> {
  const props = (tool.inputSchema.properties ?? {}) as Record<string, Prop>;
  // Only the reads that rank what ran: a metric field with its enum, and a slot or an audience to narrow by.
  if (!props.metric?.enum || !("slot" in props || "audience" in props) || "arms" in props) return args;
  const out = { ...args };
  const lower = text.toLowerCase();
  if ("slot" in props && out.slot === undefined) {
    const slot = slotSaid(lower) ?? slotOfValues(text, v);
    if (slot) {
      out.slot = slot;
      understood.push(`slot: ${slot}`);
    }
  }
  if (out.metric === undefined) {
    const metric = metricSaid(lower, props.metric.enum);
    if (metric) {
      out.metric = metric;
      understood.push(`metric: ${metric}`);
    }
  }
  const filters = (out.filters ?? {}) as Record<string, unknown>;
  if ("audience" in props && out.audience === undefined && filters.audience === undefined && v.audiences.length) {
    const audience = audienceSaid(withoutTestNames(text, v), v);
    if (audience) {
      if ("filters" in props) out.filters = { ...filters, audience };
      else out.audience = audience;
      understood.push(`audience: ${audience}`);
    }
  }
  return out;
}

/**
 * The metric a ranking read ranks by, said even when it is the tool's default ("ranked by ctr"), so the reply and a
 * follow-up ("and for the trail crowd?") both know what the list was ranked by.
 */
export function explicitDefaults(
  tool: McpToolInfo,
  args: Record<string, unknown>,
  understood: string[],
): Record<string, unknown> {
  const metric = (tool.inputSchema.properties as Record<string, { enum?: string[]; default?: unknown }> | undefined)
    ?.metric;
  if (args.metric !== undefined || !metric?.enum || typeof metric.default !== "string") return args;
  if (
    !tool.annotations?.readOnlyHint ||
    !("slot" in (tool.inputSchema.properties ?? {}) || "audience" in (tool.inputSchema.properties ?? {}))
  )
    return args;
  understood.push(`metric: ${metric.default} (the default)`);
  return { ...args, metric: metric.default };
}
