import { and, desc, eq, gte, inArray, sum } from "drizzle-orm";
import { assets, costLedger, experiments } from "../db/schema.ts";
import type { Services } from "../server/services.ts";
import type { HomeData } from "./blocks.ts";

const LIVE = ["running", "live", "active"];

/** What the App Home tab shows; read-only queries over tables other capabilities fill as they land. */
export async function loadHomeData(services: Services): Promise<HomeData> {
  const { db } = services.database;
  const now = services.clock.now();
  const monthStart = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1)).toISOString();
  const [pending, live, winners, cost] = await Promise.all([
    services.reviews.list({ status: "pending" }, { limit: 10 }),
    db
      .select({ id: experiments.id, name: experiments.name, status: experiments.status, metric: experiments.metric })
      .from(experiments)
      .where(inArray(experiments.status, LIVE))
      .orderBy(desc(experiments.createdAt))
      .limit(10),
    db
      .select({ id: assets.id, name: assets.name, updatedAt: assets.updatedAt })
      .from(assets)
      .where(and(eq(assets.status, "promoted")))
      .orderBy(desc(assets.updatedAt))
      .limit(5),
    db
      .select({ total: sum(costLedger.costMicros) })
      .from(costLedger)
      .where(gte(costLedger.createdAt, monthStart)),
  ]);
  return {
    pending: pending.items,
    experiments: live,
    winners,
    costThisMonthMicros: Number(cost[0]?.total ?? 0),
    month: monthStart.slice(0, 7),
  };
}
