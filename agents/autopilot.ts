import { SimulatorConnector } from "../connectors/simulator/connector.ts";
import type { Clock } from "../core/clock.ts";
import { WinnowError } from "../core/errors.ts";
import { deployExperiment } from "../core/experiments/deploy.ts";
import type { LoopKpis } from "../core/experiments/kpis.ts";
import type { ExperimentMetric } from "../core/experiments/metrics.ts";
import type { ExperimentPolicy } from "../core/experiments/policy.ts";
import type { PromotionOutcome } from "../core/experiments/promote.ts";
import { onlyBrands, systemActor, systemCaller } from "../core/people/caller.ts";
import type { Services } from "../server/services.ts";
import { invokeTool } from "../tools/define.ts";
import { findTool } from "../tools/index.ts";

const AUTOPILOT = systemActor("autopilot");

/** What the marketer gives the loop: who, what for, and how much it may spend on ads. */
export interface AutopilotBrief {
  brand: string;
  audience: string;
  objective: string;
  offer: string;
  formats: string[];
  campaign?: string | undefined;
  metric?: ExperimentMetric;
  /** Ad spend cap for the whole loop, in micros. */
  budgetMicros: number;
  variantsPerRound?: number;
  /** Keep refining around the winner for at least this many rounds (default 1). */
  minRounds?: number;
  maxRounds?: number;
  maxDaysPerRound?: number;
  dailyImpressions?: number;
  policy?: Partial<ExperimentPolicy>;
}

export interface GenerateRequest {
  brand: string;
  audience: string;
  objective: string;
  offer: string;
  formats: string[];
  campaign?: string | undefined;
  count: number;
  seed: number;
  /** Slot values to hold fixed (the winners so far); the rest vary. */
  fixed: Record<string, string>;
}

/** Makes output assets (kind output, metadata.slots) and returns their ids. */
export type GenerateFn = (request: GenerateRequest, services: Services) => Promise<string[]>;

/** The real thing: the generate_variants MCP tool, through the same path the MCP server uses. */
export const generateWithTool: GenerateFn = async (r, services) => {
  const tool = findTool("generate_variants");
  if (!tool)
    throw new WinnowError(
      "unavailable",
      "generate_variants is not registered; pass a generate function to the autopilot.",
    );
  const { fixed, ...rest } = r;
  const { tone, ...slots } = fixed;
  const outcome = await invokeTool(
    tool,
    { ...rest, ...(tone ? { tone } : {}), ...(Object.keys(slots).length ? { slots } : {}) },
    { services, caller: systemCaller("autopilot"), actor: "autopilot", progress: async () => {} },
  );
  if (outcome.isError) throw outcome.error ?? new WinnowError("provider_error", outcome.text);
  return ((outcome.structured?.variants ?? []) as { assetId: string }[]).map((v) => v.assetId);
};

export interface RoundReport {
  round: number;
  experimentId: string;
  arms: number;
  fixed: Record<string, string>;
  days: number;
  decision: string;
  winnerAssetId: string | null;
  spendMicros: number;
}

export interface AutopilotReport {
  status: "promoted" | "awaiting_approval" | "budget_exhausted" | "no_winner";
  rounds: RoundReport[];
  promotion: PromotionOutcome | null;
  spendMicros: number;
  kpis: LoopKpis;
}

/**
 * The closed loop on the market simulator: generate → deploy (dry run) → serve days of traffic per the Thompson
 * allocation → ingest → learn (allocate, prune, stop) → regenerate around the winning slot values → promote.
 * Stops on the ad budget or when a round's winner is clear (after `minRounds`). Time moves by the injected clock.
 */
