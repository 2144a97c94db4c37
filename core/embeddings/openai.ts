import OpenAI from "openai";
import { WinnowError } from "../errors.ts";
import { type EmbedResult, normalise, type TextEmbedder } from "./provider.ts";

/** Published price of text-embedding-3-small: $0.02 per 1M tokens = 0.02 micros per token. */
const MICROS_PER_TOKEN: Record<string, number> = {
  "text-embedding-3-small": 0.02,
  "text-embedding-3-large": 0.13,
  "text-embedding-ada-002": 0.1,
};
const DEFAULT_DIMS: Record<string, number> = {
  "text-embedding-3-small": 1536,
  "text-embedding-3-large": 3072,
  "text-embedding-ada-002": 1536,
};

export interface OpenAIEmbedderOptions {
  apiKey: string;
  baseURL?: string | undefined;
  model?: string | undefined;
  /** text-embedding-3 models can return shorter vectors; the size is part of what is stored. */
  dimensions?: number | undefined;
  batchSize?: number;
}

/** OpenAI embeddings through the official SDK (OPENAI_BASE_URL also serves OpenAI-compatible local servers). */
export class OpenAITextEmbedder implements TextEmbedder {
  readonly model: string;
  readonly version: string;
  readonly dims: number;
  private readonly client: OpenAI;
  private readonly requestDims: number | undefined;

  constructor(private readonly options: OpenAIEmbedderOptions) {
    this.model = options.model ?? "text-embedding-3-small";
    this.requestDims = options.dimensions;
    this.dims = options.dimensions ?? DEFAULT_DIMS[this.model] ?? 1536;
    this.version = options.dimensions ? `api-v1+d${options.dimensions}` : "api-v1";
    this.client = new OpenAI({ apiKey: options.apiKey, baseURL: options.baseURL, maxRetries: 2, timeout: 30_000 });
  }

  async embed(texts: string[]): Promise<EmbedResult> {
    const vectors: Float32Array[] = [];
    let tokens = 0;
    const batch = this.options.batchSize ?? 256;
    for (let start = 0; start < texts.length; start += batch) {
      // The API refuses empty strings; a space embeds as "nothing said".
      const input = texts.slice(start, start + batch).map((t) => (t.trim() === "" ? " " : t.slice(0, 24_000)));
      let response: OpenAI.Embeddings.CreateEmbeddingResponse;
      try {
        response = await this.client.embeddings.create({
          model: this.model,
          input,
          encoding_format: "float",
          ...(this.requestDims ? { dimensions: this.requestDims } : {}),
        });
      } catch (error) {
        throw new WinnowError("provider_error", `OpenAI embeddings (${this.model}) failed: ${describe(error)}`);
      }
      const ordered = [...response.data].sort((a, b) => a.index - b.index);
      if (ordered.length !== input.length) {
        throw new WinnowError(
          "provider_error",
          `OpenAI embeddings returned ${ordered.length} vectors for ${input.length} inputs.`,
        );
      }
      for (const item of ordered) {
        if (item.embedding.length !== this.dims) {
          throw new WinnowError(
            "provider_error",
            `OpenAI returned ${item.embedding.length}-d vectors from ${this.model} but ${this.dims}-d were expected; set OPENAI_EMBEDDING_DIMENSIONS to match.`,
          );
        }
        vectors.push(normalise(Float32Array.from(item.embedding)));
      }
      tokens += response.usage?.total_tokens ?? 0;
    }
    return { vectors, tokens, costMicros: Math.ceil(tokens * (MICROS_PER_TOKEN[this.model] ?? 0.02)) };
  }
}

function describe(error: unknown): string {
  if (error instanceof OpenAI.APIError) return `HTTP ${error.status ?? "?"} ${error.message}`;
  return error instanceof Error ? error.message : String(error);
}
