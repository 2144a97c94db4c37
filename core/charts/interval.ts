import { type Box, esc, type Formatter, fmtNumber, linearScale, niceTicks, PALETTE, svgFrame } from "./svg.ts";

export interface IntervalRow {
  label: string;
  mean: number;
  interval: [number, number];
  color?: string;
}

/**
 * A forest plot: one row per arm, a line for the 95% credible interval and a dot at the posterior mean. Works for any
 * metric (rates, dollars, seconds), so it stands in where a density curve does not apply.
 */
export function intervalChart(rows: IntervalRow[], options: { title: string; valueTitle: string; format?: Formatter }) {
  const fmt = options.format ?? fmtNumber;
  const rowHeight = 26;
  const labelWidth = Math.min(240, 12 + Math.max(0, ...rows.map((r) => Math.min(r.label.length, 34))) * 6.6);
  const box: Box = { width: 640, height: 0, top: 8, right: 24, bottom: 36, left: labelWidth };
  box.height = box.top + box.bottom + rowHeight * Math.max(rows.length, 1);
  const lo = Math.min(...rows.map((r) => r.interval[0]));
  const hi = Math.max(...rows.map((r) => r.interval[1]));
  const pad = (hi - lo) * 0.05 || Math.abs(hi) * 0.05 || 1;
  const sx = linearScale([lo - pad, hi + pad], [box.left, box.width - box.right]);
  const y0 = box.height - box.bottom;
  const parts: string[] = [];
  const seen = new Set<string>();
  for (const t of niceTicks(lo - pad, hi + pad, 5).filter((t) => !seen.has(fmt(t)) && seen.add(fmt(t)))) {
    const px = sx(t).toFixed(1);
    parts.push(`<line x1="${px}" x2="${px}" y1="${box.top}" y2="${y0}" stroke="#e5e7eb"/>`);
    parts.push(`<text x="${px}" y="${y0 + 14}" text-anchor="middle" class="tick">${esc(fmt(t))}</text>`);
  }
  rows.forEach((r, i) => {
    const y = box.top + i * rowHeight + rowHeight / 2;
    const color = r.color ?? PALETTE[i % PALETTE.length]!;
    const label = r.label.length > 34 ? `${r.label.slice(0, 33)}…` : r.label;
    const tip = `${r.label}: ${fmt(r.mean)} (95% CrI ${fmt(r.interval[0])}–${fmt(r.interval[1])})`;
    parts.push(`<text x="${box.left - 8}" y="${y}" dy="0.32em" text-anchor="end" class="tick">${esc(label)}</text>`);
    parts.push(
      `<g><title>${esc(tip)}</title><line x1="${sx(r.interval[0]).toFixed(1)}" x2="${sx(r.interval[1]).toFixed(1)}" y1="${y}" y2="${y}" stroke="${color}" stroke-width="3" stroke-linecap="round"/><circle cx="${sx(r.mean).toFixed(1)}" cy="${y}" r="5" fill="${color}" stroke="#fff"/></g>`,
    );
  });
  parts.push(`<line x1="${box.left}" x2="${box.width - box.right}" y1="${y0}" y2="${y0}" stroke="#6b7280"/>`);
  parts.push(
    `<text x="${(box.left + box.width - box.right) / 2}" y="${box.height - 4}" text-anchor="middle" class="axis-title">${esc(options.valueTitle)}</text>`,
  );
  const desc = rows.map((r) => `${r.label}: ${fmt(r.mean)} (${fmt(r.interval[0])}–${fmt(r.interval[1])})`).join("; ");
  return svgFrame(box, options.title, desc, parts.join(""));
}
