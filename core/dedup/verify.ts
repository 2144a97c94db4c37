import sharp from "sharp";
import { deltaE2000, type Lab } from "../brand/color.ts";
import { WinnowError } from "../errors.ts";

/**
 * The decision behind "these two files are the same picture". A hash only proposes candidates; this compares pixels:
 *
 * 1. Alignment. One image may be a crop of the other (up to ~24% trimmed per axis), so the smaller view is searched
 *    for inside the larger one — window size constrained by the two aspect ratios, coarse-to-fine on a 16×16 grey
 *    grid, scored by normalised cross-correlation (brightness/contrast changes do not move it).
 * 2. A global photometric fit that a re-export or a retouch can explain: lightness gain/offset, one chroma gain
 *    (saturation) and a small colour cast. The fit is robust (refit on inliers) and clamped to small changes, so a
 *    different colourway cannot be "explained" by it.
 * 3. Local differences, worst region decides (a changed headline or product covers a small share of the frame, so
 *    frame-wide averages would wash it out):
 *    - colour: CIELAB residual per pixel, tolerant to one pixel of misalignment, averaged over 8×8 blocks;
 *    - structure: per 12×12 block of a half-resolution view of each Lab channel (allowing a one-pixel shift), the
 *      texture the other image does not explain, sqrt((1 − r²)·σ²) in Lab units — new words, another pattern or logo score high,
 *      while blur, JPEG ringing and resampling keep r near 1.
 *    Structure and colour must both agree.
 * 4. The subject's colour: when everything above agrees, the mean colour of the subject (pixels far from the backdrop
 *    ring) is compared after the backdrop's own shift is taken away. A re-capture or retouch moves the whole frame;
 *    another colourway of the product moves the subject alone (dark vs medium roast beans, ΔE2000 ~3–9), which the
 *    local ΔE and the photometric fit let through because the fit can bend a two-colour picture onto itself.
 */

export const GRID = 128;
const BLOCK = 8;
const COARSE = 16;
/** The first scan of crop windows, and how many of its best go on to the coarse grid. */
const QUICK = 8;
const SHORTLIST = 6;
const FINE = 40;
/** Largest share of each axis a crop may trim (the labelled set crops 5–20%; a margin for rounding and resizes). */
const MAX_TRIM = 0.24;

export interface DedupPixels {
  /** Width / height of the original. */
  aspect: number;
  /** Pixels of detail along the shorter side of what was decoded (a small copy holds less than the grid). */
  detail: number;
  /** Integral images (GRID+1)² of the GRID×GRID CIELAB planes (frame stretched to square): any window's area average. */
  integral: [Float64Array, Float64Array, Float64Array];
}

export interface Verdict {
  duplicate: boolean;
  /** Normalised cross-correlation of lightness after alignment, -1..1. */
  structure: number;
  /** ΔE of the worst block after the allowed global correction: the local colour difference. */
  worstDeltaE: number;
  /** Lightness texture (L units) of the worst block that the other image does not explain: the local shape difference. */
  worstTexture: number;
  /** Mean ΔE before correction: how far the colours moved overall. */
  shiftDeltaE: number;
  /** ΔE2000 of the subject's mean colour after the backdrop's shift is taken away (measured when all else agrees). */
  subjectDeltaE?: number;
  /** Share of the frame counted as the subject. */
  subjectShare?: number;
  /** ΔE2000 of the backdrop's mean colour (the ring along the edges). */
  backdropDeltaE?: number;
  /** Set when one image is a crop of the other: the kept window inside the larger image (0..1 units). */
  crop?: { of: "a" | "b"; x: number; y: number; width: number; height: number };
  reason: string;
}

