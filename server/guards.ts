import type { Context, MiddlewareHandler } from "hono";
import { html } from "hono/html";
import { WinnowError } from "../core/errors.ts";
import { BODY_DEPTH_LIMIT, jsonProblem } from "../core/json-bounds.ts";
import type { Config } from "./config.ts";
import { page } from "./dashboard/layout.ts";

/**
 * Request guards in front of every route (OWASP ASVS L1 V4/V13, MCP security best practices):
 * - Origin: a browser request that carries an Origin must come from exactly the origin served (scheme, host AND
 *   port) or one listed in WINNOW_PUBLIC_URL / WINNOW_ALLOWED_ORIGINS. Another local port (http://localhost:3000)
 *   or a sandboxed document (Origin: null) is refused with 403.
 * - Content type: POSTs to /api and /mcp must be application/json (415 otherwise), so a form or a text/plain
 *   "simple request" that skips the CORS preflight can never write.
 * - JSON bodies of /api and /mcp are parsed here (bounded by the body limit before, and by nesting depth after) and
 *   handed on as `parsedBody`; bad JSON gets Winnow's error shape on /api and a JSON-RPC parse error on /mcp.
 */

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);
const isMcp = (path: string) => path === "/mcp" || path.startsWith("/mcp/");
const isApi = (path: string) => path === "/api" || path.startsWith("/api/");

/** Error body in the shape the route's clients read: JSON-RPC on /mcp, Winnow's `{ error }` elsewhere. */
export function refusal(c: Context, err: WinnowError, status: number) {
  if (isMcp(c.req.path))
    return c.json({ jsonrpc: "2.0", error: { code: -32000, message: err.message }, id: null }, status as 400);
  if (!isApi(c.req.path) && c.req.path !== "/healthz" && !c.req.path.startsWith("/slack/"))
    return c.html(
      page("Error", "", html`<p role="alert">${err.message}</p><p><a href="/">Back to the overview</a></p>`),
      status as 400,
    );
  return c.json(err.toJSON(), status as 400);
}

export function allowedOrigins(config: Config): Set<string> {
  const out = new Set(config.allowedOrigins ?? []);
  if (config.publicUrl) out.add(new URL(config.publicUrl).origin);
  return out;
}

export function originGuard(config: Config): MiddlewareHandler {
  const listed = allowedOrigins(config);
  return async (c, next) => {
    const origin = c.req.header("origin");
    const served = new URL(c.req.url).origin;
    if (origin !== undefined) {
      if (origin !== served && !listed.has(origin)) {
        return refusal(
          c,
          new WinnowError(
            "forbidden",
            `Origin ${origin.slice(0, 200)} may not call this server (only ${served} and the origins in WINNOW_ALLOWED_ORIGINS may). Serve the page from this origin or add it to WINNOW_ALLOWED_ORIGINS.`,
          ),
          403,
        );
      }
    } else if (!SAFE_METHODS.has(c.req.method)) {
      // No Origin but a browser said the request is from another site (same-site includes other ports).
      const site = c.req.header("sec-fetch-site");
      if (site === "cross-site" || site === "same-site")
        return refusal(c, new WinnowError("forbidden", "Cross-site requests may not change data here."), 403);
    }
    return next();
  };
}

function isJson(contentType: string | undefined) {
  const media = contentType?.split(";")[0]?.trim().toLowerCase();
  return media === "application/json" || (media?.startsWith("application/") && media.endsWith("+json")) === true;
}

export function jsonBodyGuard(): MiddlewareHandler {
  return async (c, next) => {
    const path = c.req.path;
    if (c.req.method !== "POST" || !(isApi(path) || isMcp(path))) return next();
    if (!isJson(c.req.header("content-type"))) {
      return refusal(
        c,
        new WinnowError(
          "invalid_input",
          `Content-Type must be application/json (got ${c.req.header("content-type")?.slice(0, 100) ?? "none"}). Send the body as JSON with Content-Type: application/json.`,
          { field: "content-type" },
        ),
        415,
      );
    }
    const text = await c.req.text();
    let value: unknown;
    try {
      // An empty /api body is a tool called with no input; MCP always needs a message.
      value = text.trim() === "" && isApi(path) ? {} : JSON.parse(text);
    } catch (error) {
      const why = error instanceof SyntaxError ? error.message.split("\n")[0]!.slice(0, 200) : "unreadable";
      if (isMcp(path))
        return c.json({ jsonrpc: "2.0", error: { code: -32700, message: `Parse error: ${why}` }, id: null }, 400);
      return c.json(
        new WinnowError("invalid_input", `Body is not valid JSON (${why}). Send the tool's input as a JSON object.`, {
          field: "body",
        }).toJSON(),
        400,
      );
    }
    const problem = jsonProblem(value, {
      depth: BODY_DEPTH_LIMIT,
      nodes: Number.MAX_SAFE_INTEGER,
      bytes: Number.POSITIVE_INFINITY,
    });
    if (problem)
      return refusal(
        c,
        new WinnowError(
          "invalid_input",
          `${problem.field ?? "body"}: ${problem.message}. Nest JSON at most ${BODY_DEPTH_LIMIT} levels deep (free-form fields such as metadata allow 16).`,
          { field: problem.field ?? "body" },
        ),
        400,
      );
    c.set("parsedBody" as never, value as never);
    return next();
  };
}

/**
 * The dashboard's policy: it runs no script at all, loads styles, images and charts only from itself, posts forms
 * only to itself and cannot be framed.
 */
export const DASHBOARD_CSP =
  "default-src 'none'; script-src 'none'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

/**
 * Headers every response carries: no MIME sniffing, no framing, no referrer (asset ids in URLs) sent to other
 * sites. `same-origin`, not `no-referrer`: with no-referrer Chromium sends `Origin: null` on form posts.
 */
export function baselineHeaders(): MiddlewareHandler {
  return async (c, next) => {
    await next();
    if (!c.res.headers.has("Content-Security-Policy") && c.res.headers.get("content-type")?.startsWith("text/html"))
      c.header("Content-Security-Policy", DASHBOARD_CSP);
    const type = c.res.headers.get("content-type") ?? "";
    // Pages and API answers can carry library data behind the token: never stored by shared or browser caches.
    if (!c.res.headers.has("Cache-Control") && (type.startsWith("text/html") || type.startsWith("application/json")))
      c.header("Cache-Control", "no-store");
    if (new URL(c.req.url).protocol === "https:") c.header("Strict-Transport-Security", "max-age=31536000");
    c.header("X-Content-Type-Options", "nosniff");
    c.header("Referrer-Policy", "same-origin");
    if (!c.res.headers.has("X-Frame-Options")) c.header("X-Frame-Options", "DENY");
    if (!c.res.headers.has("Cross-Origin-Resource-Policy")) c.header("Cross-Origin-Resource-Policy", "same-origin");
  };
}
