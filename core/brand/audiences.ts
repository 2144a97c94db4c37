import type { Tx } from "../../db/client.ts";
import { type AudienceRow, allAudiences } from "../../db/repositories/brands.ts";

const norm = (s: string) => s.trim().toLowerCase().replace(/\s+/g, " ");
const slugify = (s: string) =>
  norm(s)
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");

/**
 * Finds an audience the way people name it: its id, its slug, its display name or one of its aliases ("Gen Z" →
 * gen-z-runners), case-insensitively. When a brand is given its own audiences win over other brands' and shared ones.
 */
export async function resolveAudienceRef(
  tx: Tx,
  ref: string,
  brandId?: string | null,
): Promise<AudienceRow | undefined> {
  const rows = await allAudiences(tx);
  const want = norm(ref);
  const wantSlug = slugify(ref);
  const matches = (a: AudienceRow) =>
    a.id === ref.trim() ||
    a.slug === want ||
    a.slug === wantSlug ||
    norm(a.name) === want ||
    (a.aliases ?? []).some((alias) => norm(alias) === want);
  const ranked = [
    ...rows.filter((a) => brandId && a.brandId === brandId),
    ...rows.filter((a) => !a.brandId),
    ...rows.filter((a) => a.brandId && a.brandId !== brandId),
  ];
  return ranked.find(matches);
}
