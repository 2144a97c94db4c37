import type { Tx } from "../../db/client.ts";
import { findBrand } from "../../db/repositories/brands.ts";
import {
  type AssetTotals,
  assetTotals,
  audienceSlugs,
  experimentNames,
  findAudience,
  findExperiments,
} from "../../db/repositories/performance.ts";
import type { Clock } from "../clock.ts";
import { invalidInput, notFound } from "../errors.ts";

/**
 * Top performing assets by an ad metric over a date range: the question "what's working?" asked of all ads, not one
 * experiment. Rates (CTR, CVR, CPA, ROAS) only rank assets with at least `minImpressions`, so 1 click out of 2
 * impressions never tops the list; totals (conversions, spend, impressions) rank everything.
 */
export const METRICS = ["ctr", "cvr", "cpa", "roas", "conversions", "spend", "impressions"] as const;
export type PerformanceMetric = (typeof METRICS)[number];

export const DEFAULT_MIN_IMPRESSIONS = 1000;
export const DEFAULT_DAYS = 30;

export interface TopPerformersInput {
  metric: PerformanceMetric;
  /** Only assets of the brands a caller may see (their BrandScope, restricted); undefined: every brand. */
  visible?: readonly string[] | undefined;
  from?: string | undefined;
  to?: string | undefined;
  brand?: string | undefined;
  audience?: string | undefined;
  platform?: string | undefined;
  experiment?: string | undefined;
  /** Only these assets (their own numbers; the impressions floor defaults to 0 then). */
  assetIds?: string[] | undefined;
  minImpressions?: number | undefined;
  limit: number;
  offset: number;
}

export interface RankedAsset extends AssetTotals {
  rank: number;
  /** The ranked metric's value: a ratio for ctr/cvr/roas, micros for cpa, a count or micros for totals. */
  value: number;
  ctr: number | null;
  cvr: number | null;
  cpaMicros: number | null;
  roas: number | null;
}

export interface TopPerformers {
  metric: PerformanceMetric;
  /** Lower is better for CPA; higher for everything else. */
  direction: "asc" | "desc";
  range: { from: string; to: string };
  filters: {
    brand: string | null;
    audience: string | null;
    platform: string | null;
    experiment: string | null;
    assetIds: string[] | null;
  };
  minImpressions: number;
  items: RankedAsset[];
  /** Assets with results in range that a rate metric left out for having too few impressions (or no conversions). */
  belowFloor: number;
  total: number;
  nextOffset: number | null;
}

const DAY = 86_400_000;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const RATE_METRICS = new Set<PerformanceMetric>(["ctr", "cvr", "cpa", "roas"]);

function checkDate(field: "from" | "to", value: string): string {
  if (!DATE.test(value) || Number.isNaN(Date.parse(`${value}T00:00:00Z`))) {
    throw invalidInput(field, `"${value}" is not a date`, "Use an ISO date like 2027-03-01 (UTC, inclusive).");
  }
  return value;
}

/** Inclusive UTC date range; default: the last 30 days up to today. */
export function dateRange(from: string | undefined, to: string | undefined, clock: Clock) {
  const end = to ? checkDate("to", to) : clock.now().toISOString().slice(0, 10);
  const start = from
    ? checkDate("from", from)
    : new Date(Date.parse(`${end}T00:00:00Z`) - (DEFAULT_DAYS - 1) * DAY).toISOString().slice(0, 10);
  if (start > end)
    throw invalidInput(
      "from",
      `${start} is after to (${end})`,
      "Give from on or before to, e.g. from 2027-03-01 to 2027-03-31.",
    );
  return { from: start, to: end };
}

export function metricValues(t: AssetTotals) {
  return {
    ctr: t.impressions > 0 ? t.clicks / t.impressions : null,
    cvr: t.clicks > 0 ? t.conversions / t.clicks : null,
    cpaMicros: t.conversions > 0 ? Math.round(t.spendMicros / t.conversions) : null,
    roas: t.spendMicros > 0 ? t.revenueMicros / t.spendMicros : null,
  };
}

