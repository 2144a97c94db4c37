import type { Database } from "../../db/client.ts";
import { type BrandScope, restrictTo } from "../people/caller.ts";
import { type CampaignPromptAnswer, promptVersionsForCampaign } from "./questions.ts";
import { type TraceInput, traceLineage } from "./trace.ts";
import type { LineageGraph } from "./types.ts";

/**
 * Lineage for every surface: walks and focused questions, always for one reader, so nodes of brands they may not see
 * are left out (and counted) wherever the graph is shown — trace_lineage, Slack's lineage picture, the agent.
 */
export class LineageService {
  constructor(private readonly deps: { database: Database }) {}

  trace(input: Omit<TraceInput, "visible">, scope: BrandScope): Promise<LineageGraph> {
    return traceLineage(this.deps.database.db, { ...input, visible: restrictTo(scope) });
  }

  promptVersionsForCampaign(campaignId: string, scope: BrandScope): Promise<CampaignPromptAnswer> {
    return promptVersionsForCampaign(this.deps.database.db, campaignId, undefined, restrictTo(scope));
  }
}
