/**
 * Shared SVG plumbing for the dashboard charts: escaping, linear scales, "nice" axis ticks and the axis drawing itself.
 * Charts are plain strings so they render server-side with no client script; every label goes through `esc`.
 */

export function esc(value: unknown): string {
  return String(value ?? "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");
}

export interface Box {
  width: number;
  height: number;
  top: number;
  right: number;
  bottom: number;
  left: number;
}

export const DEFAULT_BOX: Box = { width: 640, height: 260, top: 16, right: 16, bottom: 44, left: 64 };

export const PALETTE = ["#2563eb", "#ea580c", "#16a34a", "#9333ea", "#dc2626", "#0891b2", "#ca8a04", "#db2777"];

export type Scale = ((v: number) => number) & { domain: [number, number] };

export function linearScale(domain: [number, number], range: [number, number]): Scale {
  const [d0, d1] = domain;
  const span = d1 - d0 || 1;
  const f = ((v: number) => range[0] + ((v - d0) / span) * (range[1] - range[0])) as Scale;
  f.domain = domain;
  return f;
}

/** Round tick values (1, 2, 5 × 10^k) covering [min, max]. */
export function niceTicks(min: number, max: number, count = 5): number[] {
  if (!Number.isFinite(min) || !Number.isFinite(max)) return [0];
  if (min === max) return [min];
  const raw = (max - min) / Math.max(1, count);
  const mag = 10 ** Math.floor(Math.log10(raw));
  const step = ([1, 2, 5, 10].find((m) => m * mag >= raw) ?? 10) * mag;
  const ticks: number[] = [];
  for (let v = Math.ceil(min / step) * step; v <= max + step * 1e-9; v += step) ticks.push(Number(v.toPrecision(12)));
  return ticks;
}

/** Widens a data range to round bounds so lines never touch the frame. */
export function niceDomain(values: number[], includeZero = true): [number, number] {
  const finite = values.filter(Number.isFinite);
  let min = finite.length ? Math.min(...finite) : 0;
  let max = finite.length ? Math.max(...finite) : 1;
  if (includeZero) min = Math.min(0, min);
  if (min === max) max = min + 1;
  const ticks = niceTicks(min, max);
  const step = ticks.length > 1 ? ticks[1]! - ticks[0]! : 1;
  return [Math.floor(min / step) * step, Math.ceil(max / step) * step];
}

export type Formatter = (v: number) => string;
export const fmtNumber: Formatter = (v) =>
  Math.abs(v) >= 1e6
    ? `${(v / 1e6).toFixed(1)}M`
    : Math.abs(v) >= 1e4
      ? `${(v / 1e3).toFixed(0)}k`
      : `${+v.toFixed(3)}`;
export const fmtPercent: Formatter = (v) => `${+(v * 100).toFixed(1)}%`;

/** Frame, gridlines, tick labels and axis titles. */
export function axes(
  box: Box,
  x: { ticks: { value: number; label: string }[]; scale: (v: number) => number; title?: string },
  y: { ticks: number[]; scale: (v: number) => number; format?: Formatter; title?: string },
): string {
  const x0 = box.left;
  const x1 = box.width - box.right;
  const y0 = box.height - box.bottom;
  const y1 = box.top;
  const fmt = y.format ?? fmtNumber;
  const parts: string[] = [];
  for (const t of y.ticks) {
    const py = y.scale(t).toFixed(1);
    parts.push(`<line x1="${x0}" x2="${x1}" y1="${py}" y2="${py}" class="grid" stroke="#e5e7eb"/>`);
    parts.push(`<text x="${x0 - 6}" y="${py}" dy="0.32em" text-anchor="end" class="tick">${esc(fmt(t))}</text>`);
  }
  for (const t of x.ticks) {
    const px = x.scale(t.value).toFixed(1);
    parts.push(`<line x1="${px}" x2="${px}" y1="${y0}" y2="${y0 + 4}" stroke="#6b7280"/>`);
    parts.push(`<text x="${px}" y="${y0 + 16}" text-anchor="middle" class="tick">${esc(t.label)}</text>`);
  }
  parts.push(`<line x1="${x0}" x2="${x1}" y1="${y0}" y2="${y0}" stroke="#6b7280"/>`);
  parts.push(`<line x1="${x0}" x2="${x0}" y1="${y0}" y2="${y1}" stroke="#6b7280"/>`);
  if (x.title)
    parts.push(
      `<text x="${(x0 + x1) / 2}" y="${box.height - 6}" text-anchor="middle" class="axis-title">${esc(x.title)}</text>`,
    );
  if (y.title)
    parts.push(
      `<text transform="translate(14 ${(y0 + y1) / 2}) rotate(-90)" text-anchor="middle" class="axis-title">${esc(y.title)}</text>`,
    );
  return parts.join("");
}

