import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { SignJWT } from "jose";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { WinnowError } from "../core/errors.ts";
import { createOidcVerifier, looksLikeJwt, OidcRefusal, type OidcSettings } from "../server/auth/oidc.ts";
import { assertSafeBinding, loadConfig } from "../server/config.ts";
import { type FakeIssuer, startFakeIssuer } from "./helpers/fake-oidc-issuer.ts";

const AUDIENCE = "winnow-test";
let idp: FakeIssuer;
let settings: OidcSettings;

beforeAll(async () => {
  idp = await startFakeIssuer({ audience: AUDIENCE });
  await idp.addKey({ alg: "ES256" });
  settings = { issuer: idp.issuer, audience: AUDIENCE, jwksUrl: undefined, emailClaim: "email", scopes: [] };
});
afterAll(() => idp.close());

/** The refusal a token gets; fails the test if the token is accepted. */
async function refusalOf(verify: Promise<unknown>, token?: string): Promise<OidcRefusal> {
  const error = await verify.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(OidcRefusal);
  const refusal = error as OidcRefusal;
  if (token) {
    expect(refusal.message).not.toContain(token);
    expect(JSON.stringify(refusal.toJSON())).not.toContain(token.split(".")[2]);
  }
  return refusal;
}

describe("OIDC bearer verification against the team's issuer", () => {
  it("discovers the JWKS lazily, once, and accepts a good token as the person it names", async () => {
    const before = { ...idp.requests };
    const verifier = createOidcVerifier(settings, { jwksCooldownMs: 0 });
    expect(idp.requests.discovery).toBe(before.discovery); // nothing fetched at construction
    const token = await idp.sign({ email: "Ada@Example.com", sub: "u-ada" });
    expect(await verifier.verify(token)).toEqual({ email: "ada@example.com", subject: "u-ada", name: "Ada Lovelace" });
    await verifier.verify(await idp.sign({ sub: "u-ada-2" }));
    expect(idp.requests.discovery - before.discovery).toBe(1);
    expect(idp.requests.jwks - before.jwks).toBe(1);
  });

  it("accepts every allowed signing algorithm (ES256, RS256, PS256, EdDSA)", async () => {
    const verifier = createOidcVerifier(settings, { jwksCooldownMs: 0 });
    for (const alg of ["RS256", "PS256", "EdDSA"] as const) {
      const kid = await idp.addKey({ alg });
      expect((await verifier.verify(await idp.sign({}, { kid }))).email, alg).toBe("ada@example.com");
    }
  });

  it("refuses an expired token, but allows 30 s of clock skew", async () => {
    const verifier = createOidcVerifier(settings);
    const now = Math.floor(Date.now() / 1000);
    const expired = await idp.sign({ exp: now - 120, iat: now - 900 });
    const refusal = await refusalOf(verifier.verify(expired), expired);
    expect(refusal.reason).toBe("expired");
    expect(refusal.code).toBe("unauthorized");
    expect(refusal.message).toMatch(/expired.*Sign in again/);
    const justExpired = await idp.sign({ exp: now - 10, iat: now - 900 });
    expect((await verifier.verify(justExpired)).subject).toBe("user-0001");
  });

  it("refuses a token for another audience", async () => {
    const verifier = createOidcVerifier(settings);
    const token = await idp.sign({}, { audience: "some-other-app" });
    const refusal = await refusalOf(verifier.verify(token), token);
    expect(refusal.reason).toBe("wrong_audience");
    expect(refusal.message).toMatch(/audience/);
    // An audience list that includes Winnow is fine.
    expect((await verifier.verify(await idp.sign({}, { audience: ["some-other-app", AUDIENCE] }))).email).toBe(
      "ada@example.com",
    );
  });

  it("refuses a token from another issuer, even signed with a published key", async () => {
    const verifier = createOidcVerifier(settings);
    const token = await idp.sign({ iss: "https://evil.example.com" });
    expect((await refusalOf(verifier.verify(token), token)).reason).toBe("wrong_issuer");
  });

  it("refetches the JWKS for an unknown key id: a rotated-in key is accepted, a never-published one is not", async () => {
    const verifier = createOidcVerifier(settings, { jwksCooldownMs: 0 });
    await verifier.verify(await idp.sign());
    const fetched = idp.requests.jwks;

    const oldKid = await idp.addKey({ alg: "ES256", publish: false });
    const rotated = await idp.addKey({ alg: "ES256" }); // published after the verifier cached the set
    expect((await verifier.verify(await idp.sign({ sub: "after-rotation" }, { kid: rotated }))).subject).toBe(
      "after-rotation",
    );
    expect(idp.requests.jwks).toBe(fetched + 1);

    const stray = await idp.sign({}, { kid: oldKid });
    const refusal = await refusalOf(verifier.verify(stray), stray);
    expect(refusal.reason).toBe("unknown_key");
    expect(idp.requests.jwks).toBe(fetched + 2); // it asked the issuer again before refusing

    idp.unpublish(rotated);
    const retired = await idp.sign({}, { kid: rotated });
    const fresh = createOidcVerifier(settings);
    expect((await refusalOf(fresh.verify(retired), retired)).reason).toBe("unknown_key");
  });

  it("waits out the JWKS cooldown before refetching for another unknown key", async () => {
    const verifier = createOidcVerifier(settings, { jwksCooldownMs: 60_000 });
    await verifier.verify(await idp.sign());
    const fetched = idp.requests.jwks;
    const hidden = await idp.addKey({ publish: false });
    for (let i = 0; i < 3; i++) {
      const token = await idp.sign({}, { kid: hidden });
      expect((await refusalOf(verifier.verify(token), token)).reason).toBe("unknown_key");
    }
    expect(idp.requests.jwks).toBe(fetched);
  });

  it("refuses a token whose signature does not match the key it names", async () => {
    const verifier = createOidcVerifier(settings);
    const published = await idp.addKey({ alg: "ES256" });
    const forger = await idp.addKey({ alg: "ES256", publish: false });
    const forged = await idp.sign({ email: "admin@example.com" }, { kid: forger, headerKid: published });
    const refusal = await refusalOf(verifier.verify(forged), forged);
    expect(refusal.reason).toBe("bad_signature");
  });

  it("refuses shared-secret and unsigned tokens", async () => {
    const verifier = createOidcVerifier(settings);
    const hs = await new SignJWT({ email: "ada@example.com" })
      .setProtectedHeader({ alg: "HS256" })
      .setIssuer(idp.issuer)
      .setAudience(AUDIENCE)
      .setSubject("x")
      .setExpirationTime("5m")
      .sign(new TextEncoder().encode("a-shared-secret-of-32-bytes-long!"));
    expect((await refusalOf(verifier.verify(hs), hs)).reason).toBe("unsupported_algorithm");
    const body = Buffer.from(JSON.stringify({ iss: idp.issuer, aud: AUDIENCE, sub: "x", exp: 9e9 })).toString(
      "base64url",
    );
    const unsigned = `${Buffer.from('{"alg":"none"}').toString("base64url")}.${body}.`;
    expect((await refusalOf(verifier.verify(unsigned))).reason).toBe("unsupported_algorithm");
    expect((await refusalOf(verifier.verify("not.a.jwt"))).reason).toBe("malformed");
  });

  it("refuses a token without an e-mail, or with one the IdP says is unverified", async () => {
    const verifier = createOidcVerifier(settings);
    const none = await idp.sign({ email: undefined });
    const missing = await refusalOf(verifier.verify(none), none);
    expect(missing.reason).toBe("missing_email");
    expect(missing.message).toMatch(/"email" claim.*WINNOW_OIDC_EMAIL_CLAIM/);
    expect((await refusalOf(verifier.verify(await idp.sign({ email: "not-an-address" })))).reason).toBe(
      "missing_email",
    );
    expect((await refusalOf(verifier.verify(await idp.sign({ email_verified: false })))).reason).toBe(
      "email_unverified",
    );
    expect((await verifier.verify(await idp.sign({ email_verified: true }))).email).toBe("ada@example.com");
  });

  it("reads the e-mail from another claim when WINNOW_OIDC_EMAIL_CLAIM says so", async () => {
    const verifier = createOidcVerifier({ ...settings, emailClaim: "upn" });
    const token = await idp.sign({ email: undefined, upn: "grace@example.com" });
    expect((await verifier.verify(token)).email).toBe("grace@example.com");
  });

  it("uses WINNOW_OIDC_JWKS_URL without discovery", async () => {
    const before = idp.requests.discovery;
    const verifier = createOidcVerifier({ ...settings, jwksUrl: idp.jwksUrl });
    expect((await verifier.verify(await idp.sign())).email).toBe("ada@example.com");
    expect(idp.requests.discovery).toBe(before);
  });

  it("refuses to trust a discovery document that names another issuer", async () => {
    const saved = idp.discovery;
    idp.discovery = { ...saved, issuer: "https://someone-else.example.com" };
    try {
      const verifier = createOidcVerifier(settings);
      const refusal = await refusalOf(verifier.verify(await idp.sign()));
      expect(refusal.reason).toBe("issuer_unavailable");
      expect(refusal.code).toBe("unavailable");
      expect(refusal.message).toMatch(/names issuer https:\/\/someone-else\.example\.com/);
    } finally {
      idp.discovery = saved;
    }
  });

  it("reports an unreachable issuer as unavailable, not as a bad token", async () => {
    const dead = createServer();
    await new Promise<void>((r) => dead.listen(0, "127.0.0.1", r));
    const port = (dead.address() as AddressInfo).port;
    await new Promise<void>((r) => dead.close(() => r()));
    const verifier = createOidcVerifier({ ...settings, issuer: `http://127.0.0.1:${port}` });
    const refusal = await refusalOf(verifier.verify(await idp.sign()));
    expect(refusal.reason).toBe("issuer_unavailable");
    expect(refusal.httpStatus).toBe(503);
  });

  it("tells a JWT from a personal token", async () => {
    expect(looksLikeJwt(await idp.sign())).toBe(true);
    expect(looksLikeJwt("wnw_pat_0123456789abcdef")).toBe(false);
    expect(looksLikeJwt("a.b.c")).toBe(false);
    expect(looksLikeJwt("test-token-0123456789abcdef")).toBe(false);
  });
});

