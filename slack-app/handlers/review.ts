import type { App, BlockAction, ButtonAction, ViewSubmitAction } from "@slack/bolt";
import type { WebClient } from "@slack/web-api";
import { handlesOf } from "../../core/people/caller.ts";
import { publicError } from "../../core/public-error.ts";
import { FeedbackLabel, type FeedbackLabelKey } from "../../core/review/labels.ts";
import type { DecisionVia, ReviewDecisionKind, ReviewRequestView } from "../../core/review/types.ts";
import type { Services } from "../../server/services.ts";
import {
  ACTION_APPROVE,
  ACTION_REJECT,
  decidedBlocks,
  REJECT_MODAL,
  type ReviewCard,
  rejectModal,
  reviewRequestBlocks,
  reviewSubjectPlain,
} from "../blocks.ts";
import { showAssets, thumbnailUrlFor } from "../images.ts";
import { withoutInternalIds } from "../render/format.ts";
import { person } from "../render/kit.ts";
import { namedCard } from "../review-card.ts";
import { askForRejectionLabel, registerReactionLabel } from "./reaction-label.ts";

const APPROVE_REACTIONS = new Set(["white_check_mark", "heavy_check_mark"]);
const REJECT_REACTIONS = new Set(["x"]);

async function cardFor(
  services: Services,
  request: ReviewRequestView,
  context: Record<string, unknown> = {},
): Promise<ReviewCard> {
  const named = await namedCard(services, request);
  const asset = request.assetId ? await services.library.get(request.assetId).catch(() => undefined) : undefined;
  const meta = (asset?.metadata ?? {}) as Record<string, unknown>;
  const recorded = (context.findings ?? meta.findings ?? meta.brandWarnings) as string[] | undefined;
  const findings =
    (request.assetId && meta.copy ? await liveFindings(services, request.assetId) : undefined) ?? recorded;
  const copy = (meta.copy ?? {}) as Record<string, unknown>;
  const text = (k: string) => (typeof copy[k] === "string" && copy[k] ? (copy[k] as string) : undefined);
  return {
    ...named,
    copy:
      text("headline") || text("body") || text("cta")
        ? { headline: text("headline"), body: text("body"), cta: text("cta") }
        : undefined,
    slots: (context.slots ?? meta.slots) as Record<string, unknown> | undefined,
    findings: Array.isArray(findings) ? findings.map(String) : undefined,
    stakes: context.stakes as Record<string, unknown> | undefined,
  };
}

/**
 * The brand rules applied to the variant now (the rule set may have changed since it was generated), as the approver
 * should judge it; undefined when it cannot be checked (then the findings recorded at generation are shown).
 */
async function liveFindings(services: Services, assetId: string): Promise<string[] | undefined> {
  try {
    const { checker } = services.brand;
    const candidate = await checker.candidateForAsset(assetId);
    const outcome = await checker.checkCandidate(candidate, await checker.pinRuleSet(candidate.brandId));
    return outcome.violations.map((v) => `[${v.severity}] ${v.message}${v.fix ? ` — fix: ${v.fix}` : ""}`);
  } catch (error) {
    services.logger.debug("live brand check for a review card failed", { assetId, error: String(error) });
    return undefined;
  }
}

/** A signed, expiring thumbnail link when Slack can reach this server (WINNOW_PUBLIC_URL) and a key exists. */
function reviewImageUrl(services: Services, assetId: string | null): string | undefined {
  return assetId ? thumbnailUrlFor(services)(assetId) : undefined;
}

/** Requests being posted by this process right now, so the sweep and the create listener never post one twice. */
const posting = new WeakMap<Services, Set<string>>();

