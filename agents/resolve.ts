import type { ExperimentName, VocabularyValue } from "../core/intents/vocabulary.ts";

/**
 * The workspace's own words for what a message names: "Gen Z" → gen-z-runners, "the spring test" → its experiment,
 * "free shipping" → free-shipping. Pure over a Vocabulary (read once per turn); typo-tolerant where people slip
 * ("spirng"), and honest about ties: an ambiguous name comes back as choices, never as a guess.
 */
export type Match<T> = { kind: "one"; value: T } | { kind: "many"; values: T[] } | { kind: "none" };

/** Words that say nothing about which audience/offer/experiment is meant. */
export const GENERIC = new Set([
  "the",
  "our",
  "a",
  "an",
  "of",
  "for",
  "and",
  "crowd",
  "folks",
  "people",
  "ppl",
  "peeps",
  "gente",
  "leute",
  "audience",
  "segment",
  "customers",
  "users",
  "fans",
  "lot",
  "crew",
  "runners",
  "runner",
  "offer",
  "offers",
  "promo",
  "promotion",
  "sale",
  "deal",
  "launch",
  "campaign",
  "test",
  "tests",
  "testing",
  "experiment",
  "experiments",
  "ab",
  "split",
  "one",
]);

export function tokens(s: string): string[] {
  return s
    .toLowerCase()
    .replace(/colour/g, "color")
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
    .map(stem);
}

const stem = (t: string) =>
  (t.length > 4 && t.endsWith("es") && !t.endsWith("sses") ? t.slice(0, -1) : t).replace(/(?<=\w{3})s$/, "");

/** Optimal string alignment distance ≤ 1 (one typo: a slip, a missing letter or two swapped letters). */
export function oneTypo(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.min(a.length, b.length) < 5 || Math.abs(a.length - b.length) > 1) return false;
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...new Array(b.length).fill(0)]);
  for (let j = 0; j <= b.length; j++) d[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, d[i - 2]![j - 2]! + 1);
      d[i]![j] = v;
    }
  }
  return d[a.length]![b.length]! <= 1;
}

const phrase = (s: string) => ` ${tokens(s).join(" ")} `;

/**
 * A value named by `said`: an exact name/alias first, then the value whose words cover most of what was said
 * (at least 60% of the meaningful words). Ties are "many".
 */
const GROUP_WORDS = new Set(tokens("mob gang squad guys bunch shoppers buyers ads creatives set range types"));

export function matchValue(said: string, values: VocabularyValue[]): Match<VocabularyValue> {
  const want = phrase(said).trim();
  if (!want) return { kind: "none" };
  const exact = values.filter((v) => [v.id, ...v.names].some((n) => phrase(n).trim() === want));
  if (exact.length === 1) return { kind: "one", value: exact[0]! };
  // Words that name a group rather than which one ("the trail mob", "city customers", "the trail lot"), plural or not.
  const wanted = tokens(said).filter((t) => !GENERIC.has(t) && !GENERIC.has(`${t}s`) && !GROUP_WORDS.has(t));
  if (!wanted.length) return { kind: "none" };
  let best: VocabularyValue[] = [];
  let bestScore = 0;
  for (const v of values) {
    const bag = new Set([v.id, ...v.names].flatMap(tokens));
    // "urbanos" for urban: a longer form of a name word (a plural or a Spanish ending) counts.
    const near = (w: string, b: string) =>
      oneTypo(w, b) || (b.length >= 5 && w.startsWith(b) && w.length - b.length <= 2);
    const score = wanted.filter((w) => bag.has(w) || [...bag].some((b) => near(w, b))).length / wanted.length;
    if (score < 0.6) continue;
    if (score > bestScore) {
      best = [v];
      bestScore = score;
    } else if (score === bestScore) best.push(v);
  }
  if (best.length === 1) return { kind: "one", value: best[0]! };
  return best.length ? { kind: "many", values: best } : { kind: "none" };
}

