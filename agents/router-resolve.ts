/**
 * Which audience, offer, tones, formats, count and experiment a request means, read against the workspace's own
 * vocabulary; when that is not clear, the question to ask (or why there is nothing to act on).
 */
import type { ExperimentName, Vocabulary } from "../core/intents/vocabulary.ts";
import { matchAsset } from "./asset-match.ts";
import { requestWordsInEnglish } from "./intent-languages.ts";
import { formatList, toneList } from "./intent-slots.ts";
import { normalise } from "./intent-text.ts";
import type { IntentName, Slots, ThreadMemory } from "./intent-types.ts";
import {
  choices,
  GENERIC,
  LIVE_STATUSES,
  type Match,
  matchExperiment,
  matchValue,
  nameBeforeTest,
  oneTypo,
  tokens,
  valuesNamedIn,
} from "./resolve.ts";
import type { Notes } from "./router-plan-types.ts";

export const NO_EXPERIMENTS = "\u0000no experiments";
export const NO_CANDIDATE = "\u0000no candidate:";

/** Experiments an action may apply to: promote never offers one already promoted. */
function offerable(name: IntentName, experiments: Vocabulary["experiments"]) {
  if (name === "promote") return experiments.filter((e) => LIVE_STATUSES.has(e.status) || e.status === "decided");
  if (name === "stop_experiment" || name === "update_allocation")
    return experiments.filter((e) => LIVE_STATUSES.has(e.status));
  return experiments.filter((e) => LIVE_STATUSES.has(e.status));
}
export const mentionsTest = (text: string) =>
  /\b(test|tests|testing|experiment|experiments|exp_\w+|t(?:ets|set)s?)\b/i.test(text);

export function resolveAudience(
  said: string | undefined,
  text: string,
  v: Vocabulary,
  notes: Notes,
): { slug?: string; question?: string } {
  if (!v.audiences.length) return said ? { slug: said } : {};
  if (said) {
    const m = matchValue(said, v.audiences);
    if (m.kind === "one") {
      notes.understood.push(m.value.id === said ? `audience: ${said}` : `audience: "${said}" → ${m.value.id}`);
      return { slug: m.value.id };
    }
    if (m.kind === "many") return { question: `Which audience did you mean: ${choices(m.values.map((x) => x.id))}?` };
  }
  const named = valuesNamedIn(text.replace(/\b(?:ast|exp)_\w+/g, " "), v.audiences);
  if (named.length === 1) {
    notes.understood.push(`audience: ${named[0]!.id}`);
    return { slug: named[0]!.id };
  }
  const market = audienceOfMarket(text, v);
  if (market) {
    notes.understood.push(`audience: ${market} (the market named)`);
    return { slug: market };
  }
  if (said)
    notes.ignored.push(`audience "${said}": not one of ours (${v.audiences.map((a) => a.id).join(", ")}); left out`);
  return {};
}

/**
 * "4 more city ads", "the trail lot", "urban 25-34", "for the Germans": for a generation, which must have an audience,
 * one audience named by a word of its own (a word of its names no other audience has), when nothing else named one.
 */
export function audienceByWord(text: string, v: Vocabulary): string | undefined {
  const said = new Set(tokens(text.replace(/\b(?:ast|exp|tpl)_\w+/g, " ")));
  const wordsOf = (a: Vocabulary["audiences"][number]) =>
    new Set(
      [a.id, ...a.names].flatMap(tokens).filter((w) => w.length >= 4 && !GENERIC.has(w) && !GENERIC.has(`${w}s`)),
    );
  const own = v.audiences.map((a) => ({ a, words: wordsOf(a) }));
  const hits = own.filter(({ a, words }) =>
    [...words].some((w) => said.has(w) && !own.some((o) => o.a !== a && o.words.has(w))),
  );
  if (hits.length) return hits.length === 1 ? hits[0]!.a.id : undefined;
  // "the Germnas", "maratoners": one slip in a long word of its own (five letters or more).
  const slips = own.filter(({ a, words }) =>
    [...words].some(
      (w) =>
        w.length >= 5 &&
        [...said].some((x) => x.length >= 5 && oneTypo(x, w)) &&
        !own.some((o) => o.a !== a && o.words.has(w)),
    ),
  );
  return slips.length === 1 ? slips[0]!.a.id : undefined;
}

