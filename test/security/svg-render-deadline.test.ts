import { describe, expect, it } from "vitest";
import { rasteriseIfDocument } from "../../core/media/image.ts";
import { svgFilterProblem } from "../../core/media/svg-cost.ts";
import { svgRendersInFlight } from "../../core/media/svg-render.ts";
import { costlySvg } from "../helpers/costly-svg.ts";

/**
 * Issue 23: image work bounded by time, not only by the filter caps. An SVG within every cap can still take ~20 s;
 * the render runs in a child process that is killed at its deadline, and the refusal names the limit.
 */
describe("an SVG render has a deadline", () => {
  it("stops a render over its time budget and refuses it naming the limit", async () => {
    const svg = costlySvg();
    expect(svgFilterProblem(svg.toString(), 2000, 2000)).toBeUndefined(); // allowed by the caps
    const started = Date.now();
    await expect(rasteriseIfDocument(svg, "costly.svg", { deadlineMs: 500 })).rejects.toThrow(
      /costly\.svg: the SVG took longer than the 0\.5 s limit for rendering an SVG/,
    );
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(svgRendersInFlight()).toBe(0); // the renderer was killed, not left running
  }, 20_000);

  it("renders an ordinary SVG to PNG within the deadline", async () => {
    const svg = Buffer.from(
      '<svg xmlns="http://www.w3.org/2000/svg" width="64" height="32"><rect width="64" height="32" fill="#c33"/></svg>',
    );
    const out = await rasteriseIfDocument(svg, "flag.svg");
    expect(out.convertedFrom).toBe("svg");
    expect(out.bytes.subarray(1, 4).toString()).toBe("PNG");
  }, 20_000);
});
