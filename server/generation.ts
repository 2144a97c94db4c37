import type { CandidateChecker } from "../core/brand/checker.ts";
import type { Clock } from "../core/clock.ts";
import { GenerationService } from "../core/generation/service.ts";
import type { Library } from "../core/library/library.ts";
import type { Logger } from "../core/log.ts";
import { ModelRegistry } from "../core/models/registry.ts";
import { AnthropicTextProvider } from "../core/providers/anthropic.ts";
import { LocalImageProvider, LocalTextProvider } from "../core/providers/local.ts";
import { OpenAIImageProvider, OpenAITextProvider } from "../core/providers/openai.ts";
import type { RetryPolicy } from "../core/providers/retry.ts";
import type { ImageProvider, TextProvider } from "../core/providers/types.ts";
import { AdRenderer } from "../core/render/renderer.ts";
import { TemplateService } from "../core/templates/service.ts";
import type { Database } from "../db/client.ts";
import type { Config } from "./config.ts";

export interface GenerationServices {
  templates: TemplateService;
  models: ModelRegistry;
  generation: GenerationService;
  renderer: AdRenderer;
}

/** Providers by name, built from config: local always; Anthropic and OpenAI when their API key is set. */
export function buildProviders(config: Config, renderer: AdRenderer) {
  const retry: RetryPolicy = {
    retries: config.providerRetries,
    minTimeoutMs: config.providerRetryMinMs,
    maxTimeoutMs: Math.max(config.providerRetryMinMs, 8000),
    timeoutMs: config.providerTimeoutMs,
  };
  const text = new Map<string, TextProvider>([["local", new LocalTextProvider()]]);
  const image = new Map<string, ImageProvider>([["local", new LocalImageProvider(renderer)]]);
  if (config.anthropic.apiKey) {
    text.set(
      "anthropic",
      new AnthropicTextProvider({ apiKey: config.anthropic.apiKey, baseURL: config.anthropic.baseURL }, retry),
    );
  }
  if (config.openai.apiKey) {
    const options = { apiKey: config.openai.apiKey, baseURL: config.openai.baseURL };
    text.set("openai", new OpenAITextProvider(options, retry));
    image.set("openai", new OpenAIImageProvider(options, retry, renderer));
  }
  return { text, image, configured: new Set([...text.keys(), ...image.keys()]) };
}

export function buildGeneration(deps: {
  config: Config;
  database: Database;
  library: Library;
  clock: Clock;
  logger: Logger;
  checker: () => CandidateChecker | undefined;
}): GenerationServices {
  const renderer = new AdRenderer();
  const providers = buildProviders(deps.config, renderer);
  const templates = new TemplateService({ database: deps.database, clock: deps.clock });
  const models = new ModelRegistry({
    database: deps.database,
    clock: deps.clock,
    configuredProviders: () => providers.configured,
  });
  const generation = new GenerationService({
    ...deps,
    templates,
    models,
    maxVariants: deps.config.maxVariants,
    text: (m) => providers.text.get(m.provider)!,
    image: (m) => providers.image.get(m.provider)!,
    loadAsset: async (id) => (await deps.library.readFile(id, "original")).bytes,
  });
  return { templates, models, generation, renderer };
}
