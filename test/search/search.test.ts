import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixedClock } from "../../core/clock.ts";
import { seedDemoWorkspace } from "../../server/seed/seed.ts";
import { invokeTool } from "../../tools/define.ts";
import { findSimilar } from "../../tools/find_similar.ts";
import { searchAssets } from "../../tools/search_assets.ts";
import { createTestWorkspace, type TestWorkspace, toolContext } from "../helpers/workspace.ts";

let ws: TestWorkspace;
let ids: Map<string, string>;
const keyOf = (id: string) => [...ids].find(([, v]) => v === id)?.[0];

beforeAll(async () => {
  ws = await createTestWorkspace({ WINNOW_REEMBED_INTERVAL_MS: "0" }, { clock: fixedClock(new Date().toISOString()) });
  ids = (await seedDemoWorkspace(ws.services)).assetIds;
}, 90_000);
afterAll(() => ws?.cleanup());

const search = (args: Record<string, unknown>) => invokeTool(searchAssets as never, args, toolContext(ws.services));

describe("search_assets", () => {
  it("finds assets by meaning and says why, with thumbnail resource links", async () => {
    const out = await search({ query: "insulated bottle for hydration", limit: 3 });
    expect(out.isError).toBe(false);
    const items = (out.structured as { items: { asset: { id: string }; why: string[]; score: number }[] }).items;
    expect(keyOf(items[0]!.asset.id)).toBe("bottle-flow-ember");
    expect(items[0]!.why.join(" ")).toMatch(/bottle/);
    expect(items[0]!.score).toBeGreaterThan(items[1]!.score);
    expect(out.links[0]).toMatchObject({
      uri: `winnow://assets/${items[0]!.asset.id}/thumbnail`,
      mimeType: "image/webp",
    });
  });

  it("refuses an empty query without examples, saying what to pass", async () => {
    const out = await search({ query: "   " });
    expect(out.isError).toBe(true);
    expect(out.error?.code).toBe("invalid_input");
    expect(out.text).toMatch(/query.*exampleAssetIds/);
  });

  it("truncates a 10,000-character query with a note instead of failing", async () => {
    const out = await search({ query: `trail shoes ${"very ".repeat(2000)}`, limit: 3 });
    expect(out.isError).toBe(false);
    expect((out.structured as { notes: string[] }).notes.join(" ")).toMatch(/10012 characters; searched its first 500/);
  });

  it("answers an unknown example id with not_found", async () => {
    const out = await search({ exampleAssetIds: ["ast_01JD3Q8Z5K4W6X7Y8Z9A0B1C2D"] });
    expect(out.error?.code).toBe("not_found");
    expect(out.text).toMatch(/ast_01JD3Q8Z5K4W6X7Y8Z9A0B1C2D/);
  });

  it("leaves out needs_review, rejected and out-of-rights assets unless asked for", async () => {
    const { library } = ws.services;
    const maya = ids.get("talent-maya-run")!;
    const lea = ids.get("talent-lea-run")!;
    const sam = ids.get("talent-sam-stand")!;
    await library.update(maya, { status: "needs_review" }, "test");
    await library.update(lea, { status: "rejected", rejectionReason: "off-brand pose" }, "test");
    await library.update(sam, { rightsExpiresAt: "2020-01-01" }, "test");
    try {
      const visible = await ws.services.search.search({ query: "sponsored runner portrait", limit: 20 });
      const shown = visible.items.map((i) => i.asset.id);
      expect(shown).not.toContain(maya);
      expect(shown).not.toContain(lea);
      expect(shown).not.toContain(sam);
      expect(shown).toContain(ids.get("talent-jonas-stand"));
      const all = await ws.services.search.search({
        query: "sponsored runner portrait",
        limit: 20,
        filters: { includeAll: true },
      });
      expect(all.items.map((i) => i.asset.id)).toEqual(expect.arrayContaining([maya, lea, sam]));
      const onlyReview = await ws.services.search.search({ query: "runner", filters: { status: "needs_review" } });
      expect(onlyReview.items.map((i) => i.asset.id)).toEqual([maya]);
    } finally {
      await library.update(maya, { status: "ready" }, "test");
      await library.update(lea, { status: "ready", rejectionReason: null }, "test");
      await library.update(sam, { rightsExpiresAt: null }, "test");
    }
  });

  it("filters by kind, brand and placement format", async () => {
    const logos = await ws.services.search.search({ query: "brand mark", filters: { kind: "logo", brand: "kestrel" } });
    expect(logos.items.length).toBe(2);
    expect(logos.items.every((i) => i.asset.kind === "logo")).toBe(true);
    const squares = await ws.services.search.search({ query: "shoe", filters: { format: "square-1x1" }, limit: 50 });
    expect(squares.items.length).toBeGreaterThan(0);
    const stories = await ws.services.search.search({ query: "shoe", filters: { format: "story-9x16" } });
    expect(stories.items).toEqual([]);
  });

  it("pages with a cursor that only fits the search it came from", async () => {
    const first = await ws.services.search.search({ query: "running", limit: 3 });
    expect(first.nextCursor).not.toBeNull();
    const second = await ws.services.search.search({ query: "running", limit: 3, cursor: first.nextCursor! });
    const overlap = second.items.filter((i) => first.items.some((f) => f.asset.id === i.asset.id));
    expect(second.items).toHaveLength(3);
    expect(overlap).toEqual([]);
    await expect(ws.services.search.search({ query: "logo", cursor: first.nextCursor! })).rejects.toMatchObject({
      code: "invalid_input",
    });
  });

  it("reads an audience from the query and biases toward assets tagged for it", async () => {
    const plain = await ws.services.search.search({ query: "shoe", limit: 6 });
    const genZ = await ws.services.search.search({ query: "shoe for Gen Z", limit: 6 });
    expect(plain.audience).toBeNull();
    expect(genZ.audience).toBe("gen-z-runners");
    expect(genZ.notes.join(" ")).toMatch(/Gen Z.*gen-z-runners/);
    expect(genZ.items[0]!.why.join(" ")).toMatch(/fits audience gen-z-runners/);
    const explicit = await ws.services.search.search({ query: "shoe", audience: "trail-enthusiasts", limit: 3 });
    expect(explicit.items.map((i) => keyOf(i.asset.id))).toEqual(
      expect.arrayContaining(["trail-pro-moss", "trail-pro-clay"]),
    );
    await expect(ws.services.search.search({ query: "shoe", audience: "martians" })).rejects.toMatchObject({
      code: "not_found",
    });
  });
});

describe("find_similar", () => {
  it("returns look-alikes of an asset without the asset itself", async () => {
    const scene = ids.get("scene-city-sunrise")!;
    const out = await invokeTool(findSimilar as never, { id: scene, limit: 3 }, toolContext(ws.services));
    expect(out.isError).toBe(false);
    const hits = (out.structured as { items: { asset: { id: string; kind: string } }[] }).items;
    expect(hits.map((h) => h.asset.id)).not.toContain(scene);
    expect(hits.filter((h) => h.asset.kind === "scene").length).toBeGreaterThanOrEqual(2);
  });
});
