import sharp from "sharp";
import { WinnowError } from "../errors.ts";

/**
 * dHash: shrink to 9×8 greyscale and record, for each of 8 rows, whether each pixel is brighter than its right
 * neighbour — 64 bits, 16 hex digits. Robust to re-encoding, resizing and small colour shifts; a Hamming distance
 * of a few bits means "the same picture".
 */
export async function perceptualHash(bytes: Buffer): Promise<string> {
  let pixels: Buffer;
  try {
    pixels = await sharp(bytes, { failOn: "truncated", sequentialRead: true })
      .rotate()
      .greyscale()
      .resize(9, 8, { fit: "fill", kernel: "lanczos3" })
      .raw()
      .toBuffer();
  } catch (error) {
    const message = error instanceof Error ? error.message.split("\n")[0] : String(error);
    throw new WinnowError("invalid_input", `image could not be decoded for hashing (${message}).`, { field: "file" });
  }
  return dHashOf(pixels);
}

/** Pure: 9×8 greyscale pixels → 16 hex digits. */
export function dHashOf(pixels: Uint8Array): string {
  let hex = "";
  for (let row = 0; row < 8; row++) {
    let byte = 0;
    for (let col = 0; col < 8; col++) {
      const left = pixels[row * 9 + col]!;
      const right = pixels[row * 9 + col + 1]!;
      byte = (byte << 1) | (left > right ? 1 : 0);
    }
    hex += byte.toString(16).padStart(2, "0");
  }
  return hex;
}

const POPCOUNT = Uint8Array.from({ length: 256 }, (_, i) => {
  let c = 0;
  for (let v = i; v; v >>= 1) c += v & 1;
  return c;
});

/** Number of differing bits between two 64-bit hex hashes. */
export function hammingDistance(a: string, b: string): number {
  let d = 0;
  for (let i = 0; i < 16; i += 2)
    d += POPCOUNT[Number.parseInt(a.slice(i, i + 2), 16) ^ Number.parseInt(b.slice(i, i + 2), 16)]!;
  return d;
}

/** Default: up to 6 of 64 bits may differ (re-encodes, resizes, slight crops) before two images count as different. */
export const DEFAULT_PHASH_THRESHOLD = 6;
