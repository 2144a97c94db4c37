import type { Vocabulary } from "../core/intents/vocabulary.ts";
import { inEnglish } from "./date-words.ts";
import { budgetSaid, stageSaid, templateSaid } from "./generation-words.ts";
import { parseDateRange } from "./intent-dates.ts";
import { countSaid, extractSlots } from "./intent-extract.ts";
import { costSlots, formatList, performanceMetric, platformAdId, platformOf, toneList } from "./intent-slots.ts";
import type { LastCall, Slots } from "./intent-types.ts";
import type { McpToolInfo } from "./mcp-client.ts";
import { choices, LIVE_STATUSES, type Match, matchExperiment, matchValue, valuesNamedIn } from "./resolve.ts";
import { assetNamedAgain } from "./router-assets.ts";
import { mentionsTest } from "./router-resolve.ts";
import { cleanQuery } from "./search-words.ts";
import { audienceSaid } from "./slot-performance.ts";
import { dayOnSaid } from "./slot-shapes.ts";

/**
 * What the rest of an elliptical follow-up changes in the thread's last request ("and for millennials?" → the
 * audience; "the week before" → the dates moved back; "show 20" → the limit), read in the workspace's words.
 */

/** What the rest of a follow-up changes: the slots it names, resolved in the workspace's words. */
export interface Change {
  slots: Slots & { templateId?: string; experimentId?: string };
  understood: string[];
  /** A named value that matched nothing: the question to ask instead of guessing. */
  question?: { field: string; text: string };
}

const ASSET_ID = /\bast_[0-9A-Za-z]{6,}\b/g;
const VERSION_BEFORE =
  /\b(?:previous|prior|earlier|older|last) (?:version|one)\b|\bversion (?:before|prior to) (?:that|this|it)\b|\b(?:one )?version (?:back|earlier|older)\b|\bthe one before\b/;

