import { createHash, randomBytes, timingSafeEqual } from "node:crypto";
import type { Context, MiddlewareHandler } from "hono";
import { deleteCookie, getCookie, setCookie } from "hono/cookie";
import { html } from "hono/html";
import { type Caller, localAdmin } from "../../core/people/caller.ts";
import { type AuthenticateDeps, authenticate } from "../auth/authenticate.ts";
import { clientOf, throttled } from "../auth-throttle.ts";

export const SESSION_COOKIE = "winnow_session";

/**
 * Dashboard auth: every page is seen by a person. A browser presents a token once as `?token=` (a personal token, or
 * WINNOW_TOKEN for the admin) and gets an HttpOnly, SameSite=Strict cookie that never holds the token itself, then is
 * redirected to the clean URL; or it answers the Basic prompt with the token as the password; scripts may send
 * `Authorization: Bearer <token>`. A cookie is checked against its token on every request, so revoking the token signs
 * the browser out. With no credential configured anywhere (loopback solo use) the visitor is the local admin.
 */
export function dashboardAuth(deps: AuthenticateDeps): MiddlewareHandler {
  const { services, throttle } = deps;
  const adminCookie = services.config.token
    ? createHash("sha256").update(services.config.token).digest("hex")
    : undefined;
  // A personal token's cookie is a random handle to the token kept in this process (the token is checked again on
  // every request); a restart asks people to sign in again. WINNOW_TOKEN's cookie is its SHA-256, as before.
  const cookieFor = (caller: Caller) =>
    caller.kind === "local-admin" && adminCookie ? adminCookie : randomBytes(32).toString("base64url");
  const sessions = new Map<string, string>(); // cookie -> token, so a cookie re-authenticates like its token
  const remember = (cookie: string, bearer: string) => {
    sessions.set(cookie, bearer);
    if (sessions.size > 5000) sessions.delete(sessions.keys().next().value!);
  };
  const same = (a: string, b: string) => {
    const x = Buffer.from(a);
    const y = Buffer.from(b);
    return x.length === y.length && timingSafeEqual(x, y);
  };
  const signIn = (c: Context, authorization: string | undefined) =>
    authenticate(deps, { authorization, client: clientOf(c) });

  return async (c, next) => {
    const client = clientOf(c);
    const wait = throttle.retryAfterMs(client);
    if (wait > 0) return throttled(c, wait);
    const url = new URL(c.req.url);
    const queryToken = url.searchParams.get("token");
    if (queryToken !== null) {
      const result = await signIn(c, `Bearer ${queryToken}`);
      if (!result.ok)
        return result.status === 429
          ? throttled(c, result.retryAfterMs ?? 1000)
          : denied(c, result.message, result.status);
      const cookie = cookieFor(result.caller);
      remember(cookie, queryToken);
      setCookie(c, SESSION_COOKIE, cookie, {
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
    let authorization: string | undefined;
    if (cookie !== undefined) {
      if (adminCookie && same(cookie, adminCookie)) {
        throttle.succeed(client);
        c.set("caller" as never, localAdmin("WINNOW_TOKEN") as never);
        return next();
      }
      const bearer = sessions.get(cookie);
      if (bearer) authorization = `Bearer ${bearer}`;
    }
    if (!authorization && header.startsWith("Basic ")) {
      const password = Buffer.from(header.slice(6).trim(), "base64")
        .toString("utf8")
        .replace(/^[^:]*:/, "");
      authorization = `Bearer ${password}`;
    } else if (!authorization && header) authorization = header;
    if (!authorization && cookie !== undefined) {
      // A cookie this process does not know (restarted, or forged): sign in again.
      throttle.fail(client);
      deleteCookie(c, SESSION_COOKIE, { path: "/" });
      return denied(c, "Your session has ended. Open the dashboard with your token again.");
    }
    const result = await signIn(c, authorization);
    if (result.ok) {
      c.set("caller" as never, result.caller as never);
      return next();
    }
    if (result.status === 429) return throttled(c, result.retryAfterMs ?? 1000);
    if (cookie !== undefined) {
      sessions.delete(cookie);
      deleteCookie(c, SESSION_COOKIE, { path: "/" });
    }
    return denied(c, authorization ? result.message : "This dashboard needs you to sign in.", result.status);
  };
}

/** 401 asks for credentials; 403 (a signed-in non-member) and 503 (identity provider unreachable) say so instead. */
function denied(c: Context, why: string, status: 401 | 403 | 503 = 401) {
  if (status === 401) c.header("WWW-Authenticate", 'Basic realm="winnow", charset="UTF-8"');
  return c.html(
    html`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Sign in · Winnow</title><link rel="stylesheet" href="/static/dashboard.css"></head>
<body><main id="main"><h1>Sign in required</h1><p>${why}</p>
<p>Open the dashboard once as <code>/?token=&lt;your personal token&gt;</code> (make one with <code>winnow token create --member &lt;your e-mail&gt;</code>), or answer the browser prompt with any user name and the token as the password.</p></main></body></html>`,
    status,
  );
}
