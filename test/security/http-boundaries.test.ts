import { writeFileSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import type { serve } from "@hono/node-server";
import { Client, StreamableHTTPClientTransport } from "@modelcontextprotocol/client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createLogger } from "../../core/log.ts";
import { createHttpApp } from "../../server/http.ts";
import { makeJpeg } from "../helpers/images.ts";
import { serveLocal } from "../helpers/serve.ts";
import { createTestWorkspace, type TestWorkspace } from "../helpers/workspace.ts";

/**
 * Replays issue #18 probes 3 and 4 and the smaller ones: a text/plain "simple request" from another local port must
 * not write; internal errors must not leave the process with SQL text, parameters or paths; a path outside the
 * import root must answer exactly like a missing one; bad JSON and oversized bodies get Winnow's error shape; a
 * CSRF-refused dashboard POST is a 403.
 */
let ws: TestWorkspace;
let server: ReturnType<typeof serve>;
let base: string;
let port: number;
let assetId: string;
const logLines: string[] = [];

beforeAll(async () => {
  ws = await createTestWorkspace({ WINNOW_MAX_BODY_BYTES: String(64 * 1024) });
  // Capture the server log to check that the detail of an internal error is logged under its id.
  (ws.services as { logger: unknown }).logger = createLogger("error", (line) => logLines.push(line));
  writeFileSync(join(ws.dir, "inside.jpg"), await makeJpeg(7, 64));
  assetId = (await ws.services.library.add({ bytes: await makeJpeg(8, 64), filename: "a.jpg", meta: {}, actor: "t" }))
    .asset.id;
  server = serveLocal(createHttpApp(ws.services).fetch);
  await new Promise((r) => server.once("listening", r));
  port = (server.address() as AddressInfo).port;
  base = `http://127.0.0.1:${port}`;
});
afterAll(async () => {
  server?.close();
  await ws?.cleanup();
});

const post = (path: string, body: string, headers: Record<string, string>) =>
  fetch(`${base}${path}`, { method: "POST", headers, body });

describe("cross-origin writes", () => {
  const update = JSON.stringify({ id: "", notes: "written cross-origin" });

  it("refuses a text/plain POST from http://localhost:3000 (no preflight) with 403 and writes nothing", async () => {
    const body = update.replace('"id":""', `"id":"${assetId}"`);
    const res = await post("/api/tools/update_asset", body, {
      origin: "http://localhost:3000",
      "content-type": "text/plain",
    });
    expect([403, 415]).toContain(res.status);
    expect(res.status).toBe(403);
    expect((await res.json()).error.message).toMatch(/Origin http:\/\/localhost:3000 may not call/);
    expect((await ws.services.library.get(assetId)).notes).toBeNull();
  });

  it("refuses the same from http://127.0.0.1:<another port>, even with application/json", async () => {
    const body = update.replace('"id":""', `"id":"${assetId}"`);
    for (const contentType of ["text/plain", "application/json"]) {
      const res = await post("/api/tools/update_asset", body, {
        origin: `http://127.0.0.1:${port + 1}`,
        "content-type": contentType,
      });
      expect(res.status, contentType).toBe(403);
    }
    // Scheme counts too, and a sandboxed document's "null" origin.
    for (const origin of [`https://127.0.0.1:${port}`, "null"]) {
      const res = await post("/api/tools/update_asset", body, { origin, "content-type": "application/json" });
      expect(res.status, origin).toBe(403);
    }
    expect((await ws.services.library.get(assetId)).notes).toBeNull();
  });

  it("refuses a same-site browser POST without Origin (Sec-Fetch-Site: same-site)", async () => {
    const body = update.replace('"id":""', `"id":"${assetId}"`);
    const res = await post("/api/tools/update_asset", body, {
      "sec-fetch-site": "same-site",
      "content-type": "application/json",
    });
    expect(res.status).toBe(403);
  });

  it("requires application/json on same-origin /api and /mcp POSTs (415 naming content-type)", async () => {
    const body = update.replace('"id":""', `"id":"${assetId}"`);
    for (const contentType of ["text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x"]) {
      const res = await post("/api/tools/update_asset", body, { origin: base, "content-type": contentType });
      expect(res.status, contentType).toBe(415);
      expect((await res.json()).error.message).toMatch(/Content-Type must be application\/json/);
    }
    const mcp = await post("/mcp", "{}", { "content-type": "text/plain", accept: "application/json" });
    expect(mcp.status).toBe(415);
    expect((await ws.services.library.get(assetId)).notes).toBeNull();
  });

  it("accepts the served origin and the MCP client (no Origin)", async () => {
    const body = update.replace('"id":""', `"id":"${assetId}"`).replace("written cross-origin", "same origin");
    const res = await post("/api/tools/update_asset", body, { origin: base, "content-type": "application/json" });
    expect(res.status).toBe(200);
    expect((await ws.services.library.get(assetId)).notes).toBe("same origin");
    const client = new Client({ name: "security-test", version: "1.0.0" });
    await client.connect(new StreamableHTTPClientTransport(new URL(`${base}/mcp`)));
    expect((await client.callTool({ name: "get_asset", arguments: { id: assetId } })).isError).toBeFalsy();
    await client.close();
  });

  it("accepts an origin listed in WINNOW_ALLOWED_ORIGINS (exactly: scheme, host and port)", async () => {
    const other = await createTestWorkspace({ WINNOW_ALLOWED_ORIGINS: "https://tools.example.com" });
    try {
      const app = createHttpApp(other.services);
      const send = (origin: string) =>
        app.request("http://127.0.0.1/api/tools/list_assets", {
          method: "POST",
          headers: { host: "127.0.0.1", origin, "content-type": "application/json" },
          body: "{}",
        });
      expect((await send("https://tools.example.com")).status).toBe(200);
      expect((await send("https://tools.example.com:8443")).status).toBe(403);
      expect((await send("http://tools.example.com")).status).toBe(403);
    } finally {
      await other.cleanup();
    }
  });

  it("answers a CSRF-refused dashboard POST with 403 (cross-origin, and same-origin without the form token)", async () => {
    const cross = await post("/learning/retrain", "", {
      origin: "http://localhost:3000",
      "content-type": "application/x-www-form-urlencoded",
    });
    expect(cross.status).toBe(403);
    const noToken = await post("/learning/retrain", "csrf=forged", {
      origin: base,
      "content-type": "application/x-www-form-urlencoded",
    });
    expect(noToken.status).toBe(403);
    expect(await noToken.text()).toMatch(/security token is missing or out of date/);
    // The form's own token works.
    const page = await (await fetch(`${base}/learning`)).text();
    const token = /name="csrf" value="([^"]+)"/.exec(page)?.[1];
    expect(token).toBeTruthy();
    const ok = await fetch(`${base}/learning/retrain`, {
      method: "POST",
      headers: { origin: base, "content-type": "application/x-www-form-urlencoded" },
      body: `csrf=${encodeURIComponent(token!)}`,
      redirect: "manual",
    });
    expect(ok.status).toBe(303);
  });
});

