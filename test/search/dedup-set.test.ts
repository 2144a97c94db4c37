import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildDuplicateSet, type DuplicateSet, scoreGroups } from "../../bench/dedup-set.ts";
import { createTestWorkspace, type TestWorkspace } from "../helpers/workspace.ts";

/**
 * A slice of the labelled duplicate set of bench:dedup (sources in bench/dedup-set.ts), through the same path: add,
 * background enrichment, find_duplicates. With 2-4 pairs per category a single wrong judgement drops that category
 * under 0.95, so this fails as soon as any kind of copy is missed or any kind of look-alike is merged.
 */
let ws: TestWorkspace;
let set: DuplicateSet;
const keyOf = new Map<string, string>();

beforeAll(async () => {
  set = await buildDuplicateSet({ bases: 6, scale: 0.4, seed: 41 });
  ws = await createTestWorkspace({ WINNOW_REEMBED_INTERVAL_MS: "0" });
  for (const image of set.images) {
    const out = await ws.services.library.add({
      bytes: image.bytes,
      filename: `${image.key}.jpg`,
      meta: { name: image.key },
      actor: "test",
      onDuplicate: "allow",
    });
    keyOf.set(out.asset.id, image.key);
  }
  await ws.services.enrichment.idle();
}, 120_000);
afterAll(() => ws?.cleanup());

describe("labelled duplicate set (slice)", () => {
  it("finds every kind of copy and merges no look-alike: precision, recall and each category >= 0.95", async () => {
    const report = await ws.services.dedup.findDuplicates({ methods: ["exact", "perceptual"] });
    const score = scoreGroups(
      set,
      report.groups.map((g) => g.assetIds.map((id) => keyOf.get(id)!)),
    );
    console.info("dedup-set", JSON.stringify({ ...score, perCategory: undefined }));
    expect(score.errors).toEqual([]);
    expect(score.precision).toBeGreaterThanOrEqual(0.95);
    expect(score.recall).toBeGreaterThanOrEqual(0.95);
    for (const [category, c] of Object.entries(score.perCategory))
      expect({ category, rate: c.rate }).toEqual({ category, rate: expect.toSatisfy((r: number) => r >= 0.95) });
    expect(Object.keys(score.perCategory).sort()).toEqual(
      ["ad-variant", "colour-shift", "crop", "exact", "recolour", "reencode", "resize", "same-silhouette"].sort(),
    );
  });
});
