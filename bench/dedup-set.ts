import sharp from "sharp";
import { seededRng } from "../core/experiments/rng.ts";

/**
 * A labelled near-duplicate set drawn by code: product shots, textured photos and ad layouts, each base image
 * transformed into copies a librarian calls the same picture and look-alikes that are different assets.
 *
 * Where the categories and strengths come from (not from Winnow's dedup code or its thresholds):
 * - Copydays (INRIA, Jégou, Douze & Schmid 2008), the usual near-duplicate image benchmark: JPEG re-encodes at low
 *   quality, crops removing a share of the frame, and "strong" edits such as colour changes; and idealo's imagededup
 *   evaluation, which counts exact copies, re-encodes and resizes as duplicates.
 * - DAM practice (Bynder, Adobe Experience Manager Assets duplicate detection docs): a product shot in another
 *   colourway is its own asset (its own SKU), not a duplicate; retouched brightness/colour of the same shot is a version.
 * - Meta Dynamic Creative / Advantage+ creative: one template combined with several headlines and product images —
 *   each combination is its own ad with its own results, so variants from one template are never duplicates.
 * Duplicate copies: exact, re-encode (JPEG q35–90, WebP, PNG), resize (25–80%), crop (5–20% of width and height
 * trimmed from random sides), small brightness/saturation/hue/contrast/tint shifts. Not duplicates: the product recoloured to
 * another colourway, a whole-frame hue rotation, a different product drawn with the same silhouette, an ad variant
 * with another headline or product.
 */

export type PairCategory =
  | "exact"
  | "reencode"
  | "resize"
  | "crop"
  | "colour-shift"
  | "recolour"
  | "same-silhouette"
  | "ad-variant"
  /** Outside-sourced colourway pairs (bench/dedup-colourways.ts): one product in two colourways, and one shot twice. */
  | "colourway"
  | "colourway-same";

export const DUPLICATE_CATEGORIES: PairCategory[] = ["exact", "reencode", "resize", "crop", "colour-shift"];
export const DISTINCT_CATEGORIES: PairCategory[] = ["recolour", "same-silhouette", "ad-variant"];

export interface LabelledImage {
  key: string;
  bytes: Buffer;
}

export interface LabelledPair {
  a: string;
  b: string;
  category: PairCategory;
  duplicate: boolean;
}

export interface DuplicateSet {
  images: LabelledImage[];
  pairs: LabelledPair[];
}

type Rand = () => number;
const pick = <T>(r: Rand, xs: readonly T[]) => xs[Math.floor(r() * xs.length)]!;
const between = (r: Rand, lo: number, hi: number) => lo + r() * (hi - lo);
const hsl = (h: number, s: number, l: number) => `hsl(${Math.round(h) % 360},${Math.round(s)}%,${Math.round(l)}%)`;

export const SILHOUETTES = {
  shoe: "M170 640 Q160 700 230 712 L820 712 Q900 708 896 650 Q890 610 840 600 L240 600 Q180 600 170 640 Z M210 600 Q200 470 300 430 Q380 400 430 330 Q460 290 520 300 Q600 320 640 410 Q700 500 820 530 Q880 545 880 600 Z",
  bottle:
    "M432 170 L592 170 L592 260 Q652 280 652 340 L652 830 Q652 870 612 870 L412 870 Q372 870 372 830 L372 340 Q372 280 432 260 Z",
  backpack:
    "M330 300 Q330 220 512 220 Q694 220 694 300 L720 820 Q720 860 680 860 L344 860 Q304 860 304 820 Z M440 220 Q440 150 512 150 Q584 150 584 220 L560 220 Q560 175 512 175 Q464 175 464 220 Z",
  cap: "M260 560 Q260 330 512 320 Q764 330 764 560 Z M240 560 L880 560 Q900 600 860 620 L240 620 Q220 590 240 560 Z",
  watch:
    "M452 160 L572 160 L592 360 Q700 400 700 512 Q700 624 592 664 L572 864 L452 864 L432 664 Q324 624 324 512 Q324 400 432 360 Z",
  jacket:
    "M400 200 L512 250 L624 200 L800 290 L860 560 L760 580 L740 420 L740 860 L284 860 L284 420 L264 580 L164 560 L224 290 Z",
} as const;
type Silhouette = keyof typeof SILHOUETTES;
const NAMES = ["Aero", "Trail", "Tempo", "Ridge", "Pulse", "Drift", "Summit", "Volt", "Nova", "Echo", "Crest", "Flow"];
const HEADLINES = [
  "Run further this spring",
  "Built for the long miles",
  "Light feet, big goals",
  "Your new race day pair",
  "Made for muddy Sundays",
  "Faster than your excuses",
  "Comfort that keeps going",
  "The city is your track",
  "Ready for every weather",
  "Less weight, more speed",
];
const CTAS = ["Shop now", "Learn more", "Get yours", "Order today"];

