import sharp, { type Metadata } from "sharp";
import { WinnowError } from "../errors.ts";
import { normalise } from "./provider.ts";
import { type Subject, subjectOf } from "./subject.ts";

export const VISUAL_MODEL = "winnow-visual";
export const VISUAL_VERSION = "1";
export const VISUAL_DIMS = 52;

export const SIDE = 48;

export interface ImageFeatures {
  /** 52-d unit vector for "looks like this": colour histogram, brightness, saturation, edges, layout. */
  vector: Float32Array;
  /** Dominant colours, most covering first; `share` of the frame 0..1. */
  palette: { hex: string; rgb: [number, number, number]; share: number }[];
  /** The subject (foreground against the backdrop, else the centre) and its colours: what "an orange shoe" means. */
  subject?: Subject | undefined;
  brightness: number;
  saturation: number;
  /** Share of pixels on an edge (0..1): busy scenes score high, seamless studio shots low. */
  edgeDensity: number;
  /** Mean hue warmth -1 (cool blues) .. +1 (warm reds/oranges), weighted by saturation. */
  warmth: number;
  width: number;
  height: number;
}

/** An image decoded once to SIDE×SIDE sRGB pixels: phash, visual features and colour tags all read these. */
export interface SmallImage {
  /** SIDE×SIDE×3 raw RGB. */
  raw: Buffer;
  /** The oriented size of the original. */
  width: number;
  height: number;
}

/**
 * Decodes at 48×48. For JPEG, sharp's shrink-on-load lets libjpeg decode at 1/8 scale (no full-size IDCT or colour
 * conversion), which is most of the saving. Import does not come here: it makes its view from the pixels it decoded
 * for the thumbnail (`smallFromPixels`), so nothing is decoded twice.
 */
export async function decodeSmall(bytes: Buffer, options: { size?: boolean } = {}): Promise<SmallImage> {
  try {
    const image = sharp(bytes, { failOn: "truncated", sequentialRead: true }).rotate();
    // The original's size is one more header parse; hashing alone does not need it.
    const meta: Partial<Metadata> = options.size === false ? {} : await image.metadata();
    const raw = await image
      .resize(SIDE, SIDE, { fit: "fill", fastShrinkOnLoad: true })
      .removeAlpha()
      .toColourspace("srgb")
      .raw()
      .toBuffer();
    return {
      raw,
      width: meta.autoOrient?.width ?? meta.width ?? 0,
      height: meta.autoOrient?.height ?? meta.height ?? 0,
    };
  } catch (error) {
    throw undecodable(error);
  }
}

/**
 * The 48×48 view of a stored 256px thumbnail, made as import makes it from its own decode (`smallFromPixels`), so an
 * asset enriched later (a restart's catch-up, a generated render) gets the same pixels as an imported one.
 */
export async function smallOfThumbnail(thumbnail: Buffer): Promise<Buffer> {
  try {
    const { data, info } = await sharp(thumbnail, { failOn: "truncated" })
      .toColourspace("srgb")
      .raw()
      .toBuffer({ resolveWithObject: true });
    return smallFromPixels(data, info);
  } catch (error) {
    throw undecodable(error);
  }
}

function undecodable(error: unknown): WinnowError {
  const message = error instanceof Error ? error.message.split("\n")[0] : String(error);
  return new WinnowError(
    "invalid_input",
    `image could not be decoded (${message}). Replace the file with a complete image.`,
    { field: "file" },
  );
}

/**
 * Pure: the SIDE×SIDE RGB view of decoded sRGB pixels (`channels` per pixel, RGB first; alpha is ignored; grey is
 * repeated), stretched to the square as the features expect. Each cell is the mean of the source pixels it covers
 * (a box filter: cells of 5-6 pixels from a 256px decode, each pixel read once; a source smaller than SIDE repeats
 * pixels). ~0.2 ms in JS, where a second libvips pipeline cost ~1 ms in threads and handoffs.
 */
