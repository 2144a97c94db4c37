import { type AllocationSnapshot, type DatedSrmResult, srmByDate } from "./srm.ts";
import type { DeliveryView } from "./story.ts";

/** The team's word that it set its platform budgets to one of Winnow's splits, from a given day. */
export interface AppliedSplit {
  /** computedAt of the allocation the team applied. */
  computedAt: string;
  /** First UTC day delivery followed it (YYYY-MM-DD). */
  from: string;
  at: string;
  actor: string;
}

/**
 * Who controls delivery. Ads Winnow pushed itself follow its shares; hand-made ads (platform csv, or any ad tied to
 * an arm with link_deployment) follow whatever budgets the team set, so Winnow's shares are advice there and a
 * traffic-split check is meaningful only on the days the team says it applied one.
 */
export function deliveryOf(
  platform: string,
  ads: readonly { origin: string }[],
  applied: readonly AppliedSplit[],
): DeliveryView {
  const team = platform === "csv" || ads.some((d) => d.origin === "manual");
  if (!team) return { by: "winnow", sharesAre: "applied", srmChecks: "all_days", appliedFrom: null };
  const from = applied.length ? applied.map((a) => a.from).sort()[0]! : null;
  return {
    by: "team",
    sharesAre: "advice",
    srmChecks: from ? "applied_days" : "nothing_applied",
    appliedFrom: from,
  };
}

/** p under which team delivery is said to have missed the split it applied (Winnow's own delivery: 0.001). */
export const TEAM_SRM_P = 0.0001;

export type SrmView = DatedSrmResult & {
  /** ok; flagged: results held (Winnow's own delivery); advisory: a mismatch on team delivery, shown but never held; not_checked: the team applied no split. */
  status: "ok" | "flagged" | "advisory" | "not_checked";
};

/**
 * The sample-ratio check for this experiment's delivery. Winnow's delivery: every metric date against the allocation
 * in force (a failure holds results). Team delivery: only the days from the first split the team said it applied,
 * against the splits it applied; a mismatch is a warning, never a hold, because Winnow did not control the ads.
 */
export function checkSrm(
  armIds: string[],
  rows: readonly { armId: string; date: string; impressions: number }[],
  history: readonly AllocationSnapshot[],
  delivery: DeliveryView,
  applied: readonly AppliedSplit[],
  toleranceDays: number,
): SrmView {
  if (delivery.by === "winnow") {
    const r = srmByDate(armIds, rows, history, toleranceDays);
    return { ...r, status: r.flagged ? "flagged" : "ok" };
  }
  const snapshots: AllocationSnapshot[] = applied.flatMap((a) => {
    const s = history.find((h) => h.computedAt === a.computedAt);
    return s ? [{ ...s, effectiveDate: a.from }] : [];
  });
  const from = delivery.appliedFrom;
  if (!from || snapshots.length === 0) {
    const r = srmByDate(armIds, [], [], toleranceDays);
    return { ...r, flagged: false, status: "not_checked" };
  }
  // Advisory and looked at after every import, so held to a stricter p than Winnow's own delivery: a warning the team
  // acts on should almost never be noise.
  const r = srmByDate(
    armIds,
    rows.filter((x) => x.date >= from),
    snapshots,
    toleranceDays,
    TEAM_SRM_P,
  );
  return { ...r, flagged: false, status: r.flagged ? "advisory" : "ok" };
}
