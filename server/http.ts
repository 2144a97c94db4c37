import { createMcpHonoApp } from "@modelcontextprotocol/hono";
import { localhostAllowedOrigins } from "@modelcontextprotocol/server";
import { type Context, Hono } from "hono";
import { HTTPException } from "hono/http-exception";
import { WinnowError } from "../core/errors.ts";
import { publicError } from "../core/public-error.ts";
import { mountSlackEvents } from "../slack-app/http.ts";
import { apiRoutes } from "./api.ts";
import { isSignedLink } from "./asset-links.ts";
import type { AuthenticateDeps, JwtVerifier } from "./auth/authenticate.ts";
import { callerOf, requireCaller } from "./auth/middleware.ts";
import { createOidcVerifier } from "./auth/oidc.ts";
import { protectedResourceRoutes } from "./auth/resource-metadata.ts";
import { AuthThrottle } from "./auth-throttle.ts";
import { isLoopback } from "./config.ts";
import { dashboardRoutes, notFoundPage } from "./dashboard/routes.ts";
import { allowedOrigins, baselineHeaders, boundedBody, jsonBodyGuard, originGuard, refusal } from "./guards.ts";
import { LiveSet } from "./live-set.ts";
import { createMcpServer, statelessTool } from "./mcp.ts";
import { authInfoFor } from "./mcp-caller.ts";
import { createMcpHttpHandler } from "./mcp-http.ts";
import type { Services } from "./services.ts";

const SIGNED_THUMBNAIL = /^\/api\/assets\/[^/]+\/thumbnail$/;

/**
 * The one HTTP app: `/mcp` (Streamable HTTP, both protocol eras), `/api` (JSON over the same services), asset files,
 * `/healthz`. Host/Origin validation and the JSON body limit come from the SDK's hono adapter.
 */
export interface HttpAppOptions {
  /** Validates bearer JWTs from the team's OIDC issuer; defaults to server/auth/oidc.ts when WINNOW_OIDC_* is set. */
  jwtVerifier?: JwtVerifier | undefined;
}

