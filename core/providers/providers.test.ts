import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import sharp from "sharp";
import { afterEach, describe, expect, it } from "vitest";
import { WinnowError } from "../errors.ts";
import { seededRng } from "../generation/rng.ts";
import { AdRenderer } from "../render/renderer.ts";
import { STANDARD_LAYOUTS } from "../templates/layouts.ts";
import type { SlotChoice, TemplateSpec } from "../templates/spec.ts";
import { AnthropicTextProvider } from "./anthropic.ts";
import { OpenAIImageProvider, OpenAITextProvider } from "./openai.ts";

const FAST = { retries: 2, minTimeoutMs: 5, maxTimeoutMs: 20, timeoutMs: 2000 };
const spec = {
  slots: { offer: { values: [{ id: "spring-20-off", label: "20% off", disclaimer: "T&Cs apply." }] } },
} as unknown as TemplateSpec;
const slots = { offer: "spring-20-off", format: "1:1" } as SlotChoice;

interface Seen {
  path: string;
  headers: IncomingMessage["headers"];
  body: Record<string, unknown>;
}

let server: Server | undefined;
afterEach(() => server?.close());

/** A fake provider on 127.0.0.1 that records requests and answers with the scripted (status, body) per call. */
async function fake(script: (n: number, seen: Seen) => [number, unknown]) {
  const seen: Seen[] = [];
  server = createServer((req, res) => {
    let raw = "";
    req.on("data", (c) => (raw += c));
    req.on("end", () => {
      const entry = { path: req.url ?? "", headers: req.headers, body: JSON.parse(raw || "{}") };
      seen.push(entry);
      const [status, body] = script(seen.length, entry);
      res.writeHead(status, { "content-type": "application/json" });
      res.end(JSON.stringify(body));
    });
  });
  await new Promise<void>((r) => server!.listen(0, "127.0.0.1", r));
  return { url: `http://127.0.0.1:${(server!.address() as AddressInfo).port}`, seen };
}

const claudeMessage = (text: string) => ({
  id: "msg_01",
  type: "message",
  role: "assistant",
  model: "claude-haiku-4-5",
  content: [{ type: "text", text }],
  stop_reason: "end_turn",
  stop_sequence: null,
  usage: { input_tokens: 812, output_tokens: 64 },
});
const COPY = '{"headline": "Beat your spring PR", "body": "The Aero 3, now 20% off.", "cta": "Shop now"}';

describe("Anthropic text provider (real SDK against a local fake)", () => {
  it("sends model, system prompt, messages, max_tokens and auth headers, and parses the JSON copy", async () => {
    const api = await fake(() => [200, claudeMessage(`Here you go:\n${COPY}`)]);
    const provider = new AnthropicTextProvider({ apiKey: "sk-ant-test", baseURL: api.url }, FAST);
    const out = await provider.writeCopy({
      model: "claude-haiku-4-5",
      spec,
      slots,
      prompt: "You are the copywriter.",
      rng: seededRng(1),
    });
    const req = api.seen[0]!;
    expect(req.path).toBe("/v1/messages");
    // SDK 1.x sends the key as a bearer token; older ones used x-api-key. Either way it must be our key.
    expect(req.headers["x-api-key"] ?? req.headers.authorization).toMatch(/^(Bearer )?sk-ant-test$/);
    expect(req.headers["anthropic-version"]).toBeTruthy();
    expect(req.body).toMatchObject({ model: "claude-haiku-4-5", max_tokens: 400, system: "You are the copywriter." });
    expect(req.body.messages).toEqual([{ role: "user", content: expect.stringContaining("JSON") }]);
    expect(out.copy).toEqual({
      headline: "Beat your spring PR",
      body: "The Aero 3, now 20% off.",
      cta: "Shop now",
      disclaimer: "T&Cs apply.",
    });
    expect(out.usage).toMatchObject({ tokensIn: 812, tokensOut: 64 });
  });

  it("retries a 429 and then succeeds", async () => {
    const api = await fake((n) =>
      n === 1
        ? [429, { type: "error", error: { type: "rate_limit_error", message: "Rate limited" } }]
        : [200, claudeMessage(COPY)],
    );
    const provider = new AnthropicTextProvider({ apiKey: "k", baseURL: api.url }, FAST);
    const out = await provider.writeCopy({ model: "claude-haiku-4-5", spec, slots, prompt: "p", rng: seededRng(1) });
    expect(api.seen).toHaveLength(2);
    expect(out.copy.headline).toBe("Beat your spring PR");
  });

  it("gives up on 500-forever with a provider_error carrying the provider's message", async () => {
    const api = await fake(() => [500, { type: "error", error: { type: "api_error", message: "Internal meltdown" } }]);
    const provider = new AnthropicTextProvider({ apiKey: "k", baseURL: api.url }, FAST);
    const error = await provider
      .writeCopy({ model: "claude-haiku-4-5", spec, slots, prompt: "p", rng: seededRng(1) })
      .catch((e) => e);
    expect(error).toBeInstanceOf(WinnowError);
    expect(error.code).toBe("provider_error");
    expect(error.message).toMatch(/anthropic claude-haiku-4-5 failed after 3 attempt\(s\).*Internal meltdown/);
    expect(api.seen).toHaveLength(3);
  });

  it("does not retry a 401", async () => {
    const api = await fake(() => [
      401,
      { type: "error", error: { type: "authentication_error", message: "invalid x-api-key" } },
    ]);
    const provider = new AnthropicTextProvider({ apiKey: "k", baseURL: api.url }, FAST);
    const error = await provider.writeCopy({ model: "m", spec, slots, prompt: "p", rng: seededRng(1) }).catch((e) => e);
    expect(error.message).toMatch(/invalid x-api-key.*Check the API key/);
    expect(api.seen).toHaveLength(1);
  });
});