export function smallFromPixels(raw: Uint8Array, info: { width: number; height: number; channels: number }): Buffer {
  const { width, height, channels } = info;
  const xs = spansOf(width);
  const ys = spansOf(height);
  const g = channels < 3 ? 0 : 1;
  const b = channels < 3 ? 0 : 2;
  const small = Buffer.allocUnsafe(SIDE * SIDE * 3);
  for (let cy = 0; cy < SIDE; cy++) {
    const y0 = ys[cy]!;
    const y1 = ys[cy + SIDE]!;
    for (let cx = 0; cx < SIDE; cx++) {
      const x0 = xs[cx]!;
      const x1 = xs[cx + SIDE]!;
      let r = 0;
      let gs = 0;
      let bs = 0;
      for (let y = y0; y < y1; y++) {
        for (let i = (y * width + x0) * channels, end = (y * width + x1) * channels; i < end; i += channels) {
          r += raw[i]!;
          gs += raw[i + g]!;
          bs += raw[i + b]!;
        }
      }
      const n = (y1 - y0) * (x1 - x0);
      const o = (cy * SIDE + cx) * 3;
      small[o] = Math.round(r / n);
      small[o + 1] = Math.round(gs / n);
      small[o + 2] = Math.round(bs / n);
    }
  }
  return small;
}

/** For a source of n pixels along an axis: cell c covers [spans[c], spans[c + SIDE]). At least one pixel. Cached. */
const spanTables = new Map<number, Int32Array>();
function spansOf(n: number): Int32Array {
  let spans = spanTables.get(n);
  if (!spans) {
    spans = new Int32Array(2 * SIDE);
    for (let c = 0; c < SIDE; c++) {
      const start = Math.min(n - 1, Math.floor((c * n) / SIDE));
      spans[c] = start;
      spans[c + SIDE] = Math.max(start + 1, Math.floor(((c + 1) * n) / SIDE));
    }
    if (spanTables.size < 64) spanTables.set(n, spans);
  }
  return spans;
}

export async function imageFeatures(bytes: Buffer): Promise<ImageFeatures> {
  return featuresOf(await decodeSmall(bytes));
}

export function featuresOf(image: SmallImage): ImageFeatures {
  return describePixels(image.raw, image.width, image.height);
}

