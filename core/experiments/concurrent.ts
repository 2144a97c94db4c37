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
  return { effectiveTrials, dayFactors: phi, rates: theta };
}

export interface ArmTrend {
  armId: string;
  /** Recent rate over early rate, the day mix removed (0.7 = down 30%); null without enough days. */
  ratio: number | null;
  /** z of the drop (negative = falling). */
  z: number | null;
  fading: boolean;
  earlyDays: number;
  recentDays: number;
}

/**
 * Per-arm trend: the arm's rate in its most recent third of days against its first third, each day's expected count
 * scaled by that day's factor so a weak weekday is not mistaken for fatigue. Fading = down ≥ 15% with z ≤ −3 over at
 * least 6 days — creative fatigue (the same people seeing the ad again) shows as exactly this slow, steady slide.
 */
export function armTrends(rows: readonly ArmDay[], estimate: ConcurrentEstimate): ArmTrend[] {
  const out: ArmTrend[] = [];
  for (const armId of estimate.effectiveTrials.keys()) {
    const days = rows.filter((r) => r.armId === armId && r.trials > 0).sort((a, b) => a.date.localeCompare(b.date));
    const third = Math.floor(days.length / 3);
    if (days.length < 6 || third < 2) {
      out.push({ armId, ratio: null, z: null, fading: false, earlyDays: 0, recentDays: 0 });
      continue;
    }
    const part = (list: ArmDay[]) => ({
      seen: list.reduce((s, r) => s + r.successes, 0),
      exposure: list.reduce((s, r) => s + r.trials * (estimate.dayFactors.get(r.date) ?? 1), 0),
    });
    const early = part(days.slice(0, third));
    const recent = part(days.slice(-third));
    if (early.seen <= 0 || early.exposure <= 0 || recent.exposure <= 0) {
      out.push({ armId, ratio: null, z: null, fading: false, earlyDays: third, recentDays: third });
      continue;
    }
    const ratio = recent.seen / recent.exposure / (early.seen / early.exposure);
    // Log rate ratio of two Poisson counts: se ≈ √(1/x + 1/y).
    const z = Math.log(Math.max(ratio, 1e-9)) / Math.sqrt(1 / early.seen + 1 / Math.max(recent.seen, 0.5));
    out.push({ armId, ratio, z, fading: ratio <= 0.85 && z <= -3, earlyDays: third, recentDays: third });
  }
  return out;
}
