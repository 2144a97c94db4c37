import { type Rng, shuffle } from "./rng.ts";

/**
 * Experimental designs over template slots. Variants are laid out so that every slot value appears equally often and
 * pairs of slot values co-occur as evenly as the run count allows: that is what lets experiments attribute a result
 * to "the tone" or "the hook" later instead of to an accident of which combinations happened to be generated.
 */
export interface Factor {
  name: string;
  levels: readonly string[];
}

export type DesignRun = Record<string, string>;

export interface Design {
  kind: "full_factorial" | "replicated_factorial" | "fractional";
  runs: DesignRun[];
  /** Size of the full factorial over the factors. */
  fullFactorialSize: number;
  /** Max minus min appearances of the levels of any one factor (0 or 1 means balanced). */
  marginalSpread: number;
  /** Sum over factor pairs and level pairs of (count - expected)²; 0 for an orthogonal array. */
  pairImbalance: number;
}

export function fullFactorial(factors: readonly Factor[]): DesignRun[] {
  let runs: DesignRun[] = [{}];
  for (const f of factors) runs = runs.flatMap((run) => f.levels.map((level) => ({ ...run, [f.name]: level })));
  return runs;
}

/**
 * A full factorial when it fits in `count` (replicated when `count` is a multiple, topped up with a balanced fraction
 * otherwise), else a balanced fractional design found by swap search. Deterministic for a given rng seed.
 */
export function designVariants(factors: readonly Factor[], count: number, rng: Rng): Design {
  if (!Number.isInteger(count) || count < 1) throw new Error(`count must be a positive integer (got ${count})`);
  for (const f of factors) {
    if (f.levels.length === 0) throw new Error(`factor ${f.name} has no levels`);
  }
  const size = factors.reduce((n, f) => n * f.levels.length, 1);
  let runs: DesignRun[];
  let kind: Design["kind"];
  if (size <= count) {
    const full = fullFactorial(factors);
    const copies = Math.floor(count / size);
    runs = Array.from({ length: copies }, () => full).flat();
    const rest = count - runs.length;
    if (rest > 0) runs.push(...balancedFraction(factors, rest, rng));
    kind = copies === 1 && rest === 0 ? "full_factorial" : "replicated_factorial";
  } else {
    runs = balancedFraction(factors, count, rng);
    kind = "fractional";
  }
  return { kind, runs, fullFactorialSize: size, ...measureBalance(factors, runs) };
}

/** Marginal spread and pairwise imbalance of any set of runs (used by tests and reported with each generation). */
export function measureBalance(factors: readonly Factor[], runs: readonly DesignRun[]) {
  let marginalSpread = 0;
  for (const f of factors) {
    const counts = f.levels.map((l) => runs.filter((r) => r[f.name] === l).length);
    marginalSpread = Math.max(marginalSpread, Math.max(...counts) - Math.min(...counts));
  }
  let pairImbalance = 0;
  for (let i = 0; i < factors.length; i++) {
    for (let j = i + 1; j < factors.length; j++) {
      const a = factors[i]!;
      const b = factors[j]!;
      const expected = runs.length / (a.levels.length * b.levels.length);
      for (const la of a.levels) {
        for (const lb of b.levels) {
          const n = runs.filter((r) => r[a.name] === la && r[b.name] === lb).length;
          pairImbalance += (n - expected) ** 2;
        }
      }
    }
  }
  return { marginalSpread, pairImbalance: Math.round(pairImbalance * 1e9) / 1e9 };
}

const RESTARTS = 6;
const SWEEPS = 1500;

/**
 * Each column starts as its levels repeated and shuffled (so marginals are balanced by construction); swapping two
 * cells within a column keeps them balanced, so the search only has to even out the pair counts.
 */
function balancedFraction(factors: readonly Factor[], n: number, rng: Rng): DesignRun[] {
  const F = factors.length;
  const L = factors.map((f) => f.levels.length);
  let best: { cols: number[][]; score: number; dups: number } | undefined;
  for (let restart = 0; restart < RESTARTS; restart++) {
    const cols = L.map((levels) =>
      shuffle(
        Array.from({ length: n }, (_, i) => i % levels),
        rng,
      ),
    );
    // pair[i][j][a * L[j] + b] = rows where factor i has level a and factor j has level b (i < j)
    const pair = cols.map((_, i) =>
      cols.map((_, j) => {
        const t = new Array<number>(L[i]! * L[j]!).fill(0);
        if (i < j) for (let r = 0; r < n; r++) t[cols[i]![r]! * L[j]! + cols[j]![r]!]!++;
        return t;
      }),
    );
    const cell = (i: number, a: number, j: number, b: number) =>
      i < j ? { t: pair[i]![j]!, k: a * L[j]! + b } : { t: pair[j]![i]!, k: b * L[i]! + a };
    const expected = (i: number, j: number) => n / (L[i]! * L[j]!);
    let score = 0;
    for (let i = 0; i < F; i++)
      for (let j = i + 1; j < F; j++) for (const c of pair[i]![j]!) score += (c - expected(i, j)) ** 2;
    for (let step = 0; step < SWEEPS * F && score > 1e-9; step++) {
      const f = rng.int(F);
      if (L[f]! < 2) continue;
      const r1 = rng.int(n);
      const r2 = rng.int(n);
      const a = cols[f]![r1]!;
      const b = cols[f]![r2]!;
      if (a === b) continue;
      // Moving row r1 from level a to b and row r2 from b to a changes only the pair cells that involve factor f.
      const changes = new Map<number[], Map<number, number>>();
      const bump = (t: number[], k: number, d: number) => {
        const m = changes.get(t) ?? new Map<number, number>();
        m.set(k, (m.get(k) ?? 0) + d);
        changes.set(t, m);
      };
      for (let g = 0; g < F; g++) {
        if (g === f) continue;
        const g1 = cols[g]![r1]!;
        const g2 = cols[g]![r2]!;
        if (g1 === g2) continue;
        let c = cell(f, a, g, g1);
        bump(c.t, c.k, -1);
        c = cell(f, b, g, g1);
        bump(c.t, c.k, +1);
        c = cell(f, b, g, g2);
        bump(c.t, c.k, -1);
        c = cell(f, a, g, g2);
        bump(c.t, c.k, +1);
      }
      let delta = 0;
      for (const [t, m] of changes) {
        const g = pair.findIndex((row) => row.includes(t));
        const e = expected(g, pair[g]!.indexOf(t));
        for (const [k, d] of m) delta += (t[k]! + d - e) ** 2 - (t[k]! - e) ** 2;
      }
      // Accept sideways moves too, so the search can walk across plateaus.
      if (delta <= 1e-12) {
        for (const [t, m] of changes) for (const [k, d] of m) t[k]! += d;
        cols[f]![r1] = b;
        cols[f]![r2] = a;
        score += delta;
      }
    }
    const dups = n - new Set(Array.from({ length: n }, (_, r) => cols.map((c) => c[r]).join(","))).size;
    if (!best || score < best.score - 1e-9 || (Math.abs(score - best.score) <= 1e-9 && dups < best.dups)) {
      best = { cols, score, dups };
    }
    if (best.score <= 1e-9 && best.dups === 0) break;
  }
  const cols = best!.cols;
  return Array.from({ length: n }, (_, r) =>
    Object.fromEntries(factors.map((f, i) => [f.name, f.levels[cols[i]![r]!]!])),
  );
}