/** Thresholds, tuned on one seed of bench/dedup-set.ts and checked on another (bench:dedup). */
export const VERIFY_LIMITS = {
  minStructure: 0.9,
  maxWorstDeltaE: 14,
  maxWorstTexture: 3.6,
  maxShiftDeltaE: 14,
  /**
   * Another colourway: the subject moved by at least minSubjectDeltaE (ΔE2000, after the backdrop's white-balance and
   * exposure gains are applied to it) and by at least minSubjectToBackdrop times what the backdrop moved, on at least
   * minSubjectShare of the frame. Set from the outside colourway pairs (bench/dedup-colourways: the closest distinct
   * pair measures 2.9, one colourway under its largest capture variation 1.9; a colourway against another's
   * re-captured shot moves the subject ≥ 2.1× the backdrop) and the labelled set's retouches (tuning seeds 5 and 17):
   * a hue or saturation retouch of a saturated product on a pale backdrop moves the subject 2.1–3.9× the backdrop, so
   * a few strong retouches of that kind are now kept apart — the price of keeping colourways apart.
   */
  minSubjectDeltaE: 2.4,
  minSubjectToBackdrop: 2,
  minSubjectShare: 0.02,
};
/** ΔE (CIELAB) from the backdrop's median colour beyond which a pixel belongs to the subject. */
const SUBJECT_DISTANCE = 15;

/** Decodes image bytes (a thumbnail is plenty) into the comparison view; the aspect ratio defaults to the bytes'. */
export async function dedupPixels(bytes: Buffer, aspect?: number): Promise<DedupPixels> {
  let raw: Buffer;
  let detail = GRID;
  try {
    const meta = await sharp(bytes).metadata();
    const width = meta.autoOrient?.width ?? meta.width ?? GRID;
    const height = meta.autoOrient?.height ?? meta.height ?? GRID;
    detail = Math.min(width, height);
    aspect ??= width / height;
    raw = await sharp(bytes, { failOn: "truncated" })
      .rotate()
      .resize(GRID, GRID, { fit: "fill" })
      .removeAlpha()
      .toColourspace("srgb")
      .raw()
      .toBuffer();
  } catch (error) {
    const message = error instanceof Error ? error.message.split("\n")[0] : String(error);
    throw new WinnowError("invalid_input", `image could not be decoded for duplicate checks (${message}).`, {
      field: "file",
    });
  }
  return pixelsOf(raw, aspect ?? 1, detail);
}

const LINEAR = Float64Array.from({ length: 256 }, (_, i) => {
  const v = i / 255;
  return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
});
const f = (t: number) => (t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16 / 116);

/** Pure: GRID×GRID raw sRGB → Lab planes + integral images. */
export function pixelsOf(raw: Uint8Array, aspect: number, detail = GRID): DedupPixels {
  const n = GRID * GRID;
  const L = new Float32Array(n);
  const A = new Float32Array(n);
  const B = new Float32Array(n);
  for (let p = 0; p < n; p++) {
    const r = LINEAR[raw[p * 3]!]!;
    const g = LINEAR[raw[p * 3 + 1]!]!;
    const b = LINEAR[raw[p * 3 + 2]!]!;
    const fx = f((r * 0.4124 + g * 0.3576 + b * 0.1805) / 0.95047);
    const fy = f(r * 0.2126 + g * 0.7152 + b * 0.0722);
    const fz = f((r * 0.0193 + g * 0.1192 + b * 0.9505) / 1.08883);
    L[p] = 116 * fy - 16;
    A[p] = 500 * (fx - fy);
    B[p] = 200 * (fy - fz);
  }
  return {
    aspect: aspect > 0 ? aspect : 1,
    detail,
    integral: [integralOf(L), integralOf(A), integralOf(B)],
  };
}

function integralOf(plane: Float32Array): Float64Array {
  const s = GRID + 1;
  const out = new Float64Array(s * s);
  for (let y = 0; y < GRID; y++) {
    let row = 0;
    for (let x = 0; x < GRID; x++) {
      row += plane[y * GRID + x]!;
      out[(y + 1) * s + x + 1] = out[y * s + x + 1]! + row;
    }
  }
  return out;
}

interface Window {
  x: number;
  y: number;
  w: number;
  h: number;
}

/**
 * One plane's window resampled to size×size by exact area averages: the integral image is read once per cell corner
 * (shared by four cells), bilinear between grid points so fractional windows are exact.
 */
