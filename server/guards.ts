import type { Context, MiddlewareHandler } from "hono";
import { bodyLimit } from "hono/body-limit";
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

/**
 * hono's bodyLimit, deciding from the headers when they say it all: a Content-Length without Transfer-Encoding is
 * the body's size (Node's parser holds the body to it), and a request with neither has no body. Only a chunked body
 * (or a Request built in-process, which carries no Content-Length) is counted as it is read, by hono's bodyLimit.
 *
 * Why: hono's bodyLimit first asks `c.req.raw.body`, and on @hono/node-server that turns the lightweight request of
 * every call into a full undici Request with a web stream over the socket, which jsonBodyGuard then reads through
 * instead of node-server's direct read. That was ~0.1-0.2 ms of server CPU on every /mcp and /api call (issue 23),
 * and a full Request for every GET.
 */
export function boundedBody(options: { maxSize: number; onError: (c: Context) => Response | Promise<Response> }) {
  const counted = bodyLimit(options);
  const handler: MiddlewareHandler = async (c, next) => {
    const headers = c.req.raw.headers;
    if (headers.has("transfer-encoding")) return counted(c, next);
    const length = headers.get("content-length");
    if (length !== null) {
      const size = Number(length);
      if (!Number.isSafeInteger(size) || size < 0) return counted(c, next);
      return size > options.maxSize ? options.onError(c) : next();
    }
    if (c.req.method === "GET" || c.req.method === "HEAD") return next();
    return counted(c, next);
  };
  return handler;
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
 *
 * Set on the response's own headers, as hono's secureHeaders does: `c.header()` on a finished response rebuilds it
 * around its body as a stream, once per header, so @hono/node-server could no longer write a string body at once but
 * pumped a web stream for every API, MCP and page answer (~0.15 ms of server CPU a call, issue 23).
 */
export function baselineHeaders(): MiddlewareHandler {
  return async (c, next) => {
    await next();
    let headers = c.res.headers;
    try {
      headers.set("X-Content-Type-Options", "nosniff");
    } catch {
      // Immutable headers (a Response.redirect() or a fetched response passed on): answer with a copy.
      c.res = new Response(c.res.body, c.res);
      headers = c.res.headers;
      headers.set("X-Content-Type-Options", "nosniff");
    }
    const type = headers.get("content-type") ?? "";
    if (!headers.has("Content-Security-Policy") && type.startsWith("text/html"))
      headers.set("Content-Security-Policy", DASHBOARD_CSP);
    // Pages and API answers can carry library data behind the token: never stored by shared or browser caches.
    if (!headers.has("Cache-Control") && (type.startsWith("text/html") || type.startsWith("application/json")))
      headers.set("Cache-Control", "no-store");
    if (c.req.url.startsWith("https:")) headers.set("Strict-Transport-Security", "max-age=31536000");
    headers.set("Referrer-Policy", "same-origin");
    if (!headers.has("X-Frame-Options")) headers.set("X-Frame-Options", "DENY");
    if (!headers.has("Cross-Origin-Resource-Policy")) headers.set("Cross-Origin-Resource-Policy", "same-origin");
  };
}
