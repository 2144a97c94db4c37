import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import type { MetricRecord } from "../../core/ingestion/types.ts";
import { type Database, openDatabase } from "../client.ts";
import { brands } from "../schema.ts";
import { openMetricWriter } from "./metrics.ts";

const row = (ad: number, date: string, clicks = 5): MetricRecord => ({
  platform: "meta",
  platformAdId: `ad${ad}`,
  date,
  impressions: 1000,
  clicks,
  conversions: 1,
  spendMicros: 2_500_000,
  revenueMicros: 0,
  videoWatchMs: null,
});

const opened: { database: Database; dir?: string }[] = [];
afterEach(() => {
  for (const o of opened.splice(0)) {
    o.database.close();
    if (o.dir) rmSync(o.dir, { recursive: true, force: true });
  }
});

async function localFile() {
  const dir = mkdtempSync(join(tmpdir(), "winnow-metrics-"));
  const database = await openDatabase({ url: `file:${join(dir, "m.db")}` });
  opened.push({ database, dir });
  return database;
}
async function inMemory() {
  const database = await openDatabase({ url: ":memory:" });
  opened.push({ database });
  return database;
}

const count = async (database: Database, sql: string) =>
  Number((await database.client.execute(sql)).rows[0]?.n ?? Number.NaN);

describe.each([
  ["a local file (libsql prepared statements)", localFile],
  ["a client connection (multi-row statements)", inMemory],
])("metric upserts through %s", (_, open) => {
  it("inserts new rows, changes nothing on an identical re-write, and keeps the old numbers of a restated row", async () => {
    const database = await open();
    const writer = openMetricWriter(database);
    const rows = Array.from({ length: 150 }, (_, i) => row(i, "2026-06-01"));
    expect(await writer.writePage(rows, "run1", "2026-06-02T00:00:00.000Z")).toBe(150);
    expect(await writer.writePage(rows, "run2", "2026-06-03T00:00:00.000Z")).toBe(0);
    expect(await count(database, "SELECT count(*) AS n FROM metric_history")).toBe(0);
    expect(await count(database, "SELECT count(*) AS n FROM metrics WHERE ingestion_run_id = 'run2'")).toBe(0);

    const restated = rows.map((r, i) => (i === 7 ? { ...r, clicks: 9 } : r));
    expect(await writer.writePage(restated, "run3", "2026-06-04T00:00:00.000Z")).toBe(1);
    writer.close();
    const history = (await database.client.execute("SELECT * FROM metric_history")).rows;
    expect(history).toHaveLength(1);
    expect(history[0]).toMatchObject({ platform_ad_id: "ad7", ingestion_run_id: "run3" });
    expect(JSON.parse(String(history[0]?.previous))).toMatchObject({ clicks: 5, ingestion_run_id: "run1" });
    const now = (await database.client.execute("SELECT clicks FROM metrics WHERE platform_ad_id = 'ad7'")).rows[0];
    expect(now?.clicks).toBe(9);
  });

  it("takes the last of two rows for the same ad and day, and runs the page's bookkeeping with the changed count", async () => {
    const database = await open();
    const writer = openMetricWriter(database);
    let seen = -1;
    const changed = await writer.writePage(
      [row(1, "2026-06-01", 3), row(2, "2026-06-01"), row(1, "2026-06-01", 4)],
      "run1",
      "2026-06-02T00:00:00.000Z",
      (n) => {
        seen = n;
        return [{ sql: "INSERT INTO brands (id, slug, name, created_at) VALUES ('brd_x', 'x', 'X', ?)", args: ["t"] }];
      },
    );
    writer.close();
    expect(changed).toBe(2);
    expect(seen).toBe(2);
    expect(await count(database, "SELECT clicks AS n FROM metrics WHERE platform_ad_id = 'ad1'")).toBe(4);
    expect(await count(database, "SELECT count(*) AS n FROM brands")).toBe(1);
  });

  it("rolls the whole page back when its bookkeeping fails", async () => {
    const database = await open();
    const writer = openMetricWriter(database);
    await expect(
      writer.writePage([row(1, "2026-06-01")], "run1", "2026-06-02T00:00:00.000Z", () => [
        "UPDATE no_such_table SET x = 1",
      ]),
    ).rejects.toThrow(/no_such_table/);
    writer.close();
    expect(await count(database, "SELECT count(*) AS n FROM metrics")).toBe(0);
  });
});

describe("the local writer and other writers in the same process", () => {
  it("waits for an open transaction instead of deadlocking on the file lock", async () => {
    const database = await localFile();
    const writer = openMetricWriter(database);
    let release!: () => void;
    const held = new Promise<void>((r) => {
      release = r;
    });
    const order: string[] = [];
    const transaction = database.db.transaction(async (tx) => {
      await tx.insert(brands).values({ id: "brd_a", slug: "a", name: "A", createdAt: "t" });
      await held; // e.g. awaiting a provider in the middle of a user action
      order.push("transaction");
    });
    const page = writer.writePage([row(1, "2026-06-01")], "run1", "t").then(() => order.push("metrics"));
    await new Promise((r) => setTimeout(r, 50));
    release();
    await Promise.all([transaction, page]);
    writer.close();
    expect(order).toEqual(["transaction", "metrics"]);
    expect(await count(database, "SELECT count(*) AS n FROM metrics")).toBe(1);
    expect(await count(database, "SELECT count(*) AS n FROM brands")).toBe(1);
  });
});