function resample(I: Float64Array, win: Window, size: number, out: Float32Array): Float32Array {
  const s = GRID + 1;
  const edges = size + 1;
  const xi = new Int32Array(edges);
  const xf = new Float64Array(edges);
  const yi = new Int32Array(edges);
  const yf = new Float64Array(edges);
  for (let k = 0; k < edges; k++) {
    const x = Math.min(GRID, (win.x + (win.w * k) / size) * GRID);
    const y = Math.min(GRID, (win.y + (win.h * k) / size) * GRID);
    xi[k] = Math.min(GRID - 1, Math.floor(x));
    xf[k] = x - xi[k]!;
    yi[k] = Math.min(GRID - 1, Math.floor(y));
    yf[k] = y - yi[k]!;
  }
  const corner = new Float64Array(edges * edges);
  for (let j = 0; j < edges; j++) {
    const row = yi[j]! * s;
    const fy = yf[j]!;
    for (let k = 0; k < edges; k++) {
      const i = row + xi[k]!;
      const fx = xf[k]!;
      const top = I[i]! + (I[i + 1]! - I[i]!) * fx;
      const bottom = I[i + s]! + (I[i + s + 1]! - I[i + s]!) * fx;
      corner[j * edges + k] = top + (bottom - top) * fy;
    }
  }
  const area = ((win.w * GRID) / size) * ((win.h * GRID) / size);
  for (let j = 0; j < size; j++)
    for (let i = 0; i < size; i++) {
      const c = j * edges + i;
      out[j * size + i] = (corner[c + edges + 1]! - corner[c + 1]! - corner[c + edges]! + corner[c]!) / area;
    }
  return out;
}

function ncc(x: Float32Array, y: Float32Array): number {
  const n = x.length;
  let mx = 0;
  let my = 0;
  for (let i = 0; i < n; i++) {
    mx += x[i]!;
    my += y[i]!;
  }
  mx /= n;
  my /= n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    const dx = x[i]! - mx;
    const dy = y[i]! - my;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  // Two flat images (a plain backdrop) correlate perfectly; one flat and one not do not.
  if (sxx < 1e-6 && syy < 1e-6) return 1;
  if (sxx < 1e-6 || syy < 1e-6) return 0;
  return sxy / Math.sqrt(sxx * syy);
}

/**
 * Where `small` sits inside `large` (small = a crop of large, possibly resized): the best window by NCC on a coarse
 * grid, refined in 1% steps. Window width/height follow from the aspect ratios.
 */
interface Alignment {
  win: Window;
  score: number;
  ratio: number;
}

/** NCC of a window of `large` against all of `small` on a size×size lightness grid (targets cached per size). */
function scorer(large: DedupPixels, small: DedupPixels) {
  const targets = new Map<number, { target: Float32Array; buffer: Float32Array }>();
  return (win: Window, size: number) => {
    let t = targets.get(size);
    if (!t) {
      t = {
        target: resample(small.integral[0], { x: 0, y: 0, w: 1, h: 1 }, size, new Float32Array(size * size)),
        buffer: new Float32Array(size * size),
      };
      targets.set(size, t);
    }
    return ncc(resample(large.integral[0], win, size, t.buffer), t.target);
  };
}

/** The window moved inside the frame, or undefined when its size is out of the crop range. */
function inFrame(win: Window): Window | undefined {
  const { w, h } = win;
  if (w < 1 - MAX_TRIM - 1e-9 || w > 1 + 1e-9 || h < 1 - MAX_TRIM - 1e-9 || h > 1 + 1e-9) return undefined;
  return { x: clamp(win.x, 0, 1 - w), y: clamp(win.y, 0, 1 - h), w, h };
}

function tryWindow(best: Alignment, win: Window, score: (w: Window) => number): void {
  const at = inFrame(win);
  if (!at) return;
  const s = score(at);
  if (s > best.score) {
    best.win = at;
    best.score = s;
  }
}

/**
 * Where `small` sits inside `large` (small = a crop of large, possibly resized), on the coarse grid: window size from
 * the aspect ratios (h = w · ratio), position and size in 4% then 2% and 1% steps.
 */
