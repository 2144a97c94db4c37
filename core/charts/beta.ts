/**
 * Beta distribution maths for drawing posteriors: log-gamma (Lanczos) and the density on a grid. Only for drawing:
 * probability to be best, intervals and the decision come from core/experiments (the same numbers the tools report).
 */

const LANCZOS = [
  676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059, 12.507343278686905,
  -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
];

export function logGamma(z: number): number {
  if (z < 0.5) return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * z))) - logGamma(1 - z);
  const x = z - 1;
  let a = 0.99999999999980993;
  const t = x + 7.5;
  for (let i = 0; i < LANCZOS.length; i++) a += LANCZOS[i]! / (x + i + 1);
  return 0.5 * Math.log(2 * Math.PI) + (x + 0.5) * Math.log(t) - t + Math.log(a);
}

export function betaPdf(x: number, alpha: number, beta: number): number {
  if (x <= 0 || x >= 1) return 0;
  const logB = logGamma(alpha) + logGamma(beta) - logGamma(alpha + beta);
  return Math.exp((alpha - 1) * Math.log(x) + (beta - 1) * Math.log(1 - x) - logB);
}

export interface BetaParams {
  alpha: number;
  beta: number;
}

/** A grid over [lo, hi] that covers the bulk (±6 sd) of every posterior, so narrow CTR posteriors are not flattened. */
export function posteriorGrid(params: BetaParams[], points = 400): number[] {
  let lo = 1;
  let hi = 0;
  for (const { alpha, beta } of params) {
    const n = alpha + beta;
    const mean = alpha / n;
    const sd = Math.sqrt((alpha * beta) / (n * n * (n + 1)));
    lo = Math.min(lo, mean - 6 * sd);
    hi = Math.max(hi, mean + 6 * sd);
  }
  lo = Math.max(1e-6, lo);
  hi = Math.min(1 - 1e-6, hi);
  if (!(hi > lo)) return [0.5];
  return Array.from({ length: points }, (_, i) => lo + ((hi - lo) * i) / (points - 1));
}
