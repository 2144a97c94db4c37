import type { App } from "@slack/bolt";
import type { WebClient } from "@slack/web-api";
import type { ThreadMemory } from "../../agents/intent-router.ts";
import type { Orchestrator, Turn } from "../../agents/orchestrator.ts";
import { isoNow } from "../../core/clock.ts";
import { getConversation, saveConversation } from "../../db/repositories/conversations.ts";
import type { Services } from "../../server/services.ts";
import { showAssets } from "../images.ts";

interface ConversationState {
  turns: Turn[];
  memory: ThreadMemory;
}

const MAX_TURNS = 20;

export interface Utterance {
  channel: string;
  /** The thread the conversation lives in: the message's thread_ts, or its own ts when it starts one. */
  threadTs: string;
  user: string;
  text: string;
}

/** One turn in a thread: load the thread's state, ask the orchestrator, reply in the thread, save the state. */
export async function converse(services: Services, orchestrator: Orchestrator, client: WebClient, u: Utterance) {
  const { db } = services.database;
  const row = await getConversation(db, u.channel, u.threadTs);
  const state = (row?.state as ConversationState | undefined) ?? { turns: [], memory: {} };
  const reply = await orchestrator.respond({
    text: u.text,
    actor: `slack:${u.user}`,
    history: state.turns,
    memory: state.memory,
  });
  await client.chat.postMessage({ channel: u.channel, thread_ts: u.threadTs, text: reply.text, mrkdwn: true });
  if (reply.assetIds.length && !reply.failed) await showAssets(services, client, u.channel, u.threadTs, reply.assetIds);
  const turns = [
    ...state.turns,
    { role: "user" as const, text: u.text },
    { role: "assistant" as const, text: reply.text },
  ];
  await saveConversation(
    db,
    u.channel,
    u.threadTs,
    { turns: turns.slice(-MAX_TURNS), memory: reply.memory },
    isoNow(services.clock),
  );
}

interface MessageLike {
  channel: string;
  user?: string;
  text?: string;
  ts: string;
  thread_ts?: string;
  channel_type?: string;
  subtype?: string;
  bot_id?: string;
}

/** Mentions anywhere, any DM, and follow-ups in a thread the bot is already part of. */
export function registerConversation(app: App, services: Services, orchestrator: Orchestrator) {
  app.event("app_mention", async ({ event, client }) => {
    if (!event.user) return;
    await converse(services, orchestrator, client, {
      channel: event.channel,
      threadTs: event.thread_ts ?? event.ts,
      user: event.user,
      text: event.text,
    });
  });

  app.message(async ({ message, client, context }) => {
    const m = message as MessageLike;
    if (m.subtype || m.bot_id || !m.user || !m.text) return;
    if (m.channel_type === "im") {
      await converse(services, orchestrator, client, {
        channel: m.channel,
        threadTs: m.thread_ts ?? m.ts,
        user: m.user,
        text: m.text,
      });
      return;
    }
    // In channels, a mention arrives as app_mention too; answer it there, and here only thread follow-ups.
    if (!m.thread_ts || (context.botUserId && m.text.includes(`<@${context.botUserId}>`))) return;
    if (!(await getConversation(services.database.db, m.channel, m.thread_ts))) return;
    await converse(services, orchestrator, client, {
      channel: m.channel,
      threadTs: m.thread_ts,
      user: m.user,
      text: m.text,
    });
  });
}