export function changeIn(rest: string, last: LastCall, tool: McpToolInfo, v: Vocabulary, now: Date): Change {
  const lower = rest.toLowerCase();
  const out: Change = { slots: {}, understood: [] };
  const props = (tool.inputSchema as { properties?: Record<string, unknown> }).properties ?? {};
  const takes = (...keys: string[]) => keys.some((k) => k in props || (k === "audience" && "filters" in props));
  const s = extractSlots(rest);
  const ids = rest.match(ASSET_ID);
  if (ids) {
    out.slots.assetIds = [...new Set(ids)];
    out.understood.push(`asset: ${ids[0]}`);
  }
  // "the version before that one?", "now the previous version": one version back from the one just shown.
  const shown = last.args.version;
  if (typeof shown === "number" && shown > 1 && takes("version") && VERSION_BEFORE.test(lower)) {
    Object.assign(out.slots, { version: shown - 1 });
    out.understood.push(`version ${shown - 1}`);
  }
  // "same on the 1.91", "for the premium one too": another asset, named against what the last request was about.
  const other = takes("id", "assetId", "assetIds", "ids") && !ids ? assetNamedAgain(rest, last, v) : undefined;
  if (other) {
    out.slots.assetIds = [other.id];
    out.understood.push(`asset: “${other.name}”`);
  }
  // Template: "the summer template" → its id; an unknown one is asked about.
  const before = lower
    .match(/\b([\w][\w' -]*?)\s+template\b/)?.[1]
    ?.replace(/^(?:(?:for|with|using|from|on|in|the|our|that|this)\s+)+/, "");
  // "now scope it to the Spring Sprint template": the name is the words nearest the noun, not the order before them.
  const words = before?.split(/\s+/) ?? [];
  const nearest = words
    .map((_, i) => words.slice(words.length - 1 - i).join(" "))
    .find((w) => matchValue(w, v.templates).kind === "one");
  const tpl =
    nearest ??
    before
      ?.split(/\b(?:to|for|with|using|from|on|in|the|our|that|this|by|at|into|onto)\b/)
      .at(-1)
      ?.trim();
  if (tpl && takes("templateId")) {
    const m = matchValue(tpl, v.templates);
    if (m.kind === "one") {
      out.slots.templateId = m.value.id;
      out.understood.push(`template: ${m.value.names[0] ?? m.value.id}`);
    } else
      out.question = {
        field: "template",
        text: `I don't see a template called "${tpl}". Which one: ${choices(v.templates.map((t) => t.names[0] ?? t.id))}?`,
      };
  }
  let unknownAudience = false;
  // "for march" is a date, not an audience.
  if (s.audience && parseDateRange(`in ${s.audience}`, now)) delete s.audience;
  // A name is looked up in every vocabulary the tool takes before it is asked about as an audience: "same for city
  // cta" names the City CTA test.
  const namedExperiment = takes("experimentId", "experiment") ? matchExperiment(rest, v.experiments) : undefined;
  if (namedExperiment?.kind === "one" && s.audience && matchValue(s.audience, v.audiences).kind !== "one")
    delete s.audience;
  // Audience: "for millennials", or an audience named outright ("gen z?").
  const named = valuesNamedIn(rest, v.audiences);
  const saidAudience = s.audience ?? (named.length === 1 ? named[0]!.names[0] : undefined);
  // "ok now the trail ppl", "the Germnas", "jenn z": an audience by a word of its own, a slip or how it sounds.
  // Not where a test is said: "same for the DE test" names the test, not the market's audience.
  const byWord =
    !saidAudience && !named.length && takes("audience") && !mentionsTest(rest) ? audienceSaid(rest, v) : undefined;
  if (byWord) {
    out.slots.audience = byWord;
    out.understood.push(`audience: ${byWord}`);
  }
  if (takes("audience") && (saidAudience || named.length)) {
    const m = saidAudience ? matchValue(saidAudience, v.audiences) : { kind: "none" as const };
    const one = m.kind === "one" ? m.value : named.length === 1 ? named[0] : undefined;
    if (one) {
      out.slots.audience = one.id;
      out.understood.push(`audience: ${one.id}`);
    } else if (!out.question) {
      out.question = {
        field: "audience",
        text: `${saidAudience ? `I don't know an audience called "${saidAudience}". ` : ""}Which audience: ${choices(v.audiences.map((a) => a.id))}?`,
      };
      unknownAudience = true;
    }
  }
  const adId = platformAdId(rest);
  if (adId && takes("platformAdId")) {
    Object.assign(out.slots, { platformAdId: adId });
    out.understood.push(`ad ${adId}`);
  }
  const platform = platformOf(lower);
  if (platform && takes("platform")) {
    out.slots.platform = platform;
    out.understood.push(`platform: ${platform}`);
  }
  const range =
    parseDateRange(rest, now) ?? parseDateRange(`in ${rest.replace(/^(?:for|from|over|during)\s+/i, "")}`, now);
  if (range && takes("from", "since")) {
    Object.assign(out.slots, "since" in props && !("from" in props) ? { since: range.from } : { from: range.from });
    Object.assign(out.slots, "until" in props && !("to" in props) ? { until: range.to } : { to: range.to });
    out.understood.push(`dates: ${range.from} → ${range.to} (${range.phrase})`);
  }
  // "what about the first week of June?" after a listing of what rights allow on a day: that day moved.
  const validOn =
    typeof last.args.rightsValidOn === "string" && takes("rightsValidOn") ? dayOnSaid(lower, now) : undefined;
  if (validOn && !takes("from", "since")) {
    Object.assign(out.slots, { rightsValidOn: validOn });
    out.understood.push(`rights valid on ${validOn}`);
  }
  const metric = performanceMetric(lower).metric;
  if (metric && takes("metric")) {
    out.slots.metric = metric;
    out.understood.push(`metric: ${metric}`);
  }
  const count =
    s.count ??
    Number(
      lower.match(
        /^\s*(?:(?:actually|sorry|oops|ok(?:ay)?|no|nah|hmm|paiseh|my bad|better|rather|mejor|mieux|plutôt|lieber|besser|melhor|meglio)[\s,!.]+)*(?:(?:make|change|set|bump|up|raise|lower|drop|cut|switch|increase|decrease|reduce|take)\s+(?:it|that|this|the (?:count|number|amount))?\s*(?:up\s+|down\s+)?(?:to\s+)?|go with\s+|only\s+|just\s+|do\s+)?(\d{1,3})(?!\s*(?:days?|hops?|per|k|imps|impressions|%)|:\d)\b/,
      )?.[1] ??
        // "9:16 as well, and make it 6": a count set by its verb anywhere in the change, not only at its start.
        lower.match(
          /\b(?:make|change|set|bump|up|raise|lower|drop|cut|increase|decrease|reduce)\s+(?:it|that|this|them|the (?:count|number|amount|batch))\s*(?:up\s+|down\s+)?(?:to\s+)?(\d{1,3})(?![\d:.x×]|\s*(?:days?|hops?|per|k\b|imps|impressions|%))/,
        )?.[1] ??
        Number.NaN,
    );
  if (Number.isFinite(count) && count > 0) {
    if (takes("count")) out.slots.count = count;
    else if (takes("limit")) out.slots.limit = count;
    out.understood.push(`count: ${count}`);
  }
  const formats = formatList(lower);
  if (formats.length && takes("formats")) {
    // "and 1:1 as well", "add 1:1": the formats asked before and this one; "drop the 4:5, just 9:16": one taken out.
    const before = Array.isArray(last.args.formats) ? (last.args.formats as string[]) : [];
    const dropped = formatList(
      [
        ...lower.matchAll(
          /\b(?:drop|remove|lose|skip|without|minus|no more|not)\s+(?:the\s+)?([\w.:]+(?:\s+(?:ones?|format))?)/g,
        ),
      ]
        .map((m) => m[1])
        .join(" "),
    );
    const kept = formats.filter((f) => !dropped.includes(f));
    const adds = /\b(?:add|also|as well|too|plus|on top)\b/.test(lower);
    out.slots.formats = adds
      ? [...new Set([...before, ...kept])]
      : kept.length
        ? kept
        : before.filter((f) => !dropped.includes(f));
    out.understood.push(`formats: ${(out.slots.formats as string[]).join(", ")}`);
  }
  if (takes("formats", "count")) {
    const template = "templateId" in props && !out.slots.templateId ? templateSaid(rest, v) : undefined;
    if (template) {
      out.slots.templateId = template.id;
      out.understood.push(`template: ${template.names[0] ?? template.id}`);
    }
    const stage = "stage" in props ? stageSaid(lower) : undefined;
    if (stage) {
      Object.assign(out.slots, { stage });
      out.understood.push(`stage: ${stage}`);
    }
    const budget = "budgetMicros" in props ? budgetSaid(lower) : undefined;
    if (budget) {
      Object.assign(out.slots, { budgetMicros: budget });
      out.understood.push(`spend cap: $${budget / 1_000_000}`);
    }
  }
  const tones = toneList(
    lower,
    v.tones.flatMap((t) => [t.id, ...t.names]),
  ).filter((t) => !v.tones.length || matchValue(t, v.tones).kind === "one");
  if (tones.length && (takes("tone") || takes("slots"))) {
    const ids = v.tones.length
      ? [...new Set(tones.map((t) => (matchValue(t, v.tones) as { value: { id: string } }).value.id))]
      : tones;
    if (ids.length === 1) out.slots.tone = ids[0]!;
    else out.slots.slots = { tone: ids };
    out.understood.push(`tone: ${ids.join(", ")}`);
  }
  if (takes("offer") && v.offers.length) {
    const offers = valuesNamedIn(rest, v.offers);
    const said = s.offer ? matchValue(s.offer, v.offers) : ({ kind: "none" } as Match<{ id: string }>);
    const one = said.kind === "one" ? said.value : offers.length === 1 ? offers[0] : undefined;
    if (one) {
      out.slots.offer = one.id;
      out.understood.push(`offer: ${one.id}`);
    }
  }
  if (takes("experimentId", "experiment")) {
    const m = matchExperiment(rest, v.experiments);
    // "and the other one?" after a test's read-out: the other live test, when there is just one.
    const before = last.args.experimentId ?? last.args.experiment;
    const others = v.experiments.filter((e) => e.id !== before && LIVE_STATUSES.has(e.status));
    const other =
      before && /\b(?:the )?other (?:one|test|experiment)\b|\bl'autre\b|\bel otro\b|\bdie andere\b/.test(lower)
        ? others
        : [];
    // "now the trail crowd": a word the audience and its test share names the audience, unless a test is said.
    const audienceWord =
      m.kind === "one" &&
      !!out.slots.audience &&
      !mentionsTest(rest) &&
      (m.value.audienceNames ?? []).includes(out.slots.audience);
    if (m.kind === "one" && !audienceWord) {
      out.slots.experimentId = m.value.id;
      out.understood.push(`experiment: ${m.value.name}`);
    } else if (other.length === 1) {
      out.slots.experimentId = other[0]!.id;
      out.understood.push(`experiment: ${other[0]!.name} (the other one)`);
    }
  }
  const by = costSlots(lower);
  if (by.groupBy && takes("groupBy")) {
    out.slots.groupBy = by.groupBy;
    if (by.period) out.slots.period = by.period;
    out.understood.push(`by ${by.groupBy.join(", ")}`);
  } else {
    const dim = lower.match(/\b(?:by|per)\s+(campaign|model|provider|prompt|template|day|week|month)s?\b/);
    if (dim && takes("groupBy")) {
      const period = ["day", "week", "month"].includes(dim[1]!);
      out.slots.groupBy = [
        period
          ? "period"
          : dim[1] === "prompt"
            ? "prompt_version"
            : dim[1] === "template"
              ? "template_version"
              : dim[1]!,
      ];
      if (period) out.slots.period = dim[1] as Slots["period"];
      out.understood.push(`by ${dim[1]}`);
    }
  }
  const slot = lower.match(/\b(hook|tone|offer|audience|format|cta|background|scene|angle)s?\b/)?.[1];
  if (slot && takes("slot") && !out.slots.audience) {
    out.slots.slot = slot;
    out.understood.push(`slot: ${slot}`);
  }
  const days = lower.match(/\b(\d{1,4})\+?\s*days?\b/)?.[1];
  if (days && takes("expiringWithinDays", "reviewOlderThanDays")) {
    const field =
      "reviewOlderThanDays" in props && /\b(older|since|looked|reviewed|overdue)\b/.test(lower)
        ? "reviewOlderThanDays"
        : "expiringWithinDays";
    Object.assign(out.slots, { [field]: Number(days) });
    out.understood.push(`${days} days`);
  }
  const hops = lower.match(/\b(\d{1,2})\s*(?:hops?|levels?|steps?)\b/)?.[1];
  if (hops && takes("depth")) {
    Object.assign(out.slots, { depth: Number(hops) });
    out.understood.push(`depth ${hops}`);
  }
  const seed = lower.match(/\bseed\s*(\d{1,10})\b/)?.[1];
  if (seed && takes("seed")) {
    Object.assign(out.slots, { seed: Number(seed) });
    out.understood.push(`seed ${seed}`);
  }
  const perPage = lower.match(/\b(\d{1,3})\s*(?:per page|a page|at a time|rows|results)\b/)?.[1];
  if (perPage && takes("limit")) {
    out.slots.limit = Number(perPage);
    delete out.slots.count;
    out.understood.push(`${perPage} per page`);
  }
  const brand = v.brands.find((b) => new RegExp(`\\b${b.slug}\\b`).test(lower));
  if (brand && takes("brand") && /\bonly\b|\bjust\b/.test(lower)) {
    out.slots.brand = brand.slug;
    out.understood.push(`brand: ${brand.slug}`);
  }
  const imps = lower.match(/\b(?:min(?:imum)?\.?\s*)?(\d+(?:[.,]\d+)*)\s*(k)?\+?\s*(?:imps|impressions)\b/);
  if (imps && takes("minImpressions")) {
    Object.assign(out.slots, { minImpressions: countSaid(imps[1]!, imps[2]) });
    out.understood.push("minimum impressions");
  }
  // "same but 4:5 for the IG feed", "can they be portrait for Instagram too?", "12 at final quality, this is for the
  // big push": with something else changed, an unknown "for …" says what the work is for, not who it is for.
  if (unknownAudience && out.understood.length) delete out.question;
  // A search repeated with other words: "what about red ones?" searches for "red", "more like that, but with fog" for
  // "fog".
  if (
    !out.understood.length &&
    !out.question &&
    last.tool === "search_assets" &&
    !/^(?:including|include|incl|excluding|except|without)\b/i.test(rest)
  ) {
    const said = rest
      .replace(/\b(ones?|instead|too|please|pls|then)\b/gi, " ")
      .replace(/[?!.]+/g, " ")
      .replace(/\s+/g, " ")
      .trim();
    // "More like that, but with fog instead of sun?": the search words of it, as a first search keeps them (fog).
    const query = said && cleanQuery(said, v);
    if (query) {
      out.slots.query = query;
      out.understood.push(`search: "${query}"`);
    }
  }
  // A bare word where an audience fits ("and millennials?") is an audience we don't know.
  if (
    !out.understood.length &&
    !out.question &&
    takes("audience") &&
    /^[\w' -]{2,30}$/.test(rest.trim()) &&
    rest.trim().split(/\s+/).length <= 3 &&
    !/^(?:do|get|make|send|show|run|give|try|put|set|change|add|remove|check|find|pull)\b/i.test(rest.trim())
  ) {
    out.question = {
      field: "audience",
      text: `I don't know an audience called "${rest.trim()}". Which audience: ${choices(v.audiences.map((a) => a.id))}?`,
    };
  }
  return out;
}

/** Fillers around a value said alone as a correction ("to 500", "$750 please", "the 30th of April then"). */
const VALUE_FILLER =
  /\b(?:to|it|that|the|of|at|on|with|then|please|pls|instead|dollars?|usd|bucks|back)\b|[\s$€£,.!?]/gi;

/**
 * "oops, wrong date, should be 2028-04-30" after an expiry was set, "put it back to 500" after the spend threshold was
 * raised to 1,000: a value said alone replaces the one value of its kind the last call gave — its one day, or its one
 * number (in micros when the field keeps money so). Undefined when the call has none or several of that kind.
 */
export function valueCorrected(
  rest: string,
  last: LastCall,
  now: Date,
): { args: Record<string, unknown>; understood: string } | undefined {
  const lower = inEnglish(rest.toLowerCase());
  const leaves: { path: string[]; value: unknown }[] = [];
  const walk = (o: Record<string, unknown>, path: string[]) => {
    for (const [k, val] of Object.entries(o))
      if (val && typeof val === "object" && !Array.isArray(val)) walk(val as Record<string, unknown>, [...path, k]);
      else leaves.push({ path: [...path, k], value: val });
  };
  walk(last.args, []);
  const day = dayOnSaid(lower, now);
  // A number or amount, not a share ("95%" is another setting's).
  const money = lower.match(/(?<![\w.])(\d[\d,]*(?:\.\d+)?)\s*(k)?(?![\w%.])/);
  const said = day
    ? { kind: "day", value: day, left: lower.replace(/\b\d{4}-\d{2}-\d{2}\b/, "") }
    : money
      ? {
          kind: "number",
          value: Number(money[1]!.replace(/,/g, "")) * (money[2] ? 1000 : 1),
          left: lower.replace(money[0], " "),
        }
      : undefined;
  if (!said) return undefined;
  const ofKind = leaves.filter(({ path, value }) =>
    said.kind === "day"
      ? typeof value === "string" && /^\d{4}-\d{2}-\d{2}/.test(value) && !["from", "to"].includes(path.at(-1)!)
      : typeof value === "number" &&
        !/^(?:count|limit|version)$/.test(path.at(-1)!) &&
        // A share (0.9) takes no amount above one.
        !(value > 0 && value < 1 && Number(said.value) > 1),
  );
  if (ofKind.length !== 1) return undefined;
  const { path } = ofKind[0]!;
  const field = path.at(-1)!;
  // Only a value said, with a word or two around it or the field's own name ("retry with version 4 instead" after a
  // check against rule set version 3), not a request that happens to hold one.
  const named = new Set(
    field
      .replace(/([A-Z])/g, " $1")
      .toLowerCase()
      .split(/\s+/),
  );
  const other = said.left
    .replace(VALUE_FILLER, " ")
    .split(/\s+/)
    .filter((w) => w && !named.has(w));
  if (other.length > (day ? 3 : 1)) return undefined;
  const value = said.kind === "number" && /Micros$/.test(field) ? Number(said.value) * 1_000_000 : said.value;
  const args = structuredClone(last.args);
  let at = args;
  for (const k of path.slice(0, -1)) at = at[k] as Record<string, unknown>;
  at[field] = value;
  return {
    args,
    understood: `${field
      .replace(/Micros$/, "")
      .replace(/([A-Z])/g, " $1")
      .toLowerCase()}: ${said.value}`,
  };
}

/** Arguments the last call had that a change replaces (a new audience drops the old filter too). */
export function merged(last: Record<string, unknown>, change: Record<string, unknown>): Record<string, unknown> {
  const { cursor: _c, imageBase64: _i, ...base } = last;
  const out: Record<string, unknown> = { ...base, ...change };
  if ("audience" in change && base.filters && typeof base.filters === "object") {
    const { audience: _a, ...filters } = base.filters as Record<string, unknown>;
    out.filters = Object.keys(filters).length ? filters : undefined;
    if (!out.filters) delete out.filters;
  }
  if ("tone" in change && out.slots && typeof out.slots === "object") {
    const { tone: _t, ...slots } = out.slots as Record<string, unknown>;
    out.slots = slots;
    if (!Object.keys(slots).length) delete out.slots;
  }
  if ("slots" in change) delete out.tone;
  return out;
}

/**
 * "the week before", "previous month", "the one before that week", "semaine d'avant", "die Woche davor": the last
 * call's date range moved back one period ("the one before that" moves by the length of the range it had).
 */
/** "the previous one", "la anterior", "la précédente", "die davor": the one before, said without its unit. */
const ONE_BEFORE =
  /(?<![\p{L}])(?:the (?:previous|prior|preceding) one|(?:la|el|lo|the) (?:anterior|de antes)|(?:la |le )?pr[ée]c[ée]dente?|(?:celle|celui) d'avant|(?:die|den|das|der) davor|quella (?:prima|precedente))(?![\p{L}])/gu;
/** "the week after", "the following month", "la semana siguiente", "la semaine d'après", "die Woche danach". */
const AFTER =
  /(?<![\p{L}])(?:the (?:week|month|one) after(?: that| this| it)?|the following (?:week|month|one)|(?:la |el )?(?:semana|mes) (?:siguiente|despu[ée]s)|(?:la |el )siguiente|(?:la |le )?(?:semaine|mois) (?:d'apr[èe]s|suivante?)|(?:die |der )?(?:woche|monat) danach|(?:la |il )?(?:settimana|mese) (?:dopo|successiv[ao]))(?![\p{L}])/u;

/**
 * "the week before", "la anterior", "the month after": the last request's range moved back (or on) by its unit — a
 * week, a month, or (for "the one before/after") the span it had.
 */
export function periodBefore(rest: string, args: Record<string, unknown>): { from: string; to: string } | undefined {
  const said = inEnglish(rest.toLowerCase()).replace(ONE_BEFORE, "the one before");
  const after = said.match(AFTER);
  const m = after
    ? [
        after[0],
        /month|mes|mois|monat/.test(after[0])
          ? "month"
          : /week|semana|semaine|woche|settimana/.test(after[0])
            ? "week"
            : "one",
      ]
    : said.match(
        /\b(?:the\s+)?(week|month|one)\s+before\b(?:\s+(?:that|this|it))?(?:\s+(week|month)\b)?|\b(?:previous|prior|preceding)\s+(week|month)\b/,
      );
  const from = typeof args.from === "string" ? args.from : undefined;
  if (!m || !from) return undefined;
  const sign = after ? 1 : -1;
  const span = typeof args.to === "string" ? (Date.parse(args.to) - Date.parse(from)) / 864e5 : 6;
  const unit = m[1] === "one" ? ((after ? undefined : m[2]) ?? (span >= 27 ? "month" : "week")) : (m[1] ?? m[3])!;
  const day = (d: Date) => d.toISOString().slice(0, 10);
  const start = new Date(`${from}T00:00:00Z`);
  // "the one before": a range as long as the last one, just before it (or after it).
  if (m[1] === "one" && unit === "week" && typeof args.to === "string") {
    const first = after ? Date.parse(args.to) + 864e5 : start.getTime() - (span + 1) * 864e5;
    return { from: day(new Date(first)), to: day(new Date(first + span * 864e5)) };
  }
  // A week: the seven days before the range began, or after it ended.
  if (unit === "week") {
    const to = typeof args.to === "string" ? new Date(`${args.to}T00:00:00Z`) : new Date(start.getTime() + 6 * 864e5);
    const first = after ? to.getTime() + 864e5 : start.getTime() - 7 * 864e5;
    return { from: day(new Date(first)), to: day(new Date(first + 6 * 864e5)) };
  }
  const y = start.getUTCFullYear();
  const mo = start.getUTCMonth() + sign;
  return { from: day(new Date(Date.UTC(y, mo, 1))), to: day(new Date(Date.UTC(y, mo + 1, 0))) };
}

export const WHY =
  /^(?:(?:ok|and|but|hmm|so|no mames|otra vez|et|y|e|und)[\s,]+)*(?:why|why tho|why though|why not|why so|how come|wieso|warum|weshalb|pourquoi|por ?qu[ée]|perch[ée])\s*[?!.]*(?:\s*(?:kindly|please|pls)?\s*(?:elaborate|explain)[.!?]*)?$/i;

export const NEXT_PAGE =
  /^(?:(?:ok|and|pls|please|can you|could you)\s+)*(?:next(?: page)?|more|(?:show|give|get) (?:me )?(?:some )?more|more please|keep going|the rest|load more|next \d+|any more|got more|more results)(?: please| pls)?[.!?]*$/i;

/**
 * "show like 20", "just the top 5", "only 3", "20 instead of 5" after a list: how many to show, when the last tool
 * takes a `limit` and the message says nothing else it could change (a count kept within the schema's maximum).
 */
export function howManyAsked(rest: string, tool: McpToolInfo): number | undefined {
  const limit = (tool.inputSchema as { properties?: Record<string, { type?: string; maximum?: number }> }).properties
    ?.limit;
  if (!limit) return undefined;
  const m = rest
    .trim()
    .match(
      /^(?:(?:ok|okay|and|but|pls|please|can you|could you|maybe|actually|just|only)\s+)*(?:(?:show|see|give|get|list|return)(?:\s+(?:me|us|like|about|maybe|the))*\s+|(?:the\s+)?(?:top|first)\s+)?(\d{1,3})(?:\s+(?:results?|of them|items?|rows?|assets?|images?|pics?|ones?|please|pls))?$/i,
    );
  if (!m) return undefined;
  const n = Number(m[1]);
  if (!Number.isInteger(n) || n < 1) return undefined;
  return Math.min(n, limit.maximum ?? n);
}
