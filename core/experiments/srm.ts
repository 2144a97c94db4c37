/**
 * Sample-ratio mismatch: did traffic split the way the allocation said? A chi-square goodness-of-fit test; p < 0.001
 * flags the experiment (something in delivery or tracking is broken, so its numbers cannot be trusted).
 */
export const SRM_P_THRESHOLD = 0.001;

export interface SrmResult {
  chiSquare: number;
  degreesOfFreedom: number;
  pValue: number;
  flagged: boolean;
  observed: number[];
  expected: number[];
}

/** `expectedShares` need not sum to one; they are normalised. Arms with zero expected share are ignored. */
export function srmTest(observed: number[], expectedShares: number[], threshold = SRM_P_THRESHOLD): SrmResult {
  const total = observed.reduce((s, v) => s + v, 0);
  const shareSum = expectedShares.reduce((s, v) => s + v, 0);
  const expected = expectedShares.map((s) => (shareSum > 0 ? (s / shareSum) * total : 0));
  let chiSquare = 0;
  let cells = 0;
  for (let i = 0; i < observed.length; i++) {
    const e = expected[i] ?? 0;
    if (e <= 0) continue;
    cells++;
    chiSquare += ((observed[i] ?? 0) - e) ** 2 / e;
  }
  const degreesOfFreedom = Math.max(cells - 1, 0);
  const pValue = degreesOfFreedom === 0 || total === 0 ? 1 : chiSquareSurvival(chiSquare, degreesOfFreedom);
  return { chiSquare, degreesOfFreedom, pValue, flagged: pValue < threshold, observed, expected };
}

/** P(X > x) for X ~ chi-square(k) = Q(k/2, x/2), the regularised upper incomplete gamma. */
export function chiSquareSurvival(x: number, k: number): number {
  if (x <= 0) return 1;
  return upperGammaQ(k / 2, x / 2);
}

// Numerical Recipes' split: series below a+1, continued fraction above.
function upperGammaQ(a: number, x: number): number {
  if (x < a + 1) return 1 - lowerSeries(a, x);
  return continuedFraction(a, x);
}

function lowerSeries(a: number, x: number): number {
  let sum = 1 / a;
  let term = sum;
  for (let n = 1; n < 500; n++) {
    term *= x / (a + n);
    sum += term;
    if (Math.abs(term) < Math.abs(sum) * 1e-15) break;
  }
  return sum * Math.exp(-x + a * Math.log(x) - logGamma(a));
}

function continuedFraction(a: number, x: number): number {
  const tiny = 1e-300;
  let b = x + 1 - a;
  let c = 1 / tiny;
  let d = 1 / b;
  let h = d;
  for (let i = 1; i < 500; i++) {
    const an = -i * (i - a);
    b += 2;
    d = an * d + b;
    if (Math.abs(d) < tiny) d = tiny;
    c = b + an / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    const delta = d * c;
    h *= delta;
    if (Math.abs(delta - 1) < 1e-15) break;
  }
  return Math.exp(-x + a * Math.log(x) - logGamma(a)) * h;
}

/** Lanczos approximation. */
export function logGamma(z: number): number {
  const g = 7;
  const coef = [
    0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
    12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
  ];
  if (z < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * z)) - logGamma(1 - z);
  const zz = z - 1;
  let x = coef[0]!;
  for (let i = 1; i < g + 2; i++) x += coef[i]! / (zz + i);
  const t = zz + g + 0.5;
  return 0.5 * Math.log(2 * Math.PI) + (zz + 0.5) * Math.log(t) - t + Math.log(x);
}