describe("OpenAI providers (real SDK against a local fake)", () => {
  it("asks chat completions for a JSON object and reads usage", async () => {
    const api = await fake(() => [
      200,
      {
        id: "chatcmpl-1",
        object: "chat.completion",
        created: 1,
        model: "gpt-4.1-mini",
        choices: [{ index: 0, finish_reason: "stop", message: { role: "assistant", content: COPY } }],
        usage: { prompt_tokens: 700, completion_tokens: 40, total_tokens: 740 },
      },
    ]);
    const provider = new OpenAITextProvider({ apiKey: "sk-test", baseURL: `${api.url}/v1` }, FAST);
    const out = await provider.writeCopy({ model: "gpt-4.1-mini", spec, slots, prompt: "sys", rng: seededRng(1) });
    const req = api.seen[0]!;
    expect(req.path).toBe("/v1/chat/completions");
    expect(req.headers.authorization).toBe("Bearer sk-test");
    expect(req.body).toMatchObject({
      model: "gpt-4.1-mini",
      max_tokens: 400,
      response_format: { type: "json_object" },
    });
    expect((req.body.messages as { role: string }[]).map((m) => m.role)).toEqual(["system", "user"]);
    expect(out.usage).toMatchObject({ tokensIn: 700, tokensOut: 40 });
  });

  it("paints the scene with gpt-image-1 (b64_json) and composites the layout on top", async () => {
    const painted = await sharp({ create: { width: 1024, height: 1024, channels: 3, background: "#2E7D6B" } })
      .png()
      .toBuffer();
    const api = await fake((n) =>
      n === 1
        ? [503, { error: { message: "overloaded", type: "server_error" } }]
        : [200, { created: 1, data: [{ b64_json: painted.toString("base64") }] }],
    );
    const provider = new OpenAIImageProvider({ apiKey: "sk-test", baseURL: `${api.url}/v1` }, FAST, new AdRenderer());
    const out = await provider.render({
      model: "gpt-image-1",
      prompt: "city at sunrise",
      render: {
        layout: STANDARD_LAYOUTS["1:1"],
        palette: { primary: "#FF5A1F", ink: "#15171C", paper: "#F4F1EA", accent: "#FFC845" },
        fontFamily: "DejaVu Sans",
        panelOpacity: 1,
        copy: { headline: "Hello", body: "World", cta: "Go" },
      },
    });
    expect(api.seen).toHaveLength(2);
    expect(api.seen[1]!.path).toBe("/v1/images/generations");
    expect(api.seen[1]!.body).toMatchObject({ model: "gpt-image-1", size: "1024x1024", n: 1 });
    // The painted green shows inside the photo box, the brand paper outside it.
    const { data, info } = await sharp(out.png).raw().toBuffer({ resolveWithObject: true });
    const at = (x: number, y: number) =>
      Array.from(data.subarray((y * info.width + x) * info.channels, (y * info.width + x) * info.channels + 3));
    expect(at(1070, 580)).toEqual([0x2e, 0x7d, 0x6b]);
    expect(at(1070, 1070)).toEqual([0xf4, 0xf1, 0xea]);
    expect(out.usage.images).toBe(1);
  });
});
