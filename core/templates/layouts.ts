import type { FormatId, Layout } from "./spec.ts";

const box = (x: number, y: number, width: number, height: number) => ({ x, y, width, height });

/**
 * House layouts per format, drawn to pass the usual brand rules: text inside platform safe zones (5% margins; stories
 * keep 14% free at the top and 20% at the bottom), the scene confined to a photo box over a solid brand background,
 * and the logo in a corner with a quarter of its height of clear space around it.
 */
export const STANDARD_LAYOUTS: Record<FormatId, Layout> = {
  "1:1": {
    width: 1080,
    height: 1080,
    safeZone: box(54, 54, 972, 972),
    boxes: {
      photo: box(0, 0, 1080, 600),
      headline: box(60, 60, 960, 200),
      image: box(290, 250, 500, 420),
      talent: box(80, 430, 160, 160),
      body: box(60, 690, 960, 110),
      cta: box(60, 830, 420, 100),
      disclaimer: box(60, 950, 620, 70),
      logo: box(740, 910, 280, 100),
    },
    headlineMaxPx: 80,
    bodyMaxPx: 40,
    maxChars: { headline: 40, body: 125 },
  },
  "9:16": {
    width: 1080,
    height: 1920,
    safeZone: box(65, 269, 950, 1267),
    boxes: {
      photo: box(0, 0, 1080, 1000),
      headline: box(80, 290, 920, 260),
      image: box(190, 570, 700, 630),
      talent: box(80, 800, 190, 190),
      body: box(80, 1230, 920, 130),
      cta: box(80, 1390, 460, 120),
      disclaimer: box(560, 1390, 455, 120),
      logo: box(740, 1710, 280, 100),
    },
    headlineMaxPx: 96,
    bodyMaxPx: 44,
    maxChars: { headline: 25, body: 125 },
  },
  "1.91:1": {
    width: 1200,
    height: 628,
    safeZone: box(60, 32, 1080, 564),
    boxes: {
      photo: box(640, 0, 560, 490),
      image: box(700, 40, 440, 430),
      headline: box(60, 40, 540, 200),
      body: box(60, 255, 540, 110),
      cta: box(60, 380, 300, 84),
      disclaimer: box(60, 480, 540, 110),
      logo: box(900, 540, 240, 80),
    },
    headlineMaxPx: 60,
    bodyMaxPx: 32,
    maxChars: { headline: 40, body: 125 },
  },
  "4:5": {
    width: 1080,
    height: 1350,
    safeZone: box(54, 68, 972, 1214),
    boxes: {
      photo: box(0, 0, 1080, 760),
      headline: box(60, 80, 960, 220),
      image: box(260, 320, 560, 460),
      talent: box(80, 560, 180, 180),
      body: box(60, 820, 960, 120),
      cta: box(60, 970, 420, 110),
      disclaimer: box(60, 1110, 620, 100),
      logo: box(740, 1140, 280, 100),
    },
    headlineMaxPx: 84,
    bodyMaxPx: 42,
    maxChars: { headline: 40, body: 125 },
  },
};

/** A spec as a team writes it: without `layouts`, the house layouts for every format (what create_template does). */
export function withHouseLayouts<T extends object>(spec: T): T & { layouts: unknown } {
  return { layouts: STANDARD_LAYOUTS, ...spec };
}