interface ProductSpec {
  silhouette: Silhouette;
  body: string;
  accent: string;
  pattern: "stripes" | "dots" | "plain" | "panel";
  label: string;
  background: [string, string];
  angle: number;
  scale: number;
  dx: number;
}

function randomProduct(r: Rand): ProductSpec {
  const hue = between(r, 0, 360);
  const bgHue = between(r, 0, 360);
  const light = r() < 0.6;
  return {
    silhouette: pick(r, Object.keys(SILHOUETTES) as Silhouette[]),
    body: hsl(hue, between(r, 45, 90), between(r, 28, 58)),
    accent: hsl(hue + between(r, 90, 270), between(r, 50, 90), between(r, 45, 70)),
    pattern: pick(r, ["stripes", "dots", "plain", "panel"] as const),
    label: `${pick(r, NAMES)} ${Math.floor(between(r, 1, 9))}`,
    background: light
      ? [hsl(bgHue, between(r, 5, 25), between(r, 92, 98)), hsl(bgHue, between(r, 5, 25), between(r, 78, 88))]
      : [hsl(bgHue, between(r, 20, 50), between(r, 18, 30)), hsl(bgHue, between(r, 20, 50), between(r, 8, 16))],
    angle: between(r, -12, 12),
    scale: between(r, 0.75, 1.05),
    dx: between(r, -80, 80),
  };
}

function productLayer(p: ProductSpec, id: string): string {
  const patterns = {
    stripes: `<pattern id="p${id}" width="40" height="40" patternUnits="userSpaceOnUse" patternTransform="rotate(35)"><rect width="40" height="40" fill="${p.body}"/><rect width="14" height="40" fill="${p.accent}" opacity="0.8"/></pattern>`,
    dots: `<pattern id="p${id}" width="46" height="46" patternUnits="userSpaceOnUse"><rect width="46" height="46" fill="${p.body}"/><circle cx="23" cy="23" r="9" fill="${p.accent}" opacity="0.85"/></pattern>`,
    plain: `<linearGradient id="p${id}" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${p.body}" stop-opacity="0.8"/><stop offset="1" stop-color="${p.body}"/></linearGradient>`,
    panel: `<linearGradient id="p${id}" x1="0" y1="0" x2="1" y2="0"><stop offset="0" stop-color="${p.body}"/><stop offset="0.55" stop-color="${p.body}"/><stop offset="0.56" stop-color="${p.accent}"/><stop offset="1" stop-color="${p.accent}"/></linearGradient>`,
  };
  return `<defs>${patterns[p.pattern]}<filter id="s${id}"><feGaussianBlur stdDeviation="16"/></filter></defs>
    <ellipse cx="${512 + p.dx}" cy="880" rx="${300 * p.scale}" ry="30" fill="#000" opacity="0.25" filter="url(#s${id})"/>
    <g transform="translate(${p.dx} 0) rotate(${p.angle} 512 540) translate(512 540) scale(${p.scale}) translate(-512 -540)">
      <path d="${SILHOUETTES[p.silhouette]}" fill="url(#p${id})" stroke="#000" stroke-opacity="0.25" stroke-width="6"/>
      <text x="512" y="560" text-anchor="middle" font-family="DejaVu Sans" font-weight="bold" font-size="54" fill="#fff" fill-opacity="0.9">${p.label}</text>
    </g>`;
}

function productShot(p: ProductSpec, w: number, h: number): Buffer {
  return svg(
    w,
    h,
    `<defs><radialGradient id="bg" cx="50%" cy="40%" r="75%"><stop offset="0" stop-color="${p.background[0]}"/><stop offset="1" stop-color="${p.background[1]}"/></radialGradient></defs>
    <rect width="100%" height="100%" fill="url(#bg)"/>
    <g transform="translate(${w / 2} ${h / 2}) scale(${(0.9 * Math.min(w, h)) / 1024}) translate(-512 -512)">${productLayer(p, "a")}</g>`,
  );
}

interface PhotoSpec {
  seed: number;
  sky: [string, string];
  hills: string[];
  sun: [number, number, string];
  grain: number;
  shapes: { x: number; y: number; r: number; fill: string }[];
}

