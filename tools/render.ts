import type { AssetView } from "../core/library/types.ts";

/** One line per asset for text renderings: id, name, kind/status, size, rights. */
export function renderAssetLine(a: AssetView): string {
  const rights = a.rightsExpiresAt ? `, rights until ${a.rightsExpiresAt.slice(0, 10)}` : "";
  return `${a.id} "${a.name}" — ${a.kind}, ${a.status}, ${a.width}×${a.height} ${a.format}${rights}`;
}
