import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addSlackMember } from "../test/helpers/team.ts";
import { createTestWorkspace, type TestWorkspace } from "../test/helpers/workspace.ts";
import { agentModelFromConfig } from "./model.ts";
import { Orchestrator } from "./orchestrator.ts";

/** A local stand-in for the Anthropic Messages API: checks the request shape, answers in the real wire format. */
interface Seen {
  headers: Record<string, string | string[] | undefined>;
  body: {
    model: string;
    system?: unknown;
    max_tokens: number;
    messages: { role: string; content: unknown }[];
    tools?: { name: string; input_schema: { type: string } }[];
  };
}
const seen: Seen[] = [];
let script: ((n: number) => { status: number; body: unknown })[] = [];
let server: Server;
let ws: TestWorkspace;

beforeAll(async () => {
  server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    if (req.method !== "POST" || req.url !== "/v1/messages") {
      res.writeHead(404).end();
      return;
    }
    seen.push({ headers: req.headers, body: JSON.parse(Buffer.concat(chunks).toString("utf8")) });
    const step = script[Math.min(seen.length - 1, script.length - 1)]!(seen.length);
    res.writeHead(step.status, { "content-type": "application/json", "request-id": `req_${seen.length}` });
    res.end(JSON.stringify(step.body));
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const port = (server.address() as AddressInfo).port;
  ws = await createTestWorkspace({
    ANTHROPIC_API_KEY: "sk-ant-test",
    ANTHROPIC_BASE_URL: `http://127.0.0.1:${port}/v1`,
  });
  // The Slack user the conversation comes from is a member: tools refuse people who are not.
  await addSlackMember(ws.services, "U0MARKETER1", "viewer");
});
afterAll(async () => {
  server.close();
  await ws.cleanup();
});

const message = (content: unknown[], stop: string, usage = { input_tokens: 900, output_tokens: 25 }) => ({
  status: 200,
  body: {
    id: "msg_01",
    type: "message",
    role: "assistant",
    model: "claude-sonnet-4-5",
    content,
    stop_reason: stop,
    stop_sequence: null,
    usage,
  },
});

describe("keyed agent path: @ai-sdk/anthropic against a local Messages API", () => {
  it("sends the system prompt and Winnow's tools, runs the tool the model asks for, and answers", async () => {
    seen.length = 0;
    script = [
      () =>
        message([{ type: "tool_use", id: "toolu_01", name: "list_reviews", input: { status: "pending" } }], "tool_use"),
      () => message([{ type: "text", text: "No reviews are pending." }], "end_turn"),
    ];
    const model = agentModelFromConfig(ws.config);
    expect(model?.provider).toBe("anthropic");
    const reply = await new Orchestrator(ws.services, { model }).respond({
      text: "anything to review?",
      actor: "slack:U0MARKETER1",
    });
    expect(reply.text).toContain("No reviews are pending.");
    expect(reply.toolsRan).toEqual([{ name: "list_reviews", ok: true }]);
    const first = seen[0]!;
    expect(first.headers["x-api-key"]).toBe("sk-ant-test");
    expect(first.headers["anthropic-version"]).toBeTruthy();
    expect(first.body.model).toBe("claude-sonnet-4-5");
    expect(JSON.stringify(first.body.system)).toContain("You are Winnow");
    expect(first.body.tools?.map((t) => t.name)).toEqual(expect.arrayContaining(["list_reviews", "request_review"]));
    expect(first.body.tools?.every((t) => t.input_schema.type === "object")).toBe(true);
    // The second request carries the tool result back to the model.
    expect(JSON.stringify(seen[1]!.body.messages)).toContain("tool_result");
  });

  it("reports an overloaded provider mid-conversation in plain words", async () => {
    seen.length = 0;
    script = [
      () => message([{ type: "tool_use", id: "toolu_02", name: "list_reviews", input: {} }], "tool_use"),
      () => ({ status: 529, body: { type: "error", error: { type: "overloaded_error", message: "Overloaded" } } }),
    ];
    const reply = await new Orchestrator(ws.services, { model: agentModelFromConfig(ws.config) }).respond({
      text: "review queue",
      actor: "slack:U0MARKETER1",
    });
    expect(reply.failed).toBe(true);
    expect(reply.text).toMatch(/model provider failed mid-conversation \(anthropic: .*Overloaded/);
    expect(reply.text).toContain("Completed before the failure: list_reviews");
    // The SDK retried the overloaded step (with backoff) before giving up: 1 tool step + 3 attempts.
    expect(seen).toHaveLength(4);
  });
});
