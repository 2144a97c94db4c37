import { SocketModeReceiver } from "@slack/bolt";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../server/config.ts";
import { createHttpApp } from "../server/http.ts";
import { createSlackApp, type SlackRuntime, slackMode } from "../slack-app/app.ts";
import { FakeSlack, SIGNING_SECRET, slackSignature } from "./helpers/fake-slack.ts";
import { addSlackMember } from "./helpers/team.ts";
import { createTestWorkspace, type TestWorkspace } from "./helpers/workspace.ts";

const APP_TOKEN = "xapp-1-A0APP-1234-abcdef";

let fake: FakeSlack;
let ws: TestWorkspace;
let runtime: SlackRuntime;

beforeAll(async () => {
  fake = await new FakeSlack().start();
  // Both secrets are set on purpose: with an app token, Socket Mode must win over HTTP.
  ws = await createTestWorkspace({
    SLACK_BOT_TOKEN: "xoxb-test-token",
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_APP_TOKEN: APP_TOKEN,
    SLACK_API_URL: fake.apiUrl,
  });
  await addSlackMember(ws.services, "U0MARKETER1", "viewer");
  runtime = createSlackApp(ws.services, {
    mode: slackMode(ws.config)!,
    retryConfig: { retries: 0 },
  });
});
afterAll(async () => {
  await runtime.stop();
  await fake.stop();
  await ws.cleanup();
});

describe("Socket Mode (SLACK_APP_TOKEN set)", () => {
  it("chooses Socket Mode whenever an app token is set, HTTP with only a signing secret, nothing without a bot token", () => {
    const mode = (env: Record<string, string>) => slackMode(loadConfig(env, "/nonexistent"));
    expect(mode({ SLACK_BOT_TOKEN: "xoxb-1", SLACK_APP_TOKEN: APP_TOKEN, SLACK_SIGNING_SECRET: "s" })).toBe("socket");
    expect(mode({ SLACK_BOT_TOKEN: "xoxb-1", SLACK_APP_TOKEN: APP_TOKEN })).toBe("socket");
    expect(mode({ SLACK_BOT_TOKEN: "xoxb-1", SLACK_SIGNING_SECRET: "s" })).toBe("http");
    expect(mode({ SLACK_APP_TOKEN: APP_TOKEN, SLACK_SIGNING_SECRET: "s" })).toBeUndefined();
  });

  it("builds the app on Bolt's SocketModeReceiver with the app token, and no HTTP receiver", () => {
    expect(runtime.receiver).toBeUndefined();
    expect(runtime.socketReceiver).toBeInstanceOf(SocketModeReceiver);
    // The websocket client authenticates apps.connections.open with the app token (xapp-), not the bot token.
    const socketClient = runtime.socketReceiver!.client as unknown as {
      webClient: { defaultHeaders: Record<string, string>; slackApiUrl: string };
      websocket?: unknown;
    };
    expect(socketClient.webClient.defaultHeaders.Authorization).toBe(`Bearer ${APP_TOKEN}`);
    // Built, not connected: the websocket opens only on app.start().
    expect(socketClient.websocket).toBeUndefined();
  });

  it("handles an event delivered through the socket receiver with the same handlers (reply via the Web API)", async () => {
    const acks: unknown[] = [];
    const [listener] = runtime.socketReceiver!.client.listeners("slack_event") as ((args: unknown) => Promise<void>)[];
    const ts = "1700600000.000100";
    await listener!({
      ack: async (response?: unknown) => {
        acks.push(response ?? "acked");
      },
      envelope_id: "env-1",
      body: {
        type: "event_callback",
        team_id: "T0TEAM",
        api_app_id: "A0APP",
        event_id: "EvSocket1",
        event_time: Math.floor(Date.now() / 1000),
        authorizations: [{ team_id: "T0TEAM", user_id: "U0BOT", is_bot: true }],
        event: {
          type: "app_mention",
          user: "U0MARKETER1",
          text: "<@U0BOT> review queue",
          ts,
          channel: "C0MKT",
          event_ts: ts,
        },
      },
      retry_num: undefined,
      retry_reason: undefined,
    });
    expect(acks).toHaveLength(1);
    const [post] = fake.callsTo("chat.postMessage");
    expect(post!.body).toMatchObject({ channel: "C0MKT", thread_ts: ts });
    expect(post!.authorization).toBe("Bearer xoxb-test-token");
    expect(String(post!.body.text)).toMatch(/review requests?\b[\s\S]*Tools: list_reviews/);
  });

  it("does not mount HTTP mode: a correctly signed POST /slack/events is 404 and nothing runs", async () => {
    fake.reset();
    const app = createHttpApp(ws.services);
    const body = JSON.stringify({
      type: "event_callback",
      event_id: "EvHttp1",
      event: { type: "app_mention", user: "U0MARKETER1", text: "<@U0BOT> review queue", ts: "1.1", channel: "C0MKT" },
    });
    const res = await app.request("http://127.0.0.1/slack/events", {
      method: "POST",
      headers: {
        host: "127.0.0.1",
        "content-type": "application/json",
        ...slackSignature(body, Math.floor(Date.now() / 1000)),
      },
      body,
    });
    expect(res.status).toBe(404);
    expect((await res.json()).error.message).toMatch(/Socket Mode .*SLACK_APP_TOKEN/);
    expect(fake.calls).toEqual([]);
  });

  it("refuses to build Socket Mode without an app token, naming the variable", async () => {
    const httpOnly = await createTestWorkspace({ SLACK_BOT_TOKEN: "xoxb-test-token", SLACK_SIGNING_SECRET: "s" });
    try {
      expect(() => createSlackApp(httpOnly.services, { mode: "socket" })).toThrow(/SLACK_APP_TOKEN \(xapp-/);
    } finally {
      await httpOnly.cleanup();
    }
  });
});
