import Anthropic from "@anthropic-ai/sdk";
import OpenAI from "openai";
import sharp from "sharp";
import * as z from "zod";
import { WinnowError } from "../errors.ts";
import type { ProposedTag, Tagger, TaggerInput } from "./tagger.ts";

const VisionReply = z.object({
  tags: z
    .array(
      z.object({
        category: z.string().min(1).max(40),
        tag: z.string().min(1).max(60),
        confidence: z.number().min(0).max(1),
      }),
    )
    .max(60),
});

/** Usage of one vision call, for the cost ledger. */
export interface VisionUsage {
  provider: "anthropic" | "openai";
  model: string;
  tokensIn: number;
  tokensOut: number;
  costMicros: number;
}

export interface VisionTaggerOptions {
  provider: "anthropic" | "openai";
  apiKey: string;
  baseURL?: string | undefined;
  model?: string | undefined;
  onUsage?: (usage: VisionUsage) => Promise<void> | void;
}

/** Micros per input / output token (USD per 1M tokens = micros per token). */
const PRICES: Record<string, [number, number]> = {
  "claude-haiku-4-5": [1, 5],
  "claude-sonnet-4-5": [3, 15],
  "gpt-4o-mini": [0.15, 0.6],
  "gpt-4.1-mini": [0.4, 1.6],
};

/**
 * Tags from a vision model (Anthropic Messages or OpenAI Chat Completions, through the official SDKs): the image goes
 * as a 512px JPEG, the vocabulary as the allowed categories, and a JSON reply is validated before anything is stored.
 */
export class VisionTagger implements Tagger {
  readonly name: string;
  readonly version: string;
  readonly needsImage = true;
  private readonly model: string;
  private readonly anthropic?: Anthropic;
  private readonly openai?: OpenAI;

  constructor(private readonly options: VisionTaggerOptions) {
    this.model = options.model ?? (options.provider === "anthropic" ? "claude-haiku-4-5" : "gpt-4o-mini");
    this.name = `vision-${options.provider}`;
    this.version = `${this.model}+p1`;
    if (options.provider === "anthropic") {
      this.anthropic = new Anthropic({
        apiKey: options.apiKey,
        baseURL: options.baseURL,
        maxRetries: 1,
        timeout: 60_000,
      });
    } else {
      this.openai = new OpenAI({ apiKey: options.apiKey, baseURL: options.baseURL, maxRetries: 1, timeout: 60_000 });
    }
  }

  async tag(input: TaggerInput): Promise<ProposedTag[]> {
    const jpeg = await sharp(input.bytes)
      .rotate()
      .resize(512, 512, { fit: "inside", withoutEnlargement: true })
      .jpeg({ quality: 80 })
      .toBuffer();
    const prompt = buildPrompt(input);
    const { text, tokensIn, tokensOut } = this.anthropic
      ? await this.askAnthropic(jpeg, prompt)
      : await this.askOpenAI(jpeg, prompt);
    const [pin, pout] = PRICES[this.model] ?? [1, 5];
    await this.options.onUsage?.({
      provider: this.options.provider,
      model: this.model,
      tokensIn,
      tokensOut,
      costMicros: Math.ceil(tokensIn * pin + tokensOut * pout),
    });
    return parseReply(text, this.name);
  }

  private async askAnthropic(jpeg: Buffer, prompt: string) {
    try {
      const message = await this.anthropic!.messages.create({
        model: this.model,
        max_tokens: 1024,
        messages: [
          {
            role: "user",
            content: [
              { type: "image", source: { type: "base64", media_type: "image/jpeg", data: jpeg.toString("base64") } },
              { type: "text", text: prompt },
            ],
          },
        ],
      });
      const text = message.content.map((b) => (b.type === "text" ? b.text : "")).join("");
      return { text, tokensIn: message.usage.input_tokens, tokensOut: message.usage.output_tokens };
    } catch (error) {
      throw providerError("Anthropic", error);
    }
  }

  private async askOpenAI(jpeg: Buffer, prompt: string) {
    try {
      const completion = await this.openai!.chat.completions.create({
        model: this.model,
        response_format: { type: "json_object" },
        messages: [
          {
            role: "user",
            content: [
              { type: "text", text: prompt },
              {
                type: "image_url",
                image_url: { url: `data:image/jpeg;base64,${jpeg.toString("base64")}`, detail: "low" },
              },
            ],
          },
        ],
      });
      return {
        text: completion.choices[0]?.message.content ?? "",
        tokensIn: completion.usage?.prompt_tokens ?? 0,
        tokensOut: completion.usage?.completion_tokens ?? 0,
      };
    } catch (error) {
      throw providerError("OpenAI", error);
    }
  }
}

function buildPrompt(input: TaggerInput): string {
  const categories = Object.entries(input.vocabulary)
    .map(([category, tags]) => `- ${category}: ${Object.keys(tags).join(", ") || "(free)"}`)
    .join("\n");
  const audiences = input.audiences.map((a) => a.slug).join(", ");
  return [
    "You tag marketing images for a creative library. Look at the image and return JSON only:",
    '{"tags":[{"category":"subject","tag":"running-shoe","confidence":0.9}]}',
    "Categories and preferred tags (use these words when they fit; lowercase, hyphenated):",
    categories,
    "- colour: plain colour names of the dominant colours",
    `- audience: which of these audiences the image suits: ${audiences || "(none)"}`,
    "Give 5 to 20 tags. Confidence is 0..1. Context from the library:",
    `name: ${input.asset.name}; description: ${input.asset.description ?? ""}`,
  ].join("\n");
}

/** The reply must be JSON of the agreed shape; tags are normalised to lowercase-hyphenated words. */
export function parseReply(text: string, who: string): ProposedTag[] {
  const json = text.slice(text.indexOf("{"), text.lastIndexOf("}") + 1);
  let parsed: z.infer<typeof VisionReply>;
  try {
    parsed = VisionReply.parse(JSON.parse(json));
  } catch {
    throw new WinnowError(
      "provider_error",
      `${who} replied with something other than the tag JSON: ${text.slice(0, 200)}`,
    );
  }
  return parsed.tags.map((t) => ({
    category: t.category.toLowerCase().trim(),
    tag: t.tag.toLowerCase().trim().replace(/\s+/g, "-"),
    confidence: Math.round(t.confidence * 100) / 100,
  }));
}

function providerError(who: string, error: unknown): WinnowError {
  const status = (error as { status?: number }).status;
  const message = error instanceof Error ? error.message : String(error);
  return new WinnowError(
    "provider_error",
    `${who} vision tagging failed${status ? ` (HTTP ${status})` : ""}: ${message}`,
  );
}
