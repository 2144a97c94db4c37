/**
 * The learning loop's KPIs, computed from raw figures (db/repositories/learning.ts kpiFigures). A KPI the data cannot
 * support yet is null, shown as "—" with the reason, never invented.
 */
export interface Kpis {
  tagAccuracy: number | null;
  humanCorrectionRate: number | null;
  recommendationUplift: number | null;
  searchTimeMs: number | null;
  workflowCycleHours: number | null;
  driftDetections: number;
  errorsPrevented: number;
}

export interface KpiFigures {
  machineTags?: number | null;
  corrections?: number | null;
  searchMs?: number | null;
  driftDetections?: number | null;
  errorsPrevented?: number | null;
  reviewRejections?: number | null;
  cycleMs: number[];
  uplift: { winner: number | null; mean: number | null }[];
}

export function computeKpis(f: KpiFigures, tagAccuracy: number | null): Kpis {
  const machine = Number(f.machineTags ?? 0);
  const ups = f.uplift
    .filter((u) => u.winner != null && u.mean != null && u.mean > 0)
    .map((u) => u.winner! / u.mean! - 1);
  const cycle = [...f.cycleMs].sort((a, b) => a - b);
  return {
    tagAccuracy,
    humanCorrectionRate: machine > 0 ? Number(f.corrections ?? 0) / machine : null,
    recommendationUplift: ups.length ? ups.reduce((a, b) => a + b, 0) / ups.length : null,
    searchTimeMs: f.searchMs == null ? null : Number(f.searchMs),
    workflowCycleHours: cycle.length ? cycle[Math.floor(cycle.length / 2)]! / 3_600_000 : null,
    driftDetections: Number(f.driftDetections ?? 0),
    // Problems caught before shipping: brand-rule repairs/blocks plus reviewer rejections.
    errorsPrevented: Number(f.errorsPrevented ?? 0) + Number(f.reviewRejections ?? 0),
  };
}

export const KPI_LABELS: Record<keyof Kpis, string> = {
  tagAccuracy: "Tag accuracy (held-out corrections)",
  humanCorrectionRate: "Human correction rate (corrections per machine tag)",
  recommendationUplift: "Recommendation uplift (winner vs mean arm CTR)",
  searchTimeMs: "Search time (mean ms)",
  workflowCycleHours: "Workflow cycle time (median h, output → approved)",
  driftDetections: "Drift detections",
  errorsPrevented: "Errors prevented (blocked/repaired + rejected)",
};
