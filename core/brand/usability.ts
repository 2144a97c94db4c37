import type { Tx } from "../../db/client.ts";
import { assetsByIds, RETIRED_STATUSES, replacementsOf } from "../../db/repositories/staleness.ts";

export interface InputProblem {
  assetId: string;
  severity: "block" | "warn";
  reason: string;
  measured: Record<string, unknown>;
}

const DAY_MS = 86_400_000;

/**
 * Why each input asset may not (block) or should soon not (warn) be used: unknown, waiting for review, retired,
 * replaced by a newer product version, rights expired, or rights expiring within `warnWithinDays`.
 */
export async function inputProblems(tx: Tx, ids: string[], now: Date, warnWithinDays: number): Promise<InputProblem[]> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return [];
  const rows = await assetsByIds(tx, unique);
  const byId = new Map(rows.map((r) => [r.id, r]));
  const replaced = new Map((await replacementsOf(tx, unique)).map((r) => [r.versionOf!, r.id]));
  const problems: InputProblem[] = [];
  for (const id of unique) {
    const row = byId.get(id);
    if (!row) {
      problems.push({
        assetId: id,
        severity: "block",
        reason: `input ${id} does not exist`,
        measured: { exists: false },
      });
      continue;
    }
    const label = `input ${id} ("${row.name}")`;
    if (row.status === "needs_review") {
      problems.push({
        assetId: id,
        severity: "block",
        reason: `${label} needs review: ${row.reviewReason ?? "no reason recorded"}`,
        measured: { status: row.status, reviewReason: row.reviewReason },
      });
    } else if (RETIRED_STATUSES.includes(row.status)) {
      problems.push({
        assetId: id,
        severity: "block",
        reason: `${label} is ${row.status}`,
        measured: { status: row.status },
      });
    }
    if (replaced.has(id)) {
      problems.push({
        assetId: id,
        severity: "block",
        reason: `${label} was replaced by a newer version ${replaced.get(id)}`,
        measured: { replacedBy: replaced.get(id) },
      });
    }
    if (row.rightsExpiresAt) {
      const left = new Date(row.rightsExpiresAt).getTime() - now.getTime();
      if (left <= 0) {
        problems.push({
          assetId: id,
          severity: "block",
          reason: `${label}: usage rights expired on ${row.rightsExpiresAt.slice(0, 10)}`,
          measured: { rightsExpiresAt: row.rightsExpiresAt },
        });
      } else if (left <= warnWithinDays * DAY_MS) {
        problems.push({
          assetId: id,
          severity: "warn",
          reason: `${label}: usage rights expire on ${row.rightsExpiresAt.slice(0, 10)} (in ${Math.ceil(left / DAY_MS)} days)`,
          measured: { rightsExpiresAt: row.rightsExpiresAt, daysLeft: Math.ceil(left / DAY_MS) },
        });
      }
    }
  }
  return problems;
}
