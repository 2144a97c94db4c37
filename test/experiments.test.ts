import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { CsvConnector } from "../connectors/csv.ts";
import { GoogleAdsConnector } from "../connectors/google-ads.ts";
import { fixedClock } from "../core/clock.ts";
import { createExperiment } from "../tools/create_experiment.ts";
import { invokeTool } from "../tools/define.ts";
import { getExperimentResults } from "../tools/get_experiment_results.ts";
import { promoteWinners } from "../tools/promote_winners.ts";
import { slotInsightsTool } from "../tools/slot_insights.ts";
import { makeJpeg } from "./helpers/images.ts";
import { createTestWorkspace, type TestWorkspace, toolContext } from "./helpers/workspace.ts";

let ws: TestWorkspace;
const clock = fixedClock("2026-06-10T12:00:00Z");

beforeEach(async () => {
  ws = await createTestWorkspace({}, { clock });
});
afterEach(async () => {
  await ws.cleanup();
});

async function output(seed: number, slots: Record<string, string>) {
  const { asset } = await ws.services.library.add({
    bytes: await makeJpeg(seed, 64),
    filename: `v${seed}.jpg`,
    meta: { kind: "output", status: "generated", metadata: { slots, format: slots.format } },
    actor: "test",
  });
  return asset.id;
}

const call = (tool: Parameters<typeof invokeTool>[0], args: unknown) =>
  invokeTool(tool, args, toolContext(ws.services));

/** Writes daily rows for the arms' dry-run ads through the CSV connector (the same ingestion path as platforms). */
async function ingestCsv(
  experimentId: string,
  rows: { arm: number; date: string; impressions: number; clicks: number; watchSeconds?: number }[],
) {
  const deps = await ws.services.database.client.execute({
    sql: "SELECT d.platform_ad_id FROM deployments d JOIN arms a ON a.id = d.arm_id WHERE a.experiment_id = ? ORDER BY a.created_at, a.id",
    args: [experimentId],
  });
  const ads = deps.rows.map((r) => String(r.platform_ad_id));
  const header = rows.some((r) => r.watchSeconds !== undefined)
    ? "ad_id,date,impressions,clicks,video_watch_seconds"
    : "ad_id,date,impressions,clicks";
  const lines = rows.map((r) =>
    [ads[r.arm], r.date, r.impressions, r.clicks, ...(r.watchSeconds !== undefined ? [r.watchSeconds] : [])].join(","),
  );
  await ws.services.ingestion.run(new CsvConnector([header, ...lines].join("\n"), "simulator"), {
    since: "2026-06-01",
    until: "2026-06-10",
    actor: "test",
  });
}