/** Ranks asset totals by one metric; pure. Ties go to the asset with more impressions, then by id. */
export function rankAssets(rows: AssetTotals[], metric: PerformanceMetric, minImpressions: number) {
  const scored = rows.map((t) => {
    const v = metricValues(t);
    const value: number | null =
      metric === "ctr"
        ? v.ctr
        : metric === "cvr"
          ? v.cvr
          : metric === "cpa"
            ? v.cpaMicros
            : metric === "roas"
              ? v.roas
              : metric === "conversions"
                ? t.conversions
                : metric === "spend"
                  ? t.spendMicros
                  : t.impressions;
    return { ...t, ...v, value };
  });
  const eligible = scored.filter(
    (s) => s.value !== null && (!RATE_METRICS.has(metric) || s.impressions >= minImpressions),
  ) as (AssetTotals & ReturnType<typeof metricValues> & { value: number })[];
  const sign = metric === "cpa" ? 1 : -1;
  eligible.sort(
    (a, b) => sign * (a.value - b.value) || b.impressions - a.impressions || a.assetId.localeCompare(b.assetId),
  );
  return { ranked: eligible, belowFloor: rows.length - eligible.length };
}

export async function topPerformers(tx: Tx, clock: Clock, input: TopPerformersInput): Promise<TopPerformers> {
  const range = dateRange(input.from, input.to, clock);
  const minImpressions = input.minImpressions ?? (input.assetIds?.length ? 0 : DEFAULT_MIN_IMPRESSIONS);
  let brandId: string | undefined;
  if (input.brand) {
    const brand = await findBrand(tx, input.brand);
    if (!brand) throw notFound("Brand", input.brand, "Pass a brand slug or id (list_brands shows them).");
    brandId = brand.id;
  }
  let audience: { id: string; slug: string } | undefined;
  if (input.audience) {
    audience = await findAudience(tx, input.audience);
    if (!audience) {
      const known = await audienceSlugs(tx);
      throw invalidInput(
        "audience",
        `"${input.audience}" is not a known audience`,
        `Valid values: ${known.join(", ") || "(none yet)"}.`,
      );
    }
  }
  let experiment: { id: string; name: string } | undefined;
  if (input.experiment) {
    const found = await findExperiments(tx, input.experiment);
    if (found.length !== 1) {
      const names = found.length ? found.map((e) => e.id) : await experimentNames(tx);
      throw invalidInput(
        "experiment",
        found.length
          ? `"${input.experiment}" names ${found.length} experiments`
          : `no experiment "${input.experiment}"`,
        `Valid values: ${names.join(", ") || "(none yet)"}.`,
      );
    }
    experiment = found[0]!;
  }
  const rows = await assetTotals(tx, {
    ...range,
    brandId,
    visible: input.visible,
    audienceId: audience?.id,
    audienceSlug: audience?.slug,
    platform: input.platform,
    experimentId: experiment?.id,
    assetIds: input.assetIds,
  });
  const { ranked, belowFloor } = rankAssets(rows, input.metric, minImpressions);
  const page = ranked.slice(input.offset, input.offset + input.limit);
  return {
    metric: input.metric,
    direction: input.metric === "cpa" ? "asc" : "desc",
    range,
    filters: {
      brand: input.brand ?? null,
      audience: audience?.slug ?? null,
      platform: input.platform ?? null,
      experiment: experiment ? `${experiment.name} (${experiment.id})` : null,
      assetIds: input.assetIds?.length ? input.assetIds : null,
    },
    minImpressions,
    items: page.map((r, i) => ({ ...r, rank: input.offset + i + 1 })),
    belowFloor,
    total: ranked.length,
    nextOffset: input.offset + input.limit < ranked.length ? input.offset + input.limit : null,
  };
}
