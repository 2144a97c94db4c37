import { decodeSmall, SIDE, type SmallImage } from "../embeddings/visual.ts";
import { WinnowError } from "../errors.ts";

/**
 * dHash: shrink to 9×8 greyscale and record, for each of 8 rows, whether each pixel is brighter than its right
 * neighbour — 64 bits, 16 hex digits. Robust to re-encoding, resizing and small colour shifts; a Hamming distance
 * of a few bits means "the same picture". The 9×8 grid is an area average of the same 48×48 decode that visual
 * features use, so enrichment decodes an image once (JPEG decode is nearly all of the cost).
 */
export async function perceptualHash(bytes: Buffer): Promise<string> {
  let image: SmallImage;
  try {
    image = await decodeSmall(bytes, { size: false });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new WinnowError("invalid_input", `image could not be decoded for hashing (${message}).`, { field: "file" });
  }
  return hashOfSmall(image);
}

/** Pure: dHash of a decoded SIDE×SIDE RGB image. */
export function hashOfSmall(image: SmallImage): string {
  return dHashOf(greyGrid(image.raw, SIDE, 9, 8));
}

/** Area-averaged luma (Rec. 601) of a side×side RGB image on a cols×rows grid. */
export function greyGrid(raw: Uint8Array, side: number, cols: number, rows: number): Float64Array {
  const out = new Float64Array(cols * rows);
  const sx = side / cols;
  const sy = side / rows;
  for (let gy = 0; gy < rows; gy++) {
    for (let gx = 0; gx < cols; gx++) {
      const x0 = gx * sx;
      const x1 = x0 + sx;
      const y0 = gy * sy;
      const y1 = y0 + sy;
      let sum = 0;
      for (let y = Math.floor(y0); y < Math.ceil(y1); y++) {
        const wy = Math.min(y + 1, y1) - Math.max(y, y0);
        for (let x = Math.floor(x0); x < Math.ceil(x1); x++) {
          const w = wy * (Math.min(x + 1, x1) - Math.max(x, x0));
          const p = (y * side + x) * 3;
          sum += w * (0.299 * raw[p]! + 0.587 * raw[p + 1]! + 0.114 * raw[p + 2]!);
        }
      }
      // Whole grey levels, as an 8-bit image would hold: flat areas compare equal instead of by JPEG noise.
      out[gy * cols + gx] = Math.round(sum / (sx * sy));
    }
  }
  return out;
}

/** Pure: 9×8 greyscale pixels → 16 hex digits. */
export function dHashOf(pixels: ArrayLike<number>): string {
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

/**
 * Default candidate radius: pairs within 6 of 64 bits are compared on pixels (core/dedup/verify.ts decides). Most
 * re-encodes and resizes land within it; crops and retouches that do not are proposed by their visual vectors.
 */
export const DEFAULT_PHASH_THRESHOLD = 6;