/** Posts one review request card to its brand's review channel and records the message on the request. */
async function postReview(
  services: Services,
  client: WebClient,
  request: ReviewRequestView,
  context: Record<string, unknown>,
): Promise<boolean> {
  const inFlight = posting.get(services) ?? new Set<string>();
  posting.set(services, inFlight);
  if (inFlight.has(request.id)) return false;
  inFlight.add(request.id);
  try {
    const channel = await services.reviews.reviewChannelOf(request.brandId);
    if (!channel) {
      services.logger.warn("review request not posted: the brand has no settings.reviewChannel", {
        request: request.id,
      });
      return false;
    }
    const card = await cardFor(services, request, context);
    card.imageUrl = reviewImageUrl(services, request.assetId);
    const posted = await client.chat.postMessage({
      channel,
      text: `Review requested: ${reviewSubjectPlain(card)} — ${withoutInternalIds(request.reasons.join("; "))}`,
      blocks: reviewRequestBlocks(card),
    });
    if (!posted.channel || !posted.ts) return false;
    await services.reviews.attachMessage(request.id, posted.channel, posted.ts);
    // Without a public URL Slack cannot fetch the image, so it goes up as a file in the request's thread.
    if (request.assetId && !card.imageUrl) {
      await showAssets(services, client, posted.channel, posted.ts, [
        { assetId: request.assetId, title: card.assetName ?? "the variant under review" },
      ]);
    }
    return true;
  } finally {
    inFlight.delete(request.id);
  }
}

/**
 * Posts pending requests that never reached Slack (opened before Slack was configured, or while it was down), once
 * each: a posted request has its message recorded and is not picked up again. Failures are logged; the next sweep
 * retries.
 */
export async function postPendingReviews(services: Services, client: WebClient): Promise<void> {
  try {
    for (const { request, context } of await services.reviews.unposted()) {
      if (!(await services.reviews.reviewChannelOf(request.brandId))) continue;
      await postReview(services, client, request, context).catch((error: unknown) =>
        services.logger.warn("pending review request not posted", { request: request.id, error: String(error) }),
      );
    }
  } catch (error) {
    services.logger.warn("pending review sweep failed", { error: String(error) });
  }
}

/** Posts new review requests to the brand's review channel and keeps the message in step with decisions. */
export function registerReviewPosting(services: Services, client: WebClient): () => void {
  const offCreated = services.reviews.onCreated(async (request, context) => {
    await postReview(services, client, request, context);
  });
  const offDecided = services.reviews.onDecided(async (request, context) => {
    if (!request.channel || !request.messageTs) return;
    const card = await cardFor(services, request);
    card.imageUrl = reviewImageUrl(services, request.assetId);
    const verdict = request.status === "approved" ? "Approved" : "Rejected";
    await client.chat.update({
      channel: request.channel,
      ts: request.messageTs,
      text: `${verdict} by ${person(request.decidedBy)}: ${reviewSubjectPlain(card)}`,
      blocks: decidedBlocks(card, context as { label?: string; reason?: string }),
    });
  });
  return () => {
    offCreated();
    offDecided();
  };
}

interface DecisionAttempt {
  request: ReviewRequestView;
  decision: ReviewDecisionKind;
  user: string;
  channel: string;
  via: DecisionVia;
  label?: FeedbackLabelKey | undefined;
  reason?: string | undefined;
}

/**
 * Runs a decision through the shared service; every refusal becomes an ephemeral note to the person who tried.
 * Returns true when this attempt is the decision that counted.
 */
