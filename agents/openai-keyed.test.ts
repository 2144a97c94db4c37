import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import * as z from "zod";
import { assets, costLedger, events, reviewRequests } from "../db/schema.ts";
import { MARKETER, REVIEW_CHANNEL, seedReviewBrand } from "../test/helpers/review-fixtures.ts";
import { type SlackHarness, startSlackHarness } from "../test/helpers/slack-harness.ts";
import { listReviews } from "../tools/list_reviews.ts";
import { requestReview } from "../tools/request_review.ts";
import { agentModelFromConfig } from "./model.ts";

/**
 * A local stand-in for the OpenAI Chat Completions API (the agent uses `openai.chat(...)`, not Responses, so an
 * OpenAI-compatible local server works too). It checks the request shape and answers in the real wire format.
 */
interface ChatRequest {
  model: string;
  messages: { role: string; content: unknown; tool_calls?: unknown[]; tool_call_id?: string }[];
  tools?: { type: string; function: { name: string; description?: string; parameters: Record<string, unknown> } }[];
  stream?: boolean;
}
interface Seen {
  url: string;
  headers: Record<string, string | string[] | undefined>;
  body: ChatRequest;
}
type Step = { status: number; body: unknown; headers?: Record<string, string> };

const seen: Seen[] = [];
let script: ((n: number) => Step)[] = [];
let server: Server;
let h: SlackHarness;
let brandId: string;
let variantId: string;

beforeAll(async () => {
  server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    if (req.method !== "POST" || req.url !== "/v1/chat/completions") {
      res.writeHead(404, { "content-type": "application/json" });
      res.end(
        JSON.stringify({
          error: { message: `Unknown request URL: ${req.method} ${req.url}`, type: "invalid_request_error" },
        }),
      );
      return;
    }
    seen.push({ url: req.url, headers: req.headers, body: JSON.parse(Buffer.concat(chunks).toString("utf8")) });
    const step = script[Math.min(seen.length - 1, script.length - 1)]!(seen.length);
    res.writeHead(step.status, {
      "content-type": "application/json",
      "x-request-id": `req_${seen.length}`,
      ...step.headers,
    });
    res.end(JSON.stringify(step.body));
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const port = (server.address() as AddressInfo).port;
  // No orchestrator passed: the Slack app builds its own from config, exactly as in production.
  h = await startSlackHarness(undefined, {
    env: { OPENAI_API_KEY: "sk-openai-test", OPENAI_BASE_URL: `http://127.0.0.1:${port}/v1` },
  });
  ({ brandId, variantId } = await seedReviewBrand(h.ws.services));
});
afterAll(async () => {
  server.close();
  await h.close();
});
beforeEach(() => {
  seen.length = 0;
  h.fake.reset();
});

let completionId = 0;
const completion = (message: Record<string, unknown>, finish: string, usage = { prompt: 1200, completion: 40 }) => ({
  status: 200,
  body: {
    id: `chatcmpl-${++completionId}`,
    object: "chat.completion",
    created: 1_760_000_000,
    model: "gpt-4.1-mini-2025-04-14",
    choices: [
      { index: 0, message: { role: "assistant", refusal: null, ...message }, logprobs: null, finish_reason: finish },
    ],
    usage: {
      prompt_tokens: usage.prompt,
      completion_tokens: usage.completion,
      total_tokens: usage.prompt + usage.completion,
    },
    system_fingerprint: "fp_test",
  },
});
const toolCall = (name: string, args: Record<string, unknown>, id = `call_${name}`) =>
  completion(
    {
      content: null,
      tool_calls: [{ id, type: "function", function: { name, arguments: JSON.stringify(args) } }],
    },
    "tool_calls",
  );
const answer = (text: string) => completion({ content: text }, "stop", { prompt: 1500, completion: 20 });

let tsCounter = 1_700_300_000;
async function mention(text: string) {
  const ts = `${tsCounter++}.000100`;
  await h.event({ type: "app_mention", user: MARKETER, text: `<@U0BOT> ${text}`, ts, channel: "C0MKT", event_ts: ts });
  const reply = h.fake.callsTo("chat.postMessage").find((c) => c.body.thread_ts === ts);
  return { ts, reply: String(reply?.body.text ?? "") };
}

