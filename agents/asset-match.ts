import { ENGLISH_WORDS } from "./english-words.ts";
import { GENERIC, type Match, oneTypo, tokens } from "./resolve.ts";

/**
 * The library assets a message names in words: "the trail dawn photo" → "Trail at dawn hero photo", "the energetic
 * 1:1" → "Spring Sprint energetic 1:1", "the energetic 1:1 vs the premium 9:16" → both. Pure over the vocabulary's
 * assets (newest first); typo-tolerant; a tie is given back as choices unless the thread, a whole name or a clearly
 * newer asset settles it.
 */
export interface AssetName {
  id: string;
  name: string;
  kind: string;
  status: string;
  createdAt?: string;
}

/** Words in asset names that say what kind of thing it is, not which one ("photo", "shot", "1:1"). */
const ASSET_FILLER = new Set(
  "photo image pic picture shot asset visual creative file version copy one ones thing the a an of at in on for with and our my this that it these those from to what where which who is are was been made show me".split(
    " ",
  ),
);

const RATIO = /\b(\d+(?:\.\d+)?)(?:\s*:\s*|[x×])(\d+(?:\.\d+)?)s?\b/g;

export const nameTokens = (s: string) =>
  tokens(s.replace(RATIO, " ")).filter((t) => !ASSET_FILLER.has(t) && !GENERIC.has(t));

/** Placement words for an aspect ratio, as people say them. */
const RATIO_WORDS: [RegExp, string][] = [
  [/\bsquares?\b/i, "1:1"],
  [/\b(?:vertical|verticals|stor(?:y|ies)|reels?|9x16s?)\b/i, "9:16"],
  [/\b(?:landscape|wide|horizontal)\b/i, "1.91:1"],
  [/(?<![\d.:])1\.91(?![\d:])/, "1.91:1"],
];

/** The aspect ratios a text says ("9:16", "the 1.91", "square"), as "w:h". */
export function ratiosIn(text: string): string[] {
  const out = [...text.matchAll(RATIO)].map((m) => `${Number(m[1])}:${Number(m[2])}`);
  for (const [re, ratio] of RATIO_WORDS) if (re.test(text)) out.push(ratio);
  return [...new Set(out)];
}

/** "Black Friday banner" is also "the BF banner": the initials of a name's first two or three capitalised words. */
function initials(name: string): string[] {
  const words = name
    .replace(RATIO, " ")
    .split(/[^\p{L}\d]+/u)
    .filter(Boolean);
  const out: string[] = [];
  for (const n of [2, 3]) {
    const lead = words.slice(0, n);
    if (lead.length === n && lead.every((w) => /^\p{Lu}\p{Ll}+$/u.test(w)))
      out.push(
        lead
          .map((w) => w[0])
          .join("")
          .toLowerCase(),
      );
  }
  return out;
}

const DAY = 864e5;
/** Words for a test's winning arm, and its losing one. */
const WON = /\b(?:winner|winners|winning|won|gagnant\w*|ganador\w*|gewinner\w*|vincitor\w*|vencedor\w*)\b/i;
const LOST = /\b(?:loser|losers|losing|lost|perdant\w*|perdedor\w*|verlierer\w*)\b/i;

/** The everyday English words (the 5,000 most frequent): a name's word among them may be said for something else. */
let COMMON: Set<string> | undefined;
const commonWord = (w: string) => {
  COMMON ??= new Set(ENGLISH_WORDS.split(/\s+/).slice(0, 5000));
  return COMMON.has(w);
};

interface Scored {
  a: AssetName;
  weight: number;
  unmatched: number;
  /** The name's words the text said. */
  hits: string[];
}

/**
 * Scores every asset on the words of its name weighted by how rare each is in the library (and on its aspect ratio,
 * when the text says one: another ratio rules an asset out). A word at most `shared` assets have names them alone (in
 * a list of names, "energetic vs premium", a word two assets share is enough); commoner words need a second word or
 * the ratio.
 */
