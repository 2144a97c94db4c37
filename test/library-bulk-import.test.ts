import { eq, inArray } from "drizzle-orm";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EnrichmentQueue } from "../core/library/enrichment-queue.ts";
import { GroupCommit } from "../core/library/group-commit.ts";
import type { AssetView } from "../core/library/types.ts";
import { silentLogger } from "../core/log.ts";
import { webpSize } from "../core/search/enrich.ts";
import { events } from "../db/schema.ts";
import { makeJpeg } from "./helpers/images.ts";
import { createTestWorkspace, type TestWorkspace } from "./helpers/workspace.ts";

/** Issue 17: group commits across concurrent adds, enrichment that yields to bulk imports. */
let ws: TestWorkspace;
beforeAll(async () => {
  ws = await createTestWorkspace({ WINNOW_REEMBED_INTERVAL_MS: "0" });
}, 60_000);
afterAll(() => ws?.cleanup());

const asset = (id: string) => ({ id }) as AssetView;

describe("group commit of concurrent adds", () => {
  it("writes concurrent adds together, one asset.created event each, and the same file once", async () => {
    const files = await Promise.all([1, 2, 3, 4, 5].map((i) => makeJpeg(900 + i, 200)));
    const same = await makeJpeg(950, 200);
    const results = await Promise.all([
      ...files.map((bytes, i) =>
        ws.services.library.add({ bytes, filename: `g${i}.jpg`, meta: { name: `G${i}` }, actor: "test" }),
      ),
      // The same new file twice at once: one lands, the other comes back as its duplicate.
      ...[0, 1].map((i) =>
        ws.services.library.add({
          bytes: same,
          filename: `same${i}.jpg`,
          meta: {},
          actor: "test",
          onDuplicate: "skip",
        }),
      ),
    ]);
    const created = results.filter((r) => r.created);
    expect(created).toHaveLength(6);
    const copies = results.slice(5);
    expect(copies.filter((r) => r.created)).toHaveLength(1);
    expect(copies.find((r) => !r.created)?.duplicateOf).toBe(copies.find((r) => r.created)?.asset.id);
    const logged = await ws.services.database.db
      .select()
      .from(events)
      .where(
        inArray(
          events.entityId,
          created.map((r) => r.asset.id),
        ),
      );
    expect(logged.filter((e) => e.action === "asset.created")).toHaveLength(6);
    for (const r of created) expect((await ws.services.library.get(r.asset.id)).name).toBe(r.asset.name);
    await ws.services.enrichment.idle();
  });

  it("refuses an exact duplicate added in the same group as its original (policy reject)", async () => {
    const bytes = await makeJpeg(960, 200);
    const [first, second] = await Promise.allSettled([
      ws.services.library.add({ bytes, filename: "a.jpg", meta: {}, actor: "test" }),
      ws.services.library.add({ bytes, filename: "b.jpg", meta: {}, actor: "test" }),
    ]);
    const outcomes = [first, second].map((o) => o.status);
    expect(outcomes.sort()).toEqual(["fulfilled", "rejected"]);
    const rejected = [first, second].find((o) => o.status === "rejected") as PromiseRejectedResult;
    expect(String(rejected.reason)).toMatch(/exact duplicate of ast_/);
    await ws.services.enrichment.idle();
  });

  it("a group that fails is retried item by item, so one bad item fails alone", async () => {
    const written: number[][] = [];
    const group = new GroupCommit<number, string>(async (items) => {
      written.push(items);
      if (items.includes(13)) throw new Error("constraint failed");
      return items.map((i) => `ok ${i}`);
    });
    const results = await Promise.allSettled([1, 13, 2].map((i) => group.submit(i)));
    expect(results.map((r) => (r.status === "fulfilled" ? r.value : String(r.reason)))).toEqual([
      "ok 1",
      "Error: constraint failed",
      "ok 2",
    ]);
    expect(written[0]).toEqual([1, 13, 2]);
  });

  it("a group waits for writes still on their way (a bulk import's adds share a commit); a lone write does not", async () => {
    const written: number[][] = [];
    let onTheirWay = 0;
    const group = new GroupCommit<number, number>(
      async (items) => {
        written.push(items);
        return items;
      },
      { expected: () => onTheirWay, lingerMs: 200 },
    );
    // Three adds started together; their image work ends a few milliseconds apart.
    onTheirWay = 3;
    const later = (n: number, ms: number) =>
      new Promise<number>((resolve) => setTimeout(() => resolve(group.submit(n)), ms));
    const all = Promise.all([group.submit(1), later(2, 5), later(3, 10)]);
    expect(await all).toEqual([1, 2, 3]);
    expect(written).toEqual([[1, 2, 3]]);
    // Nothing else expected: each write goes through on its own without waiting out the linger.
    onTheirWay = 1;
    const started = performance.now();
    await group.submit(4);
    expect(performance.now() - started).toBeLessThan(150);
    expect(written.at(-1)).toEqual([4]);
  });

  it("a lone add stores its links and event as before", async () => {
    const { asset: added } = await ws.services.library.add({
      bytes: await makeJpeg(970, 200),
      filename: "linked.jpg",
      meta: { links: [{ type: "product", id: "prd_aero3" }] },
      actor: "test",
    });
    expect((await ws.services.library.get(added.id)).links).toEqual([{ type: "product", id: "prd_aero3" }]);
    const logged = await ws.services.database.db.select().from(events).where(eq(events.entityId, added.id));
    expect(logged.map((e) => e.action)).toContain("asset.created");
    await ws.services.enrichment.idle();
  });
});

