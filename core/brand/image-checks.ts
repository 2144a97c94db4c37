import sharp from "sharp";
import { assertWithinPixelBudget, UNTRUSTED_INPUT } from "../media/image.ts";
import type { Violation } from "./checker.ts";
import { deltaE2000, type Lab, parseHex, rgbToLab, toHex } from "./color.ts";
import type { CompiledRuleSet } from "./compile.ts";
import type { Rule } from "./rules.ts";

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface ImageContext {
  image?: Buffer | undefined;
  layout?: Record<string, Box> | undefined;
  format: string;
}

/** Decoded pixels, downscaled so per-variant checks stay fast; `scale` maps layout pixels onto them. */
interface Pixels {
  data: Buffer;
  width: number;
  height: number;
  scale: number;
  origWidth: number;
  origHeight: number;
}

const ANALYSIS_WIDTH = 320;

async function decode(image: Buffer): Promise<Pixels> {
  await assertWithinPixelBudget(image, "image");
  const meta = await sharp(image).metadata();
  if (!meta.width || !meta.height) throw new Error("no dimensions");
  const width = Math.min(ANALYSIS_WIDTH, meta.width);
  const { data, info } = await sharp(image, UNTRUSTED_INPUT)
    .resize({ width, kernel: "nearest" })
    .removeAlpha()
    .toColourspace("srgb")
    .raw()
    .toBuffer({ resolveWithObject: true });
  return {
    data,
    width: info.width,
    height: info.height,
    scale: info.width / meta.width,
    origWidth: meta.width,
    origHeight: meta.height,
  };
}

function rule<K extends Rule["kind"]>(compiled: CompiledRuleSet, kind: K): Extract<Rule, { kind: K }>[] {
  return compiled.rules.map((c) => c.rule).filter((r): r is Extract<Rule, { kind: K }> => r.kind === kind);
}

const base = (r: Rule, message: string, extra: Partial<Violation> = {}): Violation => ({
  ruleId: r.id,
  kind: r.kind,
  severity: r.severity,
  message,
  fix: r.fix,
  ...extra,
});

export async function checkImage(compiled: CompiledRuleSet, ctx: ImageContext): Promise<Violation[]> {
  const out: Violation[] = [];
  let px: Pixels | undefined;
  if (ctx.image) {
    try {
      px = await decode(ctx.image);
    } catch (error) {
      return [
        {
          ruleId: "image.unreadable",
          kind: "unreadable",
          severity: "block",
          message: `The rendered image cannot be decoded (${String((error as Error).message).split("\n")[0]})`,
          measured: { bytes: ctx.image.length },
          fix: "Re-render the variant; a truncated or corrupt file cannot be checked or shipped.",
        },
      ];
    }
  }
  const size = px ? { width: px.origWidth, height: px.origHeight } : formatSize(ctx.format);
  for (const r of rule(compiled, "palette")) if (px) out.push(...checkPalette(r, px, ctx.layout));
  for (const r of rule(compiled, "logo")) if (px || ctx.layout) out.push(...checkLogo(r, px, ctx.layout, size));
  for (const r of rule(compiled, "safe_zone")) if (ctx.layout && size) out.push(...checkSafeZone(r, ctx, size));
  return out;
}

function formatSize(format: string): { width: number; height: number } | undefined {
  const m = /^(\d+)x(\d+)$/.exec(format);
  return m ? { width: Number(m[1]), height: Number(m[2]) } : undefined;
}

const labCache = new Map<number, Lab>();
function labAt(px: Pixels, i: number): Lab {
  const key = (px.data[i]! << 16) | (px.data[i + 1]! << 8) | px.data[i + 2]!;
  let lab = labCache.get(key);
  if (!lab) {
    lab = rgbToLab({ r: px.data[i]!, g: px.data[i + 1]!, b: px.data[i + 2]! });
    if (labCache.size > 200_000) labCache.clear();
    labCache.set(key, lab);
  }
  return lab;
}

