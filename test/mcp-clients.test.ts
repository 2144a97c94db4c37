import { execFile } from "node:child_process";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { promisify } from "node:util";
import { createMCPClient } from "@ai-sdk/mcp";
import type { serve } from "@hono/node-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHttpApp } from "../server/http.ts";
import { seedDemoWorkspace } from "../server/seed/seed.ts";
import { serveLocal } from "./helpers/serve.ts";
import { createTestWorkspace, type TestWorkspace } from "./helpers/workspace.ts";

const run = promisify(execFile);
let ws: TestWorkspace;
let server: ReturnType<typeof serve>;
let mcpUrl: string;

beforeAll(async () => {
  ws = await createTestWorkspace();
  await seedDemoWorkspace(ws.services);
  server = serveLocal(createHttpApp(ws.services).fetch);
  await new Promise((r) => server.once("listening", r));
  mcpUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/mcp`;
});
afterAll(async () => {
  server.close();
  await ws.cleanup();
});

describe("the ai SDK's MCP client", () => {
  it("lists Winnow's tools as AI SDK tools and calls one", async () => {
    const client = await createMCPClient({ transport: { type: "http", url: mcpUrl } });
    const tools = await client.tools();
    expect(Object.keys(tools)).toEqual(
      expect.arrayContaining(["list_assets", "get_asset", "add_asset", "update_asset"]),
    );
    const result = (await tools.list_assets!.execute!(
      { brand: "kestrel", kind: "scene" },
      { toolCallId: "t1", messages: [] },
    )) as {
      structuredContent?: { items: unknown[] };
      isError?: boolean;
    };
    expect(result.isError).toBeFalsy();
    expect(result.structuredContent?.items.length).toBe(5);
    const prompts = await client.experimental_listPrompts();
    expect(prompts.prompts.map((p) => p.name)).toContain("find_like_this");
    await client.close();
  });
});

const inspector = join(process.cwd(), "node_modules", "@modelcontextprotocol", "inspector", "cli", "build", "cli.js");
async function inspect(...args: string[]) {
  const { stdout } = await run(process.execPath, [inspector, "--cli", ...args], {
    env: { ...process.env, WINNOW_DATA_DIR: join(ws.dir, "data"), WINNOW_AUTO_SEED: "0", LOG_LEVEL: "error" },
    timeout: 60_000,
  });
  return JSON.parse(stdout.slice(stdout.indexOf("{")));
}

describe("the MCP Inspector CLI as an independent client", () => {
  it("lists and calls tools over Streamable HTTP", async () => {
    const listed = await inspect(mcpUrl, "--method", "tools/list");
    expect(listed.tools.map((t: { name: string }) => t.name)).toContain("list_assets");
    const called = await inspect(
      mcpUrl,
      "--method",
      "tools/call",
      "--tool-name",
      "list_assets",
      "--tool-arg",
      "kind=logo",
    );
    expect(called.structuredContent.items).toHaveLength(2);
  });

  it("reads resources and prompts over Streamable HTTP", async () => {
    const resources = await inspect(mcpUrl, "--method", "resources/list");
    expect(resources.resources.some((r: { uri: string }) => r.uri === "winnow://brands/kestrel/rules")).toBe(true);
    const prompts = await inspect(mcpUrl, "--method", "prompts/list");
    expect(prompts.prompts.map((p: { name: string }) => p.name)).toContain("brief_to_variants");
  });

  it("lists tools over stdio (winnow mcp)", async () => {
    const listed = await inspect(process.execPath, "bin/winnow.cjs", "mcp", "--method", "tools/list");
    expect(listed.tools.map((t: { name: string }) => t.name)).toContain("get_asset");
  });
});
