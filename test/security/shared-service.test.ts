import { spawn } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import type { serve } from "@hono/node-server";
import { parse as parseCsv } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { exportLibrary } from "../../core/library/export.ts";
import { importPath } from "../../core/library/import.ts";
import { brands } from "../../db/schema.ts";
import { loadConfig } from "../../server/config.ts";
import { createHttpApp } from "../../server/http.ts";
import { addAsset } from "../../tools/add_asset.ts";
import { invokeTool } from "../../tools/define.ts";
import { importAssets } from "../../tools/import_assets.ts";
import { slackSignature } from "../helpers/fake-slack.ts";
import { makeJpeg } from "../helpers/images.ts";
import { serveLocal } from "../helpers/serve.ts";
import { type SlackHarness, startSlackHarness } from "../helpers/slack-harness.ts";
import { createTestWorkspace, type TestWorkspace, toolContext } from "../helpers/workspace.ts";

/**
 * Replays issue #23's probes against a server a team shares for months: a FIFO under the import root, dotfiles and
 * node_modules, formula cells in the CSV export, YAML alias bombs and deep nesting in update_brand_rules, and Slack
 * requests timestamped in the future.
 */
let ws: TestWorkspace;
let server: ReturnType<typeof serve>;
let base: string;
const secret = "SLACK_BOT_TOKEN=xoxb-very-secret-token-123";

