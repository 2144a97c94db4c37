/**
 * Fits "the reader's best tool is the expected one" as a logistic function of its score and lead (Newton's method
 * on three weights), and tells how well a fit's confidence matches what was observed, per band. Used by
 * bench/router-reader.ts --calibrate on cross-evaluated rows; agents/router-reader.ts keeps the fitted weights.
 */
export interface CalibrationRow {
  score: number;
  margin: number;
  right: boolean;
}
export interface Calibration {
  bias: number;
  score: number;
  margin: number;
}

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));
export const predicted = (w: Calibration, r: { score: number; margin: number }) =>
  sigmoid(w.bias + w.score * r.score + w.margin * r.margin);

export function fitCalibration(rows: CalibrationRow[]): Calibration {
  let w = [0, 0, 0];
  for (let it = 0; it < 50; it++) {
    const g = [0, 0, 0];
    const h = [
      [1e-6, 0, 0],
      [0, 1e-6, 0],
      [0, 0, 1e-6],
    ];
    for (const r of rows) {
      const x = [1, r.score, r.margin];
      const p = sigmoid(w[0]! + w[1]! * r.score + w[2]! * r.margin);
      for (let a = 0; a < 3; a++) {
        g[a]! += (p - (r.right ? 1 : 0)) * x[a]!;
        for (let b = 0; b < 3; b++) h[a]![b]! += p * (1 - p) * x[a]! * x[b]!;
      }
    }
    const step = solve3(h, g);
    w = w.map((v, i) => v - step[i]!);
  }
  return { bias: w[0]!, score: w[1]!, margin: w[2]! };
}

/** Gaussian elimination with partial pivoting for the 3×3 Newton step. */
function solve3(h: number[][], g: number[]): number[] {
  const m = h.map((row, i) => [...row, g[i]!]);
  for (let i = 0; i < 3; i++) {
    let p = i;
    for (let j = i + 1; j < 3; j++) if (Math.abs(m[j]![i]!) > Math.abs(m[p]![i]!)) p = j;
    [m[i], m[p]] = [m[p]!, m[i]!];
    for (let j = 0; j < 3; j++) {
      if (j === i) continue;
      const f = m[j]![i]! / m[i]![i]!;
      for (let k = i; k < 4; k++) m[j]![k]! -= f * m[i]![k]!;
    }
  }
  return m.map((row, i) => row[3]! / row[i]!);
}

/** Predicted against observed, per confidence band. */
export function bands(w: Calibration, rows: CalibrationRow[]) {
  const edges = [0, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 1.01];
  return edges.slice(0, -1).flatMap((lo, i) => {
    const hi = edges[i + 1]!;
    const rs = rows.filter((r) => predicted(w, r) >= lo && predicted(w, r) < hi);
    if (!rs.length) return [];
    const mean = rs.reduce((s, r) => s + predicted(w, r), 0) / rs.length;
    const seen = rs.filter((r) => r.right).length / rs.length;
    return [{ band: `${lo}-${Math.min(hi, 1)}`, n: rs.length, predicted: round(mean), observed: round(seen) }];
  });
}

const round = (x: number) => Number(x.toFixed(3));