function scoreAssets(text: string, assets: AssetName[], shared = 1, strict = false): Scored[] {
  const clean = text.replace(/\b(?:ast|exp|rvw)_\w+/g, " ");
  const said = new Set(nameTokens(clean));
  const ratios = ratiosIn(clean);
  if (!said.size) return [];
  const names = assets.map((a) => [...new Set([...nameTokens(a.name), ...initials(a.name)])]);
  const df = new Map<string, number>();
  for (const ws of names) for (const w of ws) df.set(w, (df.get(w) ?? 0) + 1);
  const ratioOf = assets.map((a) => ratiosIn(a.name)[0]);
  const ratioDf = new Map<string, number>();
  for (const r of ratioOf) if (r) ratioDf.set(r, (ratioDf.get(r) ?? 0) + 1);
  const idf = (n: number) => Math.log((assets.length + 1) / n);
  const hit = (w: string) => said.has(w) || (w.length >= 5 && [...said].some((s) => oneTypo(s, w)));
  return assets
    .map((a, i) => {
      const hits = names[i]!.filter(hit);
      const ratio = ratioOf[i];
      const ratioHit = !!ratio && ratios.includes(ratio);
      if (ratio && ratios.length && !ratioHit) return undefined;
      // A word two names share counts alone only as said ("right" is no slip for "night" there) and where everyday
      // English does not use it ("anything from spring?" names no spring asset).
      const rare = hits.some(
        (w) =>
          w.length >= 4 && (df.get(w)! <= 1 || (df.get(w)! <= shared && (!strict || (said.has(w) && !commonWord(w))))),
      );
      if (!hits.length || !(hits.length >= 2 || rare || (ratioHit && hits.some((w) => df.get(w)! <= 3))))
        return undefined;
      const weight = hits.reduce((s, w) => s + idf(df.get(w)!), 0) + (ratioHit ? idf(ratioDf.get(ratio!)!) : 0);
      return { a, weight, unmatched: nameTokens(a.name).filter((w) => !hits.includes(w)).length, hits };
    })
    .filter((x): x is Scored => !!x && x.weight > 0)
    .sort((x, y) => y.weight - x.weight);
}

/** Words that pick the older of two versions ("the old Ember shot", "the current one"), and the newer. */
const OLDER = /\b(?:old|older|oldest|original|previous|current|existing|earlier|former)\b/i;
const NEWER = /\b(?:new|newer|newest|latest|updated|recent|fresh)\b/i;

/**
 * A tie settled: the thread's own assets first, then the ones of the thread's family (after "the playful 9:16", "the
 * premium one" is the Spring Sprint premium, not the Trail tone one), then the age said ("the old Ember shot"), then a
 * name said whole, then one clearly newer than the rest.
 */
function settle(
  top: Scored[],
  preferred: string[],
  text = "",
  assets: AssetName[] = [],
): { one?: AssetName; why?: string; tied: AssetName[] } {
  let tied = top;
  const inThread = tied.filter((x) => preferred.includes(x.a.id));
  if (inThread.length && inThread.length < tied.length) tied = inThread;
  if (tied.length === 1) return { one: tied[0]!.a, why: "in this thread", tied: tied.map((x) => x.a) };
  const kin = kinOfThread(
    tied.map((x) => x.a),
    preferred,
    assets,
  );
  if (kin.length === 1) return { one: kin[0]!, why: "of this thread's family", tied: tied.map((x) => x.a) };
  if (kin.length > 1 && kin.length < tied.length) tied = tied.filter((x) => kin.includes(x.a));
  // "archive the old Ember shot", "this replaces the current one": the age said of two versions, where it is no word
  // of their names.
  const age = OLDER.test(text) && !NEWER.test(text) ? -1 : NEWER.test(text) && !OLDER.test(text) ? 1 : 0;
  const ageWordNamed = tied.some((x) => x.hits.some((w) => OLDER.test(w) || NEWER.test(w)));
  if (age && !ageWordNamed && tied.length === 2) {
    const dated = tied.map((x) => ({ x, t: Date.parse(x.a.createdAt ?? "") })).sort((p, q) => (q.t - p.t) * age);
    if (dated.length >= 2 && dated.every((d) => Number.isFinite(d.t)) && dated[0]!.t !== dated[1]!.t)
      return { one: dated[0]!.x.a, why: age < 0 ? "the older one" : "the newer one", tied: tied.map((x) => x.a) };
  }
  // "the City CTA winner", "le visuel gagnant du test", "the loser": the arm its test promoted (or discarded).
  const outcome = WON.test(text) ? "promoted" : LOST.test(text) ? "discarded" : undefined;
  const decided = outcome ? tied.filter((x) => x.a.status === outcome) : [];
  if (decided.length === 1) return { one: decided[0]!.a, why: `the ${outcome} one`, tied: tied.map((x) => x.a) };
  // "the Aero 3 Ember one": the name said the most fully (the new box pack shot has three words more unsaid).
  const fewest = Math.min(...tied.map((x) => x.unmatched));
  const whole = tied.filter((x) => x.unmatched === fewest);
  const next = Math.min(...tied.filter((x) => x.unmatched !== fewest).map((x) => x.unmatched));
  if (whole.length === 1 && (fewest === 0 || next - fewest >= 2))
    return {
      one: whole[0]!.a,
      why: fewest ? "the name said most fully" : "its whole name",
      tied: tied.map((x) => x.a),
    };
  // "is the mara shot still ok? episode drops that day": a name's own word ("Mara") names it more surely than an
  // everyday one the sentence may use otherwise ("drops" of "Shop the drop").
  const own = (x: Scored) => x.hits.filter((w) => !commonWord(w)).length;
  const most = Math.max(...tied.map(own));
  const owned = tied.filter((x) => own(x) === most);
  if (most > 0 && owned.length === 1) return { one: owned[0]!.a, why: "its own word", tied: tied.map((x) => x.a) };
  const dated = tied.map((x) => ({ x, t: Date.parse(x.a.createdAt ?? "") }));
  if (dated.every((d) => Number.isFinite(d.t))) {
    const byDate = dated.sort((p, q) => q.t - p.t);
    if (byDate[0]!.t - byDate[1]!.t >= 7 * DAY)
      return { one: byDate[0]!.x.a, why: "the newest", tied: tied.map((x) => x.a) };
  }
  return { tied: tied.map((x) => x.a) };
}