describe("enrichment yields to bulk imports", () => {
  it("runs only full batches while adds are in flight, then the rest once they stop", async () => {
    let busy = true;
    const batches: number[] = [];
    const queue = new EnrichmentQueue({
      logger: silentLogger,
      batchSize: 4,
      lingerMs: 5,
      maxWaitMs: 5_000,
      busy: () => busy,
      enrich: async (jobs) => {
        batches.push(jobs.length);
        return undefined;
      },
      onFailed: async () => {},
    });
    for (let i = 0; i < 6; i++) queue.enqueue(asset(`ast_${i}`));
    await new Promise((r) => setTimeout(r, 60));
    // Four made a full batch; two wait while the import is still adding.
    expect(batches).toEqual([4]);
    busy = false;
    await queue.idle();
    expect(batches).toEqual([4, 2]);
  });

  it("a short batch waits no longer than maxWaitMs however busy the library stays", async () => {
    const batches: number[] = [];
    const queue = new EnrichmentQueue({
      logger: silentLogger,
      batchSize: 64,
      lingerMs: 5,
      maxWaitMs: 40,
      busy: () => true,
      enrich: async (jobs) => {
        batches.push(jobs.length);
        return undefined;
      },
      onFailed: async () => {},
    });
    queue.enqueue(asset("ast_a"));
    queue.enqueue(asset("ast_b"));
    await queue.idle();
    expect(batches).toEqual([2]);
  });

  it("defers near-duplicate work until the adds stop: enriched() resolves first, idle() after it ran", async () => {
    let busy = true;
    const log: string[] = [];
    const queue = new EnrichmentQueue({
      logger: silentLogger,
      batchSize: 2,
      lingerMs: 5,
      busy: () => busy,
      enrich: async (jobs) => {
        log.push(`batch ${jobs.map((j) => j.asset.id).join(",")}`);
        return async () => {
          log.push(`verify ${jobs.map((j) => j.asset.id).join(",")}`);
        };
      },
      onFailed: async () => {},
    });
    for (const id of ["a", "b", "c", "d"]) queue.enqueue(asset(id));
    await queue.enriched();
    expect(log).toEqual(["batch a,b", "batch c,d"]);
    await new Promise((r) => setTimeout(r, 30));
    expect(log).toHaveLength(2);
    expect(queue.stats.deferred).toBe(2);
    busy = false;
    await queue.idle();
    expect(log).toEqual(["batch a,b", "batch c,d", "verify a,b", "verify c,d"]);
  });

  it("the library reports adds in flight while an import runs", async () => {
    const bytes = await makeJpeg(980, 200);
    const pending = ws.services.library.add({ bytes, filename: "f.jpg", meta: {}, actor: "test" });
    expect(ws.services.library.addsInFlight).toBe(1);
    await pending;
    expect(ws.services.library.addsInFlight).toBe(0);
    await ws.services.enrichment.idle();
  });
});

describe("thumbnail size from the WebP header", () => {
  it("reads lossy, lossless and extended WebP sizes like sharp does, and nothing else", async () => {
    for (const [width, height, options, channels] of [
      [256, 171, { quality: 72, effort: 0 }, 3],
      [171, 256, { lossless: true }, 3],
      [200, 100, { quality: 50 }, 4],
    ] as const) {
      const webp = await sharp({ create: { width, height, channels, background: "#3a7" } })
        .webp(options)
        .toBuffer();
      expect(webpSize(webp)).toEqual({ width, height });
    }
    expect(webpSize(await makeJpeg(1, 64))).toBeUndefined();
  });
});
