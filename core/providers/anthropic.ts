import Anthropic from "@anthropic-ai/sdk";
import { slotValue } from "../templates/spec.ts";
import { parseCopyJson, USER_TURN } from "./copy-json.ts";
import { type RetryPolicy, withRetries } from "./retry.ts";
import { type CopyRequest, type CopyResult, seconds, type TextProvider } from "./types.ts";

export const COPY_MAX_TOKENS = 400;

/** Copy from Claude via the Messages API; the versioned copywriter prompt is the system prompt. */
export class AnthropicTextProvider implements TextProvider {
  readonly name = "anthropic";
  private readonly client: Anthropic;

  constructor(
    options: { apiKey: string; baseURL?: string | undefined },
    private readonly retry: RetryPolicy,
  ) {
    // Our retry loop owns backoff, so the SDK's own retries are off.
    this.client = new Anthropic({
      apiKey: options.apiKey,
      ...(options.baseURL ? { baseURL: options.baseURL } : {}),
      maxRetries: 0,
      timeout: retry.timeoutMs,
    });
  }

  async writeCopy(req: CopyRequest): Promise<CopyResult> {
    const started = performance.now();
    const message = await withRetries(`anthropic ${req.model}`, this.retry, () =>
      this.client.messages.create({
        model: req.model,
        max_tokens: COPY_MAX_TOKENS,
        system: req.prompt,
        messages: [{ role: "user", content: USER_TURN }],
      }),
    );
    const text = message.content.map((b) => (b.type === "text" ? b.text : "")).join("");
    const disclaimer = slotValue(req.spec, "offer", req.slots.offer)?.disclaimer;
    return {
      copy: parseCopyJson(`anthropic ${req.model}`, text, disclaimer),
      usage: {
        tokensIn: message.usage.input_tokens,
        tokensOut: message.usage.output_tokens,
        images: 0,
        seconds: seconds(started),
      },
    };
  }
}
