import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { hashOfSmall } from "../dedup/phash.ts";
import { analyseImage } from "../media/image.ts";
import { decodeSmall, SIDE, smallFromPixels } from "./visual.ts";

/** A width×height RGB(A) image whose pixel colour comes from `colour(x, y)`. */
function pixels(width: number, height: number, channels: 3 | 4, colour: (x: number, y: number) => number[]) {
  const raw = Buffer.alloc(width * height * channels);
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++) raw.set(colour(x, y).slice(0, channels), (y * width + x) * channels);
  return raw;
}

const at = (small: Buffer, x: number, y: number) => [...small.subarray((y * SIDE + x) * 3, (y * SIDE + x) * 3 + 3)];

describe("smallFromPixels (the 48×48 view every enrichment path reads)", () => {
  it("keeps a flat colour exactly and ignores alpha", () => {
    const small = smallFromPixels(
      pixels(200, 130, 4, () => [12, 200, 99, 7]),
      200,
      130,
      4,
    );
    expect(small.length).toBe(SIDE * SIDE * 3);
    for (let i = 0; i < SIDE * SIDE; i++) expect([...small.subarray(i * 3, i * 3 + 3)]).toEqual([12, 200, 99]);
  });

  it("area-averages: halves stay halves, and a boundary inside a cell blends by the share it covers", () => {
    // 96 wide: each cell is 2 source columns; left half red, right half blue.
    const halves = smallFromPixels(
      pixels(96, 96, 3, (x) => (x < 48 ? [255, 0, 0] : [0, 0, 255])),
      96,
      96,
      3,
    );
    expect(at(halves, 0, 0)).toEqual([255, 0, 0]);
    expect(at(halves, 23, 40)).toEqual([255, 0, 0]);
    expect(at(halves, 24, 7)).toEqual([0, 0, 255]);
    // 144 wide: each cell is 3 columns; white from column 1 on, so cell 0 is two-thirds white.
    const third = smallFromPixels(
      pixels(144, 48, 3, (x) => (x >= 1 ? [255, 255, 255] : [0, 0, 0])),
      144,
      48,
      3,
    );
    expect(at(third, 0, 0)).toEqual([170, 170, 170]);
    expect(at(third, 1, 0)).toEqual([255, 255, 255]);
  });

  it("stretches a non-square image to the square and keeps its mean colour at a fractional scale", () => {
    const raw = pixels(100, 37, 3, (x, y) => [(x * 2) % 256, (y * 7) % 256, 128]);
    const small = smallFromPixels(raw, 100, 37, 3);
    const mean = (buf: Uint8Array, channel: number) => {
      let sum = 0;
      for (let i = channel; i < buf.length; i += 3) sum += buf[i]!;
      return sum / (buf.length / 3);
    };
    for (const channel of [0, 1, 2]) expect(Math.abs(mean(small, channel) - mean(raw, channel))).toBeLessThan(1);
  });
});

describe("import's 48×48 view", () => {
  it("matches what decoding the stored thumbnail gives (same hash), with the original's oriented size", async () => {
    const jpeg = await sharp(
      pixels(640, 400, 3, (x, y) => [(x * 3 + y) % 256, (y * 2) % 256, ((x ^ y) * 5) % 256]),
      { raw: { width: 640, height: 400, channels: 3 } },
    )
      .jpeg({ quality: 90 })
      .withMetadata({ orientation: 6 }) // stored landscape, shown portrait
      .toBuffer();
    const facts = await analyseImage(jpeg, "photo.jpg");
    expect(facts.small).toBeDefined();
    expect({ width: facts.width, height: facts.height }).toEqual({ width: 640, height: 400 });
    expect({ width: facts.small!.width, height: facts.small!.height }).toEqual({ width: 400, height: 640 });
    const fromThumbnail = await decodeSmall(facts.thumbnail, { size: false });
    let distance = 0;
    const a = BigInt(`0x${hashOfSmall(facts.small!)}`);
    const b = BigInt(`0x${hashOfSmall(fromThumbnail)}`);
    for (let x = a ^ b; x > 0n; x >>= 1n) distance += Number(x & 1n);
    expect(distance).toBeLessThanOrEqual(2);
    // The thumbnail is a lossy WebP of the same pixels: close, not identical.
    let total = 0;
    for (let i = 0; i < facts.small!.raw.length; i++) total += Math.abs(facts.small!.raw[i]! - fromThumbnail.raw[i]!);
    expect(total / facts.small!.raw.length).toBeLessThan(6);
  });
});
