import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import type { Context, MiddlewareHandler } from "hono";
import { getCookie } from "hono/cookie";
import { html } from "hono/html";
import { WinnowError } from "../../core/errors.ts";
import { SESSION_COOKIE } from "./auth.ts";

/**
 * Synchronizer tokens for the dashboard's forms, on top of the Origin check: every form carries a hidden `csrf`
 * field, an HMAC (per-process secret) of the browser's session cookie, which a page on another origin cannot read.
 * A POST without the right token is refused with 403 and a page saying to reload.
 */
const SECRET = randomBytes(32);

export function csrfToken(c: Context): string {
  const binding = getCookie(c, SESSION_COOKIE) ?? "open";
  return createHmac("sha256", SECRET).update(`dashboard-form\u0000${binding}`).digest("base64url");
}

export const csrfField = (c: Context) => html`<input type="hidden" name="csrf" value="${csrfToken(c)}">`;

export function requireCsrfToken(): MiddlewareHandler {
  return async (c, next) => {
    const form = await c.req.parseBody().catch(() => ({}) as Record<string, unknown>);
    const given = Buffer.from(typeof form.csrf === "string" ? form.csrf : "");
    const expected = Buffer.from(csrfToken(c));
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
      throw new WinnowError(
        "forbidden",
        "This form's security token is missing or out of date. Reload the page and submit the form again.",
      );
    }
    return next();
  };
}
