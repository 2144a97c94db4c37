import type { Database } from "../../db/client.ts";
import { getAssetRow, updateAssetRow } from "../../db/repositories/assets.ts";
import { requireBrand } from "../../db/repositories/brands.ts";
import { recordEvent } from "../../db/repositories/events.ts";
import { reviewQueue } from "../../db/repositories/staleness.ts";
import { type Clock, isoNow } from "../clock.ts";
import { invalidInput, notFound, WinnowError } from "../errors.ts";
import { decodeCursor, encodeCursor, type Page } from "../pagination.ts";

export const REVIEW_CATEGORIES = ["stale", "expiring", "never_reviewed", "review_overdue"] as const;
export type ReviewCategory = (typeof REVIEW_CATEGORIES)[number];

export interface ReviewItem {
  id: string;
  name: string;
  kind: string;
  status: string;
  brandId: string | null;
  owner: string | null;
  rightsExpiresAt: string | null;
  lastReviewedAt: string | null;
  reasons: { category: ReviewCategory; detail: string }[];
}

export interface ReviewListInput {
  brand?: string | undefined;
  /** Only assets of the brands a caller may see (their BrandScope, restricted); undefined: every brand. */
  visible?: readonly string[] | undefined;
  categories?: ReviewCategory[] | undefined;
  expiringWithinDays?: number | undefined;
  reviewOlderThanDays?: number | undefined;
  cursor?: string | undefined;
  limit?: number | undefined;
}

export const REVIEWED_STATUSES = ["ready", "approved", "checked", "rejected", "archived", "discarded"] as const;
export type ReviewedStatus = (typeof REVIEWED_STATUSES)[number];

const DAY_MS = 86_400_000;

/** The review queue and the act of reviewing: what needs a human look, and recording that it got one. */
export class LibraryReview {
  constructor(private readonly deps: { database: Database; clock: Clock }) {}

  async list(input: ReviewListInput): Promise<Page<ReviewItem>> {
    const { db } = this.deps.database;
    const now = this.deps.clock.now();
    const expiringDays = input.expiringWithinDays ?? 30;
    const overdueDays = input.reviewOlderThanDays ?? 180;
    const expiringBefore = new Date(now.getTime() + expiringDays * DAY_MS).toISOString();
    const reviewedBefore = new Date(now.getTime() - overdueDays * DAY_MS).toISOString();
    const limit = input.limit ?? 25;
    const categories = input.categories?.length ? input.categories : [...REVIEW_CATEGORIES];
    const brandId = input.brand ? (await requireBrand(db, input.brand)).id : undefined;
    const rows = await reviewQueue(db, {
      brandId,
      visible: input.visible,
      now: now.toISOString(),
      expiringBefore,
      reviewedBefore,
      categories,
      after: input.cursor ? decodeCursor(input.cursor) : undefined,
      limit: limit + 1,
    });
    const page = rows.slice(0, limit);
    const items = page.map((row): ReviewItem => {
      const reasons: ReviewItem["reasons"] = [];
      const want = (c: ReviewCategory) => categories.includes(c);
      if (want("stale") && row.status === "needs_review")
        reasons.push({ category: "stale", detail: row.reviewReason ?? "marked for review" });
      if (want("expiring") && row.rightsExpiresAt && row.rightsExpiresAt <= expiringBefore) {
        const expired = row.rightsExpiresAt <= now.toISOString();
        reasons.push({
          category: "expiring",
          detail: `rights ${expired ? "expired" : "expire"} on ${row.rightsExpiresAt.slice(0, 10)}`,
        });
      }
      if (want("never_reviewed") && !row.lastReviewedAt)
        reasons.push({ category: "never_reviewed", detail: "never reviewed" });
      if (want("review_overdue") && row.lastReviewedAt && row.lastReviewedAt < reviewedBefore)
        reasons.push({
          category: "review_overdue",
          detail: `last reviewed ${row.lastReviewedAt.slice(0, 10)} (over ${overdueDays} days ago)`,
        });
      return {
        id: row.id,
        name: row.name,
        kind: row.kind,
        status: row.status,
        brandId: row.brandId,
        owner: row.owner,
        rightsExpiresAt: row.rightsExpiresAt,
        lastReviewedAt: row.lastReviewedAt,
        reasons,
      };
    });
    const last = page[page.length - 1];
    return {
      items,
      nextCursor: rows.length > limit && last ? encodeCursor({ createdAt: last.createdAt, id: last.id }) : null,
    };
  }

  /** Records a review: sets last_reviewed_at and the new status, clears the review reason, writes an event. */
  async review(input: {
    assetId: string;
    status: ReviewedStatus;
    note?: string | undefined;
    rightsExpiresAt?: string | undefined;
    expectedVersion?: number | undefined;
    actor: string;
  }) {
    const { db } = this.deps.database;
    const row = await getAssetRow(db, input.assetId);
    if (!row) throw notFound("Asset", input.assetId, "Find assets to review with library_review.");
    const at = isoNow(this.deps.clock);
    const rights = input.rightsExpiresAt ?? row.rightsExpiresAt;
    const usable = !["rejected", "archived", "discarded"].includes(input.status);
    if (usable && rights && rights <= at) {
      throw invalidInput(
        "rightsExpiresAt",
        `the rights of ${row.id} expired on ${rights.slice(0, 10)}, so it cannot be marked ${input.status}`,
        "Pass the renewed rightsExpiresAt, or review it as archived/rejected.",
      );
    }
    if (input.status === "rejected" && !input.note) {
      throw invalidInput("note", "is required when rejecting", 'Say why, e.g. "packaging outdated".');
    }
    await db.transaction(async (tx) => {
      const ok = await updateAssetRow(
        tx,
        row.id,
        {
          status: input.status,
          lastReviewedAt: at,
          reviewReason: null,
          rightsExpiresAt: rights,
          updatedAt: at,
          ...(input.status === "rejected" ? { rejectionReason: input.note ?? null } : {}),
        },
        input.expectedVersion,
      );
      if (!ok) {
        throw new WinnowError(
          "conflict",
          `Asset ${row.id} changed since version ${input.expectedVersion} (now ${row.version}). Re-read it and review again.`,
        );
      }
      await recordEvent(tx, {
        entityType: "asset",
        entityId: row.id,
        action: "asset.reviewed",
        actor: input.actor,
        at,
        data: {
          from: row.status,
          to: input.status,
          clearedReason: row.reviewReason,
          note: input.note ?? null,
          rightsExpiresAt: rights,
        },
      });
    });
    return {
      assetId: row.id,
      from: row.status,
      status: input.status,
      lastReviewedAt: at,
      clearedReason: row.reviewReason,
    };
  }
}
