import { type Context, Hono } from "hono";
import { WinnowError } from "../../core/errors.ts";
import type { Config } from "../config.ts";

/**
 * OAuth 2.0 Protected Resource Metadata (RFC 9728), as the MCP authorization spec (2025-06-18, 2025-11-25) asks of an
 * MCP server: a document naming the team's issuer as the authorization server, and a `WWW-Authenticate` challenge
 * on every 401 that points at it, so an MCP client that speaks OAuth can send its person to the team's IdP.
 *
 * Two resources are described. `<base>/mcp` (document at /.well-known/oauth-protected-resource/mcp, the URL
 * challenges on /mcp name) and `<base>` itself (document at /.well-known/oauth-protected-resource, named by
 * challenges elsewhere, e.g. /api). RFC 9728 §3.3 makes a client check that `resource` equals the URL the document
 * was found under minus the well-known part, so the root document describes the root, not /mcp.
 */

export const PRM_PATH = "/.well-known/oauth-protected-resource";

/** Where clients reach this server: WINNOW_PUBLIC_URL when set, else the origin the request came to (Host checked). */
function baseOf(config: Config, requestUrl: string): string {
  return (config.publicUrl ?? new URL(requestUrl).origin).replace(/\/+$/, "");
}

/** RFC 9728 §3.1: the well-known segment goes between the host and the resource's path. */
export function metadataUrlOf(resource: string): string {
  const url = new URL(resource);
  const path = url.pathname === "/" ? "" : url.pathname.replace(/\/+$/, "");
  return `${url.origin}${PRM_PATH}${path}`;
}

/** The resource a request's path belongs to: the MCP endpoint for /mcp, the whole server for anything else. */
export function resourceOf(config: Config, requestUrl: string): string {
  const base = baseOf(config, requestUrl);
  const { pathname } = new URL(requestUrl);
  return pathname === "/mcp" || pathname.startsWith("/mcp/") ? `${base}/mcp` : base;
}

export function protectedResourceMetadata(oidc: NonNullable<Config["oidc"]>, resource: string) {
  return {
    resource,
    authorization_servers: [oidc.issuer],
    bearer_methods_supported: ["header"],
    resource_name: "Winnow",
    ...(oidc.scopes.length ? { scopes_supported: oidc.scopes } : {}),
  };
}

/**
 * GET /.well-known/oauth-protected-resource[/mcp]: the metadata when OIDC is configured, a JSON 404 saying how to
 * turn it on otherwise (clients read 404 as "this server has no OAuth").
 */
export function protectedResourceRoutes(config: Config): Hono {
  const routes = new Hono();
  routes.get(`${PRM_PATH}/*`, (c) => serve(c, config));
  routes.get(PRM_PATH, (c) => serve(c, config));
  return routes;
}

function serve(c: Context, config: Config) {
  const off = () =>
    c.json(
      new WinnowError(
        "not_found",
        "Sign-in with an identity provider is not configured on this server (set WINNOW_OIDC_ISSUER and WINNOW_OIDC_AUDIENCE). Use a personal token instead.",
      ).toJSON(),
      404,
    );
  if (!config.oidc) return off();
  const base = baseOf(config, c.req.url);
  const asked = c.req.path.replace(/\/+$/, "");
  const served = [base, `${base}/mcp`].find((resource) => new URL(metadataUrlOf(resource)).pathname === asked);
  if (!served)
    return c.json(
      new WinnowError(
        "not_found",
        `No protected resource is described at ${c.req.path}. See ${metadataUrlOf(`${base}/mcp`)}.`,
      ).toJSON(),
      404,
    );
  c.header("Cache-Control", "public, max-age=300");
  return c.json(protectedResourceMetadata(config.oidc, served));
}

/** RFC 6750 §3: error_description is a quoted string of printable ASCII without `"` or `\`. */
const quotable = (text: string) =>
  text
    .replace(/[^\x20-\x7e]/g, " ")
    .replace(/["\\]/g, "'")
    .slice(0, 300);

/**
 * The `WWW-Authenticate` value for a 401: `Bearer realm="winnow"`, plus (when OIDC is configured) the metadata URL
 * and scopes, plus `error="invalid_token"` and a description when a token was presented and refused.
 */
export function bearerChallenge(config: Config, requestUrl: string, refusedBecause?: string): string {
  const parts = ['Bearer realm="winnow"'];
  if (config.oidc) {
    parts.push(`resource_metadata="${metadataUrlOf(resourceOf(config, requestUrl))}"`);
    if (config.oidc.scopes.length) parts.push(`scope="${config.oidc.scopes.join(" ")}"`);
  }
  if (refusedBecause !== undefined)
    parts.push('error="invalid_token"', `error_description="${quotable(refusedBecause)}"`);
  return parts.join(", ");
}

/** A JSON 401 (Winnow's error shape) with the challenge above; `tokenGiven` adds the invalid_token error. */
export function unauthorized(c: Context, config: Config, error: WinnowError, tokenGiven: boolean) {
  c.header("WWW-Authenticate", bearerChallenge(config, c.req.url, tokenGiven ? error.message : undefined));
  return c.json(error.toJSON(), 401);
}
