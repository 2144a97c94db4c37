import type { AnyMiddlewareArgs, Middleware } from "@slack/bolt";
import type { Services } from "../server/services.ts";

/**
 * Slack user → member. Someone who is not a member of this Winnow workspace (no brand role, not an admin) is told so
 * politely, privately, with who can add them, and nothing runs for them: no agent turn, no Confirm, no button. Events
 * that are not addressed to the bot (reactions, Home) pass on: their handlers check the approver role themselves,
 * and every tool call is authorized again as that person (tools/define.ts invokeTool).
 */
export function memberGate(services: Services): Middleware<AnyMiddlewareArgs> {
  return async (args) => {
    const { body, next, client } = args;
    const asked = addressedBy(body as Record<string, unknown>);
    if (!asked) return next();
    const caller = await services.people.slackCaller(asked.user);
    if (await services.people.isMember(caller)) return next();
    const text = await notMemberText(services, asked.user);
    services.logger.info("slack request from a non-member refused", { user: asked.user, kind: asked.kind });
    const ack = (args as { ack?: (response?: unknown) => Promise<void> }).ack;
    if (asked.kind === "command") {
      await ack?.({ response_type: "ephemeral", text });
      return;
    }
    if (asked.kind === "action") await ack?.();
    if (asked.channel)
      await client.chat
        .postEphemeral({
          channel: asked.channel,
          user: asked.user,
          text,
          ...(asked.threadTs ? { thread_ts: asked.threadTs } : {}),
        })
        .catch(() => undefined);
  };
}

interface Asked {
  kind: "message" | "command" | "action";
  user: string;
  channel?: string | undefined;
  threadTs?: string | undefined;
}

/** Who addressed the bot, when they did: a mention, a DM, a follow-up in a thread, /winnow, a button. */
function addressedBy(body: Record<string, unknown>): Asked | undefined {
  if (typeof body.command === "string" && typeof body.user_id === "string")
    return { kind: "command", user: body.user_id, channel: String(body.channel_id ?? "") || undefined };
  if (body.type === "block_actions" || body.type === "view_submission") {
    const user = (body.user as { id?: string } | undefined)?.id;
    const channel = (body.channel as { id?: string } | undefined)?.id;
    return user ? { kind: "action", user, channel } : undefined;
  }
  const event = body.event as Record<string, unknown> | undefined;
  if (body.type !== "event_callback" || !event) return undefined;
  if (event.type !== "app_mention" && event.type !== "message") return undefined;
  if (event.bot_id || (event.subtype && event.subtype !== "file_share") || typeof event.user !== "string")
    return undefined;
  return {
    kind: "message",
    user: event.user,
    channel: typeof event.channel === "string" ? event.channel : undefined,
    threadTs: typeof event.thread_ts === "string" ? event.thread_ts : undefined,
  };
}

export async function notMemberText(services: Services, user: string): Promise<string> {
  const admins = (await services.people.admins()).map((a) =>
    a.slackUserId ? `<@${a.slackUserId}>` : (a.email ?? a.id),
  );
  const who = admins.length
    ? `a workspace admin (${admins.slice(0, 3).join(", ")}) or an approver of your brand`
    : "an approver of your brand, or the person who runs Winnow (`winnow admin add`)";
  return `Sorry <@${user}>, you are not a member of this Winnow workspace yet, so I can't act for you. Ask ${who} to add you (add_brand_member, or Settings on the dashboard).`;
}
