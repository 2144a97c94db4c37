import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { replaceTaggerTags, replaceTaggerTagsOfMany } from "../../db/repositories/tags.ts";
import { makeJpeg } from "../helpers/images.ts";
import { createTestWorkspace, type TestWorkspace } from "../helpers/workspace.ts";

/** Batch tag writes refresh each asset's full-text row once (triggers paused in the same transaction), and match. */
let ws: TestWorkspace;
const ids: string[] = [];
const searchTags = async (id: string) =>
  String(
    (
      await ws.services.database.client.execute({
        sql: "SELECT s.tags FROM asset_search s JOIN assets a ON a.rowid = s.rowid WHERE a.id = ?",
        args: [id],
      })
    ).rows[0]!.tags,
  );

beforeAll(async () => {
  ws = await createTestWorkspace();
  for (let i = 0; i < 3; i++)
    ids.push(
      (await ws.services.library.add({ bytes: await makeJpeg(900 + i), filename: `t${i}.jpg`, meta: {}, actor: "t" }))
        .asset.id,
    );
  await ws.services.enrichment.idle();
});
afterAll(async () => ws?.cleanup());

describe("tag writes and the search index", () => {
  it("a batch write leaves each asset's search row listing exactly its tags, and the triggers live again", async () => {
    const { db, client } = ws.services.database;
    const at = "2026-12-02T00:00:00.000Z";
    await db.transaction((tx) =>
      replaceTaggerTagsOfMany(tx, "probe", [
        {
          assetId: ids[0]!,
          tags: [{ category: "subject", tag: "trail-runner", confidence: 0.9, source: "probe@1" }],
          at,
        },
        { assetId: ids[1]!, tags: [{ category: "mood", tag: "golden-hour", confidence: 0.8, source: "probe@1" }], at },
      ]),
    );
    expect(await searchTags(ids[0]!)).toContain("trail runner");
    expect(await searchTags(ids[1]!)).toContain("golden hour");
    expect(await searchTags(ids[1]!)).not.toContain("trail runner");
    expect(Number((await client.execute("SELECT paused FROM search_sync WHERE id = 1")).rows[0]!.paused)).toBe(0);
    // Replacing the batch drops the old words; a single write (triggers) still keeps the index in step.
    await db.transaction((tx) => replaceTaggerTagsOfMany(tx, "probe", [{ assetId: ids[0]!, tags: [], at }]));
    expect(await searchTags(ids[0]!)).not.toContain("trail runner");
    await db.transaction((tx) =>
      replaceTaggerTags(
        tx,
        ids[2]!,
        "person",
        [{ category: "scene", tag: "rooftop", confidence: 1, source: "person@1" }],
        at,
      ),
    );
    expect(await searchTags(ids[2]!)).toContain("rooftop");
    const hits = await ws.services.search.search({ query: "golden hour", limit: 5 });
    expect(hits.items.map((h) => h.asset.id)).toContain(ids[1]);
  });
});
