import type { AddressInfo } from "node:net";
import type { Orchestrator } from "../../agents/orchestrator.ts";
import type { Clock } from "../../core/clock.ts";
import { createHttpApp } from "../../server/http.ts";
import { createSlackApp, type SlackRuntime } from "../../slack-app/app.ts";
import { useSlackRuntime } from "../../slack-app/http.ts";
import { FakeSlack, SIGNING_SECRET, slackSignature } from "./fake-slack.ts";
import { serveLocal } from "./serve.ts";
import { createTestWorkspace, type TestWorkspace } from "./workspace.ts";

export interface SlackHarness {
  ws: TestWorkspace;
  fake: FakeSlack;
  runtime: SlackRuntime;
  base: string;
  /** POSTs a signed request to /slack/events and waits for the slow work it started. */
  send(body: string, contentType: string, headers?: Record<string, string>): Promise<Response>;
  event(event: Record<string, unknown>, eventId?: string): Promise<Response>;
  form(fields: Record<string, string>): Promise<Response>;
  interaction(payload: Record<string, unknown>): Promise<Response>;
  /** Presses a button of a message the bot posted (block_actions), as `user`. */
  press(
    button: { action_id: string; value?: string; block_id?: string },
    user: string,
    where: { channel: string; ts: string; threadTs?: string },
  ): Promise<Response>;
  close(): Promise<void>;
}

let eventCounter = 0;

/** A real workspace, the real Bolt app on our receiver inside the real hono app, and a fake Slack Web API. */
export async function startSlackHarness(
  makeOrchestrator?: (services: TestWorkspace["services"]) => Orchestrator,
  workspace: { env?: Record<string, string>; clock?: Clock } = {},
): Promise<SlackHarness> {
  const fake = await new FakeSlack().start();
  const ws = await createTestWorkspace(
    {
      SLACK_BOT_TOKEN: "xoxb-test-token",
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_API_URL: fake.apiUrl,
      ...workspace.env,
    },
    workspace.clock ? { clock: workspace.clock } : {},
  );
  const runtime = createSlackApp(ws.services, {
    mode: "http",
    ...(makeOrchestrator ? { orchestrator: makeOrchestrator(ws.services) } : {}),
    retryConfig: { retries: 3, factor: 2, minTimeout: 20, maxTimeout: 100, randomize: false },
  });
  useSlackRuntime(ws.services, runtime);
  const server = serveLocal(createHttpApp(ws.services).fetch);
  await new Promise((r) => server.once("listening", r));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const send = async (body: string, contentType: string, headers?: Record<string, string>) => {
    const res = await fetch(`${base}/slack/events`, {
      method: "POST",
      headers: { "content-type": contentType, ...(headers ?? slackSignature(body, Math.floor(Date.now() / 1000))) },
      body,
    });
    await runtime.idle();
    return res;
  };
  const interaction = (payload: Record<string, unknown>) =>
    send(new URLSearchParams({ payload: JSON.stringify(payload) }).toString(), "application/x-www-form-urlencoded");
  return {
    ws,
    fake,
    runtime,
    base,
    send,
    interaction,
    press: (button, user, where) =>
      interaction({
        type: "block_actions",
        team: { id: "T0TEAM" },
        user: { id: user },
        api_app_id: "A0APP",
        token: "legacy",
        trigger_id: `trig-${eventCounter++}`,
        channel: { id: where.channel },
        container: { type: "message", message_ts: where.ts, channel_id: where.channel, is_ephemeral: false },
        message: { ts: where.ts, ...(where.threadTs ? { thread_ts: where.threadTs } : {}) },
        actions: [
          {
            type: "button",
            action_id: button.action_id,
            block_id: button.block_id ?? "b",
            value: button.value,
            action_ts: `${Date.now() / 1000}`,
          },
        ],
        response_url: `${fake.base}/respond/action`,
      }),
    event: (event, eventId = `Ev${Date.now()}${eventCounter++}`) =>
      send(
        JSON.stringify({
          token: "legacy",
          team_id: "T0TEAM",
          api_app_id: "A0APP",
          type: "event_callback",
          event_id: eventId,
          event_time: Math.floor(Date.now() / 1000),
          authorizations: [{ team_id: "T0TEAM", user_id: "U0BOT", is_bot: true }],
          event,
        }),
        "application/json",
      ),
    form: (fields) => send(new URLSearchParams(fields).toString(), "application/x-www-form-urlencoded"),
    async close() {
      await runtime.stop();
      server.close();
      await fake.stop();
      await ws.cleanup();
    },
  };
}

interface PostedButton {
  action_id: string;
  value?: string;
  block_id?: string;
}

/** The buttons in a posted message's blocks, by action id. */
export function buttonsOf(call: { body: Record<string, unknown> } | undefined): Map<string, PostedButton> {
  const blocks = (call?.body.blocks ?? []) as { type: string; block_id?: string; elements?: PostedButton[] }[];
  const out = new Map<string, PostedButton>();
  for (const b of blocks) {
    if (b.type !== "actions") continue;
    for (const e of b.elements ?? []) out.set(e.action_id, { ...e, ...(b.block_id ? { block_id: b.block_id } : {}) });
  }
  return out;
}
