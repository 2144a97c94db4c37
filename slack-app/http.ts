import type { Hono } from "hono";
import { WinnowError } from "../core/errors.ts";
import type { Services } from "../server/services.ts";
import { createSlackApp, type SlackRuntime, slackMode } from "./app.ts";

const runtimes = new WeakMap<Services, SlackRuntime>();

/** Use this runtime for these services (tests pass fast retries; start.ts may pass its own). */
export function useSlackRuntime(services: Services, runtime: SlackRuntime): void {
  runtimes.set(services, runtime);
}

export function slackRuntimeOf(services: Services): SlackRuntime | undefined {
  return runtimes.get(services);
}

/**
 * POST /slack/events on the main hono app (events, slash commands and interactivity share the one URL). The
 * signature is the authentication, so no bearer token here; without Slack config the route explains what to set.
 */
export function mountSlackEvents(app: Hono, services: Services): void {
  const mode = slackMode(services.config);
  if (mode === "socket") {
    // Events come over the Socket Mode websocket; serving them here as well would handle each one twice.
    app.post("/slack/events", (c) =>
      c.json(
        new WinnowError(
          "not_found",
          "Slack runs in Socket Mode on this server (SLACK_APP_TOKEN is set), so /slack/events is not served. Unset SLACK_APP_TOKEN to use HTTP mode.",
        ).toJSON(),
        404,
      ),
    );
    return;
  }
  if (mode !== "http") {
    app.post("/slack/events", (c) =>
      c.json(
        new WinnowError(
          "unavailable",
          "Slack is not configured. Set SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET (see slack-app/manifest.yaml).",
        ).toJSON(),
        503,
      ),
    );
    return;
  }
  let runtime = runtimes.get(services);
  if (!runtime?.receiver) {
    runtime = createSlackApp(services, { mode: "http" });
    runtimes.set(services, runtime);
  }
  const receiver = runtime.receiver!;
  app.post("/slack/events", (c) => receiver.handle(c.req.raw));
}