describe("keyed agent path: @ai-sdk/openai (Chat Completions) against a local server, from a Slack thread", () => {
  it("picks OpenAI from OPENAI_API_KEY and talks Chat Completions", () => {
    const model = agentModelFromConfig(h.ws.config);
    expect(model).toMatchObject({ provider: "openai", name: "gpt-4.1-mini" });
  });

  it("sends the model, bearer key, system prompt and Winnow's tools as JSON schemas, runs the called tool and answers", async () => {
    script = [
      () => toolCall("list_reviews", { status: "pending" }),
      () => answer("One variant is waiting for review."),
    ];
    const { reply } = await mention("anything to review?");
    expect(reply).toContain("One variant is waiting for review.");
    expect(reply).toContain("_Tools: list_reviews_");

    expect(seen).toHaveLength(2);
    const first = seen[0]!;
    expect(first.headers.authorization).toBe("Bearer sk-openai-test");
    expect(first.headers["content-type"]).toMatch(/application\/json/);
    expect(first.body.model).toBe("gpt-4.1-mini");
    expect(first.body.stream).not.toBe(true);
    expect(first.body.messages[0]).toMatchObject({ role: "system" });
    expect(String(first.body.messages[0]!.content)).toContain("You are Winnow");
    expect(first.body.messages.at(-1)).toMatchObject({ role: "user", content: "<@U0BOT> anything to review?" });

    const tools = new Map(first.body.tools?.map((t) => [t.function.name, t]) ?? []);
    expect(first.body.tools?.every((t) => t.type === "function" && t.function.parameters.type === "object")).toBe(true);
    // The schemas the model sees are the tools' own zod inputs, carried over MCP unchanged.
    for (const tool of [listReviews, requestReview]) {
      const sent = tools.get(tool.name)?.function;
      expect(sent?.description).toBe(tool.description);
      const own = z.toJSONSchema(tool.input, { io: "input" }) as { properties: object; required?: string[] };
      expect(Object.keys((sent?.parameters.properties as object) ?? {}).sort()).toEqual(
        Object.keys(own.properties).sort(),
      );
      expect([...((sent?.parameters.required as string[]) ?? [])].sort()).toEqual([...(own.required ?? [])].sort());
    }

    // The second request carries the tool call and its result back.
    const second = seen[1]!.body.messages;
    const call = second.find((m) => m.role === "assistant" && m.tool_calls?.length);
    expect(call?.tool_calls?.[0]).toMatchObject({ id: "call_list_reviews", function: { name: "list_reviews" } });
    const result = second.find((m) => m.role === "tool");
    expect(result).toMatchObject({ tool_call_id: "call_list_reviews" });
    expect(String(result?.content)).toContain("0 pending review request(s)");

    // Both steps' tokens are in the ledger at the model's price.
    const rows = await h.ws.services.database.db.select().from(costLedger).where(eq(costLedger.provider, "openai"));
    const turn = rows.at(-1)!;
    expect(turn).toMatchObject({ operation: "agent.turn", tokensIn: 1200 + 1500, tokensOut: 40 + 20 });
    expect(turn.costMicros).toBe(Math.round((2700 * 400 + 60 * 1600) / 1000));
  });

  it("retries a 429 after the Retry-After it was given and then answers", async () => {
    const rateLimited: Step = {
      status: 429,
      headers: { "retry-after-ms": "30", "x-ratelimit-remaining-requests": "0" },
      body: {
        error: {
          message: "Rate limit reached for gpt-4.1-mini on requests per min (RPM): Limit 3, Used 3, Requested 1.",
          type: "requests",
          param: null,
          code: "rate_limit_exceeded",
        },
      },
    };
    script = [() => rateLimited, () => answer("Nothing is pending right now.")];
    const { reply } = await mention("how are things?");
    expect(seen).toHaveLength(2);
    expect(seen[1]!.body).toEqual(seen[0]!.body);
    expect(reply).toContain("Nothing is pending right now.");
    expect(reply).not.toMatch(/failed/);
  });

  it("on a 500 that never clears: a clear message in the thread, the finished tool applied whole, nothing more", async () => {
    const serverError: Step = {
      status: 500,
      body: {
        error: {
          message: "The server had an error while processing your request. Sorry about that!",
          type: "server_error",
          param: null,
          code: null,
        },
      },
    };
    script = [
      () =>
        toolCall("request_review", {
          brand: brandId,
          assetId: variantId,
          reasons: ["new audience: gen-z-runners"],
        }),
      () => serverError,
    ];
    const { reply } = await mention(`please send ${variantId} for review`);
    // One tool step, then the SDK's own retries (2) on the failing step before it gives up.
    expect(seen).toHaveLength(4);
    expect(reply).toMatch(/model provider failed mid-conversation \(openai: .*server had an error/);
    expect(reply).toMatch(/did nothing further/);
    expect(reply).toContain("Completed before the failure: request_review (each applied fully)");

    // The one action that ran is complete: request row, its audit event, the variant in review, the channel post.
    const { db } = h.ws.services.database;
    const requests = await db.select().from(reviewRequests).where(eq(reviewRequests.assetId, variantId));
    expect(requests).toHaveLength(1);
    expect(requests[0]).toMatchObject({ status: "pending", requestedBy: `slack:${MARKETER}` });
    const audit = await db
      .select()
      .from(events)
      .where(and(eq(events.entityId, requests[0]!.id), eq(events.action, "review.requested")));
    expect(audit).toHaveLength(1);
    const [asset] = await db.select().from(assets).where(eq(assets.id, variantId));
    expect(asset!.status).toBe("in_review");
    expect(h.fake.callsTo("chat.postMessage").filter((c) => c.body.channel === REVIEW_CHANNEL)).toHaveLength(1);
    // And no answer was invented: no text after the failure claims success.
    expect(reply).not.toContain("Waiting for an approver");
  });
});
