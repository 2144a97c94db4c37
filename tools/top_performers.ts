import * as z from "zod";
import { formatMoney } from "../core/costs/money.ts";
import { invalidInput } from "../core/errors.ts";
import { thumbnailUri } from "../core/library/types.ts";
import { encodeCursor } from "../core/pagination.ts";
import { DEFAULT_MIN_IMPRESSIONS, METRICS, type PerformanceMetric, type RankedAsset } from "../core/performance/top.ts";
import { defineTool } from "./define.ts";

const Day = z
  .string()
  .max(10)
  .regex(/^\d{4}-\d{2}-\d{2}$/, "must be an ISO date YYYY-MM-DD (UTC)");

const LABEL: Record<PerformanceMetric, string> = {
  ctr: "CTR",
  cvr: "CVR",
  cpa: "CPA",
  roas: "ROAS",
  conversions: "conversions",
  spend: "spend",
  impressions: "impressions",
};

/** The cursor carries the page offset and the query it belongs to, so a cursor is never replayed on another list. */
function cursorKey(input: { metric: string; from?: string | undefined; to?: string | undefined }) {
  return `${input.metric}|${input.from ?? ""}|${input.to ?? ""}`;
}

function readCursor(cursor: string | undefined, key: string): number {
  if (!cursor) return 0;
  try {
    const parsed = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")) as { o?: unknown; k?: unknown };
    if (typeof parsed.o === "number" && Number.isInteger(parsed.o) && parsed.o >= 0 && parsed.k === key)
      return parsed.o;
  } catch {}
  throw invalidInput(
    "cursor",
    "is not a cursor from this list",
    "Pass nextCursor from the previous page with the same metric and dates, or omit it to start at the top.",
  );
}

const pct = (x: number | null) => (x === null ? "n/a" : `${(x * 100).toFixed(2)}%`);
const num = (n: number) => n.toLocaleString("en-US", { maximumFractionDigits: 2 });

export function formatMetric(metric: PerformanceMetric, r: RankedAsset): string {
  if (metric === "ctr") return `CTR ${pct(r.ctr)}`;
  if (metric === "cvr") return `CVR ${pct(r.cvr)}`;
  if (metric === "cpa") return `CPA ${r.cpaMicros === null ? "n/a" : formatMoney(r.cpaMicros, r.currency)}`;
  if (metric === "roas") return `ROAS ${r.roas === null ? "n/a" : `${r.roas.toFixed(2)}x`}`;
  if (metric === "conversions") return `${num(r.conversions)} conversions`;
  if (metric === "spend") return `${formatMoney(r.spendMicros, r.currency)} spend`;
  return `${num(r.impressions)} impressions`;
}

const Ranked = z.object({
  rank: z.number().int(),
  assetId: z.string(),
  name: z.string(),
  thumbnailUri: z.string(),
  platforms: z.array(z.string()),
  value: z.number().describe("The ranked metric: a ratio for ctr/cvr/roas, micros for cpa and spend, else a count"),
  impressions: z.number().int(),
  clicks: z.number().int(),
  conversions: z.number().describe("As reported, fractions included"),
  spendMicros: z.number().int().describe("Integer micros in `currency`: 1 unit = 1000000"),
  currency: z
    .string()
    .nullable()
    .describe("Currency of spend/revenue/CPA (an asset run in two currencies has a row each)"),
  revenueMicros: z.number().int(),
  ctr: z.number().nullable(),
  cvr: z.number().nullable(),
  cpaMicros: z.number().int().nullable(),
  roas: z.number().nullable(),
});

