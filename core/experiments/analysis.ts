import type { ExperimentMetric } from "./metrics.ts";
import { drawFrom, lowerIsBetter, type Posterior, posteriorMean } from "./posterior.ts";
import type { Rng } from "./rng.ts";

export interface ArmAnalysis {
  armId: string;
  mean: number;
  /** 95% credible interval of the metric value. */
  interval: [number, number];
  probabilityBest: number;
  /** How often this arm is the runner-up in a posterior draw (the top-two allocation's challenger). */
  probabilitySecond: number;
  /** Expected shortfall versus the best arm if this one is chosen, in metric units (0 = no regret). */
  expectedLoss: number;
  /** Relative lift over the control (first) arm: median and 95% credible interval; null for the control itself. */
  lift: { median: number; interval: [number, number] } | null;
}

export interface AnalysisInput {
  armId: string;
  posterior: Posterior;
}

/**
 * Monte Carlo over the joint posterior: `draws` samples per arm, from the seeded rng passed in. P(best) counts how often
 * each arm wins a draw; expected loss averages how far it falls behind the draw's winner.
 */
export function analyseArms(metric: ExperimentMetric, arms: AnalysisInput[], rng: Rng, draws = 4000): ArmAnalysis[] {
  const k = arms.length;
  const lower = lowerIsBetter(metric);
  const samples = arms.map(() => new Float64Array(draws));
  const wins = new Array<number>(k).fill(0);
  const seconds = new Array<number>(k).fill(0);
  const loss = new Array<number>(k).fill(0);
  for (let d = 0; d < draws; d++) {
    let best = 0;
    let second = -1;
    const better = (a: number, b: number) => (lower ? a < b : a > b);
    for (let i = 0; i < k; i++) {
      const v = drawFrom(arms[i]!.posterior, rng);
      samples[i]![d] = v;
      if (i === 0) continue;
      if (better(v, samples[best]![d]!)) {
        second = best;
        best = i;
      } else if (second < 0 || better(v, samples[second]![d]!)) second = i;
    }
    wins[best]! += 1;
    if (second >= 0) seconds[second]! += 1;
    const bestValue = samples[best]![d]!;
    for (let i = 0; i < k; i++) loss[i]! += Math.abs(bestValue - samples[i]![d]!);
  }
  const control = samples[0]!;
  return arms.map((arm, i) => {
    const s = samples[i]!;
    const sorted = Float64Array.from(s).sort();
    let lift: ArmAnalysis["lift"] = null;
    if (i > 0) {
      const rel = new Float64Array(draws);
      for (let d = 0; d < draws; d++) rel[d] = control[d]! !== 0 ? (s[d]! - control[d]!) / Math.abs(control[d]!) : 0;
      rel.sort();
      lift = { median: quantile(rel, 0.5), interval: [quantile(rel, 0.025), quantile(rel, 0.975)] };
    }
    return {
      armId: arm.armId,
      mean: posteriorMean(arm.posterior),
      interval: [quantile(sorted, 0.025), quantile(sorted, 0.975)],
      probabilityBest: wins[i]! / draws,
      probabilitySecond: seconds[i]! / draws,
      expectedLoss: loss[i]! / draws,
      lift,
    };
  });
}

function quantile(sorted: Float64Array, q: number): number {
  if (sorted.length === 0) return Number.NaN;
  const pos = Math.min(sorted.length - 1, Math.max(0, Math.round(q * (sorted.length - 1))));
  return sorted[pos]!;
}