export async function runAutopilot(
  services: Services,
  clock: Clock & { advance(ms: number): void },
  brief: AutopilotBrief,
  generate: GenerateFn = generateWithTool,
): Promise<AutopilotReport> {
  const connector = services.connectors.get("simulator");
  if (!(connector instanceof SimulatorConnector))
    throw new WinnowError("internal", "autopilot runs on the simulator connector");
  const metric = brief.metric ?? "ctr";
  const rounds: RoundReport[] = [];
  let spend = 0;
  let fixed: Record<string, string> = {};
  let champion: string | null = null;
  let promotion: PromotionOutcome | null = null;
  for (let round = 1; round <= (brief.maxRounds ?? 3); round++) {
    const fresh = await generate(
      {
        brand: brief.brand,
        audience: brief.audience,
        objective: brief.objective,
        offer: brief.offer,
        formats: brief.formats,
        campaign: brief.campaign,
        count: brief.variantsPerRound ?? 4,
        seed: round,
        fixed,
      },
      services,
    );
    // The reigning champion defends its title against the new variants built around it.
    const arms = [...new Set([...(champion ? [champion] : []), ...fresh])];
    const { experimentId } = await services.experiments.create({
      name: `autopilot round ${round}: ${brief.audience} / ${brief.objective}`,
      assetIds: arms,
      metric,
      campaignId: brief.campaign?.startsWith("cmp_") ? brief.campaign : undefined,
      audience: brief.audience,
      platform: connector.platform,
      platformReports: connector.reports,
      policy: { ...brief.policy, budgetMicros: Math.max(1, brief.budgetMicros - spend) },
      actor: AUTOPILOT,
    });
    const deployed = await deployExperiment(services, connector, experimentId, { dryRun: true, actor: AUTOPILOT });
    const adOf = new Map(deployed.map((d) => [d.armId, d.platformAdId]));
    let days = 0;
    let status = "running";
    let roundSpend = 0;
    while (status === "running" && days < (brief.maxDaysPerRound ?? 30)) {
      // An allocation takes effect from the next day (daily budget splits), which is also what the SRM check expects.
      clock.advance(86_400_000);
      const shares = await services.experiments.currentShares(experimentId);
      const today = clock.now().toISOString().slice(0, 10);
      const serve: Record<string, number> = {};
      for (const [armId, share] of shares) {
        const ad = adOf.get(armId);
        if (ad) serve[ad] = Math.round((brief.dailyImpressions ?? 20_000) * share);
      }
      connector.market.serve(today, serve);
      days++;
      // The ingest re-splits the experiment and checks its stopping rules in the same job (afterMetricsIngested).
      await services.ingestion.run(connector, { actor: AUTOPILOT, trailingDays: 3 });
      const r = await services.experiments.results(experimentId, services.rng());
      status = r.status;
      roundSpend = r.spendMicros;
      if (spend + roundSpend >= brief.budgetMicros) break;
    }
    spend += roundSpend;
    const results = await services.experiments.results(experimentId, services.rng());
    const winner = results.decision.winnerArmId
      ? results.arms.find((a) => a.armId === results.decision.winnerArmId)
      : undefined;
    rounds.push({
      round,
      experimentId,
      arms: arms.length,
      fixed,
      days,
      decision: results.decision.status,
      winnerAssetId: winner?.assetId ?? null,
      spendMicros: roundSpend,
    });
    if (winner) champion = winner.assetId;
    const clear = results.decision.status === "winner";
    if (spend >= brief.budgetMicros || (clear && round >= (brief.minRounds ?? 1)) || round === (brief.maxRounds ?? 3)) {
      if (clear) promotion = await services.promotion.promote(experimentId, services.rng(), AUTOPILOT);
      break;
    }
    // Learn: hold the slot values that attribution says win for this audience; vary the rest next round.
    fixed = await winningSlots(services, brief, metric === "cvr" ? "cvr" : "ctr", ["tone", "hook"]);
  }
  // The loop's report covers its own brand only, like everything else it learned from.
  const kpis = await services.costs.kpis(onlyBrands([(await services.brands.get(brief.brand)).id]), {
    campaignId: brief.campaign?.startsWith("cmp_") ? brief.campaign : undefined,
  });
  const status: AutopilotReport["status"] =
    promotion?.status === "promoted"
      ? "promoted"
      : promotion?.status === "review_requested"
        ? "awaiting_approval"
        : spend >= brief.budgetMicros
          ? "budget_exhausted"
          : "no_winner";
  return { status, rounds, promotion, spendMicros: spend, kpis };
}

/**
 * The slot values that win for this audience in the brief's own brand. Another brand's experiments never steer this
 * one's variants (nor show up in its report): the same brand scope a person of this brand would get from slot_insights.
 */
export async function winningSlots(
  services: Services,
  brief: Pick<AutopilotBrief, "brand" | "audience">,
  metric: "ctr" | "cvr",
  slots: string[],
) {
  const fixed: Record<string, string> = {};
  const scope = onlyBrands([(await services.brands.get(brief.brand)).id]);
  for (const slot of slots) {
    try {
      const r = await services.experiments.insights({ metric, slot, filters: { audience: brief.audience } }, scope);
      if (r.effects[0] && r.effects[0].effect > 0) fixed[slot] = r.effects[0].value;
    } catch {
      // No measured variants for this slot yet: leave it free.
    }
  }
  return fixed;
}
