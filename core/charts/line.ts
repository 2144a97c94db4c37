import {
  axes,
  type Box,
  DEFAULT_BOX,
  emptyChart,
  esc,
  type Formatter,
  legend,
  linearScale,
  niceDomain,
  niceTicks,
  PALETTE,
  svgFrame,
  timeTicks,
  withLegendSpace,
} from "./svg.ts";

export interface LineSeries {
  name: string;
  points: { x: number; y: number }[];
  color?: string;
  /** Dashed lines mark thresholds and targets. */
  dashed?: boolean;
}

export interface LineChartOptions {
  title: string;
  xTitle?: string;
  yTitle?: string;
  yFormat?: Formatter;
  /** Labels x ticks (e.g. epoch ms → date). */
  xFormat?: Formatter;
  yDomain?: [number, number];
  /** x values are epoch ms: ticks fall on whole days/hours so labels never repeat. */
  xTime?: boolean;
  box?: Partial<Box>;
}

/** Multi-series line chart with point markers (each point has a hover <title>). */
export function lineChart(series: LineSeries[], options: LineChartOptions): string {
  const box = withLegendSpace(
    { ...DEFAULT_BOX, ...options.box },
    series.map((s) => s.name),
  );
  const all = series.flatMap((s) => s.points);
  if (all.length === 0) return emptyChart(options.title, "No data yet");
  const xs = all.map((p) => p.x);
  // A single x (one cycle so far) is centred in a window around it instead of pinned to the axis.
  const spread = Math.max(...xs) - Math.min(...xs);
  const pad = spread === 0 ? Math.max(1, Math.abs(xs[0]!) * 1e-6, 86_400_000 * (Math.abs(xs[0]!) > 1e11 ? 1 : 0)) : 0;
  const xMin = Math.min(...xs) - pad;
  const xMax = Math.max(...xs) + pad;
  const yDomain = options.yDomain ?? niceDomain(all.map((p) => p.y));
  const sx = linearScale([xMin, xMax], [box.left, box.width - box.right]);
  const sy = linearScale(yDomain, [box.height - box.bottom, box.top + 14]);
  const xFmt = options.xFormat ?? ((v: number) => `${+v.toFixed(2)}`);
  const xTicks = (options.xTime ? timeTicks(xMin, xMax, 5) : niceTicks(xMin, xMax, 5)).map((v) => ({
    value: v,
    label: xFmt(v),
  }));
  const colors = series.map((s, i) => s.color ?? PALETTE[i % PALETTE.length]!);
  const yFmt = options.yFormat ?? ((v: number) => `${+v.toFixed(3)}`);
  const paths = series
    .map((s, i) => {
      const pts = [...s.points].sort((a, b) => a.x - b.x);
      const d = pts.map((p, j) => `${j ? "L" : "M"}${sx(p.x).toFixed(1)},${sy(p.y).toFixed(1)}`).join("");
      const dots = pts
        .map(
          (p) =>
            `<circle cx="${sx(p.x).toFixed(1)}" cy="${sy(p.y).toFixed(1)}" r="3" fill="${colors[i]}"><title>${esc(`${s.name}: ${yFmt(p.y)} at ${xFmt(p.x)}`)}</title></circle>`,
        )
        .join("");
      return `<path d="${d}" fill="none" stroke="${colors[i]}" stroke-width="2"${s.dashed ? ' stroke-dasharray="6 4"' : ""}/>${s.dashed ? "" : dots}`;
    })
    .join("");
  const body =
    axes(
      box,
      { ticks: xTicks, scale: sx, ...(options.xTitle ? { title: options.xTitle } : {}) },
      {
        ticks: niceTicks(yDomain[0], yDomain[1], 5),
        scale: sy,
        ...(options.yFormat ? { format: options.yFormat } : {}),
        ...(options.yTitle ? { title: options.yTitle } : {}),
      },
    ) +
    paths +
    legend(
      box,
      series.map((s) => s.name),
      colors,
    );
  return svgFrame(box, options.title, `${series.length} series, ${all.length} points`, body);
}
