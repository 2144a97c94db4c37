import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { count, eq } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { fixedClock } from "../core/clock.ts";
import { WinnowError } from "../core/errors.ts";
import { newId } from "../core/ids.ts";
import { eventsFor } from "../db/repositories/events.ts";
import { assetLinks, assets, brands, events } from "../db/schema.ts";
import { makeJpeg, makePng } from "./helpers/images.ts";
import { createTestWorkspace, type TestWorkspace } from "./helpers/workspace.ts";

let ws: TestWorkspace;
let clock: ReturnType<typeof fixedClock>;

beforeEach(async () => {
  clock = fixedClock("2027-03-01T09:00:00.000Z");
  ws = await createTestWorkspace({}, { clock });
});
afterEach(async () => {
  await ws.cleanup();
});

const library = () => ws.services.library;
const db = () => ws.services.database.db;

/** Every file under the content-addressed store, so a test can prove nothing was left behind. */
function storedFiles(): string[] {
  const root = join(ws.config.dataDir, "store");
  if (!existsSync(root)) return [];
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name));
}

async function assetCount() {
  const [row] = await db().select({ n: count() }).from(assets);
  return row?.n ?? 0;
}

async function rejectionOf(promise: Promise<unknown>): Promise<WinnowError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(WinnowError);
  return error as WinnowError;
}

/** The trigger's error reaches the caller (drizzle wraps it as the cause of its "Failed query" error). */
const failedInsideTransaction = (error: unknown) =>
  /event store offline/.test(String((error as Error).message)) ||
  /event store offline/.test(String(((error as Error).cause as Error | undefined)?.message));

async function addJpeg(seed: number, meta: Parameters<ReturnType<typeof library>["add"]>[0]["meta"] = {}) {
  clock.advance(1000);
  return library().add({ bytes: await makeJpeg(seed, 64), filename: `img-${seed}.jpg`, meta, actor: "test" });
}

