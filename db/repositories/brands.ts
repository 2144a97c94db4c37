import { and, asc, desc, eq, gt, inArray, or } from "drizzle-orm";
import { notFound } from "../../core/errors.ts";
import type { Tx } from "../client.ts";
import { audiences, brandMembers, brandRuleSets, brands, reviewRequests } from "../schema.ts";

export type BrandRow = typeof brands.$inferSelect;

/** Finds a brand by id (`brd_...`) or slug. */
export async function findBrand(tx: Tx, ref: string): Promise<BrandRow | undefined> {
  const rows = await tx
    .select()
    .from(brands)
    .where(or(eq(brands.id, ref), eq(brands.slug, ref.toLowerCase())))
    .limit(1);
  return rows[0];
}

export async function requireBrand(tx: Tx, ref: string): Promise<BrandRow> {
  const brand = await findBrand(tx, ref);
  if (!brand) {
    const known = (await tx.select({ slug: brands.slug }).from(brands)).map((b) => b.slug);
    throw notFound(
      "Brand",
      ref,
      `${known.length ? `Known brands: ${known.join(", ")}.` : "No brands exist yet."} Create one with create_brand (or \`winnow brand create\`).`,
    );
  }
  return brand;
}

export function listBrands(tx: Tx) {
  return tx.select().from(brands).orderBy(brands.name);
}

export type BrandInsert = typeof brands.$inferInsert;
export type AudienceRow = typeof audiences.$inferSelect;
export type MemberRow = typeof brandMembers.$inferSelect;

export async function insertBrand(tx: Tx, row: BrandInsert): Promise<void> {
  await tx.insert(brands).values(row);
}

export async function updateBrandRow(tx: Tx, id: string, patch: Partial<BrandInsert>): Promise<void> {
  await tx.update(brands).set(patch).where(eq(brands.id, id));
}

/** Brands in name order after a keyset position (name, id); `visible` keeps to those ids (undefined: all). */
export function brandsPage(
  tx: Tx,
  after: { name: string; id: string } | undefined,
  limit: number,
  visible?: readonly string[],
) {
  return tx
    .select()
    .from(brands)
    .where(
      and(
        after ? or(gt(brands.name, after.name), and(eq(brands.name, after.name), gt(brands.id, after.id))) : undefined,
        visible ? inArray(brands.id, [...visible, ""]) : undefined,
      ),
    )
    .orderBy(asc(brands.name), asc(brands.id))
    .limit(limit);
}

export function audiencesOfBrand(tx: Tx, brandId: string): Promise<AudienceRow[]> {
  return tx.select().from(audiences).where(eq(audiences.brandId, brandId)).orderBy(asc(audiences.slug));
}

export async function findAudienceBySlug(tx: Tx, slug: string): Promise<AudienceRow | undefined> {
  return (await tx.select().from(audiences).where(eq(audiences.slug, slug)).limit(1))[0];
}

export function allAudiences(tx: Tx): Promise<AudienceRow[]> {
  return tx.select().from(audiences).orderBy(asc(audiences.slug));
}

export async function upsertAudience(tx: Tx, row: typeof audiences.$inferInsert): Promise<void> {
  await tx
    .insert(audiences)
    .values(row)
    .onConflictDoUpdate({
      target: audiences.slug,
      set: {
        name: row.name,
        description: row.description,
        aliases: row.aliases,
        brandId: row.brandId,
        ...(row.attributes ? { attributes: row.attributes } : {}),
      },
    });
}

/** Detaches an audience from its brand (rows stay: experiments and deployments may point at it). */
export async function detachAudience(tx: Tx, brandId: string, slug: string): Promise<boolean> {
  const r = await tx
    .update(audiences)
    .set({ brandId: null, aliases: [] })
    .where(and(eq(audiences.brandId, brandId), eq(audiences.slug, slug)));
  return r.rowsAffected > 0;
}

/** A member is found by any of their handles: the recorded user ref, their Slack id or their e-mail. */
export function memberHandleIs(userRef: string) {
  const ref = userRef.trim();
  return or(
    eq(brandMembers.userRef, ref),
    eq(brandMembers.slackUserId, ref),
    eq(brandMembers.email, ref.toLowerCase()),
  );
}

/** True when the person (by any handle) holds the role in this brand, or in any brand when brandId is null. */
export async function holdsRole(tx: Tx, brandId: string | null, userRef: string, role: string): Promise<boolean> {
  const rows = await tx
    .select({ userRef: brandMembers.userRef })
    .from(brandMembers)
    .where(
      and(
        brandId === null ? undefined : eq(brandMembers.brandId, brandId),
        eq(brandMembers.role, role),
        memberHandleIs(userRef),
      ),
    )
    .limit(1);
  return rows.length === 1;
}

export function membersOfBrand(tx: Tx, brandId: string): Promise<MemberRow[]> {
  return tx
    .select()
    .from(brandMembers)
    .where(eq(brandMembers.brandId, brandId))
    .orderBy(asc(brandMembers.createdAt), asc(brandMembers.userRef));
}

export async function insertMember(tx: Tx, row: typeof brandMembers.$inferInsert): Promise<void> {
  await tx.insert(brandMembers).values(row);
}

/** Fills in a member's handles on every role row of that person. */
export async function updateMemberHandles(
  tx: Tx,
  brandId: string,
  userRef: string,
  handles: { slackUserId?: string | null; email?: string | null; displayName?: string | null },
): Promise<void> {
  await tx
    .update(brandMembers)
    .set(handles)
    .where(and(eq(brandMembers.brandId, brandId), eq(brandMembers.userRef, userRef)));
}

export async function deleteMemberRoles(tx: Tx, brandId: string, userRef: string, roles: string[]): Promise<number> {
  const r = await tx
    .delete(brandMembers)
    .where(
      and(eq(brandMembers.brandId, brandId), eq(brandMembers.userRef, userRef), inArray(brandMembers.role, roles)),
    );
  return r.rowsAffected;
}

export async function pendingReviewIds(tx: Tx, brandId: string): Promise<string[]> {
  const rows = await tx
    .select({ id: reviewRequests.id })
    .from(reviewRequests)
    .where(and(eq(reviewRequests.brandId, brandId), eq(reviewRequests.status, "pending")))
    .orderBy(asc(reviewRequests.createdAt));
  return rows.map((r) => r.id);
}

export async function latestRuleSetVersion(tx: Tx, brandId: string): Promise<number | null> {
  const rows = await tx
    .select({ version: brandRuleSets.version })
    .from(brandRuleSets)
    .where(eq(brandRuleSets.brandId, brandId))
    .orderBy(desc(brandRuleSets.version))
    .limit(1);
  return rows[0]?.version ?? null;
}
