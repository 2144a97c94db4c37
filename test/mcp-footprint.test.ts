import type { AddressInfo } from "node:net";
import type { serve } from "@hono/node-server";
import { Client, InMemoryTransport, StreamableHTTPClientTransport } from "@modelcontextprotocol/client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { localAdmin } from "../core/people/caller.ts";
import { createHttpApp } from "../server/http.ts";
import { createMcpServer } from "../server/mcp.ts";
import { asCaller } from "../server/mcp-caller.ts";
import { CORE_TOOLS } from "../server/mcp-listing.ts";
import type { Services } from "../server/services.ts";
import { findTool, selectTools } from "../tools/index.ts";
import { makeJpeg } from "./helpers/images.ts";
import { serveLocal } from "./helpers/serve.ts";
import { createTestWorkspace, type TestWorkspace } from "./helpers/workspace.ts";

/**
 * Issue 17: every MCP client loads tools/list into a model's context. A default client must get at most 40 KB while
 * every tool stays reachable (list_tools → describe_tool → call_tool), validated as a direct call would be.
 */
const BUDGET_BYTES = 40 * 1024;

let ws: TestWorkspace;
let server: ReturnType<typeof serve>;
let url: URL;
/** Bytes of each JSON-RPC response body as it came over the wire, by request method. */
const wire: { method: string; bytes: number }[] = [];

beforeAll(async () => {
  ws = await createTestWorkspace();
  server = serveLocal(createHttpApp(ws.services).fetch);
  await new Promise((r) => server.once("listening", r));
  url = new URL(`http://127.0.0.1:${(server.address() as AddressInfo).port}/mcp`);
});
afterAll(async () => {
  server.close();
  await ws.cleanup();
});

async function httpClient() {
  const measuringFetch: typeof fetch = async (input, init) => {
    const response = await fetch(input, init);
    const method = typeof init?.body === "string" ? (JSON.parse(init.body) as { method?: string }).method : undefined;
    if (method) {
      const body = await response.clone().arrayBuffer();
      wire.push({ method, bytes: body.byteLength });
    }
    return response;
  };
  const client = new Client({ name: "default-client", version: "1.0.0" });
  await client.connect(new StreamableHTTPClientTransport(url, { fetch: measuringFetch }));
  return client;
}

async function inMemoryClient(services: Services, options: Parameters<typeof createMcpServer>[2] = {}) {
  const mcp = createMcpServer(services, "mcp", options);
  const [clientSide, serverSide] = InMemoryTransport.createLinkedPair();
  await mcp.connect(asCaller(serverSide, localAdmin("test")));
  let changes = 0;
  const client = new Client({ name: "stdio-like", version: "1.0.0" }, {
    listChanged: { tools: { onChanged: () => changes++, debounceMs: 0 } },
  } as never);
  await client.connect(clientSide);
  return { client, changes: () => changes };
}

const textOf = (result: { content: unknown }) => (result.content as { text: string }[])[0]!.text;

