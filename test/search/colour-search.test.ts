import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { productBottleSvg, productShoeSvg, type ShoeSpec } from "../../server/seed/images.ts";
import { createTestWorkspace, type TestWorkspace } from "../helpers/workspace.ts";

/**
 * Colour + object queries judged on the subject's colours. Names say what the object is ("Running shoe", "Bottle") and
 * never its colour, so only the pixels can answer "orange sneaker". Distractors: the same shoe in
 * other colourways, a white shoe on an orange backdrop (orange frame, white subject), an orange shoe on a navy backdrop
 * and an orange bottle (right colour, wrong object).
 */
const light: [string, string] = ["#FFFFFF", "#E6E2DA"];
const SHOES: Record<string, ShoeSpec> = {
  "orange-shoe": { upper: "#FF5A1F", accent: "#15171C", sole: "#F4F1EA", backdrop: light },
  "navy-shoe": { upper: "#1D2B53", accent: "#FFC845", sole: "#EDEDED", backdrop: ["#F5F5F7", "#D9DCE3"], angle: -3 },
  "green-shoe": { upper: "#2F9E44", accent: "#15171C", sole: "#F4F1EA", backdrop: light, angle: -8 },
  "red-shoe": { upper: "#D62828", accent: "#15171C", sole: "#F4F1EA", backdrop: light, angle: -4 },
  "grey-shoe": { upper: "#8A8A8A", accent: "#FF5A1F", sole: "#FFFFFF", backdrop: light, angle: -7 },
  "sky-shoe": { upper: "#9FD8E8", accent: "#FF5A1F", sole: "#FFFFFF", backdrop: ["#FFFFFF", "#E3EEF2"], angle: -9 },
  "white-shoe-orange-backdrop": {
    upper: "#F7F7F7",
    accent: "#D9D9D9",
    sole: "#FFFFFF",
    backdrop: ["#FF7A2E", "#F0600F"],
    angle: -5,
  },
  "orange-shoe-navy-backdrop": {
    upper: "#FF6A1F",
    accent: "#F4F1EA",
    sole: "#F4F1EA",
    backdrop: ["#2A3A6B", "#1D2B53"],
    angle: -6,
  },
};

let ws: TestWorkspace;
const keyOf = new Map<string, string>();

beforeAll(async () => {
  ws = await createTestWorkspace({ WINNOW_REEMBED_INTERVAL_MS: "0" });
  const images: [string, Buffer][] = [
    ...Object.entries(SHOES).map(([k, spec]) => [k, productShoeSvg(spec, 512)] as [string, Buffer]),
    ["orange-bottle", productBottleSvg("#FF5A1F", "FLOW", ["#FFFFFF", "#E6E2DA"], 512)],
  ];
  for (const [key, svg] of images) {
    const out = await ws.services.library.add({
      bytes: await sharp(svg).jpeg({ quality: 88 }).toBuffer(),
      filename: `${key}.jpg`,
      meta: {
        name: key.includes("bottle") ? "Bottle, studio shot" : "Running shoe, studio shot",
        description: "Product on a seamless backdrop, catalogue shot.",
        kind: "product",
      },
      actor: "test",
    });
    keyOf.set(out.asset.id, key);
  }
  await ws.services.enrichment.idle();
}, 60_000);
afterAll(() => ws?.cleanup());

async function ranked(query: string) {
  const result = await ws.services.search.search({ query, limit: 10 });
  return result.items.map((i) => ({ key: keyOf.get(i.asset.id)!, why: i.why }));
}

describe("colour and object words", () => {
  it('"orange sneaker" ranks the orange shoe first, not the white shoe on orange or the orange bottle', async () => {
    const out = await ranked("orange sneaker");
    expect(out[0]!.key).toBe("orange-shoe");
    expect(out[0]!.why.join(" ")).toMatch(/subject colour orange/);
    const position = (k: string) => out.findIndex((o) => o.key === k);
    expect(position("orange-shoe-navy-backdrop")).toBe(1);
    expect(position("white-shoe-orange-backdrop")).toBeGreaterThan(position("orange-shoe-navy-backdrop"));
  });

  it('"navy running shoe" ranks the navy shoe first, not the orange shoe on a navy backdrop', async () => {
    const out = await ranked("navy running shoe");
    expect(out[0]!.key).toBe("navy-shoe");
    expect(out.findIndex((o) => o.key === "orange-shoe-navy-backdrop")).toBeGreaterThan(1);
  });

  it("reads colour words people type: navy blue, light blue, greens, white", async () => {
    expect((await ranked("navy blue trainers"))[0]!.key).toBe("navy-shoe");
    expect((await ranked("light blue shoe"))[0]!.key).toBe("sky-shoe");
    expect((await ranked("shoes in greens"))[0]!.key).toBe("green-shoe");
    expect((await ranked("white sneaker"))[0]!.key).toBe("white-shoe-orange-backdrop");
  });

  it("an orange bottle answers an orange bottle query over orange shoes", async () => {
    expect((await ranked("orange bottle"))[0]!.key).toBe("orange-bottle");
  });
});
