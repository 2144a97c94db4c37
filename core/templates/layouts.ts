import type { FormatId, Layout } from "./spec.ts";

const box = (x: number, y: number, width: number, height: number) => ({ x, y, width, height });

/**
 * House layouts per format. Safe zones keep copy clear of platform UI: stories (9:16) reserve ~250 px at the top and
 * ~340 px at the bottom for the profile bar and reply box.
 */
export const STANDARD_LAYOUTS: Record<FormatId, Layout> = {
  "1:1": {
    width: 1080,
    height: 1080,
    safeZone: box(54, 54, 972, 972),
    boxes: {
      headline: box(60, 60, 960, 230),
      image: box(250, 310, 580, 470),
      talent: box(60, 600, 180, 180),
      body: box(60, 800, 960, 96),
      cta: box(60, 920, 400, 100),
      logo: box(800, 925, 220, 90),
      disclaimer: box(60, 1034, 960, 38),
    },
    headlineMaxPx: 84,
    bodyMaxPx: 40,
  },
  "9:16": {
    width: 1080,
    height: 1920,
    safeZone: box(60, 250, 960, 1330),
    boxes: {
      headline: box(60, 260, 960, 330),
      image: box(140, 620, 800, 700),
      talent: box(840, 1130, 180, 180),
      body: box(60, 1340, 960, 120),
      cta: box(60, 1480, 480, 110),
      logo: box(780, 1485, 240, 100),
      disclaimer: box(60, 1600, 960, 44),
    },
    headlineMaxPx: 96,
    bodyMaxPx: 44,
  },
  "1.91:1": {
    width: 1200,
    height: 628,
    safeZone: box(30, 30, 1140, 568),
    boxes: {
      headline: box(40, 40, 620, 220),
      image: box(690, 40, 470, 470),
      body: box(40, 272, 620, 110),
      cta: box(40, 400, 320, 90),
      logo: box(420, 405, 230, 80),
      disclaimer: box(40, 552, 1120, 40),
    },
    headlineMaxPx: 64,
    bodyMaxPx: 32,
  },
  "4:5": {
    width: 1080,
    height: 1350,
    safeZone: box(54, 54, 972, 1242),
    boxes: {
      headline: box(60, 60, 960, 250),
      image: box(220, 340, 640, 560),
      talent: box(60, 740, 180, 180),
      body: box(60, 930, 960, 110),
      cta: box(60, 1070, 420, 110),
      logo: box(800, 1080, 220, 90),
      disclaimer: box(60, 1262, 960, 40),
    },
    headlineMaxPx: 88,
    bodyMaxPx: 42,
  },
};
