import { eq, or } from "drizzle-orm";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isoNow } from "../../core/clock.ts";
import { nearHashPairs } from "../../core/dedup/cluster.ts";
import { hammingDistance, perceptualHash } from "../../core/dedup/phash.ts";
import { addLineageEdges } from "../../db/repositories/lineage.ts";
import { events, lineageEdges } from "../../db/schema.ts";
import { invokeTool } from "../../tools/define.ts";
import { findDuplicates } from "../../tools/find_duplicates.ts";
import { resolveDuplicates } from "../../tools/resolve_duplicates.ts";
import { makeJpeg } from "../helpers/images.ts";
import { createTestWorkspace, type TestWorkspace, toolContext } from "../helpers/workspace.ts";

let ws: TestWorkspace;
let original: string;
let resized: string;
let exactCopy: string;
let colourway: string;

beforeAll(async () => {
  ws = await createTestWorkspace({ WINNOW_REEMBED_INTERVAL_MS: "0" });
  const { library } = ws.services;
  const bytes = await makeJpeg(5, 512);
  original = (
    await library.add({
      bytes,
      filename: "hero.jpg",
      meta: { name: "Hero", description: "Spring hero shot", owner: "ana" },
      actor: "test",
    })
  ).asset.id;
  const smaller = await sharp(bytes).resize(400).jpeg({ quality: 70 }).toBuffer();
  resized = (
    await library.add({
      bytes: smaller,
      filename: "hero-small.jpg",
      meta: { name: "Hero copy", notes: "from the agency drive" },
      actor: "test",
    })
  ).asset.id;
  exactCopy = (
    await library.add({
      bytes,
      filename: "hero-again.jpg",
      meta: { name: "Hero again" },
      actor: "test",
      onDuplicate: "allow",
    })
  ).asset.id;
  const recoloured = await sharp(bytes).modulate({ hue: 150 }).jpeg({ quality: 85 }).toBuffer();
  colourway = (
    await library.add({
      bytes: recoloured,
      filename: "hero-green.jpg",
      meta: { name: "Hero, other colourway" },
      actor: "test",
    })
  ).asset.id;
  // Hashing and near-duplicate flagging run in the background enrichment queue, right after each add.
  await ws.services.enrichment.idle();
}, 60_000);
afterAll(() => ws?.cleanup());

describe("perceptual hash", () => {
  it("gives a resized, re-encoded copy a hash a few bits away and a different picture a far one", async () => {
    const a = await makeJpeg(5, 512);
    const b = await sharp(a).resize(300).jpeg({ quality: 60 }).toBuffer();
    const other = await makeJpeg(17, 512);
    expect(hammingDistance(await perceptualHash(a), await perceptualHash(b))).toBeLessThanOrEqual(4);
    expect(hammingDistance(await perceptualHash(a), await perceptualHash(other))).toBeGreaterThan(12);
  });

  it("finds every pair within the threshold through banding, exactly like comparing all pairs", () => {
    const items = Array.from({ length: 300 }, (_, i) => ({
      id: `a${i}`,
      phash: ((BigInt(i) * 0x9e3779b97f4a7c15n) & 0xffffffffffffffffn).toString(16).padStart(16, "0"),
    }));
    items.push({
      id: "near",
      phash: (BigInt(`0x${items[7]!.phash}`) ^ 0b1000100010001n).toString(16).padStart(16, "0"),
    });
    const brute = [];
    for (let i = 0; i < items.length; i++)
      for (let j = i + 1; j < items.length; j++)
        if (hammingDistance(items[i]!.phash, items[j]!.phash) <= 6)
          brute.push([items[i]!.id, items[j]!.id].sort().join());
    const banded = nearHashPairs(items, 6).map((p) => [p.a, p.b].sort().join());
    expect(banded.sort()).toEqual(brute.sort());
    expect(banded).toContain(["a7", "near"].sort().join());
  });
});

describe("near-duplicates on import", () => {
  it("flags a resized copy of an existing asset with the original's id, and records an event", async () => {
    const copy = await ws.services.library.get(resized);
    expect(copy.phash).toMatch(/^[0-9a-f]{16}$/);
    expect(copy.metadata.nearDuplicateOf).toEqual([expect.objectContaining({ id: original })]);
    const logged = await ws.services.database.db.select().from(events).where(eq(events.entityId, resized));
    expect(logged.map((e) => e.action)).toContain("asset.near_duplicate_flagged");
  });

  it("does not flag the same layout in different colours (the colour vectors disagree)", async () => {
    const recoloured = await ws.services.library.get(colourway);
    expect(recoloured.metadata.nearDuplicateOf).toBeUndefined();
  });
});