function randomPhoto(r: Rand): PhotoSpec {
  const hue = between(r, 0, 360);
  return {
    seed: Math.floor(between(r, 1, 9999)),
    sky: [hsl(hue, between(r, 30, 70), between(r, 25, 55)), hsl(hue + between(r, 20, 80), between(r, 40, 80), 80)],
    hills: Array.from({ length: 3 }, (_, i) => hsl(hue + 140 + i * 12, between(r, 20, 55), 38 - i * 9)),
    sun: [between(r, 150, 870), between(r, 150, 420), hsl(between(r, 20, 60), 90, 85)],
    grain: between(r, 0.25, 0.5),
    shapes: Array.from({ length: 5 }, () => ({
      x: between(r, 60, 960),
      y: between(r, 520, 960),
      r: between(r, 30, 110),
      fill: hsl(between(r, 0, 360), between(r, 20, 60), between(r, 20, 60)),
    })),
  };
}

function photo(p: PhotoSpec, w: number, h: number): Buffer {
  const hills = p.hills
    .map(
      (c, i) =>
        `<path d="M0 ${560 + i * 120} Q256 ${440 + i * 140} 512 ${540 + i * 100} T1024 ${500 + i * 130} L1024 1024 L0 1024 Z" fill="${c}"/>`,
    )
    .join("");
  const shapes = p.shapes.map((s) => `<circle cx="${s.x}" cy="${s.y}" r="${s.r}" fill="${s.fill}"/>`).join("");
  return svg(
    w,
    h,
    `<defs><linearGradient id="sky" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${p.sky[0]}"/><stop offset="1" stop-color="${p.sky[1]}"/></linearGradient>
      <filter id="grain"><feTurbulence type="fractalNoise" baseFrequency="0.9" numOctaves="2" seed="${p.seed}"/><feColorMatrix type="saturate" values="0"/><feComponentTransfer><feFuncA type="linear" slope="${p.grain}"/></feComponentTransfer></filter>
      <filter id="clouds"><feTurbulence type="fractalNoise" baseFrequency="0.012" numOctaves="3" seed="${p.seed + 1}"/><feColorMatrix type="matrix" values="0 0 0 0 1  0 0 0 0 1  0 0 0 0 1  0 0 0 0.9 -0.3"/></filter></defs>
    <g transform="scale(${w / 1024} ${h / 1024})">
      <rect width="1024" height="1024" fill="url(#sky)"/>
      <rect width="1024" height="600" filter="url(#clouds)"/>
      <circle cx="${p.sun[0]}" cy="${p.sun[1]}" r="70" fill="${p.sun[2]}"/>
      ${hills}${shapes}
      <rect width="1024" height="1024" filter="url(#grain)" opacity="0.5"/>
    </g>`,
  );
}

interface AdSpec {
  product: ProductSpec;
  headline: string;
  cta: string;
  panel: string;
  button: string;
  brand: string;
}

function randomAd(r: Rand): AdSpec {
  const product = randomProduct(r);
  return {
    product: { ...product, scale: product.scale * 0.7, dx: 180 },
    headline: pick(r, HEADLINES),
    cta: pick(r, CTAS),
    panel: hsl(between(r, 0, 360), between(r, 40, 80), between(r, 30, 55)),
    button: hsl(between(r, 0, 360), 85, 55),
    brand: pick(r, NAMES).toUpperCase(),
  };
}

function ad(a: AdSpec, w: number, h: number): Buffer {
  const words = a.headline.split(" ");
  const half = Math.ceil(words.length / 2);
  const lines = [words.slice(0, half).join(" "), words.slice(half).join(" ")];
  return svg(
    w,
    h,
    `<g transform="scale(${w / 1024} ${h / 1024})">
      <rect width="1024" height="1024" fill="${a.product.background[0]}"/>
      <rect width="470" height="1024" fill="${a.panel}"/>
      ${productLayer(a.product, "ad")}
      <text x="50" y="120" font-family="DejaVu Sans" font-weight="bold" font-size="40" fill="#fff">${a.brand}</text>
      ${lines.map((l, i) => `<text x="50" y="${330 + i * 80}" font-family="DejaVu Sans" font-weight="bold" font-size="58" fill="#fff">${l}</text>`).join("")}
      <rect x="50" y="800" width="300" height="90" rx="45" fill="${a.button}"/>
      <text x="200" y="858" text-anchor="middle" font-family="DejaVu Sans" font-weight="bold" font-size="38" fill="#fff">${a.cta}</text>
    </g>`,
  );
}

