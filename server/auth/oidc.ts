import { createRemoteJWKSet, errors, type JWTPayload, jwtVerify, type RemoteJWKSet } from "jose";
import * as z from "zod";
import { type Clock, systemClock } from "../../core/clock.ts";
import { WinnowError } from "../../core/errors.ts";
import type { Logger } from "../../core/log.ts";
import { type Config, isSecureOrLocal } from "../config.ts";

/**
 * Bearer JWTs from the team's OpenID Connect issuer (WINNOW_OIDC_ISSUER / WINNOW_OIDC_AUDIENCE): the signature is
 * checked against the issuer's published keys (JWKS, found through OIDC discovery unless WINNOW_OIDC_JWKS_URL is
 * set), then issuer, audience, expiry and the e-mail claim. What comes out is who the IdP says the caller is; which
 * Winnow member that is, and what they may do, is decided elsewhere.
 */

export type OidcSettings = NonNullable<Config["oidc"]>;

export interface OidcIdentity {
  /** Lower-cased address from the configured e-mail claim. */
  email: string;
  /** The token's `sub`: the IdP's stable id for the person. */
  subject: string;
  name?: string;
}

export type OidcRefusalReason =
  | "malformed"
  | "unsupported_algorithm"
  | "unknown_key"
  | "bad_signature"
  | "expired"
  | "not_yet_valid"
  | "wrong_issuer"
  | "wrong_audience"
  | "missing_claim"
  | "missing_email"
  | "email_unverified"
  | "issuer_unavailable";

/**
 * A token the verifier will not accept, with a plain reason. Never carries the token itself. `issuer_unavailable`
 * is the server's problem (503), every other reason the token's (401, `invalid_token`).
 */
export class OidcRefusal extends WinnowError {
  readonly reason: OidcRefusalReason;
  constructor(reason: OidcRefusalReason, message: string) {
    super(reason === "issuer_unavailable" ? "unavailable" : "unauthorized", message, { reason });
    this.name = "OidcRefusal";
    this.reason = reason;
  }
}

/** Asymmetric signatures only: a shared-secret (HS*) or unsigned token can never pass as the issuer's. */
export const OIDC_ALGORITHMS = ["RS256", "PS256", "ES256", "EdDSA"];
const CLOCK_TOLERANCE_SECONDS = 30;
/** After a failed discovery, requests are refused for this long before the issuer is asked again. */
const DISCOVERY_RETRY_MS = 5_000;

export interface OidcVerifierOptions {
  clock?: Clock;
  logger?: Logger;
  /** How soon an unknown key id may fetch the JWKS again (jose's cooldown; default 30 s). */
  jwksCooldownMs?: number;
  /** How long fetched keys are trusted before a refetch (default 10 min). */
  jwksMaxAgeMs?: number;
  /** Discovery and JWKS request timeout (default 5 s). */
  timeoutMs?: number;
}

export interface OidcVerifier {
  readonly settings: OidcSettings;
  /** The identity in a valid token; throws OidcRefusal otherwise. */
  verify(token: string): Promise<OidcIdentity>;
}

const Discovery = z.object({ issuer: z.string(), jwks_uri: z.url() });

/** Compact JWS shape (three base64url parts, the first a JSON header with `alg`): tells a JWT from a Winnow token. */
export function looksLikeJwt(token: string): boolean {
  const parts = token.split(".");
  if (parts.length !== 3 || !parts.every((p) => /^[A-Za-z0-9_-]+$/.test(p))) return false;
  try {
    const header = JSON.parse(Buffer.from(parts[0]!, "base64url").toString("utf8"));
    return typeof header === "object" && header !== null && typeof header.alg === "string";
  } catch {
    return false;
  }
}

export function createOidcVerifier(settings: OidcSettings, options: OidcVerifierOptions = {}): OidcVerifier {
  const clock = options.clock ?? systemClock;
  const timeoutMs = options.timeoutMs ?? 5_000;
  let keys: RemoteJWKSet | undefined;
  let pending: Promise<RemoteJWKSet> | undefined;
  let failedAt = Number.NEGATIVE_INFINITY;

  const jwksOf = (url: string) =>
    createRemoteJWKSet(new URL(url), {
      timeoutDuration: timeoutMs,
      cooldownDuration: options.jwksCooldownMs ?? 30_000,
      cacheMaxAge: options.jwksMaxAgeMs ?? 600_000,
    });

  /** The issuer's key set, discovered on first use and kept; a failed discovery is retried after a pause. */
  async function keySet(): Promise<RemoteJWKSet> {
    if (keys) return keys;
    if (Date.now() - failedAt < DISCOVERY_RETRY_MS)
      throw unavailable("its discovery document could not be read a moment ago");
    pending ??= (settings.jwksUrl ? Promise.resolve(settings.jwksUrl) : discoverJwksUrl(settings.issuer, timeoutMs))
      .then((url) => {
        keys = jwksOf(url);
        return keys;
      })
      .catch((error) => {
        failedAt = Date.now();
        options.logger?.warn("oidc discovery failed", { issuer: settings.issuer, error: String(error) });
        throw error instanceof OidcRefusal
          ? error
          : unavailable(String(error instanceof Error ? error.message : error));
      })
      .finally(() => {
        pending = undefined;
      });
    return pending;
  }

  return {
    settings,
    async verify(token) {
      const jwks = await keySet();
      let payload: JWTPayload;
      try {
        ({ payload } = await jwtVerify(token, jwks, {
          issuer: settings.issuer,
          audience: settings.audience,
          algorithms: OIDC_ALGORITHMS,
          clockTolerance: CLOCK_TOLERANCE_SECONDS,
          currentDate: clock.now(),
          requiredClaims: ["exp", "sub"],
        }));
      } catch (error) {
        const refusal = refusalOf(error);
        options.logger?.debug("oidc token refused", { reason: refusal.reason, error: String(error) });
        throw refusal;
      }
      return identityOf(payload, settings.emailClaim);
    },
  };
}