export const topPerformersTool = defineTool({
  name: "top_performers",
  title: "Top performers",
  description:
    "Best performing assets across all their ads over a date range, ranked by one metric: ctr (default), cvr, cpa " +
    "(lowest first), roas, conversions, spend or impressions. Rates only rank assets with at least minImpressions " +
    `(default ${DEFAULT_MIN_IMPRESSIONS}) so a lucky 1-in-2 never wins. Filter by brand, audience, platform or ` +
    "experiment. Dates are inclusive UTC days (default: the last 30 days). Money is integer micros in the JSON and " +
    "dollars in the text. Paginated.",
  toolset: "experiments",
  annotations: { readOnlyHint: true, idempotentHint: true },
  input: z.object({
    metric: z.enum(METRICS).default("ctr").describe("What to rank by; cpa ranks lowest first"),
    from: Day.optional().describe("First day, inclusive (UTC), e.g. 2027-04-01; default 30 days before to"),
    to: Day.optional().describe("Last day, inclusive (UTC); default today"),
    brand: z.string().max(100).optional().describe("Brand slug or id"),
    audience: z.string().max(100).optional().describe("Audience slug, name or alias, e.g. gen-z-runners"),
    platform: z.enum(["meta", "google_ads", "tiktok", "simulator"]).optional(),
    experiment: z.string().max(200).optional().describe("Only assets tested in this experiment (exp_… id or name)"),
    assetIds: z
      .array(z.string().regex(/^ast_[0-9A-Za-z]{6,}$/, "must be an asset id like ast_01J…"))
      .min(1)
      .max(50)
      .optional()
      .describe("Only these assets: their own numbers over the range (the impressions floor defaults to 0)"),
    minImpressions: z
      .number()
      .int()
      .min(0)
      .max(1_000_000_000)
      .optional()
      .describe(`Impressions an asset needs before a rate metric ranks it (default ${DEFAULT_MIN_IMPRESSIONS})`),
    limit: z.number().int().min(1).max(50).default(10),
    cursor: z.string().max(500).optional().describe("nextCursor from the previous page"),
  }),
  output: z.object({
    metric: z.enum(METRICS),
    direction: z.enum(["asc", "desc"]),
    range: z.object({ from: z.string(), to: z.string() }),
    filters: z.object({
      brand: z.string().nullable(),
      audience: z.string().nullable(),
      platform: z.string().nullable(),
      experiment: z.string().nullable(),
      assetIds: z.array(z.string()).nullable(),
    }),
    minImpressions: z.number().int(),
    items: z.array(Ranked),
    belowFloor: z.number().int().describe("Assets with results that the impressions floor left out"),
    total: z.number().int().describe("Ranked assets in all pages"),
    nextCursor: z.string().nullable(),
  }),
  async run(input, { services, visible }) {
    const key = cursorKey(input);
    const offset = readCursor(input.cursor, key);
    const top = await services.experiments.top({ ...input, offset }, visible);
    const items = top.items.map((r) => ({ ...r, thumbnailUri: thumbnailUri(r.assetId) }));
    const { nextOffset, ...rest } = top;
    const nextCursor = nextOffset === null ? null : encodeCursor({ o: nextOffset, k: key });
    const scope = [top.filters.audience, top.filters.platform, top.filters.experiment, top.filters.brand]
      .filter(Boolean)
      .join(", ");
    const floor =
      ["ctr", "cvr", "cpa", "roas"].includes(top.metric) && top.minImpressions > 0
        ? `, at least ${num(top.minImpressions)} impressions`
        : "";
    const head = `Top by ${LABEL[top.metric]}, ${top.range.from} → ${top.range.to}${scope ? ` (${scope})` : ""}${floor}:`;
    const lines = items.map(
      (r) =>
        `${r.rank}. ${r.name} (${r.assetId}) — ${formatMetric(top.metric, r)} · ${num(r.impressions)} impr, ${num(r.clicks)} clicks, ${num(r.conversions)} conv, ${formatMoney(r.spendMicros, r.currency)} spend [${r.platforms.join(", ")}]`,
    );
    const empty = top.belowFloor
      ? `No asset reached ${num(top.minImpressions)} impressions in this range (${top.belowFloor} had results); lower minImpressions or widen the dates.`
      : top.filters.assetIds
        ? `No ad results for ${top.filters.assetIds.join(", ")} in this range: no deployed ad of it reported metrics (link its ads with link_deployment, ingest with ingest_metrics, or widen the dates).`
        : "No ad results in this range. Ingest metrics (ingest_metrics) or widen the dates.";
    const tail = [
      top.belowFloor && items.length ? `${top.belowFloor} asset(s) below the floor not ranked.` : "",
      nextCursor ? `${top.total - (offset + items.length)} more.` : "",
    ].filter(Boolean);
    return {
      structured: { ...rest, items, nextCursor },
      text: [head, ...(items.length ? lines : [empty]), ...tail].join("\n"),
    };
  },
});