describe("find_duplicates and resolve_duplicates", () => {
  it("clusters exact and perceptual duplicates and, with nothing in use, suggests the highest-resolution copy", async () => {
    const out = await invokeTool(
      findDuplicates as never,
      { methods: ["exact", "perceptual"] },
      toolContext(ws.services),
    );
    expect(out.isError).toBe(false);
    const { groups, keptApart } = out.structured as {
      groups: { assetIds: string[]; suggestedKeep: string; keepReason: string; evidence: { method: string }[] }[];
      keptApart: { a: string; b: string; reason: string }[];
    };
    expect(groups).toHaveLength(1);
    expect(new Set(groups[0]!.assetIds)).toEqual(new Set([original, resized, exactCopy]));
    expect(groups[0]!.suggestedKeep).toBe(original);
    expect(groups[0]!.keepReason).toMatch(/highest resolution|most complete metadata/);
    expect(keptApart.flatMap((e) => [e.a, e.b])).not.toContain(resized);
    expect(new Set(groups[0]!.evidence.map((e) => e.method))).toEqual(new Set(["exact", "perceptual"]));
  });

  it("merges tags, links, notes and lineage into the kept asset and archives the others with a pointer, in one go", async () => {
    const { db } = ws.services.database;
    const at = isoNow(ws.services.clock);
    await ws.services.library.update(resized, { links: [{ type: "campaign", id: "cmp_spring" }] }, "test");
    await db.transaction((tx) =>
      addLineageEdges(
        tx,
        [
          { fromId: "ast_output_1", relation: "derived_from", toId: resized },
          { fromId: resized, relation: "used_in", toId: "cmp_spring" },
        ],
        at,
      ),
    );
    const resizedTags = (await ws.services.library.get(resized)).tags.length;
    expect(resizedTags).toBeGreaterThan(0);

    // The resized copy is now the one in use (a campaign link, an output derived from it): it would be suggested.
    const suggested = await ws.services.dedup.findDuplicates({ methods: ["exact", "perceptual"] });
    expect(suggested.groups[0]).toMatchObject({
      suggestedKeep: resized,
      keepReason: expect.stringMatching(/most used/),
    });

    const out = await invokeTool(
      resolveDuplicates as never,
      { assetIds: [original, resized, exactCopy], keepId: original },
      toolContext(ws.services),
    );
    expect(out.isError).toBe(false);
    expect(out.structured).toMatchObject({
      kept: original,
      keepReason: expect.stringContaining(`suggested ${resized}`),
      archived: expect.arrayContaining([resized, exactCopy]),
    });

    const kept = await ws.services.library.get(original);
    expect(kept.links).toContainEqual({ type: "campaign", id: "cmp_spring" });
    expect(kept.notes).toMatch(new RegExp(`\\[merged from ${resized}\\] from the agency drive`));
    const edges = await db
      .select()
      .from(lineageEdges)
      .where(or(eq(lineageEdges.fromId, original), eq(lineageEdges.toId, original)));
    expect(edges.map((e) => `${e.fromId} ${e.relation} ${e.toId}`).sort()).toEqual([
      `${original} used_in cmp_spring`,
      `ast_output_1 derived_from ${original}`,
    ]);
    const leftover = await db
      .select()
      .from(lineageEdges)
      .where(or(eq(lineageEdges.fromId, resized), eq(lineageEdges.toId, resized)));
    expect(leftover).toEqual([]);

    for (const id of [resized, exactCopy]) {
      const archived = await ws.services.library.get(id);
      expect(archived).toMatchObject({ status: "archived", mergedInto: original });
    }
    const logged = await db.select().from(events).where(eq(events.entityId, original));
    expect(logged.map((e) => e.action)).toContain("asset.duplicates_merged");
    const found = await ws.services.search.search({ query: "hero", limit: 10 });
    expect(found.items.map((i) => i.asset.id)).not.toContain(resized);
  });

  it("refuses to merge an asset that was already merged", async () => {
    const out = await invokeTool(
      resolveDuplicates as never,
      { assetIds: [original, resized] },
      toolContext(ws.services),
    );
    expect(out.error?.code).toBe("conflict");
    expect(out.text).toMatch(/already merged into/);
  });
});
