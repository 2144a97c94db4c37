import type { App } from "@slack/bolt";
import type { WebClient } from "@slack/web-api";
import type { AgentReply, Attachment } from "../../agents/orchestrator.ts";
import { publicError } from "../../core/public-error.ts";
import { deliverReply, type SlackContext } from "../deliver.ts";
import { downloadSlackFile, type SlackFile, wantedFiles } from "../files.ts";
import { humanText } from "../render/format.ts";
import { loadThread } from "../thread-state.ts";

export interface Utterance {
  channel: string;
  /** The thread the conversation lives in: the message's thread_ts, or its own ts when it starts one. */
  threadTs: string;
  user: string;
  text: string;
  /** Files shared with the message (file_share). */
  files?: SlackFile[] | undefined;
}

/**
 * One turn in a thread: download what was shared, load the thread's state, ask the orchestrator, reply in the
 * thread (rendered from the tool results), save the state.
 */
export async function converse(ctx: SlackContext, client: WebClient, u: Utterance) {
  try {
    await turn(ctx, client, u);
  } catch (error) {
    // Whatever failed, the person hears it in the thread rather than silence.
    const err = publicError(error, ctx.services.logger, { surface: "slack", action: "conversation" });
    await client.chat
      .postMessage({
        channel: u.channel,
        thread_ts: u.threadTs,
        text: `⚠️ That failed and I stopped: ${humanText(err.message)}`,
      })
      .catch(() => undefined);
  }
}

async function turn(ctx: SlackContext, client: WebClient, u: Utterance) {
  const { services, orchestrator } = ctx;
  const attachments: Attachment[] = [];
  const problems: string[] = [];
  const wanted = wantedFiles(u.files);
  for (const file of wanted) {
    try {
      attachments.push(await downloadSlackFile(services, file));
    } catch (error) {
      problems.push(publicError(error, services.logger, { surface: "slack", file: file.id }).message);
    }
  }
  const skipped = (u.files ?? [])
    .filter((f) => !wanted.includes(f))
    .map((f) => `${f.name ?? f.id}: not an image or a CSV`);
  const state = await loadThread(ctx.conversations, u.channel, u.threadTs);
  // A review card's thread is a conversation about that review: "approve it" decides it.
  const review = await services.reviews.findByMessage(u.channel, u.threadTs).catch(() => undefined);
  const memory = review
    ? {
        ...state.memory,
        reviewId: review.id,
        ...(review.assetId && !state.memory.lastAssetIds?.length ? { lastAssetIds: [review.assetId] } : {}),
      }
    : state.memory;
  const text = u.text.replace(/<@[A-Z0-9]+>/g, "").trim();
  if (!text && !attachments.length && problems.length) {
    await client.chat.postMessage({ channel: u.channel, thread_ts: u.threadTs, text: `⚠️ ${problems.join("\n")}` });
    return;
  }
  const reply = await orchestrator.respond({
    text: u.text,
    actor: `slack:${u.user}`,
    history: state.turns,
    memory,
    ...(attachments.length ? { attachments } : {}),
  });
  if (problems.length || skipped.length) reply.ignored = [...(reply.ignored ?? []), ...problems, ...skipped];
  if (review) await sayWhoMayDecide(ctx, review.brandId, reply);
  const imageFile = wanted.find((f) => /^image\//.test(f.mimetype ?? ""));
  await deliverReply(ctx, client, { channel: u.channel, threadTs: u.threadTs, user: u.user }, reply, {
    userText: u.text || (u.files?.length ? `(shared ${u.files.map((f) => f.name ?? f.id).join(", ")})` : ""),
    imageFile,
  });
}

/** A review decision the tool refused for lack of the role says who may decide it instead. */
async function sayWhoMayDecide(ctx: SlackContext, brandId: string | null, reply: AgentReply) {
  const refused = reply.results?.find(
    (r) => r.name === "decide_review" && r.isError && /approver|forbidden|not allowed|permission|role/i.test(r.text),
  );
  if (!refused) return;
  const approvers = (await ctx.services.reviews.approversOf(brandId)).filter((a) => /^[UW][A-Z0-9]+$/.test(a));
  const who = approvers.length ? approvers.map((a) => `<@${a}>`).join(", ") : "an approver of this brand";
  reply.notice = `Only ${who} can decide this review; nothing changed.`;
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
  files?: SlackFile[];
}

/** Subtypes that are a person saying something; the rest (edits, joins, bot posts, deletions) are not a turn. */
const SPOKEN = new Set([undefined, "file_share", "thread_broadcast"]);

/** Mentions anywhere, any DM, and follow-ups in a thread the bot is already part of, with or without files. */
export function registerConversation(app: App, ctx: SlackContext) {
  app.event("app_mention", async ({ event, client }) => {
    if (!event.user) return;
    await converse(ctx, client, {
      channel: event.channel,
      threadTs: event.thread_ts ?? event.ts,
      user: event.user,
      text: event.text,
      files: (event as { files?: SlackFile[] }).files,
    });
  });

  app.message(async ({ message, client, context }) => {
    const m = message as MessageLike;
    if (!SPOKEN.has(m.subtype) || m.bot_id || !m.user || (!m.text && !m.files?.length)) return;
    const text = m.text ?? "";
    if (m.channel_type === "im") {
      await converse(ctx, client, {
        channel: m.channel,
        threadTs: m.thread_ts ?? m.ts,
        user: m.user,
        text,
        files: m.files,
      });
      return;
    }
    // In channels, a mention arrives as app_mention too; answer it there, and here only thread follow-ups.
    if (!m.thread_ts || (context.botUserId && text.includes(`<@${context.botUserId}>`))) return;
    const known =
      (await ctx.conversations.get(m.channel, m.thread_ts)) ??
      (await ctx.services.reviews.findByMessage(m.channel, m.thread_ts).catch(() => undefined));
    if (!known) return;
    await converse(ctx, client, { channel: m.channel, threadTs: m.thread_ts, user: m.user, text, files: m.files });
  });
}