export function createHttpApp(services: Services, options: HttpAppOptions = {}): Hono {
  const { config } = services;
  const app = new Hono();
  app.use("*", baselineHeaders());
  // Before the SDK's own checks: exact-origin (scheme, host and port), JSON-only writes, bounded JSON parsing with
  // Winnow's error shapes. The SDK app below then checks Host (DNS rebinding) and skips parsing (parsedBody is set).
  app.use("*", originGuard(config));
  app.use(
    "*",
    boundedBody({
      maxSize: config.maxBodyBytes,
      onError: (c) =>
        refusal(
          c,
          new WinnowError(
            "invalid_input",
            `Request body exceeds ${config.maxBodyBytes} bytes. Send a smaller body or raise WINNOW_MAX_BODY_BYTES.`,
            { field: "body" },
          ),
          413,
        ),
    }),
  );
  app.use("*", jsonBodyGuard());
  app.route(
    "/",
    createMcpHonoApp({
      host: config.host,
      ...(config.allowedHosts ? { allowedHosts: config.allowedHosts } : {}),
      // The SDK compares Origin host names only; originGuard above already holds browsers to the exact origin.
      ...(isLoopback(config.host) || config.allowedHosts ? { allowedOrigins: sdkOriginHostnames(config) } : {}),
      maxRequestBodySize: config.maxBodyBytes,
    }),
  );

  // RFC 9728 metadata for MCP clients that sign in through the team's IdP (404 unless WINNOW_OIDC_* is set).
  app.route("/", protectedResourceRoutes(config));

  app.get("/healthz", async (c) => {
    await services.database.client.execute("SELECT 1");
    return c.json({ ok: true, name: "winnow", time: services.clock.now().toISOString() });
  });

  // One throttle on failed token attempts for /mcp, /api and the dashboard alike; one way to become a person.
  const throttle = new AuthThrottle();
  // OIDC: server/auth/oidc.ts provides the JWT verifier when the team's issuer is configured.
  const jwtVerifier =
    options.jwtVerifier ??
    (config.oidc ? createOidcVerifier(config.oidc, { clock: services.clock, logger: services.logger }) : undefined);
  const authDeps: AuthenticateDeps = { services, throttle, jwtVerifier };
  const auth = requireCaller(authDeps);
  // A tools/call builds a server with just that tool (see mcp-request.ts); anything else gets the whole surface.
  const mcp = createMcpHttpHandler({
    factory: (only) => createMcpServer(services, "mcp-http", { only }),
    logger: services.logger,
    toolCalls: { services, lookup: (name) => statelessTool(services, name), actor: "mcp-http" },
  });
  // Open subscriptions/listen streams hear about new assets (resources list) as they land.
  assetListeners(services).add(mcp.notify);
  app.use("/mcp", auth);
  // The person travels with each request as the SDK's authInfo; tool handlers read it (tools/define.ts).
  app.all("/mcp", (c) =>
    mcp.fetch(
      c.req.raw,
      c.get("parsedBody" as never),
      authInfoFor(callerOf(c), String(c.get("bearer" as never) ?? "")),
    ),
  );

  mountSlackEvents(app, services);

  // A signed thumbnail link carries its own authorisation (checked in api.ts); everything else needs the bearer token.
  app.use("/api/*", (c, next) =>
    SIGNED_THUMBNAIL.test(c.req.path) && isSignedLink(c.req.query()) ? next() : auth(c, next),
  );
  app.route("/api", apiRoutes(services));
  // The dashboard at `/` (server/dashboard): its own auth per route (cookie, ?token=, Basic), same people as /api.
  app.route("/", dashboardRoutes(services, authDeps));

  app.notFound((c) =>
    !/^\/(api|mcp)(\/|$)/.test(c.req.path)
      ? notFoundPage(c)
      : c.json(
          new WinnowError(
            "not_found",
            `No route for ${c.req.method} ${c.req.path}. See /healthz, /mcp and /api.`,
          ).toJSON(),
          404,
        ),
  );
  app.onError((error, c) => errorResponse(c, error, services));
  return app;
}

const listeners = new WeakMap<Services, LiveSet<{ resourcesChanged(): void }>>();

/**
 * One asset-added hook per workspace, whatever the number of apps built on it (tests build many): each app's MCP
 * notifier is held weakly, so an app that is gone stops being told. Before, every createHttpApp added a library hook
 * that kept its app reachable for the life of the services.
 */
function assetListeners(services: Services) {
  let set = listeners.get(services);
  if (!set) {
    const created = new LiveSet<{ resourcesChanged(): void }>();
    services.library.onAssetAdded(async () => {
      for (const notify of created) notify.resourcesChanged();
    });
    listeners.set(services, created);
    set = created;
  }
  return set;
}

/** Host names the SDK's port-agnostic Origin check accepts: loopback, the allowed hosts and the allowed origins. */
function sdkOriginHostnames(config: Services["config"]): string[] {
  const names = new Set(localhostAllowedOrigins());
  for (const h of config.allowedHosts ?? []) names.add(h);
  for (const o of allowedOrigins(config)) names.add(new URL(o).hostname);
  return [...names];
}

/** Internal errors go out as "internal error (id …)" (logged with that id); domain errors keep their message. */
export function errorResponse(c: Context, error: unknown, services: Services) {
  if (error instanceof HTTPException && error.status < 500) {
    const code = error.status === 403 ? "forbidden" : error.status === 401 ? "unauthorized" : "invalid_input";
    return refusal(c, new WinnowError(code, error.message || "Request refused."), error.status);
  }
  const err = publicError(error, services.logger, { method: c.req.method, path: c.req.path });
  return c.json(err.toJSON(), err.httpStatus as 400);
}
