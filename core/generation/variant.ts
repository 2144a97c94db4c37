import { createHash } from "node:crypto";
import type { Tx } from "../../db/client.ts";
import { recordCost } from "../../db/repositories/costs.ts";
import { recordEvent } from "../../db/repositories/events.ts";
import { addLineageEdges, type LineageEdgeInput } from "../../db/repositories/lineage.ts";
import type { ModelRow } from "../../db/repositories/models.ts";
import { recordModelCall } from "../../db/repositories/models.ts";
import { finishRun } from "../../db/repositories/runs.ts";
import type { CandidateChecker, Violation } from "../brand/checker.ts";
import { isoNow } from "../clock.ts";
import { asWinnowError } from "../errors.ts";
import { sha256Of } from "../media/image.ts";
import { estimateCallMicros } from "../models/router.ts";
import type { Usage } from "../providers/types.ts";
import type { Palette, RenderRequest } from "../render/renderer.ts";
import type { AdCopy } from "../templates/fill.ts";
import { type CopyField, type FormatId, type SlotChoice, slotValue, type TemplateSpec } from "../templates/spec.ts";
import type { GenerationDeps, RunContext } from "./context.ts";
import { hashSeed, seededRng } from "./rng.ts";
import { describeMissing, type MissingImage, type SlotImageCheck } from "./slot-images.ts";

export type VariantOutcome =
  | {
      kind: "created";
      index: number;
      runId: string;
      assetId: string;
      slots: SlotChoice;
      copy: AdCopy;
      costMicros: number;
      warnings: string[];
      /** Optional images (scene, talent, logo) the ad was made without. */
      missingImages: MissingImage[];
    }
  | { kind: "dropped"; index: number; runId: string; slots: SlotChoice; reason: string; costMicros: number }
  | {
      kind: "failed";
      index: number;
      runId: string;
      slots: SlotChoice;
      error: ReturnType<typeof asWinnowError>;
      costMicros: number;
    };

/** Near-duplicate key: the same slot combination with the same copy is the same ad, whatever the run. */
export function dedupKey(slots: SlotChoice, copy: AdCopy): string {
  const ordered = Object.fromEntries(Object.entries(slots).sort(([a], [b]) => a.localeCompare(b)));
  return createHash("sha256")
    .update(JSON.stringify({ slots: ordered, copy }))
    .digest("hex");
}

interface Call {
  model: ModelRow;
  usage: Usage;
  operation: string;
}

const COPY_FIELDS_SET = new Set<string>(["headline", "body", "cta"]);

/**
 * One variant, start to finish: copy → render → brand check (one repair) → store. The output row, its run's final
 * state, lineage edges, cost rows and model stats are written in one transaction; a provider failure leaves a failed
 * run and no output.
 */
