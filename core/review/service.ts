import pLimit from "p-limit";
import type { Database, Tx } from "../../db/client.ts";
import { getAssetRow, updateAssetRow } from "../../db/repositories/assets.ts";
import { findBrand } from "../../db/repositories/brands.ts";
import { eventsFor, recordEvent } from "../../db/repositories/events.ts";
import { insertFeedback } from "../../db/repositories/feedback.ts";
import {
  casDecideReview,
  findReviewByMessage,
  getReviewRequest,
  hasBrandRole,
  hasRoleInAnyBrand,
  insertReviewDecision,
  insertReviewRequest,
  labelUnlabelledDecision,
  membersWithRole,
  queryReviewRequests,
  type ReviewRequestRow,
  setReviewMessage,
  unpostedReviewRequests,
} from "../../db/repositories/reviews.ts";
import { type Clock, isoNow } from "../clock.ts";
import { invalidInput, notFound, WinnowError } from "../errors.ts";
import { newId } from "../ids.ts";
import type { Logger } from "../log.ts";
import { decodeCursor, encodeCursor, type Page } from "../pagination.ts";
import { type BrandScope, restrictTo } from "../people/caller.ts";
import { FEEDBACK_LABELS, type FeedbackLabelKey } from "./labels.ts";
import { needsReview, policyFromSettings, type ReviewPolicy, type ReviewStakes, type ReviewVerdict } from "./policy.ts";
import type { CreateReviewInput, DecideInput, DecideOutcome, DecisionVia, ReviewRequestView } from "./types.ts";

export interface ReviewDeps {
  database: Database;
  clock: Clock;
  logger: Logger;
}

/** Called after a commit; Slack posts the request / updates the message. A failing listener never undoes the change. */
export type ReviewListener = (request: ReviewRequestView, context: Record<string, unknown>) => Promise<void>;

export interface FeedbackInput {
  assetId?: string | null | undefined;
  tag?: string | null | undefined;
  modelVersion?: string | null | undefined;
  label: FeedbackLabelKey;
  comment?: string | null | undefined;
  via: string;
  userRef: string;
}

/** Statuses of a generated variant that review moves forward; other statuses are left alone. */
const REVIEWABLE = new Set(["generated", "tagged", "checked", "in_review"]);

/**
 * The shared review service: Slack buttons and reactions, MCP tools and promote_winners all go through it.
 * Approver authorization (brand_members role "approver"), compare-and-set on review_requests.version, one
 * transaction and one audit event per change.
 */
export class ReviewService {
  private readonly created: ReviewListener[] = [];
  private readonly decided: ReviewListener[] = [];
  /**
   * The local libSQL driver is synchronous: a second write transaction opened while one is in flight busy-waits on
   * the event loop and deadlocks both. Writes from this process queue here; the version check still settles races
   * with other processes.
   */
  private readonly writes = pLimit(1);

  constructor(private readonly deps: ReviewDeps) {}

  /** Returns a function that removes the listener. */
  onCreated(listener: ReviewListener): () => void {
    this.created.push(listener);
    return () => this.created.splice(this.created.indexOf(listener), 1);
  }

  onDecided(listener: ReviewListener): () => void {
    this.decided.push(listener);
    return () => this.decided.splice(this.decided.indexOf(listener), 1);
  }

  /** The brand's policy applied to these stakes (see core/review/policy.ts for the defaults). */
  async evaluate(brandRef: string, stakes: ReviewStakes): Promise<ReviewVerdict & { policy: ReviewPolicy }> {
    const brand = await findBrand(this.deps.database.db, brandRef);
    if (!brand) throw notFound("Brand", brandRef);
    const policy = policyFromSettings(brand.settings);
    return { ...needsReview(stakes, policy), policy };
  }

  /** Opens a pending request. Pass `tx` to open it inside the caller's own transaction (listeners then do not run). */
  async createReviewRequest(input: CreateReviewInput, tx?: Tx): Promise<ReviewRequestView> {
    if (!input.reasons.length) {
      throw invalidInput("reasons", "is empty", "Say why a human must look, e.g. 'spend $800 ≥ threshold $500'.");
    }
    const run = async (t: Tx) => {
      const brand = await findBrand(t, input.brandId);
      if (!brand) throw notFound("Brand", input.brandId, "Pass a brand id (brd_...) or slug.");
      if (input.assetId && !(await getAssetRow(t, input.assetId))) throw notFound("Asset", input.assetId);
      const at = isoNow(this.deps.clock);
      const id = newId("review");
      await insertReviewRequest(t, {
        id,
        brandId: brand.id,
        assetId: input.assetId ?? null,
        subjectType: input.subjectType,
        subjectId: input.subjectId,
        reasons: input.reasons,
        status: "pending",
        version: 1,
        requestedBy: input.requestedBy,
        createdAt: at,
      });
      if (input.subjectType === "asset" && input.assetId)
        await this.moveAsset(t, input.assetId, "in_review", at, input.requestedBy);
      await recordEvent(t, {
        entityType: "review_request",
        entityId: id,
        action: "review.requested",
        actor: input.requestedBy,
        at,
        data: { subjectType: input.subjectType, subjectId: input.subjectId, reasons: input.reasons, ...input.context },
      });
      return id;
    };
    const id = tx ? await run(tx) : await this.writes(() => this.deps.database.db.transaction(run));
    const request = await this.get(id, tx);
    if (!tx) await this.notify(this.created, request, input.context ?? {});
    return request;
  }

