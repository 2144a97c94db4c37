/**
 * Seeded randomness for the statistics. Nothing in core/experiments calls Math.random: a caller passes an Rng so
 * results are reproducible in tests and benchmarks.
 */
export type Rng = () => number;

/** mulberry32: tiny, fast, good enough for Monte Carlo over posteriors. */
export function seededRng(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Standard normal via Box–Muller. */
export function normal(rng: Rng): number {
  let u = 0;
  while (u === 0) u = rng();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rng());
}

/** Gamma(shape, 1) by Marsaglia–Tsang; shape < 1 uses the boost u^(1/shape). */
export function gamma(rng: Rng, shape: number): number {
  if (shape < 1) return gamma(rng, shape + 1) * rng() ** (1 / shape);
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    let x: number;
    let v: number;
    do {
      x = normal(rng);
      v = 1 + c * x;
    } while (v <= 0);
    v = v * v * v;
    const u = rng();
    if (u < 1 - 0.0331 * x ** 4) return d * v;
    if (Math.log(u) < 0.5 * x * x + d * (1 - v + Math.log(v))) return d * v;
  }
}

export function beta(rng: Rng, a: number, b: number): number {
  // Past a few thousand pseudo-counts the Beta is indistinguishable from its normal approximation and far cheaper.
  if (a > 5000 && b > 5000) {
    const n = a + b;
    const mean = a / n;
    return mean + normal(rng) * Math.sqrt((mean * (1 - mean)) / (n + 1));
  }
  const x = gamma(rng, a);
  return x / (x + gamma(rng, b));
}

/** Binomial draw: exact for small n, normal approximation beyond (used by the simulator). */
export function binomial(rng: Rng, n: number, p: number): number {
  if (n <= 0 || p <= 0) return 0;
  if (p >= 1) return n;
  if (n < 50) {
    let k = 0;
    for (let i = 0; i < n; i++) if (rng() < p) k++;
    return k;
  }
  const mean = n * p;
  const sd = Math.sqrt(mean * (1 - p));
  if (mean < 20) return poisson(rng, mean, n);
  return Math.min(n, Math.max(0, Math.round(mean + sd * normal(rng))));
}

function poisson(rng: Rng, lambda: number, cap: number): number {
  const limit = Math.exp(-lambda);
  let k = 0;
  let p = rng();
  while (p > limit && k < cap) {
    k++;
    p *= rng();
  }
  return k;
}
