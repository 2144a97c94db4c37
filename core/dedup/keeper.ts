/** What decides which copy of a duplicate group to keep. */
export interface KeeperCandidate {
  id: string;
  width: number;
  height: number;
  bytes: number;
  /** Filled metadata fields + tags + links: more context is worth keeping. */
  completeness: number;
  createdAt: string;
}

/**
 * Keep the highest resolution; among equal resolutions the larger file (less compression); then the copy with the
 * most complete metadata; then the oldest (it is the one people have been linking to).
 */
export function suggestKeeper(candidates: KeeperCandidate[]): KeeperCandidate {
  return [...candidates].sort(
    (a, b) =>
      b.width * b.height - a.width * a.height ||
      b.bytes - a.bytes ||
      b.completeness - a.completeness ||
      a.createdAt.localeCompare(b.createdAt) ||
      a.id.localeCompare(b.id),
  )[0]!;
}

export function completenessOf(row: Record<string, unknown>, tagCount: number, linkCount: number): number {
  const fields = [
    "description",
    "category",
    "useCase",
    "source",
    "owner",
    "rightsHolder",
    "rightsExpiresAt",
    "notes",
    "usageNotes",
    "brandId",
  ];
  return fields.filter((f) => row[f] !== null && row[f] !== undefined && row[f] !== "").length + tagCount + linkCount;
}
