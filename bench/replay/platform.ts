import { binomial, type Rng } from "../../core/experiments/rng.ts";
import type {
  Connector,
  MetricPage,
  MetricRecord,
  PullRequest,
  PushCreative,
  PushResult,
} from "../../core/ingestion/types.ts";
import { type AudienceTruth, type ReportingBehaviour, type Slots, trueCtr } from "./markets.ts";

interface Ad {
  id: string;
  slots: Slots;
  audience: AudienceTruth;
}

interface Day {
  impressions: number;
  clicks: number;
  /** Invalid traffic found later: removed when the day is restated. */
  invalidImpressions: number;
  invalidClicks: number;
}

/**
 * The replay suite's ad platform: an external system Winnow talks to only through the Connector seam (push an ad,
 * pull daily reports). It delivers each audience's daily impressions at random by the shares the team set (from
 * update_allocation), and reports the way real platforms do: the current day partially, complete after two days,
 * restated when invalid traffic is filtered.
 */
export class ReplayPlatform implements Connector {
  readonly platform = "replay";
  readonly reports = ["clicks", "spend"] as const;
  private readonly ads = new Map<string, Ad>();
  private readonly days = new Map<string, Map<string, Day>>();
  private next = 1;
  /** The platform's "today": reports never include later days. */
  today = "";

  constructor(
    private readonly audiences: AudienceTruth[],
    private readonly reporting: ReportingBehaviour,
    private readonly rng: Rng,
    private readonly baseJitter: number,
    private readonly cpmMicros = 7_000_000,
  ) {}

  async pushCreative(input: PushCreative): Promise<PushResult> {
    const audience = this.audiences.find((a) => a.slug === input.audience);
    if (!audience) throw new Error(`replay platform: unknown audience ${input.audience}`);
    const id = `rp_${String(this.next++).padStart(4, "0")}`;
    this.ads.set(id, { id, slots: input.slots as unknown as Slots, audience });
    return { platformAdId: id, dryRun: false };
  }

  async pauseAd(platformAdId: string): Promise<void> {
    if (!this.ads.has(platformAdId)) throw new Error(`replay platform: unknown ad ${platformAdId}`);
  }

  /** Serves one day: `total` impressions split at random by `shares` (ad id → share). */
  deliver(date: string, shares: Map<string, number>, total: number): Map<string, number> {
    const served = new Map<string, number>();
    const day = this.days.get(date) ?? new Map<string, Day>();
    let left = total;
    let leftShare = [...shares.values()].reduce((s, v) => s + v, 0);
    const entries = [...shares].filter(([, s]) => s > 0);
    entries.forEach(([adId, share], i) => {
      const n = i === entries.length - 1 ? left : binomial(this.rng, left, Math.min(1, share / leftShare));
      left -= n;
      leftShare -= share;
      served.set(adId, n);
      const ad = this.ads.get(adId)!;
      const clicks = binomial(this.rng, n, trueCtr(ad.audience, ad.slots, this.baseJitter));
      const [lo, hi] = this.reporting.restateRemoval;
      const rate = lo + (hi - lo) * this.rng();
      const prev = day.get(adId) ?? { impressions: 0, clicks: 0, invalidImpressions: 0, invalidClicks: 0 };
      day.set(adId, {
        impressions: prev.impressions + n,
        clicks: prev.clicks + clicks,
        invalidImpressions: prev.invalidImpressions + binomial(this.rng, n, rate),
        invalidClicks: prev.invalidClicks + binomial(this.rng, clicks, rate),
      });
    });
    this.days.set(date, day);
    return served;
  }

  /** What the platform reports as of `today` for [since, until]. */
  report(since: string, until: string): MetricRecord[] {
    const out: MetricRecord[] = [];
    for (const [date, ads] of [...this.days].sort(([a], [b]) => a.localeCompare(b))) {
      if (date < since || date > until || date > this.today) continue;
      const age = Math.round((Date.parse(this.today) - Date.parse(date)) / 86_400_000);
      const share = age === 0 ? this.reporting.sameDayShare : age === 1 ? this.reporting.nextDayShare : 1;
      const restated = age >= 2;
      for (const [adId, d] of ads) {
        // Partial days are a prefix of the day's delivery: every ad is thinned alike, as intraday reporting does.
        const impressions = restated ? d.impressions - d.invalidImpressions : Math.round(d.impressions * share);
        const clicks = restated ? d.clicks - d.invalidClicks : Math.round(d.clicks * share);
        out.push({
          platform: this.platform,
          platformAdId: adId,
          date,
          impressions,
          clicks,
          conversions: 0,
          spendMicros: Math.round((impressions * this.cpmMicros) / 1000),
          revenueMicros: 0,
          videoWatchMs: null,
        });
      }
    }
    return out;
  }

  async fetchPage(request: PullRequest): Promise<MetricPage> {
    const all = this.report(request.since, request.until);
    const offset = request.cursor ? Number(request.cursor) : 0;
    const records = all.slice(offset, offset + 500);
    return { records, rejected: [], nextCursor: offset + 500 < all.length ? String(offset + 500) : null };
  }
}