beforeAll(async () => {
  ws = await createTestWorkspace();
  await ws.services.database.db.insert(brands).values({
    id: "brd_01JTESTBRAND00000000000000",
    slug: "kestrel",
    name: "Kestrel Run Co.",
    palette: [],
    createdAt: new Date().toISOString(),
  });
  server = serveLocal(createHttpApp(ws.services).fetch);
  await new Promise((r) => server.once("listening", r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.close();
  await ws.cleanup();
});

const api = (tool: string, body: unknown) =>
  fetch(`${base}/api/tools/${tool}`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });

/** A named pipe that no one ever writes to: opening it for reading the ordinary way waits forever. */
async function mkfifo(path: string) {
  await new Promise<void>((done, fail) =>
    spawn("mkfifo", [path]).once("exit", (code) => (code === 0 ? done() : fail(new Error(`mkfifo ${code}`)))),
  );
}

describe("only regular files under the import root are opened", () => {
  it("refuses a FIFO named like an image at once, and file routes keep answering", async () => {
    await mkfifo(join(ws.dir, "pipe.jpg"));
    const started = Date.now();
    // The issue's probe: 20 calls, more than libuv has threads, so a blocking open() of each would starve every
    // file route, thumbnail and import until a writer opened the pipe.
    const outcomes = await Promise.all(
      Array.from({ length: 20 }, () => invokeTool(importAssets, { path: "pipe.jpg" }, toolContext(ws.services))),
    );
    for (const outcome of outcomes) {
      const text = outcome.error?.message ?? JSON.stringify(outcome.structured);
      expect(text).toMatch(/not a regular file/);
    }
    const added = await invokeTool(addAsset, { path: "pipe.jpg", kind: "product" }, toolContext(ws.services));
    expect(added.isError).toBe(true);
    expect(added.text).toMatch(/pipe\.jpg is not a regular file/);
    expect(Date.now() - started).toBeLessThan(10_000);
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
  });

  it("walks past FIFOs, dotfiles, dot-folders and node_modules when importing a folder", async () => {
    const folder = join(ws.dir, "shoot");
    mkdirSync(join(folder, "node_modules", "pkg"), { recursive: true });
    mkdirSync(join(folder, ".cache"), { recursive: true });
    writeFileSync(join(folder, "hero.jpg"), await makeJpeg(1, 64));
    writeFileSync(join(folder, ".hidden.jpg"), await makeJpeg(2, 64));
    writeFileSync(join(folder, ".cache", "thumb.jpg"), await makeJpeg(3, 64));
    writeFileSync(join(folder, "node_modules", "pkg", "logo.png"), await makeJpeg(4, 64));
    await mkfifo(join(folder, "stuck.png"));
    const report = await importPath(ws.services.library, ws.dir, "shoot", { actor: "test" });
    expect(report.imported.map((i) => i.file.split("/").pop())).toEqual(["hero.jpg"]);
    expect(report.failed).toEqual([]);
  });

  it("never reads a dotfile named directly, and no error quotes a file's content", async () => {
    writeFileSync(join(ws.dir, ".env"), `${secret}\n`);
    for (const [tool, args] of [
      [importAssets, { path: ".env" }],
      [addAsset, { path: ".env", kind: "product" }],
    ] as const) {
      const outcome = await invokeTool(tool, args, toolContext(ws.services));
      expect(outcome.isError).toBe(true);
      expect(outcome.text).toMatch(/hidden/);
      expect(outcome.text).not.toContain("xoxb");
    }
    // A non-image named like one: refused as unreadable, its bytes never echoed.
    writeFileSync(join(ws.dir, "notes.png"), `${secret}\n`);
    const outcome = await invokeTool(addAsset, { path: "notes.png", kind: "product" }, toolContext(ws.services));
    expect(outcome.isError).toBe(true);
    expect(outcome.text).not.toContain("xoxb");
  });

  it("defaults the import root to ./import, not the working directory", () => {
    const config = loadConfig({ WINNOW_DATA_DIR: join(ws.dir, "data") }, ws.dir);
    expect(config.importRoot).toBe(join(process.cwd(), "import"));
  });
});

describe("CSV export cannot smuggle spreadsheet formulas (OWASP CSV injection)", () => {
  it("prefixes cells starting with =, +, -, @, tab or CR with a quote, and the export re-imports unchanged", async () => {
    const names = ['=HYPERLINK("http://evil.test","x")', "@SUM(A1:A9)", "+cmd|' /C calc'!A0", "-2+3", "\tTab", "\rCR"];
    for (const [i, name] of names.entries()) {
      await ws.services.library.add({
        bytes: await makeJpeg(100 + i, 48),
        filename: `f${i}.jpg`,
        meta: { name, kind: "product", notes: i === 0 ? "=1+1" : undefined },
        actor: "test",
      });
    }
    const out = join(ws.dir, "export");
    await exportLibrary(ws.services.database.db, ws.services.blobs, out, new Date().toISOString());
    const rows = parseCsv(readFileSync(join(out, "assets.csv"), "utf8"), { columns: true }) as Record<string, string>[];
    const cells = rows.flatMap((r) => Object.values(r));
    for (const cell of cells) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    for (const name of names) expect(rows.map((r) => r.name)).toContain(`'${name}`);

    const fresh = await createTestWorkspace({ WINNOW_IMPORT_ROOT: out });
    try {
      const report = await importPath(fresh.services.library, out, join(out, "assets.csv"), { actor: "test" });
      expect(report.failed).toEqual([]);
      const page = await fresh.services.library.list({}, { limit: 50 });
      expect(page.items.map((a) => a.name).sort()).toEqual(expect.arrayContaining(names.map((n) => n.trim())));
    } finally {
      await fresh.cleanup();
    }
  });
});

describe("YAML from users is bounded", () => {
  const refused = async (source: string) => {
    const res = await api("update_brand_rules", { brand: "kestrel", source, format: "yaml" });
    const body = (await res.json()) as { error: { code: string; message: string } };
    return { status: res.status, ...body.error };
  };

  it("answers an alias bomb with 400 invalid_input naming the alias limit", async () => {
    const lines = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
    for (let i = 1; i < 9; i++) {
      const prev = String.fromCharCode(96 + i);
      const name = String.fromCharCode(97 + i);
      lines.push(`${name}: &${name} [${Array(9).fill(`*${prev}`).join(",")}]`);
    }
    const started = Date.now();
    const err = await refused(`${lines.join("\n")}\nrules: []\n`);
    expect(err).toMatchObject({ status: 400, code: "invalid_input" });
    expect(err.message).toMatch(/aliases.*more than 100/);
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it("answers YAML nested 900 deep (flow and block) with a plain 400, not a stack overflow", async () => {
    const flow = `rules: ${"[".repeat(900)}${"]".repeat(900)}\n`;
    const block = `rules:\n${Array.from({ length: 900 }, (_, i) => `${" ".repeat(i)}- `).join("\n")}x\n`;
    const dashes = `rules: ${"- ".repeat(900)}x\n`;
    for (const source of [flow, block, dashes]) {
      const err = await refused(source);
      expect(err).toMatchObject({ status: 400, code: "invalid_input" });
      expect(err.message).not.toMatch(/call stack/i);
    }
    const err = await refused(flow);
    expect(err.message).toMatch(/nested more than 24 levels/);
  });
});

describe("Slack requests outside the 5-minute window are refused both ways", () => {
  let h: SlackHarness;
  beforeAll(async () => {
    h = await startSlackHarness();
  });
  afterAll(() => h.close());
  const body = JSON.stringify({ type: "url_verification", challenge: "c-1" });

  it("refuses a correctly signed request timestamped 10 minutes in the future", async () => {
    const res = await h.send(body, "application/json", slackSignature(body, Math.floor(Date.now() / 1000) + 10 * 60));
    expect(res.status).toBe(401);
    expect(((await res.json()) as { error: { message: string } }).error.message).toMatch(/5 minutes/);
  });

  it("refuses one 10 minutes old and a non-numeric timestamp, and accepts one 1 minute ahead", async () => {
    const old = await h.send(body, "application/json", slackSignature(body, Math.floor(Date.now() / 1000) - 600));
    expect(old.status).toBe(401);
    const headers = { ...slackSignature(body, Math.floor(Date.now() / 1000)), "x-slack-request-timestamp": "soon" };
    expect((await h.send(body, "application/json", headers)).status).toBe(401);
    const ahead = await h.send(body, "application/json", slackSignature(body, Math.floor(Date.now() / 1000) + 60));
    expect(ahead.status).toBe(200);
  });
});
