import type { Database } from "../../db/client.ts";
import { overviewFacts } from "../../db/repositories/overview.ts";
import type { Clock } from "../clock.ts";
import { type BrandScope, EVERY_BRAND, restrictTo } from "../people/caller.ts";
import type { ReviewService } from "../review/service.ts";
import type { ReviewRequestView } from "../review/types.ts";

export interface WorkspaceOverview {
  pending: ReviewRequestView[];
  experiments: { id: string; name: string; status: string; metric: string }[];
  winners: { id: string; name: string; updatedAt: string }[];
  costThisMonthMicros: number;
  /** YYYY-MM (UTC). */
  month: string;
}

/**
 * What needs attention now, over the brands `visible` lets a person see (Authorizer.visibleBrands): pending reviews,
 * live experiments, recent winners and this month's spend.
 */
export async function workspaceOverview(
  deps: {
    database: Database;
    clock: Clock;
    reviews: ReviewService;
  },
  visible: BrandScope = EVERY_BRAND,
): Promise<WorkspaceOverview> {
  const now = deps.clock.now();
  const monthStart = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1)).toISOString();
  const [pending, facts] = await Promise.all([
    deps.reviews.list({ status: "pending", visible }, { limit: 10 }),
    overviewFacts(deps.database.db, monthStart, restrictTo(visible)),
  ]);
  return {
    pending: pending.items,
    experiments: facts.live,
    winners: facts.winners,
    costThisMonthMicros: facts.costMicros,
    month: monthStart.slice(0, 7),
  };
}
