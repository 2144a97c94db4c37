import { existsSync, readFileSync } from "node:fs";
import type { AddressInfo } from "node:net";
import type { serve } from "@hono/node-server";
import { Client, StreamableHTTPClientTransport } from "@modelcontextprotocol/client";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { repairStoredJson } from "../../core/maintenance/repair.ts";
import { assetsNeedingEnrichment } from "../../db/repositories/search.ts";
import { createHttpApp } from "../../server/http.ts";
import { seedDemoWorkspace } from "../../server/seed/seed.ts";
import { seedLoopFixtures } from "../dashboard-fixtures.ts";
import { makeJpeg } from "../helpers/images.ts";
import { serveLocal } from "../helpers/serve.ts";
import { createTestWorkspace, type TestWorkspace } from "../helpers/workspace.ts";

/**
 * Replays issue #18 probe 1: metadata nested 1,001 levels deep (SQLite's JSON limit is 1000) in a 6 KB body, and
 * 200,000 deep (JSON.stringify's stack). Both must be refused naming the field; a row poisoned before the fix must
 * not break pages, reports, generation or the enrichment catch-up; `winnow repair` must fix it.
 */
const deep = (n: number) => `${'{"a":'.repeat(n)}1${"}".repeat(n)}`;

let ws: TestWorkspace;
let server: ReturnType<typeof serve>;
let base: string;
let poisonedId: string;
let brandId: string;

const call = (tool: string, body: string) =>
  fetch(`${base}/api/tools/${tool}`, { method: "POST", headers: { "content-type": "application/json" }, body });

