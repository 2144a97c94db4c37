import { and, asc, desc, eq, isNull, lt, or } from "drizzle-orm";
import type { Tx } from "../client.ts";
import { brandMembers, reviewDecisions, reviewRequests } from "../schema.ts";
import { holdsRole } from "./brands.ts";
import { reviewVisible, type VisibleBrands } from "./visibility.ts";

export type ReviewRequestRow = typeof reviewRequests.$inferSelect;
export type NewReviewRequestRow = typeof reviewRequests.$inferInsert;
export type ReviewDecisionRow = typeof reviewDecisions.$inferSelect;

export async function insertReviewRequest(tx: Tx, row: NewReviewRequestRow): Promise<void> {
  await tx.insert(reviewRequests).values(row);
}

export async function getReviewRequest(tx: Tx, id: string): Promise<ReviewRequestRow | undefined> {
  return (await tx.select().from(reviewRequests).where(eq(reviewRequests.id, id)).limit(1))[0];
}

/** The request posted as a given Slack message (reactions only carry channel + ts). */
export async function findReviewByMessage(tx: Tx, channel: string, ts: string) {
  const rows = await tx
    .select()
    .from(reviewRequests)
    .where(and(eq(reviewRequests.channel, channel), eq(reviewRequests.messageTs, ts)))
    .limit(1);
  return rows[0];
}

/**
 * Compare-and-set: moves a pending request to its decided state only if nobody changed it since `expectedVersion`.
 * Returns false when another decision won the race.
 */
export async function casDecideReview(
  tx: Tx,
  id: string,
  expectedVersion: number,
  change: { status: string; decidedBy: string; decidedAt: string },
): Promise<boolean> {
  // rowsAffected rather than .returning(): a RETURNING statement left open inside a libSQL transaction blocks commit.
  const result = await tx
    .update(reviewRequests)
    .set({ ...change, version: expectedVersion + 1 })
    .where(
      and(eq(reviewRequests.id, id), eq(reviewRequests.version, expectedVersion), eq(reviewRequests.status, "pending")),
    );
  return result.rowsAffected === 1;
}

export async function setReviewMessage(tx: Tx, id: string, channel: string, ts: string): Promise<void> {
  await tx.update(reviewRequests).set({ channel, messageTs: ts }).where(eq(reviewRequests.id, id));
}

export async function insertReviewDecision(tx: Tx, row: typeof reviewDecisions.$inferInsert): Promise<void> {
  await tx.insert(reviewDecisions).values(row);
}

/**
 * Adds the label to a decision recorded without one (a ❌ reaction), only if it still has none and was made by
 * `decidedBy`. Returns false otherwise, so a second answer cannot overwrite the first.
 */
export async function labelUnlabelledDecision(
  tx: Tx,
  requestId: string,
  decidedBy: string,
  change: { label: string; reason: string | null },
): Promise<boolean> {
  const result = await tx
    .update(reviewDecisions)
    .set(change)
    .where(
      and(
        eq(reviewDecisions.reviewRequestId, requestId),
        eq(reviewDecisions.decidedBy, decidedBy),
        eq(reviewDecisions.decision, "reject"),
        isNull(reviewDecisions.label),
      ),
    );
  return result.rowsAffected === 1;
}

export function decisionsFor(tx: Tx, requestId: string) {
  return tx.select().from(reviewDecisions).where(eq(reviewDecisions.reviewRequestId, requestId));
}

/** Newest first, keyset-paginated on (createdAt, id). */
export function queryReviewRequests(
  tx: Tx,
  q: {
    status?: string | undefined;
    brandId?: string | undefined;
    /** Only requests of the brands a caller may see (undefined: every brand). */
    visible?: VisibleBrands;
    after?: { createdAt: string; id: string };
    limit: number;
  },
) {
  const conditions = [
    q.status ? eq(reviewRequests.status, q.status) : undefined,
    q.brandId ? eq(reviewRequests.brandId, q.brandId) : undefined,
    q.visible ? reviewVisible(reviewRequests.brandId, reviewRequests.assetId, q.visible) : undefined,
    q.after
      ? or(
          lt(reviewRequests.createdAt, q.after.createdAt),
          and(eq(reviewRequests.createdAt, q.after.createdAt), lt(reviewRequests.id, q.after.id)),
        )
      : undefined,
  ].filter((c) => c !== undefined);
  return tx
    .select()
    .from(reviewRequests)
    .where(conditions.length ? and(...conditions) : undefined)
    .orderBy(desc(reviewRequests.createdAt), desc(reviewRequests.id))
    .limit(q.limit);
}

/** A member is found by any of their handles (recorded user ref, Slack id, e-mail): see brands.ts memberHandleIs. */
export function hasBrandRole(tx: Tx, brandId: string, userRef: string, role: string): Promise<boolean> {
  return holdsRole(tx, brandId, userRef, role);
}

/** Members with a role, by their Slack id when they have one (what Slack surfaces address). */
export async function membersWithRole(tx: Tx, brandId: string, role: string): Promise<string[]> {
  const rows = await tx
    .select({ userRef: brandMembers.userRef, slackUserId: brandMembers.slackUserId })
    .from(brandMembers)
    .where(and(eq(brandMembers.brandId, brandId), eq(brandMembers.role, role)));
  return rows.map((r) => r.slackUserId ?? r.userRef);
}

/** Pending requests never posted anywhere (no Slack message recorded), oldest first. */
export function unpostedReviewRequests(tx: Tx, limit: number) {
  return tx
    .select()
    .from(reviewRequests)
    .where(and(eq(reviewRequests.status, "pending"), isNull(reviewRequests.messageTs)))
    .orderBy(asc(reviewRequests.createdAt), asc(reviewRequests.id))
    .limit(limit);
}

/** True when the user holds this role in any brand (by recorded ref, Slack id or e-mail). */
export function hasRoleInAnyBrand(tx: Tx, userRef: string, role: string): Promise<boolean> {
  return holdsRole(tx, null, userRef, role);
}
