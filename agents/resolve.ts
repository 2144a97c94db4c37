import { desc } from "drizzle-orm";
import { experiments } from "../db/schema.ts";
import type { Services } from "../server/services.ts";
import { closestValue } from "./slot-repair.ts";

const LIVE = new Set(["running", "live", "active", "deployed"]);

/**
 * "the hook test" → the experiment whose name is closest; no name → the newest live experiment (or the newest at
 * all). Lets the router fill experimentId when the user talks about experiments by name, as people do.
 */
export async function resolveExperimentId(services: Services, name?: string): Promise<string | undefined> {
  const rows = await services.database.db
    .select({ id: experiments.id, name: experiments.name, status: experiments.status })
    .from(experiments)
    .orderBy(desc(experiments.createdAt))
    .limit(200);
  if (!rows.length) return undefined;
  if (name) {
    const words = name.replace(/\b(test|experiment)\b/gi, " ").trim();
    const hit = words
      ? closestValue(
          words,
          rows.map((r) => r.name),
        )
      : undefined;
    if (hit) return rows.find((r) => r.name === hit)!.id;
  }
  return (rows.find((r) => LIVE.has(r.status)) ?? rows[0])!.id;
}
