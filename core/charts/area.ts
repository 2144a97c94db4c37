import {
  axes,
  type Box,
  DEFAULT_BOX,
  emptyChart,
  esc,
  fmtPercent,
  fmtTime,
  legend,
  linearScale,
  PALETTE,
  svgFrame,
  timeTicks,
  withLegendSpace,
} from "./svg.ts";

export interface AllocationSnapshot {
  /** epoch ms */
  at: number;
  shares: Record<string, number>;
}

/**
 * Allocation over time as a 100% stacked area: each band is one arm's share of traffic at each recomputation.
 * Shares are normalised per snapshot so rounding in stored rows never leaves a gap.
 */
export function stackedAreaChart(
  snapshots: AllocationSnapshot[],
  options: {
    title: string;
    names?: Record<string, string>;
    /** Arm keys in display order (so colours match the other charts on the page); default: sorted keys. */
    order?: string[];
    xFormat?: (ms: number) => string;
    box?: Partial<Box>;
  },
): string {
  if (snapshots.length === 0) return emptyChart(options.title, "No allocations recorded yet");
  const seen = [...new Set(snapshots.flatMap((s) => Object.keys(s.shares)))].sort();
  const keys = options.order
    ? [...options.order.filter((k) => seen.includes(k)), ...seen.filter((k) => !options.order!.includes(k))]
    : seen;
  const box = withLegendSpace(
    { ...DEFAULT_BOX, ...options.box },
    keys.map((k) => options.names?.[k] ?? k),
  );
  const sorted = [...snapshots].sort((a, b) => a.at - b.at);
  // One snapshot still draws as a band: stretch it across a minute.
  const series = sorted.length === 1 ? [sorted[0]!, { ...sorted[0]!, at: sorted[0]!.at + 60_000 }] : sorted;
  const sx = linearScale([series[0]!.at, series[series.length - 1]!.at], [box.left, box.width - box.right]);
  const sy = linearScale([0, 1], [box.height - box.bottom, box.top + 14]);
  const colors = keys.map((_, i) => PALETTE[i % PALETTE.length]!);
  const cumulative = series.map((s) => {
    const total = keys.reduce((t, k) => t + (s.shares[k] ?? 0), 0) || 1;
    let acc = 0;
    return keys.map((k) => {
      const lo = acc;
      acc += (s.shares[k] ?? 0) / total;
      return [lo, acc] as const;
    });
  });
  const bands = keys
    .map((k, i) => {
      const top = series.map((s, j) => `${sx(s.at).toFixed(1)},${sy(cumulative[j]![i]![1]).toFixed(1)}`);
      const bottom = series.map((s, j) => `${sx(s.at).toFixed(1)},${sy(cumulative[j]![i]![0]).toFixed(1)}`).reverse();
      const last = sorted[sorted.length - 1]!;
      const share = (last.shares[k] ?? 0) / (keys.reduce((t, kk) => t + (last.shares[kk] ?? 0), 0) || 1);
      const name = options.names?.[k] ?? k;
      return `<polygon points="${[...top, ...bottom].join(" ")}" fill="${colors[i]}" fill-opacity="0.75" stroke="#fff" stroke-width="0.5"><title>${esc(`${name}: latest share ${fmtPercent(share)}`)}</title></polygon>`;
    })
    .join("");
  const xFormat = options.xFormat ?? fmtTime;
  const xTicks = timeTicks(series[0]!.at, series[series.length - 1]!.at, 5).map((v) => ({
    value: v,
    label: xFormat(v),
  }));
  const body =
    bands +
    axes(
      box,
      { ticks: xTicks, scale: sx, title: "time (UTC)" },
      { ticks: [0, 0.25, 0.5, 0.75, 1], scale: sy, format: fmtPercent, title: "traffic share" },
    ) +
    legend(
      box,
      keys.map((k) => options.names?.[k] ?? k),
      colors,
    );
  return svgFrame(box, options.title, `${keys.length} arms over ${sorted.length} allocation snapshots`, body);
}