describe("adding files to the library", () => {
  it("stores the original and a 256px WebP thumbnail under the sha256, and reads dimensions and format", async () => {
    const bytes = await makeJpeg(1, 600);
    const { asset, created } = await library().add({ bytes, filename: "hero.jpg", meta: {}, actor: "test" });
    expect(created).toBe(true);
    expect(asset).toMatchObject({ format: "jpeg", mimeType: "image/jpeg", width: 600, height: 600, name: "hero.jpg" });
    expect(asset.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(existsSync(ws.services.blobs.originalPath(asset.sha256, "jpeg"))).toBe(true);
    const thumb = await library().readFile(asset.id, "thumbnail");
    expect(thumb.bytes.subarray(8, 12).toString()).toBe("WEBP");
  });

  it("refuses a truncated JPEG with a clear error and leaves no row and no stored file", async () => {
    const whole = await makeJpeg(2, 512);
    const truncated = whole.subarray(0, Math.floor(whole.length / 2));
    const error = await rejectionOf(library().add({ bytes: truncated, filename: "cut.jpg", meta: {}, actor: "test" }));
    expect(error.code).toBe("invalid_input");
    expect(error.message).toMatch(/cut\.jpg: not a readable image \(the file is truncated or corrupt\)/);
    expect(await assetCount()).toBe(0);
    expect(storedFiles()).toEqual([]);
  });

  it("refuses a file that is not an image with a clear error and leaves no row and no stored file", async () => {
    const text = Buffer.from("name,kind\nhero,product\n");
    const error = await rejectionOf(library().add({ bytes: text, filename: "notes.csv", meta: {}, actor: "test" }));
    expect(error.code).toBe("invalid_input");
    expect(error.message).toMatch(/notes\.csv: not a readable image \(unsupported or unrecognised format\)/);
    expect(await assetCount()).toBe(0);
    expect(storedFiles()).toEqual([]);
  });

  it("refuses an exact duplicate, naming the existing asset id", async () => {
    const first = await addJpeg(3);
    const error = await rejectionOf(addJpeg(3));
    expect(error.code).toBe("duplicate");
    expect(error.message).toContain(first.asset.id);
    expect(error.details).toEqual({ duplicateOf: first.asset.id });
    expect(await assetCount()).toBe(1);
  });

  it('returns the existing asset for a duplicate when onDuplicate is "skip"', async () => {
    const first = await addJpeg(4);
    const again = await library().add({
      bytes: await makeJpeg(4, 64),
      filename: "again.jpg",
      meta: {},
      actor: "test",
      onDuplicate: "skip",
    });
    expect(again).toMatchObject({ created: false, duplicateOf: first.asset.id });
    expect(again.asset.id).toBe(first.asset.id);
    expect(await assetCount()).toBe(1);
  });

  it("stores the same file added several times at once exactly once", async () => {
    const bytes = await makeJpeg(8, 128);
    const results = await Promise.all(
      [1, 2, 3, 4].map((n) =>
        library().add({ bytes, filename: `copy-${n}.jpg`, meta: {}, actor: "test", onDuplicate: "skip" }),
      ),
    );
    expect(results.filter((r) => r.created)).toHaveLength(1);
    expect(new Set(results.map((r) => r.asset.id)).size).toBe(1);
    expect(await assetCount()).toBe(1);
    const rejected = await Promise.allSettled(
      [5, 6].map(async (n) =>
        library().add({ bytes: await makeJpeg(9, 128), filename: `${n}.jpg`, meta: {}, actor: "t" }),
      ),
    );
    expect(rejected.map((r) => r.status).sort()).toEqual(["fulfilled", "rejected"]);
  });

  it("queues concurrent adds whose transactions wait on I/O instead of deadlocking the synchronous driver", async () => {
    const started = performance.now();
    const results = await Promise.all(
      [20, 21, 22].map(async (seed) =>
        library().add({
          bytes: await makeJpeg(seed, 64),
          filename: `${seed}.jpg`,
          meta: {},
          actor: "test",
          // Extra writes that await real I/O while the transaction is open (as generation's lineage writes may).
          within: async () => {
            await new Promise((r) => setTimeout(r, 30));
          },
        }),
      ),
    );
    expect(results.every((r) => r.created)).toBe(true);
    // Overlapping write transactions would busy-wait the event loop for the 5 s busy timeout, then fail.
    expect(performance.now() - started).toBeLessThan(4000);
  });

  it("writes an asset.created event with the actor inside the same change", async () => {
    const { asset } = await addJpeg(5);
    // Later capabilities (tagging...) add their own events through hooks; the library writes exactly one.
    const rows = (await eventsFor(db(), asset.id)).filter((e) => e.action === "asset.created");
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ entityType: "asset", action: "asset.created", actor: "test" });
    expect(rows[0]?.data).toMatchObject({ filename: "img-5.jpg", sha256: asset.sha256 });
  });

  it("is atomic: when the event insert fails inside the transaction, neither the asset, its links nor its files remain", async () => {
    // A real failure inside the transaction, after the asset row and links were written.
    await ws.services.database.client.execute(
      "CREATE TRIGGER fail_asset_events BEFORE INSERT ON events BEGIN SELECT RAISE(ABORT, 'event store offline'); END",
    );
    const bytes = await makePng(6);
    await expect(
      library().add({
        bytes,
        filename: "logo.png",
        meta: { kind: "logo", links: [{ type: "campaign", id: "cmp_spring" }] },
        actor: "test",
      }),
    ).rejects.toSatisfy(failedInsideTransaction);
    expect(await assetCount()).toBe(0);
    expect(await db().select().from(assetLinks)).toEqual([]);
    expect(storedFiles()).toEqual([]);
  });

  it("keeps the shared file when a failed add duplicates an asset that already owns it", async () => {
    const first = await addJpeg(7);
    await ws.services.database.client.execute(
      "CREATE TRIGGER fail_asset_events BEFORE INSERT ON events BEGIN SELECT RAISE(ABORT, 'event store offline'); END",
    );
    await expect(
      library().add({ bytes: await makeJpeg(7, 64), filename: "x.jpg", meta: {}, actor: "t", onDuplicate: "allow" }),
    ).rejects.toSatisfy(failedInsideTransaction);
    expect(existsSync(ws.services.blobs.originalPath(first.asset.sha256, "jpeg"))).toBe(true);
    expect(existsSync(ws.services.blobs.thumbnailPath(first.asset.sha256))).toBe(true);
  });
});

describe("updating assets", () => {
  it("bumps the version, records an asset.updated event with what changed, and merges metadata", async () => {
    const { asset } = await addJpeg(10, { metadata: { shoot: "spring" } });
    const updated = await library().update(asset.id, { notes: "sole too grey", metadata: { retouch: true } }, "ana");
    expect(updated.version).toBe(2);
    expect(updated.notes).toBe("sole too grey");
    expect(updated.metadata).toEqual({ shoot: "spring", retouch: true });
    const rows = await eventsFor(db(), asset.id);
    const update = rows.find((r) => r.action === "asset.updated");
    expect(update).toMatchObject({ actor: "ana" });
    expect(update?.data).toMatchObject({ changed: ["notes", "metadata"] });
  });

  it("refuses an update with a stale expectedVersion as a conflict and changes nothing", async () => {
    const { asset } = await addJpeg(11);
    await library().update(asset.id, { owner: "ana" }, "ana", 1);
    const error = await rejectionOf(library().update(asset.id, { owner: "bo" }, "bo", 1));
    expect(error.code).toBe("conflict");
    expect(error.message).toMatch(/changed since version 1; it is now version 2/);
    const now = await library().get(asset.id);
    expect(now).toMatchObject({ owner: "ana", version: 2 });
    expect((await eventsFor(db(), asset.id)).filter((e) => e.actor === "bo")).toEqual([]);
  });

  it("refuses status rejected without a rejectionReason, naming rejectionReason", async () => {
    const { asset } = await addJpeg(12);
    const error = await rejectionOf(library().update(asset.id, { status: "rejected" }, "ana"));
    expect(error.code).toBe("invalid_input");
    expect(error.message).toMatch(/^rejectionReason: is required when status is rejected/);
    const rejected = await library().update(
      asset.id,
      { status: "rejected", rejectionReason: "off-brand colours" },
      "ana",
    );
    expect(rejected).toMatchObject({ status: "rejected", rejectionReason: "off-brand colours" });
    const actions = (await eventsFor(db(), asset.id)).map((e) => e.action);
    expect(actions).toContain("asset.status.rejected");
  });

  it("answers not_found for an unknown asset id", async () => {
    const error = await rejectionOf(library().update("ast_01JD3Q8Z5K4W6X7Y8Z9A0B1C2D", { notes: "x" }, "ana"));
    expect(error.code).toBe("not_found");
  });
});

