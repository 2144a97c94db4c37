import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loopKpis } from "../core/experiments/kpis.ts";
import { createHttpApp } from "../server/http.ts";
import { DEMO_LOOP_DAYS_AGO } from "../server/seed/demo-loop.ts";
import { type SeedContext, seedDemoWorkspace } from "../server/seed/seed.ts";
import { invokeTool } from "../tools/define.ts";
import { findTool } from "../tools/index.ts";
import { createTestWorkspace, type TestWorkspace, toolContext } from "./helpers/workspace.ts";

let ws: TestWorkspace;
let seed: SeedContext;
let app: ReturnType<typeof createHttpApp>;
let seedMs = 0;

const rows = <T>(sql: string, args: (string | number)[] = []) =>
  ws.services.database.client.execute({ sql, args }).then((r) => r.rows as unknown as T[]);
const get = (path: string) => app.request(`http://127.0.0.1${path}`, { headers: { host: "127.0.0.1:8787" } });

beforeAll(async () => {
  ws = await createTestWorkspace({ WINNOW_DEMO_LOOP: "1", WINNOW_REEMBED_INTERVAL_MS: "0" });
  const started = performance.now();
  seed = await seedDemoWorkspace(ws.services);
  seedMs = performance.now() - started;
  app = createHttpApp(ws.services);
}, 120_000);
afterAll(async () => {
  await ws?.cleanup();
});

