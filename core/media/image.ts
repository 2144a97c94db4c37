import { createHash } from "node:crypto";
import sharp, { type Metadata } from "sharp";
import { WinnowError } from "../errors.ts";

export const THUMBNAIL_SIZE = 256;

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
export async function analyseImage(bytes: Buffer, label = "file"): Promise<ImageFacts> {
  if (bytes.length === 0) throw unreadable(label, "the file is empty");
  let meta: Metadata;
  try {
    meta = await sharp(bytes).metadata();
  } catch (error) {
    throw unreadable(label, describeSharpError(error));
  }
  const format = meta.format === "heif" && meta.compression === "av1" ? "avif" : meta.format;
  const mimeType = format ? MIME[format] : undefined;
  if (!format || !mimeType || !meta.width || !meta.height) {
    throw unreadable(label, `unsupported format ${format ?? "unknown"}`);
  }
  let thumbnail: Buffer;
  try {
    thumbnail = await sharp(bytes, { failOn: "truncated" })
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
  if (/premature|truncat|end of (file|data)|corrupt/i.test(message)) return "the file is truncated or corrupt";
  return message.split("\n")[0] ?? message;
}