/** Countries as people name a market ("the DE market", "for Germany"), for audiences named after one. */
const MARKETS: string[][] = [
  [
    "de",
    "germany",
    "german",
    "deutschland",
    "dach",
    "allemagne",
    "allemand",
    "alemania",
    "aleman",
    "alemane",
    "deutsche",
    "deutschen",
  ],
  ["uk", "britain", "british", "england"],
  ["us", "usa", "america", "american"],
  ["fr", "france", "french", "francai", "francia"],
  ["ch", "switzerland", "swiss", "schweiz"],
];
export function audienceOfMarket(text: string, v: Vocabulary): string | undefined {
  const said = new Set(tokens(text.replace(/\b(?:ast|exp)_\w+/g, " ")));
  const market = MARKETS.find((words) => words.some((w) => said.has(w) && (w.length > 2 || /\b[A-Z]{2}\b/.test(text))));
  if (!market) return undefined;
  const hits = v.audiences.filter((a) => [a.id, ...a.names].flatMap(tokens).some((w) => market.includes(w)));
  return hits.length === 1 ? hits[0]!.id : undefined;
}

/**
 * "the spring offer", "the colorway drop", "summer discount": an offer named by a word of its own (four letters or
 * more, no other offer's) said right before a word for an offer.
 */
export function offerByWord(text: string, offers: Vocabulary["offers"]): string | undefined {
  const wordsOf = (o: { id: string; names: string[] }) =>
    new Set([o.id, ...o.names].flatMap(tokens).filter((w) => w.length >= 4 && !/^\d/.test(w)));
  const said = [
    ...text
      .toLowerCase()
      .matchAll(/\b([a-z]{4,})\s+(?:offers?|discounts?|deals?|drops?|promos?|promotions?|sales?)\b/g),
  ].flatMap((m) => tokens(m[1]!));
  const hits = offers.filter((o) => {
    const own = wordsOf(o);
    return said.some((w) => own.has(w) && offers.every((x) => x === o || !wordsOf(x).has(w)));
  });
  return hits.length === 1 ? hits[0]!.id : undefined;
}

export function resolveGeneration(
  slots: Slots,
  text: string,
  v: Vocabulary,
  notes: Notes,
): { field: string; text: string } | undefined {
  if (v.offers.length) {
    const said = slots.offer;
    const m: Match<{ id: string }> = said ? matchValue(said, v.offers) : { kind: "none" };
    if (m.kind === "one") slots.offer = m.value.id;
    else if (m.kind === "many")
      return { field: "offer", text: `Which offer did you mean: ${choices(m.values.map((x) => x.id))}?` };
    else {
      // "livraison gratuite", "envío gratis": the offer's words in English too.
      const named = valuesNamedIn(text, v.offers).length
        ? valuesNamedIn(text, v.offers)
        : valuesNamedIn(requestWordsInEnglish(text), v.offers);
      const byWord = named.length ? undefined : offerByWord(text, v.offers);
      if (named.length === 1) slots.offer = named[0]!.id;
      else if (byWord) slots.offer = byWord;
      else {
        if (said) notes.ignored.push(`offer "${said}": not an offer of the template`);
        return { field: "offer", text: `Which offer: ${choices(v.offers.map((o) => o.id))}?` };
      }
    }
    notes.understood.push(said && said !== slots.offer ? `offer: "${said}" → ${slots.offer}` : `offer: ${slots.offer}`);
  }
  const tones = toneList(
    text.toLowerCase(),
    v.tones.flatMap((t) => [t.id, ...t.names]),
  );
  delete slots.tones;
  if (tones.length) {
    const known = v.tones.length ? tones.filter((t) => matchValue(t, v.tones).kind === "one") : tones;
    const ids = v.tones.length
      ? [...new Set(known.map((t) => (matchValue(t, v.tones) as { value: { id: string } }).value.id))]
      : known;
    for (const t of tones.filter((t) => !known.includes(t)))
      notes.ignored.push(`tone "${t}": not a tone of the template (${v.tones.map((x) => x.id).join(", ")})`);
    if (ids.length === 1) slots.tone = ids[0]!;
    else if (ids.length > 1) slots.slots = { tone: ids };
    if (ids.length) notes.understood.push(`tone${ids.length > 1 ? "s" : ""}: ${ids.join(", ")}`);
  }
  if (
    /\b(?:all|every|each)\s+(?:(?:the|of the|our)\s+)?(?:\w+\s+)?(?:formats?|sizes?|placements?|ratios?|aspect ratios?)\b|\bin every (?:format|size)\b/i.test(
      text,
    ) &&
    v.formats.length
  ) {
    slots.formats = v.formats.map((f) => f.id);
    notes.understood.push(`formats: ${slots.formats.join(", ")} (all of them)`);
  } else {
    // "Can we get 8 variants for Gen Z? Free shipping, 9:16 and 4:5.": formats said in a later sentence of the same
    // brief count, over the one the first sentence fell back to.
    const said = formatList(normalise(text).toLowerCase());
    const had = slots.formats ?? [];
    if (said.length > had.length && had.every((f) => said.includes(f))) slots.formats = said;
    else if (said.length && had.length === 1 && had[0] === "1:1" && !said.includes("1:1")) slots.formats = said;
    if (slots.formats?.length)
      notes.understood.push(`format${slots.formats.length > 1 ? "s" : ""}: ${slots.formats.join(", ")}`);
  }
  if (!slots.count) {
    const lone = loneNumber(text);
    if (lone) {
      slots.count = lone;
      notes.understood.push(`count: ${lone}`);
    }
  }
  if (!slots.count) return { field: "count", text: "How many variants should I make?" };
  return undefined;
}

