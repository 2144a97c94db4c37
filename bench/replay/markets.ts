/**
 * Market shapes for the replay suite (issue 14), written for this suite from generic knowledge of paid social
 * delivery — NOT from connectors/simulator (its slot effects, audiences and delays are not reused or consulted):
 *
 * - Click-through rates of 0.9–1.8% per impression, the usual range for feed image ads on Meta/TikTok (public
 *   benchmark round-ups put median link CTR near 1%); each seed jitters the base ±15%.
 * - Creative differences are multiplicative (log-linear), the 8 arms being tone × offer × format (2 × 2 × 2): the
 *   message (tone, offer) moves CTR 15–35%, the format of the same creative 0–20% — so the best of 8 creatives is
 *   typically 1.4–1.8× the worst, as account-level creative reports show; the top two are made close on purpose.
 * - Two audiences of 20,000 impressions a day each; where their tastes differ the interaction is a tone flip
 *   (the younger audience prefers the playful tone, the older the plain one) — the commonest audience split.
 * - Platform behaviour seen in real reporting APIs: the current day is reported partially and completed over the
 *   next two days; days are restated later when invalid traffic is filtered (1–3% of impressions and clicks removed);
 *   a team backfills a week of history at once; one creative can be broken (blank render / dead link: CTR ~0.03%).
 * - Delivery splits each audience's impressions at random by the shares in force (the ad server's split), so the
 *   SRM check sees exactly the sampling noise a correct delivery has.
 *
 * Each shape states the true top gap; the benchmark's accuracy target counts runs whose top gap is ≥ 5% relative.
 */
export type Slots = { tone: string; offer: string; format: string };

export interface AudienceTruth {
  slug: string;
  baseCtr: number;
  /** Log-scale CTR lift per slot value. */
  effects: { tone: Record<string, number>; offer: Record<string, number>; format: Record<string, number> };
  /** Extra log lift for one arm (an execution detail no slot explains), keyed "tone|offer|format". */
  arm?: Record<string, number>;
}

export interface ReportingBehaviour {
  /** Share of a day's impressions and clicks reported on the day itself, and one day later (then complete). */
  sameDayShare: number;
  nextDayShare: number;
  /** Invalid-traffic filtering applied when a day is restated (two days later): fraction removed, min..max. */
  restateRemoval: [number, number];
  /** Days delivered at an equal split before the loop runs, then ingested at once (a backfill). */
  backfillDays: number;
}

export interface MarketShape {
  name: string;
  description: string;
  audiences: AudienceTruth[];
  reporting: ReportingBehaviour;
}

export const TONES = ["playful", "plain"] as const;
export const OFFERS = ["pct-off", "free-shipping"] as const;
export const FORMATS = ["9:16", "1:1"] as const;

export const ARMS: Slots[] = TONES.flatMap((tone) =>
  OFFERS.flatMap((offer) => FORMATS.map((format) => ({ tone, offer, format }))),
);

export const armKey = (s: Slots) => `${s.tone}|${s.offer}|${s.format}`;

const prompt: ReportingBehaviour = { sameDayShare: 1, nextDayShare: 1, restateRemoval: [0, 0], backfillDays: 0 };

