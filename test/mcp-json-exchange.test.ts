import type { AddressInfo } from "node:net";
import type { serve } from "@hono/node-server";
import { Client, StreamableHTTPClientTransport } from "@modelcontextprotocol/client";
import { McpServer } from "@modelcontextprotocol/server";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createHttpApp } from "../server/http.ts";
import { statelessTool } from "../server/mcp.ts";
import { plainToolCall } from "../server/mcp-tool-call.ts";
import { makeJpeg } from "./helpers/images.ts";
import { serveLocal } from "./helpers/serve.ts";
import { createTestWorkspace, type TestWorkspace } from "./helpers/workspace.ts";

/**
 * Issue 23: a plain 2025-era MCP request (one JSON-RPC request, no progress token) is answered with a JSON body; one
 * that asks for progress keeps the SSE stream so its notifications arrive. Both go through the same tools.
 */
let ws: TestWorkspace;
let server: ReturnType<typeof serve>;
let base: string;

beforeAll(async () => {
  ws = await createTestWorkspace();
  await ws.services.library.add({
    bytes: await makeJpeg(3),
    filename: "trail.jpg",
    meta: { name: "Trail shoe", description: "Trail shoe" },
    actor: "test",
  });
  server = serveLocal(createHttpApp(ws.services).fetch);
  await new Promise((r) => server.once("listening", r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.close();
  await ws.cleanup();
});

const post = (body: unknown) =>
  fetch(`${base}/mcp`, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      accept: "application/json, text/event-stream",
      "mcp-protocol-version": "2025-11-25",
    },
    body: JSON.stringify(body),
  });

