import Anthropic from "@anthropic-ai/sdk";
import OpenAI from "openai";
import type { ToneJudge } from "../core/brand/copy-checks.ts";
import { anthropicToneJudge, openaiToneJudge } from "../core/brand/tone-judge.ts";
import type { Config } from "./config.ts";

/** The LLM tone judge when a provider key is configured (Anthropic first); otherwise the lexicon judge runs. */
export function toneJudgeFromConfig(config: Config): ToneJudge | undefined {
  if (config.anthropic.apiKey) {
    return anthropicToneJudge(
      new Anthropic({
        apiKey: config.anthropic.apiKey,
        ...(config.anthropic.baseURL ? { baseURL: config.anthropic.baseURL } : {}),
      }),
    );
  }
  if (config.openai.apiKey) {
    return openaiToneJudge(
      new OpenAI({
        apiKey: config.openai.apiKey,
        ...(config.openai.baseURL ? { baseURL: config.openai.baseURL } : {}),
      }),
    );
  }
  return undefined;
}
