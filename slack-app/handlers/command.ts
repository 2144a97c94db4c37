import type { App } from "@slack/bolt";
import { HELP_TEXT } from "../../agents/orchestrator.ts";
import { deliverReply, type SlackContext } from "../deliver.ts";

/** `/winnow <subcommand> <words>` → the sentence the router understands. */
export function commandToSentence(text: string): string | undefined {
  const [sub = "", ...rest] = text.trim().split(/\s+/);
  const tail = rest.join(" ");
  switch (sub.toLowerCase()) {
    case "":
    case "help":
      return undefined;
    case "search":
    case "find":
      return `find ${tail}`;
    case "generate":
    case "make":
      return `make ${tail || "variants"}`;
    case "status":
      return tail ? `status of ${tail}` : "how is the experiment doing";
    case "review":
    case "reviews":
    case "queue":
      return "review queue";
    default:
      return text;
  }
}

/** Acks at once (Slack's 3 s), then answers through response_url when the work is done. */
export function registerCommand(app: App, ctx: SlackContext) {
  app.command("/winnow", async ({ command, ack, respond, client }) => {
    const sentence = commandToSentence(command.text);
    if (!sentence) {
      await ack({ response_type: "ephemeral", text: HELP_TEXT });
      return;
    }
    await ack({ response_type: "ephemeral", text: `Working on “${command.text}”…` });
    // /winnow has no thread: its state (buttons, memory) lives under the user in that channel.
    const target = {
      channel: command.channel_id,
      threadTs: `slash:${command.user_id}`,
      user: command.user_id,
      respond,
    };
    const reply = await ctx.orchestrator.respond({ text: sentence, actor: `slack:${command.user_id}` });
    await deliverReply(ctx, client, target, reply, { userText: sentence });
  });
}
