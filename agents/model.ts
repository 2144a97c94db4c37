import { createAnthropic } from "@ai-sdk/anthropic";
import { createOpenAI } from "@ai-sdk/openai";
import type { LanguageModel } from "ai";
import type { Config } from "../server/config.ts";

export interface AgentModel {
  model: LanguageModel;
  provider: "anthropic" | "openai" | "test";
  name: string;
  /** Price per 1k tokens in integer micros, for the cost ledger. */
  inputMicrosPer1k: number;
  outputMicrosPer1k: number;
}

/** Public list prices (USD per 1M tokens → micros per 1k); unknown models are recorded at 0 with their tokens. */
const PRICES: Record<string, [number, number]> = {
  "claude-sonnet-4-5": [3000, 15000],
  "claude-haiku-4-5": [1000, 5000],
  "gpt-4.1-mini": [400, 1600],
  "gpt-4.1": [2000, 8000],
};

/** Anthropic when keyed, else OpenAI when keyed, else none (the offline intent router answers). */
export function agentModelFromConfig(config: Config): AgentModel | undefined {
  if (config.anthropic.apiKey) {
    const name = "claude-sonnet-4-5";
    const anthropic = createAnthropic({
      apiKey: config.anthropic.apiKey,
      ...(config.anthropic.baseURL ? { baseURL: config.anthropic.baseURL } : {}),
    });
    return priced(anthropic(name), "anthropic", name);
  }
  if (config.openai.apiKey) {
    const name = "gpt-4.1-mini";
    const openai = createOpenAI({
      apiKey: config.openai.apiKey,
      ...(config.openai.baseURL ? { baseURL: config.openai.baseURL } : {}),
    });
    // Chat Completions rather than Responses: OPENAI_BASE_URL may point at an OpenAI-compatible local server.
    return priced(openai.chat(name), "openai", name);
  }
  return undefined;
}

export function priced(model: LanguageModel, provider: AgentModel["provider"], name: string): AgentModel {
  const [input, output] = PRICES[name] ?? [0, 0];
  return { model, provider, name, inputMicrosPer1k: input, outputMicrosPer1k: output };
}