describe("MCP over HTTP answers plain requests as JSON", () => {
  it("answers a tools/call with application/json carrying the tool's structured result", async () => {
    const res = await post({
      jsonrpc: "2.0",
      id: 7,
      method: "tools/call",
      params: { name: "list_assets", arguments: { limit: 5 } },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^application\/json/);
    const body = (await res.json()) as { id: number; result: { structuredContent: { items: { name: string }[] } } };
    expect(body.id).toBe(7);
    expect(body.result.structuredContent.items.map((a) => a.name)).toContain("Trail shoe");
  });

  it("keeps the SSE stream for a call that carries a progress token", async () => {
    const res = await post({
      jsonrpc: "2.0",
      id: 8,
      method: "tools/call",
      params: { name: "list_assets", arguments: { limit: 5 }, _meta: { progressToken: "p1" } },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^text\/event-stream/);
    const text = await res.text();
    expect(text).toMatch(/"id":8/);
    expect(text).toContain("Trail shoe");
  });

  it("refuses an unknown tool and an invalid argument as before, by name", async () => {
    const unknown = (await (
      await post({ jsonrpc: "2.0", id: 9, method: "tools/call", params: { name: "no_such_tool", arguments: {} } })
    ).json()) as { result?: { isError?: boolean; content: { text: string }[] }; error?: { message: string } };
    expect(JSON.stringify(unknown)).toMatch(/no_such_tool/);
    const invalid = (await (
      await post({
        jsonrpc: "2.0",
        id: 10,
        method: "tools/call",
        params: { name: "list_assets", arguments: { limit: -3 } },
      })
    ).json()) as { result?: { isError?: boolean; content: { text: string }[] }; error?: { message: string } };
    expect(JSON.stringify(invalid)).toMatch(/limit/);
  });

  it("serves the real SDK client (initialize, list, call) over the JSON answers", async () => {
    const client = new Client({ name: "json-exchange", version: "1.0.0" });
    await client.connect(new StreamableHTTPClientTransport(new URL(`${base}/mcp`)));
    const { tools } = await client.listTools();
    expect(tools.map((t) => t.name)).toContain("search_assets");
    const result = await client.callTool({ name: "search_assets", arguments: { query: "trail shoe" } });
    expect(result.isError).toBeFalsy();
    expect(JSON.stringify(result.structuredContent)).toContain("Trail shoe");
    await client.close();
  });

  it("answers a plain tools/call without building an SDK server, and a streamed one through the SDK", async () => {
    const connect = vi.spyOn(McpServer.prototype, "connect");
    try {
      await post({ jsonrpc: "2.0", id: 11, method: "tools/call", params: { name: "list_assets", arguments: {} } });
      expect(connect).not.toHaveBeenCalled();
      await (
        await post({
          jsonrpc: "2.0",
          id: 12,
          method: "tools/call",
          params: { name: "list_assets", arguments: {}, _meta: { progressToken: "p2" } },
        })
      ).text();
      expect(connect).toHaveBeenCalledTimes(1);
    } finally {
      connect.mockRestore();
    }
  });

  it("answers a plain call exactly as the SDK answers the same call with a progress token", async () => {
    const sseResult = async (res: Response) => {
      const data = (await res.text()).split("\n").find((line) => line.startsWith("data: {"));
      return JSON.parse(data!.slice("data: ".length)) as { result: unknown };
    };
    for (const [name, args] of [
      ["list_assets", { limit: 5 }],
      ["search_assets", { query: "trail shoe" }],
      ["list_assets", { limit: -3 }],
      ["list_assets", { limt: 5 }],
      ["get_asset", { id: "ast_missing" }],
    ] as const) {
      const plain = (await (
        await post({ jsonrpc: "2.0", id: 13, method: "tools/call", params: { name, arguments: args } })
      ).json()) as { result: unknown };
      const streamed = await sseResult(
        await post({
          jsonrpc: "2.0",
          id: 13,
          method: "tools/call",
          params: { name, arguments: args, _meta: { progressToken: "p3" } },
        }),
      );
      expect(plain, `${name} ${JSON.stringify(args)}`).toEqual(streamed);
    }
  });

  it("names a bad argument the way every surface does (invalid_input), over MCP as over the JSON API", async () => {
    const mcp = (await (
      await post({
        jsonrpc: "2.0",
        id: 14,
        method: "tools/call",
        params: { name: "list_assets", arguments: { limt: 5 } },
      })
    ).json()) as { result: { isError: boolean; content: { text: string }[] } };
    const api = (await (
      await fetch(`${base}/api/tools/list_assets`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ limt: 5 }),
      })
    ).json()) as { error: { code: string; message: string } };
    expect(mcp.result.isError).toBe(true);
    expect(mcp.result.content[0]!.text).toBe(`${api.error.code}: ${api.error.message}`);
    expect(mcp.result.content[0]!.text).toMatch(/^invalid_input: .*limt.*did you mean limit/);
  });

  it("leaves to the SDK every request that is not plainly a 2025-era tools/call of a served tool", () => {
    const lookup = (name: string) => statelessTool(ws.services, name);
    const headers = {
      "content-type": "application/json",
      accept: "application/json, text/event-stream",
      "mcp-protocol-version": "2025-11-25",
    };
    const request = (h: Record<string, string> = headers, method = "POST") =>
      new Request(`${base}/mcp`, { method, headers: h });
    const call = (params: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({
      jsonrpc: "2.0",
      id: 1,
      method: "tools/call",
      params,
      ...extra,
    });
    const plain = { name: "list_assets", arguments: { limit: 1 } };
    expect(plainToolCall(request(), call(plain), lookup)?.tool.name).toBe("list_assets");
    expect(plainToolCall(request(), call({ name: "list_tools" }), lookup)?.tool.name).toBe("list_tools");
    const refused: [string, Request, unknown][] = [
      ["a batch", request(), [call(plain)]],
      ["a notification", request(), { jsonrpc: "2.0", method: "tools/call", params: plain }],
      ["another method", request(), { jsonrpc: "2.0", id: 1, method: "tools/list", params: {} }],
      ["an unknown tool", request(), call({ name: "no_such_tool", arguments: {} })],
      ["a progress token", request(), call({ ...plain, _meta: { progressToken: 1 } })],
      [
        "a 2026 envelope",
        request(),
        call({ ...plain, _meta: { "io.modelcontextprotocol/protocolVersion": "2026-07-28" } }),
      ],
      ["a task", request(), call({ ...plain, task: { ttl: 1000 } })],
      ["arguments that are not an object", request(), call({ name: "list_assets", arguments: [1] })],
      ["a null id", request(), { ...call(plain), id: null }],
      ["an unsupported version", request({ ...headers, "mcp-protocol-version": "2099-01-01" }), call(plain)],
      ["a modern method header", request({ ...headers, "mcp-method": "tools/call" }), call(plain)],
      ["an Accept without SSE", request({ ...headers, accept: "application/json" }), call(plain)],
      ["a form body", request({ ...headers, "content-type": "text/plain" }), call(plain)],
      ["a GET", request(headers, "GET"), call(plain)],
    ];
    for (const [what, req, body] of refused) expect(plainToolCall(req, body, lookup), what).toBeUndefined();
  });

  it("adds one asset-added hook per workspace however many apps are built on it", () => {
    const spy = vi.spyOn(ws.services.library, "onAssetAdded");
    for (let i = 0; i < 5; i++) createHttpApp(ws.services);
    expect(spy).not.toHaveBeenCalled();
    spy.mockRestore();
  });
});
