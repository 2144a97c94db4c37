import type { Context, MiddlewareHandler } from "hono";
import { WinnowError } from "../../core/errors.ts";
import type { Caller } from "../../core/people/caller.ts";
import { clientOf, throttled } from "../auth-throttle.ts";
import { type AuthenticateDeps, authenticate } from "./authenticate.ts";
import { unauthorized } from "./resource-metadata.ts";

/** The signed-in person of a request that passed `requireCaller` (or the dashboard's auth). */
export function callerOf(c: Context): Caller {
  const caller = c.get("caller" as never) as Caller | undefined;
  if (!caller) throw new WinnowError("unauthorized", "This request was not signed in.");
  return caller;
}

/** /mcp and /api: authenticate the request to a person (server/auth/authenticate.ts) or refuse with 401/403/429. */
export function requireCaller(deps: AuthenticateDeps): MiddlewareHandler {
  return async (c, next) => {
    const result = await authenticate(deps, { authorization: c.req.header("authorization"), client: clientOf(c) });
    if (result.ok) {
      c.set("caller" as never, result.caller as never);
      c.set("bearer" as never, (result.bearer ?? "") as never);
      return next();
    }
    if (result.status === 429) return throttled(c, result.retryAfterMs ?? 1000);
    if (result.status === 401)
      // RFC 9728: the challenge names the protected resource metadata when the team's OIDC issuer is configured.
      return unauthorized(
        c,
        deps.services.config,
        new WinnowError("unauthorized", result.message),
        Boolean(c.req.header("authorization")),
      );
    if (result.status === 503) return c.json(new WinnowError("unavailable", result.message).toJSON(), 503);
    return c.json(new WinnowError("forbidden", result.message).toJSON(), 403);
  };
}
