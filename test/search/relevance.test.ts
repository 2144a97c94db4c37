import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDemoWorkspace } from "../../server/seed/seed.ts";
import { createTestWorkspace, type TestWorkspace } from "../helpers/workspace.ts";

/**
 * Relevance on the seeded Kestrel library (20 assets). Judgements were made by looking at each demo asset: 2 = what
 * the query asks for, 1 = a reasonable second choice, unlisted = not relevant. Queries cover plain words, colours,
 * "feels like this" by example, and audience-modified queries.
 */
interface Case {
  query?: string;
  examples?: string[];
  audience?: string;
  relevant: Record<string, 2 | 1>;
}

const SHOES = [
  "aero-3-ember",
  "aero-3-midnight",
  "aero-3-glacier",
  "trail-pro-moss",
  "trail-pro-clay",
  "tempo-lite-volt",
];
const SCENES = [
  "scene-forest-trail-dawn",
  "scene-city-sunrise",
  "scene-track-noon",
  "scene-beach-sunset",
  "scene-mountain-ridge",
];
const TALENT = ["talent-maya-run", "talent-jonas-stand", "talent-lea-run", "talent-sam-stand"];
const all = (keys: string[], grade: 2 | 1 = 2) => Object.fromEntries(keys.map((k) => [k, grade]));

const CASES: Case[] = [
  { query: "running shoe studio shot", relevant: all(SHOES) },
  { query: "trail shoes", relevant: { ...all(SHOES, 1), "trail-pro-moss": 2, "trail-pro-clay": 2 } },
  { query: "water bottle", relevant: { "bottle-flow-ember": 2 } },
  { query: "logo", relevant: { "logo-primary": 2, "logo-reversed": 2 } },
  { query: "logo for dark backgrounds", relevant: { "logo-reversed": 2, "logo-primary": 1 } },
  {
    query: "forest trail at dawn",
    relevant: { "scene-forest-trail-dawn": 2, "scene-mountain-ridge": 1, "ref-calm-outdoors": 1 },
  },
  { query: "city street", relevant: { "scene-city-sunrise": 2 } },
  { query: "beach at sunset", relevant: { "scene-beach-sunset": 2 } },
  { query: "stadium track", relevant: { "scene-track-noon": 2 } },
  { query: "mountain landscape", relevant: { "scene-mountain-ridge": 2, "scene-forest-trail-dawn": 1 } },
  { query: "athlete portrait", relevant: all(TALENT) },
  {
    query: "runner mid-stride",
    relevant: { "talent-maya-run": 2, "talent-lea-run": 2, "talent-jonas-stand": 1, "talent-sam-stand": 1 },
  },
  { query: "moodboard", relevant: { "ref-energy-palette": 2, "ref-calm-outdoors": 2 } },
  {
    query: "calm muted greens for nature stories",
    relevant: { "ref-calm-outdoors": 2, "scene-mountain-ridge": 1, "scene-forest-trail-dawn": 1 },
  },
  { query: "bold energetic palette", relevant: { "ref-energy-palette": 2 } },
  { query: "orange shoe", relevant: { "aero-3-ember": 2, "trail-pro-clay": 1, "bottle-flow-ember": 1 } },
  { query: "orange sneaker", relevant: { "aero-3-ember": 2, "trail-pro-clay": 1 } },
  { query: "teal trail shoe", relevant: { "trail-pro-moss": 2 } },
  { query: "navy running shoe", relevant: { "aero-3-midnight": 2, ...all(["aero-3-ember", "aero-3-glacier"], 1) } },
  { query: "light blue shoe", relevant: { "aero-3-glacier": 2 } },
  { query: "green trail shoe", relevant: { "trail-pro-moss": 2, "trail-pro-clay": 1 } },
  { query: "neon yellow lightweight shoe", relevant: { "tempo-lite-volt": 2 } },
  { query: "background for running ads", relevant: all(SCENES) },
  { query: "Maya", relevant: { "talent-maya-run": 2 } },
  { query: "brand mark", relevant: { "logo-primary": 2, "logo-reversed": 2 } },
  {
    examples: ["aero-3-ember"],
    relevant: { ...all(SHOES.filter((k) => k !== "aero-3-ember")), "bottle-flow-ember": 1 },
  },
  {
    examples: ["scene-forest-trail-dawn"],
    relevant: { ...all(SCENES.filter((k) => k !== "scene-forest-trail-dawn")), "ref-calm-outdoors": 1 },
  },
  { examples: ["talent-jonas-stand"], relevant: all(TALENT.filter((k) => k !== "talent-jonas-stand")) },
  { examples: ["logo-primary"], relevant: { "logo-reversed": 2 } },
  {
    examples: ["ref-calm-outdoors"],
    query: "trail",
    relevant: { "scene-forest-trail-dawn": 2, "scene-mountain-ridge": 2, "trail-pro-moss": 1 },
  },
  { query: "shoe for Gen Z", relevant: { ...all(SHOES, 1), "tempo-lite-volt": 2 } },
  {
    query: "background for trail enthusiasts",
    relevant: { ...all(SCENES, 1), "scene-forest-trail-dawn": 2, "scene-mountain-ridge": 2 },
  },
  {
    query: "road shoe",
    audience: "urban-25-34",
    relevant: { ...all(["aero-3-ember", "aero-3-glacier", "tempo-lite-volt"], 1), "aero-3-midnight": 2 },
  },
  { query: "scene for DE marathoners", relevant: { ...all(SCENES, 1), "scene-track-noon": 2 } },
];

