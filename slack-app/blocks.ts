import type { types } from "@slack/bolt";
import { FEEDBACK_LABELS } from "../core/review/labels.ts";
import type { ReviewRequestView } from "../core/review/types.ts";
import { date, money } from "./render/format.ts";

type KnownBlock = types.KnownBlock;
type ModalView = types.ModalView;
type HomeView = types.HomeView;

export const ACTION_APPROVE = "review_approve";
export const ACTION_REJECT = "review_reject";
export const REJECT_MODAL = "review_reject_modal";
export const ACTION_REACTION_LABEL = "review_reaction_label";
export const ACTION_REACTION_LABEL_OTHER = "review_reaction_label_other";
export const LABEL_MODAL = "review_label_modal";

export interface ReviewCard {
  request: ReviewRequestView;
  assetName?: string | undefined;
  /** The copy the approver is judging, as it appears on the creative. */
  copy?: { headline?: string | undefined; body?: string | undefined; cta?: string | undefined } | undefined;
  slots?: Record<string, unknown> | undefined;
  findings?: string[] | undefined;
  stakes?: Record<string, unknown> | undefined;
  imageUrl?: string | undefined;
}

const mrkdwn = (text: string) => ({ type: "mrkdwn" as const, text });

/** The review request as approvers see it: what, why, slots, rule findings, stakes, and the two buttons. */
export function reviewRequestBlocks(card: ReviewCard): KnownBlock[] {
  const { request } = card;
  const blocks: KnownBlock[] = [
    {
      type: "section",
      text: mrkdwn(
        `*Review requested* — ${request.subjectType} \`${request.subjectId}\`${card.assetName ? ` (“${card.assetName}”)` : ""}\n` +
          `Why a human must look: ${request.reasons.join("; ")}`,
      ),
    },
  ];
  // Full width, so an approver judges the creative itself rather than a thumbnail in the corner.
  if (card.imageUrl) {
    blocks.push({
      type: "image",
      image_url: card.imageUrl,
      alt_text: card.assetName ?? `variant ${request.subjectId}`,
      ...(card.assetName ? { title: { type: "plain_text", text: card.assetName.slice(0, 2000) } } : {}),
    });
  }
  if (card.copy) {
    const lines = [
      card.copy.headline ? `*Headline:* ${card.copy.headline}` : "",
      card.copy.body ? `*Body:* ${card.copy.body}` : "",
      card.copy.cta ? `*Call to action:* ${card.copy.cta}` : "",
    ].filter(Boolean);
    blocks.push({ type: "section", text: mrkdwn(lines.join("\n").slice(0, 2900)) });
  }
  const facts: string[] = [];
  if (card.slots && Object.keys(card.slots).length) {
    facts.push(
      `*Slots:* ${Object.entries(card.slots)
        .map(([k, v]) => `${k}=${String(v)}`)
        .join(", ")}`,
    );
  }
  facts.push(
    card.findings?.length
      ? `*Brand rule findings:* ${card.findings.join("; ")}`
      : card.findings
        ? "*Brand rule findings:* none — the checks passed"
        : "*Brand rule findings:* none recorded",
  );
  if (card.stakes && Object.keys(card.stakes).length) {
    facts.push(
      `*Stakes:* ${Object.entries(card.stakes)
        .map(([k, v]) => `${k}=${String(v)}`)
        .join(", ")}`,
    );
  }
  if (facts.length) blocks.push({ type: "section", text: mrkdwn(facts.join("\n")) });
  blocks.push(
    {
      type: "actions",
      block_id: `review:${request.id}`,
      elements: [
        {
          type: "button",
          action_id: ACTION_APPROVE,
          style: "primary",
          text: { type: "plain_text", text: "Approve" },
          value: request.id,
        },
        {
          type: "button",
          action_id: ACTION_REJECT,
          style: "danger",
          text: { type: "plain_text", text: "Reject" },
          value: request.id,
        },
      ],
    },
    {
      type: "context",
      elements: [mrkdwn(`React ✅ to approve or ❌ to reject. Only listed approvers count. \`${request.id}\``)],
    },
  );
  return blocks;
}

