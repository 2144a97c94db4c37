import type { AddressInfo } from "node:net";
import type { serve } from "@hono/node-server";
import { Client, StreamableHTTPClientTransport } from "@modelcontextprotocol/client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixedClock } from "../core/clock.ts";
import { localAdmin } from "../core/people/caller.ts";
import { createHttpApp } from "../server/http.ts";
import { addVariant } from "./helpers/review-fixtures.ts";
import { serveLocal } from "./helpers/serve.ts";
import { seedTeam, type Team } from "./helpers/team.ts";
import { createTestWorkspace, type TestWorkspace } from "./helpers/workspace.ts";

const clock = fixedClock("2026-12-06T09:00:00.000Z");
let ws: TestWorkspace;
let server: ReturnType<typeof serve>;
let base: string;
let team: Team;

beforeAll(async () => {
  ws = await createTestWorkspace({}, { clock });
  server = serveLocal(createHttpApp(ws.services).fetch);
  await new Promise((r) => server.once("listening", r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.close();
  await ws.cleanup();
});

const api = (tool: string, body: unknown, token?: string) =>
  fetch(`${base}/api/tools/${tool}`, {
    method: "POST",
    headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });

async function mcpAs(token: string) {
  const client = new Client({ name: "winnow-test", version: "1.0.0" });
  await client.connect(
    new StreamableHTTPClientTransport(new URL(`${base}/mcp`), {
      requestInit: { headers: { authorization: `Bearer ${token}` } },
    }),
  );
  return client;
}

const textOf = (r: { content?: unknown }) =>
  ((r.content as { type: string; text?: string }[]) ?? []).map((c) => c.text ?? "").join("\n");

describe("solo use on loopback, then a team", () => {
  it("serves the local admin with no credentials until the first token or admin exists, then asks for a token", async () => {
    const solo = await api("list_brands", {});
    expect(solo.status).toBe(200);
    team = await seedTeam(ws.services);
    const anonymous = await api("list_brands", {});
    expect(anonymous.status).toBe(401);
    expect((await anonymous.json()).error.message).toMatch(/Missing Authorization: Bearer/);
    expect((await api("list_brands", {}, team.tokens.viewer)).status).toBe(200);
  });
});

describe("decide_review", () => {
  it("lets an approver of the brand approve over MCP, recorded as them, and refuses a second decision", async () => {
    const brand = await ws.services.brands.get(team.brand);
    const assetId = await addVariant(ws.services, brand.id, 7101);
    const asked = await api(
      "request_review",
      { brand: team.brand, assetId, reasons: ["new claim"] },
      team.tokens.editor,
    );
    expect(asked.status).toBe(200);
    const reviewId = (await asked.json()).result.request.id as string;

    const editor = await mcpAs(team.tokens.editor);
    const refused = await editor.callTool({ name: "decide_review", arguments: { reviewId, decision: "approve" } });
    expect(refused.isError).toBe(true);
    expect(textOf(refused)).toMatch(
      /^forbidden: decide_review on kestrel needs approver.*editor@team\.example\) is editor there/,
    );
    expect(textOf(refused)).toMatch(/Who can: approver \(approver@team\.example\)/);
    await editor.close();

    const approver = await mcpAs(team.tokens.approver);
    const ok = await approver.callTool({
      name: "decide_review",
      arguments: { reviewId, decision: "approve", reason: "claim substantiated" },
    });
    expect(ok.isError).toBeFalsy();
    const request = (ok.structuredContent as { request: { status: string; decidedBy: string } }).request;
    expect(request).toMatchObject({ status: "approved", decidedBy: "approver@team.example" });
    const again = await approver.callTool({ name: "decide_review", arguments: { reviewId, decision: "reject" } });
    expect(again.isError).toBe(true);
    expect(textOf(again)).toMatch(/^conflict: .* already approved by approver@team\.example/);
    await approver.close();
    const asset = await ws.services.library.get(assetId);
    expect(asset.status).toBe("approved");
  });

  it("refuses an approver of another brand and takes no approver name as input", async () => {
    const brand = await ws.services.brands.get(team.brand);
    const assetId = await addVariant(ws.services, brand.id, 7102);
    const { request } = await (
      await api("request_review", { brand: team.brand, assetId, reasons: ["r"] }, team.tokens.editor)
    )
      .json()
      .then((b) => b.result);
    const other = await api("decide_review", { reviewId: request.id, decision: "approve" }, team.tokens.otherApprover);
    expect(other.status).toBe(403);
    expect((await other.json()).error.code).toBe("forbidden");
    const named = await api(
      "decide_review",
      { reviewId: request.id, decision: "approve", approvedBy: "approver@team.example" },
      team.tokens.otherApprover,
    );
    expect(named.status).toBe(400);
    expect((await ws.services.reviews.get(request.id)).status).toBe("pending");
  });
});

describe("personal tokens", () => {
  it("stops working on the next request once revoked", async () => {
    const made = await ws.services.people.createToken({ member: team.emails.viewer, name: "laptop" }, localAdmin());
    expect((await api("list_brands", {}, made.token)).status).toBe(200);
    await ws.services.people.revokeToken(made.view.id, team.callers.viewer);
    const res = await api("list_brands", {}, made.token);
    expect(res.status).toBe(401);
    expect((await res.json()).error.message).toMatch(/revoked/);
  });

  it("refuses an expired token with a plain message", async () => {
    const made = await ws.services.people.createToken(
      { member: team.emails.viewer, name: "short", expires: "30m" },
      localAdmin(),
    );
    expect((await api("list_brands", {}, made.token)).status).toBe(200);
    clock.advance(31 * 60_000);
    const res = await api("list_brands", {}, made.token);
    expect(res.status).toBe(401);
    expect((await res.json()).error.message).toMatch(/expired/);
  });

  it("stores only a hash of the token", async () => {
    const made = await ws.services.people.createToken({ member: team.emails.editor }, localAdmin());
    const rows = await ws.services.database.client.execute("SELECT token_hash FROM api_tokens");
    const stored = rows.rows.map((r) => String(r.token_hash));
    expect(stored.some((h) => h.includes(made.token) || made.token.includes(h))).toBe(false);
    expect(made.token).toMatch(/^wnw_[A-Za-z0-9_-]{43}$/);
  });
});

describe("audit", () => {
  it("names a person on every row", async () => {
    const rows = await ws.services.database.client.execute("SELECT actor, caller_kind, tool, outcome FROM audit_log");
    expect(rows.rows.length).toBeGreaterThan(3);
    for (const r of rows.rows) {
      expect(String(r.actor)).toMatch(/@team\.example$|^local-admin$|^system:/);
    }
    expect(rows.rows.some((r) => r.tool === "decide_review" && r.outcome === "refused")).toBe(true);
  });
});
