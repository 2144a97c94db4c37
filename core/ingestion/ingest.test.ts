import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createTestWorkspace, type TestWorkspace } from "../../test/helpers/workspace.ts";
import { fixedClock } from "../clock.ts";
import { silentLogger } from "../log.ts";
import { IngestionService } from "./ingest.ts";
import type { Connector, MetricPage, MetricRecord, PullRequest } from "./types.ts";

const clock = fixedClock("2026-07-01T00:00:00Z");
let ws: TestWorkspace;
beforeEach(async () => {
  ws = await createTestWorkspace({}, { clock });
});
afterEach(async () => {
  await ws.cleanup();
});

const record = (ad: number, date: string): MetricRecord => ({
  platform: "fake",
  platformAdId: `ad${ad}`,
  date,
  impressions: 100 + ad,
  clicks: ad % 7,
  conversions: 0,
  spendMicros: 1_000_000,
  revenueMicros: 0,
  videoWatchMs: null,
});

/** Four pages of 250 rows; `hangOn` makes one page never answer, like a process killed mid-request. */
function pagedConnector(hangOn: number | null, fetched: (string | null)[]): Connector {
  return {
    platform: "fake",
    reports: ["clicks"],
    async pushCreative() {
      return { platformAdId: "x", dryRun: true };
    },
    async fetchPage(req: PullRequest): Promise<MetricPage> {
      fetched.push(req.cursor);
      const page = req.cursor ? Number(req.cursor) : 0;
      if (page === hangOn) await new Promise(() => {});
      const records = Array.from({ length: 250 }, (_, i) => record(page * 250 + i, "2026-06-30"));
      return { records, rejected: [], nextCursor: page < 3 ? String(page + 1) : null };
    },
  };
}

describe("ingestion checkpoints", () => {
  it("resumes a killed run after its last committed page instead of starting over", async () => {
    const svc = new IngestionService({ database: ws.services.database, clock, logger: silentLogger });
    const first: (string | null)[] = [];
    void svc.run(pagedConnector(2, first), { since: "2026-06-30", until: "2026-06-30", actor: "test" });
    await expect.poll(() => first.length).toBe(3);
    await expect
      .poll(async () =>
        Number((await ws.services.database.client.execute("SELECT count(*) AS n FROM metrics")).rows[0]!.n),
      )
      .toBe(500);

    // Another process, once the dead run's heartbeat is stale, picks it up from the checkpoint.
    clock.advance(10 * 60_000);
    const second: (string | null)[] = [];
    const report = await svc.run(pagedConnector(null, second), {
      since: "2026-06-30",
      until: "2026-06-30",
      actor: "test",
    });
    expect(second).toEqual(["2", "3"]);
    expect(report.resumedFrom).toBe("2");
    expect(report.status).toBe("succeeded");
    const runs = (await ws.services.database.client.execute("SELECT id, status, rows_upserted FROM ingestion_runs"))
      .rows;
    expect(runs).toHaveLength(1);
    expect(runs[0]).toMatchObject({ status: "succeeded", rows_upserted: 1000 });
    expect(Number((await ws.services.database.client.execute("SELECT count(*) AS n FROM metrics")).rows[0]!.n)).toBe(
      1000,
    );
  });

  it("does not steal a run whose process is still alive", async () => {
    const svc = new IngestionService({ database: ws.services.database, clock, logger: silentLogger });
    const first: (string | null)[] = [];
    void svc.run(pagedConnector(1, first), { since: "2026-06-30", until: "2026-06-30", actor: "test" });
    await expect.poll(() => first.length).toBe(2);
    const second: (string | null)[] = [];
    await svc.run(pagedConnector(null, second), { since: "2026-06-30", until: "2026-06-30", actor: "test" });
    expect(second[0]).toBeNull(); // a fresh run, not a takeover
  });
});
