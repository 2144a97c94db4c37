import type { ExperimentMetric } from "./metrics.ts";

/** One arm's counts on one day (the rate metric's trials and successes). */
export interface ArmDay {
  armId: string;
  date: string;
  trials: number;
  successes: number;
}

/** Day-adjusted exposure per arm and the day factors behind it. */
export interface ConcurrentEstimate {
  /** Σ_d trials·φ_d: the arm's trials counted at an average day's strength. */
  effectiveTrials: Map<string, number>;
  /** φ_d, weighted mean 1: how strong each day was for every arm alike (weekday, season, auction). */
  dayFactors: Map<string, number>;
  /** The arm's rate relative to the others, the day mix removed: θ_a. */
  rates: Map<string, number>;
  /**
   * Day-to-day spread beyond binomial noise (Pearson χ² / degrees of freedom, at least 1). Real daily rates wobble
   * (auctions, placements, a creative's day); counting every click as independent evidence would make posteriors too
   * sure, so the posterior's counts are divided by it (quasi-likelihood).
   */
  dispersion: number;
  /**
   * Each arm's own dispersion, 1 + τ²·Σe²/Σe over its days (e = its expected events that day). Day-to-day wobble is
   * multiplicative — a day 5% strong is 5% strong for 10 clicks or 1,000 — so its variance grows with the square of
   * a day's events, and an arm's run-average keeps about τ²/days of relative variance however much traffic it gets.
   * One shared χ²/df treats the wobble as proportional to the events instead: it under-counts the noise of the arm
   * with most of the traffic (a leader at 90% share had its error understated by a third, and was called at 98% P(best)
   * over an arm measured on a tenth of its traffic that was truly better) and over-counts it for a starved one.
   */
  armDispersion: Map<string, number>;
  /** τ²: the variance of a day's log-rate beyond binomial noise, by moments (0 when the days show none). */
  dayVariance: number;
}

/** The rate metrics' trials and successes: CTR counts clicks per impression, CVR conversions per click. */
export function rateCounts(
  metric: ExperimentMetric,
  row: { impressions: number; clicks: number; conversions: number },
): { trials: number; successes: number } | null {
  if (metric === "ctr") return { trials: row.impressions, successes: row.clicks };
  if (metric === "cvr") return { trials: row.clicks, successes: row.conversions };
  return null;
}

/**
 * Compares concurrent arms on the same days. Shares move every day, so an arm that got most of its traffic on strong
 * days (a weekend, a payday) would look better than an arm served mostly on weak ones. A multiplicative model —
 * successes ~ Poisson(trials · θ_arm · φ_day) — fitted by alternating closed-form updates (iterative proportional
 * fitting, 30 sweeps) separates the day from the arm; each arm's trials are then re-counted at an average day's
 * strength (Σ trials·φ_d), so the Beta posterior built on them compares arms as if all had been served on the same
 * days. With one day, or the same mix every day, φ is 1 and nothing changes.
 */
