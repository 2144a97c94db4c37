import { count, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkDrift } from "../agents/drift-monitor.ts";
import { runLearningCycle } from "../agents/tagger-trainer.ts";
import { events, feedbackLabels, reviewRequests, taggerVersions } from "../db/schema.ts";
import { seedDemoWorkspace } from "../server/seed/seed.ts";
import { invokeTool } from "../tools/define.ts";
import { findTool } from "../tools/index.ts";
import { seedColourFeedback } from "./dashboard-fixtures.ts";
import { createTestWorkspace, type TestWorkspace, toolContext } from "./helpers/workspace.ts";

let ws: TestWorkspace;
const call = (name: string, args: unknown) => invokeTool(findTool(name)!, args, toolContext(ws.services, "test"));

beforeAll(async () => {
  ws = await createTestWorkspace({ WINNOW_TAGGER_MIN_LABELS: "20" });
  await seedDemoWorkspace(ws.services);
});
afterAll(async () => ws?.cleanup());

describe("tagger learning loop", () => {
  it("refuses to retrain with too few labels and says how many are needed", async () => {
    await seedColourFeedback(ws.services, 6);
    const outcome = await call("retrain_tagger", {});
    expect(outcome.isError).toBe(true);
    expect(outcome.error?.code).toBe("invalid_input");
    expect(outcome.text).toMatch(/at least 20 labelled examples and there are 6\. Record 14 more/);
  });

  it("retrains from corrections and beats the machine tagger on held-out corrected labels, in shadow mode", async () => {
    await seedColourFeedback(ws.services, 58, 6);
    const outcome = await call("retrain_tagger", {});
    expect(outcome.isError).toBe(false);
    const result = outcome.structured as any;
    expect(result.version.status).toBe("shadow");
    expect(result.dataUsed.heldOut).toBeGreaterThanOrEqual(8);
    expect(result.comparison.current.accuracy).toBeLessThan(0.75); // machine tags right ~30% of the time
    expect(result.comparison.candidate.accuracy).toBeGreaterThanOrEqual(0.9);
    expect(result.comparison.uplift).toBeGreaterThan(0.2);
    // Shadow mode changes nothing: no version is active yet.
    expect((await ws.services.learning.activeModel()).row).toBeUndefined();
    // Training on ~60 rendered colour examples takes most of a minute on two busy cores.
  }, 180_000);

  it("promotes only as a signed-in approver, recorded as them; a name typed in is refused", async () => {
    const marketer = (await ws.services.people.slackCaller("U0MARKETER1"))!;
    const asMarketer = await invokeTool(
      findTool("promote_tagger")!,
      { version: "1" },
      toolContext(ws.services, "test", marketer),
    );
    expect(asMarketer.error?.code).toBe("forbidden");
    expect(asMarketer.text).toMatch(/promote_tagger needs an approver role/);
    const named = await call("promote_tagger", { version: "1", approvedBy: "U0APPROVER1" });
    expect(named.error?.code).toBe("invalid_input");
    const approver = await ws.services.people.slackCaller("U0APPROVER1");
    const ok = await invokeTool(
      findTool("promote_tagger")!,
      { version: "v1" },
      toolContext(ws.services, "test", approver),
    );
    expect(ok.isError).toBe(false);
    const [row] = await ws.services.database.db.select().from(taggerVersions).where(eq(taggerVersions.version, 1));
    expect(row?.status).toBe("active");
    expect(row?.approvedBy).toBe("slack:U0APPROVER1");
  });

  it("rolls back to an earlier version in one call, and refuses an unknown version", async () => {
    const second = await call("retrain_tagger", {});
    expect((second.structured as any).version.version).toBe(2);
    // v2 is compared against the active v1 now, not the machine tags.
    expect((second.structured as any).comparison.current.accuracy).toBeGreaterThanOrEqual(0.9);
    expect((await call("promote_tagger", { version: "2" })).isError).toBe(false);
    const back = await call("rollback_tagger", { version: "1", reason: "v2 mis-tags a new product line" });
    expect(back.isError).toBe(false);
    const list = (await call("list_tagger_versions", {})).structured as any;
    expect(list.versions.map((v: any) => [v.version, v.status])).toEqual([
      [2, "rolled_back"],
      [1, "active"],
    ]);
    const unknown = await call("rollback_tagger", { version: "v99" });
    expect(unknown.isError).toBe(true);
    expect(unknown.error?.code).toBe("not_found");
    expect(unknown.text).toContain("Known versions: v2");
    const [audit] = await ws.services.database.db
      .select({ n: count() })
      .from(events)
      .where(eq(events.action, "tagger.rolled_back"));
    expect(audit?.n).toBe(1);
  });

  it("documents a cycle: low accuracy triggers a retrain, a high override rate opens a review", async () => {
    // Make the active tagger look bad: reviewers now say many warm-looking assets are not "warm" for this brand.
    const { db } = ws.services.database;
    const rows = await db.all<{ id: string }>(
      sql`SELECT asset_id AS id FROM feedback_labels WHERE label IN ('correct_tag', 'add_tag') LIMIT 30`,
    );
    for (const r of rows)
      await db.insert(feedbackLabels).values({
        id: `fbk_${r.id.slice(4)}x`,
        assetId: r.id,
        tag: "colour:warm",
        label: "incorrect_tag",
        via: "test",
        userRef: "U2",
        createdAt: new Date(Date.now() + 60_000).toISOString(),
      });
    const cycle = await runLearningCycle(ws.services, { trigger: "test", actor: "tagger-trainer" });
    expect(cycle.metricsBefore.accuracy).toBeLessThan(0.85);
    expect(cycle.triggers.retrain).toBe(true);
    expect(cycle.triggers.openReview).toBe(true);
    expect(cycle.retrain && "versionId" in cycle.retrain).toBe(true);
    expect(cycle.reviewRequestId).toMatch(/^rvw_/);
    const [review] = await db.select().from(reviewRequests).where(eq(reviewRequests.id, cycle.reviewRequestId!));
    expect(review?.subjectType).toBe("tagger");
    expect(cycle.kpis.humanCorrectionRate).toBeGreaterThan(0);
    const drift = await checkDrift(ws.services, { actor: "drift-monitor" });
    expect(drift.detected).toBe(true);
    const [stored] = await db.select({ n: count() }).from(events).where(eq(events.entityType, "tagger_cycle"));
    expect(stored?.n).toBe(1);
  });
});