/** Pure: everything from raw RGB pixels (SIDE×SIDE). Exported for tests. */
export function describePixels(raw: Uint8Array, width: number, height: number): ImageFeatures {
  const n = SIDE * SIDE;
  const hueBins = new Float32Array(12);
  const greyBins = new Float32Array(4);
  const grid = new Float32Array(9);
  const gridColour = new Float32Array(12);
  const edgeGrid = new Float32Array(9);
  const lum = new Float32Array(n);
  let sumV = 0;
  let sumV2 = 0;
  let sumS = 0;
  let warmSum = 0;
  let warmWeight = 0;
  for (let p = 0; p < n; p++) {
    const r = raw[p * 3]! / 255;
    const g = raw[p * 3 + 1]! / 255;
    const b = raw[p * 3 + 2]! / 255;
    const max = Math.max(r, g, b);
    const min = Math.min(r, g, b);
    const v = max;
    const s = max === 0 ? 0 : (max - min) / max;
    const h = hueOf(r, g, b, max, min);
    const y = 0.299 * r + 0.587 * g + 0.114 * b;
    lum[p] = y;
    sumV += y;
    sumV2 += y * y;
    sumS += s;
    if (s > 0.2 && v > 0.2) {
      hueBins[Math.floor(h / 30) % 12]! += s * v;
      warmSum += Math.cos(((h - 30) * Math.PI) / 180) * s;
      warmWeight += s;
    } else {
      greyBins[Math.min(3, Math.floor(y * 4))]! += 1;
    }
    const x = p % SIDE;
    const row = Math.floor(p / SIDE);
    const cell3 = Math.min(2, Math.floor((row * 3) / SIDE)) * 3 + Math.min(2, Math.floor((x * 3) / SIDE));
    grid[cell3]! += y / (n / 9);
    const cell2 = (row < SIDE / 2 ? 0 : 2) + (x < SIDE / 2 ? 0 : 1);
    gridColour[cell2 * 3]! += r / (n / 4);
    gridColour[cell2 * 3 + 1]! += g / (n / 4);
    gridColour[cell2 * 3 + 2]! += b / (n / 4);
  }
  let edges = 0;
  for (let row = 1; row < SIDE - 1; row++) {
    for (let x = 1; x < SIDE - 1; x++) {
      const p = row * SIDE + x;
      const gx = lum[p + 1]! - lum[p - 1]!;
      const gy = lum[p + SIDE]! - lum[p - SIDE]!;
      if (gx * gx + gy * gy > 0.0064) {
        edges++;
        const cell3 = Math.min(2, Math.floor((row * 3) / SIDE)) * 3 + Math.min(2, Math.floor((x * 3) / SIDE));
        edgeGrid[cell3]! += 9 / ((SIDE - 2) * (SIDE - 2));
      }
    }
  }
  const brightness = sumV / n;
  const contrast = Math.sqrt(Math.max(0, sumV2 / n - brightness * brightness));
  const saturation = sumS / n;
  const edgeDensity = edges / ((SIDE - 2) * (SIDE - 2));
  const aspect = width > 0 && height > 0 ? Math.log(width / height) : 0;

  // Groups are weighted so colour dominates "looks like", then layout, then texture; centred so cosine separates.
  const vector = new Float32Array(VISUAL_DIMS);
  let o = 0;
  const put = (values: ArrayLike<number>, weight: number, centre = 0) => {
    for (let i = 0; i < values.length; i++) vector[o++] = (values[i]! - centre) * weight;
  };
  const chroma = hueBins.reduce((a, b) => a + b, 0) || 1;
  put(
    Array.from(hueBins, (v) => Math.sqrt(v / chroma)),
    1.6 * Math.min(1, chroma / (n * 0.15)),
  );
  put(
    Array.from(greyBins, (v) => Math.sqrt(v / n)),
    1.0,
  );
  put(
    [brightness, contrast * 2, saturation, edgeDensity * 2, aspect / 2, warmWeight ? warmSum / warmWeight : 0],
    1.2,
    0.3,
  );
  put(grid, 1.0, brightness);
  put(gridColour, 1.0, 0.5);
  put(edgeGrid, 0.8, edgeDensity);
  while (o < VISUAL_DIMS) vector[o++] = 0;
  return {
    vector: normalise(vector),
    palette: dominantColours(raw, n),
    subject: subjectOf(raw, SIDE),
    brightness,
    saturation,
    edgeDensity,
    warmth: warmWeight ? warmSum / warmWeight : 0,
    width,
    height,
  };
}

function hueOf(r: number, g: number, b: number, max: number, min: number): number {
  const d = max - min;
  if (d === 0) return 0;
  let h: number;
  if (max === r) h = ((g - b) / d) % 6;
  else if (max === g) h = (b - r) / d + 2;
  else h = (r - g) / d + 4;
  return (h * 60 + 360) % 360;
}

/** 3 bits per channel buckets; the biggest buckets' mean colours, most covering first. */
function dominantColours(raw: Uint8Array, n: number) {
  const count = new Uint32Array(512);
  const sums = new Float64Array(512 * 3);
  for (let p = 0; p < n; p++) {
    const r = raw[p * 3]!;
    const g = raw[p * 3 + 1]!;
    const b = raw[p * 3 + 2]!;
    const k = ((r >> 5) << 6) | ((g >> 5) << 3) | (b >> 5);
    count[k]! += 1;
    sums[k * 3]! += r;
    sums[k * 3 + 1]! += g;
    sums[k * 3 + 2]! += b;
  }
  const used: number[] = [];
  for (let k = 0; k < count.length; k++) if (count[k]! > 0) used.push(k);
  return used
    .sort((a, b) => count[b]! - count[a]!)
    .slice(0, 6)
    .map((k) => {
      const c = count[k]!;
      const rgb: [number, number, number] = [
        Math.round(sums[k * 3]! / c),
        Math.round(sums[k * 3 + 1]! / c),
        Math.round(sums[k * 3 + 2]! / c),
      ];
      return { hex: `#${rgb.map((v) => v.toString(16).padStart(2, "0")).join("")}`, rgb, share: c / n };
    });
}
