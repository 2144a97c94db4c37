import { createHmac, timingSafeEqual } from "node:crypto";
import type { Config } from "./config.ts";

/**
 * Signed, expiring links to an asset thumbnail, so Slack can fetch a review image from WINNOW_PUBLIC_URL without
 * the bearer token. The signature is an HMAC over `id.expiry` with a key derived from a secret the server already
 * has (WINNOW_TOKEN, else SLACK_SIGNING_SECRET); the raw secret never appears in a URL.
 */

/** Slack caches images it unfurls, but a review may sit for days before someone opens it. */
export const ASSET_LINK_TTL_SECONDS = 7 * 24 * 60 * 60;

export type LinkCheck = { ok: true } | { ok: false; status: 401 | 403; reason: string };

/** The signing key, or undefined when the server has no secret to derive one from. */
export function assetLinkKey(config: Pick<Config, "token" | "slack">): Buffer | undefined {
  const secret = config.token ?? config.slack.signingSecret;
  return secret ? createHmac("sha256", secret).update("winnow asset links v1").digest() : undefined;
}

function signature(key: Buffer, id: string, expires: number): string {
  return createHmac("sha256", key).update(`${id}.${expires}`).digest("base64url");
}

/** `${publicUrl}/api/assets/:id/thumbnail?exp=…&sig=…`, valid until nowSeconds + ttl. */
export function signedThumbnailUrl(
  publicUrl: string,
  key: Buffer,
  id: string,
  nowSeconds: number,
  ttlSeconds = ASSET_LINK_TTL_SECONDS,
): string {
  const expires = Math.floor(nowSeconds) + ttlSeconds;
  const base = publicUrl.replace(/\/+$/, "");
  return `${base}/api/assets/${encodeURIComponent(id)}/thumbnail?exp=${expires}&sig=${signature(key, id, expires)}`;
}

/** True when the request carries a link signature (it is then checked by verifyAssetLink, not the bearer token). */
export function isSignedLink(query: { exp?: string | undefined; sig?: string | undefined }): boolean {
  return query.sig !== undefined || query.exp !== undefined;
}

export function verifyAssetLink(
  key: Buffer | undefined,
  id: string,
  query: { exp?: string | undefined; sig?: string | undefined },
  nowSeconds: number,
): LinkCheck {
  if (!key) return { ok: false, status: 401, reason: "this server signs no links (set WINNOW_TOKEN)" };
  if (!query.sig || !query.exp || !/^\d{1,12}$/.test(query.exp)) {
    return { ok: false, status: 401, reason: "the link needs both exp and sig" };
  }
  const expected = Buffer.from(signature(key, id, Number(query.exp)));
  const given = Buffer.from(query.sig);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
    return { ok: false, status: 403, reason: "the link signature does not match" };
  }
  if (Number(query.exp) < nowSeconds) return { ok: false, status: 403, reason: "the link has expired" };
  return { ok: true };
}