/** Whether the text says a word of the asset's name that no other name has and everyday English does not use. */
export function ownWordSaid(text: string, one: AssetName, assets: AssetName[]): boolean {
  const said = new Set(nameTokens(text));
  const others = new Set(assets.filter((a) => a.id !== one.id).flatMap((a) => nameTokens(a.name)));
  return nameTokens(one.name).some((w) => w.length >= 4 && said.has(w) && !others.has(w) && !commonWord(w));
}

/** A name's family: its words before the part that tells its members apart ("Spring Sprint", "Trail tone"). */
export function familyOf(a: AssetName): string {
  const name = a.name.replace(/\s*\([^)]*\)\s*$/, "");
  const dash = name.split(/\s+[-–—]\s+/);
  if (dash.length > 1) return dash[0]!.toLowerCase();
  const words = name.replace(RATIO, " ").trim().split(/\s+/);
  return words
    .slice(0, Math.max(1, words.length - 1))
    .join(" ")
    .toLowerCase();
}

/**
 * The candidates of the same family as the assets this thread is about ("the premium one" after the Spring Sprint
 * playful 9:16), when the thread's assets are of one family and the candidates are not all of it.
 */
function kinOfThread(candidates: AssetName[], preferred: string[], assets: AssetName[]): AssetName[] {
  const families = new Set(assets.filter((a) => preferred.includes(a.id)).map((a) => familyOf(a)));
  if (families.size !== 1) return [];
  const kin = candidates.filter((a) => families.has(familyOf(a)));
  return kin.length < candidates.length ? kin : [];
}

/**
 * "the square one", "and the 9:16 one?", "archive the 1:1 one first": an asset named by its aspect ratio alone is the
 * one of that ratio among the assets this thread showed.
 */
function byRatioIn(text: string, assets: AssetName[], preferred: string[]): Match<AssetName> {
  const ratios = ratiosIn(text.replace(/\b(?:ast|exp|rvw)_\w+/g, " "));
  if (!ratios.length || !preferred.length) return { kind: "none" };
  const shown = assets.filter((a) => preferred.includes(a.id) && ratios.includes(ratiosIn(a.name)[0] ?? ""));
  return shown.length === 1 ? { kind: "one", value: shown[0]! } : { kind: "none" };
}

/**
 * What a sentence says aside, about something else: why or since when ("now that the new box one is in", "so the
 * Spring Sprint plan can keep her", "because the spring variants are live"), up to the sentence's end.
 */
