import type { ArmAnalysis } from "./analysis.ts";

export interface Allocation {
  armId: string;
  share: number;
}

/**
 * Thompson-sampling allocation: each active arm gets traffic in proportion to its probability of being best, but never
 * less than `floor` so a slow starter keeps learning. Pruned arms get nothing. Shares sum to 1.
 */
export function thompsonAllocation(
  analysis: Pick<ArmAnalysis, "armId" | "probabilityBest">[],
  options: { floor?: number; pruned?: ReadonlySet<string> } = {},
): Allocation[] {
  const active = analysis.filter((a) => !options.pruned?.has(a.armId));
  if (active.length === 0) return analysis.map((a) => ({ armId: a.armId, share: 0 }));
  const floor = Math.min(options.floor ?? 0.05, 1 / active.length);
  const free = 1 - floor * active.length;
  const mass = active.reduce((s, a) => s + a.probabilityBest, 0);
  return analysis.map((a) => {
    if (options.pruned?.has(a.armId)) return { armId: a.armId, share: 0 };
    const p = mass > 0 ? a.probabilityBest / mass : 1 / active.length;
    return { armId: a.armId, share: floor + free * p };
  });
}

export function equalAllocation(armIds: string[]): Allocation[] {
  return armIds.map((armId) => ({ armId, share: 1 / armIds.length }));
}
