import type { Context, Hono, MiddlewareHandler } from "hono";
import { csrf } from "hono/csrf";
import { html } from "hono/html";
import { asWinnowError } from "../../../core/errors.ts";
import { callerOf } from "../../auth/middleware.ts";
import type { Services } from "../../services.ts";
import { csrfField, requireCsrfToken } from "../csrf.ts";
import { empty, type Html, page, when } from "../layout.ts";

/**
 * Settings → Your tokens: the signed-in person makes, lists and revokes their own personal tokens. A new token is
 * shown once, on the page that made it; only its hash is stored.
 */
export function tokenRoutes(app: Hono, services: Services, auth: MiddlewareHandler) {
  const guard = [auth, csrf(), requireCsrfToken()] as const;
  app.get("/settings/tokens", auth, async (c) => c.html(await tokensView(c, services)));
  app.post("/settings/tokens", ...guard, async (c) => {
    const form = await c.req.parseBody();
    const caller = callerOf(c);
    try {
      if (!caller.memberId)
        throw asWinnowError(new Error("The local admin has no personal tokens: make them with `winnow token create`."));
      const made = await services.people.createToken(
        {
          member: caller.memberId,
          name: typeof form.name === "string" ? form.name : undefined,
          expires: typeof form.expires === "string" && form.expires.trim() ? form.expires.trim() : undefined,
        },
        caller,
      );
      return c.html(await tokensView(c, services, { secret: made.token }));
    } catch (error) {
      return c.html(await tokensView(c, services, { problem: asWinnowError(error).message }), 400);
    }
  });
  app.post("/settings/tokens/:id/revoke", ...guard, async (c) => {
    await services.people.revokeToken(c.req.param("id"), callerOf(c));
    return c.redirect("/settings/tokens", 303);
  });
}

async function tokensView(
  c: Context,
  services: Services,
  shown: { secret?: string; problem?: string } = {},
): Promise<Html> {
  const caller = callerOf(c);
  if (!caller.memberId)
    return page(
      "Your tokens",
      "/settings",
      html`<p>You are signed in as the local admin. Personal tokens belong to people: make one with <code>winnow token create --member &lt;e-mail&gt;</code>.</p>`,
    );
  const tokens = await services.people.tokens(caller.memberId);
  const secret = shown.secret
    ? html`<p role="status" class="notice">Your new token (shown only now; copy it into your MCP client config):<br><code>${shown.secret}</code></p>`
    : "";
  const problem = shown.problem ? html`<p role="alert" class="error">${shown.problem}</p>` : "";
  const list = tokens.length
    ? html`<table><thead><tr><th scope="col">Name</th><th scope="col">Status</th><th scope="col">Created</th><th scope="col">Expires</th><th scope="col">Last used</th><th scope="col"></th></tr></thead><tbody>
      ${tokens.map(
        (
          t,
        ) => html`<tr><td>${t.name} <code>${t.id}</code></td><td>${t.status}</td><td>${when(t.createdAt)}</td><td>${t.expiresAt ? when(t.expiresAt) : "never"}</td><td>${t.lastUsedAt ? when(t.lastUsedAt) : "—"}</td>
        <td>${t.status === "active" ? html`<form method="post" action="/settings/tokens/${t.id}/revoke">${csrfField(c)}<button>Revoke</button></form>` : ""}</td></tr>`,
      )}
      </tbody></table>`
    : empty("You have no tokens yet.", "Make one below and put it in your MCP client or the Claude Desktop bundle.");
  return page(
    "Your tokens",
    "/settings",
    html`${secret}${problem}<p>Signed in as ${caller.email ?? caller.slackUserId}.</p>${list}
    <h2>New token</h2><form method="post" action="/settings/tokens">${csrfField(c)}
      <label>Name <input name="name" placeholder="laptop" maxlength="100"></label>
      <label>Expires <input name="expires" placeholder="90d (empty: never)" maxlength="40"></label>
      <button>Make token</button></form>`,
  );
}
