import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cleanSquare, renderAd } from "../../test/fixtures/brand/render.ts";
import { compileRuleSet } from "./compile.ts";
import { checkImage } from "./image-checks.ts";
import { parseRuleSet } from "./parse.ts";

const demo = compileRuleSet(parseRuleSet(readFileSync(join(import.meta.dirname, "demo-rules.yaml"), "utf8")), {
  ruleSetId: "brs_demo",
  version: 1,
  brandId: "brd_demo",
});

async function violationsOf(spec: Parameters<typeof renderAd>[0]) {
  const ad = await renderAd(spec);
  return checkImage(demo, ad);
}

describe("image rules on rendered pixels", () => {
  it("passes a clean on-brand render (product photography excluded from the palette)", async () => {
    expect(await violationsOf(cleanSquare())).toEqual([]);
  });

  it("flags an off-palette background with the ΔE2000 measured against the nearest brand colour", async () => {
    const v = await violationsOf(cleanSquare({ background: "#8E44AD" }));
    const palette = v.find((x) => x.kind === "palette");
    expect(palette?.severity).toBe("block");
    const measured = palette?.measured as { offPaletteShare: number; dominant: { hex: string; deltaE: number }[] };
    expect(measured.offPaletteShare).toBeGreaterThan(0.1);
    expect(measured.dominant.some((d) => d.deltaE > 12)).toBe(true);
    expect(palette?.location).toHaveProperty("region");
  });

  it("accepts a near-brand tint within the ΔE budget", async () => {
    expect((await violationsOf(cleanSquare({ background: "#F1EEE6" }))).filter((x) => x.kind === "palette")).toEqual(
      [],
    );
  });

  it("reports a logo box with no logo drawn in it (verified on pixels)", async () => {
    const v = await violationsOf(
      cleanSquare({ logo: { box: { x: 70, y: 60, width: 240, height: 80 }, drawn: false } }),
    );
    expect(v.map((x) => x.kind)).toContain("logo");
    expect(v.find((x) => x.kind === "logo")?.message).toMatch(/not visible|no logo is visible/);
  });

  it("reports a missing, too small, badly placed or crowded logo", async () => {
    const missing = await violationsOf(cleanSquare({ logo: null }));
    expect(missing.find((x) => x.kind === "logo")?.message).toMatch(/No logo/);
    const small = await violationsOf(cleanSquare({ logo: { box: { x: 70, y: 60, width: 90, height: 30 } } }));
    expect(small.find((x) => x.kind === "logo")?.measured).toMatchObject({ min: 0.12 });
    const centred = await violationsOf(cleanSquare({ logo: { box: { x: 420, y: 500, width: 240, height: 80 } } }));
    expect(centred.some((x) => x.kind === "logo" && /center/.test(x.message))).toBe(true);
    const crowded = await violationsOf(
      cleanSquare({ headline: { box: { x: 70, y: 150, width: 700, height: 70 }, text: "Run your city" } }),
    );
    expect(crowded.some((x) => x.kind === "logo" && /clear space/.test(x.message))).toBe(true);
  });

  it("sees clutter in the clear space even when the layout does not declare it", async () => {
    const v = await violationsOf(
      cleanSquare({ strayText: { x: 70, y: 158, text: "SALE SALE SALE", color: "#15171C", size: 22 } }),
    );
    expect(v.some((x) => x.kind === "logo" && /cluttered/.test(x.message))).toBe(true);
  });

  it("keeps story text out of the 1080x1920 unsafe margins", async () => {
    const story = cleanSquare({
      format: "1080x1920",
      product: { box: { x: 140, y: 500, width: 800, height: 700 }, color: "#DDE3EA" },
      logo: { box: { x: 80, y: 300, width: 260, height: 86 } },
      headline: { box: { x: 100, y: 1300, width: 800, height: 70 }, text: "Run your city" },
      cta: { box: { x: 600, y: 1620, width: 380, height: 100 }, text: "Shop now" },
    });
    const v = await violationsOf(story);
    expect(v.filter((x) => x.kind === "safe_zone").map((x) => (x.measured as { box: string }).box)).toEqual(["cta"]);
  });

  it("turns an undecodable image into an 'unreadable' violation instead of crashing", async () => {
    const ad = await renderAd(cleanSquare());
    const v = await checkImage(demo, { ...ad, image: ad.image.subarray(0, 200) });
    expect(v).toHaveLength(1);
    expect(v[0]).toMatchObject({ kind: "unreadable", severity: "block", ruleId: "image.unreadable" });
    const garbage = await checkImage(demo, { format: "1080x1080", image: Buffer.from("not an image at all") });
    expect(garbage[0]?.kind).toBe("unreadable");
  });
});
