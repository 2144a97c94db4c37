import type { AddressInfo } from "node:net";
import type { serve } from "@hono/node-server";
import {
  checkResourceAllowed,
  discoverOAuthProtectedResourceMetadata,
  extractWWWAuthenticateParams,
  selectResourceURL,
} from "@modelcontextprotocol/client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bearerChallenge, protectedResourceRoutes } from "../server/auth/resource-metadata.ts";
import { loadConfig } from "../server/config.ts";
import { createHttpApp } from "../server/http.ts";
import { type FakeIssuer, startFakeIssuer } from "./helpers/fake-oidc-issuer.ts";
import { serveLocal } from "./helpers/serve.ts";
import { createTestWorkspace, type TestWorkspace } from "./helpers/workspace.ts";

const TOKEN = "test-token-0123456789abcdef";
const AUDIENCE = "winnow-http-test";
let idp: FakeIssuer;
let ws: TestWorkspace;
let server: ReturnType<typeof serve>;
let base: string;

beforeAll(async () => {
  idp = await startFakeIssuer({ audience: AUDIENCE });
  await idp.addKey();
  ws = await createTestWorkspace({
    WINNOW_TOKEN: TOKEN,
    WINNOW_OIDC_ISSUER: idp.issuer,
    WINNOW_OIDC_AUDIENCE: AUDIENCE,
    WINNOW_OIDC_SCOPES: "openid email profile",
  });
  server = serveLocal(createHttpApp(ws.services).fetch);
  await new Promise((r) => server.once("listening", r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.close();
  await ws.cleanup();
  await idp.close();
});

const initialize = JSON.stringify({
  jsonrpc: "2.0",
  id: 1,
  method: "initialize",
  params: { protocolVersion: "2025-06-18", capabilities: {}, clientInfo: { name: "oauth-probe", version: "0" } },
});
const postMcp = (headers: Record<string, string> = {}) =>
  fetch(`${base}/mcp`, {
    method: "POST",
    headers: { "content-type": "application/json", accept: "application/json, text/event-stream", ...headers },
    body: initialize,
  });

describe("OAuth Protected Resource Metadata (RFC 9728) for MCP clients", () => {
  it("describes /mcp at the path-suffixed well-known URL, naming the team's issuer", async () => {
    const res = await fetch(`${base}/.well-known/oauth-protected-resource/mcp`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^application\/json/);
    expect(await res.json()).toEqual({
      resource: `${base}/mcp`,
      authorization_servers: [idp.issuer],
      bearer_methods_supported: ["header"],
      resource_name: "Winnow",
      scopes_supported: ["openid", "email", "profile"],
    });
  });

  it("describes the whole server at the root well-known URL (resource = the URL it was found under)", async () => {
    const res = await fetch(`${base}/.well-known/oauth-protected-resource`);
    expect(res.status).toBe(200);
    const doc = await res.json();
    expect(doc).toMatchObject({ resource: base, authorization_servers: [idp.issuer] });
    // A client that fell back to the root document may still use it for /mcp and /api.
    for (const path of ["/mcp", "/api/tools/list_assets"])
      expect(checkResourceAllowed({ requestedResource: `${base}${path}`, configuredResource: doc.resource })).toBe(
        true,
      );
    expect((await fetch(`${base}/.well-known/oauth-protected-resource/elsewhere`)).status).toBe(404);
  });

  it("answers an unauthenticated /mcp call with 401 and a challenge the MCP SDK follows to the metadata", async () => {
    const res = await postMcp();
    expect(res.status).toBe(401);
    const challenge = res.headers.get("www-authenticate") ?? "";
    expect(challenge).toMatch(/^Bearer realm="winnow", /);
    expect(challenge).not.toMatch(/error=/); // no token was given, so nothing was invalid (RFC 6750 §3.1)
    const params = extractWWWAuthenticateParams(res);
    expect(params.resourceMetadataUrl?.href).toBe(`${base}/.well-known/oauth-protected-resource/mcp`);
    expect(params.scope).toBe("openid email profile");

    const serverUrl = new URL(`${base}/mcp`);
    const viaHeader = await discoverOAuthProtectedResourceMetadata(serverUrl, {
      resourceMetadataUrl: params.resourceMetadataUrl!,
    });
    expect(viaHeader.authorization_servers).toEqual([idp.issuer]);
    expect((await selectResourceURL(serverUrl, {} as never, viaHeader))?.href).toBe(`${base}/mcp`);
    // Without the header, the SDK's well-known probing finds the same document.
    expect(await discoverOAuthProtectedResourceMetadata(serverUrl)).toEqual(viaHeader);
  });

  it("adds error=invalid_token with a description when a token was given and refused, never echoing it", async () => {
    const stale = await idp.sign({ exp: Math.floor(Date.now() / 1000) - 3600, iat: 1 });
    for (const token of ["not-the-token-at-all", stale]) {
      const res = await postMcp({ authorization: `Bearer ${token}` });
      expect(res.status).toBe(401);
      const params = extractWWWAuthenticateParams(res);
      expect(params.error).toBe("invalid_token");
      expect(params.errorDescription).toBeTruthy();
      expect(params.resourceMetadataUrl?.href).toBe(`${base}/.well-known/oauth-protected-resource/mcp`);
      expect(res.headers.get("www-authenticate")).not.toContain(token);
      expect(await res.text()).not.toContain(token);
    }
  });

  it("challenges /api with the root metadata URL", async () => {
    const res = await fetch(`${base}/api/tools/list_assets`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: "{}",
    });
    expect(res.status).toBe(401);
    expect(extractWWWAuthenticateParams(res).resourceMetadataUrl?.href).toBe(
      `${base}/.well-known/oauth-protected-resource`,
    );
  });
});

describe("without OIDC configured", () => {
  const config = loadConfig({ WINNOW_DATA_DIR: "/tmp/unused" }, "/nonexistent");

  it("answers the well-known URLs with a JSON 404 saying how to turn sign-in on", async () => {
    const routes = protectedResourceRoutes(config);
    for (const path of ["/.well-known/oauth-protected-resource", "/.well-known/oauth-protected-resource/mcp"]) {
      const res = await routes.request(`http://127.0.0.1:8787${path}`);
      expect(res.status).toBe(404);
      expect((await res.json()).error.message).toMatch(/WINNOW_OIDC_ISSUER and WINNOW_OIDC_AUDIENCE/);
    }
  });

  it("challenges with the realm only (no metadata to point at)", () => {
    expect(bearerChallenge(config, "http://127.0.0.1:8787/mcp")).toBe('Bearer realm="winnow"');
    expect(bearerChallenge(config, "http://127.0.0.1:8787/mcp", 'The "token" is wrong.\n')).toBe(
      `Bearer realm="winnow", error="invalid_token", error_description="The 'token' is wrong. "`,
    );
  });
});

describe("behind a public URL", () => {
  it("names the public URL, not the address the request arrived at", async () => {
    const config = loadConfig(
      {
        WINNOW_PUBLIC_URL: "https://winnow.example.com/",
        WINNOW_OIDC_ISSUER: "https://login.example.com/tenant",
        WINNOW_OIDC_AUDIENCE: "winnow",
      },
      "/nonexistent",
    );
    const res = await protectedResourceRoutes(config).request(
      "http://10.0.0.5:8787/.well-known/oauth-protected-resource/mcp",
    );
    expect(await res.json()).toMatchObject({
      resource: "https://winnow.example.com/mcp",
      authorization_servers: ["https://login.example.com/tenant"],
    });
    expect(bearerChallenge(config, "http://10.0.0.5:8787/mcp")).toBe(
      'Bearer realm="winnow", resource_metadata="https://winnow.example.com/.well-known/oauth-protected-resource/mcp"',
    );
  });
});
