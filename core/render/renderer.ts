import sharp, { type OverlayOptions, type Sharp } from "sharp";
import { THUMBNAIL_SIZE } from "../media/image.ts";
import type { AdCopy } from "../templates/fill.ts";
import type { Box, Layout } from "../templates/spec.ts";
import { LayerCache } from "./cache.ts";
import { textBlockSvg } from "./text.ts";

/** Where an input image comes from; `key` identifies its content (asset id, or a hash for generated images). */
export interface ImageSource {
  key: string;
  load: () => Promise<Buffer>;
}

export interface Palette {
  primary: string;
  ink: string;
  paper: string;
  accent: string;
}

export interface RenderRequest {
  layout: Layout;
  palette: Palette;
  fontFamily: string;
  panelOpacity: number;
  copy: AdCopy;
  scene?: ImageSource | undefined;
  product?: ImageSource | undefined;
  talent?: ImageSource | undefined;
  logo?: ImageSource | undefined;
}

export interface RenderResult {
  png: Buffer;
  /** 256px WebP thumbnail made from the same pixels (what the library stores beside the original). */
  thumbnail: Buffer;
  width: number;
  height: number;
  /** Boxes actually used, for brand checks (logo clear space, safe zone). */
  layout: Record<string, Box>;
}

interface Layer {
  data: Buffer;
  width: number;
  height: number;
  bytes: number;
}

const CACHE_BYTES = 256 * 1024 * 1024;

/**
 * Local ad renderer: scene full-bleed, product shot on a rounded card, talent inset, logo plate, and text layers for
 * headline, body, CTA button and disclaimer. Every layer is cached as raw RGBA by (source, size), so a batch only
 * pays for what changed between variants; the final composite is one sharp pipeline with PNG output.
 */
export class AdRenderer {
  readonly cache = new LayerCache<Layer>(CACHE_BYTES);

  async render(req: RenderRequest): Promise<RenderResult> {
    const { layout, palette } = req;
    const { width, height, boxes } = layout;
    // Solid brand background; the scene fills only the photo box (full bleed when the layout has none).
    const photo = boxes.photo ?? { x: 0, y: 0, width, height };
    const base = await this.solid(palette.paper, width, height);
    const overlays: OverlayOptions[] = [];
    const place = (layer: Layer, box: Box) =>
      overlays.push({
        input: layer.data,
        raw: { width: layer.width, height: layer.height, channels: 4 },
        left: box.x + Math.floor((box.width - layer.width) / 2),
        top: box.y + Math.floor((box.height - layer.height) / 2),
      });
    if (req.scene) place(await this.cover(req.scene, photo.width, photo.height), photo);
    if (req.product) place(await this.card(req.product, boxes.image, palette.paper), boxes.image);
    if (req.talent && boxes.talent) place(await this.roundel(req.talent, boxes.talent, palette.accent), boxes.talent);
    if (req.logo) place(await this.plate(req.logo, boxes.logo, palette.paper), boxes.logo);
    const text = (name: string, box: Box, block: Omit<Parameters<typeof textBlockSvg>[0], "width" | "height">) =>
      this.svgLayer(`${name}|${box.width}x${box.height}|${JSON.stringify(block)}`, () =>
        textBlockSvg({ ...block, width: box.width, height: box.height }),
      );
    place(
      await text("headline", boxes.headline, {
        text: req.copy.headline,
        maxPx: layout.headlineMaxPx,
        color: palette.paper,
        fontFamily: req.fontFamily,
        padding: 24,
        fill: { color: palette.ink, opacity: req.panelOpacity, radius: 18 },
      }),
      boxes.headline,
    );
    place(
      await text("body", boxes.body, {
        text: req.copy.body,
        maxPx: layout.bodyMaxPx,
        color: palette.ink,
        fontFamily: req.fontFamily,
        weight: "normal",
        padding: 16,
        fill: { color: palette.paper, radius: 12 },
      }),
      boxes.body,
    );
    place(
      await text("cta", boxes.cta, {
        text: req.copy.cta,
        maxPx: Math.round(boxes.cta.height * 0.42),
        color: "#FFFFFF",
        fontFamily: req.fontFamily,
        align: "middle",
        padding: 12,
        fill: { color: palette.primary, radius: Math.round(boxes.cta.height / 2) },
      }),
      boxes.cta,
    );
    if (req.copy.disclaimer) {
      place(
        await text("disclaimer", boxes.disclaimer, {
          text: req.copy.disclaimer,
          maxPx: Math.min(22, Math.round(boxes.disclaimer.height * 0.6)),
          color: palette.ink,
          fontFamily: req.fontFamily,
          weight: "normal",
          padding: 8,
          fill: { color: palette.paper, radius: 6 },
        }),
        boxes.disclaimer,
      );
    }
    // Composite once to raw pixels, then encode the PNG and the library thumbnail from the same pixels in parallel,
    // so storing the output never has to decode the PNG again.
    const composed = await sharp(base.data, { raw: { width, height, channels: 4 } })
      .composite(overlays)
      .removeAlpha()
      .raw()
      .toBuffer();
    const raw = { raw: { width, height, channels: 3 as const } };
    // PNG stays lossless (ad platforms re-encode anyway); zlib level 1 without adaptive filtering is the cheap end of
    // deflate: measured on a photo-heavy 1080² ad ~36 ms vs ~50 ms at level 2, for ~15% bigger files.
    const [png, thumbnail] = await Promise.all([
      sharp(composed, raw).png({ compressionLevel: 1, adaptiveFiltering: false }).toBuffer(),
      sharp(composed, raw)
        .resize(THUMBNAIL_SIZE, THUMBNAIL_SIZE, { fit: "inside", withoutEnlargement: true })
        .webp({ quality: 72, effort: 0 })
        .toBuffer(),
    ]);
    return { png, thumbnail, width, height, layout: { ...boxes, safeZone: layout.safeZone } as Record<string, Box> };
  }

