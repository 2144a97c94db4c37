import * as z from "zod";
import { errorRate } from "../core/models/router.ts";
import { defineTool } from "./define.ts";

const ModelView = z.object({
  id: z.string(),
  provider: z.string(),
  name: z.string(),
  task: z.string(),
  costPer1kInputMicros: z.number().int(),
  costPer1kOutputMicros: z.number().int(),
  costPerImageMicros: z.number().int(),
  latencyMsEwma: z.number().nullable(),
  quality: z.number(),
  calls: z.number().int(),
  errors: z.number().int(),
  errorRate: z.number(),
  enabled: z.boolean(),
  configured: z.boolean().describe("True when this server has the provider's API key (local is always configured)"),
});

export const listModels = defineTool({
  name: "list_models",
  title: "List models",
  description:
    "List the text and image models the generation router can use: prices in micros, observed latency (EWMA), error " +
    "rate, quality prior, and whether the provider is configured. stage 'explore' picks the cheapest usable model, " +
    "'finalise' the best quality.",
  toolset: "generation",
  annotations: { readOnlyHint: true, idempotentHint: true },
  input: z.object({ task: z.enum(["text", "image"]).optional() }),
  output: z.object({ items: z.array(ModelView) }),
  async run({ task }, { services }) {
    const rows = (await services.models.list()).filter((m) => !task || m.task === task);
    const items = rows.map(({ latencyMsP50, createdAt: _c, ...m }) => ({
      ...m,
      latencyMsEwma: latencyMsP50,
      errorRate: errorRate(m),
    }));
    return {
      structured: { items },
      text: items
        .map(
          (m) =>
            `${m.id} ${m.provider}/${m.name} (${m.task}) q=${m.quality} ${m.configured ? "configured" : "no key"}${m.enabled ? "" : " disabled"}`,
        )
        .join("\n"),
    };
  },
});