/** Values whose id or a name appears word for word in the text ("… with free shipping", "gen z, meta, …"). */
export function valuesNamedIn(text: string, values: VocabularyValue[]): VocabularyValue[] {
  const hay = phrase(text);
  const exact = values.filter((v) =>
    [v.id, ...v.names].some((n) => {
      const p = phrase(n).trim();
      return p.length >= 3 && hay.includes(` ${p} `);
    }),
  );
  if (exact.length) return exact;
  // "free shiping", "trail runers": a name of two or more words said with one slip in a long word.
  const said = tokens(text);
  return values.filter((v) =>
    [v.id, ...v.names].some((n) => {
      const want = tokens(n);
      if (want.length < 2) return false;
      return said.some((_, i) => {
        const window = said.slice(i, i + want.length);
        if (window.length < want.length) return false;
        const slips = window.filter((w, j) => w !== want[j]).length;
        return slips === 1 && window.every((w, j) => w === want[j] || oneTypo(w, want[j]!));
      });
    }),
  );
}

/** Template slot names: in a test's name they say what it varies, so alone they name the slot, not the test. */
export const SLOT_WORDS = new Set(
  tokens("hook hooks tone tones cta ctas format formats headline headlines angle angles"),
);

/** The experiment a message names, scored on the distinctive words of experiment names, typo-tolerant. */
export function matchExperiment(text: string, experiments: ExperimentName[]): Match<ExperimentName> {
  const said = tokens(withoutAccents(withPlatformNames(text)))
    .map((t) => NATIONALITY[t] ?? t)
    .filter((t) => !GENERIC.has(t));
  // A slot's name ("tone", "hook") names a test only as "the tone test"; "tone breakdown" is about the slot.
  const namedAsTest = new Set(
    [...text.toLowerCase().matchAll(/\b([a-z]+)\s+(?:a\/b\s+)?(?:tests?|experiments?|t(?:ets|set)s?)\b/g)].flatMap(
      (m) => tokens(m[1]!),
    ),
  );
  const weight = (w: string) => (SLOT_WORDS.has(w) && !namedAsTest.has(w) ? 0.5 : 1);
  const saysTest =
    /\b(?:tests?|testes?|experiments?|a\/b|winners?|arms?|flights?|t(?:ets|set)s?|los(?:ing|ers?))\b|\bthe [\w-]+ one\b/i.test(
      text,
    );
  let best: ExperimentName[] = [];
  let bestScore = 0;
  const byName = new Map<ExperimentName, number>();
  for (const e of experiments) {
    const words = [...new Set(tokens(e.name).filter((t) => !GENERIC.has(t)))].filter((w) =>
      codeSaid(w, words$(e), text),
    );
    const byWords = words.filter((w) => said.some((s) => s === w || oneTypo(s, w))).reduce((n, w) => n + weight(w), 0);
    const named = Math.max(
      byWords,
      initialsSaid(
        tokens(e.name).filter((t) => !GENERIC.has(t)),
        text,
      ),
    );
    byName.set(e, named);
    const score = named + (saysTest ? alsoNamedBy(e, said, words) : 0);
    if (score < 1) continue;
    if (score > bestScore) {
      best = [e];
      bestScore = score;
    } else if (score === bestScore) best.push(e);
  }
  // A tie between a test named by its own words and one by who it is for: "the city test" is City CTA, not the test
  // run on city runners.
  if (best.length > 1) {
    const top = Math.max(...best.map((e) => byName.get(e)!));
    best = best.filter((e) => byName.get(e) === top);
  }
  // A tie is broken by who the test is for: "the gen z hook test" is the hook test run on Gen Z runners.
  if (best.length > 1) {
    const text$ = phrase(text);
    const forAudience = best.filter((e) => e.audienceNames?.some((n) => text$.includes(phrase(n))));
    if (forAudience.length === 1) return { kind: "one", value: forAudience[0]! };
    // "the hook test" when one hook test is running and the other long decided: people mean the live one.
    const live = best.filter((e) => LIVE_STATUSES.has(e.status));
    if (live.length === 1) return { kind: "one", value: live[0]! };
  }
  // "the DE hook test and the City CTA test", "1) hook test read-out 2) trail test read-out": two tests named by
  // different words; a multi-part ask is about the one named first (the live one, if its words name two).
  if (best.length > 1) {
    const at = (e: ExperimentName) => {
      const own = tokens(e.name).filter((w) => !GENERIC.has(w) && codeSaid(w, tokens(e.name), text));
      const i = said.findIndex((s) => own.some((w) => s === w || oneTypo(s, w)));
      return i < 0 ? Number.POSITIVE_INFINITY : i;
    };
    const first = Math.min(...best.map(at));
    const earliest = best.filter((e) => at(e) === first);
    if (earliest.length < best.length) {
      if (earliest.length === 1) return { kind: "one", value: earliest[0]! };
      const live = earliest.filter((e) => LIVE_STATUSES.has(e.status));
      if (live.length === 1) return { kind: "one", value: live[0]! };
    }
  }
  if (best.length === 1) return { kind: "one", value: best[0]! };
  return best.length ? { kind: "many", values: best } : { kind: "none" };
}