export function concurrentEstimate(rows: readonly ArmDay[]): ConcurrentEstimate {
  // Arms and days as indices into typed arrays: the trend check refits this once per arm on every read-out.
  const armIndex = new Map<string, number>();
  const dayIndex = new Map<string, number>();
  for (const r of rows) {
    if (!armIndex.has(r.armId)) armIndex.set(r.armId, armIndex.size);
    if (!dayIndex.has(r.date)) dayIndex.set(r.date, dayIndex.size);
  }
  const arms = armIndex.size;
  const days = dayIndex.size;
  const used = rows.filter((r) => r.trials > 0);
  const ra = Int32Array.from(used, (r) => armIndex.get(r.armId)!);
  const rd = Int32Array.from(used, (r) => dayIndex.get(r.date)!);
  const armSeen = new Float64Array(arms);
  const daySeen = new Float64Array(days);
  const dayTrials = new Float64Array(days);
  const armUsed = new Uint8Array(arms);
  const dayUsed = new Uint8Array(days);
  let totalTrials = 0;
  used.forEach((r, i) => {
    armSeen[ra[i]!]! += r.successes;
    daySeen[rd[i]!]! += r.successes;
    dayTrials[rd[i]!]! += r.trials;
    armUsed[ra[i]!] = 1;
    dayUsed[rd[i]!] = 1;
    totalTrials += r.trials;
  });
  const phi = new Float64Array(days).fill(1);
  const theta = new Float64Array(arms);
  const exposure = new Float64Array(arms);
  const expected = new Float64Array(days);
  const expose = () => {
    exposure.fill(0);
    used.forEach((r, i) => {
      exposure[ra[i]!]! += r.trials * phi[rd[i]!]!;
    });
    for (let a = 0; a < arms; a++) if (armUsed[a]) theta[a] = exposure[a]! > 0 ? armSeen[a]! / exposure[a]! : 0;
  };
  for (let sweep = 0; sweep < 30 && days > 1; sweep++) {
    expose();
    expected.fill(0);
    used.forEach((r, i) => {
      expected[rd[i]!]! += r.trials * theta[ra[i]!]!;
    });
    // A day with no events anywhere says nothing about its strength; shrink toward 1 with one event's weight.
    for (let d = 0; d < days; d++)
      if (dayUsed[d]) phi[d] = expected[d]! > 0 ? (daySeen[d]! + 1) / (expected[d]! + 1) : 1;
    // Identifiability: the trial-weighted mean day factor is 1, so θ stays on the scale of the raw rates.
    let weighted = 0;
    for (let d = 0; d < days; d++) if (dayUsed[d]) weighted += phi[d]! * dayTrials[d]!;
    const mean = totalTrials > 0 ? weighted / totalTrials : 1;
    if (mean > 0) for (let d = 0; d < days; d++) phi[d] = phi[d]! / mean;
  }
  expose();
  let chi = 0;
  let cells = 0;
  const armE = new Float64Array(arms);
  const armE2 = new Float64Array(arms);
  const byDay: { e: number; s: number }[][] = Array.from({ length: days }, () => []);
  for (const r of rows) {
    const a = armIndex.get(r.armId)!;
    const d = dayIndex.get(r.date)!;
    const e = r.trials * theta[a]! * phi[d]!;
    if (e <= 0) continue;
    chi += (r.successes - e) ** 2 / e;
    armE[a]! += e;
    armE2[a]! += e * e;
    cells++;
    byDay[d]!.push({ e, s: r.successes });
  }
  const df = cells - armUsed.reduce((s, v) => s + v, 0) - dayUsed.reduce((s, v) => s + v, 0) + 1;
  const dispersion = df >= 5 ? Math.min(Math.max(chi / df, 1), 10) : 1;
  const dayVariance = dayToDayVariance(byDay);
  const ids = [...armIndex.keys()];
  return {
    effectiveTrials: new Map(ids.map((a, i) => [a, exposure[i]!])),
    dayFactors: new Map([...dayIndex.keys()].map((d, i) => [d, phi[i]!])),
    rates: new Map(ids.map((a, i) => [a, theta[i]!])),
    dispersion,
    armDispersion: new Map(
      ids.map((a, i) => [a, armE[i]! > 0 ? Math.min(1 + (dayVariance * armE2[i]!) / armE[i]!, 100) : 1]),
    ),
    dayVariance,
  };
}

/**
 * τ², the variance of an arm-day's log-rate beyond binomial noise, from pairs of arms on the same day: the log of
 * their observed-over-expected ratios differs by 1/e₁ + 1/e₂ (binomial) + 2τ² in variance, whatever the day was like.
 * Pairs rather than each cell against the day's fit: when one arm has most of a day's traffic the fitted day factor
 * follows that arm's own wobble, its residuals shrink toward zero, and a cell-by-cell estimate finds no day noise at
 * all. Weighted toward well-measured pairs (inverse variance at a 5% wobble); days with fewer than 5 events in a cell
 * are left out (their log ratio is mostly rounding). 0 without three days.
 */
function dayToDayVariance(byDay: { e: number; s: number }[][]): number {
  const usable = byDay.map((cells) => cells.filter((c) => c.s >= 5));
  if (usable.filter((cells) => cells.length >= 2).length < 3) return 0;
  let num = 0;
  let den = 0;
  for (const cells of usable)
    for (let i = 0; i < cells.length; i++)
      for (let j = i + 1; j < cells.length; j++) {
        const a = cells[i]!;
        const b = cells[j]!;
        const diff = Math.log((a.s + 0.5) / a.e) - Math.log((b.s + 0.5) / b.e);
        const binomial = 1 / a.e + 1 / b.e;
        const w = 1 / (binomial + 2 * 0.05 ** 2) ** 2;
        num += (w * (diff * diff - binomial)) / 2;
        den += w;
      }
  return den > 0 ? Math.max(num / den, 0) : 0;
}

export interface ArmTrend {
  armId: string;
  /** Recent rate over early rate, the day mix removed (0.7 = down 30%); null without enough days. */
  ratio: number | null;
  /** z of the change (negative = falling). */
  z: number | null;
  /** Standard error of the log ratio: how small a change the check can see. */
  se: number | null;
  fading: boolean;
  /** The arm's recent half: successes and day-adjusted trials (what a fading arm is judged on). */
  recent: { successes: number; trials: number } | null;
}

