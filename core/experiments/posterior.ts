import { type ArmTotals, type ExperimentMetric, METRIC_INFO } from "./metrics.ts";
import { beta, gamma, normal, type Rng } from "./rng.ts";

/**
 * A posterior over one arm's metric value. Draws are always in the metric's own units (CTR as a fraction, cost per
 * conversion in dollars, watch time in seconds per impression, ROAS as a ratio).
 */
export type Posterior =
  | { kind: "beta"; a: number; b: number }
  | { kind: "normal"; mean: number; sd: number }
  /** Conversions per dollar ~ Gamma(shape, rate); the metric is its inverse (dollars per conversion). */
  | { kind: "inverse_gamma_rate"; shape: number; rate: number };

const PRIOR = 1;

/** A Beta prior for rate metrics: Beta(1, 1) alone, or the arms' shared prior from `sharedRatePrior`. */
export interface RatePrior {
  a: number;
  b: number;
}

export function posteriorFor(metric: ExperimentMetric, t: ArmTotals, prior?: RatePrior): Posterior {
  const pa = prior?.a ?? PRIOR;
  const pb = prior?.b ?? PRIOR;
  switch (metric) {
    case "ctr":
      return { kind: "beta", a: pa + t.clicks, b: pb + Math.max(t.impressions - t.clicks, 0) };
    case "cvr":
      return { kind: "beta", a: pa + t.conversions, b: pb + Math.max(t.clicks - t.conversions, 0) };
    case "cost_per_conversion":
      return { kind: "inverse_gamma_rate", shape: PRIOR + t.conversions, rate: 1 + t.spendMicros / 1e6 };
    case "watch_time":
      return normalFromDays(
        t.days.map((d) => ({
          value: d.impressions > 0 ? (d.videoWatchMs ?? 0) / 1000 / d.impressions : 0,
          weight: d.impressions,
        })),
        t.impressions,
      );
    case "roas":
      return normalFromDays(
        t.days.map((d) => ({
          value: d.spendMicros > 0 ? d.revenueMicros / d.spendMicros : 0,
          weight: d.spendMicros / 1e6,
        })),
        t.spendMicros / 1e6,
      );
  }
}

/**
 * Partial pooling for rate metrics (empirical Bayes): the arms of one test are creatives for one audience, so their
 * rates share a distribution; estimating it from the arms themselves (method of moments, binomial noise removed)
 * gives a Beta prior centred on the pooled rate. Early on, when most of the spread between arms is noise, the prior is
 * strong and shrinks every arm toward the pool — which is what stops the luckiest of eight arms from looking like a
 * sure winner after a few hundred clicks (the winner's curse of many arms and daily looks). As real differences show,
 * the prior weakens and the data decides. Its spread never goes under 20% of the rate (creatives for one audience
 * commonly differ by 10–30%), which caps its weight at about 1/0.2² = 25 events: with a floor of 10% it weighed 100
 * events, more than a conversion-rate arm gathers in weeks, so the under-sampled arms were pinned to the pool and the
 * best-sampled one looked surely best on noise. Null with fewer than 3 arms.
 */
/** Least spread of the shared prior, relative to the pooled rate. */
const PRIOR_MIN_SPREAD = 0.2;

export function sharedRatePrior(units: { trials: number; successes: number }[]): RatePrior | null {
  const seen = units.filter((u) => u.trials > 0);
  if (seen.length < 3) return seen.length && seen.length < units.length ? weakPooledPrior(seen) : null;
  const trials = seen.reduce((s, u) => s + u.trials, 0);
  const m = seen.reduce((s, u) => s + u.successes, 0) / trials;
  if (m <= 0 || m >= 1) return null;
  const spread = seen.reduce((s, u) => s + (u.successes / u.trials - m) ** 2, 0) / seen.length;
  const noise = seen.reduce((s, u) => s + (m * (1 - m)) / u.trials, 0) / seen.length;
  const variance = Math.max(spread - noise, (PRIOR_MIN_SPREAD * m) ** 2);
  const strength = Math.max((m * (1 - m)) / variance - 1, 2);
  return { a: m * strength, b: (1 - m) * strength };
}

