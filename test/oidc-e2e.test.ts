import type { AddressInfo } from "node:net";
import type { serve } from "@hono/node-server";
import { Client, extractWWWAuthenticateParams, StreamableHTTPClientTransport } from "@modelcontextprotocol/client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createOidcVerifier } from "../server/auth/oidc.ts";
import { createHttpApp } from "../server/http.ts";
import { type FakeIssuer, startFakeIssuer } from "./helpers/fake-oidc-issuer.ts";
import { serveLocal } from "./helpers/serve.ts";
import { seedTeam, type Team } from "./helpers/team.ts";
import { createTestWorkspace, type TestWorkspace } from "./helpers/workspace.ts";

/** A team that signs in through its own IdP only: no WINNOW_TOKEN, people added by an admin, JWTs from the issuer. */
const AUDIENCE = "winnow-e2e";
let idp: FakeIssuer;
let ws: TestWorkspace;
let server: ReturnType<typeof serve>;
let base: string;
let team: Team;

beforeAll(async () => {
  idp = await startFakeIssuer({ audience: AUDIENCE });
  await idp.addKey({ alg: "RS256" });
  ws = await createTestWorkspace({ WINNOW_OIDC_ISSUER: idp.issuer, WINNOW_OIDC_AUDIENCE: AUDIENCE });
  team = await seedTeam(ws.services);
  server = serveLocal(createHttpApp(ws.services).fetch);
  await new Promise((r) => server.once("listening", r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.close();
  await ws.cleanup();
  await idp.close();
});

const jwtFor = (email: string, claims: Record<string, unknown> = {}) =>
  idp.sign({ email, sub: `idp|${email}`, name: email.split("@")[0], ...claims });

async function mcpWith(headers: Record<string, string>) {
  const client = new Client({ name: "winnow-oidc-e2e", version: "1.0.0" });
  await client.connect(new StreamableHTTPClientTransport(new URL(`${base}/mcp`), { requestInit: { headers } }));
  return client;
}
const textOf = (r: { content?: unknown }) =>
  ((r.content as { type: string; text?: string }[]) ?? []).map((c) => c.text ?? "").join("\n");

describe("signing in through the team's identity provider", () => {
  it("lets the MCP client call tools over HTTP as the member the JWT's e-mail names, with that member's role", async () => {
    // Upper case from the IdP still finds approver@team.example.
    const approver = await mcpWith({ authorization: `Bearer ${await jwtFor("Approver@Team.example")}` });
    const listed = await approver.callTool({ name: "list_brands", arguments: {} });
    expect(listed.isError).toBeFalsy();
    const updated = await approver.callTool({
      name: "update_brand",
      arguments: { brand: team.brand, description: "Set by the approver signed in with the IdP" },
    });
    expect(updated.isError, textOf(updated)).toBeFalsy();
    await approver.close();
    expect((await ws.services.brands.get(team.brand)).description).toBe("Set by the approver signed in with the IdP");

    const viewer = await mcpWith({ authorization: `Bearer ${await jwtFor(team.emails.viewer)}` });
    const refused = await viewer.callTool({
      name: "update_brand",
      arguments: { brand: team.brand, description: "viewer tries" },
    });
    expect(refused.isError).toBe(true);
    expect(textOf(refused)).toMatch(/forbidden: update_brand on kestrel needs approver.*viewer@team\.example/);
    await viewer.close();

    const audit = await ws.services.audit.list({ tool: "update_brand", limit: 10 });
    expect(audit.items.map((e) => [e.person, e.outcome]).sort()).toEqual([
      ["approver@team.example", "ok"],
      ["viewer@team.example", "refused"],
    ]);
  });

  it("serves /api and the dashboard to the same JWT", async () => {
    const authorization = `Bearer ${await jwtFor(team.emails.editor)}`;
    const api = await fetch(`${base}/api/tools/list_brands`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization },
      body: "{}",
    });
    expect(api.status).toBe(200);
    const page = await fetch(`${base}/`, { headers: { authorization } });
    expect(page.status).toBe(200);
    expect(await page.text()).toMatch(/<html/);
  });

  it("answers no token with 401 and the resource_metadata challenge, so the client can find the IdP", async () => {
    await expect(mcpWith({})).rejects.toThrow(/401|Unauthorized/i);
    const res = await fetch(`${base}/mcp`, {
      method: "POST",
      headers: { "content-type": "application/json", accept: "application/json, text/event-stream" },
      body: JSON.stringify({ jsonrpc: "2.0", id: 1, method: "ping" }),
    });
    expect(res.status).toBe(401);
    expect(extractWWWAuthenticateParams(res).resourceMetadataUrl?.href).toBe(
      `${base}/.well-known/oauth-protected-resource/mcp`,
    );
    const metadata = await (await fetch(`${base}/.well-known/oauth-protected-resource/mcp`)).json();
    expect(metadata.authorization_servers).toEqual([idp.issuer]);
  });

  it("refuses a person the team has not added with 403 naming that an admin must add them, and creates no one", async () => {
    const stranger = "stranger@elsewhere.example";
    const res = await fetch(`${base}/api/tools/list_brands`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${await jwtFor(stranger)}` },
      body: "{}",
    });
    expect(res.status).toBe(403);
    const { error } = await res.json();
    expect(error.code).toBe("forbidden");
    expect(error.message).toMatch(/stranger@elsewhere\.example .*not a member.*An admin must add them/);
    expect(await ws.services.people.find(stranger)).toBeUndefined();
    await expect(mcpWith({ authorization: `Bearer ${await jwtFor(stranger)}` })).rejects.toThrow(/403|Forbidden/i);
  });

  it("refuses an expired or foreign token with 401 invalid_token and says why", async () => {
    const now = Math.floor(Date.now() / 1000);
    const cases = [
      [await jwtFor(team.emails.admin, { exp: now - 600, iat: now - 4000 }), /expired/],
      [await idp.sign({ email: team.emails.admin }, { audience: "another-app" }), /another audience/],
    ] as const;
    for (const [token, why] of cases) {
      const res = await fetch(`${base}/api/tools/list_brands`, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
        body: "{}",
      });
      expect(res.status).toBe(401);
      expect(extractWWWAuthenticateParams(res).error).toBe("invalid_token");
      const body = await res.text();
      expect(body).toMatch(why);
      expect(body).not.toContain(token);
    }
  });

  it("answers 503, not 401, when the identity provider cannot be reached", async () => {
    const app = createHttpApp(ws.services, {
      jwtVerifier: createOidcVerifier({ ...ws.config.oidc!, issuer: "http://127.0.0.1:9/nowhere" }, { timeoutMs: 500 }),
    });
    const res = await app.request("http://127.0.0.1/api/tools/list_brands", {
      method: "POST",
      headers: {
        host: "127.0.0.1",
        "content-type": "application/json",
        authorization: `Bearer ${await jwtFor(team.emails.admin)}`,
      },
      body: "{}",
    });
    expect(res.status, await res.clone().text()).toBe(503);
    expect((await res.json()).error).toMatchObject({
      code: "unavailable",
      message: /identity provider is unavailable/,
    });
  });
});