const svg = (w: number, h: number, body: string) =>
  Buffer.from(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}">${body}</svg>`,
  );

const jpeg = (svgOrBytes: Buffer, quality = 88) => sharp(svgOrBytes).jpeg({ quality }).toBuffer();

/** Copies that are the same picture. */
async function duplicateOf(r: Rand, bytes: Buffer, category: PairCategory): Promise<Buffer> {
  const meta = await sharp(bytes).metadata();
  const w = meta.width!;
  const h = meta.height!;
  switch (category) {
    case "exact":
      return bytes;
    case "reencode": {
      const how = pick(r, ["jpeg", "webp", "png"] as const);
      if (how === "jpeg")
        return sharp(bytes)
          .jpeg({ quality: Math.round(between(r, 35, 90)) })
          .toBuffer();
      if (how === "webp")
        return sharp(bytes)
          .webp({ quality: Math.round(between(r, 40, 90)) })
          .toBuffer();
      return sharp(bytes).png().toBuffer();
    }
    case "resize":
      return sharp(bytes)
        .resize(Math.round(w * between(r, 0.25, 0.8)))
        .jpeg({ quality: Math.round(between(r, 60, 92)) })
        .toBuffer();
    case "crop": {
      const cw = Math.round(w * between(r, 0.05, 0.2));
      const ch = Math.round(h * between(r, 0.05, 0.2));
      const left = Math.round(cw * r());
      const top = Math.round(ch * r());
      return sharp(bytes)
        .extract({ left, top, width: w - cw, height: h - ch })
        .jpeg({ quality: Math.round(between(r, 70, 92)) })
        .toBuffer();
    }
    case "colour-shift": {
      const how = pick(r, ["modulate", "contrast", "tint"] as const);
      const image = sharp(bytes);
      if (how === "modulate")
        image.modulate({
          brightness: between(r, 0.9, 1.1),
          saturation: between(r, 0.85, 1.15),
          hue: Math.round(between(r, -6, 6)),
        });
      else if (how === "contrast") {
        const k = between(r, 0.88, 1.12);
        image.linear(k, 128 * (1 - k) + between(r, -10, 10));
      } else {
        const k = between(r, 0.92, 1.08);
        image.linear([k, 1, 2 - k], [between(r, -8, 8), 0, between(r, -8, 8)]);
      }
      return image.jpeg({ quality: 88 }).toBuffer();
    }
    default:
      throw new Error(`${category} is not a duplicate category`);
  }
}

const SIZES: [number, number][] = [
  [1024, 1024],
  [1200, 900],
  [1080, 1350],
  [1280, 720],
];

/**
 * Builds the set: `bases` base images (product shots, photos and ads in turn), each with `duplicatesPerBase` duplicate
 * copies (categories in rotation) and its look-alikes. `scale` shrinks every render (tests use small images).
 */
export async function buildDuplicateSet(options: {
  bases: number;
  duplicatesPerBase?: number;
  seed?: number;
  scale?: number;
}): Promise<DuplicateSet> {
  const r = seededRng(options.seed ?? 17);
  const perBase = options.duplicatesPerBase ?? 3;
  const scale = options.scale ?? 0.75;
  const images: LabelledImage[] = [];
  const pairs: LabelledPair[] = [];
  let rotation = 0;
  for (let i = 0; i < options.bases; i++) {
    const family = (["product", "photo", "ad"] as const)[i % 3]!;
    const [w0, h0] = pick(r, SIZES);
    const w = Math.round(w0 * scale);
    const h = Math.round(h0 * scale);
    const base = `b${i}-${family}`;
    const lookalikes: { key: string; svg: Buffer; category: PairCategory }[] = [];
    let baseSvg: Buffer;
    if (family === "product") {
      const p = randomProduct(r);
      baseSvg = productShot(p, w, h);
      const hue = between(r, 70, 290);
      lookalikes.push({
        key: `${base}-colourway`,
        category: "recolour",
        svg: productShot({ ...p, body: rotateHue(p.body, hue), accent: rotateHue(p.accent, hue) }, w, h),
      });
      const other = randomProduct(r);
      lookalikes.push({
        key: `${base}-other-product`,
        category: "same-silhouette",
        svg: productShot({ ...other, silhouette: p.silhouette, angle: p.angle, scale: p.scale, dx: p.dx }, w, h),
      });
    } else if (family === "photo") {
      const p = randomPhoto(r);
      baseSvg = photo(p, w, h);
      lookalikes.push({ key: `${base}-hue`, category: "recolour", svg: Buffer.alloc(0) });
    } else {
      const a = randomAd(r);
      baseSvg = ad(a, w, h);
      const headline = pick(
        r,
        HEADLINES.filter((x) => x !== a.headline),
      );
      lookalikes.push({ key: `${base}-headline`, category: "ad-variant", svg: ad({ ...a, headline }, w, h) });
      const other = randomProduct(r);
      lookalikes.push({
        key: `${base}-product`,
        category: "ad-variant",
        svg: ad({ ...a, product: { ...other, scale: a.product.scale, dx: a.product.dx } }, w, h),
      });
    }
    const baseBytes = await jpeg(baseSvg);
    images.push({ key: base, bytes: baseBytes });
    for (let d = 0; d < perBase; d++) {
      const category = DUPLICATE_CATEGORIES[rotation++ % DUPLICATE_CATEGORIES.length]!;
      const key = `${base}-${category}-${d}`;
      images.push({ key, bytes: await duplicateOf(r, baseBytes, category) });
      pairs.push({ a: base, b: key, category, duplicate: true });
    }
    for (const l of lookalikes) {
      const bytes =
        l.category === "recolour" && family === "photo"
          ? await sharp(baseBytes)
              .modulate({ hue: Math.round(between(r, 60, 300)) })
              .jpeg({ quality: 88 })
              .toBuffer()
          : await jpeg(l.svg);
      images.push({ key: l.key, bytes });
      pairs.push({ a: base, b: l.key, category: l.category, duplicate: false });
    }
  }
  return { images, pairs };
}

