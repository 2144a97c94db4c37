import { timingSafeEqual } from "node:crypto";
import { WinnowError } from "../../core/errors.ts";
import { type Caller, localAdmin } from "../../core/people/caller.ts";
import { isPersonalToken } from "../../core/people/tokens.ts";
import type { AuthThrottle } from "../auth-throttle.ts";
import { isLoopback } from "../config.ts";
import type { Services } from "../services.ts";
import { looksLikeJwt } from "./oidc.ts";

/** Who a team's OIDC issuer says the bearer of a JWT is (server/auth/oidc.ts validates it). */
export interface JwtIdentity {
  email: string;
  subject: string;
  name?: string | undefined;
}

/** Validates bearer JWTs from the team's issuer; plugged in when OIDC is configured (see server/http.ts). */
export interface JwtVerifier {
  verify(jwt: string): Promise<JwtIdentity>;
}

/** A refusal's WWW-Authenticate challenge is made by the surface (server/auth/resource-metadata.ts), not here. */
export type Authentication =
  | { ok: true; caller: Caller; bearer?: string | undefined }
  | { ok: false; status: 401 | 403 | 429 | 503; message: string; retryAfterMs?: number };

export interface AuthenticateDeps {
  services: Services;
  throttle: AuthThrottle;
  jwtVerifier?: JwtVerifier | undefined;
}

/** The bearer of an `Authorization: Bearer …` header ("" when there is none). */
export const bearerOf = (header: string | undefined) => (header?.startsWith("Bearer ") ? header.slice(7).trim() : "");

/**
 * The one place a request becomes a person, for /mcp, /api and the dashboard alike:
 * - a personal token (`wnw_…`, stored as a hash; revoked or expired ones are refused, checked on every request);
 * - a JWT from the team's OIDC issuer (a compact JWS: looksLikeJwt), handed to the verifier and mapped by e-mail
 *   to a member;
 * - WINNOW_TOKEN, the server's shared secret, which acts as the local admin (existing setups keep working);
 * - nothing at all, only while no credential exists anywhere and the server listens on loopback: the local admin
 *   (solo use, as before).
 * Failed attempts per client address are throttled (server/auth-throttle.ts).
 */
export async function authenticate(
  deps: AuthenticateDeps,
  request: { authorization?: string | undefined; client: string },
): Promise<Authentication> {
  const { services, throttle, jwtVerifier } = deps;
  const { config } = services;
  const wait = throttle.retryAfterMs(request.client);
  if (wait > 0)
    return {
      ok: false,
      status: 429,
      retryAfterMs: wait,
      message: "Too many failed sign-in attempts from this address.",
    };
  const bearer = bearerOf(request.authorization);
  const refuse = (message: string, status: 401 | 403 = 401): Authentication => {
    if (request.authorization) throttle.fail(request.client); // no header at all is not a guess
    return { ok: false, status, message };
  };
  const accept = (caller: Caller): Authentication => {
    throttle.succeed(request.client);
    return { ok: true, caller, bearer };
  };

  if (!bearer) {
    const team =
      Boolean(config.token) || Boolean(jwtVerifier) || Boolean(config.oidc) || (await services.people.hasCredentials());
    if (!team && isLoopback(config.host)) return { ok: true, caller: localAdmin("loopback") };
    return refuse(
      request.authorization
        ? "The bearer token is wrong: send `Authorization: Bearer <your personal token or WINNOW_TOKEN>`."
        : "Missing Authorization: Bearer <token> header. Use your personal token (`winnow token create --member <your e-mail>`, or the dashboard's Settings page).",
    );
  }
  if (isPersonalToken(bearer)) {
    const result = await services.people.authenticateToken(bearer);
    if ("caller" in result) return accept(result.caller);
    const why = {
      unknown: "This token is not known to this server. Check it, or make a new one with `winnow token create`.",
      revoked: "This token was revoked. Make a new one with `winnow token create` or on the dashboard's Settings page.",
      expired: "This token has expired. Make a new one with `winnow token create` or on the dashboard's Settings page.",
    }[result.refused];
    return refuse(why);
  }
  if (looksLikeJwt(bearer)) {
    // OIDC: a bearer that is not a Winnow token and looks like a JWT goes to the team's issuer's verifier.
    if (!jwtVerifier)
      return refuse("This server does not accept sign-in tokens from an identity provider (OIDC is not configured).");
    let identity: JwtIdentity;
    try {
      identity = await jwtVerifier.verify(bearer);
    } catch (error) {
      // The issuer (or its keys) unreachable is this server's trouble, not a bad token: 503, and not a guess.
      if (error instanceof WinnowError && error.code === "unavailable")
        return { ok: false, status: 503, message: error.message };
      return refuse(`The sign-in token was refused: ${error instanceof Error ? error.message : String(error)}`);
    }
    const caller = await services.people.callerFor(identity.email, "oidc");
    // A valid token from the team's IdP is not a guess (no throttle); the person is simply not let in (yet).
    if (!caller)
      return {
        ok: false,
        status: 403,
        message: `${identity.email} signed in with your identity provider but is not a member of this Winnow workspace. An admin must add them first: \`winnow member add <brand> <role> --email ${identity.email}\` or the dashboard's Settings page (\`winnow admin add --email ${identity.email}\` for a workspace admin). Winnow does not create members on sign-in.`,
      };
    return accept({ ...caller, displayName: caller.displayName ?? identity.name ?? null });
  }
  if (config.token && sameSecret(bearer, config.token)) return accept(localAdmin("WINNOW_TOKEN"));
  return refuse("The bearer token is wrong. Use your personal token (or the server's WINNOW_TOKEN).");
}

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}
