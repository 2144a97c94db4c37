import type { LanguageModelV3GenerateResult } from "@ai-sdk/provider";
import { MockLanguageModelV3 } from "ai/test";
import { count } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { priced } from "../agents/model.ts";
import { Orchestrator } from "../agents/orchestrator.ts";
import { reviewRequests } from "../db/schema.ts";
import { MARKETER, seedReviewBrand } from "./helpers/review-fixtures.ts";
import { type SlackHarness, startSlackHarness } from "./helpers/slack-harness.ts";

let h: SlackHarness;
let brandId: string;
let variantId: string;
let step = 0;

/** The model first asks for the review queue, then its provider falls over. */
const model = new MockLanguageModelV3({
  doGenerate: async (): Promise<LanguageModelV3GenerateResult> => {
    if (step++ % 2 === 0) {
      return {
        content: [{ type: "tool-call", toolCallId: `c${step}`, toolName: "list_reviews", input: "{}" }],
        finishReason: { unified: "tool-calls", raw: "tool_use" },
        usage: {
          inputTokens: { total: 10, noCache: 10, cacheRead: 0, cacheWrite: 0 },
          outputTokens: { total: 5, text: 5, reasoning: 0 },
        },
        warnings: [],
      };
    }
    throw new Error("socket hang up");
  },
});

beforeAll(async () => {
  h = await startSlackHarness((services) => new Orchestrator(services, { model: priced(model, "anthropic", "x") }));
  ({ brandId, variantId } = await seedReviewBrand(h.ws.services));
});
afterAll(() => h.close());

describe("Slack conversation when the model provider fails", () => {
  it("posts a clear message in the thread and leaves no half-applied action", async () => {
    expect(brandId && variantId).toBeTruthy();
    const [before] = await h.ws.services.database.db.select({ n: count() }).from(reviewRequests);
    const ts = "1700200000.000100";
    await h.event({
      type: "app_mention",
      user: MARKETER,
      text: "<@U0BOT> what needs review?",
      ts,
      channel: "C0MKT",
      event_ts: ts,
    });
    const [post] = h.fake.callsTo("chat.postMessage");
    expect(post!.body).toMatchObject({ channel: "C0MKT", thread_ts: ts });
    expect(String(post!.body.text)).toMatch(/model provider failed mid-conversation.*socket hang up/);
    expect(String(post!.body.text)).toMatch(/did nothing further/);
    const [after] = await h.ws.services.database.db.select({ n: count() }).from(reviewRequests);
    expect(after!.n).toBe(before!.n);
  });
});