const words$ = (e: ExperimentName) => tokens(e.name);

/**
 * A test named by the initials of words of its name: "the BF test", "BF offer" (Black Friday offer test). Written in
 * capitals, or before "test/offer/one"; never initials that are a platform's or a country's code ("TT", "DE").
 */
function initialsSaid(own: string[], text: string): number {
  for (let n = Math.min(3, own.length); n >= 2; n--)
    for (let i = 0; i + n <= own.length; i++) {
      const ini = own
        .slice(i, i + n)
        .map((w) => w[0])
        .join("");
      if (Object.values(PLATFORM_WORDS).some((ws) => ws.includes(ini)) || COUNTRY_CODES[ini]) continue;
      if (
        new RegExp(`\\b${ini.toUpperCase()}\\b`).test(text) ||
        new RegExp(`\\b${ini}\\s+(?:tests?|experiments?|offers?|one)\\b`, "i").test(text)
      )
        return n;
    }
  return 0;
}

/**
 * A country code in a test's name ("DE marathon hook test") names it when written as a code ("DE", "the de test",
 * "de hook"), not as the Spanish, French or Portuguese "de" ("el test de TikTok", "los de trail").
 */
function codeSaid(word: string, own: string[], text: string): boolean {
  if (!COUNTRY_CODES[word]) return true;
  if (new RegExp(`\\b${word.toUpperCase()}\\b`).test(text)) return true;
  const next = ["tests?", "one", "experiments?", ...own.filter((w) => w !== word)].join("|");
  return new RegExp(`\\b${word}\\s+(?:${next})\\b`, "i").test(text);
}

export const withoutAccents = (s: string) => s.normalize("NFD").replace(/[\u0300-\u036f]/g, "");

/**
 * A people's adjective in the languages of the corpora, read as the English one: "le test allemand", "il test
 * tedesco", "o teste alemão" are "the german test" (and the country code a test's name starts with says the same).
 */
const NATIONALITY: Record<string, string> = Object.fromEntries(
  Object.entries({
    german:
      "allemand allemande allemands tedesco tedesca tedeschi aleman alemana alemao alema deutsch deutsche deutschen",
    french: "francais francaise franzosisch francese frances francesa",
    italian: "italien italienne italiano italiana italienisch",
    spanish: "espagnol espagnole spagnolo spanisch espanol espanhol",
    brazilian: "bresilien brasileiro brasileira brasiliano brasilianisch",
  }).flatMap(([en, others]) => others.split(" ").map((w) => [w, en])),
);
const COUNTRY_CODES: Record<string, string> = {
  de: "german",
  fr: "french",
  it: "italian",
  es: "spanish",
  br: "brazilian",
};