  async get(id: string, tx?: Tx): Promise<ReviewRequestView> {
    const row = await getReviewRequest(tx ?? this.deps.database.db, id);
    if (!row) throw notFound("Review request", id, "List pending requests with list_reviews.");
    return toView(row);
  }

  async findByMessage(channel: string, ts: string): Promise<ReviewRequestView | undefined> {
    const row = await findReviewByMessage(this.deps.database.db, channel, ts);
    return row ? toView(row) : undefined;
  }

  async isApprover(brandId: string | null, userRef: string): Promise<boolean> {
    if (!brandId) return false;
    return hasBrandRole(this.deps.database.db, brandId, userRef, "approver");
  }

  /**
   * The approver check every decision passes (Slack buttons and reactions, decide_review, the CLI, the dashboard): an
   * approver of the request's brand by any of the person's handles, or a workspace admin.
   */
  private async mayDecide(brandId: string | null, input: DecideInput): Promise<boolean> {
    if (input.decider?.isAdmin) return true;
    const handles = input.decider?.handles.length ? input.decider.handles : [input.userRef];
    for (const handle of handles) if (await this.isApprover(brandId, handle)) return true;
    return false;
  }

  /** An approver of some brand. */
  async isApproverAnywhere(userRef: string): Promise<boolean> {
    return hasRoleInAnyBrand(this.deps.database.db, userRef, "approver");
  }

  /**
   * May confirm a change another person asked for (a destructive call waiting in Slack): an approver of every brand it
   * touches (ids or slugs); of some brand when it touches none (the tagger, prompt labels). An unknown brand refuses.
   */
  async mayConfirmFor(userRef: string, brandRefs: readonly string[]): Promise<boolean> {
    if (brandRefs.length === 0) return this.isApproverAnywhere(userRef);
    for (const ref of brandRefs) {
      const brand = await findBrand(this.deps.database.db, ref);
      if (!brand || !(await this.isApprover(brand.id, userRef))) return false;
    }
    return true;
  }

  /** The brand's approvers (user refs), e.g. to refresh their App Home. */
  async approversOf(brandId: string | null | undefined): Promise<string[]> {
    return brandId ? membersWithRole(this.deps.database.db, brandId, "approver") : [];
  }

  /** Where the brand's review requests are posted (brand settings.reviewChannel), if anywhere. */
  async reviewChannelOf(brandId: string | null | undefined): Promise<string | undefined> {
    const brand = brandId ? await findBrand(this.deps.database.db, brandId) : undefined;
    const channel = brand?.settings?.reviewChannel;
    return typeof channel === "string" && channel ? channel : undefined;
  }

  /**
   * Pending requests never posted (created before Slack was configured, or while it was down), oldest first, each
   * with the facts recorded when it was opened (slots, findings, stakes) so the late card says what an early one would.
   */
  async unposted(limit = 50): Promise<{ request: ReviewRequestView; context: Record<string, unknown> }[]> {
    const { db } = this.deps.database;
    const rows = await unpostedReviewRequests(db, limit);
    const out: { request: ReviewRequestView; context: Record<string, unknown> }[] = [];
    for (const row of rows) {
      const created = (await eventsFor(db, row.id, 20)).find((e) => e.action === "review.requested");
      const {
        subjectType: _s,
        subjectId: _i,
        reasons: _r,
        ...context
      } = (created?.data ?? {}) as Record<string, unknown>;
      out.push({ request: toView(row), context });
    }
    return out;
  }

  /** Remembers where the request was posted, so reactions on that message find it. */
  async attachMessage(id: string, channel: string, ts: string): Promise<void> {
    await this.writes(() => setReviewMessage(this.deps.database.db, id, channel, ts));
  }

