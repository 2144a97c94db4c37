import { spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { createInterface } from "node:readline";
import { Client } from "@modelcontextprotocol/client";
import { getDefaultEnvironment, StdioClientTransport } from "@modelcontextprotocol/client/stdio";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeJpeg } from "./helpers/images.ts";

const WINNOW = resolve(import.meta.dirname, "../bin/winnow.cjs");
const dir = mkdtempSync(join(tmpdir(), "winnow-stdio-"));
const env = {
  ...getDefaultEnvironment(),
  WINNOW_DATA_DIR: join(dir, "data"),
  WINNOW_IMPORT_ROOT: dir,
  LOG_LEVEL: "info",
};

let client: Client;
let stderr = "";

beforeAll(async () => {
  const transport = new StdioClientTransport({
    command: process.execPath,
    args: [WINNOW, "mcp"],
    env,
    cwd: dir,
    stderr: "pipe",
  });
  transport.stderr?.on("data", (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  client = new Client({ name: "winnow-stdio-test", version: "1.0.0" });
  // The first start seeds the demo workspace before answering (~5 s idle; far longer on a busy shared machine).
  await client.connect(transport, { timeout: 150_000 });
}, 160_000);
afterAll(async () => {
  await client?.close();
  rmSync(dir, { recursive: true, force: true });
});

type Asset = { id: string; name: string; kind: string; brandId: string | null };

describe("MCP over stdio (`winnow mcp`)", () => {
  it("lists the library tools", async () => {
    const { tools } = await client.listTools();
    expect(tools.map((t) => t.name)).toEqual(
      expect.arrayContaining(["add_asset", "get_asset", "list_assets", "update_asset"]),
    );
  });

  it("seeded the demo workspace on first start", async () => {
    const result = await client.callTool({ name: "list_assets", arguments: { brand: "kestrel", limit: 100 } });
    expect(result.isError).toBeFalsy();
    const items = (result.structuredContent as { items: Asset[] }).items;
    const kinds = new Set(items.map((a) => a.kind));
    expect(items.length).toBeGreaterThanOrEqual(8);
    for (const kind of ["product", "talent", "scene", "logo"]) expect(kinds).toContain(kind);
    expect(stderr).toMatch(/seeding the demo workspace/);
  });

  it("adds an asset from a path inside the import root, then gets and lists it", async () => {
    writeFileSync(join(dir, "trail.jpg"), await makeJpeg(77, 320));
    const added = await client.callTool({
      name: "add_asset",
      arguments: { path: "trail.jpg", kind: "scene", name: "Trail at dawn (stdio test)", brand: "kestrel" },
    });
    expect(added.isError).toBeFalsy();
    const asset = (added.structuredContent as { asset: Asset & { width: number } }).asset;
    expect(asset).toMatchObject({ name: "Trail at dawn (stdio test)", kind: "scene", width: 320 });

    const got = await client.callTool({ name: "get_asset", arguments: { id: asset.id } });
    expect((got.structuredContent as { asset: Asset }).asset.name).toBe("Trail at dawn (stdio test)");

    const listed = await client.callTool({
      name: "list_assets",
      arguments: { kind: "scene", nameContains: "stdio test" },
    });
    expect((listed.structuredContent as { items: Asset[] }).items.map((a) => a.id)).toEqual([asset.id]);
  });

  it("refuses a path that escapes the import root", async () => {
    const result = await client.callTool({ name: "add_asset", arguments: { path: "../../etc/hostname" } });
    expect(result.isError).toBe(true);
    expect((result.content as { text: string }[])[0]?.text).toMatch(/not found under the import root/);
  });
});

describe("stdout of `winnow mcp`", () => {
  it("carries only JSON-RPC messages, even while logging", async () => {
    const child = spawn(process.execPath, [WINNOW, "mcp"], { env: { ...env, LOG_LEVEL: "debug" }, cwd: dir });
    const lines: string[] = [];
    const reader = createInterface({ input: child.stdout });
    const gotList = new Promise<void>((done) => {
      reader.on("line", (line) => {
        lines.push(line);
        if (line.includes('"id":2')) done();
      });
    });
    let errText = "";
    child.stderr.on("data", (c: Buffer) => {
      errText += c.toString();
    });
    const send = (msg: object) => child.stdin.write(`${JSON.stringify(msg)}\n`);
    send({
      jsonrpc: "2.0",
      id: 1,
      method: "initialize",
      params: { protocolVersion: "2024-11-05", capabilities: {}, clientInfo: { name: "raw", version: "0" } },
    });
    send({ jsonrpc: "2.0", method: "notifications/initialized" });
    send({ jsonrpc: "2.0", id: 2, method: "tools/list", params: {} });
    await gotList;
    child.stdin.end();
    await new Promise((done) => child.once("exit", done));

    expect(lines.length).toBeGreaterThanOrEqual(2);
    for (const line of lines) {
      const message = JSON.parse(line);
      expect(message.jsonrpc).toBe("2.0");
    }
    const [init, list] = lines.map((l) => JSON.parse(l));
    expect(init).toMatchObject({ id: 1, result: { protocolVersion: "2024-11-05", serverInfo: { name: "winnow" } } });
    expect(list.result.tools.map((t: { name: string }) => t.name)).toContain("list_assets");
    // The logs went to stderr as JSON lines.
    expect(errText).toMatch(/"msg":"winnow mcp \(stdio\) ready"/);
  }, 120_000);
});
