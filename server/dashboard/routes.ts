import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { type Context, Hono } from "hono";
import { csrf } from "hono/csrf";
import { html } from "hono/html";
import { HTTPException } from "hono/http-exception";
import { runLearningCycle } from "../../agents/tagger-trainer.ts";
import { WinnowError } from "../../core/errors.ts";
import { actorOf } from "../../core/people/caller.ts";
import { publicError } from "../../core/public-error.ts";
import type { AuthenticateDeps } from "../auth/authenticate.ts";
import { callerOf } from "../auth/middleware.ts";
import { AuthThrottle } from "../auth-throttle.ts";
import { sendFile } from "../file-response.ts";
import type { Services } from "../services.ts";
import { actAs } from "./actions.ts";
import { dashboardAuth } from "./auth.ts";
import { requireCsrfToken } from "./csrf.ts";
import { startJob } from "./jobs.ts";
import { type Html, page } from "./layout.ts";
import { assetView } from "./pages/asset.ts";
import { auditView } from "./pages/audit.ts";
import { costsView } from "./pages/costs.ts";
import { experimentsView, experimentView } from "./pages/experiments.ts";
import { jobView, learningView } from "./pages/learning.ts";
import { libraryView } from "./pages/library.ts";
import { settingsRoutes } from "./pages/settings.ts";
import { overviewView, reviewView, runsView, winnersView } from "./pages/simple.ts";
import { tokenRoutes } from "./pages/tokens.ts";

const STATIC = join(dirname(fileURLToPath(import.meta.url)), "static");
const files = {
  "dashboard.css": { body: readFileSync(join(STATIC, "dashboard.css")), type: "text/css; charset=utf-8" },
  "favicon.svg": { body: readFileSync(join(STATIC, "favicon.svg")), type: "image/svg+xml" },
};

type View = (c: Context, services: Services) => Html | Promise<Html>;

/**
 * The dashboard, server-rendered HTML over the same services as MCP and /api, mounted at `/`. Routes are registered
 * one by one (not `/*`) so the auth middleware never wraps /mcp, /api or /healthz.
 */
export function dashboardRoutes(
  services: Services,
  authDeps: AuthenticateDeps = { services, throttle: new AuthThrottle() },
): Hono {
  const app = new Hono();
  const auth = dashboardAuth(authDeps);
  const view = (path: string, render: View) =>
    app.get(path, auth, async (c) => {
      const started = performance.now();
      const body = await render(c, services);
      c.header("Server-Timing", `render;dur=${(performance.now() - started).toFixed(1)}`);
      return c.html(body);
    });

  app.get("/static/:file", (c) => {
    const file = files[c.req.param("file") as keyof typeof files];
    if (!file) return notFoundPage(c);
    return c.body(new Uint8Array(file.body), 200, {
      "content-type": file.type,
      "cache-control": "public, max-age=300",
    });
  });
  view("/", overviewView);
  view("/library", libraryView);
  view("/assets/:id", assetView);
  view("/runs", runsView);
  view("/experiments", experimentsView);
  view("/experiments/:id", experimentView);
  view("/winners", winnersView);
  view("/review", reviewView);
  view("/costs", costsView);
  view("/learning", learningView);
  view("/learning/jobs/:id", (c) => jobView(c));
  settingsRoutes(app, services, auth);
  tokenRoutes(app, services, auth);

  app.get("/assets/:id/thumbnail", auth, async (c) => {
    await services.authorizer.authorize(callerOf(c), "get_asset", { id: c.req.param("id") });
    const file = await services.library.readFile(c.req.param("id"), "thumbnail");
    return sendFile(c, c.req.param("id"), file, "private, max-age=86400");
  });
  app.get("/assets/:id/file", auth, async (c) => {
    await services.authorizer.authorize(callerOf(c), "get_asset", { id: c.req.param("id") });
    const file = await services.library.readFile(c.req.param("id"), "original");
    return sendFile(c, c.req.param("id"), file, "private, max-age=86400");
  });

  view("/audit", auditView);

  // Actions: POST only, same-origin only (csrf checks Origin), then a progress page.
  app.post("/review/:id/decide", auth, csrf(), requireCsrfToken(), async (c) => {
    readOnlyGuard(services);
    const form = await c.req.parseBody();
    const decision = form.decision === "reject" ? "reject" : "approve";
    const reason = typeof form.reason === "string" && form.reason.trim() ? form.reason.trim() : undefined;
    await actAs(c, services, "decide_review", { reviewId: c.req.param("id"), decision, ...(reason ? { reason } : {}) });
    return c.redirect("/review?status=decided", 303);
  });
  app.post("/learning/retrain", auth, csrf(), requireCsrfToken(), async (c) => {
    readOnlyGuard(services);
    const caller = callerOf(c);
    await services.authorizer.authorize(caller, "retrain_tagger", {});
    const job = startJob("Retraining the tagger", async (progress) => {
      await services.learning.retrain({ actor: actorOf(caller), progress });
      return "/learning";
    });
    return c.redirect(`/learning/jobs/${job.id}`, 303);
  });
  app.post("/learning/cycle", auth, csrf(), requireCsrfToken(), async (c) => {
    readOnlyGuard(services);
    const caller = callerOf(c);
    // A cycle may retrain and promote under the learning policy: an approver's call.
    await services.authorizer.authorize(caller, "promote_tagger", {});
    const job = startJob("Running a learning cycle", async (progress) => {
      progress(0, 1, "measuring the tagger and applying triggers");
      await runLearningCycle(services, { trigger: "dashboard", actor: actorOf(caller) });
      return "/learning";
    });
    return c.redirect(`/learning/jobs/${job.id}`, 303);
  });

  app.onError((error, c) => errorPage(c, error, services));
  return app;
}

function readOnlyGuard(services: Services) {
  if (services.config.readOnly)
    throw new WinnowError("forbidden", "This server runs with WINNOW_READ_ONLY=1, so dashboard actions are disabled.");
}

/**
 * Errors become a page with the message (never a stack trace); the status follows the error code. Internal errors
 * show only "internal error (id …)", logged with that id; a refused CSRF/Origin check is a 403, not a 500.
 */
export function errorPage(c: Context, error: unknown, services: Services) {
  const err =
    error instanceof HTTPException && error.status < 500
      ? new WinnowError(
          error.status === 403 ? "forbidden" : "invalid_input",
          error.status === 403
            ? "This request did not come from a Winnow page. Open the dashboard and submit the form from there."
            : "The request was refused.",
        )
      : publicError(error, services.logger, { method: c.req.method, path: c.req.path });
  const title = err.httpStatus === 404 ? "Not found" : err.httpStatus === 400 ? "Bad request" : "Error";
  return c.html(
    page(title, "", html`<p role="alert">${err.message}</p><p><a href="/">Back to the overview</a></p>`),
    err.httpStatus as 400,
  );
}

export function notFoundPage(c: Context) {
  return c.html(
    page(
      "Not found",
      "",
      html`<p role="alert">There is no page at <code>${c.req.path}</code>.</p><p><a href="/">Back to the overview</a> · <a href="/library">Library</a></p>`,
    ),
    404,
  );
}
