import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EnrichmentQueue } from "../../core/library/enrichment-queue.ts";
import { silentLogger } from "../../core/log.ts";
import { recordFailure } from "../../core/search/enrich.ts";
import { assetEmbeddings, events } from "../../db/schema.ts";
import { makeJpeg } from "../helpers/images.ts";
import { createTestWorkspace, type TestWorkspace } from "../helpers/workspace.ts";

let ws: TestWorkspace;
beforeAll(async () => {
  ws = await createTestWorkspace({ WINNOW_REEMBED_INTERVAL_MS: "0" });
}, 60_000);
afterAll(() => ws?.cleanup());

describe("background enrichment", () => {
  it("returns from add before enrichment, and idle() resolves once the hash, tags and vectors are stored", async () => {
    const added = await Promise.all(
      [1, 2, 3].map(async (i) =>
        ws.services.library.add({
          bytes: await makeJpeg(40 + i, 320),
          filename: `e${i}.jpg`,
          meta: { name: `Trail shoe ${i}` },
          actor: "test",
        }),
      ),
    );
    expect(added.every((a) => a.asset.phash === null && a.asset.tags.length === 0)).toBe(true);
    await ws.services.enrichment.idle();
    expect(ws.services.enrichment.size).toBe(0);
    for (const { asset } of added) {
      const now = await ws.services.library.get(asset.id);
      expect(now.phash).toMatch(/^[0-9a-f]{16}$/);
      expect(now.tags.some((t) => t.category === "format")).toBe(true);
      const vectors = await ws.services.database.db
        .select()
        .from(assetEmbeddings)
        .where(eq(assetEmbeddings.assetId, asset.id));
      expect(new Set(vectors.map((v) => v.kind))).toEqual(new Set(["text", "visual"]));
    }
  });

  it("records a failed batch on each asset (metadata.enrichmentError and an event) instead of losing it", async () => {
    const { asset } = await ws.services.library.add({
      bytes: await makeJpeg(77, 200),
      filename: "fails.jpg",
      meta: { name: "Will fail" },
      actor: "test",
    });
    await ws.services.enrichment.idle();
    const queue = new EnrichmentQueue({
      logger: silentLogger,
      enrich: async () => {
        throw new Error("vector store offline");
      },
      onFailed: (ids, error) => recordFailure(ws.services, ids, error),
    });
    queue.enqueue(asset);
    await queue.idle();
    expect(queue.stats.failedBatches).toBe(1);
    const after = await ws.services.library.get(asset.id);
    expect(after.metadata.enrichmentError).toBe("vector store offline");
    const logged = await ws.services.database.db.select().from(events).where(eq(events.entityId, asset.id));
    expect(logged.map((e) => e.action)).toContain("asset.enrichment_failed");
  });
});
