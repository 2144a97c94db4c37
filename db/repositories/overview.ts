import { desc, eq, gte, inArray, sum } from "drizzle-orm";
import type { Tx } from "../client.ts";
import { assets, costLedger, experiments } from "../schema.ts";

const LIVE = ["running", "live", "active"];

/** Live experiments, recent winners and spend since a date: the numbers App Home shows. */
export async function overviewFacts(tx: Tx, since: string) {
  const [live, winners, cost] = await Promise.all([
    tx
      .select({ id: experiments.id, name: experiments.name, status: experiments.status, metric: experiments.metric })
      .from(experiments)
      .where(inArray(experiments.status, LIVE))
      .orderBy(desc(experiments.createdAt))
      .limit(10),
    tx
      .select({ id: assets.id, name: assets.name, updatedAt: assets.updatedAt })
      .from(assets)
      .where(eq(assets.status, "promoted"))
      .orderBy(desc(assets.updatedAt))
      .limit(5),
    tx
      .select({ total: sum(costLedger.costMicros) })
      .from(costLedger)
      .where(gte(costLedger.createdAt, since)),
  ]);
  return { live, winners, costMicros: Number(cost[0]?.total ?? 0) };
}
