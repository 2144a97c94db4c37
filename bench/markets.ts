/**
 * Market replay on shapes Winnow's authors never wrote (issue 24): bench/market-shapes/shapes.json (or MARKET_SHAPES),
 * written blind from published CTR/CVR ranges, weekday patterns, fatigue curves, near-ties and CTR-vs-conversion
 * traps. Each audience runs as a team on hand-made ads would: create_experiment on platform csv, link_deployment one
 * Meta ad per arm, each day's numbers ingested as a Meta Ads Manager export split by the shares get_experiment_results
 * exposes (bench/replay/csv-driver.ts). Shapes marked "tuning" may be looked at while tuning; "measured" ones are only
 * measured, and the issue's targets are checked on them:
 *  - at ≥ 5% relative gaps the correct winner is called by the rule within 600k impressions an audience ≥ 90%;
 *  - wrong calls ≤ 5% over all gaps (a call more than 1% below the best; any arm of an exact tie is right);
 *  - impressions on non-best arms ≤ 50% of an equal split's over each audience's budget (as the issue's probe counted
 *    them: the test, then the rest of the budget by the split the ended test shows; the test alone is printed beside);
 *  - false SRM alarms 0 (delivery follows the shares, so every alarm is false).
 * The race the shapes' author planned as underpowered (UNDERPOWERED; their README: "a correct engine should mostly not
 * reach a confident call here", scored as must-not-miscall) counts in the wrong calls but not in the ≥ 5% figure; the
 * figure with it is printed beside. Near-ties the author declared "either arm acceptable" (top gap < 2%) stay scored as
 * the 1% rule says; how many of the wrong calls fall there is printed too.
 * A second set, bench/market-shapes2/shapes.json (13 shapes, 26 races, all measured; written blind on 2026-12-06 from
 * Pinterest, Snapchat, YouTube, Reddit, Microsoft Ads, Amazon, Meta, Google, LinkedIn and TikTok figures), runs with
 * MARKET_SHAPES=bench/market-shapes2/shapes.json.
 * Run: npm run bench:markets  (MARKET_SEEDS=n seeds per shape, default 3, from MARKET_SEED_FROM (1); MARKET_SPLIT=tuning|measured|all;
 * MARKET_SHAPES_ONLY=id,id; MARKET_POLICY='{"minDays":7}' sets policy fields on every experiment, as a team could)
 */
import { cpus, loadavg } from "node:os";
import { relative } from "node:path";
import { type MarketOutcome, runMarket } from "./replay/csv-driver.ts";
import { DEFAULT_SHAPES_FILE, loadShapes } from "./replay/market-shapes.ts";

const SEEDS = Number(process.env.MARKET_SEEDS ?? 3);
/** First seed (seeds run FROM..FROM+SEEDS-1), so a second set of seeds can check what the first suggested. */
const FROM = Number(process.env.MARKET_SEED_FROM ?? 1);
const which = process.env.MARKET_SPLIT ?? "all";
const only = process.env.MARKET_SHAPES_ONLY?.split(",").filter(Boolean);
const policy = JSON.parse(process.env.MARKET_POLICY ?? "{}") as Record<string, unknown>;
const shapes = loadShapes().filter((s) => (which === "all" || s.split === which) && (!only || only.includes(s.id)));
/** Planned underpowered by the shapes' author (bench/market-shapes/README.md): must not miscall, need not call. */
const UNDERPOWERED = new Set(["google-rsa-b2b-cvr/demo-intent"]);
const underpowered = (o: MarketOutcome) => UNDERPOWERED.has(`${o.shape}/${o.audience}`);
const started = performance.now();
const outcomes: MarketOutcome[] = [];
for (const shape of shapes)
  for (let seed = FROM; seed < FROM + SEEDS; seed++) {
    const t = performance.now();
    const runs = await runMarket(shape, seed, policy);
    outcomes.push(...runs);
    process.stderr.write(
      `${shape.id} seed ${seed}: ${runs
        .map(
          (r) =>
            `${r.audience} ${r.correct ? "correct" : r.equivalent ? "equivalent" : "WRONG"} ${r.call}${r.best.length > 1 ? "" : ` (best ${r.best[0]}, gap ${(r.topGap * 100).toFixed(1)}%)`} ${r.basis} day ${r.days}, non-best ${(r.nonBestVsEqual * 100).toFixed(0)}% of equal, srm ${r.srmAlarmDays}`,
        )
        .join("; ")} in ${((performance.now() - t) / 1000).toFixed(1)}s\n`,
    );
  }

const rate = (xs: MarketOutcome[], f: (o: MarketOutcome) => boolean) =>
  xs.length ? Number((xs.filter(f).length / xs.length).toFixed(3)) : null;
