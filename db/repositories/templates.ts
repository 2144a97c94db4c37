import { and, desc, eq, inArray, lt, or } from "drizzle-orm";
import type { Tx } from "../client.ts";
import { templates, templateVersions } from "../schema.ts";
import { brandVisible, type VisibleBrands } from "./visibility.ts";

export type TemplateRow = typeof templates.$inferSelect;
export type TemplateVersionRow = typeof templateVersions.$inferSelect;

export async function getTemplate(tx: Tx, id: string): Promise<TemplateRow | undefined> {
  return (await tx.select().from(templates).where(eq(templates.id, id)).limit(1))[0];
}

export async function getTemplateVersion(tx: Tx, id: string): Promise<TemplateVersionRow | undefined> {
  return (await tx.select().from(templateVersions).where(eq(templateVersions.id, id)).limit(1))[0];
}

export async function getTemplateVersionByNumber(tx: Tx, templateId: string, version: number) {
  const rows = await tx
    .select()
    .from(templateVersions)
    .where(and(eq(templateVersions.templateId, templateId), eq(templateVersions.version, version)))
    .limit(1);
  return rows[0];
}

export async function findTemplateByName(tx: Tx, brandId: string | null, name: string) {
  const rows = await tx.select().from(templates).where(eq(templates.name, name));
  return rows.find((r) => r.brandId === brandId);
}

/** The brand's most recently created template (the default for generation). */
export async function latestTemplateOfBrand(tx: Tx, brandId: string) {
  const rows = await tx
    .select()
    .from(templates)
    .where(eq(templates.brandId, brandId))
    .orderBy(desc(templates.createdAt), desc(templates.id))
    .limit(1);
  return rows[0];
}

export async function insertTemplate(tx: Tx, row: typeof templates.$inferInsert) {
  await tx.insert(templates).values(row);
}

export async function insertTemplateVersion(tx: Tx, row: typeof templateVersions.$inferInsert) {
  await tx.insert(templateVersions).values(row);
}

/** Bumps latest_version only if it is still `expected` (two creators racing get a conflict, not a gap). */
export async function bumpLatestVersion(tx: Tx, templateId: string, expected: number): Promise<boolean> {
  const result = await tx
    .update(templates)
    .set({ latestVersion: expected + 1 })
    .where(and(eq(templates.id, templateId), eq(templates.latestVersion, expected)));
  return result.rowsAffected > 0;
}

export function queryTemplates(
  tx: Tx,
  q: {
    brandId?: string | undefined;
    /** Only templates of the brands a caller may see (undefined: every brand). */
    visible?: VisibleBrands;
    after?: { createdAt: string; id: string } | undefined;
    limit: number;
  },
) {
  const where = [];
  if (q.brandId) where.push(eq(templates.brandId, q.brandId));
  if (q.visible) where.push(brandVisible(templates.brandId, q.visible));
  if (q.after) {
    where.push(
      or(
        lt(templates.createdAt, q.after.createdAt),
        and(eq(templates.createdAt, q.after.createdAt), lt(templates.id, q.after.id)),
      )!,
    );
  }
  return tx
    .select()
    .from(templates)
    .where(where.length ? and(...where) : undefined)
    .orderBy(desc(templates.createdAt), desc(templates.id))
    .limit(q.limit);
}

export function versionsOf(tx: Tx, templateIds: string[]) {
  if (templateIds.length === 0) return Promise.resolve([] as TemplateVersionRow[]);
  return tx
    .select()
    .from(templateVersions)
    .where(inArray(templateVersions.templateId, templateIds))
    .orderBy(templateVersions.templateId, templateVersions.version);
}
