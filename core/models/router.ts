import { invalidInput } from "../errors.ts";
import { COPY_TOKENS_ESTIMATE } from "./catalog.ts";

/** The router's view of a model row. */
export interface ModelInfo {
  id: string;
  provider: string;
  name: string;
  task: string;
  costPer1kInputMicros: number;
  costPer1kOutputMicros: number;
  costPerImageMicros: number;
  latencyMsP50: number | null;
  quality: number;
  calls: number;
  errors: number;
  enabled: boolean;
}

export type Stage = "explore" | "finalise";

/** Errors over calls, with a weak prior (1 error in 20 calls) so one early failure does not bench a model forever. */
export const errorRate = (m: Pick<ModelInfo, "calls" | "errors">) => (m.errors + 1) / (m.calls + 20);

export function estimateCallMicros(m: ModelInfo, tokensIn: number, tokensOut: number, images: number): number {
  return Math.ceil(
    (tokensIn * m.costPer1kInputMicros) / 1000 +
      (tokensOut * m.costPer1kOutputMicros) / 1000 +
      images * m.costPerImageMicros,
  );
}

/** Cost of one variant before making it: one copywriter call plus one image. */
export function estimateVariantMicros(text: ModelInfo, image: ModelInfo): number {
  return (
    estimateCallMicros(text, COPY_TOKENS_ESTIMATE.input, COPY_TOKENS_ESTIMATE.output, 0) +
    estimateCallMicros(image, 0, 0, 1)
  );
}

const unitCost = (m: ModelInfo) =>
  m.task === "image"
    ? estimateCallMicros(m, 0, 0, 1)
    : estimateCallMicros(m, COPY_TOKENS_ESTIMATE.input, COPY_TOKENS_ESTIMATE.output, 0);

/**
 * Explore: the cheapest usable model (then the most reliable, then the fastest) — many variants for little money.
 * Finalise: the best expected quality, discounted by observed error rate; cheaper wins a tie.
 */
export function chooseModel(
  models: ModelInfo[],
  task: "text" | "image",
  stage: Stage,
  usable: (m: ModelInfo) => boolean,
): ModelInfo {
  const pool = models.filter((m) => m.task === task && m.enabled && usable(m));
  if (pool.length === 0) {
    throw invalidInput(
      "models",
      `no enabled and configured ${task} model`,
      "Enable a local model with list_models or set a provider API key.",
    );
  }
  const score = (m: ModelInfo) => m.quality * (1 - errorRate(m));
  const sorted = [...pool].sort((a, b) =>
    stage === "explore"
      ? unitCost(a) - unitCost(b) || errorRate(a) - errorRate(b) || (a.latencyMsP50 ?? 0) - (b.latencyMsP50 ?? 0)
      : score(b) - score(a) || unitCost(a) - unitCost(b),
  );
  return sorted[0]!;
}

/** Resolves an explicitly requested model (id or name) and checks it can be used. */
export function pickRequested(
  models: ModelInfo[],
  ref: string,
  task: "text" | "image",
  usable: (m: ModelInfo) => boolean,
) {
  const eligible = models.filter((m) => m.task === task && m.enabled && usable(m));
  const hit = eligible.find((m) => m.id === ref || m.name === ref);
  if (!hit) {
    throw invalidInput(
      `models.${task}`,
      `${ref} is not an enabled ${task} model with a configured provider`,
      `Use one of: ${eligible.map((m) => `${m.name} (${m.provider})`).join(", ")}. Provider keys come from ANTHROPIC_API_KEY / OPENAI_API_KEY.`,
    );
  }
  return hit;
}
