import { createHash, timingSafeEqual } from "node:crypto";
import type { MiddlewareHandler } from "hono";
import { getCookie, setCookie } from "hono/cookie";
import { html } from "hono/html";

export const SESSION_COOKIE = "winnow_session";

/**
 * Dashboard auth, same rule as /api: with WINNOW_TOKEN unset (loopback only) everything is open. With it set a
 * browser may present the token once as `?token=` (we set an HttpOnly, SameSite=Strict cookie holding its SHA-256 and
 * redirect to the clean URL), or answer the Basic auth prompt with the token as the password; scripts may send
 * `Authorization: Bearer <token>`.
 */
export function dashboardAuth(token: string | undefined): MiddlewareHandler {
  if (!token) return (_c, next) => next();
  const expected = Buffer.from(token);
  const session = createHash("sha256").update(token).digest("hex");
  const same = (given: string, want: Buffer) => {
    const g = Buffer.from(given);
    return g.length === want.length && timingSafeEqual(g, want);
  };
  return async (c, next) => {
    const url = new URL(c.req.url);
    const queryToken = url.searchParams.get("token");
    if (queryToken !== null) {
      if (!same(queryToken, expected)) return denied(c, "The token in the link is wrong.");
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
    if (cookie && same(cookie, Buffer.from(session))) return next();
    const header = c.req.header("authorization") ?? "";
    if (header.startsWith("Bearer ") && same(header.slice(7).trim(), expected)) return next();
    if (header.startsWith("Basic ")) {
      const decoded = Buffer.from(header.slice(6).trim(), "base64").toString("utf8");
      const password = decoded.slice(decoded.indexOf(":") + 1);
      if (same(password, expected)) return next();
    }
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