  /**
   * Records an approve/reject. Only the brand's approvers may decide (forbidden otherwise). If the request was
   * decided or changed since `expectedVersion`, nothing is written and `applied: false` comes back.
   */
  async decide(input: DecideInput): Promise<DecideOutcome> {
    const { db } = this.deps.database;
    const current = await this.get(input.requestId);
    if (!(await this.mayDecide(current.brandId, input))) {
      throw new WinnowError(
        "forbidden",
        `${input.userRef} is not an approver for this brand, so the decision was not recorded. Ask a brand admin to add them as an approver (add_brand_member, or \`winnow member add <brand> approver\`).`,
        { userRef: input.userRef },
      );
    }
    if (input.label === "custom" && !input.reason?.trim()) {
      throw invalidInput("reason", "is required with the custom label", "Describe the problem in a few words.");
    }
    const at = isoNow(this.deps.clock);
    const status = input.decision === "approve" ? "approved" : "rejected";
    const decisionId = newId("decision");
    const applied = await this.writes(() =>
      db.transaction(async (tx) => {
        const ok = await casDecideReview(tx, input.requestId, input.expectedVersion, {
          status,
          decidedBy: input.userRef,
          decidedAt: at,
        });
        if (!ok) return false;
        await insertReviewDecision(tx, {
          id: decisionId,
          reviewRequestId: input.requestId,
          decision: input.decision,
          decidedBy: input.userRef,
          label: input.label ?? null,
          reason: input.reason ?? null,
          via: input.via,
          createdAt: at,
        });
        if (current.subjectType === "asset" && current.assetId) {
          await this.moveAsset(tx, current.assetId, status, at, input.userRef, input.reason ?? labelName(input.label));
        }
        if (input.label && current.assetId) {
          await insertFeedback(tx, {
            id: newId("feedback"),
            assetId: current.assetId,
            label: input.label,
            comment: input.reason ?? null,
            via: input.via,
            userRef: input.userRef,
            createdAt: at,
          });
        }
        await recordEvent(tx, {
          entityType: "review_request",
          entityId: input.requestId,
          action: `review.${status}`,
          actor: input.userRef,
          at,
          data: { decisionId, via: input.via, label: input.label ?? null, reason: input.reason ?? null },
        });
        return true;
      }),
    );
    const request = await this.get(input.requestId);
    if (!applied) return { applied: false, request, why: "already_decided" };
    await this.notify(this.decided, request, { label: input.label, reason: input.reason, via: input.via });
    return { applied: true, request, decisionId };
  }

  /**
   * Gives a rejection made without a label (a ❌ reaction) its label afterwards: the decision row gets it, the asset
   * gets a feedback row for the learning loop, one audit event, one transaction. Only the approver who rejected can
   * label, and only once; the message is refreshed through the decided listeners.
   */
  async labelRejection(input: {
    requestId: string;
    userRef: string;
    label: FeedbackLabelKey;
    reason?: string | undefined;
    via: DecisionVia;
  }): Promise<{ applied: boolean; request: ReviewRequestView }> {
    if (input.label === "custom" && !input.reason?.trim()) {
      throw invalidInput("reason", "is required with the custom label", "Describe the problem in a few words.");
    }
    const current = await this.get(input.requestId);
    if (current.status !== "rejected" || current.decidedBy !== input.userRef) {
      throw new WinnowError(
        "forbidden",
        `Only the approver who rejected ${current.id} can label that rejection (it is ${current.status}${current.decidedBy ? ` by ${current.decidedBy}` : ""}).`,
      );
    }
    const at = isoNow(this.deps.clock);
    const reason = input.reason?.trim() || null;
    const applied = await this.writes(() =>
      this.deps.database.db.transaction(async (tx) => {
        const ok = await labelUnlabelledDecision(tx, input.requestId, input.userRef, { label: input.label, reason });
        if (!ok) return false;
        if (current.assetId) {
          const feedback = { id: newId("feedback"), assetId: current.assetId, label: input.label, comment: reason };
          await insertFeedback(tx, { ...feedback, via: input.via, userRef: input.userRef, createdAt: at });
          if (current.subjectType === "asset") {
            await updateAssetRow(tx, current.assetId, { rejectionReason: reason ?? FEEDBACK_LABELS[input.label] });
          }
        }
        await recordEvent(tx, {
          entityType: "review_request",
          entityId: input.requestId,
          action: "review.labelled",
          actor: input.userRef,
          at,
          data: { label: input.label, reason, via: input.via },
        });
        return true;
      }),
    );
    if (applied) await this.notify(this.decided, current, { label: input.label, reason: reason ?? undefined });
    return { applied, request: current };
  }

