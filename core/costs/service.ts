import type { Database } from "../../db/client.ts";
import { type CostEntry, recordCost } from "../../db/repositories/costs.ts";
import { costPerCampaign, costPerModel } from "../../db/repositories/dashboard_experiments.ts";
import { type Clock, isoNow } from "../clock.ts";
import { type LoopKpis, loopKpis } from "../experiments/kpis.ts";
import { type BrandScope, restrictTo } from "../people/caller.ts";
import { type CostReport, type CostReportInput, costReport } from "./report.ts";

export type { CostEntry };

/**
 * Where generation money went, for the cost_report tool, the dashboard's Costs page and the agent's own model calls.
 * Every read takes the caller's BrandScope (Authorizer.visibleBrands), so a member sees their brands' costs only.
 */
export class CostService {
  constructor(private readonly deps: { database: Database; clock: Clock }) {}

  /** One ledger row for a provider call made outside a generation run (e.g. an agent turn). */
  record(entry: CostEntry): Promise<string> {
    return recordCost(this.deps.database.db, entry, isoNow(this.deps.clock));
  }

  report(input: CostReportInput, scope: BrandScope): Promise<CostReport> {
    return costReport(this.deps.database.db, input, restrictTo(scope));
  }

  /** The closed loop's KPIs (cost per winning asset, time to a winner), optionally for one campaign. */
  kpis(scope: BrandScope, options: { campaignId?: string | undefined } = {}): Promise<LoopKpis> {
    return loopKpis(this.deps.database.db, { ...options, visible: restrictTo(scope) });
  }

  /** Generation (cost ledger) and media (ad metrics) spend per campaign. */
  perCampaign(scope: BrandScope) {
    return costPerCampaign(this.deps.database.db, restrictTo(scope));
  }

  /** Generation spend per model or provider operation. */
  perModel(scope: BrandScope) {
    return costPerModel(this.deps.database.db, restrictTo(scope));
  }
}