async function attemptDecision(services: Services, client: WebClient, a: DecisionAttempt): Promise<boolean> {
  const note = (text: string) =>
    client.chat.postEphemeral({ channel: a.channel, user: a.user, text }).catch(() => undefined);
  if (a.request.status !== "pending") {
    await note(`This request was already ${a.request.status} by <@${a.request.decidedBy}>; nothing changed.`);
    return false;
  }
  // The Slack user as a person (any of their handles may hold the approver role; an admin may decide), checked at the
  // one authorization point against decide_review's policy entry and written to the audit log like any tool call.
  // Buttons and reactions keep their own `via` and feedback label, which the decide_review tool does not take.
  const person = await services.people.slackCaller(a.user);
  let brandIds: string[] = [];
  const audit = (outcome: "ok" | "refused" | "error", summary: string, errorCode?: string) =>
    services.audit
      .record({ caller: person, tool: "decide_review", brandIds, outcome, errorCode, readOnly: false, summary })
      .catch((error) => services.logger.warn("could not write the audit row", { error: String(error) }));
  try {
    ({ brandIds } = await services.authorizer.authorize(person, "decide_review", { reviewId: a.request.id }));
    const outcome = await services.reviews.decide({
      requestId: a.request.id,
      decision: a.decision,
      userRef: a.user,
      label: a.label,
      reason: a.reason,
      via: a.via,
      expectedVersion: a.request.version,
      decider: { handles: handlesOf(person), isAdmin: person.isAdmin },
    });
    if (!outcome.applied) {
      await note(
        `Someone decided first: ${outcome.request.status} by <@${outcome.request.decidedBy}>. Your ${a.decision} was not applied.`,
      );
    } else await audit("ok", `${a.decision === "approve" ? "Approved" : "Rejected"} ${a.request.id} (${a.via})`);
    return outcome.applied;
  } catch (error) {
    const err = publicError(error, services.logger, { surface: "slack", action: "review_decision" });
    await audit(err.code === "forbidden" ? "refused" : "error", err.message.split("\n")[0]!.slice(0, 300), err.code);
    await note(
      err.code === "forbidden"
        ? "You are not an approver for this brand, so your decision was not counted."
        : err.message,
    );
    return false;
  }
}

export function registerReviewActions(app: App, services: Services) {
  app.action<BlockAction<ButtonAction>>(ACTION_APPROVE, async ({ ack, action, body, client }) => {
    await ack();
    const request = await services.reviews.get(action.value ?? "");
    await attemptDecision(services, client, {
      request,
      decision: "approve",
      user: body.user.id,
      channel: body.channel?.id ?? request.channel ?? "",
      via: "slack_button",
    });
  });

  app.action<BlockAction<ButtonAction>>(ACTION_REJECT, async ({ ack, action, body, client }) => {
    await ack();
    const request = await services.reviews.get(action.value ?? "");
    const channel = body.channel?.id ?? request.channel ?? "";
    if (!(await services.reviews.isApprover(request.brandId, body.user.id))) {
      await client.chat.postEphemeral({ channel, user: body.user.id, text: "You are not an approver for this brand." });
      return;
    }
    await client.views.open({
      trigger_id: body.trigger_id,
      view: rejectModal(request.id, request.version, channel, request.messageTs ?? ""),
    });
  });

  app.view<ViewSubmitAction>(REJECT_MODAL, async ({ ack, view, body, client }) => {
    const meta = JSON.parse(view.private_metadata) as { requestId: string; channel: string };
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
    const request = await services.reviews.get(meta.requestId);
    await attemptDecision(services, client, {
      request,
      decision: "reject",
      user: body.user.id,
      channel: meta.channel,
      via: "slack_modal",
      label: label.data,
      reason,
    });
  });

  app.event("reaction_added", async ({ event, client }) => {
    const decision = APPROVE_REACTIONS.has(event.reaction)
      ? "approve"
      : REJECT_REACTIONS.has(event.reaction)
        ? "reject"
        : undefined;
    if (!decision || event.item.type !== "message") return;
    const request = await services.reviews.findByMessage(event.item.channel, event.item.ts);
    if (!request) return;
    // ❌ rejects at once, like ✅ approves: the gesture is the decision. A reaction carries no label, so the
    // approver is then asked for one in their DM (see reaction-label.ts).
    const applied = await attemptDecision(services, client, {
      request,
      decision,
      user: event.user,
      channel: event.item.channel,
      via: "slack_reaction",
      ...(decision === "reject" ? { label: undefined, reason: "rejected by reaction" } : {}),
    });
    if (applied && decision === "reject") await askForRejectionLabel(services, client, event.user, request);
  });
  registerReactionLabel(app, services);
}
