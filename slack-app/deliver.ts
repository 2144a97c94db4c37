import { randomBytes } from "node:crypto";
import type { RespondFn } from "@slack/bolt";
import type { WebClient } from "@slack/web-api";
import type { AgentReply, Orchestrator, Turn } from "../agents/orchestrator.ts";
import { isoNow } from "../core/clock.ts";
import type { ConversationStore } from "../core/conversations/store.ts";
import type { Services } from "../server/services.ts";
import type { SlackFile } from "./files.ts";
import { showAssets, thumbnailUrlFor, uploadFiles } from "./images.ts";
import { clip } from "./render/format.ts";
import { experimentStories, lookUpRefs } from "./render/names.ts";
import { idsIn } from "./render/refs.ts";
import { renderReply } from "./render/reply.ts";
import { mrkdwn } from "./render/types.ts";
import { type SlackThreadState, type StoredPageCall, saveTurn } from "./thread-state.ts";

/** What every Slack handler shares. */
export interface SlackContext {
  services: Services;
  orchestrator: Orchestrator;
  conversations: ConversationStore;
}

export interface ReplyTarget {
  channel: string;
  /** The thread the conversation lives in; for /winnow, a per-user key ("slash:U123") since it has no thread. */
  threadTs: string;
  user: string;
  /** Set for /winnow: answer through response_url (ephemeral) instead of posting in a thread. */
  respond?: RespondFn | undefined;
}

/**
 * Renders an agent reply and sends it: the message with its blocks, then the thumbnails (in result order) and
 * pictures as files in the thread when Slack cannot fetch them from Winnow, and the state behind its buttons.
 */
export async function deliverReply(
  ctx: SlackContext,
  client: WebClient,
  target: ReplyTarget,
  reply: AgentReply,
  options: { userText?: string; imageFile?: SlackFile | undefined } = {},
): Promise<void> {
  const { services } = ctx;
  // Names and links for every id the reply mentions, looked up once; the renderers never show the ids themselves.
  const mentioned = idsIn(
    reply.text,
    reply.confirm?.summary,
    reply.confirm?.args,
    reply.understood,
    reply.ignored,
    reply.question,
    ...(reply.results ?? []).flatMap((r) => [r.structured, r.args, r.isError ? r.text : undefined]),
  );
  const rendered = await renderReply(reply, {
    thumbnailUrl: thumbnailUrlFor(services),
    refs: await lookUpRefs(services, mentioned),
    experimentStory: experimentStories(services, target.user),
    threadTs: target.threadTs,
    user: target.user,
    newKey: () => randomBytes(6).toString("base64url"),
  });
  const pages: Record<string, StoredPageCall> = {};
  for (const [key, page] of Object.entries(rendered.pages)) {
    // An image is not kept in the thread's state: the More button downloads the shared file again.
    if (typeof page.args.imageBase64 === "string" && options.imageFile) {
      const { imageBase64: _bytes, ...args } = page.args;
      pages[key] = { tool: page.tool, args, imageFile: options.imageFile };
    } else pages[key] = page;
  }
  const pending: SlackThreadState["pending"] = rendered.confirm
    ? { [rendered.confirm.key]: { ...rendered.confirm.pending, user: target.user, createdAt: isoNow(services.clock) } }
    : {};
  const turns: Turn[] = options.userText
    ? [
        { role: "user", text: options.userText },
        { role: "assistant", text: rendered.text },
      ]
    : [];
  // State first: a button pressed the moment the message appears must find what it points at.
  await saveTurn(ctx.conversations, target.channel, target.threadTs, {
    turns,
    ...(options.userText ? { memory: reply.memory } : {}),
    // A confirmed change (no new message of the user's) is remembered for "undo" without forgetting the rest.
    ...(!options.userText && reply.memory.lastChange ? { memoryPatch: { lastChange: reply.memory.lastChange } } : {}),
    pages,
    pending,
  });
  if (target.respond) {
    // An ephemeral answer cannot carry uploads (they would be public in the channel): a file comes inline instead.
    const inline = rendered.files.map((f) => ({
      type: "section" as const,
      text: mrkdwn(`\`\`\`${clip(f.content.toString("utf8").replaceAll("```", "'''"), 2800)}\`\`\``),
    }));
    const blocks = [...rendered.blocks, ...inline].slice(0, 50);
    await target
      .respond({ response_type: "ephemeral", replace_original: false, text: rendered.text, blocks })
      .catch((error: unknown) => services.logger.warn("slash command response failed", { error: String(error) }));
    return;
  }
  await client.chat.postMessage({
    channel: target.channel,
    thread_ts: target.threadTs,
    text: rendered.text,
    blocks: rendered.blocks,
    mrkdwn: true,
  });
  if (rendered.images.length) await showAssets(services, client, target.channel, target.threadTs, rendered.images);
  const files = [
    ...rendered.charts.map((c) => ({ file: c.png, filename: c.filename, title: c.title })),
    ...rendered.files.map((f) => ({ file: f.content, filename: f.filename, title: f.title })),
  ];
  if (files.length) await uploadFiles(services, client, target.channel, target.threadTs, files);
}
