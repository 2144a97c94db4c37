import type { Server as NodeHttpServer } from "node:http";
import type { AddressInfo } from "node:net";
import type { serve } from "@hono/node-server";
import { Client, StreamableHTTPClientTransport } from "@modelcontextprotocol/client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHttpApp } from "../server/http.ts";
import { KEEP_ALIVE } from "../server/keep-alive.ts";
import { makeJpeg } from "./helpers/images.ts";
import { serveLocal } from "./helpers/serve.ts";
import { createTestWorkspace, type TestWorkspace } from "./helpers/workspace.ts";

const TOKEN = "test-token-0123456789abcdef";
let ws: TestWorkspace;
let server: ReturnType<typeof serve>;
let base: string;

beforeAll(async () => {
  ws = await createTestWorkspace({ WINNOW_TOKEN: TOKEN });
  server = serveLocal(createHttpApp(ws.services).fetch);
  await new Promise((r) => server.once("listening", r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.close();
  await ws.cleanup();
});

const initialize = JSON.stringify({
  jsonrpc: "2.0",
  id: 1,
  method: "initialize",
  params: { protocolVersion: "2025-03-26", capabilities: {}, clientInfo: { name: "curl", version: "0" } },
});
const mcpHeaders = { "content-type": "application/json", accept: "application/json, text/event-stream" };

async function connect(headers: Record<string, string>) {
  const client = new Client({ name: "winnow-auth-test", version: "1.0.0" });
  await client.connect(new StreamableHTTPClientTransport(new URL(`${base}/mcp`), { requestInit: { headers } }));
  return client;
}

describe("the test server keeps connections as winnow serve does", () => {
  it("leaves idle keep-alive connections to the client: advertises 5 s, keeps them 65 s", async () => {
    const res = await fetch(`${base}/healthz`);
    await res.text();
    expect(res.headers.get("keep-alive")).toBe(`timeout=${KEEP_ALIVE.advertisedSeconds}`);
    expect((server as NodeHttpServer).keepAliveTimeout).toBe(KEEP_ALIVE.keptMs);
    expect(KEEP_ALIVE.keptMs).toBeGreaterThan(KEEP_ALIVE.advertisedSeconds * 1000 * 10);
  });
});

describe("bearer token when WINNOW_TOKEN is set", () => {
  it("answers /mcp without a token with 401 and a WWW-Authenticate challenge", async () => {
    const res = await fetch(`${base}/mcp`, { method: "POST", headers: mcpHeaders, body: initialize });
    expect(res.status).toBe(401);
    expect(res.headers.get("www-authenticate")).toMatch(/^Bearer/);
    expect((await res.json()).error).toMatchObject({ code: "unauthorized", message: /Authorization: Bearer/ });
  });

  it("answers /mcp with a wrong token with 401", async () => {
    for (const authorization of [`Bearer ${TOKEN}x`, "Bearer wrong", `Basic ${TOKEN}`, TOKEN]) {
      const res = await fetch(`${base}/mcp`, {
        method: "POST",
        headers: { ...mcpHeaders, authorization },
        body: initialize,
      });
      expect(res.status, authorization).toBe(401);
      expect((await res.json()).error.message).toMatch(/bearer token is wrong/);
    }
  });

  it("refuses the SDK client without the token, and serves it with the token", async () => {
    await expect(connect({})).rejects.toThrow(/401|Unauthorized/i);
    await expect(connect({ authorization: "Bearer not-the-token-at-all" })).rejects.toThrow(/401|Unauthorized/i);

    const client = await connect({ authorization: `Bearer ${TOKEN}` });
    const { tools } = await client.listTools();
    expect(tools.map((t) => t.name)).toContain("list_assets");
    const added = await client.callTool({
      name: "add_asset",
      arguments: { contentBase64: (await makeJpeg(9)).toString("base64"), filename: "a.jpg" },
    });
    expect(added.isError).toBeFalsy();
    const listed = await client.callTool({ name: "list_assets", arguments: {} });
    expect((listed.structuredContent as { items: unknown[] }).items).toHaveLength(1);
    await client.close();
  });

  it("guards /api the same way", async () => {
    const body = JSON.stringify({ limit: 5 });
    const post = (headers: Record<string, string>) =>
      fetch(`${base}/api/tools/list_assets`, {
        method: "POST",
        headers: { "content-type": "application/json", ...headers },
        body,
      });
    expect((await post({})).status).toBe(401);
    expect((await post({ authorization: "Bearer nope" })).status).toBe(401);
    expect((await fetch(`${base}/api/tools`)).status).toBe(401);
    const ok = await post({ authorization: `Bearer ${TOKEN}` });
    expect(ok.status).toBe(200);
    expect((await ok.json()).result).toMatchObject({ items: expect.any(Array), nextCursor: null });
  });

  it("leaves /healthz open for load balancers", async () => {
    const res = await fetch(`${base}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ ok: true, name: "winnow" });
  });
});
