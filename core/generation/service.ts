import pLimit from "p-limit";
import { requireBrand } from "../../db/repositories/brands.ts";
import { recordEvent } from "../../db/repositories/events.ts";
import {
  campaignNames,
  campaignSpentMicros,
  existingOutputKeys,
  findCampaign,
  insertRun,
} from "../../db/repositories/runs.ts";
import { isoNow } from "../clock.ts";
import { invalidInput, WinnowError } from "../errors.ts";
import { newId } from "../ids.ts";
import type { ModelRegistry } from "../models/registry.ts";
import { estimateVariantMicros } from "../models/router.ts";
import { getPromptVersionByLabel, renderPrompt } from "../prompts/service.ts";
import { registerShippedPrompts } from "../prompts/shipped.ts";
import type { TemplateService } from "../templates/service.ts";
import { type SlotChoice, slotValue, type TemplateSpec } from "../templates/spec.ts";
import { briefFactors, type GenerationBrief } from "./brief.ts";
import type { GenerationDeps, RunContext } from "./context.ts";
import { type Design, designVariants } from "./design.ts";
import { hashSeed, seededRng } from "./rng.ts";
import { describeMissing, loadSlotImages, type MissingImage } from "./slot-images.ts";
import { makeVariant, resolvePalette, type VariantOutcome } from "./variant.ts";

/** Two variants in flight: sharp composites overlap with database writes on two cores (DESIGN.md measured facts). */
const IN_FLIGHT = 2;

export interface GenerateOptions {
  actor: string;
  progress?: (done: number, total: number, message?: string) => Promise<void>;
  signal?: AbortSignal | undefined;
}

export interface GenerateResult {
  batchId: string;
  templateVersionId: string;
  promptVersionId: string;
  models: { text: string; image: string };
  design: Pick<Design, "kind" | "fullFactorialSize" | "marginalSpread" | "pairImbalance"> & {
    factors: Record<string, string[]>;
  };
  created: Extract<VariantOutcome, { kind: "created" }>[];
  dropped: Extract<VariantOutcome, { kind: "dropped" }>[];
  failed: { index: number; runId: string; slots: SlotChoice; error: string }[];
  /** Variants not rendered because a required image (product by default) had nothing to place. */
  skipped: { index: number; slots: SlotChoice; reason: string; missing: MissingImage[] }[];
  /** Counts for the run's summary; `flaggedMissingImage` variants were made without an optional image. */
  summary: {
    created: number;
    dropped: number;
    failed: number;
    skippedMissingImage: number;
    flaggedMissingImage: number;
  };
  costMicros: number;
  estimatedPerVariantMicros: number;
  budget: { capMicros: number | null; source: string | null; stopped: boolean; message: string | null };
}

export class GenerationService {
  constructor(private readonly deps: GenerationDeps & { templates: TemplateService; models: ModelRegistry }) {}

