import { type BetaParams, betaPdf, posteriorGrid } from "./beta.ts";
import {
  axes,
  type Box,
  DEFAULT_BOX,
  emptyChart,
  esc,
  fmtPercent,
  legend,
  linearScale,
  niceTicks,
  PALETTE,
  svgFrame,
  withLegendSpace,
} from "./svg.ts";

export interface PosteriorCurve extends BetaParams {
  name: string;
}

/** Overlaid Beta posterior densities (filled, translucent) with the posterior mean marked per arm. */
export function posteriorChart(
  curves: PosteriorCurve[],
  options: { title: string; metric?: string; box?: Partial<Box> },
): string {
  if (curves.length === 0) return emptyChart(options.title, "No arms with data yet");
  const box = withLegendSpace(
    { ...DEFAULT_BOX, ...options.box },
    curves.map((c) => c.name),
  );
  const grid = posteriorGrid(curves, 240);
  const densities = curves.map((c) => grid.map((x) => betaPdf(x, c.alpha, c.beta)));
  const yMax = Math.max(1e-9, ...densities.flat().filter(Number.isFinite));
  const sx = linearScale([grid[0]!, grid[grid.length - 1]!], [box.left, box.width - box.right]);
  const sy = linearScale([0, yMax * 1.05], [box.height - box.bottom, box.top + 14]);
  const colors = curves.map((_, i) => PALETTE[i % PALETTE.length]!);
  const y0 = sy(0).toFixed(1);
  const shapes = curves
    .map((c, i) => {
      const pts = grid.map((x, g) => `${sx(x).toFixed(1)},${sy(densities[i]![g]!).toFixed(1)}`);
      const mean = c.alpha / (c.alpha + c.beta);
      const mx = sx(mean).toFixed(1);
      return `<polygon points="${sx(grid[0]!).toFixed(1)},${y0} ${pts.join(" ")} ${sx(grid[grid.length - 1]!).toFixed(1)},${y0}" fill="${colors[i]}" fill-opacity="0.18" stroke="${colors[i]}" stroke-width="2"><title>${esc(`${c.name}: mean ${fmtPercent(mean)} (α=${c.alpha}, β=${c.beta})`)}</title></polygon><line x1="${mx}" x2="${mx}" y1="${y0}" y2="${box.top + 14}" stroke="${colors[i]}" stroke-dasharray="3 3"/>`;
    })
    .join("");
  const xTicks = niceTicks(grid[0]!, grid[grid.length - 1]!, 6).map((v) => ({ value: v, label: fmtPercent(v) }));
  const body =
    axes(
      box,
      { ticks: xTicks, scale: sx, title: `${options.metric ?? "rate"} (posterior)` },
      { ticks: niceTicks(0, yMax, 4), scale: sy, title: "density" },
    ) +
    shapes +
    legend(
      box,
      curves.map((c) => c.name),
      colors,
    );
  const desc = curves.map((c) => `${c.name}: mean ${fmtPercent(c.alpha / (c.alpha + c.beta))}`).join("; ");
  return svgFrame(box, options.title, desc, body);
}
