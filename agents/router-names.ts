import type { Vocabulary } from "../core/intents/vocabulary.ts";
import { choices, matchExperiment, tokens } from "./resolve.ts";

/**
 * "where are we on the holiday campaign", "zeig mir die Kampagne 'Berlin Herbst'", "the pinterest test": a thing named
 * by its kind that this workspace does not have. The honest answer is a question naming what there is, not a guess.
 */
const KINDS: { said: RegExp; kind: "campaign" | "experiment" | "template" }[] = [
  { said: /\b(?:campaign|kampagne)\b/i, kind: "campaign" },
  { said: /\b(?:test|experiment)\b/i, kind: "experiment" },
  { said: /\btemplate\b/i, kind: "template" },
];
const FILLER = new Set(
  tokens(
    "the a an our my this that new old last next die der das den for on of in about with we are where is how " +
      // Verbs said before "the test" act on it; they never name it ("keep the test running").
      "keep stop kill pause start run end finish launch check see open close cancel restart rerun leave let " +
      // The same fillers in the other languages people write in: "sur le test hook", "en el test de hooks".
      "el la los las del al en le les des du au aux sur dans il lo gli della dello nel sul do da dos das na im beim vom zum zur dem",
  ),
);

export function unknownName(text: string, v: Vocabulary): { kind: string; name: string; question: string } | undefined {
  for (const { said, kind } of KINDS) {
    if (!said.test(text)) continue;
    const quoted = text.match(/["'“‘]([^"'”’]{2,40})["'”’]/)?.[1];
    const before = text.match(new RegExp(`\\b((?:[\\w-]+\\s+){1,2})${said.source.slice(2, -2)}\\b`, "i"))?.[1];
    const after = text.match(
      new RegExp(`${said.source.slice(2, -2)}\\s+["'“‘]?([\\w -]{2,30}?)["'”’]?\\s*[?.!]?$`, "i"),
    )?.[1];
    const name = (quoted ?? before ?? after ?? "").trim();
    const words = tokens(name).filter((w) => !FILLER.has(w));
    if (!words.length) continue;
    const names =
      kind === "campaign"
        ? (v.campaigns ?? []).map((c) => c.name)
        : kind === "template"
          ? v.templates.map((t) => t.names[0] ?? t.id)
          : v.experiments.map((e) => e.name);
    if (!names.length) continue;
    const known = new Set(names.flatMap(tokens));
    if (kind === "experiment" && matchExperiment(text, v.experiments).kind !== "none") continue;
    if (words.some((w) => known.has(w))) continue;
    const shown = quoted ?? words.join(" ");
    return {
      kind,
      name: shown,
      question: `I don't see a ${kind} called “${shown}”. Which one: ${choices(names)}?`,
    };
  }
  return undefined;
}