  async generate(brief: GenerationBrief, options: GenerateOptions): Promise<GenerateResult> {
    const { db } = this.deps.database;
    if (brief.count < 1 || brief.count > this.deps.maxVariants) {
      throw invalidInput(
        "count",
        `must be between 1 and ${this.deps.maxVariants} (got ${brief.count})`,
        "Ask for fewer variants, or raise WINNOW_MAX_VARIANTS on the server.",
      );
    }
    const brand = await requireBrand(db, brief.brand);
    const campaign = brief.campaign ? await findCampaign(db, brief.campaign, brand.id) : undefined;
    if (brief.campaign && !campaign) {
      throw invalidInput(
        "campaign",
        `${brief.campaign} is not a campaign of ${brand.slug}`,
        `Known campaigns: ${(await campaignNames(db, brand.id)).join(", ") || "none"}.`,
      );
    }
    const { template, version, spec } = await this.deps.templates.resolve(brief.templateId, brand.id);
    const factors = briefFactors(spec, brief);
    const models = await this.deps.models.choose(brief.stage, brief.models ?? {});
    const perVariant = estimateVariantMicros(models.text, models.image);
    const cap = await this.budgetCap(brief, campaign);
    if (cap.capMicros !== null && perVariant > cap.capMicros) {
      throw new WinnowError(
        "budget_exceeded",
        `budgetMicros: one variant is estimated at ${perVariant} micros with ${models.text.name} + ${models.image.name}, but the ${cap.source} leaves ${cap.capMicros}. Raise the budget, or use stage "explore" / the local models.`,
        { field: "budgetMicros", estimatedPerVariantMicros: perVariant, capMicros: cap.capMicros },
      );
    }
    const prompt = await this.copywriterPrompt();
    const design = designVariants(factors, brief.count, seededRng(hashSeed(brief.seed, "design")));
    const batchId = newId("run");
    const checker = this.deps.checker();
    const run: RunContext = {
      batchId,
      actor: options.actor,
      seed: brief.seed,
      brandId: brand.id,
      campaignId: campaign?.id ?? null,
      templateName: template.name,
      templateVersion: version.version,
      templateVersionId: version.id,
      promptVersionId: prompt.id,
      spec,
      palette: resolvePalette(spec, brand.palette),
      models,
      checker,
      pinned: checker ? await checker.pinRuleSet(brand.id) : { ruleSetId: null },
      seenKeys: await existingOutputKeys(db, brand.id),
      renderPrompt: (slots) => renderPrompt(prompt.text, promptVars(spec, slots, brief, brand)),
    };
    const imagesFor = await loadSlotImages(db, spec);
    const skipped: GenerateResult["skipped"] = [];
    const outcomes: VariantOutcome[] = [];
    let reserved = 0;
    let spent = 0;
    let stopped = false;
    let started = 0;
    let halted: WinnowError | undefined;
    const limit = pLimit(IN_FLIGHT);
    let done = 0;
    await Promise.all(
      design.runs.map((slots, index) =>
        limit(async () => {
          if (halted || stopped || options.signal?.aborted) return;
          const images = imagesFor(slots as SlotChoice);
          if (images.skip.length) {
            skipped.push({
              index,
              slots: slots as SlotChoice,
              reason: `skipped: missing image — ${images.skip.map(describeMissing).join(" ")}`,
              missing: images.skip,
            });
            done++;
            await options.progress?.(done, design.runs.length, `variant ${index + 1}: skipped (missing image)`);
            return;
          }
          if (cap.capMicros !== null && spent + reserved + perVariant > cap.capMicros) {
            stopped = true;
            return;
          }
          started++;
          reserved += perVariant;
          const runId = newId("run");
          await this.startRun(run, runId, index, slots as SlotChoice, brief);
          const outcome = await makeVariant(this.deps, run, index, slots as SlotChoice, runId, images);
          reserved -= perVariant;
          spent += outcome.costMicros;
          outcomes.push(outcome);
          if (outcome.kind === "failed" && outcome.error.code === "provider_error") halted = outcome.error;
          done++;
          await options.progress?.(done, design.runs.length, `variant ${index + 1}: ${outcome.kind}`);
        }),
      ),
    );
    const created = outcomes.filter((o) => o.kind === "created").sort((a, b) => a.index - b.index);
    const stopMessage = stopped
      ? `Stopped after ${started} of ${brief.count} variants: the next one (~${perVariant} micros) would cross the ${cap.source} (${cap.capMicros} micros; ${spent} spent in this call).`
      : null;
    if (halted && created.length === 0) throw halted;
    if (skipped.length === design.runs.length) {
      const first = skipped[0]!.missing[0]!;
      throw new WinnowError(
        "invalid_input",
        `No variant could be made: every one needs an image that cannot be placed. ${describeMissing(first)}`,
        { field: `slots.${first.slot}`, missing: skipped.flatMap((s) => s.missing).slice(0, 20) },
      );
    }
    const flagged = created.filter((c) => c.missingImages.length > 0).length;
    return {
      batchId,
      templateVersionId: version.id,
      promptVersionId: prompt.id,
      models: { text: models.text.id, image: models.image.id },
      design: {
        kind: design.kind,
        fullFactorialSize: design.fullFactorialSize,
        marginalSpread: design.marginalSpread,
        pairImbalance: design.pairImbalance,
        factors: Object.fromEntries(factors.filter((f) => f.levels.length > 1).map((f) => [f.name, [...f.levels]])),
      },
      created,
      dropped: outcomes.filter((o) => o.kind === "dropped").sort((a, b) => a.index - b.index),
      failed: outcomes
        .filter((o) => o.kind === "failed")
        .map((o) => ({ index: o.index, runId: o.runId, slots: o.slots, error: `${o.error.code}: ${o.error.message}` })),
      skipped: skipped.sort((a, b) => a.index - b.index),
      summary: {
        created: created.length,
        dropped: outcomes.filter((o) => o.kind === "dropped").length,
        failed: outcomes.filter((o) => o.kind === "failed").length,
        skippedMissingImage: skipped.length,
        flaggedMissingImage: flagged,
      },
      costMicros: spent,
      estimatedPerVariantMicros: perVariant,
      budget: { ...cap, stopped: stopMessage !== null, message: stopMessage },
    };
  }

