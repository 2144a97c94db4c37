import { and, desc, eq, gte, inArray, sum } from "drizzle-orm";
import type { Tx } from "../client.ts";
import { assets, costLedger, experiments } from "../schema.ts";
import { brandVisible, experimentVisible, ledgerVisible, type VisibleBrands } from "./visibility.ts";

const LIVE = ["running", "live", "active"];

/** Live experiments, recent winners and spend since a date, over the brands a person may see: what App Home shows. */
export async function overviewFacts(tx: Tx, since: string, visible?: VisibleBrands) {
  const [live, winners, cost] = await Promise.all([
    tx
      .select({ id: experiments.id, name: experiments.name, status: experiments.status, metric: experiments.metric })
      .from(experiments)
      .where(and(inArray(experiments.status, LIVE), experimentVisible(experiments.id, visible)))
      .orderBy(desc(experiments.createdAt))
      .limit(10),
    tx
      .select({ id: assets.id, name: assets.name, updatedAt: assets.updatedAt })
      .from(assets)
      .where(and(eq(assets.status, "promoted"), brandVisible(assets.brandId, visible)))
      .orderBy(desc(assets.updatedAt))
      .limit(5),
    tx
      .select({ total: sum(costLedger.costMicros) })
      .from(costLedger)
      .where(and(gte(costLedger.createdAt, since), ledgerVisible(costLedger.runId, costLedger.campaignId, visible))),
  ]);
  return { live, winners, costMicros: Number(cost[0]?.total ?? 0) };
}