/** nDCG@10 with graded gains 2^rel - 1. */
function ndcgAt10(ranked: string[], relevant: Record<string, number>): number {
  const gain = (rel: number) => 2 ** rel - 1;
  const dcg = ranked.slice(0, 10).reduce((sum, key, i) => sum + gain(relevant[key] ?? 0) / Math.log2(i + 2), 0);
  const ideal = Object.values(relevant)
    .sort((a, b) => b - a)
    .slice(0, 10)
    .reduce((sum, rel, i) => sum + gain(rel) / Math.log2(i + 2), 0);
  return ideal ? dcg / ideal : 0;
}

/** Deterministic shuffles of the candidate set: what a ranking that knows nothing would score. */
function randomBaseline(keys: string[], relevant: Record<string, number>, exclude: string[]): number {
  let seed = 7;
  const rand = () => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed / 0x7fffffff;
  };
  const pool = keys.filter((k) => !exclude.includes(k));
  let sum = 0;
  for (let i = 0; i < 50; i++)
    sum += ndcgAt10(
      [...pool].sort(() => rand() - 0.5),
      relevant,
    );
  return sum / 50;
}

let ws: TestWorkspace;
let ids: Map<string, string>;
beforeAll(async () => {
  ws = await createTestWorkspace({ WINNOW_REEMBED_INTERVAL_MS: "0" });
  ids = (await seedDemoWorkspace(ws.services)).assetIds;
}, 90_000);
afterAll(() => ws?.cleanup());

describe("search relevance on the demo library", () => {
  it("reaches nDCG@10 >= 0.85 overall and >= 0.80 in every query family, far above a random ranking", async () => {
    const keyOf = new Map([...ids].map(([k, v]) => [v, k]));
    const families: Record<string, number[]> = { words: [], example: [], audience: [] };
    let baseline = 0;
    const weak: string[] = [];
    for (const c of CASES) {
      const result = await ws.services.search.search({
        query: c.query,
        exampleAssetIds: c.examples?.map((k) => ids.get(k)!),
        audience: c.audience,
        limit: 10,
      });
      const ranked = result.items.map((i) => keyOf.get(i.asset.id)!);
      const score = ndcgAt10(ranked, c.relevant);
      const family = c.examples ? "example" : c.audience || result.audience ? "audience" : "words";
      families[family]!.push(score);
      baseline += randomBaseline([...ids.keys()], c.relevant, c.examples ?? []);
      if (score < 0.6)
        weak.push(
          `${c.query ?? ""} ${c.examples?.join(",") ?? ""} → ${score.toFixed(2)}: ${ranked.slice(0, 5).join(", ")}`,
        );
    }
    const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
    const overall = mean(Object.values(families).flat());
    const report = {
      overall: round(overall),
      ...Object.fromEntries(Object.entries(families).map(([k, v]) => [k, round(mean(v))])),
      randomBaseline: round(baseline / CASES.length),
      queries: CASES.length,
      weak,
    };
    console.info("relevance", JSON.stringify(report));
    // Why 0.85: a random ranking of this library scores ~0.29 (reported above); 0.85 means the assets judged "what
    // the query asks for" sit in the first positions for nearly every query, with room for one or two queries where a
    // second-choice asset comes first (a colour named differently, e.g. "neon yellow" vs the tagger's "lime"). Each
    // family must clear 0.80 so example and audience queries cannot hide behind the easier word queries.
    expect(overall).toBeGreaterThanOrEqual(0.85);
    for (const scores of Object.values(families)) expect(mean(scores)).toBeGreaterThanOrEqual(0.8);
    expect(overall).toBeGreaterThan(baseline / CASES.length + 0.4);
  });
});

const round = (n: number) => Math.round(n * 1000) / 1000;