beforeAll(async () => {
  ws = await createTestWorkspace();
  const ctx = await seedDemoWorkspace(ws.services);
  brandId = ctx.brandId;
  await seedLoopFixtures(ws.services, ctx.brandId, [...ctx.assetIds.values()][0]!);
  server = serveLocal(createHttpApp(ws.services).fetch);
  await new Promise((r) => server.once("listening", r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}, 120_000);
afterAll(async () => {
  server?.close();
  await ws?.cleanup();
});

describe("free-form metadata is bounded on every input", () => {
  it("refuses update_asset with metadata 1,001 levels deep (a 6 KB body) with 400 naming metadata", async () => {
    const [asset] = (await ws.services.library.list({}, { limit: 1 })).items;
    const body = `{"id":"${asset!.id}","metadata":${deep(1001)}}`;
    expect(body.length).toBeLessThan(7000);
    const res = await call("update_asset", body);
    expect(res.status).toBe(400);
    const { error } = await res.json();
    expect(error.code).toBe("invalid_input");
    expect(error.message).toMatch(/metadata/);
    expect(error.message).toMatch(/levels deep/);
    // Nothing was written.
    expect((await ws.services.library.get(asset!.id)).version).toBe(asset!.version);
  });

  it("refuses 200,000 levels with a 400 (no stack overflow, no 500)", async () => {
    const [asset] = (await ws.services.library.list({}, { limit: 1 })).items;
    const res = await call("update_asset", `{"id":"${asset!.id}","metadata":${deep(200_000)}}`);
    expect(res.status).toBe(400);
    const { error } = await res.json();
    expect(error.message).not.toMatch(/call stack/i);
    expect(error.message).toMatch(/levels deep/);
  });

  it("refuses add_asset (kind output) with deep metadata, over HTTP and MCP, naming metadata", async () => {
    const contentBase64 = (await makeJpeg(4242, 64)).toString("base64");
    const res = await call(
      "add_asset",
      `{"contentBase64":"${contentBase64}","filename":"x.jpg","kind":"output","metadata":${deep(40)}}`,
    );
    expect(res.status).toBe(400);
    expect((await res.json()).error.message).toMatch(/^metadata: is nested more than 16 levels deep/);

    const client = new Client({ name: "security-test", version: "1.0.0" });
    await client.connect(new StreamableHTTPClientTransport(new URL(`${base}/mcp`)));
    const result = await client.callTool({
      name: "add_asset",
      arguments: { contentBase64, filename: "x.jpg", kind: "output", metadata: JSON.parse(deep(40)) },
    });
    expect(result.isError).toBe(true);
    expect(JSON.stringify(result.content)).toMatch(/metadata: is nested more than 16 levels deep/);
    // 1,001 deep never reaches a tool: the request is refused before parsing into a server, naming the field.
    await expect(
      client.callTool({
        name: "add_asset",
        arguments: { contentBase64, filename: "x.jpg", kind: "output", metadata: JSON.parse(deep(1001)) },
      }),
    ).rejects.toThrow(/params\.arguments\.metadata: is nested more than 64 levels deep/);
    await client.close();
  });

  it("refuses metadata that is too wide or too large, and a merge that would cross the bound", async () => {
    const [asset] = (await ws.services.library.list({}, { limit: 1 })).items;
    const wide = Object.fromEntries(Array.from({ length: 2_500 }, (_, i) => [`k${i}`, i]));
    const res = await call("update_asset", JSON.stringify({ id: asset!.id, metadata: wide }));
    expect(res.status).toBe(400);
    expect((await res.json()).error.message).toMatch(/metadata: has more than 2,000 keys/);
    const big = { blob: "x".repeat(70_000) };
    const res2 = await call("update_asset", JSON.stringify({ id: asset!.id, metadata: big }));
    expect((await res2.json()).error.message).toMatch(/metadata: is .* bytes of JSON, over the 65,536-byte limit/);
    const half = { half: "y".repeat(40_000) };
    expect((await call("update_asset", JSON.stringify({ id: asset!.id, metadata: half }))).status).toBe(200);
    const res3 = await call("update_asset", JSON.stringify({ id: asset!.id, metadata: { other: "z".repeat(40_000) } }));
    expect(res3.status).toBe(400);
    expect((await res3.json()).error.message).toMatch(/merged with the stored metadata/);
  });

  it("refuses any request body nested deeper than 64 levels before a tool sees it", async () => {
    const res = await call("list_assets", `{"kind":${"[".repeat(70)}${"]".repeat(70)}}`);
    expect(res.status).toBe(400);
    expect((await res.json()).error.message).toMatch(/^kind: is nested more than 64 levels/);
  });
});

describe("a row poisoned before the fix", () => {
  beforeAll(async () => {
    const { client } = ws.services.database;
    // An output of the brand that sits in an experiment arm, so every named query reads its metadata.
    const row = await client.execute(
      "SELECT a.id FROM assets a JOIN arms ar ON ar.asset_id = a.id WHERE a.kind = 'output' LIMIT 1",
    );
    poisonedId = String(row.rows[0]!.id);
    await client.execute({
      sql: "UPDATE assets SET brand_id = ?, metadata = ? WHERE id = ?",
      args: [brandId, `{"runId":"run_x","dedupKey":"k","evil":${deep(1001)}}`, poisonedId],
    });
    // The row really is poisoned for SQLite: a bare json_extract over the table fails.
    await expect(client.execute("SELECT json_extract(metadata, '$.runId') FROM assets")).rejects.toThrow(
      /malformed JSON/,
    );
  });

  it("does not break /, /winners, /costs or the asset page", async () => {
    for (const path of ["/", "/winners", "/costs", `/assets/${poisonedId}`, "/library", "/experiments"]) {
      const res = await fetch(`${base}${path}`);
      expect(res.status, path).toBe(200);
    }
    // The asset page reports the damaged row and names the fix.
    const html = await (await fetch(`${base}/assets/${poisonedId}`)).text();
    expect(html).toMatch(/role="alert" class="warn">This asset's stored metadata is out of bounds .*winnow repair/);
  });

  it("does not break cost_report, generate_variants, get_asset or the enrichment catch-up", async () => {
    const report = await call("cost_report", "{}");
    expect(report.status).toBe(200);
    const gen = await call(
      "generate_variants",
      JSON.stringify({
        brand: "kestrel",
        audience: "gen-z-runners",
        objective: "conversions",
        offer: "spring-20-off",
        formats: ["1:1"],
        count: 2,
      }),
    );
    expect(gen.status, await gen.clone().text()).toBe(200);
    const got = await call("get_asset", JSON.stringify({ id: poisonedId }));
    expect(got.status).toBe(200);
    // The damaged row is reported in place of its metadata, with the fix.
    expect((await got.json()).result.asset.metadata.damaged).toMatch(/winnow repair/);
    await expect(assetsNeedingEnrichment(ws.services.database.db, 100)).resolves.toBeInstanceOf(Array);
  });

  it("a value that is not JSON at all (written by another tool) breaks no page, report or read either", async () => {
    const { client } = ws.services.database;
    const other = await client.execute({
      sql: "SELECT a.id FROM assets a JOIN arms ar ON ar.asset_id = a.id WHERE a.kind = 'output' AND a.id <> ? LIMIT 1",
      args: [poisonedId],
    });
    const garbledId = String(other.rows[0]!.id);
    await client.execute({ sql: "UPDATE assets SET metadata = 'not json {' WHERE id = ?", args: [garbledId] });
    try {
      for (const path of ["/", "/winners", "/costs", `/assets/${garbledId}`, "/library", "/experiments"]) {
        const res = await fetch(`${base}${path}`);
        expect(res.status, path).toBe(200);
      }
      expect((await call("cost_report", "{}")).status).toBe(200);
      const got = await call("get_asset", JSON.stringify({ id: garbledId }));
      expect(got.status).toBe(200);
      expect((await got.json()).result.asset.metadata.damaged).toMatch(/winnow repair/);
      expect((await call("list_assets", JSON.stringify({ kind: "output" }))).status).toBe(200);
      expect((await call("search_assets", JSON.stringify({ query: "spring offer" }))).status).toBe(200);
      await expect(assetsNeedingEnrichment(ws.services.database.db, 100)).resolves.toBeInstanceOf(Array);
    } finally {
      await client.execute({ sql: "UPDATE assets SET metadata = '{}' WHERE id = ?", args: [garbledId] });
    }
  });

  it("winnow repair finds the row, keeps the readable keys, quarantines the original and records an event", async () => {
    const dry = await repairStoredJson(ws.services.database, ws.services.clock, {
      actor: "test",
      dryRun: true,
      quarantineDir: `${ws.dir}/quarantine`,
    });
    expect(dry.damaged.map((d) => d.rowId)).toEqual([poisonedId]);
    expect(dry.damaged[0]!.action).toBe("none");

    const report = await repairStoredJson(ws.services.database, ws.services.clock, {
      actor: "test",
      quarantineDir: `${ws.dir}/quarantine`,
    });
    expect(report.damaged).toHaveLength(1);
    expect(report.damaged[0]).toMatchObject({ table: "assets", column: "metadata", rowId: poisonedId });
    expect(report.damaged[0]!.droppedKeys).toEqual(["evil"]);
    const saved = report.damaged[0]!.quarantinedTo!;
    expect(existsSync(saved) && readFileSync(saved, "utf8")).toContain('"evil"');

    const { client } = ws.services.database;
    const after = await client.execute({ sql: "SELECT metadata FROM assets WHERE id = ?", args: [poisonedId] });
    expect(JSON.parse(String(after.rows[0]!.metadata))).toEqual({ runId: "run_x", dedupKey: "k" });
    await expect(client.execute("SELECT json_extract(metadata, '$.runId') FROM assets")).resolves.toBeTruthy();
    const events = await ws.services.database.db.all<{ n: number }>(
      sql`SELECT count(*) AS n FROM events WHERE action = 'data.repair' AND entity_id = ${poisonedId}`,
    );
    expect(Number(events[0]!.n)).toBe(1);
    // Idempotent: a second run finds nothing.
    const again = await repairStoredJson(ws.services.database, ws.services.clock, {
      actor: "test",
      quarantineDir: `${ws.dir}/quarantine`,
    });
    expect(again.damaged).toEqual([]);
  });

  it("repairs 200,000-deep and unparseable values in other JSON columns too", async () => {
    const { client } = ws.services.database;
    await client.execute({ sql: "UPDATE brands SET settings = ? WHERE id = ?", args: [deep(200_000), brandId] });
    const ev = await client.execute("SELECT id FROM events LIMIT 1");
    await client.execute({ sql: "UPDATE events SET data = 'not json {' WHERE id = ?", args: [String(ev.rows[0]!.id)] });
    const report = await repairStoredJson(ws.services.database, ws.services.clock, {
      actor: "test",
      quarantineDir: `${ws.dir}/quarantine`,
    });
    const byTable = Object.fromEntries(report.damaged.map((d) => [d.table, d]));
    expect(byTable.brands).toMatchObject({ column: "settings", droppedKeys: ["a"], action: "salvaged" });
    expect(byTable.events).toMatchObject({ column: "data", action: "reset" });
    const check = await client.execute({
      sql: "SELECT (SELECT json_valid(settings) FROM brands WHERE id = ?) AS a, (SELECT count(*) FROM events WHERE NOT json_valid(data)) AS b",
      args: [brandId],
    });
    expect(Number(check.rows[0]!.a)).toBe(1);
    expect(Number(check.rows[0]!.b)).toBe(0);
  });
});
