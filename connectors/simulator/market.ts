import { binomial, normal, type Rng } from "../../core/experiments/rng.ts";
import type { MetricRecord } from "../../core/ingestion/types.ts";

/**
 * A market with hidden truth. Each slot value (and each audience × slot value pair) shifts an ad's click and
 * conversion propensities on the logit scale; delivery adds binomial noise; conversions and revenue arrive late
 * (a share is reported on the day, the rest once the reporting delay passes — a restatement).
 */
export interface MarketSpec {
  baseCtr: number;
  baseCvr: number;
  /** logit shift per slot value, e.g. { tone: { playful: 0.2, earnest: -0.1 } } */
  slotEffects: Record<string, Record<string, number>>;
  /** extra logit shift per audience and "slot=value", e.g. { "25-34": { "tone=playful": 0.3 } } */
  audienceEffects?: Record<string, Record<string, number>>;
  cpmMicros: number;
  revenuePerConversionMicros: number;
  watchSecondsPerImpression: number;
  /** Days until conversions are fully reported. */
  reportingDelayDays: number;
  /** Share of conversions reported before the delay passes. */
  earlyReportShare: number;
}

export const DEFAULT_MARKET: MarketSpec = {
  baseCtr: 0.012,
  baseCvr: 0.04,
  // Hidden truth priced on the demo template's slot values (server/seed/spring-sprint.ts) plus a few generic ones.
  slotEffects: {
    tone: { energetic: 0.2, playful: 0.1, calm: -0.1, premium: -0.05, earnest: 0, urgent: -0.15 },
    hook: { challenge: 0.25, "social-proof": 0.1, urgency: -0.1, benefit: 0, question: 0.2, stat: 0.05, story: -0.1 },
    offer: { "spring-20-off": 0.15, "free-shipping": 0.1, "new-colorway": -0.05, none: -0.2 },
    cta: { "shop-now": 0.05, "grab-yours": 0.1, "find-your-fit": -0.05, "learn-more": -0.05 },
    format: { "9:16": 0.15, "1:1": 0, "4:5": 0.05, "1.91:1": -0.15 },
  },
  audienceEffects: {
    "gen-z-runners": { "tone=playful": 0.3, "format=9:16": 0.2 },
    "urban-25-34": { "tone=energetic": 0.15, "hook=social-proof": 0.15 },
    "de-marathoners": { "tone=calm": 0.3, "hook=benefit": 0.2 },
  },
  cpmMicros: 6_000_000,
  revenuePerConversionMicros: 45_000_000,
  watchSecondsPerImpression: 2.5,
  reportingDelayDays: 2,
  earlyReportShare: 0.7,
};

export interface SimulatedAd {
  platformAdId: string;
  slots: Record<string, string>;
  audience: string | undefined;
}

interface DayTruth {
  impressions: number;
  clicks: number;
  conversions: number;
  spendMicros: number;
  revenueMicros: number;
  videoWatchMs: number;
}

const logit = (p: number) => Math.log(p / (1 - p));
const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));

export class Market {
  private readonly ads = new Map<string, SimulatedAd>();
  private readonly days = new Map<string, Map<string, DayTruth>>();

  constructor(
    readonly spec: MarketSpec,
    private readonly rng: Rng,
  ) {}

  register(ad: SimulatedAd): void {
    this.ads.set(ad.platformAdId, ad);
  }

  has(platformAdId: string): boolean {
    return this.ads.has(platformAdId);
  }

  /** The hidden truth, for benchmarks and tests that grade decisions (never used by the decision code). */
  trueCtr(platformAdId: string): number {
    return sigmoid(logit(this.spec.baseCtr) + this.shift(platformAdId));
  }

  trueCvr(platformAdId: string): number {
    return sigmoid(logit(this.spec.baseCvr) + this.shift(platformAdId) / 2);
  }

  private shift(platformAdId: string): number {
    const ad = this.ads.get(platformAdId);
    if (!ad) throw new Error(`simulator: unknown ad ${platformAdId}`);
    let s = 0;
    for (const [slot, value] of Object.entries(ad.slots)) {
      s += this.spec.slotEffects[slot]?.[value] ?? 0;
      if (ad.audience) s += this.spec.audienceEffects?.[ad.audience]?.[`${slot}=${value}`] ?? 0;
    }
    return s;
  }

  /** Serves one day: `impressions[adId]` impressions each, with binomial noise on clicks and conversions. */
  serve(date: string, impressions: Record<string, number>): void {
    const day = this.days.get(date) ?? new Map<string, DayTruth>();
    for (const [adId, n] of Object.entries(impressions)) {
      if (n <= 0) continue;
      const clicks = binomial(this.rng, n, this.trueCtr(adId));
      const conversions = binomial(this.rng, clicks, this.trueCvr(adId));
      const prev = day.get(adId);
      const watch = Math.max(0, n * this.spec.watchSecondsPerImpression * (1 + 0.05 * normal(this.rng)) * 1000);
      day.set(adId, {
        impressions: (prev?.impressions ?? 0) + n,
        clicks: (prev?.clicks ?? 0) + clicks,
        conversions: (prev?.conversions ?? 0) + conversions,
        spendMicros: (prev?.spendMicros ?? 0) + Math.round((n * this.spec.cpmMicros) / 1000),
        revenueMicros: (prev?.revenueMicros ?? 0) + conversions * this.spec.revenuePerConversionMicros,
        videoWatchMs: (prev?.videoWatchMs ?? 0) + Math.round(watch),
      });
    }
    this.days.set(date, day);
  }

  /**
   * What the platform reports as of `asOf` for days in [since, until]: recent days carry only the early share of
   * conversions and revenue; once the delay passes the same day is restated in full.
   */
  report(asOf: string, since: string, until: string): MetricRecord[] {
    const out: MetricRecord[] = [];
    for (const date of [...this.days.keys()].sort()) {
      if (date < since || date > until || date > asOf) continue;
      const mature = daysBetween(date, asOf) >= this.spec.reportingDelayDays;
      for (const [adId, t] of this.days.get(date)!) {
        const share = mature ? 1 : this.spec.earlyReportShare;
        const conversions = Math.floor(t.conversions * share);
        out.push({
          platform: "simulator",
          platformAdId: adId,
          date,
          impressions: t.impressions,
          clicks: t.clicks,
          conversions,
          spendMicros: t.spendMicros,
          revenueMicros: conversions * this.spec.revenuePerConversionMicros,
          videoWatchMs: t.videoWatchMs,
        });
      }
    }
    return out;
  }
}

export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

export function addDays(date: string, n: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
}
