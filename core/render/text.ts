/**
 * Text layers as SVG. librsvg (inside sharp) draws the glyphs; we only decide line breaks and font size, using an
 * average glyph width so layout needs no font metrics at run time. Sizes err wide so text stays inside its box.
 */
// Average advance per glyph in em (DejaVu Sans: ~0.63 bold, ~0.55 regular), rounded up so text never overflows.
const GLYPH_WIDTH = { bold: 0.64, normal: 0.56 } as const;
const LINE_HEIGHT = 1.18;

export function escapeXml(text: string): string {
  return text.replace(
    /[<>&"']/g,
    (c) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;", '"': "&quot;", "'": "&apos;" })[c]!,
  );
}

export type Weight = keyof typeof GLYPH_WIDTH;

export function wrapLines(text: string, maxWidth: number, fontPx: number, weight: Weight = "bold"): string[] {
  const perLine = Math.max(1, Math.floor(maxWidth / (fontPx * GLYPH_WIDTH[weight])));
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (candidate.length <= perLine || !line) line = candidate;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  return lines;
}

export interface FittedText {
  fontPx: number;
  lines: string[];
}

/** Largest font size (down to minPx) at which the wrapped text fits the box; the last line is cut with … if not. */
export function fitText(
  text: string,
  width: number,
  height: number,
  maxPx: number,
  weight: Weight = "bold",
  minPx = 12,
): FittedText {
  for (let px = maxPx; px >= minPx; px -= 2) {
    const lines = wrapLines(text, width, px, weight);
    const widest = Math.max(...lines.map((l) => l.length)) * px * GLYPH_WIDTH[weight];
    if (lines.length * px * LINE_HEIGHT <= height && widest <= width) return { fontPx: px, lines };
  }
  const lines = wrapLines(text, width, minPx, weight);
  const fit = Math.max(1, Math.floor(height / (minPx * LINE_HEIGHT)));
  const kept = lines.slice(0, fit);
  if (lines.length > fit) kept[fit - 1] = `${kept[fit - 1]!.replace(/\s*\S*$/, "")}…`;
  return { fontPx: minPx, lines: kept };
}

export interface TextBlock {
  text: string;
  width: number;
  height: number;
  maxPx: number;
  color: string;
  fontFamily: string;
  weight?: Weight;
  align?: "start" | "middle";
  /** Filled rounded rectangle behind the text (CTA buttons, headline panels). */
  fill?: { color: string; opacity?: number; radius?: number };
  padding?: number;
}

/** One text box as a standalone SVG of exactly width×height, vertically centred. */
export function textBlockSvg(block: TextBlock): Buffer {
  const pad = block.padding ?? 0;
  const fitted = fitText(
    block.text,
    block.width - 2 * pad,
    block.height - 2 * pad,
    block.maxPx,
    block.weight ?? "bold",
  );
  const lineH = fitted.fontPx * LINE_HEIGHT;
  const top = (block.height - fitted.lines.length * lineH) / 2 + fitted.fontPx * 0.92;
  const x = block.align === "middle" ? block.width / 2 : pad;
  const tspans = fitted.lines
    .map((l, i) => `<tspan x="${x}" y="${(top + i * lineH).toFixed(1)}">${escapeXml(l)}</tspan>`)
    .join("");
  const bg = block.fill
    ? `<rect width="${block.width}" height="${block.height}" rx="${block.fill.radius ?? 0}" fill="${block.fill.color}" fill-opacity="${block.fill.opacity ?? 1}"/>`
    : "";
  return Buffer.from(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${block.width}" height="${block.height}">${bg}` +
      `<text font-family="${escapeXml(block.fontFamily)}" font-size="${fitted.fontPx}" font-weight="${block.weight ?? "bold"}" fill="${block.color}" text-anchor="${block.align ?? "start"}">${tspans}</text></svg>`,
  );
}