function align(large: DedupPixels, small: DedupPixels): Alignment {
  const ratio = large.aspect / small.aspect;
  const score = scorer(large, small);
  const coarse = (win: Window) => score(win, COARSE);
  const best: Alignment = { win: { x: 0, y: 0, w: 1, h: 1 }, score: -2, ratio };
  // A window as large as the aspect ratios allow (no crop when they are equal) is the likeliest answer.
  const widest = Math.min(1, 1 / ratio);
  tryWindow(best, { x: (1 - widest) / 2, y: (1 - widest * ratio) / 2, w: widest, h: widest * ratio }, coarse);
  if (best.score > 0.995 && Math.abs(ratio - 1) < 0.01) return best;
  const steps = (lo: number, hi: number, step: number) => {
    const out: number[] = [];
    for (let v = lo; v < hi - 1e-9; v += step) out.push(v);
    out.push(hi);
    return out;
  };
  // Every window on the 4% grid is scored on a cheap 8×8 grid; only the few best are scored on the coarse grid (the
  // full scan on the coarse grid was most of a comparison's cost, and look-alike libraries make many comparisons).
  const shortlist: { win: Window; s: number }[] = [];
  for (const w of steps(1 - MAX_TRIM, widest, 0.04))
    for (const x of steps(0, 1 - w, 0.04))
      for (const y of steps(0, Math.max(0, 1 - w * ratio), 0.04)) {
        const at = inFrame({ x, y, w, h: w * ratio });
        if (!at) continue;
        const s = score(at, QUICK);
        if (shortlist.length < SHORTLIST || s > shortlist[shortlist.length - 1]!.s) {
          shortlist.push({ win: at, s });
          shortlist.sort((p, q) => q.s - p.s);
          if (shortlist.length > SHORTLIST) shortlist.pop();
        }
      }
  for (const c of shortlist) tryWindow(best, c.win, coarse);
  for (const step of [0.02, 0.01]) {
    const c = best.win;
    for (const dw of [-step, 0, step])
      for (const dx of [-step, 0, step])
        for (const dy of [-step, 0, step])
          tryWindow(best, { x: c.x + dx, y: c.y + dy, w: c.w + dw, h: (c.w + dw) * ratio }, coarse);
  }
  return best;
}

/**
 * Hill-climbs the window on finer grids (24 then 40 cells, steps 1% down to 0.2%), position and size together, width
 * and height separately (a resize rounds each side on its own), until no neighbour scores better.
 */
function refine(large: DedupPixels, small: DedupPixels, coarse: Alignment): Alignment {
  if (coarse.win.w > 0.999 && coarse.win.h > 0.999 && coarse.score > 0.995) return coarse;
  const score = scorer(large, small);
  let best: Alignment = coarse;
  for (const [size, step, rounds, sides] of [
    [24, 0.01, 4, false],
    [FINE, 0.004, 3, false],
    [FINE, 0.002, 2, true],
  ] as const) {
    const at = (w: Window) => score(w, size);
    best = { ...best, score: at(best.win) };
    for (let round = 0; round < rounds; round++) {
      const before = best.score;
      const c = best.win;
      for (const dx of [-step, 0, step])
        for (const dy of [-step, 0, step])
          for (const ds of [-step, 0, step])
            tryWindow(best, { x: c.x + dx, y: c.y + dy, w: c.w + ds, h: c.h + ds * coarse.ratio }, at);
      if (sides) {
        const d = best.win;
        for (const dw of [-step, 0, step])
          for (const dh of [-step, 0, step]) tryWindow(best, { x: d.x, y: d.y, w: d.w + dw, h: d.h + dh }, at);
      }
      if (best.score <= before) break;
    }
  }
  return best;
}

function clamp(v: number, lo: number, hi: number) {
  return Math.min(hi, Math.max(lo, v));
}

