import { readFileSync } from "node:fs";
import { join } from "node:path";
import sharp, { type Sharp } from "sharp";
import { type DuplicateSet, type LabelledImage, type LabelledPair, SILHOUETTES } from "./dedup-set.ts";

/**
 * Colourway pairs from outside sources (bench/dedup-colourways/pairs.json, written by a blind helper from brands'
 * product pages; see its README for sources and the honesty note), drawn by code as product shots: one silhouette and
 * layout per product, the body in the pair's colour with studio shading, the same backdrop, shadow and sole/trim.
 * - `distinct` pairs: the same shot in two colourways (different SKUs) — must stay apart.
 * - `same` pairs: one colourway shot, and the same shot after the pair's named capture variation applied to the whole
 *   frame (white balance, exposure, or a JPEG q75-style chroma drift), re-encoded — the same picture.
 */
export interface ColourwayPair {
  product: string;
  colourA: { name: string; hex: string };
  colourB: { name: string; hex: string };
  source: string;
  label: "distinct" | "same";
  variation?: "wb_warm" | "wb_cool" | "jpeg_q75" | "exposure_plus" | "exposure_minus";
  deltaE2000: number;
  note?: string;
}

export function loadColourwayPairs(): ColourwayPair[] {
  return JSON.parse(readFileSync(join(import.meta.dirname, "dedup-colourways", "pairs.json"), "utf8"));
}

type Silhouette = keyof typeof SILHOUETTES;

/** The silhouette a product is drawn with, from the words in its name. */
function silhouetteOf(product: string): Silhouette {
  const p = product.toLowerCase();
  if (/shoe|force|chuck|old skool|boot|clog|martens/.test(p)) return "shoe";
  if (/backpack|kånken|kanken|bag/.test(p)) return "backpack";
  if (/flask|tumbler|rambler|quencher|kettle|bottle/.test(p)) return "bottle";
  if (/jacket|fleece|sweater|jeans/.test(p)) return "jacket";
  if (/airpods|iphone|macbook|watch/.test(p)) return "watch";
  return "cap";
}

/** A stable number per product, so each product gets its own pose and backdrop (and two products never coincide). */
function productSeed(product: string): number {
  let h = 2166136261;
  for (let i = 0; i < product.length; i++) h = Math.imul(h ^ product.charCodeAt(i), 16777619);
  return h >>> 0;
}

const slug = (s: string) =>
  s
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")
    .slice(0, 40);

const xmlText = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/'/g, "&#39;");

/** One product shot: backdrop, contact shadow, the body in `hex` with light from the top left, a fixed trim colour. */
function shot(product: string, hex: string, size: number): Buffer {
  const seed = productSeed(product);
  const rand = (k: number) => ((seed >>> (k * 3)) % 1000) / 1000;
  const angle = -10 + 20 * rand(1);
  const scale = 0.8 + 0.2 * rand(2);
  const dx = -60 + 120 * rand(3);
  const backdropHue = Math.round(360 * rand(4));
  const silhouette = SILHOUETTES[silhouetteOf(product)];
  const label = xmlText(product.split(/[ (]/).slice(0, 2).join(" "));
  return Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 1024 1024">
  <defs>
    <radialGradient id="bg" cx="50%" cy="38%" r="80%"><stop offset="0" stop-color="hsl(${backdropHue},8%,95%)"/><stop offset="1" stop-color="hsl(${backdropHue},10%,80%)"/></radialGradient>
    <linearGradient id="shade" x1="0" y1="0" x2="0.6" y2="1"><stop offset="0" stop-color="#fff" stop-opacity="0.28"/><stop offset="0.45" stop-color="#fff" stop-opacity="0"/><stop offset="1" stop-color="#000" stop-opacity="0.32"/></linearGradient>
    <filter id="soft"><feGaussianBlur stdDeviation="18"/></filter>
  </defs>
  <rect width="1024" height="1024" fill="url(#bg)"/>
  <ellipse cx="${512 + dx}" cy="890" rx="${320 * scale}" ry="34" fill="#000" opacity="0.28" filter="url(#soft)"/>
  <g transform="translate(${dx} 0) rotate(${angle} 512 540) translate(512 540) scale(${scale}) translate(-512 -540)">
    <path d="${silhouette}" fill="${hex}"/>
    <path d="${silhouette}" fill="url(#shade)" stroke="#000" stroke-opacity="0.3" stroke-width="5"/>
    <rect x="300" y="700" width="424" height="26" rx="13" fill="#EDEAE4" opacity="0.9"/>
    <text x="512" y="560" text-anchor="middle" font-family="DejaVu Sans" font-weight="bold" font-size="46" fill="#fff" fill-opacity="0.85">${label}</text>
  </g>
</svg>`);
}

/** The pair's capture variation on the whole frame (the same transforms make-pairs.mjs applies to the swatch). */
function capture(image: Sharp, variation: NonNullable<ColourwayPair["variation"]>): Sharp {
  switch (variation) {
    case "wb_warm":
      return image.linear([1.012, 1, 0.985], [0, 0, 0]);
    case "wb_cool":
      return image.linear([0.988, 1, 1.015], [0, 0, 0]);
    case "jpeg_q75":
      return image.linear([1, 1, 1], [2, -1, 1]);
    case "exposure_plus":
      return image.linear(1.02, 1);
    case "exposure_minus":
      return image.linear(0.98, 0);
  }
}

export const COLOURWAY_CATEGORIES = { distinct: "colourway", same: "colourway-same" } as const;

/** Renders every pair: one image per product colourway (shared by its pairs), one more per `same` pair. */
export async function buildColourwaySet(
  options: { size?: number } = {},
): Promise<DuplicateSet & { pairsIn: ColourwayPair[] }> {
  const size = options.size ?? 768;
  const pairsIn = loadColourwayPairs();
  const images = new Map<string, Buffer>();
  const keyOf = async (product: string, hex: string) => {
    const key = `cw-${slug(product)}-${hex.slice(1).toLowerCase()}`;
    if (!images.has(key))
      images.set(
        key,
        await sharp(shot(product, hex, size))
          .jpeg({ quality: 88 })
          .toBuffer(),
      );
    return key;
  };
  const pairs: LabelledPair[] = [];
  for (const p of pairsIn) {
    const a = await keyOf(p.product, p.colourA.hex);
    if (p.label === "distinct") {
      pairs.push({
        a,
        b: await keyOf(p.product, p.colourB.hex),
        category: COLOURWAY_CATEGORIES.distinct,
        duplicate: false,
      });
      continue;
    }
    const b = `${a}-${p.variation}`;
    const original = images.get(a)!;
    images.set(b, await capture(sharp(original), p.variation!).jpeg({ quality: 75 }).toBuffer());
    pairs.push({ a, b, category: COLOURWAY_CATEGORIES.same, duplicate: true });
  }
  const list: LabelledImage[] = [...images].map(([key, bytes]) => ({ key, bytes }));
  return { images: list, pairs, pairsIn };
}