function rotateHue(colour: string, by: number): string {
  const m = /hsl\((\d+),(\d+)%,(\d+)%\)/.exec(colour);
  if (!m) return colour;
  return hsl(Number(m[1]) + by, Number(m[2]), Number(m[3]));
}

/**
 * Precision and recall of predicted groups against the labels. Every pair of images inside one predicted group counts
 * as a predicted duplicate pair; a predicted pair that no label calls a duplicate (different bases included) is a
 * false positive. Per category: the share of labelled pairs judged right (recall for duplicate categories, the share
 * kept apart for look-alike categories).
 */
export function scoreGroups(set: DuplicateSet, groups: string[][]) {
  const groupOf = new Map<string, number>();
  groups.forEach((g, i) => {
    for (const key of g) groupOf.set(key, i);
  });
  const together = (a: string, b: string) => groupOf.has(a) && groupOf.get(a) === groupOf.get(b);
  // Positives are closed under transitivity: two copies of one base are duplicates of each other too.
  const baseOf = new Map<string, string>();
  for (const p of set.pairs) if (p.duplicate) baseOf.set(p.b, p.a);
  const root = (k: string) => baseOf.get(k) ?? k;
  let predicted = 0;
  let truePositive = 0;
  const wrong: string[] = [];
  for (const g of groups)
    for (let i = 0; i < g.length; i++)
      for (let j = i + 1; j < g.length; j++) {
        predicted++;
        if (root(g[i]!) === root(g[j]!)) truePositive++;
        else if (wrong.length < 20) wrong.push(`${g[i]} ~ ${g[j]}`);
      }
  const members = new Map<string, number>();
  for (const k of set.images.map((i) => i.key)) members.set(root(k), (members.get(root(k)) ?? 0) + 1);
  const positives = [...members.values()].reduce((sum, n) => sum + (n * (n - 1)) / 2, 0);
  const perCategory: Record<string, { pairs: number; correct: number; rate: number }> = {};
  const missed: string[] = [];
  for (const p of set.pairs) {
    perCategory[p.category] ??= { pairs: 0, correct: 0, rate: 0 };
    const c = perCategory[p.category]!;
    c.pairs++;
    const ok = together(p.a, p.b) === p.duplicate;
    if (ok) c.correct++;
    else if (missed.length < 20) missed.push(`${p.category}: ${p.a} ${p.duplicate ? "missed" : "paired with"} ${p.b}`);
  }
  for (const c of Object.values(perCategory)) c.rate = round(c.correct / c.pairs);
  return {
    precision: round(predicted ? truePositive / predicted : 1),
    recall: round(positives ? truePositive / positives : 1),
    predictedPairs: predicted,
    labelledPairs: set.pairs.length,
    perCategory,
    errors: [...missed, ...wrong.map((w) => `false pair: ${w}`)].slice(0, 20),
  };
}

const round = (n: number) => Math.round(n * 1000) / 1000;
