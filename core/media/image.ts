import { createHash } from "node:crypto";
import { availableParallelism } from "node:os";
import { imageSize } from "image-size";
import pLimit from "p-limit";
import sharp, { type Metadata } from "sharp";
import { type SmallImage, smallFromPixels } from "../embeddings/visual.ts";
import { WinnowError } from "../errors.ts";
import { PixelBudget } from "./pixel-budget.ts";
import { svgFilterProblem } from "./svg-cost.ts";
import { renderSvgToPng, SvgRenderDeadline, SvgRenderMemoryLimit } from "./svg-render.ts";

export const THUMBNAIL_SIZE = 256;

/**
 * Largest image decoded, in pixels (50 MP: a 61 MP camera frame must be downscaled first). A PNG of 20,000² zeros is
 * 1 MB on disk but 1.2 GB decoded; the header is checked before any decode, and sharp enforces it again itself.
 */
export const MAX_INPUT_PIXELS = 50_000_000;

/**
 * Decodes of uploaded files in flight at once, process-wide, and the pixels they may hold between them. Libvips
 * pipelines wait on each other's threads, so a bulk import needs several per core to keep the CPU busy (with four in
 * all, a 2-core machine sat ~12% idle; with eight, ~6%); the pixel budget keeps large frames from piling up: a 50 MP
 * decode leaves room for little else, a batch of 1 MP photos runs DECODE_CONCURRENCY at a time.
 */
export const DECODE_CONCURRENCY = Math.max(8, availableParallelism() * 4);
const DECODE_PIXEL_BUDGET = 64_000_000;
const decodeSlot = pLimit(DECODE_CONCURRENCY);
const pixelBudget = new PixelBudget(DECODE_PIXEL_BUDGET);

/** sharp options for any decode of bytes that came from outside (uploads, imports, images to check). */
export const UNTRUSTED_INPUT = { limitInputPixels: MAX_INPUT_PIXELS, failOn: "truncated" } as const;

const MIME: Record<string, string> = {
  jpeg: "image/jpeg",
  png: "image/png",
  webp: "image/webp",
  gif: "image/gif",
  avif: "image/avif",
  heif: "image/heif",
  tiff: "image/tiff",
  svg: "image/svg+xml",
};

export interface ImageFacts {
  sha256: string;
  format: string;
  mimeType: string;
  width: number;
  height: number;
  bytes: number;
  thumbnail: Buffer;
  /**
   * The image at 48×48 (see smallFromPixels), made from the same decode as the thumbnail, so enrichment (hash,
   * visual features, colour tags) need not decode anything. Absent when not asked for, or when the caller made the
   * facts some other way.
   */
  small?: SmallImage | undefined;
}

export const sha256Of = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");

/**
 * Reads what Winnow stores about an image and makes its thumbnail. Decoding the whole image (for the thumbnail) is
 * what catches truncated files: sharp fails on a premature end of data, so nothing half-valid gets in.
 */
export async function analyseImage(
  bytes: Buffer,
  label = "file",
  options: { small?: boolean } = {},
): Promise<ImageFacts> {
  if (bytes.length === 0) throw unreadable(label, "the file is empty");
  const meta = await readHeader(bytes, label);
  assertPixelBudget(label, meta);
  const format = meta.format === "heif" && meta.compression === "av1" ? "avif" : meta.format;
  const mimeType = format ? MIME[format] : undefined;
  if (!format || !mimeType || !meta.width || !meta.height) {
    throw unreadable(label, `unsupported format ${format ?? "unknown"}`);
  }
  const pixels = meta.width * meta.height * Math.max(1, meta.pages ?? 1);
  const header = { format, mimeType, width: meta.width, height: meta.height, orientation: meta.orientation };
  const small = options.small ?? true;
  return decodeSlot(() => pixelBudget.run(pixels, () => analyse(bytes, label, header, small)));
}

async function analyse(
  bytes: Buffer,
  label: string,
  meta: { format: string; mimeType: string; width: number; height: number; orientation?: number | undefined },
  wantSmall: boolean,
): Promise<ImageFacts> {
  const { format, mimeType } = meta;
  // One decode (shrink-on-load makes it a fraction of a full one) gives the thumbnail's pixels; the WebP and the
  // 48×48 enrichment view are both made from them.
  let thumbnail: Buffer;
  let small: Buffer | undefined;
  try {
    const { data, info } = await sharp(bytes, UNTRUSTED_INPUT)
      .rotate()
      .resize(THUMBNAIL_SIZE, THUMBNAIL_SIZE, { fit: "inside", withoutEnlargement: true })
      .toColourspace("srgb")
      .raw()
      .toBuffer({ resolveWithObject: true });
    const { width, height, channels } = info;
    thumbnail = await sharp(data, { raw: { width, height, channels } }).webp({ quality: 72, effort: 0 }).toBuffer();
    if (wantSmall) small = smallFromPixels(data, info);
  } catch (error) {
    throw unreadable(label, describeSharpError(error));
  }
  // EXIF orientations 5-8 turn the picture a quarter: its oriented size is the stored one swapped.
  const turned = (meta.orientation ?? 1) >= 5;
  return {
    sha256: sha256Of(bytes),
    format,
    mimeType,
    width: meta.width,
    height: meta.height,
    bytes: bytes.length,
    thumbnail,
    small: small && { raw: small, width: turned ? meta.height : meta.width, height: turned ? meta.width : meta.height },
  };
}

type Header = Pick<Metadata, "format" | "compression" | "width" | "height" | "pages" | "orientation">;

