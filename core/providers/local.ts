import type { AdRenderer } from "../render/renderer.ts";
import { fillCopy } from "../templates/fill.ts";
import {
  type CopyRequest,
  type CopyResult,
  type ImageProvider,
  type ImageRequest,
  type ImageResult,
  seconds,
  type TextProvider,
} from "./types.ts";

/** Offline copy: a seeded pick from the template's copy banks. Same seed, same slots, same copy. */
export class LocalTextProvider implements TextProvider {
  readonly name = "local";

  async writeCopy(req: CopyRequest): Promise<CopyResult> {
    const started = performance.now();
    const copy = fillCopy(req.spec, req.slots, req.rng, req.avoid);
    return { copy, usage: { tokensIn: 0, tokensOut: 0, images: 0, seconds: seconds(started) } };
  }
}

/** Offline images: the template layout rendered with sharp from library assets. */
export class LocalImageProvider implements ImageProvider {
  readonly name = "local";

  constructor(private readonly renderer: AdRenderer) {}

  async render(req: ImageRequest): Promise<ImageResult> {
    const started = performance.now();
    const result = await this.renderer.render(req.render);
    return { ...result, usage: { tokensIn: 0, tokensOut: 0, images: 1, seconds: seconds(started) } };
  }
}
