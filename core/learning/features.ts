import sharp from "sharp";

/**
 * Simple visual features for assets that have no embedding yet: an 8×8 colour layout (RGB, centred) plus a
 * saturation-weighted 12-bin hue histogram and mean saturation/brightness, L2-normalised. Cheap (one 8×8 resize of
 * the thumbnail) and good at what tags about colour, palette and composition need.
 */
export const VISUAL_FEATURES = "winnow-visual-v1";
export const VISUAL_DIMS = 8 * 8 * 3 + 12 + 2;

export async function visualFeatures(image: Buffer): Promise<Float32Array> {
  const { data } = await sharp(image)
    .removeAlpha()
    .resize(8, 8, { fit: "fill" })
    .raw()
    .toBuffer({ resolveWithObject: true });
  const out = new Float32Array(VISUAL_DIMS);
  const hist = new Float32Array(12);
  let satSum = 0;
  let valSum = 0;
  for (let p = 0; p < 64; p++) {
    const r = data[p * 3]! / 255;
    const g = data[p * 3 + 1]! / 255;
    const b = data[p * 3 + 2]! / 255;
    out[p * 3] = r - 0.5;
    out[p * 3 + 1] = g - 0.5;
    out[p * 3 + 2] = b - 0.5;
    const max = Math.max(r, g, b);
    const min = Math.min(r, g, b);
    const sat = max === 0 ? 0 : (max - min) / max;
    satSum += sat;
    valSum += max;
    if (max > min) {
      let h = max === r ? (g - b) / (max - min) : max === g ? 2 + (b - r) / (max - min) : 4 + (r - g) / (max - min);
      h = (((h * 60) % 360) + 360) % 360;
      hist[Math.floor(h / 30) % 12]! += sat;
    }
  }
  // The hue histogram carries most of the colour signal, so weight it like the 192 layout values combined.
  for (let i = 0; i < 12; i++) out[192 + i] = (hist[i]! / 64) * 4;
  out[204] = satSum / 64;
  out[205] = valSum / 64;
  let norm = 0;
  for (const v of out) norm += v * v;
  norm = Math.sqrt(norm) || 1;
  for (let i = 0; i < out.length; i++) out[i] = out[i]! / norm;
  return out;
}

export const toBlob = (v: Float32Array) => Buffer.from(v.buffer, v.byteOffset, v.byteLength);
export const fromBlob = (b: Uint8Array) => new Float32Array(b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength));