describe("default MCP footprint", () => {
  it("a default client's tools/list is at most 40 KB on the wire and lists the core set plus discovery", async () => {
    const client = await httpClient();
    wire.length = 0;
    const { tools } = await client.listTools();
    const listed = wire.find((w) => w.method === "tools/list");
    expect(listed, "tools/list response measured").toBeDefined();
    const everything = selectTools();
    process.stderr.write(
      `[footprint] default tools/list ${listed!.bytes} bytes for ${tools.length} listed of ${everything.length} tools\n`,
    );
    expect(listed!.bytes).toBeLessThanOrEqual(BUDGET_BYTES);
    const names = tools.map((t) => t.name);
    expect(names).toEqual(expect.arrayContaining([...CORE_TOOLS, "list_tools", "describe_tool", "call_tool"]));
    // Stateless HTTP cannot keep a per-session listing, so enable_toolset is only offered on stdio.
    expect(names).not.toContain("enable_toolset");
    expect(names.length).toBeLessThan(everything.length);
    // Core tools carry their input schemas; output schemas come from describe_tool.
    for (const tool of tools) expect(tool.inputSchema.type, tool.name).toBe("object");
    expect(tools.find((t) => t.name === "search_assets")?.outputSchema).toBeUndefined();
    await client.close();
  });

  it("WINNOW_TOOLS=all lists every tool with its output schema (what the full listing costs)", async () => {
    const { client } = await inMemoryClient(ws.services, { tools: "all" });
    const all = await client.listTools();
    expect(all.tools.map((t) => t.name).sort()).toEqual(
      selectTools()
        .map((t) => t.name)
        .sort(),
    );
    for (const tool of all.tools) expect(tool.outputSchema?.type, tool.name).toBe("object");
    process.stderr.write(`[footprint] full tools/list ${JSON.stringify(all).length} bytes\n`);
    const configured = await inMemoryClient({
      ...ws.services,
      config: { ...ws.services.config, toolListing: ["all"] },
    });
    expect((await configured.client.listTools()).tools.length).toBe(all.tools.length);
    await client.close();
  });

  it("list_tools reaches every served tool, marking which are listed up front", async () => {
    const client = await httpClient();
    const result = await client.callTool({ name: "list_tools", arguments: {} });
    expect(result.isError).toBeFalsy();
    const out = result.structuredContent as { tools: { name: string; listed: boolean }[]; nextCursor: null };
    expect(out.tools.map((t) => t.name).sort()).toEqual(
      selectTools()
        .map((t) => t.name)
        .sort(),
    );
    expect(out.tools.find((t) => t.name === "slot_insights")?.listed).toBe(false);
    expect(out.tools.find((t) => t.name === "search_assets")?.listed).toBe(true);
    const experiments = await client.callTool({
      name: "list_tools",
      arguments: { toolset: "experiments", query: "experiment" },
    });
    const names = (experiments.structuredContent as { tools: { name: string }[] }).tools.map((t) => t.name);
    expect(names).toContain("create_experiment");
    expect(names).not.toContain("search_assets");
    const paged = await client.callTool({ name: "list_tools", arguments: { limit: 5 } });
    const page = paged.structuredContent as { tools: unknown[]; nextCursor: string };
    expect(page.tools).toHaveLength(5);
    const next = await client.callTool({ name: "list_tools", arguments: { limit: 5, cursor: page.nextCursor } });
    expect((next.structuredContent as { tools: { name: string }[] }).tools[0]!.name).not.toBe(page.nextCursor);
    await client.close();
  });

  it("a tool outside the default listing is described and called through discovery, validated as a direct call", async () => {
    const client = await httpClient();
    const { tools } = await client.listTools();
    expect(tools.map((t) => t.name)).not.toContain("list_jobs");
    const described = await client.callTool({ name: "describe_tool", arguments: { names: ["list_jobs"] } });
    expect(described.isError).toBeFalsy();
    const schema = (described.structuredContent as { tools: { inputSchema: { properties: object } }[] }).tools[0]!;
    expect(Object.keys(schema.inputSchema.properties)).toEqual(expect.arrayContaining(["status", "limit"]));
    expect(textOf(described)).toContain('call_tool {name: "list_jobs"');

    const called = await client.callTool({
      name: "call_tool",
      arguments: { name: "list_jobs", arguments: { limit: 5 } },
    });
    expect(called.isError, textOf(called)).toBeFalsy();
    // The structured content is list_jobs' own, matching the output schema describe_tool handed out.
    expect(findTool("list_jobs")!.output.safeParse(called.structuredContent).success).toBe(true);

    const bad = await client.callTool({ name: "call_tool", arguments: { name: "list_jobs", arguments: { limit: 0 } } });
    expect(bad.isError).toBe(true);
    expect(textOf(bad)).toMatch(/list_jobs: .*limit/);
    const unknown = await client.callTool({ name: "call_tool", arguments: { name: "list_job" } });
    expect(unknown.isError).toBe(true);
    expect(textOf(unknown)).toMatch(/no tool named list_job .*list_jobs.*list_tools/);
    await client.close();
  });

  it("a write tool runs through call_tool with its resource links, and direct calls by name still work", async () => {
    const client = await httpClient();
    const bytes = await makeJpeg(17);
    const added = await client.callTool({
      name: "call_tool",
      arguments: {
        name: "add_asset",
        arguments: { contentBase64: bytes.toString("base64"), filename: "p17.jpg", kind: "product" },
      },
    });
    expect(added.isError, textOf(added)).toBeFalsy();
    const id = (added.structuredContent as { asset: { id: string } }).asset.id;
    expect((added.content as { type: string }[]).some((c) => c.type === "resource_link")).toBe(true);
    // Programmatic clients that know a name can call an unlisted tool directly; the SDK validates it as before.
    const review = await client.callTool({ name: "review_asset", arguments: { id, status: "approved" } });
    expect(review.isError, textOf(review)).toBeFalsy();
    await client.close();
  });

  it("read-only servers only reach read-only tools through call_tool", async () => {
    const readOnly = { ...ws.services, config: { ...ws.services.config, readOnly: true } };
    const { client } = await inMemoryClient(readOnly);
    const callTool = (await client.listTools()).tools.find((t) => t.name === "call_tool");
    expect(callTool?.annotations?.readOnlyHint).toBe(true);
    const refused = await client.callTool({ name: "call_tool", arguments: { name: "update_asset", arguments: {} } });
    expect(refused.isError).toBe(true);
    expect(textOf(refused)).toMatch(/no tool named update_asset/);
    await client.close();
  });

  it("on a stateful session enable_toolset lists a toolset's tools and notifies the client", async () => {
    const { client, changes } = await inMemoryClient(ws.services, { stateful: true });
    const before = (await client.listTools()).tools.map((t) => t.name);
    expect(before).toContain("enable_toolset");
    expect(before).not.toContain("slot_insights");
    const enabled = await client.callTool({ name: "enable_toolset", arguments: { toolsets: ["experiments"] } });
    expect(enabled.isError, textOf(enabled)).toBeFalsy();
    expect((enabled.structuredContent as { added: string[] }).added).toContain("slot_insights");
    await expect.poll(changes).toBeGreaterThan(0);
    const after = (await client.listTools()).tools.map((t) => t.name);
    expect(after).toEqual(expect.arrayContaining(["slot_insights", "create_experiment", "list_jobs"]));
    await client.close();
  });

  it("an unknown WINNOW_TOOLS item is a configuration error naming the variable", () => {
    const bad = { ...ws.services, config: { ...ws.services.config, toolListing: ["core", "experimentz"] } };
    expect(() => createMcpServer(bad)).toThrow(/WINNOW_TOOLS item "experimentz"/);
    const narrowed = { ...ws.services, config: { ...ws.services.config, toolListing: ["core", "experiments"] } };
    expect(() => createMcpServer(narrowed)).not.toThrow();
  });
});
