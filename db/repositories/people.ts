import { and, asc, desc, eq, gte, inArray, isNull, lte, or, sql } from "drizzle-orm";
import type { Tx } from "../client.ts";
import { apiTokens, auditLog, brandMembers, brands, people } from "../schema.ts";

export type PersonRow = typeof people.$inferSelect;
export type TokenRow = typeof apiTokens.$inferSelect;
export type AuditRow = typeof auditLog.$inferSelect;

/** A person by id (mbr_...), e-mail (any case) or Slack user id. */
export async function findPerson(tx: Tx, handle: string): Promise<PersonRow | undefined> {
  const h = handle.trim();
  const rows = await tx
    .select()
    .from(people)
    .where(or(eq(people.id, h), eq(people.email, h.toLowerCase()), eq(people.slackUserId, h)))
    .limit(1);
  return rows[0];
}

export async function insertPerson(tx: Tx, row: typeof people.$inferInsert): Promise<void> {
  await tx.insert(people).values(row);
}

export async function updatePerson(tx: Tx, id: string, patch: Partial<typeof people.$inferInsert>): Promise<void> {
  await tx.update(people).set(patch).where(eq(people.id, id));
}

export function listAdmins(tx: Tx): Promise<PersonRow[]> {
  return tx.select().from(people).where(eq(people.isAdmin, true)).orderBy(asc(people.createdAt));
}

/** brand_members rows of a person, by any of their handles. */
export async function brandRolesOf(
  tx: Tx,
  handles: string[],
): Promise<{ brandId: string; slug: string; role: string }[]> {
  if (handles.length === 0) return [];
  const lower = handles.map((h) => h.toLowerCase());
  return tx
    .select({ brandId: brandMembers.brandId, slug: brands.slug, role: brandMembers.role })
    .from(brandMembers)
    .innerJoin(brands, eq(brands.id, brandMembers.brandId))
    .where(
      or(
        inArray(brandMembers.userRef, handles),
        inArray(brandMembers.slackUserId, handles),
        inArray(brandMembers.email, lower),
      ),
    );
}

/** The first brand_members row naming this handle (to learn a person's other handles). */
export async function memberRowByHandle(tx: Tx, handle: string) {
  const h = handle.trim();
  const rows = await tx
    .select()
    .from(brandMembers)
    .where(or(eq(brandMembers.userRef, h), eq(brandMembers.slackUserId, h), eq(brandMembers.email, h.toLowerCase())))
    .orderBy(asc(brandMembers.createdAt))
    .limit(1);
  return rows[0];
}

/** Holders of a role (or higher, when `roles` lists several) on a brand, for "who can do this" messages. */
export function holdersOf(tx: Tx, brandId: string, roles: string[]) {
  return tx
    .select({
      userRef: brandMembers.userRef,
      email: brandMembers.email,
      slackUserId: brandMembers.slackUserId,
      displayName: brandMembers.displayName,
      role: brandMembers.role,
    })
    .from(brandMembers)
    .where(and(eq(brandMembers.brandId, brandId), inArray(brandMembers.role, roles)))
    .orderBy(asc(brandMembers.createdAt));
}

export async function insertToken(tx: Tx, row: typeof apiTokens.$inferInsert): Promise<void> {
  await tx.insert(apiTokens).values(row);
}

export async function tokenByHash(tx: Tx, hash: string) {
  const rows = await tx
    .select({ token: apiTokens, person: people })
    .from(apiTokens)
    .innerJoin(people, eq(people.id, apiTokens.personId))
    .where(eq(apiTokens.tokenHash, hash))
    .limit(1);
  return rows[0];
}

export function tokensOf(tx: Tx, personId: string | undefined): Promise<TokenRow[]> {
  return tx
    .select()
    .from(apiTokens)
    .where(personId ? eq(apiTokens.personId, personId) : undefined)
    .orderBy(desc(apiTokens.createdAt));
}

export async function getToken(tx: Tx, id: string): Promise<TokenRow | undefined> {
  return (await tx.select().from(apiTokens).where(eq(apiTokens.id, id)).limit(1))[0];
}

export async function revokeTokenRow(tx: Tx, id: string, at: string): Promise<boolean> {
  const r = await tx
    .update(apiTokens)
    .set({ revokedAt: at })
    .where(and(eq(apiTokens.id, id), isNull(apiTokens.revokedAt)));
  return r.rowsAffected > 0;
}

export async function touchToken(tx: Tx, id: string, at: string): Promise<void> {
  await tx.update(apiTokens).set({ lastUsedAt: at }).where(eq(apiTokens.id, id));
}

/**
 * True once a workspace admin or any personal token was ever made: from then on the install is a team's, and loopback
 * no longer means "the local admin" (revoking or expiring every token does not fall back to the open solo mode).
 */
export async function hasAnyCredential(tx: Tx): Promise<boolean> {
  if ((await tx.select({ id: apiTokens.id }).from(apiTokens).limit(1)).length) return true;
  return (await tx.select({ id: people.id }).from(people).where(eq(people.isAdmin, true)).limit(1)).length > 0;
}

export async function insertAudit(tx: Tx, row: typeof auditLog.$inferInsert): Promise<void> {
  await tx.insert(auditLog).values(row);
}

export interface AuditQuery {
  actor?: string | undefined;
  personId?: string | undefined;
  brandId?: string | undefined;
  tool?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  before?: { at: string; id: string } | undefined;
  limit: number;
}

export function queryAudit(tx: Tx, q: AuditQuery): Promise<AuditRow[]> {
  const conditions = [
    q.actor || q.personId
      ? or(
          q.actor ? eq(auditLog.actor, q.actor) : undefined,
          q.personId ? eq(auditLog.personId, q.personId) : undefined,
        )
      : undefined,
    q.brandId
      ? sql`exists (select 1 from json_each(${auditLog.brandIds}) where json_each.value = ${q.brandId})`
      : undefined,
    q.tool ? eq(auditLog.tool, q.tool) : undefined,
    q.from ? gte(auditLog.at, q.from) : undefined,
    q.to ? lte(auditLog.at, q.to) : undefined,
    q.before
      ? or(
          sql`${auditLog.at} < ${q.before.at}`,
          and(eq(auditLog.at, q.before.at), sql`${auditLog.id} < ${q.before.id}`),
        )
      : undefined,
  ].filter((c) => c !== undefined);
  return tx
    .select()
    .from(auditLog)
    .where(conditions.length ? and(...conditions) : undefined)
    .orderBy(desc(auditLog.at), desc(auditLog.id))
    .limit(q.limit);
}