describe("the seeded demo workspace shows the whole loop", () => {
  it("has one promoted winner from a decided experiment and a second experiment still running, dated like a real campaign", async () => {
    const experiments = await rows<{ id: string; status: string; started_at: string; winner_arm_id: string | null }>(
      "SELECT id, status, started_at, winner_arm_id FROM experiments WHERE campaign_id = ? ORDER BY started_at",
      [seed.campaignId],
    );
    expect(experiments.map((e) => e.status)).toEqual(["promoted", "running"]);
    const firstStart = Date.parse(experiments[0]!.started_at);
    const daysAgo = (Date.now() - firstStart) / 86_400_000;
    expect(daysAgo).toBeGreaterThan(DEMO_LOOP_DAYS_AGO - 1);
    expect(daysAgo).toBeLessThan(DEMO_LOOP_DAYS_AGO + 1);
    // Metrics came in through ingestion, one day at a time, and never from the future.
    const days = await rows<{ first: string; last: string; n: number }>(
      "SELECT min(date) AS first, max(date) AS last, count(DISTINCT date) AS n FROM metrics",
    );
    expect(Number(days[0]!.n)).toBeGreaterThanOrEqual(5);
    expect(days[0]!.last <= new Date().toISOString().slice(0, 10)).toBe(true);
    const ingestions = await rows<{ n: number }>("SELECT count(*) AS n FROM ingestion_runs WHERE status = 'succeeded'");
    expect(Number(ingestions[0]!.n)).toBeGreaterThanOrEqual(5);

    const winners = await rows<{ id: string }>("SELECT id FROM assets WHERE status = 'promoted'");
    expect(winners).toHaveLength(1);
    // The promotion went through review: approved by the seeded approver, cited on the winning arm.
    const review = await rows<{ status: string; decided_by: string; id: string }>(
      "SELECT id, status, decided_by FROM review_requests WHERE subject_type = 'promotion'",
    );
    expect(review).toMatchObject([{ status: "approved", decided_by: "U0APPROVER1" }]);
    const arm = await rows<{ status_reason: string }>("SELECT status_reason FROM arms WHERE id = ?", [
      experiments[0]!.winner_arm_id!,
    ]);
    expect(arm[0]!.status_reason).toContain(review[0]!.id);
  });

  it("traces the winner back to its template version, prompt version, models and input assets (trace_lineage)", async () => {
    const [winner] = await rows<{ id: string }>("SELECT id FROM assets WHERE status = 'promoted'");
    const tool = findTool("trace_lineage")!;
    const out = await invokeTool(tool, { id: winner!.id, direction: "upstream" }, toolContext(ws.services));
    expect(out.isError).toBe(false);
    const nodes = (out.structured as { nodes: { id: string; kind: string; assetKind?: string }[] }).nodes;
    const prefixes = new Set(nodes.map((n) => n.id.split("_")[0]));
    for (const p of ["tpv", "prv", "mdl"]) expect(prefixes).toContain(p);
    const inputs = nodes.filter((n) => n.id !== winner!.id && n.id.startsWith("ast_"));
    const seeded = new Set(seed.assetIds.values());
    expect(inputs.length).toBeGreaterThanOrEqual(2);
    for (const i of inputs) expect(seeded.has(i.id)).toBe(true);
  });

  it("prices a winning asset and leaves feedback for the learning loop", async () => {
    const kpis = await loopKpis(ws.services.database.db, { campaignId: seed.campaignId });
    expect(kpis.winners).toBe(1);
    expect(kpis.costPerWinningAssetMicros).toBeGreaterThan(0);
    expect(kpis.timeToWinnerHours.median).toBeGreaterThan(24);
    // cost_report gives the same figure as the dashboard for the campaign
    const report = await invokeTool(
      findTool("cost_report")!,
      { campaignId: seed.campaignId },
      toolContext(ws.services),
    );
    const row = (
      report.structured as { costPerWinner: { campaignId: string; costPerWinningAssetMicros: number | null }[] }
    ).costPerWinner[0];
    expect(row?.costPerWinningAssetMicros).toBe(kpis.costPerWinningAssetMicros);
    const feedback = await rows<{ n: number }>("SELECT count(*) AS n FROM feedback_labels");
    expect(Number(feedback[0]!.n)).toBeGreaterThanOrEqual(24);
    const retrain = await invokeTool(findTool("retrain_tagger")!, {}, toolContext(ws.services));
    expect(retrain.isError).toBe(false);
  });

  it("serves those facts on the dashboard: overview, winners, costs and the running experiment", async () => {
    const kpis = await loopKpis(ws.services.database.db);
    const cost = `$${(kpis.costPerWinningAssetMicros! / 1e6).toLocaleString("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;
    const [winner] = await rows<{ id: string; name: string }>("SELECT id, name FROM assets WHERE status = 'promoted'");
    const [running] = await rows<{ id: string; name: string }>(
      "SELECT id, name FROM experiments WHERE status = 'running'",
    );

    const overview = await get("/");
    expect(overview.status).toBe(200);
    const home = await overview.text();
    expect(home).toContain(`Running now: <a href="/experiments/${running!.id}">`);
    expect(home).toContain(`Latest winner: <a href="/assets/${winner!.id}">`);
    expect(home).toContain(cost);

    const winners = await get("/winners");
    expect(winners.status).toBe(200);
    const gallery = await winners.text();
    expect(gallery).toContain(`/assets/${winner!.id}`);
    expect(gallery).toContain(cost);

    const costs = await get("/costs");
    expect(costs.status).toBe(200);
    const costPage = await costs.text();
    expect(costPage).toContain("Cost per winning asset");
    expect(costPage).toContain(cost);

    const experiment = await get(`/experiments/${running!.id}`);
    expect(experiment.status).toBe(200);
    const detail = await experiment.text();
    const results = await ws.services.experiments.results(running!.id, ws.services.rng());
    expect(detail).toContain("running");
    expect(detail).toContain(`Posterior ctr per arm`);
    expect(detail).toContain(`Traffic allocation over time`);
    expect(results.decision.status).toBe("collecting");
    expect(detail).toContain(results.decision.status);

    const asset = await (await get(`/assets/${winner!.id}`)).text();
    expect(asset).toMatch(/<svg[^>]+aria-label="Lineage of /);
    for (const kind of ["template", "prompt", "model", "experiment"])
      expect(asset).toContain(`class="tick">${kind}</text>`);
  });

  it("seeds in well under a minute and does nothing the second time", async () => {
    expect(seedMs).toBeLessThan(60_000);
    const before = await rows<{ n: number }>("SELECT count(*) AS n FROM experiments");
    await seedDemoWorkspace(ws.services);
    const after = await rows<{ n: number }>("SELECT count(*) AS n FROM experiments");
    expect(Number(after[0]!.n)).toBe(Number(before[0]!.n));
  });
});