describe("experiments: create, read, promote", () => {
  it("refuses a one-arm experiment and a metric the platform does not report, naming the field and the fix", async () => {
    const a = await output(1, { tone: "calm" });
    const one = await call(createExperiment, { arms: [a, a], metric: "ctr" });
    expect(one.isError).toBe(true);
    expect(one.text).toMatch(/arms: an experiment needs at least 2 distinct variants \(got 1\)/);
    const b = await output(2, { tone: "playful" });
    const google = new GoogleAdsConnector({ accessToken: "x", developerToken: "y", customerId: "1" });
    await expect(
      ws.services.experiments.create({
        assetIds: [a, b],
        metric: "watch_time",
        platform: "google_ads",
        platformReports: google.reports,
        actor: "t",
      }),
    ).rejects.toThrow(/metric: google_ads does not report video_watch/);
  });

  it("says clearly when there is no traffic yet, and when the platform reported no watch time", async () => {
    const arms = [await output(1, { tone: "calm" }), await output(2, { tone: "playful" })];
    const created = await call(createExperiment, { arms, metric: "watch_time", platform: "simulator" });
    expect(created.isError).toBe(false);
    const { experimentId, deployments } = created.structured as {
      experimentId: string;
      deployments: { dryRun: boolean }[];
    };
    expect(deployments.every((d) => d.dryRun)).toBe(true);
    const empty = await call(getExperimentResults, { experimentId });
    expect(empty.isError).toBe(false);
    expect(empty.text).toMatch(/waiting for first numbers — starting split v1\.jpg 50\.0%, v2\.jpg 50\.0%/);
    expect((empty.structured as { story: { state: string; next: string } }).story).toMatchObject({
      state: "waiting",
      next: expect.stringMatching(/ingest metrics/),
    });
    await ingestCsv(experimentId, [
      { arm: 0, date: "2026-06-09", impressions: 1000, clicks: 10 },
      { arm: 1, date: "2026-06-09", impressions: 1000, clicks: 12 },
    ]);
    const noWatch = await call(getExperimentResults, { experimentId });
    expect(noWatch.isError).toBe(true);
    expect(noWatch.text).toMatch(/reported no watch time/);
  });

  it("reports posteriors, P(best), lift with credible interval, SRM and a plain-language call, then promotes a clear winner", async () => {
    const arms = [
      await output(1, { tone: "calm", hook: "benefit" }),
      await output(2, { tone: "playful", hook: "benefit" }),
    ];
    const created = await call(createExperiment, {
      arms,
      metric: "ctr",
      audience: "25-34",
      // Two days of numbers are enough for this test (the default waits two weeks).
      policy: { approvalBelowProbability: 0.5, minDays: 2 },
    });
    const { experimentId } = created.structured as { experimentId: string };
    await ingestCsv(experimentId, [
      { arm: 1, date: "2026-06-08", impressions: 10000, clicks: 300 },
      { arm: 0, date: "2026-06-08", impressions: 10000, clicks: 150 },
      { arm: 0, date: "2026-06-09", impressions: 10000, clicks: 160 },
      { arm: 1, date: "2026-06-09", impressions: 10000, clicks: 290 },
    ]);
    const r = await call(getExperimentResults, { experimentId });
    expect(r.isError).toBe(false);
    const out = r.structured as {
      arms: { probabilityBest: number; lift: { interval: [number, number] } | null; interval: [number, number] }[];
      srm: { status: string };
      recommendation: { status: string };
    };
    expect(out.arms[1]!.probabilityBest).toBeGreaterThan(0.99);
    expect(out.arms[1]!.lift!.interval[0]).toBeGreaterThan(0.5);
    expect(out.arms[0]!.interval[0]).toBeLessThan(0.0155);
    expect(out.srm.status).toBe("ok");
    expect(out.recommendation.status).toBe("winner");
    // The ingest itself called the winner and ended the test; every surface tells it the same way.
    expect(r.text).toMatch(/done — winner v2\.jpg \(100% P\(best\)\)/);
    expect(r.text).toMatch(/Winner: v2\.jpg: 590 clicks from 20,000 impressions/);

    const insights = await call(slotInsightsTool, { slot: "tone", filters: { audience: "25-34" } });
    expect(insights.text).toMatch(/^Best tone for audience=25-34: playful/);

    const promoted = await call(promoteWinners, { experimentId });
    expect(promoted.structured).toMatchObject({ status: "promoted", winnerAssetId: arms[1], reviewRequestId: null });
    expect((await ws.services.library.get(arms[0]!)).status).toBe("discarded");
    const again = await call(promoteWinners, { experimentId });
    expect(again.text).toMatch(/already promoted/);
  });

  it("flags a sample-ratio mismatch and blocks promotion", async () => {
    const arms = [await output(1, { tone: "calm" }), await output(2, { tone: "playful" })];
    const { experimentId } = (await call(createExperiment, { arms, metric: "ctr" })).structured as {
      experimentId: string;
    };
    // An equal split was asked for; delivery gave arm 1 ten percent more.
    await ingestCsv(experimentId, [
      { arm: 0, date: "2026-06-09", impressions: 9524, clicks: 100 },
      { arm: 1, date: "2026-06-09", impressions: 10476, clicks: 300 },
    ]);
    const r = await call(getExperimentResults, { experimentId });
    expect((r.structured as { srm: { status: string } }).srm.status).toBe("flagged");
    expect(r.text).toMatch(/Traffic split check FAILED/);
    const refused = await call(promoteWinners, { experimentId });
    expect(refused.isError).toBe(true);
    expect(refused.text).toMatch(/sample-ratio check.*promotion is blocked/);
  });
});
