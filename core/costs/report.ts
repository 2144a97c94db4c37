import type { Tx } from "../../db/client.ts";
import {
  COST_DIMENSIONS,
  type CostAggregate,
  type CostDimension,
  type LedgerFilter,
  ledgerBreakdown,
  ledgerTotals,
  type Period,
  promotedAssetsPerCampaign,
} from "../../db/repositories/cost_report.ts";
import { describeNodeIds } from "../../db/repositories/lineage_walk.ts";
import type { VisibleBrands } from "../../db/repositories/visibility.ts";
import { invalidInput } from "../errors.ts";
import { type LoopKpis, loopKpis } from "../experiments/kpis.ts";

export { COST_DIMENSIONS, type CostDimension };

export interface CostReportInput {
  from?: string | undefined;
  to?: string | undefined;
  campaignId?: string | undefined;
  modelId?: string | undefined;
  promptVersionId?: string | undefined;
  templateVersionId?: string | undefined;
  provider?: string | undefined;
  groupBy: CostDimension[];
  period: Period;
  limit: number;
}

export interface CostRow extends CostAggregate {
  label: string;
  /** Fraction of the filtered total, 0-1. */
  share: number;
}

export interface WinnerCost {
  campaignId: string;
  label: string;
  costMicros: number;
  winners: number;
  /** Generation cost ÷ promoted assets; null when the campaign has no promoted assets yet (÷0 is not a price). */
  costPerWinnerMicros: number | null;
  /** Ad spend behind the campaign's tested variants (from ingested metrics). */
  adSpendMicros: number;
  /** The loop KPI the dashboard shows: (generation of tested variants + ad spend) ÷ winners (core/experiments/kpis). */
  costPerWinningAssetMicros: number | null;
  note: string | null;
}

export interface CostReport {
  range: { from: string | null; to: string | null };
  totals: CostAggregate;
  breakdowns: { dimension: CostDimension; rows: CostRow[]; more: boolean }[];
  costPerWinner: WinnerCost[];
}

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/** ISO date or datetime → UTC ISO instant. A date-only `to` includes that whole day. */
export function parseBound(field: "from" | "to", value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const ms = Date.parse(DATE_ONLY.test(value) ? `${value}T00:00:00Z` : value);
  if (Number.isNaN(ms)) {
    throw invalidInput(
      field,
      `"${value}" is not a date`,
      "Use an ISO date (2027-03-01) or UTC datetime (2027-03-01T12:00:00Z).",
    );
  }
  return new Date(field === "to" && DATE_ONLY.test(value) ? ms + 86_400_000 : ms).toISOString();
}

/** Where the money went: totals, breakdowns by the requested dimensions, and cost per promoted (winning) asset. */
export async function costReport(db: Tx, input: CostReportInput, visible?: VisibleBrands): Promise<CostReport> {
  const from = parseBound("from", input.from);
  const to = parseBound("to", input.to);
  if (from && to && from >= to) {
    throw invalidInput("to", `must be after from (${input.from} → ${input.to})`, "Swap the dates or widen the range.");
  }
  const filter: LedgerFilter = { ...input, from, to, visible };
  const totals = await ledgerTotals(db, filter);
  const breakdowns = [];
  for (const dimension of [...new Set(input.groupBy)]) {
    const { rows, more } = await ledgerBreakdown(db, filter, dimension, input.period, input.limit);
    breakdowns.push({ dimension, rows, more });
  }
  const campaignCosts = input.campaignId
    ? [{ key: input.campaignId, costMicros: totals.costMicros }]
    : (await ledgerBreakdown(db, filter, "campaign", input.period, input.limit)).rows.filter((r) => r.key !== null);
  const winners = await promotedAssetsPerCampaign(
    db,
    campaignCosts.map((c) => c.key!),
  );
  const labelIds = [
    ...breakdowns.flatMap((b) => (b.dimension === "period" ? [] : b.rows.map((r) => r.key))),
    ...campaignCosts.map((c) => c.key),
  ].filter((k): k is string => k !== null);
  const facts = await describeNodeIds(db, [...new Set(labelIds)]);
  const loop = new Map<string, LoopKpis>();
  for (const c of campaignCosts) loop.set(c.key!, await loopKpis(db, { campaignId: c.key!, visible }));
  const labelOf = (key: string | null) => (key === null ? "(none)" : (facts.get(key)?.label ?? key));
  return {
    range: { from: from ?? null, to: to ?? null },
    totals,
    breakdowns: breakdowns.map((b) => ({
      ...b,
      rows: b.rows.map((r) => ({
        ...r,
        label: labelOf(r.key),
        share: totals.costMicros > 0 ? r.costMicros / totals.costMicros : 0,
      })),
    })),
    costPerWinner: campaignCosts.map((c) => {
      const n = winners.get(c.key!) ?? 0;
      return {
        campaignId: c.key!,
        label: labelOf(c.key),
        costMicros: c.costMicros,
        winners: n,
        costPerWinnerMicros: n > 0 ? Math.round(c.costMicros / n) : null,
        adSpendMicros: loop.get(c.key!)?.adSpendMicros ?? 0,
        costPerWinningAssetMicros: loop.get(c.key!)?.costPerWinningAssetMicros ?? null,
        note: n > 0 ? null : "no promoted assets yet, so there is no cost per winner",
      };
    }),
  };
}