async function discoverJwksUrl(issuer: string, timeoutMs: number): Promise<string> {
  const url = `${issuer.replace(/\/+$/, "")}/.well-known/openid-configuration`;
  const res = await fetch(url, { signal: AbortSignal.timeout(timeoutMs), redirect: "error" });
  if (!res.ok) throw unavailable(`${url} answered HTTP ${res.status}`);
  const parsed = Discovery.safeParse(await res.json().catch(() => undefined));
  if (!parsed.success) throw unavailable(`${url} is not an OpenID Connect discovery document (no jwks_uri)`);
  // OpenID Connect Discovery 1.0 §4.3: the document must name the issuer it was fetched for.
  if (parsed.data.issuer !== issuer)
    throw unavailable(
      `${url} names issuer ${parsed.data.issuer}, not ${issuer}; set WINNOW_OIDC_ISSUER to exactly the issuer the document names`,
    );
  if (!isSecureOrLocal(parsed.data.jwks_uri))
    throw unavailable(`its jwks_uri ${parsed.data.jwks_uri} is plain http on another host; keys must come over https`);
  return parsed.data.jwks_uri;
}

const unavailable = (why: string) =>
  new OidcRefusal(
    "issuer_unavailable",
    `Sign-in through the identity provider is unavailable: ${why}. Try again shortly, or use a personal token.`,
  );

function refusalOf(error: unknown): OidcRefusal {
  if (error instanceof OidcRefusal) return error;
  if (error instanceof errors.JWTExpired)
    return new OidcRefusal("expired", "The token has expired. Sign in again to get a fresh one.");
  if (error instanceof errors.JWTClaimValidationFailed) {
    if (error.claim === "iss")
      return new OidcRefusal(
        "wrong_issuer",
        "The token was issued by another issuer than this server trusts (WINNOW_OIDC_ISSUER). Sign in through your team's identity provider.",
      );
    if (error.claim === "aud")
      return new OidcRefusal(
        "wrong_audience",
        "The token was issued for another audience than Winnow (WINNOW_OIDC_AUDIENCE). Ask your identity provider for a token for Winnow.",
      );
    if (error.claim === "nbf")
      return new OidcRefusal("not_yet_valid", "The token is not valid yet (nbf is in the future). Check the clocks.");
    return new OidcRefusal("missing_claim", `The token's "${error.claim}" claim is missing or invalid.`);
  }
  if (error instanceof errors.JWKSNoMatchingKey || error instanceof errors.JWKSMultipleMatchingKeys)
    return new OidcRefusal(
      "unknown_key",
      "The token is signed with a key the identity provider does not publish (unknown key id). Sign in again.",
    );
  if (error instanceof errors.JWSSignatureVerificationFailed)
    return new OidcRefusal(
      "bad_signature",
      "The token's signature does not verify. It was altered or not issued by your identity provider.",
    );
  if (error instanceof errors.JOSEAlgNotAllowed || error instanceof errors.JOSENotSupported)
    return new OidcRefusal(
      "unsupported_algorithm",
      `The token is not signed with an accepted algorithm (${OIDC_ALGORITHMS.join(", ")}).`,
    );
  // jose throws its bare JOSEError when the JWKS answer is not 200 or not JSON; TypeError is fetch's network failure.
  const fetchFailed = error instanceof errors.JOSEError && error.constructor === errors.JOSEError;
  if (
    fetchFailed ||
    error instanceof errors.JWKSTimeout ||
    error instanceof errors.JWKSInvalid ||
    error instanceof TypeError
  )
    return unavailable("its key set (JWKS) could not be fetched");
  return new OidcRefusal("malformed", "The bearer token is not a well-formed signed JWT.");
}

/** The e-mail claim (must look like an address, and `email_verified` must not be false), `sub` and `name`. */
function identityOf(payload: JWTPayload, emailClaim: string): OidcIdentity {
  const raw = payload[emailClaim];
  const email = typeof raw === "string" ? raw.trim().toLowerCase() : "";
  if (!/^[^@\s]+@[^@\s]+$/.test(email))
    throw new OidcRefusal(
      "missing_email",
      `The token has no e-mail address in its "${emailClaim}" claim. Ask for the email scope when signing in, or set WINNOW_OIDC_EMAIL_CLAIM to the claim that holds it.`,
    );
  if (payload.email_verified === false || payload.email_verified === "false")
    throw new OidcRefusal("email_unverified", "The identity provider says this e-mail address is not verified.");
  const name = typeof payload.name === "string" && payload.name.trim() ? payload.name.trim().slice(0, 200) : undefined;
  return { email, subject: String(payload.sub), ...(name ? { name } : {}) };
}
