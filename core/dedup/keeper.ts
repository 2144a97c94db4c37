/** What decides which copy of a duplicate group to keep. */
export interface KeeperCandidate {
  id: string;
  /** Won an experiment (status promoted, or a promoted_to lineage edge). */
  promoted: boolean;
  /** Approved by a reviewer or past approval in the loop (approved, deployed, measured, promoted). */
  approved: boolean;
  /** Runs or ran as an experiment arm or a platform deployment. */
  deployed: boolean;
  /** No rights expiry, or one still in the future. */
  rightsValid: boolean;
  /** Lineage and links that depend on it: outputs derived from it, campaigns and experiments it is used in. */
  uses: number;
  width: number;
  height: number;
  bytes: number;
  /** Filled metadata fields + tags + links: more context is worth keeping. */
  completeness: number;
  createdAt: string;
}

export interface KeeperChoice {
  id: string;
  /** Why this copy, in words: the first criterion on which it beats the others. */
  reason: string;
}

/**
 * The order a librarian keeps by: what the business already relies on first — the promoted winner, then an approved
 * copy, then one running in experiments or ads, then one whose rights are valid, then the most used in lineage; only
 * then the file itself: highest resolution, larger file (less compression), most complete metadata, oldest.
 */
const CRITERIA: { key: string; better: (a: KeeperCandidate, b: KeeperCandidate) => number; says: string }[] = [
  { key: "promoted", better: (a, b) => flag(a.promoted) - flag(b.promoted), says: "the promoted winner" },
  { key: "approved", better: (a, b) => flag(a.approved) - flag(b.approved), says: "approved" },
  { key: "deployed", better: (a, b) => flag(a.deployed) - flag(b.deployed), says: "deployed in an experiment or ad" },
  { key: "rights", better: (a, b) => flag(a.rightsValid) - flag(b.rightsValid), says: "rights still valid" },
  { key: "uses", better: (a, b) => a.uses - b.uses, says: "most used in lineage and links" },
  {
    key: "resolution",
    better: (a, b) => a.width * a.height - b.width * b.height,
    says: "highest resolution",
  },
  { key: "bytes", better: (a, b) => a.bytes - b.bytes, says: "largest file (least compressed)" },
  { key: "completeness", better: (a, b) => a.completeness - b.completeness, says: "most complete metadata" },
  { key: "age", better: (a, b) => b.createdAt.localeCompare(a.createdAt), says: "oldest (what people link to)" },
];

const flag = (v: boolean) => (v ? 1 : 0);

export function rankKeepers(candidates: KeeperCandidate[]): KeeperCandidate[] {
  return [...candidates].sort((a, b) => {
    for (const c of CRITERIA) {
      const d = c.better(b, a);
      if (d !== 0) return d;
    }
    return a.id.localeCompare(b.id);
  });
}

export function suggestKeeper(candidates: KeeperCandidate[]): KeeperChoice {
  const [first, second] = rankKeepers(candidates);
  if (!first) throw new Error("suggestKeeper needs at least one candidate");
  if (!second) return { id: first.id, reason: "only copy" };
  const decisive = CRITERIA.find((c) => c.better(first, second) > 0);
  const facts = [
    first.promoted && "promoted",
    first.approved && "approved",
    first.deployed && "deployed",
    first.rightsValid && "rights valid",
    first.uses > 0 && `${first.uses} use(s)`,
    `${first.width}×${first.height}`,
  ].filter(Boolean);
  return {
    id: first.id,
    reason: `${decisive ? decisive.says : "first by id (the copies are alike)"} — ${facts.join(", ")}`,
  };
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
