import {
  type AnyMiddlewareArgs,
  App,
  type Logger as BoltLogger,
  LogLevel,
  type Middleware,
  SocketModeReceiver,
} from "@slack/bolt";
import type { RetryOptions } from "@slack/web-api";
import { agentModelFromConfig } from "../agents/model.ts";
import { Orchestrator } from "../agents/orchestrator.ts";
import { ConversationStore } from "../core/conversations/store.ts";
import type { Logger } from "../core/log.ts";
import type { Services } from "../server/services.ts";
import type { SlackContext } from "./deliver.ts";
import { registerAgentActions } from "./handlers/agent-actions.ts";
import { registerCommand } from "./handlers/command.ts";
import { registerConversation } from "./handlers/conversation.ts";
import { registerHome } from "./handlers/home.ts";
import { postPendingReviews, registerReviewActions, registerReviewPosting } from "./handlers/review.ts";
import { registerHomeRefresh } from "./home-refresh.ts";
import { memberGate } from "./member-gate.ts";
import { HonoSlackReceiver } from "./receiver.ts";

export interface SlackRuntime {
  app: App;
  /** Present in HTTP mode: serves POST /slack/events. */
  receiver?: HonoSlackReceiver;
  /** Present in Socket Mode: Slack delivers over a websocket opened by app.start(). */
  socketReceiver?: SocketModeReceiver;
  orchestrator: Orchestrator;
  /** Waits for slow work started by already-acknowledged requests. */
  idle(): Promise<void>;
  stop(): Promise<void>;
}

export interface SlackOptions {
  mode: "http" | "socket";
  orchestrator?: Orchestrator;
  /** Web API retries: 429 honours Retry-After, 5xx and network errors back off exponentially. */
  retryConfig?: RetryOptions;
  ackTimeoutMs?: number;
  nowMs?: () => number;
}

export const DEFAULT_RETRY: RetryOptions = {
  retries: 5,
  factor: 2,
  minTimeout: 500,
  maxTimeout: 8000,
  randomize: true,
};

/**
 * How Slack reaches this server: Socket Mode when SLACK_APP_TOKEN is set (it wins, so events never arrive twice),
 * HTTP at /slack/events with a signing secret, or not at all without a bot token.
 */
export function slackMode(config: Services["config"]): "socket" | "http" | undefined {
  const { botToken, appToken, signingSecret } = config.slack;
  if (!botToken) return undefined;
  if (appToken) return "socket";
  return signingSecret ? "http" : undefined;
}

/** The Bolt app with all Winnow handlers, on our receiver (HTTP) or Bolt's Socket Mode receiver. */
export function createSlackApp(services: Services, options: SlackOptions): SlackRuntime {
  const { slack } = services.config;
  if (!slack.botToken) throw new Error("SLACK_BOT_TOKEN is not set; the Slack app cannot start.");
  const logger = boltLogger(services.logger);
  const clientOptions = {
    ...(slack.apiUrl ? { slackApiUrl: slack.apiUrl.endsWith("/") ? slack.apiUrl : `${slack.apiUrl}/` } : {}),
    retryConfig: options.retryConfig ?? DEFAULT_RETRY,
  };
  let receiver: HonoSlackReceiver | undefined;
  let socketReceiver: SocketModeReceiver | undefined;
  let app: App;
  if (options.mode === "socket") {
    if (!slack.appToken) throw new Error("SLACK_APP_TOKEN (xapp-...) is required for Socket Mode.");
    // Built here rather than by Bolt so the runtime can hand it to stop() and tests; nothing connects until start().
    socketReceiver = new SocketModeReceiver({ appToken: slack.appToken, logger });
    app = new App({ token: slack.botToken, receiver: socketReceiver, socketMode: true, logger, clientOptions });
  } else {
    if (!slack.signingSecret) throw new Error("SLACK_SIGNING_SECRET is required to serve /slack/events.");
    receiver = new HonoSlackReceiver({
      signingSecret: slack.signingSecret,
      logger: services.logger,
      ...(options.ackTimeoutMs ? { ackTimeoutMs: options.ackTimeoutMs } : {}),
      ...(options.nowMs ? { nowMs: options.nowMs } : {}),
    });
    app = new App({ token: slack.botToken, receiver, logger, clientOptions });
  }
  const orchestrator =
    options.orchestrator ?? new Orchestrator(services, { model: agentModelFromConfig(services.config) });
  const conversations = new ConversationStore(services);
  const ctx: SlackContext = { services, orchestrator, conversations };
  app.use(dedupeEvents(services, conversations));
  // Slack user → member: non-members are refused politely before any handler runs for them.
  app.use(memberGate(services));
  registerConversation(app, ctx);
  registerCommand(app, ctx);
  registerAgentActions(app, ctx);
  registerHome(app, services);
  registerReviewActions(app, services);
  const unsubscribePosting = registerReviewPosting(services, app.client);
  const unsubscribeHome = registerHomeRefresh(services, app.client);
  // Reviews opened before Slack was configured (or while it was down) are posted now, and swept for now and then.
  let sweeping: Promise<void> = postPendingReviews(services, app.client);
  const sweep = setInterval(() => {
    sweeping = sweeping.then(() => postPendingReviews(services, app.client));
  }, PENDING_SWEEP_MS);
  sweep.unref();
  app.error(async (error) => {
    services.logger.error("slack handler failed", { error: String(error) });
  });
  return {
    app,
    ...(receiver ? { receiver } : {}),
    ...(socketReceiver ? { socketReceiver } : {}),
    orchestrator,
    idle: async () => {
      await sweeping;
      await receiver?.idle();
    },
    async stop() {
      clearInterval(sweep);
      await sweeping;
      unsubscribePosting();
      unsubscribeHome();
      await app.stop();
    },
  };
}

/** Slack redelivers an event it thinks we missed; the first delivery claims its event_id and later ones stop here. */
const PRUNE_EVERY = 500;
const PENDING_SWEEP_MS = 5 * 60 * 1000;
const RETRY_WINDOW_MS = 2 * 60 * 60 * 1000;

function dedupeEvents(services: Services, conversations: ConversationStore): Middleware<AnyMiddlewareArgs> {
  let claims = 0;
  return async ({ body, next }) => {
    const eventId = (body as { event_id?: unknown }).event_id;
    if (typeof eventId === "string") {
      // Slack stops retrying within about an hour, so older claims are pruned now and then.
      if (++claims % PRUNE_EVERY === 0) {
        const before = new Date(services.clock.now().getTime() - RETRY_WINDOW_MS).toISOString();
        await conversations.forgetEventsBefore(before);
      }
      const first = await conversations.claimEvent(eventId);
      if (!first) {
        services.logger.info("duplicate slack event ignored", { eventId });
        return;
      }
    }
    await next();
  };
}

function boltLogger(log: Logger): BoltLogger {
  let level = LogLevel.INFO;
  return {
    debug: (...msg) => log.debug(msg.map(String).join(" ")),
    info: (...msg) => log.info(msg.map(String).join(" ")),
    warn: (...msg) => log.warn(msg.map(String).join(" ")),
    error: (...msg) => log.error(msg.map(String).join(" ")),
    setLevel: (l) => {
      level = l;
    },
    getLevel: () => level,
    setName: () => {},
  };
}
