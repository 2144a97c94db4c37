import { createHash, timingSafeEqual } from "node:crypto";
import type { MiddlewareHandler } from "hono";
import { deleteCookie, getCookie, setCookie } from "hono/cookie";
import { html } from "hono/html";
import { AuthThrottle, clientOf, throttled } from "../auth-throttle.ts";

export const SESSION_COOKIE = "winnow_session";

/**
 * Dashboard auth, same rule as /api: with WINNOW_TOKEN unset (loopback only) everything is open. With it set a
 * browser may present the token once as `?token=` (we set an HttpOnly, SameSite=Strict cookie holding its SHA-256 and
 * redirect to the clean URL), or answer the Basic auth prompt with the token as the password; scripts may send
 * `Authorization: Bearer <token>`.
 */
export function dashboardAuth(token: string | undefined, throttle = new AuthThrottle()): MiddlewareHandler {
  if (!token) return (_c, next) => next();
  const expected = Buffer.from(token);
  const session = createHash("sha256").update(token).digest("hex");
  const same = (given: string, want: Buffer) => {
    const g = Buffer.from(given);
    return g.length === want.length && timingSafeEqual(g, want);
  };
  return async (c, next) => {
    const client = clientOf(c);
    const wait = throttle.retryAfterMs(client);
    if (wait > 0) return throttled(c, wait);
    const url = new URL(c.req.url);
    const queryToken = url.searchParams.get("token");
    if (queryToken !== null) {
      if (!same(queryToken, expected)) {
        throttle.fail(client);
        return denied(c, "The token in the link is wrong.");
      }
      throttle.succeed(client);
      setCookie(c, SESSION_COOKIE, session, {
        httpOnly: true,
        sameSite: "Strict",
        path: "/",
        secure: url.protocol === "https:",
      });
      url.searchParams.delete("token");
      return c.redirect(`${url.pathname}${url.search}`, 303);
    }
    const cookie = getCookie(c, SESSION_COOKIE);
    const header = c.req.header("authorization") ?? "";
    const password = header.startsWith("Basic ")
      ? Buffer.from(header.slice(6).trim(), "base64")
          .toString("utf8")
          .replace(/^[^:]*:/, "")
      : undefined;
    const ok =
      (cookie !== undefined && same(cookie, Buffer.from(session))) ||
      (header.startsWith("Bearer ") && same(header.slice(7).trim(), expected)) ||
      (password !== undefined && same(password, expected));
    if (ok) {
      throttle.succeed(client);
      return next();
    }
    // A first visit with no credentials at all is not a guess; a wrong cookie, token or password is. A stale cookie
    // (the token was rotated) is cleared, so the next page load asks for the new token instead of failing again.
    if (cookie !== undefined || header) throttle.fail(client);
    if (cookie !== undefined) deleteCookie(c, SESSION_COOKIE, { path: "/" });
    return denied(c, header ? "Those credentials are wrong." : "This dashboard needs the server's token.");
  };
}

function denied(c: Parameters<MiddlewareHandler>[0], why: string) {
  c.header("WWW-Authenticate", 'Basic realm="winnow", charset="UTF-8"');
  return c.html(
    html`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Sign in · Winnow</title><link rel="stylesheet" href="/static/dashboard.css"></head>
<body><main id="main"><h1>Sign in required</h1><p>${why}</p>
<p>Open the dashboard once as <code>/?token=&lt;WINNOW_TOKEN&gt;</code>, or answer the browser prompt with any user name and the token as the password.</p></main></body></html>`,
    401,
  );
}