export const SHAPES: MarketShape[] = [
  {
    name: "close-top-two",
    description: "Same taste in both audiences; the best two arms differ only by format, 5.1% apart (log 0.05)",
    reporting: prompt,
    audiences: [
      {
        slug: "urban-25-34",
        baseCtr: 0.012,
        effects: {
          tone: { playful: 0.25, plain: 0 },
          offer: { "pct-off": 0.15, "free-shipping": 0 },
          format: { "9:16": 0.05, "1:1": 0 },
        },
      },
      {
        slug: "suburban-35-54",
        baseCtr: 0.01,
        effects: {
          tone: { playful: 0.25, plain: 0 },
          offer: { "pct-off": 0.15, "free-shipping": 0 },
          format: { "9:16": 0.05, "1:1": 0 },
        },
      },
    ],
  },
  {
    name: "audience-interaction",
    description: "The two audiences want opposite tones and formats; each audience's top two (offer) are 6.2% apart",
    reporting: prompt,
    audiences: [
      {
        slug: "gen-z",
        baseCtr: 0.015,
        effects: {
          tone: { playful: 0.3, plain: 0 },
          offer: { "pct-off": 0.06, "free-shipping": 0 },
          format: { "9:16": 0.2, "1:1": 0 },
        },
      },
      {
        slug: "boomers",
        baseCtr: 0.009,
        effects: {
          tone: { playful: 0, plain: 0.25 },
          offer: { "pct-off": 0.06, "free-shipping": 0 },
          format: { "9:16": 0, "1:1": 0.15 },
        },
      },
    ],
  },
  {
    name: "null-slot",
    description: "Format has no effect at all, so the best two arms are tied (an 'either is fine' call is right)",
    reporting: prompt,
    audiences: [
      {
        slug: "urban-25-34",
        baseCtr: 0.013,
        effects: {
          tone: { playful: 0.25, plain: 0 },
          offer: { "pct-off": 0.15, "free-shipping": 0 },
          format: { "9:16": 0, "1:1": 0 },
        },
      },
      {
        slug: "suburban-35-54",
        baseCtr: 0.011,
        effects: {
          tone: { playful: 0, plain: 0.2 },
          offer: { "pct-off": 0.15, "free-shipping": 0 },
          format: { "9:16": 0, "1:1": 0 },
        },
      },
    ],
  },
  {
    name: "delayed-reporting",
    description: "Today reported at 55%, yesterday at 90%, complete after two days; top two 5.1% apart",
    reporting: { sameDayShare: 0.55, nextDayShare: 0.9, restateRemoval: [0, 0], backfillDays: 0 },
    audiences: [
      {
        slug: "urban-25-34",
        baseCtr: 0.014,
        effects: {
          tone: { playful: 0.05, plain: 0 },
          offer: { "pct-off": 0.2, "free-shipping": 0 },
          format: { "9:16": 0.3, "1:1": 0 },
        },
      },
      {
        slug: "suburban-35-54",
        baseCtr: 0.01,
        effects: {
          tone: { playful: 0, plain: 0.05 },
          offer: { "pct-off": 0.2, "free-shipping": 0 },
          format: { "9:16": 0.3, "1:1": 0 },
        },
      },
    ],
  },
  {
    name: "restated-backfill",
    description:
      "A week delivered at an equal split is backfilled at once; every day is restated 1–3% down two days later; top two (offer) 6.2% apart",
    reporting: { sameDayShare: 1, nextDayShare: 1, restateRemoval: [0.01, 0.03], backfillDays: 7 },
    audiences: [
      {
        slug: "urban-25-34",
        baseCtr: 0.012,
        effects: {
          tone: { playful: 0.3, plain: 0 },
          offer: { "pct-off": 0.06, "free-shipping": 0 },
          format: { "9:16": 0.18, "1:1": 0 },
        },
      },
      {
        slug: "suburban-35-54",
        baseCtr: 0.011,
        effects: {
          tone: { playful: 0.3, plain: 0 },
          offer: { "pct-off": 0.06, "free-shipping": 0 },
          format: { "9:16": 0.18, "1:1": 0 },
        },
      },
    ],
  },
  {
    name: "dead-arm",
    description: "One creative is broken (CTR ~0.03%); the rest differ by up to ~50%, top two (tone) 7.3% apart",
    reporting: prompt,
    audiences: [
      {
        slug: "urban-25-34",
        baseCtr: 0.012,
        effects: {
          tone: { playful: 0.07, plain: 0 },
          offer: { "pct-off": 0.25, "free-shipping": 0 },
          format: { "9:16": 0.15, "1:1": 0 },
        },
        arm: { "playful|free-shipping|1:1": -3.6 },
      },
      {
        slug: "suburban-35-54",
        baseCtr: 0.0095,
        effects: {
          tone: { playful: 0.07, plain: 0 },
          offer: { "pct-off": 0.25, "free-shipping": 0 },
          format: { "9:16": 0.15, "1:1": 0 },
        },
        arm: { "playful|free-shipping|1:1": -3.6 },
      },
    ],
  },
];

/** True CTR of an arm for an audience, with the seed's base jitter. */
export function trueCtr(a: AudienceTruth, s: Slots, baseJitter = 1): number {
  const lift =
    a.effects.tone[s.tone]! + a.effects.offer[s.offer]! + a.effects.format[s.format]! + (a.arm?.[armKey(s)] ?? 0);
  return a.baseCtr * baseJitter * Math.exp(lift);
}

/** The best arm and its relative gap to the runner-up, for grading. */
export function truthOf(a: AudienceTruth, baseJitter = 1) {
  const ranked = ARMS.map((s) => ({ key: armKey(s), ctr: trueCtr(a, s, baseJitter) })).sort((x, y) => y.ctr - x.ctr);
  return {
    best: ranked[0]!.key,
    ctrs: new Map(ranked.map((r) => [r.key, r.ctr])),
    topGap: ranked[0]!.ctr / ranked[1]!.ctr - 1,
  };
}
