import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import Anthropic from "@anthropic-ai/sdk";
import OpenAI from "openai";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { compileRuleSet } from "./compile.ts";
import { checkCopy } from "./copy-checks.ts";
import { parseRuleSet } from "./parse.ts";
import { anthropicToneJudge, openaiToneJudge } from "./tone-judge.ts";

/** A local stand-in for the providers: checks the request shape and answers in their wire format. */
let server: Server;
let base: string;
const seen: { path: string; headers: IncomingMessage["headers"]; body: Record<string, unknown> }[] = [];
let mode: "ok" | "overloaded" = "ok";

beforeAll(async () => {
  server = createServer(async (req, res) => {
    let raw = "";
    for await (const chunk of req) raw += chunk;
    const body = JSON.parse(raw) as Record<string, unknown>;
    seen.push({ path: req.url ?? "", headers: req.headers, body });
    const text = JSON.stringify(body).includes("NO EXCUSES")
      ? '{"score": 0.2, "reasons": ["commanding, preachy"]}'
      : '{"score": 0.9, "reasons": ["friendly invitation"]}';
    res.setHeader("content-type", "application/json");
    if (mode === "overloaded") {
      res.statusCode = req.url?.includes("/messages") ? 529 : 429;
      res.end(JSON.stringify({ type: "error", error: { type: "overloaded_error", message: "Overloaded" } }));
      return;
    }
    if (req.url === "/v1/messages") {
      // SDK 1.x sends the key as a bearer token; older versions used x-api-key.
      const key = req.headers["x-api-key"] ?? req.headers.authorization?.replace(/^Bearer /, "");
      if (key !== "test-anthropic-key" || !req.headers["anthropic-version"]) {
        res.statusCode = 401;
        res.end(JSON.stringify({ type: "error", error: { type: "authentication_error", message: "bad key" } }));
        return;
      }
      res.end(
        JSON.stringify({
          id: "msg_01",
          type: "message",
          role: "assistant",
          model: body.model,
          content: [{ type: "text", text }],
          stop_reason: "end_turn",
          stop_sequence: null,
          usage: { input_tokens: 60, output_tokens: 20 },
        }),
      );
      return;
    }
    if (req.url === "/v1/chat/completions") {
      res.end(
        JSON.stringify({
          id: "chatcmpl-1",
          object: "chat.completion",
          created: 1_800_000_000,
          model: body.model,
          choices: [{ index: 0, message: { role: "assistant", content: text }, finish_reason: "stop" }],
          usage: { prompt_tokens: 60, completion_tokens: 20, total_tokens: 80 },
        }),
      );
      return;
    }
    res.statusCode = 404;
    res.end("{}");
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => server.close());

const rules = compileRuleSet(
  parseRuleSet(
    "rules:\n  - id: tone\n    kind: tone\n    judge: llm\n    voice: Bright, never preachy.\n    minScore: 0.6\n    fix: Rewrite as an invitation.\n",
  ),
  { ruleSetId: "brs_t", version: 1, brandId: "brd_t" },
);

describe("LLM tone judge", () => {
  it("asks Claude through the Anthropic SDK and turns a low score into a tone violation", async () => {
    const judge = anthropicToneJudge(new Anthropic({ apiKey: "test-anthropic-key", baseURL: base, maxRetries: 0 }));
    const bad = await checkCopy(rules, { copy: { headline: "NO EXCUSES", cta: "Run" }, format: "1080x1080" }, judge);
    expect(bad.violations).toHaveLength(1);
    expect(bad.violations[0]).toMatchObject({
      kind: "tone",
      measured: { judge: "llm", score: 0.2, model: "claude-haiku-4-5" },
    });
    const good = await checkCopy(
      rules,
      { copy: { headline: "Come run with us", cta: "Join" }, format: "1080x1080" },
      judge,
    );
    expect(good.violations).toEqual([]);
    const req = seen.find((s) => s.path === "/v1/messages")!;
    expect(req.body).toMatchObject({ model: "claude-haiku-4-5", max_tokens: 300 });
    expect(String(req.body.system)).toContain("JSON");
    expect(JSON.stringify(req.body.messages)).toContain("Bright, never preachy.");
  });

  it("asks an OpenAI-compatible server for a JSON verdict", async () => {
    const judge = openaiToneJudge(new OpenAI({ apiKey: "sk-test", baseURL: `${base}/v1`, maxRetries: 0 }));
    const bad = await checkCopy(rules, { copy: { headline: "NO EXCUSES", cta: "Run" }, format: "1080x1080" }, judge);
    expect(bad.violations[0]?.measured).toMatchObject({ judge: "llm", score: 0.2, model: "gpt-4o-mini" });
    const req = seen.find((s) => s.path === "/v1/chat/completions")!;
    expect(req.headers.authorization).toBe("Bearer sk-test");
    expect(req.body).toMatchObject({ model: "gpt-4o-mini", temperature: 0, response_format: { type: "json_object" } });
  });

  it("reports provider errors as provider_error naming the HTTP status", async () => {
    mode = "overloaded";
    const judge = anthropicToneJudge(new Anthropic({ apiKey: "test-anthropic-key", baseURL: base, maxRetries: 0 }));
    await expect(
      checkCopy(rules, { copy: { headline: "Hi", cta: "Run" }, format: "1080x1080" }, judge),
    ).rejects.toMatchObject({ code: "provider_error", message: expect.stringContaining("HTTP 529") });
    mode = "ok";
  });
});
