/**
 * Decision quality on the market simulator, 200 seeded scenarios each:
 *  - Thompson allocation (with the production decision rule) versus a fixed equal split of a fixed horizon:
 *    same accuracy at finding the true best arm with <= 50% of the equal split's impressions;
 *  - A/A scenarios (identical arms): the rule declares a winner in <= 5% of them;
 *  - SRM: a 10% traffic imbalance (1.1 : 1) at 20k impressions is flagged in >= 95% of fixtures.
 * Prints one JSON object. Run: npm run bench:experiments
 */

import { cpus, loadavg } from "node:os";
import { addDays, DEFAULT_MARKET, Market } from "../connectors/simulator/market.ts";
import { analyseArms } from "../core/experiments/analysis.ts";
import { allocationRound, type BanditArm } from "../core/experiments/bandit.ts";
import { type ArmTotals, emptyTotals } from "../core/experiments/metrics.ts";
import { ExperimentPolicy } from "../core/experiments/policy.ts";
import { posteriorFor } from "../core/experiments/posterior.ts";
import { binomial, seededRng } from "../core/experiments/rng.ts";
import { srmTest } from "../core/experiments/srm.ts";

const SCENARIOS = Number(process.env.BENCH_SCENARIOS ?? 200);
const ARMS = 4;
const HORIZON_PER_ARM = 40_000; // the fixed equal split's sample per arm
const BATCH = 2_000; // impressions per Thompson round (one "day" of delivery)
const policy = ExperimentPolicy.parse({ probabilityToBeBest: 0.95, minSamplePerArm: 2_000 });

function scenario(seed: number, aa: boolean) {
  const rng = seededRng(seed);
  const effects: Record<string, number> = {};
  const best = Math.floor(rng() * ARMS);
  for (let i = 0; i < ARMS; i++) {
    // The best arm is 10-30% better (logit ≈ relative at low CTR); the others 0-10% worse than baseline.
    effects[`v${i}`] = aa ? 0 : i === best ? 0.1 + 0.2 * rng() : -0.1 * rng();
  }
  const market = new Market(
    { ...DEFAULT_MARKET, slotEffects: { variant: effects }, audienceEffects: {} },
    seededRng(seed * 7919 + 1),
  );
  for (let i = 0; i < ARMS; i++)
    market.register({ platformAdId: `ad${i}`, slots: { variant: `v${i}` }, audience: undefined });
  const truthBest = [...Array(ARMS).keys()].reduce(
    (b, i) => (market.trueCtr(`ad${i}`) > market.trueCtr(`ad${b}`) ? i : b),
    0,
  );
  return { market, truthBest };
}

/** Adds what the market reports for one day to running totals (CTR needs no restated conversions). */
function accumulate(market: Market, totals: Map<string, ArmTotals>, date: string) {
  for (const r of market.report(date, date, date)) {
    const t = totals.get(r.platformAdId) ?? emptyTotals();
    t.impressions += r.impressions;
    t.clicks += r.clicks;
    totals.set(r.platformAdId, t);
  }
}

function equalSplit(seed: number) {
  const { market, truthBest } = scenario(seed, false);
  const serve: Record<string, number> = {};
  for (let i = 0; i < ARMS; i++) serve[`ad${i}`] = HORIZON_PER_ARM;
  market.serve("2030-01-01", serve);
  const totals = new Map<string, ArmTotals>();
  accumulate(market, totals, "2030-01-01");
  const arms = [...Array(ARMS).keys()].map((i) => ({
    armId: `ad${i}`,
    posterior: posteriorFor("ctr", totals.get(`ad${i}`)!),
  }));
  const analysis = analyseArms("ctr", arms, seededRng(seed), 2000);
  const pick = analysis.reduce((b, a, i) => (a.probabilityBest > analysis[b]!.probabilityBest ? i : b), 0);
  return { correct: pick === truthBest, impressions: HORIZON_PER_ARM * ARMS };
}

