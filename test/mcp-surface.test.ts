import { Client, InMemoryTransport } from "@modelcontextprotocol/client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { localAdmin } from "../core/people/caller.ts";
import { createMcpServer } from "../server/mcp.ts";
import { asCaller } from "../server/mcp-caller.ts";
import { seedDemoWorkspace } from "../server/seed/seed.ts";
import { selectTools } from "../tools/index.ts";
import { createTestWorkspace, type TestWorkspace } from "./helpers/workspace.ts";

let ws: TestWorkspace;
beforeAll(async () => {
  ws = await createTestWorkspace();
  await seedDemoWorkspace(ws.services);
});
afterAll(() => ws.cleanup());

async function connect(services = ws.services) {
  const server = createMcpServer(services);
  const [clientSide, serverSide] = InMemoryTransport.createLinkedPair();
  await server.connect(asCaller(serverSide, localAdmin("test")));
  const client = new Client({ name: "surface-test", version: "1.0.0" });
  await client.connect(clientSide);
  return client;
}

describe("MCP prompts", () => {
  it("lists brief_to_variants, weekly_creative_review and find_like_this with their arguments", async () => {
    const client = await connect();
    const { prompts } = await client.listPrompts();
    const byName = Object.fromEntries(prompts.map((p) => [p.name, p]));
    expect(Object.keys(byName)).toEqual(
      expect.arrayContaining(["brief_to_variants", "weekly_creative_review", "find_like_this"]),
    );
    expect(byName.brief_to_variants?.arguments?.map((a) => a.name)).toEqual(
      expect.arrayContaining(["brand", "audience", "objective"]),
    );
  });

  it("brief_to_variants names the brand and walks through the generation tools", async () => {
    const client = await connect();
    const result = await client.getPrompt({
      name: "brief_to_variants",
      arguments: { brand: "kestrel", audience: "gen-z-runners", objective: "conversions" },
    });
    const text = (result.messages[0]!.content as { text: string }).text;
    expect(text).toContain("Kestrel Run Co.");
    expect(text).toContain("generate_variants");
  });

  it("weekly_creative_review reports facts from the database", async () => {
    const client = await connect();
    const result = await client.getPrompt({ name: "weekly_creative_review", arguments: { brand: "kestrel" } });
    const text = (result.messages[0]!.content as { text: string }).text;
    expect(text).toMatch(/Spend on generation this week: \$\d+\.\d\d/);
    // seeded scenes and talent carry rights expiring at the end of next year, not within 30 days
    expect(text).toContain("Rights expiring within 30 days:");
  });

  it("find_like_this embeds the example image and refuses an unknown brand or asset", async () => {
    const client = await connect();
    const page = await ws.services.library.list({ kind: "scene" }, { limit: 1 });
    const asset = page.items[0]!;
    const result = await client.getPrompt({
      name: "find_like_this",
      arguments: { assetId: asset.id, audience: "Gen Z" },
    });
    expect(result.messages[0]?.content.type).toBe("image");
    expect((result.messages[1]!.content as { text: string }).text).toContain(asset.id);
    await expect(
      client.getPrompt({ name: "brief_to_variants", arguments: { brand: "nope", audience: "x", objective: "y" } }),
    ).rejects.toThrow(/Brand nope not found/);
  });
});

describe("MCP resources", () => {
  it("lists thumbnails, brand rule sets and resource templates", async () => {
    const client = await connect();
    const { resources } = await client.listResources();
    expect(resources.some((r) => /^winnow:\/\/assets\/ast_.+\/thumbnail$/.test(r.uri))).toBe(true);
    expect(resources.some((r) => r.uri === "winnow://brands/kestrel/rules")).toBe(true);
    const { resourceTemplates } = await client.listResourceTemplates();
    expect(resourceTemplates.map((t) => t.uriTemplate)).toEqual(
      expect.arrayContaining([
        "winnow://assets/{id}",
        "winnow://assets/{id}/thumbnail",
        "winnow://brands/{brand}/rules",
        "winnow://experiments/{id}/report",
      ]),
    );
  });

  it("reads an original image and a brand rule set", async () => {
    const client = await connect();
    const page = await ws.services.library.list({ kind: "logo" }, { limit: 1 });
    const logo = page.items[0]!;
    const original = await client.readResource({ uri: `winnow://assets/${logo.id}` });
    const content = original.contents[0] as { blob: string; mimeType: string };
    expect(content.mimeType).toBe("image/png");
    expect(Buffer.from(content.blob, "base64").subarray(1, 4).toString()).toBe("PNG");
    const rules = await client.readResource({ uri: "winnow://brands/kestrel/rules" });
    expect((rules.contents[0] as { text: string }).text).toContain("Kestrel Run Co.");
  });

  it("an unknown experiment report is a not-found error", async () => {
    const client = await connect();
    await expect(
      client.readResource({ uri: "winnow://experiments/exp_01JD3Q8Z5K4W6X7Y8Z9A0B1C2D/report" }),
    ).rejects.toThrow(/not found/);
  });

  it("notifies resource list changes when an asset is added", async () => {
    const server = createMcpServer(ws.services);
    const [clientSide, serverSide] = InMemoryTransport.createLinkedPair();
    await server.connect(asCaller(serverSide, localAdmin("test")));
    const changed = new Promise<void>((resolve) => {
      const client = new Client({ name: "listener", version: "1" }, {
        listChanged: { resources: { onChanged: () => resolve(), debounceMs: 0 } },
      } as never);
      void client.connect(clientSide);
    });
    const off = ws.services.library.onAssetAdded(async () => server.sendResourceListChanged());
    const { makeJpeg } = await import("./helpers/images.ts");
    await ws.services.library.add({ bytes: await makeJpeg(991), filename: "new.jpg", meta: {}, actor: "test" });
    await changed;
    off();
  });
});

describe("toolsets and read-only mode", () => {
  it("WINNOW_READ_ONLY lists only read-only tools", async () => {
    const readOnly = selectTools({ readOnly: true });
    expect(readOnly.length).toBeGreaterThan(0);
    expect(readOnly.every((t) => t.annotations.readOnlyHint === true)).toBe(true);
    const client = await connect({ ...ws.services, config: { ...ws.services.config, readOnly: true } });
    const names = (await client.listTools()).tools.map((t) => t.name);
    expect(names).toContain("list_assets");
    expect(names).not.toContain("add_asset");
    // A write tool is not served at all, so calling it is refused by the protocol layer.
    await expect(client.callTool({ name: "add_asset", arguments: { contentBase64: "AA==" } })).rejects.toThrow(
      /add_asset/,
    );
  });

  it("WINNOW_TOOLSETS narrows the listing to the named toolsets", async () => {
    const client = await connect({ ...ws.services, config: { ...ws.services.config, toolsets: ["library"] } });
    const { tools } = await client.listTools();
    const served = new Set(tools.map((t) => t.name));
    const library = selectTools({ toolsets: ["library"] }).map((t) => t.name);
    expect([...served].sort()).toEqual([...library].sort());
  });

  it("every tool's input schema is a plain JSON Schema object that strict clients accept", async () => {
    const client = await connect();
    const { tools } = await client.listTools();
    for (const tool of tools) {
      expect(tool.inputSchema.type, tool.name).toBe("object");
      expect(JSON.stringify(tool.inputSchema), tool.name).not.toMatch(/"\$ref"|"definitions"/);
      expect(tool.description?.length ?? 0, tool.name).toBeGreaterThan(20);
    }
  });
});
