import type { types } from "@slack/bolt";
import { FEEDBACK_LABELS } from "../core/review/labels.ts";
import type { ReviewRequestView } from "../core/review/types.ts";
import { clip, date, esc, money } from "./render/format.ts";
import { link, named, person, prose, strong, withRefs, words } from "./render/kit.ts";
import type { Refs } from "./render/refs.ts";

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
  /** Names and dashboard links for the subject and what the reasons mention; the card never shows an id. */
  refs?: Refs | undefined;
}

const cardContext = (card: ReviewCard) => withRefs({ refs: card.refs, thumbnailUrl: () => undefined });

/** What is under review, by name and linked: "asset *<…/assets/ast_…|Dawn trail>*", "promotion of *Spring hooks*". */
export function reviewSubject(card: ReviewCard): string {
  const { request } = card;
  const kind = words(request.subjectType);
  const c = cardContext(card);
  // The asset is what a person looks at (a promotion's subject is an arm, which has no page of its own).
  const id = request.assetId ?? (ID_LIKE.test(request.subjectId) ? request.subjectId : undefined);
  const label = card.assetName ?? (ID_LIKE.test(request.subjectId) ? "" : request.subjectId);
  if (!id) return `${kind} *${esc(label || kind)}*`;
  return `${kind} ${strong(c, id, label || `this ${kind}`)}`;
}

/** The same in plain words, for notification text: "asset “Dawn trail”". */
export function reviewSubjectPlain(card: ReviewCard): string {
  const { request } = card;
  const name =
    card.assetName ?? card.refs?.name(request.subjectId) ?? (ID_LIKE.test(request.subjectId) ? "" : request.subjectId);
  return name ? `${words(request.subjectType)} “${name}”` : words(request.subjectType);
}

const ID_LIKE = /^[a-z]{3}_[0-9A-Za-z]{6,}$/;

/** A slot or stake value in words: money from micros, lists joined, nested objects as "key value" pairs. */
function factValue(key: string, value: unknown): string {
  if (/micros$/i.test(key) && typeof value === "number") return money(value);
  if (Array.isArray(value)) return value.map((v) => factValue("", v)).join(", ");
  if (value && typeof value === "object")
    return Object.entries(value)
      .map(([k, v]) => `${words(k)} ${factValue(k, v)}`)
      .join(", ");
  return esc(String(value));
}

const factKey = (key: string) =>
  words(key.replace(/Micros$/, ""))
    .replace(/([a-z])([A-Z])/g, "$1 $2")
    .toLowerCase();

/** The link to the dashboard's review queue, when the dashboard has an address. */
const queueLink = (card: ReviewCard) => {
  const url = card.refs?.url(card.request.id);
  return url ? ` ${link(url, "Review queue")}` : "";
};

const mrkdwn = (text: string) => ({ type: "mrkdwn" as const, text });

/** The review request as approvers see it: what, why, slots, rule findings, stakes, and the two buttons. */
export function reviewRequestBlocks(card: ReviewCard): KnownBlock[] {
  const { request } = card;
  const blocks: KnownBlock[] = [
    {
      type: "section",
      text: mrkdwn(
        clip(
          `*Review requested* — ${reviewSubject(card)}\n` +
            `Why a human must look: ${request.reasons.map((r) => prose(cardContext(card), r)).join("; ")}`,
        ),
      ),
    },
  ];
  // Full width, so an approver judges the creative itself rather than a thumbnail in the corner.
  if (card.imageUrl) {
    blocks.push({
      type: "image",
      image_url: card.imageUrl,
      alt_text: card.assetName ?? `the ${words(request.subjectType)} under review`,
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
        .map(([k, v]) => `${esc(k)}: ${factValue(k, v)}`)
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
        .map(([k, v]) => `${factKey(k)} ${factValue(k, v)}`)
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
      elements: [mrkdwn(`React ✅ to approve or ❌ to reject. Only listed approvers count.${queueLink(card)}`)],
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
          `${verdict} by ${person(request.decidedBy)} on ${date(request.decidedAt)}${why ? ` (${esc(why)})` : ""}.${queueLink(card)}`,
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
export function reactionLabelPrompt(card: ReviewCard): KnownBlock[] {
  const { request } = card;
  return [
    {
      type: "section",
      text: mrkdwn(
        `You rejected ${reviewSubject(card)} with ❌ — recorded. What was wrong with it? ` +
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
  /** Set for someone who is not a member: who can add them. Their Home shows nothing else. */
  notMember?: string | undefined;
  pending: ReviewRequestView[];
  experiments: { id: string; name: string; status: string; metric: string }[];
  winners: { id: string; name: string; updatedAt: string }[];
  costThisMonthMicros: number;
  month: string;
  /** Names and dashboard links for what the Home mentions; ids are never shown. */
  refs: Refs;
}

/** App Home: what waits for this person, by name and linked to the dashboard, never by internal id. */
export function homeView(data: HomeData): HomeView {
  const list = (lines: string[], empty: string) => (lines.length ? lines.join("\n") : `_${empty}_`);
  const section = (title: string, body: string): KnownBlock[] => [
    { type: "header", text: { type: "plain_text", text: title } },
    { type: "section", text: mrkdwn(clip(body)) },
  ];
  if (data.notMember) return { type: "home", blocks: [{ type: "section", text: mrkdwn(clip(data.notMember)) }] };
  const c = withRefs({ refs: data.refs, thumbnailUrl: () => undefined });
  const queue = data.refs.url(data.pending[0]?.id ?? "");
  return {
    type: "home",
    blocks: [
      ...section(
        `Pending reviews (${data.pending.length})`,
        list(
          data.pending.map(
            (r) =>
              `• ${strong(c, r.assetId ?? r.subjectId, words(r.subjectType))} (${words(r.subjectType)}) — ${r.reasons.map((reason) => prose(c, reason)).join("; ")}`,
          ),
          "Nothing waiting.",
        ).concat(queue ? `\n${link(queue, "Open the review queue")}` : ""),
      ),
      ...section(
        "Live experiments",
        list(
          data.experiments.map((e) => `• ${strong(c, e.id, e.name)} (${e.metric}, ${words(e.status)})`),
          "No live experiments.",
        ),
      ),
      ...section(
        "Recent winners",
        list(
          data.winners.map((w) => `• ${named(c, w.id, w.name)} (${date(w.updatedAt)})`),
          "No winners yet.",
        ),
      ),
      ...section(`Cost this month (${data.month})`, money(data.costThisMonthMicros)),
    ],
  };
}
