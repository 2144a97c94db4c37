import type { AddressInfo } from "node:net";
import { Client, StreamableHTTPClientTransport } from "@modelcontextprotocol/client";
import { afterEach, describe, expect, it } from "vitest";
import { fixedClock } from "../core/clock.ts";
import { localAdmin } from "../core/people/caller.ts";
import { createHttpApp } from "../server/http.ts";
import { serveLocal } from "./helpers/serve.ts";
import { createTestWorkspace, type TestWorkspace } from "./helpers/workspace.ts";

/**
 * Issue 22: every audit row and every event names a person. The local admin is "local-admin" whichever surface it came
 * through (never "api", "mcp-http" or "cli"); the surface and the credential are kept beside the person.
 */
const clock = fixedClock("2026-12-06T09:00:00.000Z");
const SURFACE_LABELS = /^(api|mcp|mcp-http|mcp-stdio|mcp-resource|cli|dashboard|slack|scheduler|test)$/;
const open: { ws: TestWorkspace; close: () => void }[] = [];

afterEach(async () => {
  for (const o of open.splice(0)) {
    o.close();
    await o.ws.cleanup();
  }
});

async function start(env: Record<string, string> = {}) {
  const ws = await createTestWorkspace(env, { clock });
  const server = serveLocal(createHttpApp(ws.services).fetch);
  await new Promise((r) => server.once("listening", r));
  open.push({ ws, close: () => server.close() });
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const headers = (token?: string) => (token ? { authorization: `Bearer ${token}` } : undefined);
  return {
    ws,
    api: (tool: string, body: unknown, token?: string) =>
      fetch(`${base}/api/tools/${tool}`, {
        method: "POST",
        headers: { "content-type": "application/json", ...headers(token) },
        body: JSON.stringify(body),
      }),
    async mcp(tool: string, args: Record<string, unknown>, token?: string) {
      const client = new Client({ name: "audit-test", version: "1.0.0" });
      const init = headers(token);
      await client.connect(
        new StreamableHTTPClientTransport(new URL(`${base}/mcp`), init ? { requestInit: { headers: init } } : {}),
      );
      const r = await client.callTool({ name: tool, arguments: args });
      await client.close();
      return r;
    },
  };
}

const rows = async (ws: TestWorkspace, sql: string) =>
  (await ws.services.database.client.execute(sql)).rows as unknown as Record<string, unknown>[];

describe("who the audit log and the events name", () => {
  it("names the loopback local admin 'local-admin' in events and audit rows, with the surface beside it", async () => {
    const s = await start();
    expect((await s.api("create_brand", { slug: "kestrel", name: "Kestrel" })).status).toBe(200);
    expect((await s.mcp("create_brand", { slug: "heron", name: "Heron" })).isError).toBeFalsy();

    const events = await rows(s.ws, "SELECT actor, action FROM events WHERE entity_type = 'brand'");
    expect(events.length).toBeGreaterThanOrEqual(2);
    for (const e of events) expect(e.actor).toBe("local-admin");

    const audit = await rows(s.ws, "SELECT actor, caller_kind, surface, via FROM audit_log ORDER BY at, id");
    expect(audit.map((a) => [a.actor, a.surface, a.via])).toEqual([
      ["local-admin", "api", "loopback"],
      ["local-admin", "mcp-http", "loopback"],
    ]);
  });

  it("names WINNOW_TOKEN calls 'local-admin' (via WINNOW_TOKEN) and members by e-mail, never by surface", async () => {
    const secret = "a-shared-admin-secret-0123456789";
    const s = await start({ WINNOW_TOKEN: secret });
    expect((await s.api("create_brand", { slug: "kestrel", name: "Kestrel" }, secret)).status).toBe(200);
    const added = await s.api(
      "add_brand_member",
      { brand: "kestrel", role: "approver", email: "dana@team.example" },
      secret,
    );
    expect(added.status).toBe(200);
    const made = await s.ws.services.people.createToken({ member: "dana@team.example", name: "laptop" }, localAdmin());
    expect(
      (await s.mcp("update_brand", { brand: "kestrel", name: "Kestrel Outdoors" }, made.token)).isError,
    ).toBeFalsy();

    const audit = await rows(s.ws, "SELECT actor, surface, via, tool FROM audit_log ORDER BY at, id");
    expect(audit).toEqual([
      { actor: "local-admin", surface: "api", via: "WINNOW_TOKEN", tool: "create_brand" },
      { actor: "local-admin", surface: "api", via: "WINNOW_TOKEN", tool: "add_brand_member" },
      { actor: "dana@team.example", surface: "mcp-http", via: made.view.id, tool: "update_brand" },
    ]);
    const events = await rows(s.ws, "SELECT actor FROM events");
    expect(events.length).toBeGreaterThan(0);
    for (const e of events) expect(String(e.actor)).not.toMatch(SURFACE_LABELS);
    expect(events.map((e) => e.actor)).toEqual(expect.arrayContaining(["local-admin", "dana@team.example"]));

    // list_audit_events shows the surface and the credential, and filters by the person's name.
    const listed = await s.api("list_audit_events", { person: "local-admin" }, secret);
    const items = (await listed.json()).result.items as { person: string; surface: string; via: string }[];
    expect(items.length).toBe(2);
    for (const item of items)
      expect(item).toEqual(expect.objectContaining({ person: "local-admin", surface: "api", via: "WINNOW_TOKEN" }));
  });
});
