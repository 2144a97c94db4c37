import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { exportJWK, generateKeyPair, type JWK, type JWTPayload, SignJWT } from "jose";
import { keepAliveLikeWinnow } from "./serve.ts";

/**
 * A stand-in for a team's OpenID Connect issuer on 127.0.0.1: serves the discovery document and a JWKS built from
 * keys the test generates, and signs tokens with them. Counts requests so tests can see discovery and refetches.
 */
export interface FakeIssuer {
  issuer: string;
  jwksUrl: string;
  requests: { discovery: number; jwks: number };
  /** Adds a fresh signing key (published unless `publish: false`) and returns its kid. */
  addKey(options?: { alg?: SigningAlg; publish?: boolean }): Promise<string>;
  /** Stops publishing a key (rotation). */
  unpublish(kid: string): void;
  /** A signed token: iss = issuer, sub, email and a 5-minute expiry unless the claims override them. */
  sign(
    claims?: JWTPayload,
    options?: { kid?: string; headerKid?: string; audience?: string | string[] },
  ): Promise<string>;
  /** Override the discovery document (e.g. a wrong issuer). */
  discovery: Record<string, unknown>;
  close(): Promise<void>;
}

export type SigningAlg = "ES256" | "RS256" | "PS256" | "EdDSA";

interface Key {
  kid: string;
  alg: SigningAlg;
  privateKey: CryptoKey;
  jwk: JWK;
  published: boolean;
}

export async function startFakeIssuer(options: { audience: string; path?: string }): Promise<FakeIssuer> {
  const keys: Key[] = [];
  const requests = { discovery: 0, jwks: 0 };
  let discovery: Record<string, unknown> = {};
  const path = options.path ?? "/realms/team";
  const server = createServer((req, res) => {
    if (req.url === `${path}/.well-known/openid-configuration`) {
      requests.discovery++;
      res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(discovery));
    } else if (req.url === `${path}/jwks`) {
      requests.jwks++;
      const published = keys.filter((k) => k.published).map((k) => k.jwk);
      res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ keys: published }));
    } else res.writeHead(404).end();
  });
  keepAliveLikeWinnow(server);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}${path}`;
  const jwksUrl = `${issuer}/jwks`;
  discovery = {
    issuer,
    jwks_uri: jwksUrl,
    authorization_endpoint: `${issuer}/authorize`,
    token_endpoint: `${issuer}/token`,
    response_types_supported: ["code"],
    subject_types_supported: ["public"],
    id_token_signing_alg_values_supported: ["ES256", "RS256"],
    code_challenge_methods_supported: ["S256"],
  };
  let counter = 0;

  const fake: FakeIssuer = {
    issuer,
    jwksUrl,
    requests,
    get discovery() {
      return discovery;
    },
    set discovery(value) {
      discovery = value;
    },
    async addKey({ alg = "ES256", publish = true } = {}) {
      const { publicKey, privateKey } = await generateKeyPair(alg, { extractable: true });
      const kid = `key-${++counter}-${alg.toLowerCase()}`;
      const jwk = { ...(await exportJWK(publicKey)), kid, alg, use: "sig" };
      keys.push({ kid, alg, privateKey, jwk, published: publish });
      return kid;
    },
    unpublish(kid) {
      for (const k of keys) if (k.kid === kid) k.published = false;
    },
    async sign(claims = {}, { kid, headerKid, audience = options.audience } = {}) {
      const key = kid ? keys.find((k) => k.kid === kid) : keys.findLast((k) => k.published);
      if (!key) throw new Error("fake issuer: no such key; call addKey first");
      const now = Math.floor(Date.now() / 1000);
      return new SignJWT({ email: "ada@example.com", name: "Ada Lovelace", ...claims })
        .setProtectedHeader({ alg: key.alg, kid: headerKid ?? key.kid, typ: "JWT" })
        .setIssuer(typeof claims.iss === "string" ? claims.iss : issuer)
        .setSubject(typeof claims.sub === "string" ? claims.sub : "user-0001")
        .setAudience(claims.aud ?? audience)
        .setIssuedAt(claims.iat ?? now)
        .setExpirationTime(claims.exp ?? now + 300)
        .sign(key.privateKey);
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
  return fake;
}
