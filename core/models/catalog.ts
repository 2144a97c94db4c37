/**
 * Models Winnow knows out of the box, with list prices in micros (per 1k tokens, or per image) and a prior quality
 * score (0..1) the router uses until experiments say otherwise. Local models cost nothing and need no key.
 */
export interface CatalogModel {
  provider: "local" | "anthropic" | "openai";
  name: string;
  task: "text" | "image";
  costPer1kInputMicros: number;
  costPer1kOutputMicros: number;
  costPerImageMicros: number;
  quality: number;
}

export const MODEL_CATALOG: CatalogModel[] = [
  {
    provider: "local",
    name: "copy-banks",
    task: "text",
    costPer1kInputMicros: 0,
    costPer1kOutputMicros: 0,
    costPerImageMicros: 0,
    quality: 0.55,
  },
  {
    provider: "local",
    name: "layout-renderer",
    task: "image",
    costPer1kInputMicros: 0,
    costPer1kOutputMicros: 0,
    costPerImageMicros: 0,
    quality: 0.6,
  },
  // Anthropic list prices: Haiku 4.5 $1/$5 per MTok, Sonnet 4.5 $3/$15 per MTok.
  {
    provider: "anthropic",
    name: "claude-haiku-4-5",
    task: "text",
    costPer1kInputMicros: 1000,
    costPer1kOutputMicros: 5000,
    costPerImageMicros: 0,
    quality: 0.78,
  },
  {
    provider: "anthropic",
    name: "claude-sonnet-4-5",
    task: "text",
    costPer1kInputMicros: 3000,
    costPer1kOutputMicros: 15000,
    costPerImageMicros: 0,
    quality: 0.9,
  },
  // OpenAI list prices: GPT-4.1 mini $0.40/$1.60, GPT-4.1 $2/$8 per MTok; gpt-image-1 ~$0.042 per medium 1024² image.
  {
    provider: "openai",
    name: "gpt-4.1-mini",
    task: "text",
    costPer1kInputMicros: 400,
    costPer1kOutputMicros: 1600,
    costPerImageMicros: 0,
    quality: 0.74,
  },
  {
    provider: "openai",
    name: "gpt-4.1",
    task: "text",
    costPer1kInputMicros: 2000,
    costPer1kOutputMicros: 8000,
    costPerImageMicros: 0,
    quality: 0.86,
  },
  {
    provider: "openai",
    name: "gpt-image-1",
    task: "image",
    costPer1kInputMicros: 0,
    costPer1kOutputMicros: 0,
    costPerImageMicros: 42000,
    quality: 0.85,
  },
];

/** Typical size of one copywriter call, used to estimate cost before any call is made. */
export const COPY_TOKENS_ESTIMATE = { input: 900, output: 150 };