function thompson(seed: number, aa: boolean) {
  const { market, truthBest } = scenario(seed, aa);
  const rng = seededRng(seed + 1);
  let date = "2030-01-01";
  let used = 0;
  const pruned = new Set<string>();
  const totals = new Map<string, ArmTotals>();
  let shares = Object.fromEntries([...Array(ARMS).keys()].map((i) => [`ad${i}`, 1 / ARMS]));
  for (;;) {
    const serve: Record<string, number> = {};
    for (const [ad, share] of Object.entries(shares)) serve[ad] = Math.round(BATCH * share);
    market.serve(date, serve);
    used += Object.values(serve).reduce((s, v) => s + v, 0);
    accumulate(market, totals, date);
    const banditArms: BanditArm[] = [...Array(ARMS).keys()].map((i) => ({
      armId: `ad${i}`,
      label: `ad${i}`,
      totals: totals.get(`ad${i}`) ?? emptyTotals(),
      pruned: pruned.has(`ad${i}`),
    }));
    const round = allocationRound("ctr", policy, banditArms, 0, false, rng, 1000);
    for (const p of round.decision.prune) pruned.add(p.armId);
    if (round.decision.status === "winner") {
      return { declared: true, correct: round.decision.winnerArmId === `ad${truthBest}`, impressions: used };
    }
    if (used >= HORIZON_PER_ARM * ARMS) {
      const lead = round.analysis.reduce((b, a) => (a.probabilityBest > b.probabilityBest ? a : b));
      return { declared: false, correct: lead.armId === `ad${truthBest}`, impressions: used };
    }
    shares = Object.fromEntries(round.allocation.map((a) => [a.armId, a.share]));
    date = addDays(date, 1);
  }
}

function srmFixture(seed: number, ratio: number) {
  const rng = seededRng(seed);
  const total = 20_000;
  const a = binomial(rng, total, ratio / (1 + ratio));
  return srmTest([a, total - a], [0.5, 0.5]).flagged;
}

const started = performance.now();
let eqCorrect = 0;
let eqImpr = 0;
let tsCorrect = 0;
let tsImpr = 0;
let tsDeclared = 0;
let aaWinners = 0;
let srmHits = 0;
let srmFalse = 0;
for (let s = 1; s <= SCENARIOS; s++) {
  const e = equalSplit(s);
  eqCorrect += Number(e.correct);
  eqImpr += e.impressions;
  const t = thompson(s, false);
  tsCorrect += Number(t.correct);
  tsImpr += t.impressions;
  tsDeclared += Number(t.declared);
  aaWinners += Number(thompson(100_000 + s, true).declared);
  srmHits += Number(srmFixture(200_000 + s, 1.1));
  srmFalse += Number(srmFixture(300_000 + s, 1));
}
const accuracyEqual = eqCorrect / SCENARIOS;
const accuracyThompson = tsCorrect / SCENARIOS;
const impressionRatio = tsImpr / eqImpr;
const falseWinnerRate = aaWinners / SCENARIOS;
const srmDetection = srmHits / SCENARIOS;
const result = {
  benchmark: "experiments",
  scenarios: SCENARIOS,
  arms: ARMS,
  equalSplit: { accuracy: accuracyEqual, meanImpressions: eqImpr / SCENARIOS, perArm: HORIZON_PER_ARM },
  thompson: {
    accuracy: accuracyThompson,
    meanImpressions: tsImpr / SCENARIOS,
    declaredWinnerShare: tsDeclared / SCENARIOS,
    batch: BATCH,
    rule: { probabilityToBeBest: policy.probabilityToBeBest, minSamplePerArm: policy.minSamplePerArm },
  },
  impressionRatio,
  aa: { falseWinnerRate },
  srm: { imbalance: "1.1:1", impressions: 20_000, detectionRate: srmDetection, falseAlarmRate: srmFalse / SCENARIOS },
  seconds: (performance.now() - started) / 1000,
  loadAverage1m: loadavg()[0],
  cpus: cpus().length,
  pass: {
    // "Same accuracy": not worse than the equal split beyond one standard error of a 200-scenario proportion.
    thompsonAccuracy: accuracyThompson >= accuracyEqual - Math.sqrt((accuracyEqual * (1 - accuracyEqual)) / SCENARIOS),
    thompsonImpressions: impressionRatio <= 0.5,
    falseWinnerRate: falseWinnerRate <= 0.05,
    srmDetection: srmDetection >= 0.95,
  },
};
process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