describe("OIDC configuration", () => {
  const refused = (env: Record<string, string>) => {
    try {
      loadConfig(env, "/nonexistent");
    } catch (error) {
      expect(error).toBeInstanceOf(WinnowError);
      return (error as WinnowError).message;
    }
    throw new Error("expected the configuration to be refused");
  };

  it("is off by default and on with issuer and audience together", () => {
    expect(loadConfig({}, "/nonexistent").oidc).toBeUndefined();
    const on = loadConfig({ WINNOW_OIDC_ISSUER: "https://login.example.com/", WINNOW_OIDC_AUDIENCE: "winnow" }, "/x");
    expect(on.oidc).toEqual({
      issuer: "https://login.example.com/",
      audience: "winnow",
      jwksUrl: undefined,
      emailClaim: "email",
      scopes: [],
    });
    const scoped = loadConfig(
      {
        WINNOW_OIDC_ISSUER: "https://a.example",
        WINNOW_OIDC_AUDIENCE: "w",
        WINNOW_OIDC_SCOPES: "openid email,profile",
      },
      "/x",
    );
    expect(scoped.oidc?.scopes).toEqual(["openid", "email", "profile"]);
  });

  it("refuses half a configuration, naming what is missing", () => {
    expect(refused({ WINNOW_OIDC_ISSUER: "https://login.example.com" })).toMatch(
      /WINNOW_OIDC_AUDIENCE is not set.*set both or neither/,
    );
    expect(refused({ WINNOW_OIDC_AUDIENCE: "winnow" })).toMatch(/WINNOW_OIDC_ISSUER is not set/);
    expect(refused({ WINNOW_OIDC_EMAIL_CLAIM: "upn" })).toMatch(
      /WINNOW_OIDC_EMAIL_CLAIM is set but WINNOW_OIDC_ISSUER/,
    );
  });

  it("refuses an issuer or JWKS URL over plain http unless it is this machine", () => {
    expect(refused({ WINNOW_OIDC_ISSUER: "http://login.example.com", WINNOW_OIDC_AUDIENCE: "w" })).toMatch(
      /WINNOW_OIDC_ISSUER="http:\/\/login\.example\.com" uses plain http/,
    );
    expect(
      refused({
        WINNOW_OIDC_ISSUER: "https://login.example.com",
        WINNOW_OIDC_AUDIENCE: "w",
        WINNOW_OIDC_JWKS_URL: "http://keys.example.com/jwks",
      }),
    ).toMatch(/WINNOW_OIDC_JWKS_URL=.* plain http/);
    expect(refused({ WINNOW_OIDC_ISSUER: "ftp://x", WINNOW_OIDC_AUDIENCE: "w" })).toMatch(/must be an http\(s\) URL/);
    for (const local of ["http://127.0.0.1:9000", "http://localhost:9000/realm", "http://[::1]:9000"])
      expect(loadConfig({ WINNOW_OIDC_ISSUER: local, WINNOW_OIDC_AUDIENCE: "w" }, "/x").oidc?.issuer).toBe(local);
  });

  it("lets a server bind beyond loopback with OIDC sign-in and no WINNOW_TOKEN (every request must then sign in)", () => {
    const oidcOnly = { HOST: "0.0.0.0", WINNOW_OIDC_ISSUER: "https://login.example.com", WINNOW_OIDC_AUDIENCE: "w" };
    expect(() => assertSafeBinding(loadConfig(oidcOnly, "/x"))).not.toThrow();
    expect(() => assertSafeBinding(loadConfig({ HOST: "0.0.0.0" }, "/x"))).toThrow(/WINNOW_OIDC_ISSUER/);
  });

  it("refuses a discovered jwks_uri over plain http on another host", async () => {
    const saved = idp.discovery;
    idp.discovery = { ...saved, jwks_uri: "http://keys.example.com/jwks" };
    try {
      const refusal = await refusalOf(createOidcVerifier(settings).verify(await idp.sign()));
      expect(refusal.reason).toBe("issuer_unavailable");
      expect(refusal.message).toMatch(/plain http/);
    } finally {
      idp.discovery = saved;
    }
  });
});