const inBox = (x: number, y: number, b: Box, s: number) =>
  x >= b.x * s && x < (b.x + b.width) * s && y >= b.y * s && y < (b.y + b.height) * s;

interface Cluster {
  lab: Lab;
  rgb: { r: number; g: number; b: number };
  count: number;
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
}

/** Dominant colours: 4-bit-per-channel histogram, buckets merged greedily when within ΔE2000 5. */
export function dominantColours(px: Pixels, excluded: Box[]): { clusters: Cluster[]; total: number } {
  const buckets = new Map<number, Cluster & { sr: number; sg: number; sb: number }>();
  let total = 0;
  for (let y = 0; y < px.height; y++) {
    for (let x = 0; x < px.width; x++) {
      if (excluded.some((b) => inBox(x, y, b, px.scale))) continue;
      const i = (y * px.width + x) * 3;
      const r = px.data[i]!;
      const g = px.data[i + 1]!;
      const b = px.data[i + 2]!;
      const key = ((r >> 4) << 8) | ((g >> 4) << 4) | (b >> 4);
      let c = buckets.get(key);
      if (!c) {
        c = {
          lab: { L: 0, a: 0, b: 0 },
          rgb: { r, g, b },
          count: 0,
          sr: 0,
          sg: 0,
          sb: 0,
          minX: x,
          minY: y,
          maxX: x,
          maxY: y,
        };
        buckets.set(key, c);
      }
      c.count++;
      c.sr += r;
      c.sg += g;
      c.sb += b;
      c.minX = Math.min(c.minX, x);
      c.minY = Math.min(c.minY, y);
      c.maxX = Math.max(c.maxX, x);
      c.maxY = Math.max(c.maxY, y);
      total++;
    }
  }
  const sorted = [...buckets.values()].sort((a, b) => b.count - a.count);
  const clusters: Cluster[] = [];
  for (const c of sorted) {
    c.rgb = { r: c.sr / c.count, g: c.sg / c.count, b: c.sb / c.count };
    c.lab = rgbToLab(c.rgb);
    const home = clusters.find((k) => deltaE2000(k.lab, c.lab) < 5);
    if (home) {
      home.count += c.count;
      home.minX = Math.min(home.minX, c.minX);
      home.minY = Math.min(home.minY, c.minY);
      home.maxX = Math.max(home.maxX, c.maxX);
      home.maxY = Math.max(home.maxY, c.maxY);
    } else
      clusters.push({ lab: c.lab, rgb: c.rgb, count: c.count, minX: c.minX, minY: c.minY, maxX: c.maxX, maxY: c.maxY });
  }
  return { clusters, total };
}

function checkPalette(r: Extract<Rule, { kind: "palette" }>, px: Pixels, layout?: Record<string, Box>): Violation[] {
  const excluded = r.exclude.flatMap((k) => (layout?.[k] ? [layout[k]] : []));
  const allowed = [...r.colors, ...r.neutrals].map((h) => ({ hex: h.toUpperCase(), lab: rgbToLab(parseHex(h)!) }));
  const { clusters, total } = dominantColours(px, excluded);
  if (total === 0) return [];
  const dominant = clusters
    .filter((c) => c.count / total >= r.minShare)
    .map((c) => {
      const nearest = allowed
        .map((a) => ({ hex: a.hex, deltaE: deltaE2000(c.lab, a.lab) }))
        .sort((a, b) => a.deltaE - b.deltaE)[0]!;
      return { cluster: c, hex: toHex(c.rgb), share: c.count / total, nearest };
    });
  const off = dominant.filter((d) => d.nearest.deltaE > r.maxDeltaE);
  const offShare = off.reduce((s, d) => s + d.share, 0);
  if (offShare <= r.maxOffPaletteShare) return [];
  const worst = off.sort((a, b) => b.share - a.share)[0]!;
  const s = px.scale;
  return [
    base(
      r,
      `${(offShare * 100).toFixed(0)}% of the image is off-palette (worst ${worst.hex}, ΔE2000 ${worst.nearest.deltaE.toFixed(1)} from ${worst.nearest.hex})`,
      {
        location: {
          region: {
            x: Math.round(worst.cluster.minX / s),
            y: Math.round(worst.cluster.minY / s),
            width: Math.round((worst.cluster.maxX - worst.cluster.minX + 1) / s),
            height: Math.round((worst.cluster.maxY - worst.cluster.minY + 1) / s),
          },
        },
        measured: {
          offPaletteShare: Number(offShare.toFixed(3)),
          maxDeltaE: r.maxDeltaE,
          dominant: dominant.map((d) => ({
            hex: d.hex,
            share: Number(d.share.toFixed(3)),
            nearest: d.nearest.hex,
            deltaE: Number(d.nearest.deltaE.toFixed(2)),
          })),
        },
      },
    ),
  ];
}