  /**
   * Review requests newest first. `brand` (slug or id) narrows to one brand; `visible` (the caller's BrandScope) keeps
   * out requests of brands the caller may not see.
   */
  async list(
    filter: {
      status?: string | undefined;
      brandId?: string | undefined;
      brand?: string | undefined;
      visible?: BrandScope | undefined;
    },
    page: { cursor?: string | undefined; limit: number },
  ): Promise<Page<ReviewRequestView>> {
    const after = page.cursor ? decodeCursor(page.cursor) : undefined;
    const { db } = this.deps.database;
    let brandId = filter.brandId;
    if (filter.brand) {
      brandId = (await findBrand(db, filter.brand))?.id;
      if (!brandId) throw notFound("Brand", filter.brand, "Pass a brand slug (e.g. kestrel) or id.");
    }
    const rows = await queryReviewRequests(db, {
      status: filter.status,
      brandId,
      visible: filter.visible ? restrictTo(filter.visible) : undefined,
      ...(after ? { after } : {}),
      limit: page.limit + 1,
    });
    const items = rows.slice(0, page.limit).map(toView);
    const last = items.at(-1);
    return {
      items,
      nextCursor: rows.length > page.limit && last ? encodeCursor({ createdAt: last.createdAt, id: last.id }) : null,
    };
  }

  /** Stores a feedback label against an asset / tag / model version, with its audit event, in one transaction. */
  async recordFeedback(input: FeedbackInput): Promise<{ id: string }> {
    if (!input.assetId && !input.tag && !input.modelVersion) {
      throw invalidInput("assetId", "is missing (and so are tag and modelVersion)", "Say what the feedback is about.");
    }
    if (input.label === "custom" && !input.comment?.trim()) {
      throw invalidInput("comment", "is required with the custom label", "Describe the problem in a few words.");
    }
    const { db } = this.deps.database;
    if (input.assetId && !(await getAssetRow(db, input.assetId))) throw notFound("Asset", input.assetId);
    const at = isoNow(this.deps.clock);
    const id = newId("feedback");
    await this.writes(() =>
      db.transaction(async (tx) => {
        await insertFeedback(tx, {
          id,
          assetId: input.assetId ?? null,
          tag: input.tag ?? null,
          modelVersion: input.modelVersion ?? null,
          label: input.label,
          comment: input.comment ?? null,
          via: input.via,
          userRef: input.userRef,
          createdAt: at,
        });
        await recordEvent(tx, {
          entityType: input.assetId ? "asset" : "feedback",
          entityId: input.assetId ?? id,
          action: "feedback.recorded",
          actor: input.userRef,
          at,
          data: {
            feedbackId: id,
            label: input.label,
            tag: input.tag ?? null,
            modelVersion: input.modelVersion ?? null,
          },
        });
      }),
    );
    return { id };
  }

  /** Moves the asset under review; its event names who asked for the review or who decided it. */
  private async moveAsset(tx: Tx, assetId: string, to: string, at: string, actor: string, reason?: string) {
    const asset = await getAssetRow(tx, assetId);
    if (!asset || !REVIEWABLE.has(asset.status)) return;
    const patch: Record<string, unknown> = { status: to, updatedAt: at };
    if (to !== "in_review") patch.lastReviewedAt = at;
    if (to === "rejected") patch.rejectionReason = reason ?? "rejected in review";
    await updateAssetRow(tx, assetId, patch as never);
    await recordEvent(tx, {
      entityType: "asset",
      entityId: assetId,
      action: `asset.status.${to}`,
      actor,
      at,
      data: { from: asset.status },
    });
  }

  private async notify(listeners: ReviewListener[], request: ReviewRequestView, context: Record<string, unknown>) {
    for (const listener of listeners) {
      try {
        await listener(request, context);
      } catch (error) {
        this.deps.logger.warn("review listener failed", { request: request.id, error: String(error) });
      }
    }
  }
}

const labelName = (label: FeedbackLabelKey | undefined) => (label ? FEEDBACK_LABELS[label] : undefined);

export function toView(row: ReviewRequestRow): ReviewRequestView {
  return {
    id: row.id,
    brandId: row.brandId,
    assetId: row.assetId,
    subjectType: row.subjectType,
    subjectId: row.subjectId,
    reasons: row.reasons,
    status: row.status as ReviewRequestView["status"],
    version: row.version,
    channel: row.channel,
    messageTs: row.messageTs,
    requestedBy: row.requestedBy,
    decidedBy: row.decidedBy,
    decidedAt: row.decidedAt,
    createdAt: row.createdAt,
  };
}

export { needsReview, policyFromSettings };
