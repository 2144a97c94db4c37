import type { App, BlockAction, ButtonAction, StaticSelectAction, ViewSubmitAction } from "@slack/bolt";
import type { WebClient } from "@slack/web-api";
import { publicError } from "../../core/public-error.ts";
import { FEEDBACK_LABELS, FeedbackLabel, type FeedbackLabelKey } from "../../core/review/labels.ts";
import type { ReviewRequestView } from "../../core/review/types.ts";
import type { Services } from "../../server/services.ts";
import {
  ACTION_REACTION_LABEL,
  ACTION_REACTION_LABEL_OTHER,
  LABEL_MODAL,
  reactionLabelPrompt,
  rejectModal,
  reviewSubject,
  reviewSubjectPlain,
} from "../blocks.ts";
import { esc } from "../render/format.ts";
import { namedCard } from "../review-card.ts";

/** After a ❌ reaction rejected a request: ask the approver in their DM what was wrong. */
export async function askForRejectionLabel(
  services: Services,
  client: WebClient,
  user: string,
  request: ReviewRequestView,
) {
  const card = await namedCard(services, request);
  await client.chat
    .postMessage({
      channel: user,
      text: `You rejected ${reviewSubjectPlain(card)} with ❌. What was wrong with it?`,
      blocks: reactionLabelPrompt(card),
    })
    .catch((error: unknown) =>
      services.logger.warn("could not ask for a rejection label", { request: request.id, error: String(error) }),
    );
}

interface Answer {
  requestId: string;
  user: string;
  label: FeedbackLabelKey;
  reason?: string | undefined;
  /** The DM prompt, replaced by the outcome so it cannot be answered twice by mistake. */
  channel: string;
  ts: string;
}

async function recordAnswer(services: Services, client: WebClient, a: Answer) {
  let text: string;
  try {
    const { applied, request } = await services.reviews.labelRejection({
      requestId: a.requestId,
      userRef: a.user,
      label: a.label,
      reason: a.reason,
      via: "slack_reaction",
    });
    text = applied
      ? `Recorded “${FEEDBACK_LABELS[a.label]}”${a.reason ? ` (${esc(a.reason)})` : ""} for ${reviewSubject(await namedCard(services, request))}. Thanks.`
      : `This rejection already has a label; nothing changed.`;
  } catch (error) {
    text = publicError(error, services.logger, { surface: "slack", action: "rejection_label" }).message;
  }
  await client.chat
    .update({ channel: a.channel, ts: a.ts, text, blocks: [] })
    .catch((error: unknown) => services.logger.warn("could not update the label prompt", { error: String(error) }));
}

export function registerReactionLabel(app: App, services: Services) {
  app.action<BlockAction<StaticSelectAction>>(ACTION_REACTION_LABEL, async ({ ack, action, body, client }) => {
    await ack();
    const label = FeedbackLabel.safeParse(action.selected_option?.value);
    if (!label.success || !body.channel || !body.message) return;
    await recordAnswer(services, client, {
      requestId: action.block_id.replace(/^reaction_label:/, ""),
      user: body.user.id,
      label: label.data,
      channel: body.channel.id,
      ts: body.message.ts,
    });
  });

  app.action<BlockAction<ButtonAction>>(ACTION_REACTION_LABEL_OTHER, async ({ ack, action, body, client }) => {
    await ack();
    const request = await services.reviews.get(action.value ?? "");
    await client.views.open({
      trigger_id: body.trigger_id,
      view: rejectModal(request.id, request.version, body.channel?.id ?? "", body.message?.ts ?? "", true),
    });
  });

  app.view<ViewSubmitAction>(LABEL_MODAL, async ({ ack, view, body, client }) => {
    const meta = JSON.parse(view.private_metadata) as { requestId: string; channel: string; ts: string };
    const values = view.state.values;
    const label = FeedbackLabel.safeParse(values.label?.value?.selected_option?.value);
    const reason = values.reason?.value?.value ?? undefined;
    if (!label.success) {
      await ack({ response_action: "errors", errors: { label: "Pick what is wrong with the variant." } });
      return;
    }
    if (label.data === "custom" && !reason?.trim()) {
      await ack({ response_action: "errors", errors: { reason: "Describe the problem for a Custom label." } });
      return;
    }
    await ack();
    await recordAnswer(services, client, {
      requestId: meta.requestId,
      user: body.user.id,
      label: label.data,
      reason,
      channel: meta.channel,
      ts: meta.ts,
    });
  });
}
