import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { hashOfSmall } from "../dedup/phash.ts";
import { analyseImage } from "../media/image.ts";
import { SIDE, smallFromPixels, smallOfThumbnail } from "./visual.ts";

/** A width×height RGB(A) image whose pixel colour comes from `colour(x, y)`. */
function pixels(width: number, height: number, channels: 3 | 4, colour: (x: number, y: number) => number[]) {
  const raw = Buffer.alloc(width * height * channels);
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++) raw.set(colour(x, y).slice(0, channels), (y * width + x) * channels);
  return raw;
}

const at = (small: Buffer, x: number, y: number) => [...small.subarray((y * SIDE + x) * 3, (y * SIDE + x) * 3 + 3)];

describe("smallFromPixels (the 48×48 view every enrichment path reads)", () => {
  it("keeps a flat colour and drops alpha", async () => {
    const small = smallFromPixels(
      pixels(200, 130, 4, () => [12, 200, 99, 7]),
      {
        width: 200,
        height: 130,
        channels: 4,
      },
    );
    expect(small.length).toBe(SIDE * SIDE * 3);
    for (let i = 0; i < SIDE * SIDE; i++) {
      const [r, g, b] = small.subarray(i * 3, i * 3 + 3);
      expect(Math.abs(r! - 12) + Math.abs(g! - 200) + Math.abs(b! - 99)).toBeLessThanOrEqual(3);
    }
  });

  it("stretches to the square: each half of a two-colour frame stays on its side", async () => {
    const small = smallFromPixels(
      pixels(240, 96, 3, (x) => (x < 120 ? [255, 0, 0] : [0, 0, 255])),
      { width: 240, height: 96, channels: 3 },
    );
    expect(at(small, 2, 10)).toEqual([255, 0, 0]);
    expect(at(small, 20, 47)).toEqual([255, 0, 0]);
    expect(at(small, 27, 0)).toEqual([0, 0, 255]);
    expect(at(small, 45, 30)).toEqual([0, 0, 255]);
  });

  it("keeps the mean colour of a busy image at a fractional scale", async () => {
    const raw = pixels(100, 37, 3, (x, y) => [(x * 2) % 256, (y * 7) % 256, 128]);
    const small = smallFromPixels(raw, { width: 100, height: 37, channels: 3 });
    const mean = (buf: Uint8Array, channel: number) => {
      let sum = 0;
      for (let i = channel; i < buf.length; i += 3) sum += buf[i]!;
      return sum / (buf.length / 3);
    };
    for (const channel of [0, 1, 2]) expect(Math.abs(mean(small, channel) - mean(raw, channel))).toBeLessThan(4);
  });
});

describe("import's 48×48 view", () => {
  it("matches what a later enrichment gets from the stored thumbnail (same hash), with the original's oriented size", async () => {
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
    const fromThumbnail = { raw: await smallOfThumbnail(facts.thumbnail), width: 0, height: 0 };
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