/** Compares two decoded images; symmetric up to which one is the crop. */
export function compareImages(a: DedupPixels, b: DedupPixels): Verdict {
  const whole = { x: 0, y: 0, w: 1, h: 1 };
  // Same frame shape: most candidates are re-exports or look-alikes on the same layout. Compare as they are first;
  // only a poor fit of the whole frame (a centred crop keeps the aspect ratio) is worth the crop search.
  if (Math.abs(a.aspect / b.aspect - 1) < 0.015) {
    const direct = compareAt(a, b, whole, true);
    // A colour difference on a frame that lines up as it is: another colourway, not a misaligned copy.
    if (direct.duplicate || (direct.structure >= 0.985 && direct.worstTexture <= VERIFY_LIMITS.maxWorstTexture))
      return direct;
  }
  const ratio = a.aspect / b.aspect;
  if (ratio > 1 / (1 - MAX_TRIM) || ratio < 1 - MAX_TRIM)
    return {
      duplicate: false,
      structure: 0,
      worstDeltaE: 0,
      worstTexture: 0,
      shiftDeltaE: 0,
      reason: `frame shapes differ (aspect ${round(a.aspect, 2)} vs ${round(b.aspect, 2)}: not even a crop)`,
    };
  // Either may be the crop of the other: search both ways on the coarse grid, refine only the better one.
  const ab = align(a, b);
  const ba = align(b, a);
  const aIsLarge = ab.score >= ba.score;
  const coarse = Math.max(ab.score, ba.score);
  // Nothing lines up even roughly: a different picture, no need for the fine comparison.
  if (coarse < VERIFY_LIMITS.minStructure - 0.15)
    return {
      duplicate: false,
      structure: round(coarse, 4),
      worstDeltaE: 0,
      worstTexture: 0,
      shiftDeltaE: 0,
      reason: `layout differs (structure ${round(coarse, 4)} < ${VERIFY_LIMITS.minStructure})`,
    };
  const large = aIsLarge ? a : b;
  const small = aIsLarge ? b : a;
  const { win } = refine(large, small, aIsLarge ? ab : ba);
  return compareAt(large, small, win, aIsLarge);
}

/** The fine comparison of `small` against the window `win` of `large`. */
function compareAt(large: DedupPixels, small: DedupPixels, win: Window, aIsLarge: boolean): Verdict {
  // Compared at the detail both really have: an 80% window of the large image holds 80% of its pixels, and a small
  // copy (a 25% resize) holds fewer pixels than the grid.
  const detail = Math.min(GRID * Math.min(win.w, win.h), large.detail * Math.min(win.w, win.h), small.detail);
  const size = Math.max(BLOCK * 4, Math.floor(detail / BLOCK) * BLOCK);
  const n = size * size;
  const full = { x: 0, y: 0, w: 1, h: 1 };
  const L1 = resample(large.integral[0], win, size, new Float32Array(n));
  const A1 = resample(large.integral[1], win, size, new Float32Array(n));
  const B1 = resample(large.integral[2], win, size, new Float32Array(n));
  const L2 = resample(small.integral[0], full, size, new Float32Array(n));
  const A2 = resample(small.integral[1], full, size, new Float32Array(n));
  const B2 = resample(small.integral[2], full, size, new Float32Array(n));
  const structure = ncc(L1, L2);

  let shift = 0;
  for (let p = 0; p < n; p++) {
    const dl = L1[p]! - L2[p]!;
    const da = A1[p]! - A2[p]!;
    const db = B1[p]! - B2[p]!;
    shift += Math.sqrt(dl * dl + da * da + db * db);
  }
  const shiftDeltaE = shift / n;

  const fit = photometricFit(L1, A1, B1, L2, A2, B2);
  // Residual per pixel, each pixel of the small view matched to its best neighbour within one pixel in the large.
  const residual = new Float32Array(n);
  const cL = new Float32Array(n);
  const cA = new Float32Array(n);
  const cB = new Float32Array(n);
  for (let p = 0; p < n; p++) {
    cL[p] = fit.alpha * L1[p]! + fit.beta;
    cA[p] = fit.gamma * A1[p]! + fit.da;
    cB[p] = fit.gamma * B1[p]! + fit.db;
  }
  for (let y = 0; y < size; y++)
    for (let x = 0; x < size; x++) {
      const p = y * size + x;
      let bestR = Number.POSITIVE_INFINITY;
      for (let dy = -1; dy <= 1; dy++) {
        const yy = y + dy;
        if (yy < 0 || yy >= size) continue;
        for (let dx = -1; dx <= 1; dx++) {
          const xx = x + dx;
          if (xx < 0 || xx >= size) continue;
          const q = yy * size + xx;
          const dl = cL[q]! - L2[p]!;
          const da = cA[q]! - A2[p]!;
          const db = cB[q]! - B2[p]!;
          const r = dl * dl + da * da + db * db;
          if (r < bestR) bestR = r;
        }
      }
      residual[p] = Math.sqrt(bestR);
    }
  let worst = 0;
  for (let by = 0; by < size; by += BLOCK)
    for (let bx = 0; bx < size; bx += BLOCK) {
      let sum = 0;
      for (let y = by; y < by + BLOCK; y++) for (let x = bx; x < bx + BLOCK; x++) sum += residual[y * size + x]!;
      worst = Math.max(worst, sum / (BLOCK * BLOCK));
    }

  // Per channel: white text on a pale green panel differs little in lightness but a lot in a*.
  const worstTexture = textureDifference(cL, L2, size);
  const cropped = win.w < 0.985 || win.h < 0.985;
  const verdict: Verdict = {
    duplicate: false,
    structure: round(structure, 4),
    worstDeltaE: round(worst, 1),
    worstTexture: round(worstTexture, 1),
    shiftDeltaE: round(shiftDeltaE, 1),
    ...(cropped
      ? {
          crop: {
            of: aIsLarge ? "a" : "b",
            x: round(win.x, 3),
            y: round(win.y, 3),
            width: round(win.w, 3),
            height: round(win.h, 3),
          },
        }
      : {}),
    reason: "",
  };
  const { minStructure, maxWorstDeltaE, maxWorstTexture, maxShiftDeltaE } = VERIFY_LIMITS;
  if (structure < minStructure) verdict.reason = `layout differs (structure ${verdict.structure} < ${minStructure})`;
  else if (shiftDeltaE > maxShiftDeltaE)
    verdict.reason = `colours differ overall (mean ΔE ${verdict.shiftDeltaE} > ${maxShiftDeltaE})`;
  else if (worst > maxWorstDeltaE)
    verdict.reason = `a region's colour differs (ΔE ${verdict.worstDeltaE} > ${maxWorstDeltaE}: another colourway or product)`;
  else if (worstTexture > maxWorstTexture)
    verdict.reason = `a region's detail differs (${verdict.worstTexture} > ${maxWorstTexture}: other text, pattern or product)`;
  else if (isOtherColourway(verdict, [L1, A1, B1], [L2, A2, B2], size)) {
    verdict.reason = `the subject's colour differs (ΔE2000 ${verdict.subjectDeltaE} on ${Math.round(verdict.subjectShare! * 100)}% of the frame, far more than the backdrop moved: another colourway)`;
  } else {
    verdict.duplicate = true;
    verdict.reason = cropped
      ? `same picture, cropped to ${Math.round(win.w * 100)}%×${Math.round(win.h * 100)}% of the larger frame`
      : "same picture";
  }
  return verdict;
}

