import type { Services } from "../server/services.ts";
import { createSlackApp, type SlackRuntime, slackMode } from "./app.ts";

/**
 * Socket Mode for local use: with SLACK_APP_TOKEN (xapp-...) and SLACK_BOT_TOKEN set, Slack delivers over a websocket
 * and no public URL is needed. A failure to connect is logged and the HTTP server keeps running.
 */
export async function startSlackSocketMode(services: Services): Promise<SlackRuntime | undefined> {
  if (slackMode(services.config) !== "socket") return undefined;
  try {
    const runtime = createSlackApp(services, { mode: "socket" });
    await runtime.app.start();
    services.logger.info("slack socket mode connected");
    return runtime;
  } catch (error) {
    services.logger.error("slack socket mode failed to start", { error: String(error) });
    return undefined;
  }
}
