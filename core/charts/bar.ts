import {
  type Box,
  DEFAULT_BOX,
  emptyChart,
  esc,
  type Formatter,
  fmtNumber,
  linearScale,
  niceDomain,
  niceTicks,
  PALETTE,
  svgFrame,
} from "./svg.ts";

export interface Bar {
  label: string;
  value: number;
  color?: string;
}

export interface BarChartOptions {
  title: string;
  valueTitle?: string;
  format?: Formatter;
  box?: Partial<Box>;
}

/**
 * Horizontal bars: category labels on the left stay readable however long they are, and the value is printed at the
 * end of each bar so the chart reads at a glance.
 */
export function barChart(bars: Bar[], options: BarChartOptions): string {
  if (bars.length === 0) return emptyChart(options.title, "No data yet");
  const fmt = options.format ?? fmtNumber;
  const rowHeight = 26;
  const labelWidth = Math.min(220, 12 + Math.max(...bars.map((b) => b.label.length)) * 7);
  const box: Box = {
    ...DEFAULT_BOX,
    left: labelWidth,
    right: 80,
    top: 8,
    bottom: 36,
    ...options.box,
  };
  box.height = box.top + box.bottom + rowHeight * bars.length;
  const domain = niceDomain(bars.map((b) => b.value));
  const sx = linearScale(domain, [box.left, box.width - box.right]);
  const y0 = box.height - box.bottom;
  const parts: string[] = [];
  // Ticks whose labels would repeat (all-zero spend formatted as $0.00) are dropped: one label per value shown.
  const seen = new Set<string>();
  const ticks = niceTicks(domain[0], domain[1], 4).filter((t) => !seen.has(fmt(t)) && seen.add(fmt(t)));
  for (const t of ticks) {
    const px = sx(t).toFixed(1);
    parts.push(`<line x1="${px}" x2="${px}" y1="${box.top}" y2="${y0}" stroke="#e5e7eb"/>`);
    parts.push(`<text x="${px}" y="${y0 + 14}" text-anchor="middle" class="tick">${esc(fmt(t))}</text>`);
  }
  bars.forEach((b, i) => {
    const y = box.top + i * rowHeight + 4;
    const x0 = sx(Math.min(0, b.value));
    const w = Math.max(1, Math.abs(sx(b.value) - sx(0)));
    const label = b.label.length > 30 ? `${b.label.slice(0, 29)}…` : b.label;
    parts.push(
      `<text x="${box.left - 8}" y="${y + 9}" dy="0.32em" text-anchor="end" class="tick">${esc(label)}</text>`,
    );
    parts.push(
      `<rect x="${x0.toFixed(1)}" y="${y}" width="${w.toFixed(1)}" height="${rowHeight - 8}" fill="${b.color ?? PALETTE[0]}" rx="2"><title>${esc(`${b.label}: ${fmt(b.value)}`)}</title></rect>`,
    );
    parts.push(
      `<text x="${(x0 + w + 6).toFixed(1)}" y="${y + 9}" dy="0.32em" class="tick">${esc(fmt(b.value))}</text>`,
    );
  });
  parts.push(`<line x1="${box.left}" x2="${box.left}" y1="${box.top}" y2="${y0}" stroke="#6b7280"/>`);
  if (options.valueTitle)
    parts.push(
      `<text x="${(box.left + box.width - box.right) / 2}" y="${box.height - 4}" text-anchor="middle" class="axis-title">${esc(options.valueTitle)}</text>`,
    );
  return svgFrame(box, options.title, bars.map((b) => `${b.label}: ${fmt(b.value)}`).join("; "), parts.join(""));
}