describe("listing assets", () => {
  it("walks every row exactly once, newest first, with cursor pagination", async () => {
    const ids: string[] = [];
    for (let i = 0; i < 23; i++) ids.push((await addJpeg(100 + i)).asset.id);
    const seen: string[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const page = await library().list({}, { cursor, limit: 5 });
      seen.push(...page.items.map((a) => a.id));
      cursor = page.nextCursor ?? undefined;
      pages++;
    } while (cursor);
    expect(pages).toBe(5);
    expect(seen).toEqual([...ids].reverse());
  });

  it("walks rows created in the same millisecond exactly once (ties broken by id)", async () => {
    const ids: string[] = [];
    for (let i = 0; i < 7; i++) {
      const r = await library().add({ bytes: await makeJpeg(200 + i, 32), filename: "t.jpg", meta: {}, actor: "t" });
      ids.push(r.asset.id);
    }
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await library().list({}, { cursor, limit: 2 });
      seen.push(...page.items.map((a) => a.id));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(seen.sort()).toEqual([...ids].sort());
  });

  it("filters by kind, status, brand, campaign link and rights validity", async () => {
    await db()
      .insert(brands)
      .values({ id: newId("brand"), slug: "kestrel", name: "Kestrel Run Co.", createdAt: "2027-01-01T00:00:00Z" });
    const shoe = await addJpeg(300, {
      kind: "product",
      brand: "kestrel",
      links: [{ type: "campaign", id: "cmp_spring" }],
      rightsExpiresAt: "2027-06-30",
    });
    const scene = await addJpeg(301, { kind: "scene", status: "needs_review", rightsExpiresAt: "2027-02-01" });
    const talent = await addJpeg(302, { kind: "talent", brand: "kestrel" });
    const ids = async (filter: Parameters<ReturnType<typeof library>["list"]>[0]) =>
      (await library().list(filter)).items.map((a) => a.id).sort();

    expect(await ids({ kind: "product" })).toEqual([shoe.asset.id]);
    expect(await ids({ status: "needs_review" })).toEqual([scene.asset.id]);
    expect(await ids({ brand: "kestrel" })).toEqual([shoe.asset.id, talent.asset.id].sort());
    expect(await ids({ campaign: "cmp_spring" })).toEqual([shoe.asset.id]);
    expect(await ids({ rightsValidOn: "2027-04-01T00:00:00.000Z" })).toEqual([shoe.asset.id, talent.asset.id].sort());
    expect(await ids({ rightsValidOn: "2027-01-15T00:00:00.000Z" })).toHaveLength(3);
    expect(await ids({ kind: "product", brand: "kestrel", campaign: "cmp_other" })).toEqual([]);
  });

  it("rejects a bogus cursor as invalid_input naming cursor", async () => {
    await addJpeg(400);
    const error = await rejectionOf(library().list({}, { cursor: "not-a-cursor" }));
    expect(error.code).toBe("invalid_input");
    expect(error.message).toMatch(/^cursor: /);
  });

  it("answers not_found for an unknown brand filter, listing the known brands", async () => {
    const error = await rejectionOf(library().list({ brand: "nope" }));
    expect(error.code).toBe("not_found");
  });
});

describe("audit trail", () => {
  it("writes one event per change and nothing for a refused change", async () => {
    const { asset } = await addJpeg(500);
    await library().update(asset.id, { category: "footwear" }, "ana");
    await rejectionOf(library().update(asset.id, { status: "rejected" }, "ana"));
    const rows = await db().select().from(events).where(eq(events.entityId, asset.id));
    const libraryActions = rows.map((r) => r.action).filter((a) => /^asset\.(created|updated|status\.)/.test(a));
    expect(libraryActions.sort()).toEqual(["asset.created", "asset.updated"]);
  });
});
