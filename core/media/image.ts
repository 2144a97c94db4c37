import { createHash } from "node:crypto";
import { availableParallelism } from "node:os";
import pLimit from "p-limit";
import sharp, { type Metadata } from "sharp";
import { WinnowError } from "../errors.ts";

export const THUMBNAIL_SIZE = 256;

/**
 * Largest image decoded, in pixels (50 MP: a 61 MP camera frame must be downscaled first). A PNG of 20,000² zeros is
 * 1 MB on disk but 1.2 GB decoded; the header is checked before any decode, and sharp enforces it again itself.
 */
export const MAX_INPUT_PIXELS = 50_000_000;

/**
 * Decodes of uploaded files in flight at once, process-wide. Two per core keeps the CPU busy (sharp's own threads
 * do the work) while bounding the memory of simultaneous large decodes.
 */
export const DECODE_CONCURRENCY = Math.max(4, availableParallelism() * 2);
const decodeSlot = pLimit(DECODE_CONCURRENCY);

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
}

export const sha256Of = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");

/**
 * Reads what Winnow stores about an image and makes its thumbnail. Decoding the whole image (for the thumbnail) is
 * what catches truncated files: sharp fails on a premature end of data, so nothing half-valid gets in.
 */
export function analyseImage(bytes: Buffer, label = "file"): Promise<ImageFacts> {
  return decodeSlot(() => analyse(bytes, label));
}

async function analyse(bytes: Buffer, label: string): Promise<ImageFacts> {
  if (bytes.length === 0) throw unreadable(label, "the file is empty");
  let meta: Metadata;
  try {
    meta = await sharp(bytes, { limitInputPixels: false }).metadata(); // header only; the budget is checked next
  } catch (error) {
    throw unreadable(label, describeSharpError(error));
  }
  assertPixelBudget(label, meta);
  const format = meta.format === "heif" && meta.compression === "av1" ? "avif" : meta.format;
  const mimeType = format ? MIME[format] : undefined;
  if (!format || !mimeType || !meta.width || !meta.height) {
    throw unreadable(label, `unsupported format ${format ?? "unknown"}`);
  }
  let thumbnail: Buffer;
  try {
    thumbnail = await sharp(bytes, UNTRUSTED_INPUT)
      .rotate()
      .resize(THUMBNAIL_SIZE, THUMBNAIL_SIZE, { fit: "inside", withoutEnlargement: true })
      .webp({ quality: 72, effort: 0 })
      .toBuffer();
  } catch (error) {
    throw unreadable(label, describeSharpError(error));
  }
  return {
    sha256: sha256Of(bytes),
    format,
    mimeType,
    width: meta.width,
    height: meta.height,
    bytes: bytes.length,
    thumbnail,
  };
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
function assertPixelBudget(label: string, meta: Metadata) {
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
export function rasteriseIfDocument(bytes: Buffer, label = "file"): Promise<{ bytes: Buffer; convertedFrom?: "svg" }> {
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
    try {
      const png = await sharp(bytes, UNTRUSTED_INPUT).png({ compressionLevel: 6 }).toBuffer();
      return { bytes: png, convertedFrom: "svg" as const };
    } catch (error) {
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