/** Where a test's ads run, as people say it ("the tiktok test", "our FB test"). */
/** TikTok as dictation and quick typing spell it: "tick tock", "tic toc", "tik-tok". */
export const SPOKEN_TIKTOK = /\bti(?:ck|k|c)[\s-]?to(?:ck|k|c)(s?)\b/i;
/** A text with TikTok written as the platform's name, however it was spelled out. */
export const withPlatformNames = (text: string) => text.replace(new RegExp(SPOKEN_TIKTOK.source, "gi"), "tiktok$1");

const PLATFORM_WORDS: Record<string, string[]> = {
  meta: ["meta", "facebook", "fb", "instagram", "ig", "insta"],
  tiktok: ["tiktok", "tt"],
  google_ads: ["google", "youtube", "yt"],
};

/**
 * A test is also named by who it is for ("the german hook test": its audience is German marathoners) and where it
 * runs ("the tiktok test"): one point for each, never from the words of its own name, and only where a test is said.
 */
function alsoNamedBy(e: ExperimentName, said: string[], own: string[]): number {
  // "DE marathon hook test": its country code in capitals says who it is for.
  const code = e.name.match(/^([A-Z]{2})\b/)?.[1]?.toLowerCase();
  const audienceWords = new Set(
    [...(e.audienceNames ?? []).flatMap(tokens), ...(code && COUNTRY_CODES[code] ? [COUNTRY_CODES[code]] : [])].filter(
      (w) => w.length >= 3 && !GENERIC.has(w) && !own.includes(w),
    ),
  );
  // One slip counts ("the germna test").
  const forAudience = said.some((w) => audienceWords.has(w) || [...audienceWords].some((a) => oneTypo(w, a))) ? 1 : 0;
  const platformWords = (e.platforms ?? []).flatMap((p) => PLATFORM_WORDS[p] ?? [p]);
  const onPlatform = said.some((w) => platformWords.includes(w)) ? 1 : 0;
  return forAudience + onPlatform;
}

export const LIVE_STATUSES = new Set(["running", "live", "active", "deployed"]);

/** "Spring Sprint hook test or DE marathon hook test" — choices for a question, at most four. */
export function choices(names: string[]): string {
  const list = names.slice(0, 4);
  const more = names.length > 4 ? ` (or one of ${names.length - 4} more)` : "";
  if (list.length <= 1) return `${list[0] ?? ""}${more}`;
  return `${list.slice(0, -1).join(", ")} or ${list.at(-1)}${more}`;
}

/** Words before "test"/"experiment" that say what to do with it or which one, never what it is called. */
const NOT_A_NAME = new Set(
  (
    "the this that my our a an your their its current running live active latest last new old other " +
    "stop end kill halt pause finish close wrap shut terminate promote ship roll check show get see tell give " +
    "how is are was whats what's what which who where when why status of on in for about from with and or to " +
    "me us please pls can could would you u any anything results result winner winners decide decided call " +
    "rebalance reallocate update allocation start create launch run set up make begin new " +
    "every each all across over per both " +
    // The same fillers in the other languages people write in: "la allocation del test", "sur le test hook".
    "el la los las del al en le les des du au aux sur dans il lo gli della dello nel sul do da dos das na no im beim vom zum zur dem"
  ).split(" "),
);

/**
 * The name said before "test"/"experiment" with the verbs and fillers taken off: "kill the trail tone test" →
 * "trail tone"; "stop the experiment" → undefined.
 */
export function nameBeforeTest(text: string): string | undefined {
  const m = withPlatformNames(text).match(/\b((?:[\w'-]+\s+){1,4})(?:test|experiment)\b/i);
  if (!m) return undefined;
  const words = m[1]!.trim().split(/\s+/);
  let start = 0;
  for (let i = 0; i < words.length; i++) if (NOT_A_NAME.has(words[i]!.toLowerCase())) start = i + 1;
  const name = words.slice(start).join(" ");
  // "a 3-way test", "a two-arm test": its shape, not its name.
  return name && !/^(a|b|ab|a\/b|split|(?:\d+|two|three|four|five)[\s-]?(?:way|arms?|cells?))$/i.test(name)
    ? name
    : undefined;
}

/** A literal string inside a RegExp. */
export const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
