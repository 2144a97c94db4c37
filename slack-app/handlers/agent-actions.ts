import type { App, BlockAction, ButtonAction, RespondFn } from "@slack/bolt";
import type { WebClient } from "@slack/web-api";
import { publicError } from "../../core/public-error.ts";
import { deliverReply, type ReplyTarget, type SlackContext } from "../deliver.ts";
import { downloadSlackFile } from "../files.ts";
import { humanText } from "../render/format.ts";
import { ACTION_CANCEL, ACTION_CONFIRM, ACTION_MORE, approversWho } from "../render/reply.ts";
import { mrkdwn } from "../render/types.ts";
import { loadThread, type StoredConfirmation, takeConfirmation } from "../thread-state.ts";

const CONFIRM_TTL_MS = 24 * 60 * 60 * 1000;

interface Pressed {
  channel: string;
  threadTs: string;
  key: string;
  user: string;
  /** The message holding the button (absent for the ephemeral /winnow answer). */
  messageTs?: string | undefined;
  respond: RespondFn;
}

function pressed(body: BlockAction, action: ButtonAction, respond: RespondFn): Pressed | undefined {
  const [threadTs, key] = (action.value ?? "").split("|");
  const channel = body.channel?.id ?? (body.container as { channel_id?: string }).channel_id;
  if (!threadTs || !key || !channel) return undefined;
  const ephemeral = (body.container as { is_ephemeral?: boolean }).is_ephemeral === true;
  return {
    channel,
    threadTs,
    key,
    user: body.user.id,
    messageTs: ephemeral ? undefined : (body.message?.ts ?? (body.container as { message_ts?: string }).message_ts),
    respond,
  };
}

/** The approver check ran on what was waiting when the button was pressed; it must still be the same change. */
const sameBrands = (c: StoredConfirmation, checked: StoredConfirmation | undefined) =>
  checked !== undefined && (c.brands ?? []).join() === (checked.brands ?? []).join();

const targetOf = (p: Pressed): ReplyTarget => ({
  channel: p.channel,
  threadTs: p.threadTs,
  user: p.user,
  ...(p.threadTs.startsWith("slash:") ? { respond: p.respond } : {}),
});

async function note(client: WebClient, p: Pressed, text: string) {
  await client.chat.postEphemeral({ channel: p.channel, user: p.user, text }).catch(() => undefined);
}

/** Replaces the Confirm/Cancel buttons with what happened, so nobody presses them again. */
async function settle(ctx: SlackContext, client: WebClient, p: Pressed, pending: StoredConfirmation, outcome: string) {
  const blocks = [{ type: "section" as const, text: mrkdwn(`*${outcome}* ${pending.summary}`.slice(0, 2900)) }];
  const update = p.messageTs
    ? client.chat.update({ channel: p.channel, ts: p.messageTs, text: `${outcome} ${pending.summary}`, blocks })
    : p.respond({ replace_original: true, text: `${outcome} ${pending.summary}`, blocks });
  await Promise.resolve(update).catch((error: unknown) =>
    ctx.services.logger.warn("could not settle a confirmation message", { error: String(error) }),
  );
}

/**
 * Confirm runs the waiting destructive call once, for the person who asked or an approver of the brands it touches;
 * Cancel drops it.
 */
async function decide(ctx: SlackContext, client: WebClient, p: Pressed, confirmed: boolean) {
  const waiting = (await loadThread(ctx.conversations, p.channel, p.threadTs)).pending?.[p.key];
  const approver =
    waiting !== undefined &&
    waiting.user !== p.user &&
    (await ctx.services.reviews.mayConfirmFor(p.user, waiting.brands ?? []));
  const { pending, refused } = await takeConfirmation(
    ctx.conversations,
    p.channel,
    p.threadTs,
    p.key,
    (c) => c.user === p.user || (approver && sameBrands(c, waiting)),
  );
  if (refused) {
    await note(
      client,
      p,
      `Only <@${refused.user}> (who asked) or ${approversWho(refused)} can confirm or cancel this. Nothing changed.`,
    );
    return;
  }
  if (!pending) {
    await note(client, p, "This was already confirmed or cancelled; nothing ran again.");
    return;
  }
  if (!confirmed) {
    await settle(ctx, client, p, pending, `Cancelled by <@${p.user}> — nothing changed.`);
    return;
  }
  // What the summary said was checked then; a day later it may no longer hold, so the request is made again.
  if (ctx.services.clock.now().getTime() - Date.parse(pending.createdAt) > CONFIRM_TTL_MS) {
    await settle(ctx, client, p, pending, "Expired (asked over a day ago) — nothing changed; ask again:");
    return;
  }
  await settle(ctx, client, p, pending, `Confirmed by <@${p.user}>:`);
  const reply = await ctx.orchestrator.confirm(pending, `slack:${p.user}`);
  await deliverReply(ctx, client, targetOf(p), reply);
}

async function more(ctx: SlackContext, client: WebClient, p: Pressed) {
  const state = await loadThread(ctx.conversations, p.channel, p.threadTs);
  const page = state.pages?.[p.key];
  if (!page) {
    await note(client, p, "That list has expired; ask again for a fresh one.");
    return;
  }
  const args = { ...page.args };
  if (page.imageFile) {
    try {
      args.imageBase64 = (await downloadSlackFile(ctx.services, page.imageFile)).bytes.toString("base64");
    } catch (error) {
      await note(client, p, publicError(error, ctx.services.logger, { surface: "slack" }).message);
      return;
    }
  }
  const reply = await ctx.orchestrator.page(page.tool, args, `slack:${p.user}`);
  await deliverReply(ctx, client, targetOf(p), reply, { imageFile: page.imageFile });
}

export function registerAgentActions(app: App, ctx: SlackContext) {
  for (const [id, run] of [
    [ACTION_CONFIRM, (c: WebClient, p: Pressed) => decide(ctx, c, p, true)],
    [ACTION_CANCEL, (c: WebClient, p: Pressed) => decide(ctx, c, p, false)],
    [ACTION_MORE, (c: WebClient, p: Pressed) => more(ctx, c, p)],
  ] as const) {
    app.action<BlockAction<ButtonAction>>(id, async ({ ack, action, body, client, respond }) => {
      await ack();
      const p = pressed(body, action, respond);
      if (!p) return;
      try {
        await run(client, p);
      } catch (error) {
        const err = publicError(error, ctx.services.logger, { surface: "slack", action: id });
        await note(client, p, `⚠️ That failed: ${humanText(err.message)}`);
      }
    });
  }
}
