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
  const armIds = [...new Set(rows.map((r) => r.armId))];
  const dates = [...new Set(rows.map((r) => r.date))];
  const phi = new Map(dates.map((d) => [d, 1]));
  const theta = new Map(armIds.map((a) => [a, 0]));
  const byArm = new Map<string, ArmDay[]>();
  const byDay = new Map<string, ArmDay[]>();
  for (const r of rows) {
    if (r.trials <= 0) continue;
    byArm.set(r.armId, [...(byArm.get(r.armId) ?? []), r]);
    byDay.set(r.date, [...(byDay.get(r.date) ?? []), r]);
  }
  const totalTrials = rows.reduce((s, r) => s + Math.max(r.trials, 0), 0);
  for (let sweep = 0; sweep < 30 && dates.length > 1; sweep++) {
    for (const [a, list] of byArm) {
      const exposure = list.reduce((s, r) => s + r.trials * phi.get(r.date)!, 0);
      theta.set(a, exposure > 0 ? list.reduce((s, r) => s + r.successes, 0) / exposure : 0);
    }
    for (const [d, list] of byDay) {
      const expected = list.reduce((s, r) => s + r.trials * theta.get(r.armId)!, 0);
      const seen = list.reduce((s, r) => s + r.successes, 0);
      // A day with no events anywhere says nothing about its strength; shrink toward 1 with one event's weight.
      phi.set(d, expected > 0 ? (seen + 1) / (expected + 1) : 1);
    }
    // Identifiability: the trial-weighted mean day factor is 1, so θ stays on the scale of the raw rates.
    const mean =
      totalTrials > 0
        ? [...byDay].reduce((s, [d, list]) => s + phi.get(d)! * list.reduce((t, r) => t + r.trials, 0), 0) / totalTrials
        : 1;
    if (mean > 0) for (const d of dates) phi.set(d, phi.get(d)! / mean);
  }
  const effectiveTrials = new Map<string, number>();
  for (const a of armIds)
    effectiveTrials.set(
      a,
      (byArm.get(a) ?? []).reduce((s, r) => s + r.trials * phi.get(r.date)!, 0),
    );
  for (const [a, list] of byArm) {
    const exposure = effectiveTrials.get(a)!;
    theta.set(a, exposure > 0 ? list.reduce((s, r) => s + r.successes, 0) / exposure : 0);
  }
  let chi = 0;
  let cells = 0;
  for (const r of rows) {
    const e = r.trials * (theta.get(r.armId) ?? 0) * (phi.get(r.date) ?? 1);
    if (e <= 0) continue;
    chi += (r.successes - e) ** 2 / e;
    cells++;
  }
  const df = cells - byArm.size - byDay.size + 1;
  const dispersion = df >= 5 ? Math.min(Math.max(chi / df, 1), 10) : 1;
  return { effectiveTrials, dayFactors: phi, rates: theta, dispersion };
}

export interface ArmTrend {
  armId: string;
  /** Recent rate over early rate, the day mix removed (0.7 = down 30%); null without enough days. */
  ratio: number | null;
  /** z of the change (negative = falling). */
  z: number | null;
  fading: boolean;
  /** The arm's recent half: successes and day-adjusted trials (what a fading arm is judged on). */
  recent: { successes: number; trials: number } | null;
}

/**
 * Per-arm trend, relative to the other arms on the same days: the arm's rate over its recent half of days against its
 * first half, each measured against what the other arms did on those days (their own rates taken out), so a weak
 * weekday or a slow month is not mistaken for fatigue — and an arm that gets most of the traffic cannot hide its slide
 * in the day factors. Fading = down ≥ 15% with z ≤ −2.5 (z widened by the day-to-day dispersion) over at least 6
 * days: creative fatigue (the same people seeing the ad again) shows as exactly this, and a fading creative's average
 * overstates what it will do next.
 */
export function armTrends(rows: readonly ArmDay[], estimate: ConcurrentEstimate): ArmTrend[] {
  const out: ArmTrend[] = [];
  for (const armId of estimate.effectiveTrials.keys()) {
    const days = rows.filter((r) => r.armId === armId && r.trials > 0).sort((a, b) => a.date.localeCompare(b.date));
    if (days.length < 6) {
      out.push({ armId, ratio: null, z: null, fading: false, recent: null });
      continue;
    }
    const half = Math.floor(days.length / 2);
    const part = (list: ArmDay[]) => {
      const dates = new Set(list.map((r) => r.date));
      const others = rows.filter((r) => r.armId !== armId && dates.has(r.date));
      const otherSeen = others.reduce((s, r) => s + r.successes, 0);
      const otherExpected = others.reduce((s, r) => s + r.trials * (estimate.rates.get(r.armId) ?? 0), 0);
      return {
        successes: list.reduce((s, r) => s + r.successes, 0),
        trials: list.reduce((s, r) => s + r.trials * (estimate.dayFactors.get(r.date) ?? 1), 0),
        raw: list.reduce((s, r) => s + r.trials, 0),
        otherSeen,
        // How strong those days were for the others (1 = an average day); undefined without other arms' events.
        strength: otherSeen > 0 && otherExpected > 0 ? otherSeen / otherExpected : undefined,
      };
    };
    const early = part(days.slice(0, half));
    const recent = part(days.slice(-half));
    const recentView = { successes: recent.successes, trials: recent.trials };
    if (early.successes <= 0 || !early.strength || !recent.strength || recent.raw <= 0) {
      out.push({ armId, ratio: null, z: null, fading: false, recent: recentView });
      continue;
    }
    const rel = (p: typeof early) => p.successes / p.raw / p.strength!;
    const ratio = rel(recent) / rel(early);
    // Log ratio of rate ratios: se ≈ √(φ·(1/x₁ + 1/x₂ + 1/o₁ + 1/o₂)).
    const se = Math.sqrt(
      estimate.dispersion *
        (1 / early.successes + 1 / Math.max(recent.successes, 0.5) + 1 / early.otherSeen + 1 / recent.otherSeen),
    );
    const z = Math.log(Math.max(ratio, 1e-9)) / se;
    out.push({ armId, ratio, z, fading: ratio <= 0.85 && z <= -2.5, recent: recentView });
  }
  return out;
}