/** Measures the subject's shift into the verdict and says whether it is another colourway. */
function isOtherColourway(
  verdict: Verdict,
  large: [Float32Array, Float32Array, Float32Array],
  small: [Float32Array, Float32Array, Float32Array],
  size: number,
): boolean {
  const shift = subjectShift(large, small, size);
  verdict.subjectDeltaE = round(shift.deltaE, 2);
  verdict.subjectShare = round(shift.share, 3);
  verdict.backdropDeltaE = round(shift.backdropDeltaE, 2);
  const { minSubjectDeltaE, minSubjectToBackdrop, minSubjectShare } = VERIFY_LIMITS;
  return (
    shift.share >= minSubjectShare &&
    shift.deltaE >= minSubjectDeltaE &&
    shift.deltaE >= minSubjectToBackdrop * shift.backdropDeltaE
  );
}

/**
 * Lightness gain/offset and one chroma gain plus a cast, fitted by least squares and refitted on the pixels that fit
 * (a changed region must not bend the correction). Clamped to what a re-export or light retouch does.
 */
function photometricFit(
  L1: Float32Array,
  A1: Float32Array,
  B1: Float32Array,
  L2: Float32Array,
  A2: Float32Array,
  B2: Float32Array,
) {
  const n = L1.length;
  const use = new Uint8Array(n).fill(1);
  let fit = { alpha: 1, beta: 0, gamma: 1, da: 0, db: 0 };
  for (let round = 0; round < 2; round++) {
    let c = 0;
    let sx = 0;
    let sy = 0;
    let sxx = 0;
    let sxy = 0;
    let ma1 = 0;
    let mb1 = 0;
    let ma2 = 0;
    let mb2 = 0;
    for (let p = 0; p < n; p++) {
      if (!use[p]) continue;
      c++;
      sx += L1[p]!;
      sy += L2[p]!;
      sxx += L1[p]! * L1[p]!;
      sxy += L1[p]! * L2[p]!;
      ma1 += A1[p]!;
      mb1 += B1[p]!;
      ma2 += A2[p]!;
      mb2 += B2[p]!;
    }
    if (c < n * 0.2) break;
    const varL = sxx - (sx * sx) / c;
    const alpha = clamp(varL > 1e-6 ? (sxy - (sx * sy) / c) / varL : 1, 0.75, 1.33);
    const beta = clamp((sy - alpha * sx) / c, -20, 20);
    ma1 /= c;
    mb1 /= c;
    ma2 /= c;
    mb2 /= c;
    let num = 0;
    let den = 0;
    for (let p = 0; p < n; p++) {
      if (!use[p]) continue;
      num += (A1[p]! - ma1) * (A2[p]! - ma2) + (B1[p]! - mb1) * (B2[p]! - mb2);
      den += (A1[p]! - ma1) ** 2 + (B1[p]! - mb1) ** 2;
    }
    const gamma = clamp(den > 1e-6 ? num / den : 1, 0.7, 1.4);
    fit = { alpha, beta, gamma, da: clamp(ma2 - gamma * ma1, -10, 10), db: clamp(mb2 - gamma * mb1, -10, 10) };
    // Inliers for the refit: pixels the first fit explains to within ΔE 12.
    for (let p = 0; p < n; p++) {
      const dl = fit.alpha * L1[p]! + fit.beta - L2[p]!;
      const da = fit.gamma * A1[p]! + fit.da - A2[p]!;
      const db = fit.gamma * B1[p]! + fit.db - B2[p]!;
      use[p] = dl * dl + da * da + db * db < 144 ? 1 : 0;
    }
  }
  return fit;
}

