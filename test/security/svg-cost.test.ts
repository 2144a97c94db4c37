import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { svgFilterProblem } from "../../core/media/svg-cost.ts";
import { addAsset } from "../../tools/add_asset.ts";
import { invokeTool } from "../../tools/define.ts";
import { createTestWorkspace, type TestWorkspace, toolContext } from "../helpers/workspace.ts";

/**
 * Replays issue #23's SVG probe: under 200 bytes (7000² px, viewBox 0 0 1 1, feGaussianBlur stdDeviation 1000) held two
 * libvips threads for minutes. It must be refused in well under a second, naming the limit, and an ordinary filtered
 * SVG must still be stored.
 */
const BOMB =
  '<svg width="7000" height="7000" viewBox="0 0 1 1"><filter id="f"><feGaussianBlur stdDeviation="1000"/></filter><rect width="1" height="1" filter="url(#f)"/></svg>';

let ws: TestWorkspace;
beforeAll(async () => {
  ws = await createTestWorkspace();
});
afterAll(async () => ws.cleanup());

const add = (svg: string, name: string) =>
  invokeTool(
    addAsset,
    { contentBase64: Buffer.from(svg).toString("base64"), filename: `${name}.svg`, kind: "reference", name },
    toolContext(ws.services),
  );

describe("SVG work is bounded by cost, not only pixels (issue 23)", () => {
  it("refuses the blur bomb at once, naming the limit", async () => {
    const started = Date.now();
    const outcome = await add(BOMB, "bomb");
    expect(Date.now() - started).toBeLessThan(3000);
    expect(outcome.isError).toBe(true);
    expect(outcome.text).toMatch(/over the 4 MP limit for SVGs with filters/);
  });

  it("refuses large filter parameters at a small size, each naming its limit", () => {
    const svg = (fe: string) =>
      `<svg xmlns="http://www.w3.org/2000/svg" width="1000" height="1000" viewBox="0 0 10 10"><filter id="f">${fe}</filter><rect width="10" height="10" filter="url(#f)"/></svg>`;
    expect(svgFilterProblem(svg('<feGaussianBlur stdDeviation="50"/>'), 1000, 1000)).toMatch(
      /stdDeviation is 5,000 px .* over the 100 px limit/,
    );
    expect(svgFilterProblem(svg('<feMorphology radius="2"/>'), 1000, 1000)).toMatch(/radius is 200 px/);
    expect(svgFilterProblem(svg('<feConvolveMatrix order="15" kernelMatrix="1"/>'), 1000, 1000)).toMatch(
      /order is 15, over the limit of 5/,
    );
    expect(svgFilterProblem(svg('<feTurbulence numOctaves="40"/>'), 1000, 1000)).toMatch(/numOctaves is 40/);
    expect(svgFilterProblem(svg('<feGaussianBlur stdDeviation="0.5"/>'), 1000, 1000)).toBeUndefined();
    expect(
      svgFilterProblem('<svg width="7000" height="7000"><rect width="7000" height="7000"/></svg>', 7000, 7000),
    ).toBeUndefined();
  });

  it("still stores an ordinary SVG with a small blur as a PNG", async () => {
    const outcome = await add(
      '<svg xmlns="http://www.w3.org/2000/svg" width="300" height="200"><filter id="s"><feGaussianBlur stdDeviation="3"/></filter><rect x="20" y="20" width="200" height="120" fill="#e11d48" filter="url(#s)"/></svg>',
      "card",
    );
    expect(outcome.isError).toBe(false);
    expect((outcome.structured as { asset: { format: string } }).asset.format).toBe("png");
  });
});