const ASIDE =
  /(?:^|\s|,)(?:now that|now the|now it'?s|since|because|cos|as soon as|seeing as|given that|so that|so (?:the|we|i|it|they|she|he|you|our)\b)[^.!?;]*/gi;

/**
 * The one asset a message names ("one"), several named alike ("many", newest first), or none. `preferred`: the
 * assets this thread showed, which win a tie. What a sentence says aside ("… now that the new box one is in") names
 * nothing unless the rest names no asset.
 */
export function matchAsset(text: string, assets: AssetName[], preferred: string[] = []): Match<AssetName> {
  if (!assets.length) return { kind: "none" };
  const main = text.replace(ASIDE, " ");
  if (main !== text && nameTokens(main).length) {
    const m = matchWords(main, assets, preferred);
    if (m.kind !== "none") return m;
  }
  return matchWords(text, assets, preferred);
}

function matchWords(text: string, assets: AssetName[], preferred: string[]): Match<AssetName> {
  // A word two names share ("Ember", "premium") names those two: the tie is settled below or asked.
  const scored = scoreAssets(text, assets, 2, true);
  if (!scored.length) return byRatioIn(text, assets, preferred);
  const top = scored.filter((x) => Math.abs(x.weight - scored[0]!.weight) < 1e-9);
  if (top.length === 1) return { kind: "one", value: top[0]!.a };
  const settled = settle(top, preferred, text, assets);
  return settled.one ? { kind: "one", value: settled.one } : { kind: "many", values: settled.tied };
}

/** Where a message names several things in a row: "X vs Y", "X and Y", "X, Y", "X y Y", "X und Y". */
const BETWEEN =
  /\s*(?:\bvs\.?|\bversus\b|\bag(?:a|ia)?inst\b|\bcontra\b|\bgegen\b|\band\b|\bor\b|\by\b|\bund\b|\boder\b|\bo\b|[,&/+;]|\bplus\b)\s*/i;

/**
 * Two or more assets a message names apart ("test energetic 1:1 vs premium 9:16", "the energetic and premium spring
 * variants"): each part's own match, a tie settled by the words the whole message shares (the "spring" of "the
 * energetic and premium spring variants") before the rules of `matchAsset`. Undefined unless at least two.
 */
export function matchAssets(text: string, assets: AssetName[], preferred: string[] = []): AssetName[] | undefined {
  const clean = text.replace(/\b(?:ast|exp|rvw)_\w+/g, " ");
  const parts = clean.split(BETWEEN).filter((p) => nameTokens(p).length);
  if (parts.length < 2) return undefined;
  const whole = new Set(nameTokens(clean));
  const found: AssetName[] = [];
  for (const part of parts) {
    // A word the whole message says of every part ("energetic 1:1 vs calm 4:5 from the spring batch") counts for
    // each part's match: a name it is a word of weighs one word more.
    const context = (x: Scored) => nameTokens(x.a.name).filter((w) => whole.has(w) && !x.hits.includes(w)).length;
    const scored = scoreAssets(part, assets, 2)
      .map((x) => ({ ...x, weight: x.weight + context(x) }))
      .sort((x, y) => y.weight - x.weight);
    if (!scored.length) continue;
    let top = scored.filter((x) => Math.abs(x.weight - scored[0]!.weight) < 1e-9);
    if (top.length > 1) {
      const all = (x: Scored) => nameTokens(x.a.name).filter((w) => whole.has(w)).length;
      const best = Math.max(...top.map(all));
      top = top.filter((x) => all(x) === best);
    }
    const one = top.length === 1 ? top[0]!.a : settle(top, preferred, part, assets).one;
    if (one && !found.some((a) => a.id === one.id)) found.push(one);
  }
  return found.length >= 2 ? found : undefined;
}

/**
 * A family of assets named by the start their names share: "the April shoot pics" → "April shoot" (four names start
 * so), "the black friday banners" → "Black Friday banner", "the Aero 3 range" → "Aero 3". The longest run of two or
 * more words of the message (plural or singular, one slip in a long word) that begins the names of at least two
 * assets, in the names' own spelling; copies of one asset ("… (resized copy)") are no family.
 */
export function familySaid(text: string, assets: AssetName[]): string | undefined {
  const said = tokens(text.replace(/\b(?:ast|exp|rvw)_\w+/g, " "));
  const named = assets.map((a) => {
    const raw = a.name.split(/[^A-Za-z0-9]+/).filter(Boolean);
    return { a, raw, words: raw.map((w) => tokens(w)[0] ?? w.toLowerCase()) };
  });
  const same = (w: string, n: string) => w === n || (n.length >= 5 && oneTypo(w, n));
  let best: { run: number; raw: string[] } | undefined;
  for (let i = 0; i < said.length; i++) {
    const runs = named.map((n) => {
      let k = 0;
      while (k < n.words.length && i + k < said.length && same(said[i + k]!, n.words[k]!)) k++;
      return k;
    });
    for (let run = Math.max(...runs); run >= 2 && run > (best?.run ?? 1); run--) {
      const members = named.filter((_, j) => runs[j]! >= run);
      const bases = new Set(members.map((m) => m.a.name.replace(/\s*\([^)]*\)\s*$/, "").toLowerCase()));
      if (members.length >= 2 && bases.size >= 2 && !members[0]!.words.slice(0, run).every((w) => GENERIC.has(w))) {
        best = { run, raw: members[0]!.raw.slice(0, run) };
        break;
      }
    }
  }
  return best?.raw.join(" ");
}