function positionOf(b: Box, size: { width: number; height: number }): string {
  const cx = (b.x + b.width / 2) / size.width;
  const cy = (b.y + b.height / 2) / size.height;
  const row = cy < 1 / 3 ? "top" : cy < 2 / 3 ? "middle" : "bottom";
  const col = cx < 1 / 3 ? "left" : cx < 2 / 3 ? "center" : "right";
  if (row === "middle" && col === "center") return "center";
  return row === "middle" ? `middle-${col}` : `${row}-${col}`;
}

function intersect(a: Box, b: Box): Box | undefined {
  const x = Math.max(a.x, b.x);
  const y = Math.max(a.y, b.y);
  const w = Math.min(a.x + a.width, b.x + b.width) - x;
  const h = Math.min(a.y + a.height, b.y + b.height) - y;
  return w > 0 && h > 0 ? { x, y, width: w, height: h } : undefined;
}

function checkLogo(
  r: Extract<Rule, { kind: "logo" }>,
  px: Pixels | undefined,
  layout: Record<string, Box> | undefined,
  size: { width: number; height: number } | undefined,
): Violation[] {
  const box = layout?.[r.box];
  if (!box) {
    return [base(r, `No logo: the layout has no "${r.box}" box`, { measured: { present: false } })];
  }
  const out: Violation[] = [];
  const logoLabs = r.colors.map((h) => rgbToLab(parseHex(h)!));
  const pad = r.clearSpace * Math.min(box.width, box.height);
  const zone = { x: box.x - pad, y: box.y - pad, width: box.width + 2 * pad, height: box.height + 2 * pad };
  let ringBusy: number | undefined;
  if (px) {
    // Verified on pixels: logo colours must stand out in the box against the ring of clear space around it, so a
    // box painted in the background colour (logo missing) does not count as a logo.
    const ringPad = Math.max(pad, 0.15 * Math.min(box.width, box.height));
    const ring = {
      x: box.x - ringPad,
      y: box.y - ringPad,
      width: box.width + 2 * ringPad,
      height: box.height + 2 * ringPad,
    };
    const inside = sampleRegion(px, box, () => true);
    const around = sampleRegion(px, ring, (x, y) => !inBox(x, y, box, px.scale));
    const share = (labs: Lab[], l: Lab) =>
      labs.length ? labs.filter((p) => deltaE2000(l, p) <= 15).length / labs.length : 0;
    const contrast = Math.max(0, ...logoLabs.map((l) => share(inside, l) - share(around, l)));
    if (contrast < r.minCoverage) {
      out.push(
        base(
          r,
          `Logo box is there but no logo is visible in it (logo colours stand out on ${(contrast * 100).toFixed(1)}% of it)`,
          {
            location: { region: box },
            measured: { contrastCoverage: Number(contrast.toFixed(3)), minCoverage: r.minCoverage },
          },
        ),
      );
    }
    if (pad > 0) {
      const clear = sampleRegion(px, zone, (x, y) => !inBox(x, y, box, px.scale));
      const ref = mostCommon(clear);
      ringBusy = ref && clear.length ? clear.filter((p) => deltaE2000(ref, p) > 12).length / clear.length : 0;
    }
  }
  if (size) {
    const ratio = box.width / size.width;
    if (ratio < r.minWidthRatio) {
      out.push(
        base(
          r,
          `Logo is too small: ${(ratio * 100).toFixed(1)}% of the width (min ${(r.minWidthRatio * 100).toFixed(1)}%)`,
          {
            location: { region: box },
            measured: { widthRatio: Number(ratio.toFixed(4)), min: r.minWidthRatio },
          },
        ),
      );
    }
    const position = positionOf(box, size);
    if (!r.positions.includes(position as (typeof r.positions)[number])) {
      out.push(
        base(r, `Logo sits at ${position}; allowed: ${r.positions.join(", ")}`, {
          location: { region: box },
          measured: { position, allowed: r.positions },
        }),
      );
    }
  }
  let intruded = false;
  for (const [name, other] of Object.entries(layout ?? {})) {
    if (name === r.box || ["background", "safe", "safeZone", "canvas"].includes(name)) continue;
    const overlap = intersect(zone, other);
    if (overlap) {
      intruded = true;
      out.push(
        base(r, `"${name}" intrudes on the logo's clear space (${r.clearSpace}× logo height)`, {
          location: { region: overlap },
          measured: {
            element: name,
            clearSpacePx: Math.round(pad),
            overlapPx: Math.round(overlap.width * overlap.height),
          },
        }),
      );
    }
  }
  if (!intruded && ringBusy !== undefined && ringBusy > 0.05) {
    out.push(
      base(
        r,
        `The logo's clear space is cluttered (${(ringBusy * 100).toFixed(0)}% of it differs from its background)`,
        {
          location: { region: zone },
          measured: { clutterShare: Number(ringBusy.toFixed(3)), max: 0.05, clearSpacePx: Math.round(pad) },
        },
      ),
    );
  }
  return out;
}