/**
 * "new batch for DE, free shipping, 8, all formats", "run 12 on …", "maybe 5 of them": the one number a generation
 * request says that is not a ratio, a date, an id, part of an offer's name, a percentage, money or a seed.
 */
function loneNumber(text: string): number | undefined {
  const free = text
    .toLowerCase()
    .replace(/\b(?:ast|exp|rvw|tpl)_\w+/g, " ")
    .replace(/\b\d+(?:\.\d+)?:\d+\b/g, " ")
    .replace(/\b\d{4}-\d{2}-\d{2}\b/g, " ")
    .replace(/[\w-]*[a-z]-\d+[\w-]*|[\w-]*\d+-[a-z][\w-]*/g, " ")
    .replace(/\b(?:seed|v|version|top|limit)\s*\d+/g, " ")
    .replace(/[$€£]\s?\d[\d,.]*|\b\d+\s?%/g, " ")
    .replace(/\b\d+\s*(?:k|days?|weeks?|months?|years?|am|pm|s|sec|seconds?)\b/g, " ");
  const numbers = [...free.matchAll(/\b(\d{1,3})\b/g)].map((m) => Number(m[1]));
  return numbers.length === 1 && numbers[0]! >= 1 && numbers[0]! <= 200 ? numbers[0] : undefined;
}

/** "kill the hook test, the challenge creative is embarrassing": of two hook tests, the one with a challenge arm. */
function byArm(m: Match<ExperimentName>, text: string, v: Vocabulary): Match<ExperimentName> {
  if (m.kind === "none") return byArmsCompared(text, v) ?? m;
  if (m.kind !== "many") return m;
  const arms = new Set(m.values.flatMap((e) => e.armAssetIds ?? []));
  const named = matchAsset(
    text,
    (v.assets ?? []).filter((a) => arms.has(a.id)),
  );
  if (named.kind !== "one") return m;
  const tests = m.values.filter((e) => e.armAssetIds?.includes(named.value.id));
  return tests.length === 1 ? { kind: "one", value: tests[0]! } : m;
}

/**
 * "Bestzeit or Community — which won?", "is the challange hook winning or the benefit one": a test named by two or
 * more of its arms, each by what sets it apart in its name ("DE hook - Bestzeit (4:5)" → "bestzeit"; one slip in a
 * long word), when no other test has an arm named.
 */
