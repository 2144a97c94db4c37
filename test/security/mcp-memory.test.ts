import type { AddressInfo } from "node:net";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import type { serve } from "@hono/node-server";
import { Client, StreamableHTTPClientTransport } from "@modelcontextprotocol/client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHttpApp } from "../../server/http.ts";
import { createMcpServer } from "../../server/mcp.ts";
import { addAsset } from "../../tools/add_asset.ts";
import { invokeTool } from "../../tools/define.ts";
import { findTool } from "../../tools/index.ts";
import { sdkSchemasOf } from "../../tools/sdk-schemas.ts";
import { makeJpeg } from "../helpers/images.ts";
import { serveLocal } from "../helpers/serve.ts";
import { createTestWorkspace, type TestWorkspace, toolContext } from "../helpers/workspace.ts";

/**
 * Replays issue #23's first probe: MCP over Streamable HTTP grew RSS by ~220 KB per call (20 clients, list_assets /
 * search_assets) while the JSON API stayed flat. Each call's server outlived its request (held through the incoming
 * request's signal) and was promoted to the old generation. The test counts heap kept per call after forced full
 * collections, right after the calls: before the fix ~240-350 KB per call, after it a few KB.
 */
setFlagsFromString("--expose-gc");
const gc = runInNewContext("gc") as () => void;

let ws: TestWorkspace;
let server: ReturnType<typeof serve>;
let base: string;

beforeAll(async () => {
  ws = await createTestWorkspace();
  for (let i = 0; i < 6; i++) {
    const bytes = await makeJpeg(i, 128);
    await invokeTool(
      addAsset,
      { contentBase64: bytes.toString("base64"), filename: `run-${i}.jpg`, kind: "product", name: `Trail shoe ${i}` },
      toolContext(ws.services),
    );
  }
  server = serveLocal(createHttpApp(ws.services).fetch);
  await new Promise((r) => server.once("listening", r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.close();
  await ws.cleanup();
});

const heapAfterFullGc = () => {
  gc();
  gc();
  return process.memoryUsage().heapUsed;
};

describe("MCP over HTTP keeps no memory per call (issue 23)", () => {
  it("keeps under 30 KB of heap per call over 250 list/search calls from 4 clients", async () => {
    const clients = await Promise.all(
      Array.from({ length: 4 }, async () => {
        const client = new Client({ name: "leak-probe", version: "1.0.0" });
        await client.connect(new StreamableHTTPClientTransport(new URL(`${base}/mcp`)));
        return client;
      }),
    );
    const calls = async (n: number) => {
      let next = 0;
      await Promise.all(
        clients.map(async (client) => {
          while (next < n) {
            const i = next++;
            const result = await (i % 2
              ? client.callTool({ name: "list_assets", arguments: { limit: 20 } })
              : client.callTool({ name: "search_assets", arguments: { query: "trail shoe" } }));
            expect(result.isError).toBeFalsy();
          }
        }),
      );
    };
    await calls(60); // warm caches, JIT and the SDK's lazy schemas
    const before = heapAfterFullGc();
    const N = 250;
    await calls(N);
    const perCallKb = (heapAfterFullGc() - before) / N / 1024;
    expect(perCallKb).toBeLessThan(30);
    await Promise.all(clients.map((c) => c.close()));
  });

  it("builds a tool's SDK schemas once and converts them to JSON Schema once, whatever the number of servers", () => {
    const tool = findTool("list_assets")!;
    const a = createMcpServer(ws.services, "mcp-http");
    const b = createMcpServer(ws.services, "mcp-http");
    expect(a).not.toBe(b);
    const schemas = sdkSchemasOf(tool);
    expect(sdkSchemasOf(tool)).toBe(schemas);
    const convert = (schemas.output["~standard"] as unknown as { jsonSchema: { output: (o: object) => object } })
      .jsonSchema.output;
    const first = convert({ target: "draft-2020-12" });
    expect(convert({ target: "draft-2020-12" })).toBe(first);
    expect(first).toMatchObject({ type: "object" });
    // The SDK sees the same wrapped schema on every server, so its per-server memo is never the only one.
    const registered = (s: typeof a) =>
      (s as unknown as { _registeredTools: Record<string, { outputSchema: unknown }> })._registeredTools.list_assets
        ?.outputSchema;
    expect(registered(a)).toBe(schemas.output);
    expect(registered(b)).toBe(schemas.output);
  });
});