const mean = (xs: number[]) => (xs.length ? Number((xs.reduce((s, v) => s + v, 0) / xs.length).toFixed(3)) : null);
function figures(xs: MarketOutcome[]) {
  const gapped = xs.filter((o) => o.topGap >= 0.05 && !underpowered(o));
  const gappedAll = xs.filter((o) => o.topGap >= 0.05);
  const planned = xs.filter(underpowered);
  const wrongCalls = xs.filter((o) => o.wrong && o.calledByRule);
  const delivered = xs.reduce((s, o) => s + o.impressions, 0);
  const nonBest = xs.reduce((s, o) => s + o.nonBestVsEqual * o.impressions, 0);
  const budgetNonBest = xs.reduce((s, o) => s + o.nonBestVsEqualOverBudget, 0);
  const fading = xs.filter((o) => o.fadingFlagged !== null);
  return {
    audienceRuns: xs.length,
    gapAtLeast5pct: {
      runs: gapped.length,
      calledCorrectlyByRule: rate(gapped, (o) => o.calledCorrectly),
      endedOnBest: rate(gapped, (o) => o.correct),
      withUnderpoweredRace: {
        runs: gappedAll.length,
        calledCorrectlyByRule: rate(gappedAll, (o) => o.calledCorrectly),
      },
    },
    underpoweredRace: planned.length
      ? {
          runs: planned.length,
          calledByRule: rate(planned, (o) => o.calledByRule),
          wrongCalls: planned.filter((o) => o.wrong && o.calledByRule).length,
        }
      : null,
    // A wrong call is the rule naming an arm more than 1% below the best; a best guess at the end is not a call.
    wrongCallRate: rate(xs, (o) => o.wrong && o.calledByRule),
    wrongCalls: wrongCalls.length,
    /** Of those, picks in a near-tie (gap < 2%) within 2% of the best: "either acceptable" in the shapes' README. */
    wrongCallsInDeclaredNearTies: wrongCalls.filter((o) => o.topGap < 0.02 && (o.callVsBest ?? 0) >= 0.98).length,
    endedOnWrongArmRate: rate(xs, (o) => o.wrong),
    calledByRuleRate: rate(xs, (o) => o.calledByRule),
    correctOrEquivalentRate: rate(xs, (o) => o.correct || o.equivalent),
    nonBestVsEqualSplit: delivered ? Number((nonBest / delivered).toFixed(3)) : null,
    /** Over each audience's budget, the rest after the test spent on the arm it named (a team's campaign). */
    nonBestVsEqualOverBudget: xs.length ? Number((budgetNonBest / xs.length).toFixed(3)) : null,
    falseSrmAlarmDays: xs.reduce((s, o) => s + o.srmAlarmDays, 0),
    fadingCreativeFlagged: fading.length ? rate(fading, (o) => o.fadingFlagged === true) : null,
    meanDays: mean(xs.map((o) => o.days)),
    meanImpressions: mean(xs.map((o) => o.impressions)),
  };
}
function byShape(xs: MarketOutcome[]) {
  return Object.fromEntries(
    [...new Set(xs.map((o) => o.shape))].map((id) => {
      const mine = xs.filter((o) => o.shape === id);
      return [
        id,
        {
          ...figures(mine),
          races: [...new Set(mine.map((o) => o.audience))].map((a) => {
            const r = mine.filter((o) => o.audience === a);
            return {
              audience: a,
              best: r[0]!.best.join(" = "),
              gap: Number(r[0]!.topGap.toFixed(3)),
              calls: r.map((o) => `${o.call ?? "-"}:${o.basis ?? "-"}@${o.days}d`),
            };
          }),
        },
      ];
    }),
  );
}
const tuning = outcomes.filter((o) => o.split === "tuning");
const measured = outcomes.filter((o) => o.split === "measured");
const m = figures(measured);
const result = {
  benchmark: "markets",
  shapesFile: process.env.MARKET_SHAPES ?? relative(process.cwd(), DEFAULT_SHAPES_FILE),
  seedsPerShape: SEEDS,
  seeds: `${FROM}..${FROM + SEEDS - 1}`,
  policy,
  tuning: tuning.length ? { overall: figures(tuning), shapes: byShape(tuning) } : null,
  measured: measured.length ? { overall: m, shapes: byShape(measured) } : null,
  headlineExamples: outcomes.slice(0, 3).map((o) => o.headline),
  seconds: Number(((performance.now() - started) / 1000).toFixed(1)),
  loadAverage1m: loadavg()[0],
  cpus: cpus().length,
  targets: measured.length
    ? {
        correctCallAtGap5pct: {
          value: m.gapAtLeast5pct.calledCorrectlyByRule,
          goal: ">= 0.9",
          pass: (m.gapAtLeast5pct.calledCorrectlyByRule ?? 0) >= 0.9,
        },
        wrongCalls: { value: m.wrongCallRate, goal: "<= 0.05", pass: (m.wrongCallRate ?? 1) <= 0.05 },
        /**
         * The issue's reading: its probe ran each audience through its budget (~560k impressions), ingesting by the
         * shares the read-out exposed after every import, before and after a call; non-best impressions were counted
         * over all of them. Here: the test's own impressions plus the rest of the budget spent by the split the ended
         * test shows.
         */
        nonBestImpressions: {
          value: m.nonBestVsEqualOverBudget,
          goal: "<= 0.5",
          pass: (m.nonBestVsEqualOverBudget ?? 1) <= 0.5,
        },
        /** The test's impressions alone (until the call or the budget); printed beside, not a target. */
        nonBestImpressionsDuringTest: { value: m.nonBestVsEqualSplit },
        falseSrm: { value: m.falseSrmAlarmDays, goal: "0", pass: m.falseSrmAlarmDays === 0 },
      }
    : null,
};
process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
