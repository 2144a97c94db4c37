import type { Rng } from "../generation/rng.ts";
import type { RenderRequest, RenderResult } from "../render/renderer.ts";
import type { AdCopy } from "../templates/fill.ts";
import type { CopyField, SlotChoice, TemplateSpec } from "../templates/spec.ts";

/** What one provider call consumed, for the cost ledger and the router's latency stats. */
export interface Usage {
  tokensIn: number;
  tokensOut: number;
  images: number;
  seconds: number;
}

export interface CopyRequest {
  /** Model name as the provider knows it, e.g. claude-haiku-4-5. */
  model: string;
  spec: TemplateSpec;
  slots: SlotChoice;
  /** The rendered copywriter prompt (prompt version text with the variant's variables filled in). */
  prompt: string;
  rng: Rng;
  /** Lines a repair wants replaced (they failed a brand rule). */
  avoid?: Partial<Record<CopyField, string>>;
}

export interface CopyResult {
  copy: AdCopy;
  usage: Usage;
}

export interface TextProvider {
  readonly name: string;
  writeCopy(req: CopyRequest): Promise<CopyResult>;
}

export interface ImageRequest {
  model: string;
  render: RenderRequest;
  /** Art direction for providers that paint the scene (ignored by the local renderer). */
  prompt: string;
}

export interface ImageResult extends RenderResult {
  usage: Usage;
}

export interface ImageProvider {
  readonly name: string;
  render(req: ImageRequest): Promise<ImageResult>;
}

export const seconds = (startedMs: number) => Math.round(performance.now() - startedMs) / 1000;
