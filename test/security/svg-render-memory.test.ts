import { describe, expect, it } from "vitest";
import { MAX_INPUT_PIXELS, rasteriseIfDocument } from "../../core/media/image.ts";
import { svgFilterProblem } from "../../core/media/svg-cost.ts";
import { renderSvgToPng, SvgRenderMemoryLimit, svgRendersInFlight } from "../../core/media/svg-render.ts";

/**
 * Issue 23: an SVG render is bounded by memory as well as time. librsvg draws outside V8's heap, so the render child's
 * resident set is watched and the child killed above the cap; the refusal names the limit. A 7000² document (49 MP,
 * under the pixel budget, no filters) needs ~190 MB of surfaces in the renderer.
 */
const side = 7000;
const large = Buffer.from(
  `<svg xmlns="http://www.w3.org/2000/svg" width="${side}" height="${side}"><rect width="${side}" height="${side}" fill="#c33"/><circle cx="3500" cy="3500" r="3000" fill="#33c"/></svg>`,
);

describe("an SVG render has a memory cap", () => {
  it("stops a render above its memory cap and refuses it naming the limit", async () => {
    expect(side * side).toBeLessThan(MAX_INPUT_PIXELS); // within the pixel budget
    expect(svgFilterProblem(large.toString(), side, side)).toBeUndefined(); // and the filter caps
    const started = Date.now();
    await expect(rasteriseIfDocument(large, "poster.svg", { memoryMb: 130 })).rejects.toThrow(
      /poster\.svg: the SVG needed more than the 130 MB memory limit for rendering an SVG and was stopped/,
    );
    expect(Date.now() - started).toBeLessThan(10_000); // stopped while rendering, not at the 10 s deadline
    expect(svgRendersInFlight()).toBe(0); // the renderer was killed, not left running
  }, 30_000);

  it("says which limit stopped it, apart from the deadline", async () => {
    const error = await renderSvgToPng(large, { limitInputPixels: MAX_INPUT_PIXELS, memoryMb: 130 }).catch((e) => e);
    expect(error).toBeInstanceOf(SvgRenderMemoryLimit);
    expect(error.memoryMb).toBe(130);
  }, 30_000);

  it("renders the same document under the default cap", async () => {
    const png = await renderSvgToPng(large, { limitInputPixels: MAX_INPUT_PIXELS, deadlineMs: 60_000 });
    expect(png.subarray(1, 4).toString()).toBe("PNG");
  }, 90_000);
});