/**
 * Per-arm trend, relative to the other arms on the same days: the arm's rate over its recent half of days against its
 * first half. Each arm is refitted as two arms (its first half and its recent half) next to the others, so the day
 * factors come from the others and cannot absorb the arm's own slide — an arm that gets most of the traffic would
 * otherwise drag the day factors down with it and look steady, and arms served only early (starved later) would bend
 * the comparison. Fading = down ≥ 15% with z ≤ −2.5 (z widened by the day-to-day dispersion) over at least 6 days:
 * creative fatigue (the same people seeing the ad again) shows as exactly this, and a fading creative's average
 * overstates what it will do next.
 */
/**
 * A leader whose recent days sit this far (z) below its first days is not called and is judged on its recent half,
 * fading flag or not: a creative that starts strong and fades leads on its average long after it stopped being best.
 */
export const DECLINING_Z = -1.5;
/** The trend check has the power to see a fade when its standard error is this small (a 15% drop shows at z ≤ −2.5). */
export const TREND_POWER_SE = Math.log(1 / 0.85) / 2.5;

/** Fewer events than this in a half (the arm's first, or the others' on either half's days) give no trend verdict. */
export const TREND_MIN_EVENTS = 20;

export function armTrends(rows: readonly ArmDay[], estimate: ConcurrentEstimate): ArmTrend[] {
  const out: ArmTrend[] = [];
  for (const armId of estimate.effectiveTrials.keys()) {
    const days = rows.filter((r) => r.armId === armId && r.trials > 0).sort((a, b) => a.date.localeCompare(b.date));
    if (days.length < 6) {
      out.push({ armId, ratio: null, z: null, se: null, fading: false, recent: null });
      continue;
    }
    const half = Math.floor(days.length / 2);
    const earlyDates = new Set(days.slice(0, half).map((r) => r.date));
    const recentDates = new Set(days.slice(-half).map((r) => r.date));
    const EARLY = `${armId}\u0000early`;
    const RECENT = `${armId}\u0000recent`;
    const split: ArmDay[] = [];
    for (const r of rows) {
      if (r.armId !== armId) split.push(r);
      else if (earlyDates.has(r.date)) split.push({ ...r, armId: EARLY });
      else if (recentDates.has(r.date)) split.push({ ...r, armId: RECENT });
    }
    const fit = concurrentEstimate(split);
    const part = (id: string, dates: Set<string>) => ({
      successes: split.filter((r) => r.armId === id).reduce((s, r) => s + r.successes, 0),
      trials: fit.effectiveTrials.get(id) ?? 0,
      otherSeen: rows.filter((r) => r.armId !== armId && dates.has(r.date)).reduce((s, r) => s + r.successes, 0),
    });
    const early = part(EARLY, earlyDates);
    const recent = part(RECENT, recentDates);
    const recentView = { successes: recent.successes, trials: recent.trials };
    // A ratio of a handful of events is noise (3 conversions, then none): no verdict under TREND_MIN_EVENTS a half.
    if (early.successes < TREND_MIN_EVENTS || Math.min(early.otherSeen, recent.otherSeen) < TREND_MIN_EVENTS) {
      out.push({ armId, ratio: null, z: null, se: null, fading: false, recent: recentView });
      continue;
    }
    // Rates on the day-adjusted trials, half an event added to each half (Haldane) so an empty recent half stays finite.
    const ratio = (recent.successes + 0.5) / recent.trials / ((early.successes + 0.5) / early.trials);
    // Log ratio of rate ratios: se ≈ √(φ·(1/x₁ + 1/x₂ + 1/o₁ + 1/o₂)), the others' events carrying the day factors.
    const se = Math.sqrt(
      estimate.dispersion *
        (1 / early.successes + 1 / (recent.successes + 0.5) + 1 / early.otherSeen + 1 / recent.otherSeen),
    );
    const z = Math.log(Math.max(ratio, 1e-9)) / se;
    out.push({ armId, ratio, z, se, fading: ratio <= 0.85 && z <= -2.5, recent: recentView });
  }
  return out;
}

/**
 * The counts an arm's posterior is built on: its recent half when it is falling (fading, or recent days below its
 * first at z ≤ DECLINING_Z) — its average overstates what it does now — else null (all its days, day-adjusted).
 */
export function recentCountsIfFalling(trend: ArmTrend | undefined): { successes: number; trials: number } | null {
  if (!trend?.recent) return null;
  return trend.fading || (trend.z ?? 0) <= DECLINING_Z ? trend.recent : null;
}
