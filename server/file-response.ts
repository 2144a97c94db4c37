import type { Context } from "hono";

/**
 * Stored files are served so they can never run: nosniff, a CSP that sandboxes the response (no script, no
 * same-origin access even if a browser renders it as a document), and — unless the type is a raster image browsers
 * only ever draw — Content-Disposition: attachment, so an SVG or anything else opened directly downloads instead of
 * rendering on Winnow's origin.
 */
export const FILE_CSP = "default-src 'none'; img-src 'self' data:; style-src 'unsafe-inline'; sandbox";
const SAFE_RASTER = new Set(["image/jpeg", "image/png", "image/webp", "image/gif", "image/avif"]);
const EXTENSION: Record<string, string> = {
  "image/jpeg": "jpg",
  "image/png": "png",
  "image/webp": "webp",
  "image/gif": "gif",
  "image/avif": "avif",
  "image/tiff": "tif",
  "image/heif": "heif",
  "image/svg+xml": "svg",
};

export function fileHeaders(id: string, mimeType: string, cacheControl: string): Record<string, string> {
  const safe = SAFE_RASTER.has(mimeType);
  const name = `${id.replace(/[^A-Za-z0-9_-]/g, "")}.${EXTENSION[mimeType] ?? "bin"}`;
  return {
    "content-type": safe ? mimeType : "application/octet-stream",
    "content-disposition": `${safe ? "inline" : "attachment"}; filename="${name}"`,
    "content-security-policy": FILE_CSP,
    "x-content-type-options": "nosniff",
    "cache-control": cacheControl,
  };
}

export function sendFile(c: Context, id: string, file: { bytes: Buffer; mimeType: string }, cacheControl: string) {
  return c.body(new Uint8Array(file.bytes), 200, fileHeaders(id, file.mimeType, cacheControl));
}
