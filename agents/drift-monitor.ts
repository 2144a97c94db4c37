import { isoNow } from "../core/clock.ts";
import type { Services } from "../server/services.ts";

export interface DriftCheck {
  at: string;
  accuracy: number | null;
  baselineAccuracy: number | null;
  overrideRate: number | null;
  /** Cosine distance between the mean visual vector of the newest assets and of the labelled (training) assets. */
  featureShift: number | null;
  detected: boolean;
  reasons: string[];
}

export const DRIFT_LIMITS = { accuracyDrop: 0.1, featureShift: 0.15 };

function meanVector(vectors: Float32Array[]): number[] | null {
  if (vectors.length === 0) return null;
  const out = new Array<number>(vectors[0]!.length).fill(0);
  for (const v of vectors) for (let i = 0; i < out.length; i++) out[i]! += v[i]! / vectors.length;
  return out;
}

function cosineDistance(a: number[], b: number[]): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (let i = 0; i < a.length; i++) {
    dot += a[i]! * b[i]!;
    na += a[i]! * a[i]!;
    nb += b[i]! * b[i]!;
  }
  return 1 - dot / (Math.sqrt(na * nb) || 1);
}

/**
 * Drift check: live tagger accuracy against the accuracy the active version showed on held-out labels when it was
 * trained, the override rate, and a shift in what new assets look like versus what the tagger learned from.
 * Every check is an event (`drift.checked` or `drift.detected`), which the dashboard plots over time.
 */
export async function checkDrift(services: Services, options: { actor: string; recent?: number }): Promise<DriftCheck> {
  const { learning } = services;
  const quality = await learning.liveQuality();
  const { row } = await learning.activeModel();
  const comparison = (row?.metrics as { comparison?: { candidate?: { accuracy?: number | null } } } | undefined)
    ?.comparison;
  const baselineAccuracy = comparison?.candidate?.accuracy ?? null;
  const newest = await learning.journal.newestAssetIds(options.recent ?? 50);
  const labelled = [...new Set(quality.examples.map((e) => e.assetId))].slice(0, 200);
  const vectors = await learning.vectors([...newest, ...labelled]);
  const pick = (ids: string[]) => ids.map((id) => vectors.get(id)).filter((v): v is Float32Array => !!v);
  const recentMean = meanVector(pick(newest));
  const trainMean = meanVector(pick(labelled));
  const featureShift = recentMean && trainMean ? cosineDistance(recentMean, trainMean) : null;
  const reasons: string[] = [];
  const accuracy = quality.live.accuracy;
  if (accuracy !== null && baselineAccuracy !== null && baselineAccuracy - accuracy > DRIFT_LIMITS.accuracyDrop)
    reasons.push(
      `live accuracy ${(accuracy * 100).toFixed(1)}% is more than ${DRIFT_LIMITS.accuracyDrop * 100} points below the ${(baselineAccuracy * 100).toFixed(1)}% measured at training`,
    );
  if (featureShift !== null && featureShift > DRIFT_LIMITS.featureShift)
    reasons.push(
      `new assets look different from the training set (feature shift ${featureShift.toFixed(3)} > ${DRIFT_LIMITS.featureShift})`,
    );
  const overrideRate = quality.overrideRate;
  if (overrideRate !== null && overrideRate > learning.settings.reviewAboveOverrideRate)
    reasons.push(
      `override rate ${(overrideRate * 100).toFixed(1)}% above ${(learning.settings.reviewAboveOverrideRate * 100).toFixed(0)}%`,
    );
  const check: DriftCheck = {
    at: isoNow(services.clock),
    accuracy,
    baselineAccuracy,
    overrideRate,
    featureShift,
    detected: reasons.length > 0,
    reasons,
  };
  await learning.journal.record({
    entityType: "drift",
    entityId: row?.id ?? "machine-tags",
    action: check.detected ? "drift.detected" : "drift.checked",
    actor: options.actor,
    at: check.at,
    data: check as unknown as Record<string, unknown>,
  });
  return check;
}
