import sharp from "sharp";

/** A small real JPEG with a colour gradient, unique per seed so hashes differ. */
export async function makeJpeg(seed: number, size = 256): Promise<Buffer> {
  const hue = (seed * 47) % 360;
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}"><defs><linearGradient id="g"><stop offset="0" stop-color="hsl(${hue},70%,50%)"/><stop offset="1" stop-color="hsl(${(hue + 120) % 360},70%,60%)"/></linearGradient></defs><rect width="100%" height="100%" fill="url(#g)"/><circle cx="${(seed * 13) % size}" cy="${size / 2}" r="${size / 5}" fill="#fff" opacity="0.6"/></svg>`;
  return sharp(Buffer.from(svg)).jpeg({ quality: 85 }).toBuffer();
}

export async function makePng(seed: number, width = 200, height = 120): Promise<Buffer> {
  return sharp({
    create: {
      width,
      height,
      channels: 3,
      background: { r: (seed * 50) % 255, g: (seed * 90) % 255, b: (seed * 130) % 255 },
    },
  })
    .png()
    .toBuffer();
}