const round = (v: number, digits: number) => Math.round(v * 10 ** digits) / 10 ** digits;

/**
 * Worst 12×12 block (stride 6) of the half-resolution lightness views: the texture of one image that the other does not
 * explain, sqrt((1 − r²)·min(σ₁², σ₂²)), at the best of nine one-pixel shifts. Flat blocks score 0.
 */
function textureDifference(L1: Float32Array, L2: Float32Array, size: number): number {
  const half = size / 2;
  const h1 = new Float32Array(half * half);
  const h2 = new Float32Array(half * half);
  for (let y = 0; y < half; y++)
    for (let x = 0; x < half; x++) {
      const p = 2 * y * size + 2 * x;
      h1[y * half + x] = (L1[p]! + L1[p + 1]! + L1[p + size]! + L1[p + size + 1]!) / 4;
      h2[y * half + x] = (L2[p]! + L2[p + 1]! + L2[p + size]! + L2[p + size + 1]!) / 4;
    }
  const S = 12;
  const block1 = new Float32Array(S * S);
  const block2 = new Float32Array(S * S);
  let worst = 0;
  for (let by = 1; by + S <= half - 1; by += S / 2)
    for (let bx = 1; bx + S <= half - 1; bx += S / 2) {
      for (let y = 0; y < S; y++) for (let x = 0; x < S; x++) block2[y * S + x] = h2[(by + y) * half + bx + x]!;
      const s2 = std(block2);
      if (s2 < 2) continue;
      let best = Number.POSITIVE_INFINITY;
      for (let oy = -1; oy <= 1 && best > 0; oy++)
        for (let ox = -1; ox <= 1; ox++) {
          for (let y = 0; y < S; y++)
            for (let x = 0; x < S; x++) block1[y * S + x] = h1[(by + y + oy) * half + bx + x + ox]!;
          const s1 = std(block1);
          if (s1 < 2) {
            best = 0;
            break;
          }
          const r = clamp(ncc(block1, block2), 0, 1);
          best = Math.min(best, Math.sqrt(1 - r * r) * Math.min(s1, s2));
        }
      worst = Math.max(worst, best);
    }
  return worst;
}

function std(x: Float32Array) {
  const n = x.length;
  let sum = 0;
  let sq = 0;
  for (let i = 0; i < n; i++) {
    sum += x[i]!;
    sq += x[i]! * x[i]!;
  }
  const m = sum / n;
  return Math.sqrt(Math.max(0, sq / n - m * m));
}

