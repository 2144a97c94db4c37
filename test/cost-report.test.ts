import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { costReportTool } from "../tools/cost_report.ts";
import { invokeTool } from "../tools/define.ts";
import { type SeededGraph, seedCosts, seedLineageGraph } from "./helpers/lineage-graph.ts";
import { createTestWorkspace, type TestWorkspace, toolContext } from "./helpers/workspace.ts";

let ws: TestWorkspace;
let g: SeededGraph;

beforeAll(async () => {
  ws = await createTestWorkspace();
  g = await seedLineageGraph(ws.services);
  await seedCosts(ws.services, g);
});
afterAll(async () => {
  await ws.cleanup();
});

interface Row {
  key: string | null;
  label: string;
  costMicros: number;
  calls: number;
  share: number;
}
interface Report {
  range: { from: string | null; to: string | null };
  totals: { costMicros: number; calls: number; tokensIn: number; tokensOut: number; images: number };
  breakdowns: { dimension: string; rows: Row[]; more: boolean }[];
  costPerWinner: {
    campaignId: string;
    label: string;
    costMicros: number;
    winners: number;
    costPerWinnerMicros: number | null;
    note: string | null;
  }[];
}

async function report(args: Record<string, unknown>) {
  const outcome = await invokeTool(costReportTool, args, toolContext(ws.services));
  return { ...outcome, report: outcome.structured as unknown as Report };
}
const rowsOf = (r: Report, dimension: string) => r.breakdowns.find((b) => b.dimension === dimension)!.rows;

describe("cost_report totals and breakdowns", () => {
  it("totals every ledger row and breaks it down by campaign, model and prompt version with names", async () => {
    const { report: r, text } = await report({ groupBy: ["campaign", "model", "prompt_version"] });
    expect(r.totals).toMatchObject({ costMicros: 210_000, calls: 5, tokensIn: 1900, tokensOut: 270, images: 5 });
    expect(rowsOf(r, "campaign").map((x) => [x.label, x.costMicros, x.calls])).toEqual([
      ["Spring Sprint", 170_000, 3],
      ["Summer Trail", 40_000, 1],
      ["(none)", 0, 1],
    ]);
    expect(rowsOf(r, "model").map((x) => [x.label, x.costMicros])).toEqual([
      ["local/render", 200_000],
      ["local/copy", 10_000],
    ]);
    expect(rowsOf(r, "prompt_version").map((x) => [x.label, x.costMicros])).toEqual([
      ["(none)", 160_000],
      ["copywriter v2", 45_800],
      ["copywriter v1", 4_200],
    ]);
    expect(rowsOf(r, "campaign")[0]!.share).toBeCloseTo(170 / 210);
    expect(text).toMatch(/^Total \$0\.21 over 5 call\(s\)/);
    expect(text).toContain("Spring Sprint: $0.17 (81.0%, 3 calls)");
  });

  it("breaks down by provider, operation and template version", async () => {
    const { report: r } = await report({ groupBy: ["provider", "operation", "template_version"] });
    expect(rowsOf(r, "provider").map((x) => [x.key, x.costMicros])).toEqual([
      ["openai", 200_000],
      ["anthropic", 10_000],
      ["local", 0],
    ]);
    expect(rowsOf(r, "operation").map((x) => [x.key, x.calls])).toEqual([
      ["image", 2],
      ["copy", 3],
    ]);
    expect(rowsOf(r, "template_version")[0]).toMatchObject({ label: "Spring promo v1", costMicros: 210_000 });
  });

  it("buckets by UTC day, ISO week (Monday) and month", async () => {
    const day = await report({ groupBy: ["period"], period: "day" });
    expect(rowsOf(day.report, "period").map((x) => [x.key, x.costMicros])).toEqual([
      ["2027-03-01", 4_200],
      ["2027-03-02", 5_800],
      ["2027-03-07", 160_000],
      ["2027-03-08", 40_000],
      ["2027-04-01", 0],
    ]);
    const week = await report({ groupBy: ["period"], period: "week" });
    expect(rowsOf(week.report, "period").map((x) => [x.key, x.costMicros])).toEqual([
      ["2027-03-01", 170_000],
      ["2027-03-08", 40_000],
      ["2027-03-29", 0],
    ]);
    const month = await report({ groupBy: ["period"], period: "month" });
    expect(rowsOf(month.report, "period").map((x) => [x.key, x.costMicros])).toEqual([
      ["2027-03-01", 210_000],
      ["2027-04-01", 0],
    ]);
  });

  it("filters by date range (a date-only 'to' includes that day) and by campaign, model or provider", async () => {
    const range = await report({ from: "2027-03-02", to: "2027-03-07", groupBy: [] });
    expect(range.report.totals).toMatchObject({ costMicros: 165_800, calls: 2 });
    expect(range.report.range).toEqual({ from: "2027-03-02T00:00:00.000Z", to: "2027-03-08T00:00:00.000Z" });
    const exclusive = await report({ from: "2027-03-02T00:00:00Z", to: "2027-03-07T12:00:00Z", groupBy: [] });
    expect(exclusive.report.totals.costMicros).toBe(5_800);
    expect((await report({ campaignId: g.campaigns.summer, groupBy: [] })).report.totals.costMicros).toBe(40_000);
    expect((await report({ modelId: g.models.text, groupBy: [] })).report.totals.calls).toBe(3);
    expect((await report({ provider: "anthropic", groupBy: [] })).report.totals.costMicros).toBe(10_000);
  });
});

describe("cost per winning asset", () => {
  it("divides a campaign's cost by its promoted assets", async () => {
    const { report: r, text } = await report({ campaignId: g.campaigns.spring, groupBy: [] });
    // out3 and out4 are promoted and used_in Spring Sprint.
    expect(r.costPerWinner).toEqual([
      {
        campaignId: g.campaigns.spring,
        label: "Spring Sprint",
        costMicros: 170_000,
        winners: 2,
        costPerWinnerMicros: 85_000,
        // no experiments in this graph, so the loop KPI (generation + ad spend per experiment winner) has nothing yet
        adSpendMicros: 0,
        costPerWinningAssetMicros: null,
        note: null,
      },
    ]);
    expect(text).toContain("Cost per winner, Spring Sprint: $0.09 ($0.17 / 2 promoted)");
  });

  it("is null with a note when a campaign has no winners yet", async () => {
    const { report: r, text } = await report({ groupBy: [] });
    const summer = r.costPerWinner.find((w) => w.campaignId === g.campaigns.summer)!;
    expect(summer).toMatchObject({
      winners: 0,
      costPerWinnerMicros: null,
      note: expect.stringMatching(/no promoted assets/),
    });
    expect(text).toContain("Cost per winner, Summer Trail: n/a — no promoted assets yet");
  });
});

describe("cost_report bad input", () => {
  it("names the field for a date it cannot read, a reversed range, and an unknown dimension", async () => {
    expect((await report({ from: "last tuesday" })).text).toMatch(/^invalid_input: from: "last tuesday" is not a date/);
    expect((await report({ from: "2027-03-05", to: "2027-03-01" })).text).toMatch(
      /^invalid_input: to: must be after from/,
    );
    expect((await report({ groupBy: ["colour"] })).text).toMatch(/groupBy/);
  });

  it("reports zero for an empty range rather than failing", async () => {
    const { report: r, isError } = await report({ from: "2030-01-01", groupBy: ["campaign"] });
    expect(isError).toBe(false);
    expect(r.totals.costMicros).toBe(0);
    expect(rowsOf(r, "campaign")).toEqual([]);
  });
});