  private raw(key: string, make: () => Sharp): Promise<Layer> {
    return this.cache.get(key, async () => {
      const { data, info } = await make().ensureAlpha().raw().toBuffer({ resolveWithObject: true });
      return { data, width: info.width, height: info.height, bytes: data.length };
    });
  }

  private cover(src: ImageSource, width: number, height: number) {
    return this.cache.get(`cover|${src.key}|${width}x${height}`, () =>
      this.decode(src, (s) => s.resize(width, height, { fit: "cover" })),
    );
  }

  private async decode(src: ImageSource, shape: (s: Sharp) => Sharp): Promise<Layer> {
    const { data, info } = await shape(sharp(await src.load()))
      .ensureAlpha()
      .raw()
      .toBuffer({ resolveWithObject: true });
    return { data, width: info.width, height: info.height, bytes: data.length };
  }

  private solid(color: string, width: number, height: number) {
    return this.raw(`solid|${color}|${width}x${height}`, () =>
      sharp({ create: { width, height, channels: 4, background: color } }),
    );
  }

  private svgLayer(key: string, svg: () => Buffer) {
    return this.raw(`svg|${key}`, () => sharp(svg()));
  }

  /** Product shot fitted into the image box on a rounded card (the shots have studio backdrops, not alpha). */
  private card(src: ImageSource, box: Box, paper: string) {
    return this.cache.get(`card|${src.key}|${box.width}x${box.height}|${paper}`, async () => {
      const inner = await sharp(await src.load())
        .resize(box.width - 24, box.height - 24, { fit: "inside" })
        .toBuffer({ resolveWithObject: true });
      const w = inner.info.width + 24;
      const h = inner.info.height + 24;
      const mask = Buffer.from(
        `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}"><rect width="${w}" height="${h}" rx="28" fill="#fff"/></svg>`,
      );
      const card = await sharp({ create: { width: w, height: h, channels: 4, background: paper } })
        .composite([{ input: inner.data, left: 12, top: 12 }])
        .png()
        .toBuffer();
      return this.decode({ key: "", load: async () => card }, (s) => s.composite([{ input: mask, blend: "dest-in" }]));
    });
  }

  private roundel(src: ImageSource, box: Box, ring: string) {
    const d = Math.min(box.width, box.height);
    return this.cache.get(`roundel|${src.key}|${d}|${ring}`, async () => {
      const photo = await sharp(await src.load())
        .resize(d - 12, d - 12, { fit: "cover" })
        .composite([
          {
            input: Buffer.from(
              `<svg xmlns="http://www.w3.org/2000/svg" width="${d - 12}" height="${d - 12}"><circle cx="${(d - 12) / 2}" cy="${(d - 12) / 2}" r="${(d - 12) / 2}" fill="#fff"/></svg>`,
            ),
            blend: "dest-in",
          },
        ])
        .png()
        .toBuffer();
      const ringSvg = Buffer.from(
        `<svg xmlns="http://www.w3.org/2000/svg" width="${d}" height="${d}"><circle cx="${d / 2}" cy="${d / 2}" r="${d / 2}" fill="${ring}"/></svg>`,
      );
      const { data, info } = await sharp(ringSvg)
        .composite([{ input: photo, left: 6, top: 6 }])
        .ensureAlpha()
        .raw()
        .toBuffer({ resolveWithObject: true });
      return { data, width: info.width, height: info.height, bytes: data.length };
    });
  }

  /** Logo on a paper plate so it reads on any scene. */
  private plate(src: ImageSource, box: Box, paper: string) {
    return this.cache.get(`plate|${src.key}|${box.width}x${box.height}|${paper}`, async () => {
      // Trim the file's own margins so the mark fills its box (brand checks measure logo coverage).
      const logo = await sharp(await src.load())
        .trim()
        .resize(box.width - 8, box.height - 8, { fit: "inside" })
        .png()
        .toBuffer({ resolveWithObject: true });
      const w = logo.info.width + 8;
      const h = logo.info.height + 8;
      const plateSvg = Buffer.from(
        `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}"><rect width="${w}" height="${h}" rx="12" fill="${paper}" fill-opacity="0.92"/></svg>`,
      );
      const { data, info } = await sharp(plateSvg)
        .composite([{ input: logo.data, left: 4, top: 4 }])
        .ensureAlpha()
        .raw()
        .toBuffer({ resolveWithObject: true });
      return { data, width: info.width, height: info.height, bytes: data.length };
    });
  }
}