export async function makeVariant(
  deps: GenerationDeps,
  run: RunContext,
  index: number,
  slots: SlotChoice,
  runId: string,
  images: SlotImageCheck = { skip: [], flag: [], unplaceable: new Set() },
): Promise<VariantOutcome> {
  const { spec } = run;
  const calls: Call[] = [];
  const cost = () => calls.reduce((n, c) => n + callMicros(c), 0);
  const rng = seededRng(hashSeed(run.seed, index));
  const writeCopy = async (avoid?: Partial<Record<CopyField, string>>) => {
    const result = await deps.text(run.models.text).writeCopy({
      model: run.models.text.name,
      spec,
      slots,
      prompt: run.renderPrompt(slots),
      rng,
      ...(avoid ? { avoid } : {}),
    });
    calls.push({ model: run.models.text, usage: result.usage, operation: "copy" });
    return result.copy;
  };
  const render = async (copy: AdCopy) => {
    const result = await deps.image(run.models.image).render({
      model: run.models.image.name,
      render: renderRequest(deps, run, slots, copy, images.unplaceable),
      prompt: artDirection(spec, slots),
    });
    calls.push({ model: run.models.image, usage: result.usage, operation: "image" });
    return result;
  };
  const dropAsDuplicate = () =>
    drop(deps, run, index, slots, runId, "near-duplicate of an existing output (same slots and copy)", calls);
  try {
    let copy = await writeCopy();
    let key = dedupKey(slots, copy);
    if (run.seenKeys.has(key)) return await dropAsDuplicate();
    let image = await render(copy);
    const warnings: string[] = [];
    const checker = run.checker;
    if (checker) {
      let outcome = await check(checker, run, slots, copy, image);
      const fixable = outcome.fixedCopy && JSON.stringify(outcome.fixedCopy) !== JSON.stringify(copy);
      if (blocking(outcome.violations).length || fixable) {
        // One repair: take the checker's safe fixes, else re-fill the offending copy fields; then re-render and re-check.
        const reasons = blocking(outcome.violations);
        copy =
          fixable && outcome.fixedCopy
            ? { ...copy, ...outcome.fixedCopy }
            : await writeCopy(offendingLines(reasons, copy));
        image = await render(copy);
        outcome = await check(checker, run, slots, copy, image);
        const still = blocking(outcome.violations);
        if (still.length) {
          const why = still.map((v) => `${v.ruleId}: ${v.message}`).join("; ");
          return await drop(deps, run, index, slots, runId, `brand rules still fail after one repair — ${why}`, calls);
        }
        key = dedupKey(slots, copy);
      }
      warnings.push(...outcome.violations.filter((v) => v.severity === "warn").map((v) => `${v.ruleId}: ${v.message}`));
    }
    if (run.seenKeys.has(key)) return await dropAsDuplicate();
    run.seenKeys.add(key);
    const sha256 = sha256Of(image.png);
    const inputs = inputAssetIds(spec, slots);
    const total = cost();
    const stored = await deps.library.add({
      bytes: image.png,
      filename: `${runId}.png`,
      facts: {
        sha256,
        format: "png",
        mimeType: "image/png",
        width: image.width,
        height: image.height,
        bytes: image.png.length,
        thumbnail: image.thumbnail,
      },
      onDuplicate: "skip",
      actor: run.actor,
      meta: {
        kind: "output",
        status: "generated",
        brand: run.brandId,
        name: `${run.templateName} v${run.templateVersion} · ${slots.format} · ${slots.tone}/${slots.hook} · #${index + 1}`,
        description: `${copy.headline} — ${copy.body}`,
        source: "winnow generate_variants",
        useCase: "paid social",
        metadata: {
          slots,
          copy,
          format: slots.format,
          templateVersionId: run.templateVersionId,
          promptVersionId: run.promptVersionId,
          modelIds: [run.models.text.id, run.models.image.id],
          runId,
          batchId: run.batchId,
          seed: run.seed,
          index,
          dedupKey: key,
          inputAssetIds: inputs,
          layout: image.layout,
          ...(warnings.length ? { brandWarnings: warnings } : {}),
          ...(images.flag.length ? { missingImages: images.flag.map(describeMissing) } : {}),
        },
        links: run.campaignId ? [{ type: "campaign", id: run.campaignId }] : [],
      },
      within: async (tx, assetId, at) => {
        const raw: Omit<LineageEdgeInput, "metadata">[] = [
          { fromId: assetId, relation: "generated_by", toId: run.templateVersionId },
          { fromId: assetId, relation: "generated_by", toId: run.promptVersionId },
          { fromId: assetId, relation: "generated_by", toId: run.models.text.id },
          ...(run.models.image.id !== run.models.text.id
            ? [{ fromId: assetId, relation: "generated_by" as const, toId: run.models.image.id }]
            : []),
          ...inputs.map((id) => ({ fromId: assetId, relation: "uses" as const, toId: id })),
          ...(productAsset(spec, slots)
            ? [{ fromId: assetId, relation: "derived_from" as const, toId: productAsset(spec, slots)! }]
            : []),
          ...(run.campaignId ? [{ fromId: assetId, relation: "used_in" as const, toId: run.campaignId }] : []),
        ];
        await addLineageEdges(
          tx,
          raw.map((e) => ({ ...e, metadata: { runId } })),
          at,
        );
        await bookCalls(tx, run, runId, calls, at);
        await finishRun(tx, runId, { status: "succeeded", outputCount: 1, costMicros: total, finishedAt: at });
        await recordEvent(tx, {
          entityType: "generation_run",
          entityId: runId,
          action: "generation_run.succeeded",
          actor: run.actor,
          at,
          data: { assetId, index, costMicros: total },
        });
      },
    });
    if (!stored.created) {
      return await drop(
        deps,
        run,
        index,
        slots,
        runId,
        `identical image already in the library (${stored.duplicateOf})`,
        calls,
      );
    }
    return {
      kind: "created",
      index,
      runId,
      assetId: stored.asset.id,
      slots,
      copy,
      costMicros: total,
      warnings: [...images.flag.map((m) => `missing image: ${describeMissing(m)}`), ...warnings],
      missingImages: images.flag,
    };
  } catch (error) {
    const err = asWinnowError(error);
    const at = isoNow(deps.clock);
    await deps.database.db.transaction(async (tx) => {
      await bookCalls(tx, run, runId, calls, at);
      const failedModel = err.code === "provider_error" ? modelOf(err, run) : undefined;
      if (failedModel) await recordModelCall(tx, failedModel.id, 0, true);
      await finishRun(tx, runId, {
        status: "failed",
        error: `${err.code}: ${err.message}`,
        outputCount: 0,
        costMicros: cost(),
        finishedAt: at,
      });
      await recordEvent(tx, {
        entityType: "generation_run",
        entityId: runId,
        action: "generation_run.failed",
        actor: run.actor,
        at,
        data: { index, error: err.message },
      });
    });
    return { kind: "failed", index, runId, slots, error: err, costMicros: cost() };
  }
}

const callMicros = (c: Call) => estimateCallMicros(c.model, c.usage.tokensIn, c.usage.tokensOut, c.usage.images);

