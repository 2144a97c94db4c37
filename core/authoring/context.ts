import type { BrandWorkspace } from "../brand/workspace.ts";
import type { Library } from "../library/library.ts";
import type { StarterAsset, StarterContext } from "./starters.ts";

/**
 * A starter's context from the workspace: the brand (slug, name, palette) and its live product, scene, talent and logo
 * assets, newest first. No brand named → the placeholders of a blank starter.
 */
export async function starterContext(
  deps: { brands: BrandWorkspace; library: Library },
  brandRef: string | undefined,
): Promise<StarterContext> {
  if (!brandRef) return {};
  const brand = await deps.brands.get(brandRef);
  const kinds = ["product", "scene", "talent", "logo"] as const;
  const lists = await Promise.all(kinds.map((kind) => deps.library.list({ kind, brand: brand.id }, { limit: 100 })));
  const usable = (items: { id: string; name: string; status: string }[]): StarterAsset[] =>
    items
      .filter((a) => !["needs_review", "rejected", "archived", "discarded"].includes(a.status))
      .map((a) => ({ id: a.id, name: a.name }));
  const [product, scene, talent, logo] = lists.map((l) => usable(l.items)) as [
    StarterAsset[],
    StarterAsset[],
    StarterAsset[],
    StarterAsset[],
  ];
  return {
    brand: { slug: brand.slug, name: brand.name, palette: brand.palette },
    assets: { product, scene, talent, logo },
  };
}
