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

/** One allocation as recorded: the shares, when they were computed, and the first UTC day they govern. */
export interface AllocationSnapshot {
  /** YYYY-MM-DD; null = from the start of the experiment. */
  effectiveDate: string | null;
  computedAt: string;
  shares: ReadonlyMap<string, number>;
}

export interface DatedSrmResult extends SrmResult {
  armIds: string[];
  days: number;
  /** Arms that got impressions on days when every allocation that could be in force gave them none (not yet paused). */
  unexpected: { armId: string; impressions: number; firstDate: string }[];
}

const addDays = (date: string, n: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

/**
 * SRM against the allocation in force on each metric date, not the wall clock: a day's impressions are compared with
 * the allocation effective that day. A change may land up to `toleranceDays` early or late (budgets edited mid-day,
 * platform reporting delay), so a day near a change is compared with the best-fitting mix of the allocations that
 * could have been live (maximum likelihood mixing weights, by EM). Backfills, replays and restated days are therefore
 * judged by their dates. The observed and expected counts are pooled over days into one chi-square test.
 */
export function srmByDate(
  armIds: string[],
  rows: readonly { armId: string; date: string; impressions: number }[],
  history: readonly AllocationSnapshot[],
  toleranceDays = 2,
  threshold = SRM_P_THRESHOLD,
): DatedSrmResult {
  const index = new Map(armIds.map((id, i) => [id, i]));
  const observed = armIds.map(() => 0);
  const expected = armIds.map(() => 0);
  const unexpected = new Map<string, { armId: string; impressions: number; firstDate: string }>();
  const byDate = new Map<string, number[]>();
  for (const r of rows) {
    const i = index.get(r.armId);
    if (i === undefined) continue;
    const v = byDate.get(r.date) ?? armIds.map(() => 0);
    v[i]! += r.impressions;
    byDate.set(r.date, v);
  }
  const snapshots = effectiveHistory(history);
  const shareVector = (s: AllocationSnapshot) => armIds.map((id) => s.shares.get(id) ?? 0);
  for (const [date, counts] of [...byDate].sort(([a], [b]) => a.localeCompare(b))) {
    if (snapshots.length === 0) break;
    const from = addDays(date, -toleranceDays);
    const to = addDays(date, toleranceDays);
    const candidates = [inForce(snapshots, from), ...snapshots.filter((s) => s.date > from && s.date <= to)].map(
      shareVector,
    );
    const possible = armIds.map((_, i) => candidates.some((c) => (c[i] ?? 0) > 0));
    counts.forEach((n, i) => {
      if (n > 0 && !possible[i]) {
        const u = unexpected.get(armIds[i]!) ?? { armId: armIds[i]!, impressions: 0, firstDate: date };
        u.impressions += n;
        unexpected.set(armIds[i]!, u);
      }
    });
    const o = counts.map((n, i) => (possible[i] ? n : 0));
    const total = o.reduce((s, v) => s + v, 0);
    if (total === 0) continue;
    const mix = mixture(candidates, o);
    const mass = mix.reduce((s, v) => s + v, 0);
    if (mass <= 0) continue;
    o.forEach((n, i) => {
      observed[i]! += n;
      expected[i]! += (total * (mix[i] ?? 0)) / mass;
    });
  }
  const result = srmTest(observed, expected, threshold);
  return { ...result, armIds, days: byDate.size, unexpected: [...unexpected.values()] };
}

/** Snapshots with their effective day (legacy rows without one: the day after they were computed), in order. */
function effectiveHistory(history: readonly AllocationSnapshot[]) {
  const sorted = [...history].sort((a, b) => a.computedAt.localeCompare(b.computedAt));
  return sorted
    .map((s, i) => ({
      ...s,
      date: s.effectiveDate ?? (i === 0 ? "0000-01-01" : addDays(s.computedAt.slice(0, 10), 1)),
    }))
    .sort((a, b) => a.date.localeCompare(b.date) || a.computedAt.localeCompare(b.computedAt));
}

function inForce<T extends { date: string }>(snapshots: T[], date: string): T {
  let current = snapshots[0]!;
  for (const s of snapshots) if (s.date <= date) current = s;
  return current;
}

/**
 * Maximum-likelihood weights of a mix of candidate share vectors for one day's counts; returns the mix. The
 * log-likelihood is concave in the weights, so pairwise exact line searches (move weight between two candidates,
 * bisect on the derivative) converge in a few sweeps, including to a corner — EM would crawl there.
 */
function mixture(candidates: number[][], counts: number[]): number[] {
  const norm = candidates.map((c) => {
    const sum = c.reduce((s, v) => s + v, 0);
    return c.map((v) => (sum > 0 ? v / sum : 0));
  });
  if (norm.length === 1) return norm[0]!;
  const w = norm.map(() => 1 / norm.length);
  const mix = counts.map((_, i) => norm.reduce((s, c, j) => s + w[j]! * c[i]!, 0));
  for (let sweep = 0; sweep < 20; sweep++) {
    let moved = 0;
    for (let j = 0; j < norm.length; j++)
      for (let l = j + 1; l < norm.length; l++) {
        // Move t from l to j (t in [-w_j, w_l]); f'(t) = Σ n_i δ_i / (mix_i + t δ_i) is decreasing.
        const delta = counts.map((_, i) => norm[j]![i]! - norm[l]![i]!);
        const slope = (t: number) =>
          counts.reduce((s, n, i) => {
            const m = mix[i]! + t * delta[i]!;
            return n > 0 && delta[i] !== 0 ? s + (m > 0 ? (n * delta[i]!) / m : delta[i]! > 0 ? 1e300 : -1e300) : s;
          }, 0);
        let lo = -w[j]!;
        let hi = w[l]!;
        if (hi - lo < 1e-12) continue;
        let t: number;
        if (slope(hi) >= 0) t = hi;
        else if (slope(lo) <= 0) t = lo;
        else {
          for (let k = 0; k < 50; k++) {
            const mid = (lo + hi) / 2;
            if (slope(mid) > 0) lo = mid;
            else hi = mid;
          }
          t = (lo + hi) / 2;
        }
        w[j]! += t;
        w[l]! -= t;
        for (let i = 0; i < mix.length; i++) mix[i]! += t * delta[i]!;
        moved += Math.abs(t);
      }
    if (moved < 1e-9) break;
  }
  return mix;
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