export function byArmsCompared(text: string, v: Vocabulary): Match<ExperimentName> | undefined {
  const said = tokens(text);
  const own = (name: string) =>
    tokens(
      name
        .replace(/\([^)]*\)/g, " ")
        .split(/\s+[-–—]\s+/)
        .at(-1) ?? "",
    ).filter((w) => w.length >= 3 && !GENERIC.has(w));
  const armSaid = (name: string) => {
    const ws = own(name);
    return ws.length > 0 && ws.every((w) => said.some((x) => x === w || (w.length >= 5 && oneTypo(x, w))));
  };
  const hits = v.experiments
    .map((e) => ({
      e,
      n: (e.armAssetIds ?? []).filter((id) => {
        const a = v.assets?.find((x) => x.id === id);
        return !!a && / [-–—] /.test(a.name) && armSaid(a.name);
      }).length,
    }))
    .filter((h) => h.n > 0);
  return hits.length === 1 && hits[0]!.n >= 2 ? { kind: "one", value: hits[0]!.e } : undefined;
}

export function resolveExperiment(
  name: IntentName,
  slots: Slots,
  text: string,
  memory: ThreadMemory,
  v: Vocabulary,
  notes: Notes,
): string | undefined {
  const label = (id: string) => {
    const e = v.experiments.find((x) => x.id === id);
    return e ? `${e.name} (${id})` : id;
  };
  if (slots.experimentId && new RegExp(`\\b${slots.experimentId}\\b`).test(text)) {
    notes.understood.push(`experiment: ${label(slots.experimentId)}`);
    return undefined;
  }
  const named = byArm(matchExperiment(text.replace(/\b(?:ast|exp)_\w+/g, " "), v.experiments), text, v);
  if (named.kind === "one" && !mentionsTest(text) && name !== "status") {
    slots.experimentId = named.value.id;
    notes.understood.push(`experiment: ${named.value.name}`);
    return undefined;
  }
  if (mentionsTest(text) || name === "status") {
    const m = named;
    if (m.kind === "one") {
      slots.experimentId = m.value.id;
      notes.understood.push(`experiment: ${label(m.value.id)}`);
      return undefined;
    }
    if (m.kind === "many") return `Which experiment: ${choices(m.values.map((e) => e.name))}?`;
    // Verbs and fillers before "test" are not its name: "stop the experiment" names none.
    const saidName = nameBeforeTest(text);
    if (saidName && !memory.lastExperimentId && v.experiments.length)
      return `I don't see an experiment called "${saidName}". Which one: ${choices(offerable(name, v.experiments).map((e) => e.name))}?`;
  }
  const remembered = memory.lastExperimentId;
  if (remembered) {
    slots.experimentId = remembered;
    notes.understood.push(`experiment: ${label(remembered)} (from this thread)`);
    return undefined;
  }
  delete slots.experimentId;
  if (name === "top_performers") return undefined;
  if (!v.experiments.length) return NO_EXPERIMENTS;
  // Stop and rebalance act on running tests, promote on running or decided ones never promoted: with exactly one
  // such experiment there is nothing to ask (the Confirm still names it); a read-out falls back to the newest.
  const candidates = offerable(name, v.experiments);
  const pool = name === "status" && !candidates.length ? v.experiments.slice(0, 1) : candidates;
  if (pool.length === 1) {
    const only = pool[0]!;
    slots.experimentId = only.id;
    notes.understood.push(
      `experiment: ${label(only.id)} (${LIVE_STATUSES.has(only.status) ? "the only running one" : name === "promote" ? "the only one with a winner to promote" : "the newest"})`,
    );
    return undefined;
  }
  if (!pool.length && name !== "status") {
    const what = name === "promote" ? "with a winner left to promote" : "running";
    return `${NO_CANDIDATE}There is no experiment ${what} right now (${choices(v.experiments.map((e) => `${e.name}: ${e.status}`))}).`;
  }
  // "kill both running tests", "read-outs on all the live tests": one call at a time, the first of them.
  if (
    pool.length > 1 &&
    /\b(?:both|all(?: the| of the)?|every|each)\s+(?:running |live |active )?(?:tests?|experiments?)\b|\bboth\b/i.test(
      text,
    )
  ) {
    const first = [...pool].sort((a, b) => Date.parse(a.createdAt) - Date.parse(b.createdAt))[0]!;
    slots.experimentId = first.id;
    notes.understood.push(`experiment: ${label(first.id)} (the first of ${pool.length}; ask again for the others)`);
    return undefined;
  }
  const listed = (pool.length ? pool : v.experiments).map((e) => e.name);
  const verb = name === "promote" ? "promote the winner of" : name === "stop_experiment" ? "stop" : "look at";
  return `Which experiment should I ${verb}: ${choices(listed)}?`;
}
