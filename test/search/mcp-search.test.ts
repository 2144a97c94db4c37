import type { AddressInfo } from "node:net";
import type { serve } from "@hono/node-server";
import { Client, StreamableHTTPClientTransport } from "@modelcontextprotocol/client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHttpApp } from "../../server/http.ts";
import { makeJpeg } from "../helpers/images.ts";
import { serveLocal } from "../helpers/serve.ts";
import { createTestWorkspace, type TestWorkspace } from "../helpers/workspace.ts";

let ws: TestWorkspace;
let server: ReturnType<typeof serve>;
let client: Client;

beforeAll(async () => {
  // The full listing (output schemas included); the default compact listing is measured in test/mcp-footprint.test.ts.
  ws = await createTestWorkspace({ WINNOW_REEMBED_INTERVAL_MS: "0", WINNOW_TOOLS: "all" });
  for (const [i, name] of ["Orange trail shoe", "Blue city jacket", "Green water bottle"].entries()) {
    await ws.services.library.add({
      bytes: await makeJpeg(i + 20),
      filename: `${i}.jpg`,
      meta: { name, description: name },
      actor: "test",
    });
  }
  await ws.services.enrichment.idle(); // tags and vectors are made in the background, right after each add
  server = serveLocal(createHttpApp(ws.services).fetch);
  await new Promise((r) => server.once("listening", r));
  client = new Client({ name: "winnow-search-test", version: "1.0.0" });
  await client.connect(
    new StreamableHTTPClientTransport(new URL(`http://127.0.0.1:${(server.address() as AddressInfo).port}/mcp`)),
  );
}, 60_000);
afterAll(async () => {
  await client?.close();
  server?.close();
  await ws?.cleanup();
});

describe("search tools over MCP", () => {
  it("serves search_assets with structured results, text and thumbnail resource links", async () => {
    const { tools } = await client.listTools();
    for (const name of ["search_assets", "find_similar", "tag_assets", "find_duplicates", "resolve_duplicates"]) {
      expect(tools.find((t) => t.name === name)?.outputSchema?.type).toBe("object");
    }
    expect(tools.find((t) => t.name === "search_assets")?.annotations?.readOnlyHint).toBe(true);
    const result = await client.callTool({ name: "search_assets", arguments: { query: "bottle of water", limit: 2 } });
    expect(result.isError).toBeFalsy();
    const structured = result.structuredContent as { items: { asset: { name: string } }[] };
    expect(structured.items[0]!.asset.name).toBe("Green water bottle");
    const content = result.content as { type: string; uri?: string }[];
    expect(content[0]!.type).toBe("text");
    expect(content.filter((c) => c.type === "resource_link")[0]!.uri).toMatch(/^winnow:\/\/assets\/ast_.*\/thumbnail$/);
  });

  it("returns a readable error result for an empty query", async () => {
    const result = await client.callTool({ name: "search_assets", arguments: { query: "" } });
    expect(result.isError).toBe(true);
    expect((result.content as { text: string }[])[0]!.text).toMatch(/invalid_input: query/);
  });
});
