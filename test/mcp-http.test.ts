import type { AddressInfo } from "node:net";
import type { serve } from "@hono/node-server";
import { Client, StreamableHTTPClientTransport } from "@modelcontextprotocol/client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHttpApp } from "../server/http.ts";
import { makeJpeg } from "./helpers/images.ts";
import { serveLocal } from "./helpers/serve.ts";
import { createTestWorkspace, type TestWorkspace } from "./helpers/workspace.ts";

let ws: TestWorkspace;
let server: ReturnType<typeof serve>;
let base: string;

beforeAll(async () => {
  ws = await createTestWorkspace();
  server = serveLocal(createHttpApp(ws.services).fetch);
  await new Promise((r) => server.once("listening", r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.close();
  await ws.cleanup();
});

async function connect() {
  const client = new Client({ name: "winnow-test", version: "1.0.0" });
  await client.connect(new StreamableHTTPClientTransport(new URL(`${base}/mcp`)));
  return client;
}

describe("MCP over Streamable HTTP", () => {
  it("lists the library tools with titles, annotations and schemas", async () => {
    const client = await connect();
    const { tools } = await client.listTools();
    const names = tools.map((t) => t.name);
    expect(names).toEqual(expect.arrayContaining(["add_asset", "get_asset", "list_assets", "update_asset"]));
    for (const tool of tools) {
      expect(tool.name).toMatch(/^[a-z0-9_]{1,64}$/);
      expect(tool.title).toBeTruthy();
      expect(tool.annotations).toBeDefined();
      expect(tool.inputSchema.type).toBe("object");
      // Discovery tools list their output schema; core tools hand theirs out through describe_tool (issue 17).
      if (tool.outputSchema) expect(tool.outputSchema.type).toBe("object");
    }
    expect(tools.find((t) => t.name === "list_assets")?.annotations?.readOnlyHint).toBe(true);
    await client.close();
  });

  it("adds, gets, lists and updates an asset", async () => {
    const client = await connect();
    const bytes = await makeJpeg(1);
    const added = await client.callTool({
      name: "add_asset",
      arguments: {
        contentBase64: bytes.toString("base64"),
        filename: "hero.jpg",
        kind: "product",
        name: "Hero shoe",
        rightsHolder: "Kestrel",
      },
    });
    expect(added.isError).toBeFalsy();
    const asset = (added.structuredContent as { asset: { id: string; width: number; kind: string } }).asset;
    expect(asset.id).toMatch(/^ast_/);
    expect(asset.width).toBe(256);

    const got = await client.callTool({ name: "get_asset", arguments: { id: asset.id } });
    expect((got.structuredContent as { asset: { name: string } }).asset.name).toBe("Hero shoe");

    const listed = await client.callTool({ name: "list_assets", arguments: { kind: "product" } });
    const items = (listed.structuredContent as { items: { id: string }[] }).items;
    expect(items.map((i) => i.id)).toContain(asset.id);

    const updated = await client.callTool({
      name: "update_asset",
      arguments: { id: asset.id, status: "needs_review", notes: "check the sole colour" },
    });
    expect((updated.structuredContent as { asset: { status: string; version: number } }).asset).toMatchObject({
      status: "needs_review",
      version: 2,
    });

    const thumb = await client.readResource({ uri: `winnow://assets/${asset.id}/thumbnail` });
    const content = thumb.contents[0] as { mimeType: string; blob: string };
    expect(content.mimeType).toBe("image/webp");
    expect(Buffer.from(content.blob, "base64").subarray(8, 12).toString()).toBe("WEBP");
    await client.close();
  });

  it("returns isError naming the field for malformed arguments", async () => {
    const client = await connect();
    const result = await client.callTool({ name: "list_assets", arguments: { kind: "spaceship", limit: 500 } });
    expect(result.isError).toBe(true);
    const text = (result.content as { text: string }[])[0]!.text;
    expect(text).toMatch(/kind/);
    await client.close();
  });

  it("returns a not-found error for an unknown asset id", async () => {
    const client = await connect();
    const result = await client.callTool({ name: "get_asset", arguments: { id: "ast_01JD3Q8Z5K4W6X7Y8Z9A0B1C2D" } });
    expect(result.isError).toBe(true);
    expect((result.content as { text: string }[])[0]!.text).toMatch(
      /not_found: Asset ast_01JD3Q8Z5K4W6X7Y8Z9A0B1C2D not found/,
    );
    await client.close();
  });

  it("serves a client speaking the 2024-11-05 revision (raw JSON-RPC, stateless)", async () => {
    const res = await fetch(`${base}/mcp`, {
      method: "POST",
      headers: { "content-type": "application/json", accept: "application/json, text/event-stream" },
      body: JSON.stringify({
        jsonrpc: "2.0",
        id: 1,
        method: "initialize",
        params: { protocolVersion: "2024-11-05", capabilities: {}, clientInfo: { name: "old", version: "0" } },
      }),
    });
    expect(res.status).toBe(200);
    const text = await res.text();
    expect(text).toContain('"protocolVersion":"2024-11-05"');
    const list = await fetch(`${base}/mcp`, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        accept: "application/json, text/event-stream",
        "mcp-protocol-version": "2024-11-05",
      },
      body: JSON.stringify({ jsonrpc: "2.0", id: 2, method: "tools/list", params: {} }),
    });
    expect(await list.text()).toContain("list_assets");
  });
});

describe("HTTP safety", () => {
  it("answers /healthz", async () => {
    const res = await fetch(`${base}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ ok: true });
  });

  it("refuses a foreign Host with 403", async () => {
    const { request } = await import("node:http");
    const status = await new Promise<number>((resolve) => {
      const req = request(
        `${base}/mcp`,
        { method: "POST", headers: { host: "evil.example", "content-type": "application/json" } },
        (res) => resolve(res.statusCode ?? 0),
      );
      req.end("{}");
    });
    expect(status).toBe(403);
  });

  it("refuses a foreign Origin with 403", async () => {
    const res = await fetch(`${base}/mcp`, {
      method: "POST",
      headers: { origin: "https://evil.example", "content-type": "application/json" },
      body: "{}",
    });
    expect(res.status).toBe(403);
  });

  it("answers an oversized body with 413 JSON", async () => {
    const big = JSON.stringify({
      jsonrpc: "2.0",
      id: 1,
      method: "tools/list",
      params: { pad: "x".repeat(ws.config.maxBodyBytes + 10) },
    });
    const res = await fetch(`${base}/mcp`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: big,
    });
    expect(res.status).toBe(413);
    expect(JSON.stringify(await res.json())).toMatch(/Payload Too Large|exceeds/);
  });

  it("unknown API routes get a JSON 404, unknown pages an HTML 404", async () => {
    const api = await fetch(`${base}/api/nope`);
    expect(api.status).toBe(404);
    expect((await api.json()).error.code).toBe("not_found");
    const page = await fetch(`${base}/nope`);
    expect(page.status).toBe(404);
    expect(page.headers.get("content-type")).toMatch(/text\/html/);
  });
});
