import type { Vocabulary } from "../core/intents/vocabulary.ts";
import { matchAsset, nameTokens } from "./asset-match.ts";
import { escapeRe, GENERIC, matchExperiment, SLOT_WORDS, tokens } from "./resolve.ts";
import { placeholders, STOP } from "./router-reader-text.ts";

/**
 * A message with the workspace's own names said as what they are: "is the spring hook test done for trail runners"
 * → "is the {experiment} hook test done for {audience}". A name said whole (an audience, offer, template, campaign,
 * brand, person or prompt, or one of its aliases) is replaced; an experiment or asset, which people name by a few of
 * its words, gives the words the rules matched it by — never a word that says what kind of thing it is ("test",
 * "hook", "photo"), a tone, or a word the tools describe themselves with (`toolWords`). Placeholders the message
 * implies but no word took are added at the end. The router's reader reads its labelled messages (from one
 * workspace) and every message it is asked about (from any other) this way, so it learns asks, not names.
 */
const KEPT = new Set([...GENERIC, ...SLOT_WORDS, ...STOP]);

/** Whole names of what a workspace has, longest first, as [placeholder, name]. */
function wholeNames(v: Vocabulary): [string, string][] {
  const named: [string, (string | null | undefined)[]][] = [
    ["audience", v.audiences.flatMap((a) => [a.id, ...a.names])],
    ["offer", v.offers.flatMap((o) => [o.id, ...o.names])],
    ["template", v.templates.flatMap((t) => t.names)],
    ["campaign", (v.campaigns ?? []).map((c) => c.name)],
    ["brand", v.brands.flatMap((b) => [b.slug, b.name])],
    ["member", v.members.flatMap((m) => [m.name, m.name?.split(/\s+/)[0], m.email])],
    ["prompt", v.prompts],
  ];
  return named
    .flatMap(([kind, names]) =>
      names
        .filter((n): n is string => !!n && n.trim().length >= 2)
        .map((n): [string, string] => [`{${kind}}`, n.trim()]),
    )
    .sort((a, b) => b[1].length - a[1].length);
}

/** The words of the experiments and assets the text names, as the rules match them. */
function partialNames(text: string, v: Vocabulary, toolWords: Set<string>): [string, Set<string>][] {
  const lower = text.toLowerCase();
  const skip = new Set([...KEPT, ...v.tones.flatMap((t) => [t.id, ...t.names]).flatMap(tokens), ...toolWords]);
  const keep = (words: string[]) => new Set(words.filter((w) => !skip.has(w) && !/^\d+$/.test(w)));
  const experiment = matchExperiment(lower, v.experiments);
  const asset = v.assets?.length ? matchAsset(lower, v.assets) : ({ kind: "none" } as const);
  const out: [string, Set<string>][] = [];
  if (experiment.kind !== "none")
    out.push([
      "{experiment}",
      keep((experiment.kind === "one" ? [experiment.value] : experiment.values).flatMap((e) => tokens(e.name))),
    ]);
  if (asset.kind !== "none")
    out.push([
      "{asset}",
      keep((asset.kind === "one" ? [asset.value] : asset.values).flatMap((a) => nameTokens(a.name))),
    ]);
  return out;
}

export function anonymise(text: string, v: Vocabulary | undefined, toolWords: Set<string> = new Set()): string {
  const found = placeholders(text, v);
  if (!v) return found.length ? `${text} ${found.join(" ")}` : text;
  const used = new Set<string>();
  let out = text;
  for (const [ph, name] of wholeNames(v)) {
    const re = new RegExp(
      `(?<![\\p{L}\\p{N}])${escapeRe(name).replace(/[\s-]+/g, "[\\s-]+")}(?![\\p{L}\\p{N}])`,
      "giu",
    );
    if (!re.test(out)) continue;
    out = out.replace(re, ph);
    used.add(ph);
  }
  for (const [ph, words] of partialNames(text, v, toolWords)) {
    const named = (m: RegExpMatchArray) =>
      out[m.index! - 1] !== "{" && tokens(m[0]).length > 0 && tokens(m[0]).every((t) => words.has(t));
    const spans = [...out.matchAll(/[\p{L}\p{N}]+(?:['’]\p{L}+)?/gu)];
    let next = "";
    let at = 0;
    for (let i = 0; i < spans.length; i++) {
      if (!named(spans[i]!)) continue;
      let j = i;
      while (j + 1 < spans.length && named(spans[j + 1]!) && /^[\s-]*$/.test(gap(out, spans[j]!, spans[j + 1]!))) j++;
      next += `${out.slice(at, spans[i]!.index!)}${ph}`;
      at = spans[j]!.index! + spans[j]![0].length;
      used.add(ph);
      i = j;
    }
    out = next + out.slice(at);
  }
  const rest = [...new Set(found)].filter((p) => !used.has(p));
  return rest.length ? `${out} ${rest.join(" ")}` : out;
}

const gap = (text: string, a: RegExpMatchArray, b: RegExpMatchArray) => text.slice(a.index! + a[0].length, b.index!);