/**
 * The format, size and orientation from the header. JPEG and PNG (nearly every photo and render) are read in JS, which
 * costs microseconds; anything else, or a header that does not parse, goes to sharp (whose error says what is wrong).
 */
async function readHeader(bytes: Buffer, label: string): Promise<Header> {
  try {
    const { type, width, height, orientation } = imageSize(bytes);
    if ((type === "jpg" || type === "png") && width > 0 && height > 0) {
      return { format: type === "jpg" ? "jpeg" : "png", width, height, orientation, pages: 1 };
    }
  } catch {
    // Not a header image-size reads: sharp decides.
  }
  try {
    return await sharp(bytes, { limitInputPixels: false }).metadata(); // header only; the budget is checked next
  } catch (error) {
    throw unreadable(label, describeSharpError(error));
  }
}

/**
 * For code that decodes bytes from outside without importing them (search by image, brand checks of an uploaded
 * render): refuses a decompression bomb from its header before any pixel is decoded.
 */
export async function assertWithinPixelBudget(bytes: Buffer, label: string): Promise<void> {
  let meta: Metadata;
  try {
    meta = await sharp(bytes, { limitInputPixels: false }).metadata();
  } catch (error) {
    throw unreadable(label, describeSharpError(error));
  }
  assertPixelBudget(label, meta);
}

/** Refuses, from the header alone, an image whose decoded size would exceed MAX_INPUT_PIXELS (a decompression bomb). */
function assertPixelBudget(label: string, meta: Pick<Metadata, "width" | "height" | "pages">) {
  const pixels = (meta.width ?? 0) * (meta.height ?? 0) * Math.max(1, meta.pages ?? 1);
  if (pixels > MAX_INPUT_PIXELS) {
    throw new WinnowError(
      "invalid_input",
      `${label}: the image is ${meta.width}×${meta.height}${(meta.pages ?? 1) > 1 ? ` × ${meta.pages} frames` : ""} (${(pixels / 1e6).toFixed(0)} MP), over the ${MAX_INPUT_PIXELS / 1e6} MP limit. Downscale it (e.g. to 8000 px on the long side) and import it again.`,
      { field: "file" },
    );
  }
}

/**
 * SVG is a document that can carry script, so it is never stored or served as uploaded: it is rendered (librsvg,
 * which runs no script and loads nothing external from a buffer) to a PNG within the pixel limit, and the PNG is
 * what the library keeps. Other formats pass through unchanged.
 */
export function rasteriseIfDocument(
  bytes: Buffer,
  label = "file",
  options: { deadlineMs?: number | undefined; memoryMb?: number | undefined } = {},
): Promise<{ bytes: Buffer; convertedFrom?: "svg" }> {
  if (!looksLikeSvg(bytes)) return Promise.resolve({ bytes });
  return decodeSlot(async () => {
    let meta: Metadata;
    try {
      meta = await sharp(bytes, { limitInputPixels: false }).metadata(); // header only; the budget is checked next
    } catch (error) {
      throw unreadable(label, describeSharpError(error));
    }
    if (meta.format !== "svg") return { bytes };
    assertPixelBudget(label, meta);
    const costly = svgFilterProblem(bytes.toString("utf8"), meta.width ?? 0, meta.height ?? 0);
    if (costly)
      throw new WinnowError(
        "invalid_input",
        `${label}: ${costly}. Remove or shrink the filter, or render the SVG to PNG yourself and add the PNG.`,
        { field: "file" },
      );
    try {
      // In a child process with a deadline (svg-render.ts): a render that runs long is killed, not waited for.
      const png = await renderSvgToPng(bytes, {
        limitInputPixels: MAX_INPUT_PIXELS,
        deadlineMs: options.deadlineMs,
        memoryMb: options.memoryMb,
      });
      return { bytes: png, convertedFrom: "svg" as const };
    } catch (error) {
      if (error instanceof SvgRenderDeadline)
        throw new WinnowError(
          "invalid_input",
          `${label}: the SVG took longer than the ${error.deadlineMs / 1000} s limit for rendering an SVG and was stopped. Simplify it (fewer or smaller filters, a smaller width and height) or render it to PNG yourself and add the PNG.`,
          { field: "file" },
        );
      if (error instanceof SvgRenderMemoryLimit)
        throw new WinnowError(
          "invalid_input",
          `${label}: the SVG needed more than the ${error.memoryMb} MB memory limit for rendering an SVG and was stopped. Make it smaller (width and height) or use fewer filters, or render it to PNG yourself and add the PNG.`,
          { field: "file" },
        );
      throw unreadable(label, `the SVG could not be rendered: ${describeSharpError(error)}`);
    }
  });
}

function looksLikeSvg(bytes: Buffer): boolean {
  const head = bytes.subarray(0, 4096).toString("utf8").toLowerCase();
  return head.includes("<svg") || (head.trimStart().startsWith("<?xml") && !head.includes("<x:xmpmeta"));
}

function unreadable(label: string, why: string): WinnowError {
  return new WinnowError(
    "invalid_input",
    `${label}: not a readable image (${why}). Supply a complete JPEG, PNG, WebP, GIF, AVIF, TIFF or SVG file.`,
    { field: "file" },
  );
}

function describeSharpError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  if (/unsupported image format/i.test(message)) return "unsupported or unrecognised format";
  if (/pixel limit/i.test(message)) return `larger than the ${MAX_INPUT_PIXELS / 1e6} MP limit; downscale it first`;
  if (/premature|truncat|end of (file|data)|corrupt/i.test(message)) return "the file is truncated or corrupt";
  return message.split("\n")[0] ?? message;
}
