import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { Client, StreamableHTTPClientTransport } from "@modelcontextprotocol/client";
import { afterAll, describe, expect, it } from "vitest";

const WINNOW = resolve(import.meta.dirname, "../bin/winnow.cjs");
const dir = mkdtempSync(join(tmpdir(), "winnow-serve-"));
let child: ChildProcess | undefined;

afterAll(() => {
  if (child && child.exitCode === null) child.kill("SIGKILL");
  rmSync(dir, { recursive: true, force: true });
});

/** Starts `winnow serve` (what `npm start` runs) on a free port and resolves with the URL it logged. */
function startServer(): Promise<{ url: string; logs: () => string }> {
  child = spawn(process.execPath, [WINNOW, "serve"], {
    cwd: dir,
    env: { PATH: process.env.PATH ?? "", HOME: dir, WINNOW_DATA_DIR: join(dir, "data"), PORT: "0", LOG_LEVEL: "info" },
  });
  let logs = "";
  return new Promise((done, fail) => {
    child!.stderr!.on("data", (chunk: Buffer) => {
      logs += chunk.toString();
      const match = /"msg":"winnow listening","url":"(http:\/\/127\.0\.0\.1:\d+)"/.exec(logs);
      if (match?.[1]) done({ url: match[1], logs: () => logs });
    });
    child!.once("exit", (code) => fail(new Error(`winnow serve exited with ${code} before listening:\n${logs}`)));
  });
}

describe("`npm start` (winnow serve) on a fresh data dir", () => {
  it("seeds the demo workspace, answers /healthz and serves the seeded assets over MCP", async () => {
    const { url, logs } = await startServer();
    const health = await fetch(`${url}/healthz`);
    expect(health.status).toBe(200);
    expect(await health.json()).toMatchObject({ ok: true });
    expect(logs()).toMatch(/seeding the demo workspace/);

    const client = new Client({ name: "winnow-serve-test", version: "1.0.0" });
    await client.connect(new StreamableHTTPClientTransport(new URL(`${url}/mcp`)));
    const result = await client.callTool({ name: "list_assets", arguments: { brand: "kestrel", kind: "product" } });
    expect(result.isError).toBeFalsy();
    const items = (result.structuredContent as { items: { name: string; brandId: string }[] }).items;
    expect(items.length).toBeGreaterThan(0);
    const thumb = await client.readResource({
      uri: `winnow://assets/${(items[0] as unknown as { id: string }).id}/thumbnail`,
    });
    expect(thumb.contents[0]?.mimeType).toBe("image/webp");
    await client.close();

    const exited = new Promise<number | null>((done) => child!.once("exit", (code) => done(code)));
    child!.kill("SIGTERM");
    expect(await exited).toBe(0);
  }, 180_000); // seeding ~5 s on an idle machine; far longer when the machine is shared
});