async function bookCalls(tx: Tx, run: RunContext, runId: string, calls: Call[], at: string) {
  for (const c of calls) {
    await recordCost(
      tx,
      {
        runId,
        campaignId: run.campaignId,
        modelId: c.model.id,
        templateVersionId: run.templateVersionId,
        promptVersionId: run.promptVersionId,
        provider: c.model.provider,
        operation: c.operation,
        tokensIn: c.usage.tokensIn,
        tokensOut: c.usage.tokensOut,
        images: c.usage.images,
        seconds: c.usage.seconds,
        costMicros: callMicros(c),
      },
      at,
    );
    await recordModelCall(tx, c.model.id, c.usage.seconds * 1000, false);
  }
}

async function drop(
  deps: GenerationDeps,
  run: RunContext,
  index: number,
  slots: SlotChoice,
  runId: string,
  reason: string,
  calls: Call[],
): Promise<VariantOutcome> {
  const at = isoNow(deps.clock);
  const total = calls.reduce((n, c) => n + callMicros(c), 0);
  await deps.database.db.transaction(async (tx) => {
    await bookCalls(tx, run, runId, calls, at);
    await finishRun(tx, runId, { status: "dropped", error: reason, outputCount: 0, costMicros: total, finishedAt: at });
    await recordEvent(tx, {
      entityType: "generation_run",
      entityId: runId,
      action: "generation_run.dropped",
      actor: run.actor,
      at,
      data: { index, reason },
    });
  });
  return { kind: "dropped", index, runId, slots, reason, costMicros: total };
}

function modelOf(err: { message: string }, run: RunContext) {
  if (err.message.includes(run.models.text.name)) return run.models.text;
  if (err.message.includes(run.models.image.name)) return run.models.image;
  return undefined;
}

const blocking = (violations: Violation[]) => violations.filter((v) => v.severity === "block");

function offendingLines(violations: Violation[], copy: AdCopy): Partial<Record<CopyField, string>> {
  const fields = violations.flatMap((v) =>
    v.location && "field" in v.location && COPY_FIELDS_SET.has(v.location.field) ? [v.location.field as CopyField] : [],
  );
  const targets = fields.length ? fields : (["headline", "body"] as CopyField[]);
  return Object.fromEntries(targets.map((f) => [f, copy[f]]));
}

function check(
  checker: CandidateChecker,
  run: RunContext,
  slots: SlotChoice,
  copy: AdCopy,
  image: { png: Buffer; layout: Record<string, { x: number; y: number; width: number; height: number }> },
) {
  return checker.checkCandidate(
    {
      brandId: run.brandId,
      offerType: slots.offer,
      format: slots.format,
      copy,
      image: image.png,
      layout: image.layout,
      inputAssetIds: inputAssetIds(run.spec, slots),
    },
    run.pinned,
  );
}

const productAsset = (spec: TemplateSpec, slots: SlotChoice) => slotValue(spec, "product", slots.product)?.assetId;

export function inputAssetIds(spec: TemplateSpec, slots: SlotChoice): string[] {
  const ids = (["product", "scene", "talent"] as const).map((s) => slotValue(spec, s, slots[s])?.assetId);
  return [...new Set([...ids, spec.style.logoAssetId].filter((id): id is string => Boolean(id)))];
}

function renderRequest(
  deps: GenerationDeps,
  run: RunContext,
  slots: SlotChoice,
  copy: AdCopy,
  unplaceable: Set<string>,
): RenderRequest {
  const source = (assetId: string | undefined) =>
    assetId && !unplaceable.has(assetId) ? { key: assetId, load: () => deps.loadAsset(assetId) } : undefined;
  return {
    layout: run.spec.layouts[slots.format as FormatId]!,
    palette: run.palette,
    fontFamily: run.spec.style.fontFamily,
    panelOpacity: run.spec.style.panelOpacity,
    copy,
    product: source(slotValue(run.spec, "product", slots.product)?.assetId),
    scene: source(slotValue(run.spec, "scene", slots.scene)?.assetId),
    talent: source(slotValue(run.spec, "talent", slots.talent)?.assetId),
    logo: source(run.spec.style.logoAssetId),
  };
}

function artDirection(spec: TemplateSpec, slots: SlotChoice): string {
  const label = (s: keyof SlotChoice) => slotValue(spec, s, slots[s])?.label ?? slots[s];
  return `Photographic background for a running-shoe ad: ${label("scene")}, ${label("tone")} mood, for ${label("audience")}. No text, no logos, leave space for a product card in the centre.`;
}

export function resolvePalette(spec: TemplateSpec, brandPalette: string[]): Palette {
  const pick = (i: number, fallback: string) => brandPalette[i] ?? fallback;
  return {
    primary: spec.style.primary ?? pick(0, "#FF5A1F"),
    ink: spec.style.ink ?? pick(1, "#15171C"),
    paper: spec.style.paper ?? pick(2, "#F4F1EA"),
    accent: spec.style.accent ?? pick(4, pick(3, "#FFC845")),
  };
}