/**
 * Arms with no numbers yet (their ads not linked or not exported) next to arms that have some: Beta(1, 1) would give
 * them a 50% CTR and most of the traffic. A weak prior centred on the measured arms' pooled rate (sd half the rate)
 * says "probably like the others, could be much better" instead.
 */
function weakPooledPrior(seen: { trials: number; successes: number }[]): RatePrior | null {
  const trials = seen.reduce((s, u) => s + u.trials, 0);
  const m = seen.reduce((s, u) => s + u.successes, 0) / trials;
  if (!(m > 0 && m < 1)) return null;
  const strength = Math.max((m * (1 - m)) / (0.5 * m) ** 2 - 1, 2);
  return { a: m * strength, b: (1 - m) * strength };
}

/**
 * Normal model for a continuous metric observed as daily aggregates: the mean is the weighted mean; the standard error
 * comes from the spread between days, and never falls below an exponential-like per-unit spread (sd = mean), so one
 * lucky day cannot make an arm look certain.
 */
function normalFromDays(days: { value: number; weight: number }[], units: number): Posterior {
  const used = days.filter((d) => d.weight > 0);
  const w = used.reduce((s, d) => s + d.weight, 0);
  if (w === 0) return { kind: "normal", mean: 0, sd: 1e6 };
  const mean = used.reduce((s, d) => s + d.value * d.weight, 0) / w;
  const between =
    used.length > 1
      ? Math.sqrt(used.reduce((s, d) => s + d.weight * (d.value - mean) ** 2, 0) / w / (used.length - 1))
      : Infinity;
  const perUnit = Math.max(Math.abs(mean), 1e-9) / Math.sqrt(Math.max(units, 1));
  const sd = Number.isFinite(between) ? Math.max(between, perUnit) : Math.max(Math.abs(mean), 1e-9);
  return { kind: "normal", mean, sd };
}

export function drawFrom(p: Posterior, rng: Rng): number {
  switch (p.kind) {
    case "beta":
      return beta(rng, p.a, p.b);
    case "normal":
      return p.mean + p.sd * normal(rng);
    case "inverse_gamma_rate":
      return p.rate / gamma(rng, p.shape);
  }
}

export function posteriorMean(p: Posterior): number {
  switch (p.kind) {
    case "beta":
      return p.a / (p.a + p.b);
    case "normal":
      return p.mean;
    case "inverse_gamma_rate":
      return p.shape > 1 ? p.rate / (p.shape - 1) : p.rate / p.shape;
  }
}

export const lowerIsBetter = (metric: ExperimentMetric) => METRIC_INFO[metric].lowerIsBetter;

export function posteriorVariance(p: Posterior): number {
  switch (p.kind) {
    case "beta": {
      const n = p.a + p.b;
      return (p.a * p.b) / (n * n * (n + 1));
    }
    case "normal":
      return p.sd * p.sd;
    case "inverse_gamma_rate":
      return p.shape > 2 ? (p.rate * p.rate) / ((p.shape - 1) ** 2 * (p.shape - 2)) : Number.POSITIVE_INFINITY;
  }
}

/**
 * P(arm `a` is at least as good as arm `b`) from a normal approximation of the two posteriors: exact enough in the
 * tails where pruning decides (Monte Carlo over a few thousand draws cannot tell 0.1% from 0.01%).
 */
export function probabilityAtLeast(a: Posterior, b: Posterior, lower: boolean): number {
  const diff = lower ? posteriorMean(b) - posteriorMean(a) : posteriorMean(a) - posteriorMean(b);
  const sd = Math.sqrt(posteriorVariance(a) + posteriorVariance(b));
  if (!Number.isFinite(sd)) return 0.5;
  if (sd === 0) return diff >= 0 ? 1 : 0;
  return normalCdf(diff / sd);
}

/** Φ(x) via the complementary error function (Numerical Recipes erfc, |error| < 1.2e-7). */
export function normalCdf(x: number): number {
  const z = Math.abs(x) / Math.SQRT2;
  const t = 1 / (1 + 0.5 * z);
  const erfc =
    t *
    Math.exp(
      -z * z -
        1.26551223 +
        t *
          (1.00002368 +
            t *
              (0.37409196 +
                t *
                  (0.09678418 +
                    t *
                      (-0.18628806 +
                        t *
                          (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277)))))))),
    );
  return x >= 0 ? 1 - erfc / 2 : erfc / 2;
}
