import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixedClock } from "../core/clock.ts";
import { deployments, metrics } from "../db/schema.ts";
import { invokeTool } from "../tools/define.ts";
import { topPerformersTool } from "../tools/top_performers.ts";
import { makeJpeg } from "./helpers/images.ts";
import { createTestWorkspace, type TestWorkspace, toolContext } from "./helpers/workspace.ts";

let ws: TestWorkspace;
const ids: Record<string, string> = {};

interface Top {
  range: { from: string; to: string };
  items: { rank: number; assetId: string; value: number; impressions: number; spendMicros: number }[];
  belowFloor: number;
  total: number;
  nextCursor: string | null;
}

/** [asset, platform, ad, date, impressions, clicks, conversions, spend micros, revenue micros] */
const ROWS: [string, string, string, string, number, number, number, number, number][] = [
  // steady: CTR 3%, CVR 10%, CPA $3.33, ROAS 4x
  ["steady", "meta", "m-1", "2027-04-06", 5000, 150, 15, 50_000_000, 200_000_000],
  ["steady", "meta", "m-1", "2027-04-07", 5000, 150, 15, 50_000_000, 200_000_000],
  // lucky: 1 click out of 2 impressions — must not win on CTR
  ["lucky", "meta", "m-2", "2027-04-06", 2, 1, 1, 10_000, 900_000_000],
  // big: CTR 2%, most spend and impressions, ROAS 1x; its TikTok ad too
  ["big", "meta", "m-3", "2027-04-06", 20000, 400, 20, 200_000_000, 200_000_000],
  ["big", "tiktok", "t-3", "2027-04-07", 10000, 200, 10, 100_000_000, 100_000_000],
  // old: great CTR but a month earlier
  ["old", "meta", "m-4", "2027-03-01", 10000, 1000, 100, 10_000_000, 90_000_000],
];

beforeAll(async () => {
  ws = await createTestWorkspace({}, { clock: fixedClock("2027-04-14T10:00:00Z") });
  const { db } = ws.services.database;
  let seed = 300;
  for (const name of ["steady", "lucky", "big", "old"]) {
    const { asset } = await ws.services.library.add({
      bytes: await makeJpeg(seed++, 48),
      filename: `${name}.jpg`,
      meta: { kind: "output", name: `${name} ad`, status: "deployed" },
      actor: "test",
    });
    ids[name] = asset.id;
  }
  const ads = new Map(ROWS.map((r) => [`${r[1]}:${r[2]}`, r]));
  await db.insert(deployments).values(
    [...ads.values()].map(([asset, platform, ad], i) => ({
      id: `dep_01TOPPERF00000000000${i}`,
      assetId: ids[asset]!,
      platform,
      platformAdId: ad,
      status: "active",
      createdAt: "2027-03-01T00:00:00Z",
    })),
  );
  await db.insert(metrics).values(
    ROWS.map(([, platform, ad, date, impressions, clicks, conversions, spendMicros, revenueMicros]) => ({
      platform,
      platformAdId: ad,
      date,
      impressions,
      clicks,
      conversions,
      spendMicros,
      revenueMicros,
      updatedAt: "2027-04-14T00:00:00Z",
    })),
  );
});
afterAll(() => ws.cleanup());

async function top(args: Record<string, unknown>) {
  const outcome = await invokeTool(topPerformersTool, args, toolContext(ws.services));
  return { ...outcome, top: outcome.structured as unknown as Top };
}
const order = (t: Top) => t.items.map((i) => Object.keys(ids).find((k) => ids[k] === i.assetId));

describe("top_performers", () => {
  it("ranks by CTR over the last 30 days by default, and a 1-in-2 click rate under the floor never wins", async () => {
    const { top: t, text, isError } = await top({});
    expect(isError, text).toBe(false);
    expect(t.range).toEqual({ from: "2027-03-16", to: "2027-04-14" });
    expect(order(t)).toEqual(["steady", "big"]);
    expect(t.belowFloor).toBe(1);
    expect(text).toContain("Top by CTR, 2027-03-16 → 2027-04-14");
    expect(text).toMatch(/1\. steady ad .* CTR 3\.00%/);
  });

  it("ranks CPA lowest first and ROAS highest first, with money in micros and dollars in the text", async () => {
    const cpa = await top({ metric: "cpa", from: "2027-04-01", to: "2027-04-14" });
    expect(order(cpa.top)).toEqual(["steady", "big"]);
    expect(cpa.top.items[0]!.value).toBe(3_333_333);
    expect(cpa.text).toContain("CPA $3.33");
    const roas = await top({ metric: "roas", from: "2027-04-01", to: "2027-04-14" });
    expect(roas.text).toContain("ROAS 4.00x");
  });

  it("totals rank everything, filtered by platform and date range", async () => {
    const spend = await top({ metric: "spend", from: "2027-04-01", to: "2027-04-14" });
    expect(order(spend.top)).toEqual(["big", "steady", "lucky"]);
    expect(spend.top.items[0]!.spendMicros).toBe(300_000_000);
    const tiktok = await top({ metric: "impressions", platform: "tiktok", from: "2027-04-01", to: "2027-04-14" });
    expect(tiktok.top.items.map((i) => i.impressions)).toEqual([10000]);
    const march = await top({ metric: "ctr", from: "2027-03-01", to: "2027-03-31" });
    expect(order(march.top)).toEqual(["old"]);
  });

  it("pages with a cursor that only works for the same list", async () => {
    const first = await top({ metric: "spend", from: "2027-04-01", to: "2027-04-14", limit: 2 });
    expect(first.top.nextCursor).not.toBeNull();
    const second = await top({
      metric: "spend",
      from: "2027-04-01",
      to: "2027-04-14",
      limit: 2,
      cursor: first.top.nextCursor,
    });
    expect(order(second.top)).toEqual(["lucky"]);
    expect(second.top.items[0]!.rank).toBe(3);
    const other = await top({ metric: "ctr", limit: 2, cursor: first.top.nextCursor });
    expect(other.isError).toBe(true);
    expect(other.text).toMatch(/^invalid_input: cursor:/);
  });

  it("gives a named asset's own numbers, with no impressions floor", async () => {
    const { top: t, text } = await top({ assetIds: [ids.lucky], from: "2027-04-01", to: "2027-04-14" });
    expect(order(t)).toEqual(["lucky"]);
    expect(t.items[0]!.impressions).toBe(2);
    expect(text).not.toContain("at least");
    const none = await top({ assetIds: [ids.old], from: "2027-04-01", to: "2027-04-14" });
    expect(none.text).toMatch(/No ad results for ast_\w+ in this range/);
  });

  it("names the field when dates are wrong", async () => {
    const reversed = await top({ from: "2027-04-10", to: "2027-04-01" });
    expect(reversed.isError).toBe(true);
    expect(reversed.text).toMatch(/^invalid_input: from: 2027-04-10 is after to/);
    const bad = await top({ from: "last week" });
    expect(bad.text).toMatch(/from: must be an ISO date/);
    const audience = await top({ audience: "pensioners" });
    expect(audience.text).toMatch(/audience: "pensioners" is not a known audience/);
  });
});