/** Lab means of a set of pixels. */
function meanLab(L: Float32Array, A: Float32Array, B: Float32Array, pixels: number[]): Lab {
  const out = { L: 0, a: 0, b: 0 };
  for (const p of pixels) {
    out.L += L[p]!;
    out.a += A[p]!;
    out.b += B[p]!;
  }
  const n = pixels.length || 1;
  return { L: out.L / n, a: out.a / n, b: out.b / n };
}

/**
 * How the subject's colour moved relative to the backdrop. The backdrop is the ring along the frame's edges; the
 * subject is every pixel far (ΔE > SUBJECT_DISTANCE) from the ring's median colour in both images. A re-capture or
 * retouch moves the whole frame, so its shift is measured after taking away the backdrop's own shift; another
 * colourway shot on the same set moves the subject alone. Signed means over many pixels, so noise cancels.
 */
export function subjectShift(
  large: [Float32Array, Float32Array, Float32Array],
  small: [Float32Array, Float32Array, Float32Array],
  size: number,
): { share: number; deltaE: number; backdropDeltaE: number } {
  const [L1, A1, B1] = large;
  const [L2, A2, B2] = small;
  const ringWidth = Math.max(2, Math.round(size * 0.06));
  const ring: number[] = [];
  for (let y = 0; y < size; y++)
    for (let x = 0; x < size; x++)
      if (x < ringWidth || x >= size - ringWidth || y < ringWidth || y >= size - ringWidth) ring.push(y * size + x);
  const median = (plane: Float32Array) => {
    const v = ring.map((p) => plane[p]!).sort((a, b) => a - b);
    return v[Math.floor(v.length / 2)]!;
  };
  const backdrop = { L: median(L2), a: median(A2), b: median(B2) };
  const far = (L: number, a: number, b: number) =>
    Math.hypot(L - backdrop.L, a - backdrop.a, b - backdrop.b) > SUBJECT_DISTANCE;
  const subject: number[] = [];
  for (let p = 0; p < size * size; p++) if (far(L2[p]!, A2[p]!, B2[p]!) && far(L1[p]!, A1[p]!, B1[p]!)) subject.push(p);
  const ringLarge = meanLab(L1, A1, B1, ring);
  const ringSmall = meanLab(L2, A2, B2, ring);
  const subjectLarge = meanLab(L1, A1, B1, subject);
  const subjectSmall = meanLab(L2, A2, B2, subject);
  // A re-capture scales each linear-light channel (white balance, exposure): the backdrop's gains predict the subject.
  const [r1, g1, b1] = linearRgb(ringLarge);
  const [r2, g2, b2] = linearRgb(ringSmall);
  const [sr, sg, sb] = linearRgb(subjectLarge);
  const gain = (to: number, from: number) => (from > 1e-4 ? to / from : 1);
  const predicted = labOfLinear([sr * gain(r2, r1), sg * gain(g2, g1), sb * gain(b2, b1)]);
  return {
    share: subject.length / (size * size),
    deltaE: deltaE2000(predicted, subjectSmall),
    backdropDeltaE: deltaE2000(ringLarge, ringSmall),
  };
}

const WHITE = [0.95047, 1, 1.08883] as const;

/** CIELAB (D65) → linear sRGB. */
function linearRgb({ L, a, b }: Lab): [number, number, number] {
  const fy = (L + 16) / 116;
  const inv = (t: number) => (t > 6 / 29 ? t ** 3 : 3 * (6 / 29) ** 2 * (t - 4 / 29));
  const X = WHITE[0] * inv(fy + a / 500);
  const Y = WHITE[1] * inv(fy);
  const Z = WHITE[2] * inv(fy - b / 200);
  return [
    3.2406 * X - 1.5372 * Y - 0.4986 * Z,
    -0.9689 * X + 1.8758 * Y + 0.0415 * Z,
    0.0557 * X - 0.204 * Y + 1.057 * Z,
  ];
}

/** Linear sRGB → CIELAB (D65), as pixelsOf computes it. */
function labOfLinear([r, g, b]: [number, number, number]): Lab {
  const fx = f((r * 0.4124 + g * 0.3576 + b * 0.1805) / WHITE[0]);
  const fy = f(r * 0.2126 + g * 0.7152 + b * 0.0722);
  const fz = f((r * 0.0193 + g * 0.1192 + b * 0.9505) / WHITE[2]);
  return { L: 116 * fy - 16, a: 500 * (fx - fy), b: 200 * (fy - fz) };
}