/** The outer <svg>: role=img with a <title> and <desc> so screen readers announce what the chart shows. */
export function svgFrame(box: Box, title: string, desc: string, body: string): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" class="chart" viewBox="0 0 ${box.width} ${box.height}" role="img" aria-label="${esc(title)}"><title>${esc(title)}</title><desc>${esc(desc)}</desc><style>.tick{font:11px system-ui,sans-serif;fill:#4b5563}.axis-title{font:12px system-ui,sans-serif;fill:#111827}.legend{font:12px system-ui,sans-serif;fill:#111827}</style>${body}</svg>`;
}

const LEGEND_ROW = 16;
const LEGEND_MAX_CHARS = 34;

/** Legend entries flow left to right and wrap onto new rows; long names are shortened (the full name is a tooltip). */
function legendItems(box: Box, names: string[]) {
  let x = box.left;
  let row = 0;
  return names.map((name) => {
    const label = name.length > LEGEND_MAX_CHARS ? `${name.slice(0, LEGEND_MAX_CHARS - 1)}…` : name;
    const width = 24 + label.length * 6.6;
    if (x > box.left && x + width > box.width - box.right) {
      row++;
      x = box.left;
    }
    const item = { name, label, x, row };
    x += width;
    return item;
  });
}

/** The box with room above the plot for however many legend rows `names` need (one row fits in the default top). */
export function withLegendSpace(box: Box, names: string[]): Box {
  const rows = names.length ? Math.max(...legendItems(box, names).map((i) => i.row)) + 1 : 1;
  const extra = (rows - 1) * LEGEND_ROW;
  return { ...box, top: box.top + extra, height: box.height + extra };
}

export function legend(box: Box, names: string[], colors: string[]): string {
  return legendItems(box, names)
    .map((item, i) => {
      const y = 2 + item.row * LEGEND_ROW;
      return `<g><title>${esc(item.name)}</title><rect x="${item.x.toFixed(1)}" y="${y}" width="10" height="10" fill="${colors[i % colors.length]}"/><text x="${(item.x + 14).toFixed(1)}" y="${y + 9}" class="legend">${esc(item.label)}</text></g>`;
    })
    .join("");
}

/** Ticks on whole UTC days (or hours for short spans) between two epoch-ms instants, never repeating a label. */
export function timeTicks(min: number, max: number, count = 5): number[] {
  const HOUR = 3_600_000;
  const span = Math.max(max - min, 1);
  const steps = [HOUR, 3 * HOUR, 6 * HOUR, 12 * HOUR, 24 * HOUR, 2 * 24 * HOUR, 7 * 24 * HOUR, 30 * 24 * HOUR];
  const step = steps.find((s) => span / s <= count) ?? steps[steps.length - 1]!;
  const ticks: number[] = [];
  for (let t = Math.ceil(min / step) * step; t <= max; t += step) ticks.push(t);
  return ticks.length ? ticks : [min];
}

/** "11-24" for day-aligned ticks, "11-24 06:00" otherwise. */
export const fmtTime: Formatter = (ms) => {
  const iso = new Date(ms).toISOString();
  return iso.slice(11, 16) === "00:00" ? iso.slice(5, 10) : `${iso.slice(5, 10)} ${iso.slice(11, 16)}`;
};

export function emptyChart(title: string, message: string, box: Box = { ...DEFAULT_BOX, height: 120 }): string {
  return svgFrame(
    box,
    title,
    message,
    `<rect x="0.5" y="0.5" width="${box.width - 1}" height="${box.height - 1}" fill="#f9fafb" stroke="#e5e7eb"/><text x="${box.width / 2}" y="${box.height / 2}" text-anchor="middle" class="axis-title">${esc(message)}</text>`,
  );
}
