import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runAutopilot } from "../agents/autopilot.ts";
import type { SimulatorConnector } from "../connectors/simulator/connector.ts";
import { fixedClock } from "../core/clock.ts";
import { type SeedContext, seedDemoWorkspace } from "../server/seed/seed.ts";
import { invokeTool } from "../tools/define.ts";
import { promoteWinners } from "../tools/promote_winners.ts";
import { createTestWorkspace, type TestWorkspace, toolContext } from "./helpers/workspace.ts";

const clock = fixedClock("2026-04-01T09:00:00Z");
let ws: TestWorkspace;
let seed: SeedContext;

beforeAll(async () => {
  ws = await createTestWorkspace({ WINNOW_SIMULATOR_SEED: "11" }, { clock });
  seed = await seedDemoWorkspace(ws.services);
});
afterAll(async () => {
  await ws?.cleanup();
});

describe("closed loop on the market simulator (offline, real generate_variants)", () => {
  it("goes from a brief to a promoted winner: generate, deploy, ingest, learn, regenerate around the winners, approve, promote", async () => {
    const report = await runAutopilot(ws.services, clock, {
      brand: "kestrel",
      audience: "gen-z-runners",
      objective: "conversions",
      offer: "spring-20-off",
      formats: ["1:1", "9:16"],
      campaign: seed.campaignId,
      budgetMicros: 20_000_000_000,
      variantsPerRound: 4,
      minRounds: 2,
      maxRounds: 3,
      dailyImpressions: 20_000,
      // Later rounds pit the champion against twins that differ only in slots the market does not price; an exact tie
      // ends on the leader's risk, which can take a few weeks at 20k impressions a day.
      maxDaysPerRound: 45,
      policy: { minSamplePerArm: 3000 },
    });
    expect(report.rounds.length).toBeGreaterThanOrEqual(2);
    // Round 2 was generated around what round 1 learned, and the round-1 champion defended its title.
    expect(Object.keys(report.rounds[1]!.fixed).length).toBeGreaterThan(0);
    expect(report.rounds[1]!.arms).toBe(5);
    const last = report.rounds.at(-1)!;
    expect(last.decision).toBe("winner");

    // The winner is the truly best arm of the final round (the simulator's hidden rates grade the decision).
    const sim = ws.services.connectors.get("simulator") as SimulatorConnector;
    const results = await ws.services.experiments.results(last.experimentId, ws.services.rng());
    const deployments = await ws.services.database.client.execute({
      sql: "SELECT arm_id, platform_ad_id FROM deployments WHERE arm_id IN (SELECT id FROM arms WHERE experiment_id = ?)",
      args: [last.experimentId],
    });
    const truth = new Map(
      deployments.rows.map((d) => [String(d.arm_id), sim.market.trueCtr(String(d.platform_ad_id))]),
    );
    // Variants differing only in slots the market does not price tie exactly; any of the tied best counts.
    const top = Math.max(...truth.values());
    expect(truth.get(results.decision.winnerArmId!)).toBeCloseTo(top, 12);
    expect(Math.min(...truth.values())).toBeLessThan(top);

    // Kestrel's policy wants a human for this promotion: a review request is open and promotion is refused until approved.
    expect(report.status).toBe("awaiting_approval");
    const reviewId = report.promotion?.status === "review_requested" ? report.promotion.reviewRequestId : "";
    expect(reviewId).toMatch(/^rvw_/);
    const refused = await invokeTool(promoteWinners, { experimentId: last.experimentId }, toolContext(ws.services));
    expect(refused.isError).toBe(true);
    expect(refused.text).toContain(reviewId);

    const request = await ws.services.reviews.get(reviewId);
    const decided = await ws.services.reviews.decide({
      requestId: reviewId,
      decision: "approve",
      userRef: "U0APPROVER1",
      via: "mcp",
      expectedVersion: request.version,
    });
    expect(decided.applied).toBe(true);
    const promoted = await invokeTool(promoteWinners, { experimentId: last.experimentId }, toolContext(ws.services));
    expect(promoted.isError).toBe(false);
    expect(promoted.structured).toMatchObject({
      status: "promoted",
      reviewRequestId: reviewId,
      winnerAssetId: last.winnerAssetId,
    });

    const { client } = ws.services.database;
    const winner = (await client.execute({ sql: "SELECT status FROM assets WHERE id = ?", args: [last.winnerAssetId] }))
      .rows[0];
    expect(winner?.status).toBe("promoted");
    const losers = (
      await client.execute({
        sql: "SELECT a.status, a.rejection_reason, a.kind FROM arms ar JOIN assets a ON a.id = ar.asset_id WHERE ar.experiment_id = ? AND ar.status = 'discarded'",
        args: [last.experimentId],
      })
    ).rows;
    expect(losers.length).toBe(4);
    for (const l of losers) {
      expect(l).toMatchObject({ status: "discarded", kind: "output" });
      expect(String(l.rejection_reason)).toMatch(/lost experiment exp_/);
    }
    const edge = await client.execute({
      sql: "SELECT count(*) AS n FROM lineage_edges WHERE from_id = ? AND relation = 'promoted_to'",
      args: [last.winnerAssetId],
    });
    expect(Number(edge.rows[0]!.n)).toBe(1);

    // KPIs the dashboard shows: cost per winning asset and time to a winner.
    expect(report.kpis.costPerWinningAssetMicros).toBeGreaterThan(0);
    expect(report.kpis.generationCostMicros + report.kpis.adSpendMicros).toBeGreaterThan(0);
    expect(report.kpis.timeToWinnerHours.samples).toBeGreaterThanOrEqual(1);
    expect(report.kpis.timeToWinnerHours.median).toBeGreaterThan(0);
  });
});