  private async startRun(run: RunContext, runId: string, index: number, slots: SlotChoice, brief: GenerationBrief) {
    const at = isoNow(this.deps.clock);
    await this.deps.database.db.transaction(async (tx) => {
      await insertRun(tx, {
        id: runId,
        campaignId: run.campaignId,
        brandId: run.brandId,
        templateVersionId: run.templateVersionId,
        promptVersionId: run.promptVersionId,
        ruleSetId: run.pinned.ruleSetId,
        modelId: run.models.text.id,
        brief: brief as unknown as Record<string, unknown>,
        params: {
          batchId: run.batchId,
          index,
          seed: run.seed,
          slots,
          imageModelId: run.models.image.id,
          stage: brief.stage,
        },
        status: "running",
        startedAt: at,
      });
      await recordEvent(tx, {
        entityType: "generation_run",
        entityId: runId,
        action: "generation_run.started",
        actor: run.actor,
        at,
        data: { batchId: run.batchId, index },
      });
    });
  }

  /** The tighter of the call's budget and what is left of the campaign's budget in the cost ledger. */
  private async budgetCap(
    brief: GenerationBrief,
    campaign: { id: string; name: string; budgetMicros: number | null } | undefined,
  ) {
    const caps: { capMicros: number; source: string }[] = [];
    if (brief.budgetMicros !== undefined)
      caps.push({ capMicros: brief.budgetMicros, source: "budgetMicros of this call" });
    if (campaign?.budgetMicros != null) {
      const left = Math.max(0, campaign.budgetMicros - (await campaignSpentMicros(this.deps.database.db, campaign.id)));
      caps.push({ capMicros: left, source: `remaining budget of campaign "${campaign.name}"` });
    }
    const tightest = caps.sort((a, b) => a.capMicros - b.capMicros)[0];
    return tightest ?? { capMicros: null, source: null };
  }

  /** The production copywriter prompt; the shipped prompts are registered on first use in a fresh database. */
  private async copywriterPrompt() {
    const { db } = this.deps.database;
    try {
      return await getPromptVersionByLabel(db, "copywriter");
    } catch (error) {
      if ((error as WinnowError).code !== "not_found") throw error;
      await registerShippedPrompts(db, isoNow(this.deps.clock));
      return getPromptVersionByLabel(db, "copywriter");
    }
  }
}

function promptVars(
  spec: TemplateSpec,
  slots: SlotChoice,
  brief: GenerationBrief,
  brand: { name: string; description: string | null; settings: Record<string, unknown> },
) {
  const label = (s: keyof SlotChoice) => slotValue(spec, s, slots[s])?.label ?? slots[s];
  const banned = (brand.settings.bannedPhrases as string[] | undefined) ?? [];
  return {
    brand_name: brand.name,
    brand_voice: brand.description ?? "clear, friendly, specific",
    product: label("product"),
    audience: label("audience"),
    objective: brief.objective,
    offer: label("offer"),
    tone: label("tone"),
    hook: label("hook"),
    call_to_action: label("cta"),
    format: slots.format,
    headline_max_chars: 60,
    body_max_chars: 140,
    banned_phrases: banned.length ? banned : "none listed",
  };
}
