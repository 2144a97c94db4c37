import type Anthropic from "@anthropic-ai/sdk";
import type OpenAI from "openai";
import * as z from "zod";
import { WinnowError } from "../errors.ts";
import type { ToneJudge } from "./copy-checks.ts";

const Verdict = z.object({ score: z.number().min(0).max(1), reasons: z.array(z.string()).default([]) });

const SYSTEM =
  "You judge whether advertising copy matches a brand's voice. Reply with JSON only: " +
  '{"score": <0..1, 1 = perfectly on-brand>, "reasons": ["short reason", ...]}.';

const prompt = (text: string, voice: string) => `Brand voice: ${voice || "(not described)"}\n\nCopy:\n${text}`;

function parseVerdict(raw: string, provider: string) {
  const json = raw.slice(raw.indexOf("{"), raw.lastIndexOf("}") + 1);
  try {
    return Verdict.parse(JSON.parse(json));
  } catch {
    throw new WinnowError("provider_error", `${provider} tone judge returned no usable verdict: ${raw.slice(0, 200)}`);
  }
}

function providerError(provider: string, error: unknown): WinnowError {
  const status = (error as { status?: number }).status;
  return new WinnowError(
    "provider_error",
    `${provider} tone judge failed${status ? ` (HTTP ${status})` : ""}: ${(error as Error).message}. The lexicon judge still runs when the provider is not configured.`,
  );
}

/** LLM tone judge over the Anthropic Messages API (real SDK; baseURL may point at a local server). */
export function anthropicToneJudge(client: Anthropic, model = "claude-haiku-4-5"): ToneJudge {
  return {
    async judge({ text, voice }) {
      let res: Anthropic.Message;
      try {
        res = await client.messages.create({
          model,
          max_tokens: 300,
          system: SYSTEM,
          messages: [{ role: "user", content: prompt(text, voice) }],
        });
      } catch (error) {
        throw providerError("Anthropic", error);
      }
      const out = res.content.map((b) => (b.type === "text" ? b.text : "")).join("");
      return { ...parseVerdict(out, "Anthropic"), model: res.model };
    },
  };
}

/** LLM tone judge over OpenAI chat completions (or any OpenAI-compatible server via baseURL). */
export function openaiToneJudge(client: OpenAI, model = "gpt-4o-mini"): ToneJudge {
  return {
    async judge({ text, voice }) {
      let res: OpenAI.Chat.Completions.ChatCompletion;
      try {
        res = await client.chat.completions.create({
          model,
          temperature: 0,
          response_format: { type: "json_object" },
          messages: [
            { role: "system", content: SYSTEM },
            { role: "user", content: prompt(text, voice) },
          ],
        });
      } catch (error) {
        throw providerError("OpenAI", error);
      }
      return { ...parseVerdict(res.choices[0]?.message?.content ?? "", "OpenAI"), model: res.model };
    },
  };
}
