import OpenAI from "openai";
import { WinnowError } from "../errors.ts";
import { sha256Of } from "../media/image.ts";
import type { AdRenderer } from "../render/renderer.ts";
import { slotValue } from "../templates/spec.ts";
import { parseCopyJson, USER_TURN } from "./copy-json.ts";
import { type RetryPolicy, withRetries } from "./retry.ts";
import {
  type CopyRequest,
  type CopyResult,
  type ImageProvider,
  type ImageRequest,
  type ImageResult,
  seconds,
  type TextProvider,
} from "./types.ts";

export const COPY_MAX_TOKENS = 400;

const client = (options: { apiKey: string; baseURL?: string | undefined }, retry: RetryPolicy) =>
  new OpenAI({
    apiKey: options.apiKey,
    ...(options.baseURL ? { baseURL: options.baseURL } : {}),
    maxRetries: 0,
    timeout: retry.timeoutMs,
  });

/** Copy via Chat Completions (also works with OpenAI-compatible servers behind OPENAI_BASE_URL). */
export class OpenAITextProvider implements TextProvider {
  readonly name = "openai";
  private readonly client: OpenAI;

  constructor(
    options: { apiKey: string; baseURL?: string | undefined },
    private readonly retry: RetryPolicy,
  ) {
    this.client = client(options, retry);
  }

  async writeCopy(req: CopyRequest): Promise<CopyResult> {
    const started = performance.now();
    const completion = await withRetries(`openai ${req.model}`, this.retry, () =>
      this.client.chat.completions.create({
        model: req.model,
        max_tokens: COPY_MAX_TOKENS,
        response_format: { type: "json_object" },
        messages: [
          { role: "system", content: req.prompt },
          { role: "user", content: USER_TURN },
        ],
      }),
    );
    const text = completion.choices[0]?.message?.content ?? "";
    const disclaimer = slotValue(req.spec, "offer", req.slots.offer)?.disclaimer;
    return {
      copy: parseCopyJson(`openai ${req.model}`, text, disclaimer),
      usage: {
        tokensIn: completion.usage?.prompt_tokens ?? 0,
        tokensOut: completion.usage?.completion_tokens ?? 0,
        images: 0,
        seconds: seconds(started),
      },
    };
  }
}

/** The closest size gpt-image-1 paints for a layout's aspect ratio. */
export function imageSizeFor(width: number, height: number): "1024x1024" | "1024x1536" | "1536x1024" {
  const ratio = width / height;
  if (ratio > 1.2) return "1536x1024";
  if (ratio < 0.83) return "1024x1536";
  return "1024x1024";
}

/**
 * The scene is painted by an OpenAI image model (b64_json), then the template layout (product card, copy, CTA, logo)
 * is composited on top locally, so brand elements stay exact whatever the model paints.
 */
export class OpenAIImageProvider implements ImageProvider {
  readonly name = "openai";
  private readonly client: OpenAI;

  constructor(
    options: { apiKey: string; baseURL?: string | undefined },
    private readonly retry: RetryPolicy,
    private readonly renderer: AdRenderer,
  ) {
    this.client = client(options, retry);
  }

  async render(req: ImageRequest): Promise<ImageResult> {
    const started = performance.now();
    const { width, height } = req.render.layout;
    const response = await withRetries(`openai ${req.model}`, this.retry, () =>
      this.client.images.generate({ model: req.model, prompt: req.prompt, n: 1, size: imageSizeFor(width, height) }),
    );
    const b64 = response.data?.[0]?.b64_json;
    if (!b64) {
      throw new WinnowError("provider_error", `openai ${req.model} returned no b64_json image. Check the model name.`);
    }
    const painted = Buffer.from(b64, "base64");
    const scene = { key: `openai:${sha256Of(painted)}`, load: async () => painted };
    const result = await this.renderer.render({ ...req.render, scene });
    return {
      ...result,
      usage: {
        tokensIn: response.usage?.input_tokens ?? 0,
        tokensOut: response.usage?.output_tokens ?? 0,
        images: 1,
        seconds: seconds(started),
      },
    };
  }
}
