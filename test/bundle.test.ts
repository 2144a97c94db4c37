import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, statSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { serve } from "@hono/node-server";
import { Client } from "@modelcontextprotocol/client";
import { StdioClientTransport } from "@modelcontextprotocol/client/stdio";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { localAdmin } from "../core/people/caller.ts";
import { createHttpApp } from "../server/http.ts";
import { buildBundle } from "../server/proxy/build.ts";
import { seedDemoWorkspace } from "../server/seed/seed.ts";
import { selectTools } from "../tools/index.ts";
import { serveLocal } from "./helpers/serve.ts";
import { createTestWorkspace, type TestWorkspace } from "./helpers/workspace.ts";

const TOKEN = "bundle-test-token-0123456789";
let ws: TestWorkspace;
let server: ReturnType<typeof serve>;
let mcpUrl: string;
let bundle: Awaited<ReturnType<typeof buildBundle>>;
const scratch = mkdtempSync(join(tmpdir(), "winnow-bundle-test-"));

beforeAll(async () => {
  bundle = await buildBundle({
    outDir: join(scratch, "bundle"),
    target: join(scratch, "winnow.mcpb"),
    updateManifest: false,
  });
  ws = await createTestWorkspace({ WINNOW_TOKEN: TOKEN });
  await seedDemoWorkspace(ws.services);
  server = serveLocal(createHttpApp(ws.services).fetch);
  await new Promise((r) => server.once("listening", r));
  mcpUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/mcp`;
}, 180_000);
afterAll(async () => {
  server?.close();
  await ws?.cleanup();
});

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? filesUnder(full) : [full];
  });
}

async function proxyClient(env: Record<string, string>) {
  const transport = new StdioClientTransport({
    command: process.execPath,
    args: [join(bundle.dir, "server", "index.mjs")],
    env: { PATH: process.env.PATH ?? "", ...env },
    stderr: "pipe",
  });
  const client = new Client({ name: "claude-desktop-like", version: "1.0.0" });
  await client.connect(transport);
  return client;
}

const firstText = (result: { content: unknown }) => (result.content as { text: string }[])[0]!.text;

describe("Claude Desktop bundle", () => {
  it("packs a manifest that mcpb validates and contains no native .node modules", () => {
    const mcpb = join(process.cwd(), "node_modules", ".bin", "mcpb");
    expect(() => execFileSync(mcpb, ["validate", join(bundle.dir, "manifest.json")], { stdio: "pipe" })).not.toThrow();
    const unpacked = join(scratch, "unpacked");
    execFileSync(mcpb, ["unpack", bundle.bundle, unpacked], { stdio: "pipe" });
    const files = filesUnder(unpacked);
    expect(files.some((f) => f.endsWith("server/index.mjs"))).toBe(true);
    expect(files.filter((f) => f.endsWith(".node"))).toEqual([]);
    expect(files.some((f) => f.includes("node_modules"))).toBe(false);
  });

  it("the committed manifest.json lists what a default client lists (run `npm run bundle` after changing it)", () => {
    const manifest = JSON.parse(readFileSync("manifest.json", "utf8"));
    const snapshot = JSON.parse(readFileSync(join(bundle.dir, "server", "snapshot.json"), "utf8"));
    const names = (tools: { name: string }[]) => tools.map((t) => t.name).sort();
    expect(names(manifest.tools)).toEqual(names(snapshot.tools));
    // Every other served tool is reachable through the listed discovery tools.
    expect(names(manifest.tools)).toEqual(expect.arrayContaining(["list_tools", "describe_tool", "call_tool"]));
    expect(selectTools().length).toBeGreaterThan(manifest.tools.length);
    expect(manifest.user_config.winnow_token.sensitive).toBe(true);
    // The person's own token comes from the client config and reaches the proxy as WINNOW_MEMBER_TOKEN.
    expect(manifest.user_config.winnow_member_token.sensitive).toBe(true);
    // biome-ignore lint/suspicious/noTemplateCurlyInString: the manifest's own placeholder syntax (mcpb user_config)
    expect(manifest.server.mcp_config.env.WINNOW_MEMBER_TOKEN).toBe("${user_config.winnow_member_token}");
  });

  it("calls as the person whose token the client config holds: their role decides and the audit names them", async () => {
    await ws.services.brands.addMember({ brand: "kestrel", role: "viewer", email: "vera@team.example" }, "test");
    const made = await ws.services.people.createToken({ member: "vera@team.example", name: "desktop" }, localAdmin());
    const client = await proxyClient({ WINNOW_URL: mcpUrl, WINNOW_MEMBER_TOKEN: made.token });
    const listed = await client.callTool({ name: "list_assets", arguments: { brand: "kestrel", kind: "logo" } });
    expect(listed.isError).toBeFalsy();
    const refused = await client.callTool({
      name: "call_tool",
      arguments: { name: "update_brand", arguments: { brand: "kestrel", description: "from the bundle" } },
    });
    expect(refused.isError).toBe(true);
    expect(firstText(refused)).toMatch(/^forbidden: .*update_brand on kestrel needs approver/);
    await client.close();
    const rows = await ws.services.database.client.execute(
      "SELECT actor, outcome FROM audit_log WHERE tool = 'update_brand' AND caller_kind = 'member'",
    );
    expect(rows.rows.map((r) => [r.actor, r.outcome])).toEqual([["vera@team.example", "refused"]]);
  });

  it("proxies tools, prompts and resources to a running Winnow server with the token", async () => {
    const client = await proxyClient({ WINNOW_URL: mcpUrl, WINNOW_TOKEN: TOKEN });
    const { tools } = await client.listTools();
    expect(tools.map((t) => t.name)).toContain("list_assets");
    const listed = await client.callTool({ name: "list_assets", arguments: { brand: "kestrel", kind: "logo" } });
    expect(listed.isError).toBeFalsy();
    expect((listed.structuredContent as { items: unknown[] }).items.length).toBe(2);
    const { prompts } = await client.listPrompts();
    expect(prompts.map((p) => p.name)).toContain("weekly_creative_review");
    const { resources } = await client.listResources();
    expect(resources.length).toBeGreaterThan(0);
    await client.close();
  });

  it("reports a wrong token clearly", async () => {
    const client = await proxyClient({ WINNOW_URL: mcpUrl, WINNOW_TOKEN: "wrong-token-wrong-token" });
    const result = await client.callTool({ name: "list_assets", arguments: {} });
    expect(result.isError).toBe(true);
    expect(firstText(result)).toMatch(/rejected the token \(401\)/);
    await client.close();
  });

  it("stays up with an unreachable server: listings come from the snapshot, calls say the server is not reachable", async () => {
    const client = await proxyClient({ WINNOW_URL: "http://127.0.0.1:9/mcp" });
    const { tools } = await client.listTools();
    expect(tools.map((t) => t.name)).toContain("add_asset");
    for (let i = 0; i < 2; i++) {
      const result = await client.callTool({ name: "get_asset", arguments: { id: "ast_01JD3Q8Z5K4W6X7Y8Z9A0B1C2D" } });
      expect(result.isError).toBe(true);
      expect(firstText(result)).toContain("Winnow server not reachable at http://127.0.0.1:9/mcp");
    }
    await client.close();
  });
});