/** Replaces the buttons once decided, so the channel shows who decided and how. */
export function decidedBlocks(
  card: ReviewCard,
  detail?: { label?: string | undefined; reason?: string | undefined },
): KnownBlock[] {
  const { request } = card;
  const verdict = request.status === "approved" ? "✅ Approved" : "❌ Rejected";
  const why = [
    detail?.label ? (FEEDBACK_LABELS[detail.label as keyof typeof FEEDBACK_LABELS] ?? detail.label) : "",
    detail?.reason ?? "",
  ]
    .filter(Boolean)
    .join(" — ");
  return [
    ...reviewRequestBlocks(card).filter((b) => b.type === "section" || b.type === "image"),
    {
      type: "context",
      elements: [
        mrkdwn(
          `${verdict} by <@${request.decidedBy}> on ${date(request.decidedAt)}${why ? ` (${why})` : ""}. \`${request.id}\``,
        ),
      ],
    },
  ];
}

/** The label picker: rejecting from the Reject button, or (`labelOnly`) labelling a rejection made by ❌. */
export function rejectModal(
  requestId: string,
  version: number,
  channel: string,
  ts: string,
  labelOnly = false,
): ModalView {
  return {
    type: "modal",
    callback_id: labelOnly ? LABEL_MODAL : REJECT_MODAL,
    private_metadata: JSON.stringify({ requestId, version, channel, ts }),
    title: { type: "plain_text", text: labelOnly ? "Why was it rejected?" : "Reject variant" },
    submit: { type: "plain_text", text: labelOnly ? "Record" : "Reject" },
    close: { type: "plain_text", text: "Cancel" },
    blocks: [
      {
        type: "input",
        block_id: "label",
        label: { type: "plain_text", text: "What is wrong?" },
        element: {
          type: "static_select",
          action_id: "value",
          options: Object.entries(FEEDBACK_LABELS).map(([value, text]) => ({
            value,
            text: { type: "plain_text", text },
          })),
        },
      },
      {
        type: "input",
        block_id: "reason",
        optional: true,
        label: { type: "plain_text", text: "Details (required for Custom)" },
        element: { type: "plain_text_input", action_id: "value", multiline: true, max_length: 2000 },
      },
    ],
  };
}

/**
 * Sent to the approver's DM after a ❌ reaction: the rejection already counts; this asks what was wrong so the label
 * reaches the learning loop. It stays in the DM until answered (an ephemeral note would vanish on another device).
 */
export function reactionLabelPrompt(request: ReviewRequestView): KnownBlock[] {
  return [
    {
      type: "section",
      text: mrkdwn(
        `You rejected ${request.subjectType} \`${request.subjectId}\` with ❌ — recorded. What was wrong with it? ` +
          "Your answer trains the next round of variants.",
      ),
    },
    {
      type: "actions",
      block_id: `reaction_label:${request.id}`,
      elements: [
        {
          type: "static_select",
          action_id: ACTION_REACTION_LABEL,
          placeholder: { type: "plain_text", text: "Pick a label" },
          options: Object.entries(FEEDBACK_LABELS)
            .filter(([value]) => value !== "custom")
            .map(([value, text]) => ({ value, text: { type: "plain_text" as const, text } })),
        },
        {
          type: "button",
          action_id: ACTION_REACTION_LABEL_OTHER,
          text: { type: "plain_text", text: "Something else…" },
          value: request.id,
        },
      ],
    },
  ];
}

export interface HomeData {
  pending: ReviewRequestView[];
  experiments: { id: string; name: string; status: string; metric: string }[];
  winners: { id: string; name: string; updatedAt: string }[];
  costThisMonthMicros: number;
  month: string;
}

export function homeView(data: HomeData): HomeView {
  const list = (lines: string[], empty: string) => (lines.length ? lines.join("\n") : `_${empty}_`);
  const section = (title: string, body: string): KnownBlock[] => [
    { type: "header", text: { type: "plain_text", text: title } },
    { type: "section", text: mrkdwn(body) },
  ];
  return {
    type: "home",
    blocks: [
      ...section(
        `Pending reviews (${data.pending.length})`,
        list(
          data.pending.map((r) => `• \`${r.id}\` ${r.subjectType} ${r.subjectId} — ${r.reasons.join("; ")}`),
          "Nothing waiting.",
        ),
      ),
      ...section(
        "Live experiments",
        list(
          data.experiments.map((e) => `• \`${e.id}\` ${e.name} (${e.metric}, ${e.status})`),
          "No live experiments.",
        ),
      ),
      ...section(
        "Recent winners",
        list(
          data.winners.map((w) => `• ${w.name} (${date(w.updatedAt)}) \`${w.id}\``),
          "No winners yet.",
        ),
      ),
      ...section(`Cost this month (${data.month})`, money(data.costThisMonthMicros)),
    ],
  };
}
