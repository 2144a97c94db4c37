import { and, desc, eq, gte, inArray, isNotNull, lte, sql, sum } from "drizzle-orm";
import type { Tx } from "../client.ts";
import { assets, brandRuleSets, costLedger, experiments } from "../schema.ts";
import { brandVisible, experimentVisible, ledgerVisible, type VisibleBrands } from "./visibility.ts";

/** What the weekly creative review talks about: winners, losers, spend, and assets that need attention. */
export async function weeklyReviewData(
  tx: Tx,
  since: string,
  until: string,
  brandId?: string,
  visible?: VisibleBrands,
) {
  // One brand asked for: its rows (and the workspace's unbranded spend); otherwise the brands the reader may see.
  const scope = brandId ? [brandId] : visible;
  const brandFilter = brandId ? eq(assets.brandId, brandId) : brandVisible(assets.brandId, visible);
  const outcome = (status: string) =>
    tx
      .select({ id: assets.id, name: assets.name, metadata: assets.metadata, rejectionReason: assets.rejectionReason })
      .from(assets)
      .where(and(eq(assets.status, status), gte(assets.updatedAt, since), brandFilter))
      .orderBy(desc(assets.updatedAt))
      .limit(20);
  const [winners, losers, spendRows, stale, expiring, live] = await Promise.all([
    outcome("promoted"),
    outcome("discarded"),
    tx
      .select({ micros: sum(costLedger.costMicros) })
      .from(costLedger)
      .where(
        and(
          gte(costLedger.createdAt, since),
          lte(costLedger.createdAt, until),
          ledgerVisible(costLedger.runId, costLedger.campaignId, scope),
        ),
      ),
    tx
      .select({ id: assets.id, name: assets.name, owner: assets.owner, reason: assets.reviewReason })
      .from(assets)
      .where(and(eq(assets.status, "needs_review"), brandFilter))
      .limit(20),
    tx
      .select({ id: assets.id, name: assets.name, owner: assets.owner, rightsExpiresAt: assets.rightsExpiresAt })
      .from(assets)
      .where(
        and(
          isNotNull(assets.rightsExpiresAt),
          lte(assets.rightsExpiresAt, sql`strftime('%Y-%m-%dT%H:%M:%fZ', ${until}, '+30 days')`),
          brandFilter,
        ),
      )
      .limit(20),
    tx
      .select({ id: experiments.id, name: experiments.name, metric: experiments.metric })
      .from(experiments)
      .where(and(inArray(experiments.status, ["running", "active"]), experimentVisible(experiments.id, scope)))
      .limit(20),
  ]);
  return { winners, losers, spendMicros: Number(spendRows[0]?.micros ?? 0), stale, expiring, liveExperiments: live };
}

export async function latestRuleSet(tx: Tx, brandId: string) {
  const rows = await tx
    .select()
    .from(brandRuleSets)
    .where(eq(brandRuleSets.brandId, brandId))
    .orderBy(desc(brandRuleSets.version))
    .limit(1);
  return rows[0];
}
