import type { ArmAnalysis } from "./analysis.ts";

export interface Allocation {
  armId: string;
  share: number;
}

/**
 * Thompson-sampling allocation with a top-two twist: each active arm gets traffic in proportion to how often it
 * wins a posterior draw, except that `challengerShare` of it goes to each draw's runner-up instead. Plain Thompson
 * starves the runner-up once a leader emerges, which is what makes close races slow to settle; top-two sampling
 * (Russo, 2016) keeps measuring the one rival that matters without spreading traffic over hopeless arms. Every active
 * arm keeps at least `floor`; pruned arms get nothing. Shares sum to 1.
 */
export function thompsonAllocation(
  analysis: (Pick<ArmAnalysis, "armId" | "probabilityBest"> & { probabilitySecond?: number })[],
  options: {
    floor?: number;
    pruned?: ReadonlySet<string>;
    challengerShare?: number;
    /** Arms still in contention: each keeps at least `contenderFloor` (the exploration floor). */
    contenders?: ReadonlySet<string>;
    contenderFloor?: number;
  } = {},
): Allocation[] {
  const active = analysis.filter((a) => !options.pruned?.has(a.armId));
  if (active.length === 0) return analysis.map((a) => ({ armId: a.armId, share: 0 }));
  const base = Math.min(options.floor ?? 0.01, 1 / active.length);
  const contenders = active.filter((a) => options.contenders?.has(a.armId));
  const high = Math.max(base, Math.min(options.contenderFloor ?? 0, 1 / active.length));
  const floorOf = (a: (typeof analysis)[number]) => (options.contenders?.has(a.armId) ? high : base);
  const free = 1 - base * (active.length - contenders.length) - high * contenders.length;
  const c = options.challengerShare ?? 0;
  const weight = (a: (typeof analysis)[number]) => (1 - c) * a.probabilityBest + c * (a.probabilitySecond ?? 0);
  const mass = active.reduce((s, a) => s + weight(a), 0);
  return analysis.map((a) => {
    if (options.pruned?.has(a.armId)) return { armId: a.armId, share: 0 };
    const p = mass > 0 ? weight(a) / mass : 1 / active.length;
    return { armId: a.armId, share: floorOf(a) + free * p };
  });
}

export function equalAllocation(armIds: string[]): Allocation[] {
  return armIds.map((armId) => ({ armId, share: 1 / armIds.length }));
}
