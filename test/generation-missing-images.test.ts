import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { withHouseLayouts } from "../core/templates/layouts.ts";
import { invokeTool } from "../tools/define.ts";
import { findTool } from "../tools/index.ts";
import { makeJpeg } from "./helpers/images.ts";
import { createTestWorkspace, type TestWorkspace, toolContext } from "./helpers/workspace.ts";

/** Ads never ship without their product: a variant whose product has no image to place is skipped, not rendered blank. */
let ws: TestWorkspace;
const ids: Record<string, string> = {};

beforeAll(async () => {
  ws = await createTestWorkspace();
  await call("create_brand", { slug: "acme", name: "Acme", palette: ["#3B2416", "#F4EDE4", "#D9822B"] });
  for (const [i, name] of ["house-blend", "dark-roast"].entries()) {
    const added = await ws.services.library.add({
      bytes: await makeJpeg(700 + i),
      filename: `${name}.jpg`,
      meta: { kind: "product", brand: "acme", name },
      actor: "test",
    });
    ids[name] = added.asset.id;
  }
});
afterAll(async () => {
  await ws.cleanup();
});

const call = (name: string, args: Record<string, unknown>) =>
  invokeTool(findTool(name)!, args, toolContext(ws.services));

/** Each test writes its own headline: the same slots and copy as an earlier output would be dropped as a duplicate. */
function spec(products: Record<string, unknown>[], headline: string, productImage?: "required" | "optional") {
  const one = (id: string, label = id) => ({ values: [{ id, label }] });
  return withHouseLayouts({
    slots: {
      audience: one("everyone"),
      offer: one("fresh", "fresh beans"),
      tone: {
        values: [
          { id: "warm", label: "warm" },
          { id: "bold", label: "bold" },
        ],
      },
      format: one("1:1", "square"),
      hook: one("ritual"),
      cta: one("order", "Order"),
      product: { ...(productImage ? { image: productImage } : {}), values: products },
      scene: one("kitchen", "the kitchen"),
      talent: one("none", "our team"),
    },
    copy: {
      headline: [{ when: {}, texts: [headline] }],
      body: [{ when: {}, texts: ["Roasted this week."] }],
      cta: [{ when: {}, texts: ["Order"] }],
    },
  });
}

interface Generated {
  variants: { assetId: string; slots: Record<string, string>; warnings: string[] }[];
  skipped: { slots: Record<string, string>; reason: string; missing: { slot: string; value: string; fix: string }[] }[];
  summary: { created: number; skippedMissingImage: number; flaggedMissingImage: number };
}

async function generate(templateSpec: unknown, count = 4) {
  const t = await ws.services.templates.create({
    brand: "acme",
    name: "t",
    spec: templateSpec as never,
    actor: "test",
  });
  return call("generate_variants", {
    brand: "acme",
    templateId: t.template.id,
    audience: "everyone",
    offer: "fresh",
    formats: ["1:1"],
    count,
  });
}

describe("generation and images that cannot be placed", () => {
  it("skips a variant whose product has no assetId, naming the slot and the fix, and counts it", async () => {
    const out = await generate(
      spec(
        [
          { id: "house-blend", label: "House Blend", assetId: ids["house-blend"] },
          { id: "no-photo", label: "Mystery Blend" },
        ],
        "{product}, fresh",
      ),
    );
    expect(out.isError, out.text).toBe(false);
    const s = out.structured as unknown as Generated;
    expect(s.variants.length).toBeGreaterThan(0);
    expect(s.variants.every((v) => v.slots.product === "house-blend")).toBe(true);
    expect(s.skipped.length).toBeGreaterThan(0);
    expect(s.skipped.every((k) => k.slots.product === "no-photo")).toBe(true);
    expect(s.skipped[0]!.reason).toMatch(
      /^skipped: missing image — product slot value "no-photo" has no assetId\. Add "assetId"/,
    );
    expect(s.summary).toMatchObject({ created: s.variants.length, skippedMissingImage: s.skipped.length });
    expect(out.text).toContain(`skipped: missing image ${s.skipped.length}`);
    expect(out.text).toContain('product slot value "no-photo" has no assetId');
  });

  it("makes the ads without optional images (scene, talent, logo) and flags each of them", async () => {
    const out = await generate(
      spec([{ id: "house-blend", label: "House Blend", assetId: ids["house-blend"] }], "{product}, just roasted"),
      2,
    );
    const s = out.structured as unknown as Generated;
    expect(s.variants.length).toBeGreaterThan(0);
    expect(s.summary.flaggedMissingImage).toBe(s.variants.length);
    for (const v of s.variants) {
      expect(v.warnings).toEqual(
        expect.arrayContaining([
          expect.stringMatching(/^missing image: scene slot value "kitchen" has no assetId/),
          expect.stringMatching(/^missing image: talent slot value "none" has no assetId/),
          expect.stringMatching(/^missing image: logo \(style\.logoAssetId\) has no logoAssetId/),
        ]),
      );
    }
    expect(out.text).toMatch(/flagged: made without an image \d/);
  });

  it("skips a product whose photo is blocked until reviewed or not in the library", async () => {
    await call("update_asset", { id: ids["dark-roast"], status: "needs_review" });
    const out = await generate(
      spec(
        [
          { id: "house-blend", label: "House Blend", assetId: ids["house-blend"] },
          { id: "dark-roast", label: "Dark Roast", assetId: ids["dark-roast"] },
          { id: "gone", label: "Gone", assetId: "ast_01JD3Q8Z5K4W6X7Y8Z9A0B1C2D" },
        ],
        "{product}, new",
      ),
      6,
    );
    const s = out.structured as unknown as Generated;
    const reasons = s.skipped.map((k) => k.reason).join("\n");
    expect(reasons).toContain(
      `product slot value "dark-roast" names ${ids["dark-roast"]} ("dark-roast"), which is blocked until reviewed`,
    );
    expect(reasons).toContain(
      'product slot value "gone" names ast_01JD3Q8Z5K4W6X7Y8Z9A0B1C2D, which is not in the library',
    );
    expect(s.variants.every((v) => v.slots.product === "house-blend")).toBe(true);
  });

  it("refuses a call that could make nothing, naming the slot and the fix", async () => {
    const out = await generate(spec([{ id: "no-photo", label: "Mystery Blend" }], "{product}"), 2);
    expect(out.isError).toBe(true);
    expect(out.text).toMatch(
      /No variant could be made: every one needs an image that cannot be placed\. product slot value "no-photo" has no assetId\. Add "assetId"/,
    );
  });

  it("renders and flags instead when the template makes the product image optional", async () => {
    const out = await generate(spec([{ id: "no-photo", label: "Mystery Blend" }], "{product} today", "optional"), 2);
    expect(out.isError, out.text).toBe(false);
    const s = out.structured as unknown as Generated;
    expect(s.skipped).toEqual([]);
    expect(s.variants[0]!.warnings[0]).toMatch(/^missing image: product slot value "no-photo" has no assetId/);
  });
});