describe("error shapes and leakage", () => {
  it("answers bad JSON and an oversized body in Winnow's error shape", async () => {
    const bad = await post("/api/tools/list_assets", "{nope", { "content-type": "application/json" });
    expect(bad.status).toBe(400);
    expect((await bad.json()).error).toMatchObject({ code: "invalid_input", message: /Body is not valid JSON/ });
    const big = await post("/api/tools/list_assets", JSON.stringify({ nameContains: "x".repeat(70_000) }), {
      "content-type": "application/json",
    });
    expect(big.status).toBe(413);
    expect((await big.json()).error).toMatchObject({ code: "invalid_input", message: /exceeds 65536 bytes/ });
  });

  it("returns 'internal error (id …)' with no SQL, parameters or paths over the HTTP API and MCP, and logs the detail", async () => {
    // Inject a failure deep in a service, the way a broken query fails: SQL text, parameters and a server path.
    const secret = `SQLITE_ERROR: no such column: x in SELECT * FROM assets WHERE id = 'ast_1' at ${ws.dir}/data/winnow.db`;
    const original = ws.services.library.list.bind(ws.services.library);
    ws.services.library.list = async () => {
      throw new Error(secret);
    };
    try {
      const res = await post("/api/tools/list_assets", "{}", { "content-type": "application/json" });
      expect(res.status).toBe(500);
      const text = await res.text();
      const id = /internal error \(id (err_[0-9a-f]+)\)/.exec(text)?.[1];
      expect(id).toBeTruthy();
      for (const leak of ["SQLITE", "SELECT", "ast_1", ws.dir, "winnow.db"]) expect(text).not.toContain(leak);
      expect(logLines.some((l) => l.includes(id!) && l.includes("no such column"))).toBe(true);

      const client = new Client({ name: "security-test", version: "1.0.0" });
      await client.connect(new StreamableHTTPClientTransport(new URL(`${base}/mcp`)));
      const result = await client.callTool({ name: "list_assets", arguments: {} });
      expect(result.isError).toBe(true);
      const mcpText = JSON.stringify(result);
      expect(mcpText).toMatch(/internal error \(id err_[0-9a-f]+\)/);
      for (const leak of ["SQLITE", "SELECT", ws.dir]) expect(mcpText).not.toContain(leak);
      await client.close();
    } finally {
      ws.services.library.list = original;
    }
  });

  it("sanitises internal errors from MCP resource reads too", async () => {
    const original = ws.services.library.readFile.bind(ws.services.library);
    ws.services.library.readFile = async () => {
      throw new Error(`EACCES: permission denied, open '${ws.dir}/data/store/blobs/ab/cd/x.jpg'`);
    };
    const client = new Client({ name: "security-test", version: "1.0.0" });
    await client.connect(new StreamableHTTPClientTransport(new URL(`${base}/mcp`)));
    try {
      const failure = await client.readResource({ uri: `winnow://assets/${assetId}/thumbnail` }).catch((e: Error) => e);
      expect(String(failure)).toMatch(/internal error \(id err_[0-9a-f]+\)/);
      expect(String(failure)).not.toContain(ws.dir);
    } finally {
      ws.services.library.readFile = original;
      await client.close();
    }
  });

  it("returns 'internal error (id …)' when the database itself fails (closed connection)", async () => {
    const tmp = await createTestWorkspace();
    const app = createHttpApp(tmp.services);
    tmp.services.database.client.close();
    const res = await app.request("/api/tools/list_assets", {
      method: "POST",
      headers: { "content-type": "application/json", host: "127.0.0.1" },
      body: "{}",
    });
    const text = await res.text();
    expect(res.status).toBe(500);
    expect(text).toMatch(/internal error \(id err_/);
    expect(text).not.toContain(tmp.dir);
    const page = await app.request("/", { headers: { host: "127.0.0.1" } });
    expect(page.status).toBe(500);
    const html = await page.text();
    expect(html).toMatch(/internal error \(id err_/);
    expect(html).not.toContain(tmp.dir);
    await tmp.cleanup().catch(() => undefined);
  });
});

describe("path probing through add_asset", () => {
  it("answers a path outside the import root exactly like a missing path", async () => {
    const ask = async (path: string) => {
      const res = await post("/api/tools/add_asset", JSON.stringify({ path }), { "content-type": "application/json" });
      return { status: res.status, body: (await res.text()).replace(path, "<path>") };
    };
    const outsideExisting = await ask("/etc/hostname");
    const outsideMissing = await ask("/etc/no-such-file-here");
    const escaping = await ask("../../../../etc/passwd");
    const insideMissing = await ask("missing.jpg");
    expect(outsideExisting.status).toBe(400);
    expect(outsideExisting).toEqual(outsideMissing);
    expect(escaping).toEqual(insideMissing);
    expect(outsideExisting).toEqual(insideMissing);
    expect(outsideExisting.body).not.toContain(ws.dir);
    // The file inside the root still imports.
    expect((await ask("inside.jpg")).status).toBe(200);
  });
});

describe("response headers", () => {
  it("sends nosniff, a sandboxing CSP and Content-Disposition on every file route, and a CSP on dashboard pages", async () => {
    for (const path of [
      `/assets/${assetId}/file`,
      `/assets/${assetId}/thumbnail`,
      `/api/assets/${assetId}/file`,
      `/api/assets/${assetId}/thumbnail`,
    ]) {
      const res = await fetch(`${base}${path}`);
      expect(res.status, path).toBe(200);
      expect(res.headers.get("x-content-type-options"), path).toBe("nosniff");
      expect(res.headers.get("content-security-policy"), path).toMatch(/sandbox/);
      expect(res.headers.get("content-security-policy"), path).toMatch(/default-src 'none'/);
      expect(res.headers.get("content-disposition"), path).toMatch(/^inline; filename="ast_/);
    }
    const page = await fetch(`${base}/`);
    expect(page.headers.get("content-security-policy")).toMatch(/script-src 'none'/);
    expect(page.headers.get("content-security-policy")).toMatch(/frame-ancestors 'none'/);
    expect(page.headers.get("x-content-type-options")).toBe("nosniff");
    expect(page.headers.get("cache-control")).toBe("no-store");
    const json = await post("/api/tools/list_assets", "{}", { "content-type": "application/json" });
    expect(json.headers.get("cache-control")).toBe("no-store");
    expect(json.headers.get("referrer-policy")).toBe("same-origin");
  });
});
