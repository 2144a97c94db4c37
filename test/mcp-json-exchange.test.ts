import type { AddressInfo } from "node:net";
import { serve } from "@hono/node-server";
import { Client, StreamableHTTPClientTransport } from "@modelcontextprotocol/client";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createHttpApp } from "../server/http.ts";
import { makeJpeg } from "./helpers/images.ts";
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
  server = serve({ fetch: createHttpApp(ws.services).fetch, port: 0, hostname: "127.0.0.1" });
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

  it("adds one asset-added hook per workspace however many apps are built on it", () => {
    const spy = vi.spyOn(ws.services.library, "onAssetAdded");
    for (let i = 0; i < 5; i++) createHttpApp(ws.services);
    expect(spy).not.toHaveBeenCalled();
    spy.mockRestore();
  });
});
