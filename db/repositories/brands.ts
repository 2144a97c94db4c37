import { eq, or } from "drizzle-orm";
import { notFound } from "../../core/errors.ts";
import type { Tx } from "../client.ts";
import { brands } from "../schema.ts";

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
    throw notFound("Brand", ref, known.length ? `Known brands: ${known.join(", ")}.` : "No brands exist yet.");
  }
  return brand;
}

export function listBrands(tx: Tx) {
  return tx.select().from(brands).orderBy(brands.name);
}