/** Lab values of the analysis pixels inside a layout-space region (optionally filtered). */
function sampleRegion(px: Pixels, b: Box, keep: (x: number, y: number) => boolean): Lab[] {
  const out: Lab[] = [];
  const s = px.scale;
  const x0 = Math.max(0, Math.floor(b.x * s));
  const y0 = Math.max(0, Math.floor(b.y * s));
  const x1 = Math.min(px.width, Math.ceil((b.x + b.width) * s));
  const y1 = Math.min(px.height, Math.ceil((b.y + b.height) * s));
  for (let y = y0; y < y1; y++)
    for (let x = x0; x < x1; x++) if (keep(x, y)) out.push(labAt(px, (y * px.width + x) * 3));
  return out;
}

function mostCommon(labs: Lab[]): Lab | undefined {
  const counts = new Map<string, { lab: Lab; n: number }>();
  for (const l of labs) {
    const key = `${Math.round(l.L / 4)}:${Math.round(l.a / 4)}:${Math.round(l.b / 4)}`;
    const c = counts.get(key);
    if (c) c.n++;
    else counts.set(key, { lab: l, n: 1 });
  }
  return [...counts.values()].sort((a, b) => b.n - a.n)[0]?.lab;
}

function checkSafeZone(
  r: Extract<Rule, { kind: "safe_zone" }>,
  ctx: ImageContext,
  size: { width: number; height: number },
): Violation[] {
  const zone = r.zones[ctx.format] ?? r.zones.default;
  if (!zone || !ctx.layout) return [];
  const safe = {
    x: zone.left * size.width,
    y: zone.top * size.height,
    width: size.width * (1 - zone.left - zone.right),
    height: size.height * (1 - zone.top - zone.bottom),
  };
  const out: Violation[] = [];
  for (const name of r.textBoxes) {
    const b = ctx.layout[name];
    if (!b) continue;
    const inside = intersect(b, safe);
    const insideArea = inside ? inside.width * inside.height : 0;
    if (insideArea + 0.5 >= b.width * b.height) continue;
    out.push(
      base(r, `Text "${name}" leaves the ${ctx.format} safe zone`, {
        location: { region: b },
        measured: {
          box: name,
          outsideShare: Number((1 - insideArea / (b.width * b.height)).toFixed(3)),
          safeZone: safe,
        },
      }),
    );
  }
  return out;
}
