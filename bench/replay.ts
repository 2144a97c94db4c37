/**
 * Replay suite (issue 14): market shapes Winnow has never seen (bench/replay/markets.ts, written for this suite),
 * each run over several seeds through the public tools only (bench/replay/driver.ts). Prints JSON figures and checks
 * the issue's targets:
 *  - correct winner ≥ 90% of audience-runs whose true top gap is ≥ 5% relative, within 600k impressions per audience;
 *  - wrong winner ≤ 5% (a call more than 1% below the best arm; a near-tie call within 1% counts as equivalent);
 *  - false SRM alarms = 0 (delivery always follows the allocation, so every alarm is false);
 *  - impressions on non-best arms ≤ 60% of an equal split's.
 * Run: npm run bench:replay  (REPLAY_SEEDS=n seeds per shape, default 4; REPLAY_SHAPES=a,b to pick shapes)
 */
import { cpus, loadavg } from "node:os";
import type { AudienceOutcome } from "./replay/driver.ts";
import { runReplay } from "./replay/driver.ts";
import { SHAPES } from "./replay/markets.ts";

const SEEDS = Number(process.env.REPLAY_SEEDS ?? 4);
const only = process.env.REPLAY_SHAPES?.split(",").filter(Boolean);
const shapes = SHAPES.filter((s) => !only || only.includes(s.name));
const started = performance.now();
const outcomes: AudienceOutcome[] = [];
for (const shape of shapes)
  for (let seed = 1; seed <= SEEDS; seed++) {
    const t = performance.now();
    const runs = await runReplay({ shape, seed });
    outcomes.push(...runs);
    process.stderr.write(
      `${shape.name} seed ${seed}: ${runs.map((r) => `${r.audience} ${r.correct ? "correct" : r.equivalent ? "equivalent" : "WRONG"} (${r.basis}, day ${r.daysToDecision}, non-best ${(r.nonBestVsEqual * 100).toFixed(0)}% of equal, srm days ${r.srmAlarmDays})`).join("; ")} in ${((performance.now() - t) / 1000).toFixed(1)}s\n`,
    );
  }

const mean = (xs: number[]) => (xs.length ? xs.reduce((s, v) => s + v, 0) / xs.length : 0);
const rate = (xs: AudienceOutcome[], f: (o: AudienceOutcome) => boolean) =>
  xs.length ? xs.filter(f).length / xs.length : 0;
function figures(xs: AudienceOutcome[]) {
  const nonBestDelivered = xs.reduce((s, o) => s + o.nonBestShare * o.impressionsToDecision, 0);
  const delivered = xs.reduce((s, o) => s + o.impressionsToDecision, 0);
  return {
    runs: xs.length,
    correctWinnerRate: rate(xs, (o) => o.correct),
    equivalentRate: rate(xs, (o) => o.equivalent),
    wrongWinnerRate: rate(xs, (o) => o.wrong),
    decidedByRuleRate: rate(xs, (o) => o.decidedByRule),
    meanDaysToDecision: mean(xs.map((o) => o.daysToDecision)),
    meanImpressionsToDecision: mean(xs.map((o) => o.impressionsToDecision)),
    nonBestVsEqualSplit: delivered ? nonBestDelivered / delivered / (7 / 8) : 0,
    falseSrmAlarms: xs.reduce((s, o) => s + o.srmAlarmDays, 0),
  };
}
const gapped = outcomes.filter((o) => o.topGap >= 0.05);
const overall = figures(outcomes);
const targeted = figures(gapped);
const result = {
  benchmark: "replay",
  seedsPerShape: SEEDS,
  shapes: Object.fromEntries(
    shapes.map((s) => [
      s.name,
      {
        description: s.description,
        ...figures(outcomes.filter((o) => o.shape === s.name)),
        topGaps: [...new Set(outcomes.filter((o) => o.shape === s.name).map((o) => Number(o.topGap.toFixed(3))))],
        ...(s.name === "null-slot"
          ? { slotInsights: outcomes.filter((o) => o.shape === s.name).map((o) => o.insight) }
          : {}),
      },
    ]),
  ),
  overall,
  topGapAtLeast5pct: targeted,
  statusExamples: outcomes.slice(0, 3).map((o) => o.status),
  seconds: (performance.now() - started) / 1000,
  loadAverage1m: loadavg()[0],
  cpus: cpus().length,
  pass: {
    correctWinner: targeted.correctWinnerRate >= 0.9,
    wrongWinner: overall.wrongWinnerRate <= 0.05,
    falseSrm: overall.falseSrmAlarms === 0,
    nonBestImpressions: overall.nonBestVsEqualSplit <= 0.6,
  },
};
process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
