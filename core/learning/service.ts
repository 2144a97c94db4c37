import pLimit from "p-limit";
import type { BlobStore } from "../../db/blobs.ts";
import type { Database } from "../../db/client.ts";
import { recordEvent } from "../../db/repositories/events.ts";
import * as repo from "../../db/repositories/learning.ts";
import { type Clock, isoNow } from "../clock.ts";
import { invalidInput, notFound, WinnowError } from "../errors.ts";
import { newId } from "../ids.ts";
import type { Logger } from "../log.ts";
import { accuracyOn, compareShadow, type ShadowComparison, type TagPredictor } from "./evaluate.ts";
import { fromBlob, toBlob, VISUAL_DIMS, VISUAL_FEATURES, visualFeatures } from "./features.ts";
import { LearningJournal } from "./journal.ts";
import { scoreTag, type TaggerModel, trainTagger } from "./model.ts";
import { type Example, examplesFromSignals, splitExamples, tagKey } from "./signals.ts";

export interface LearningSettings {
  minLabels: number;
  heldOutFraction: number;
  retrainBelowAccuracy: number;
  reviewAboveOverrideRate: number;
  minCategoryLabels: number;
}

export const DEFAULT_LEARNING: LearningSettings = {
  minLabels: 20,
  heldOutFraction: 0.25,
  retrainBelowAccuracy: 0.85,
  reviewAboveOverrideRate: 0.25,
  minCategoryLabels: 5,
};

export interface LearningDeps {
  database: Database;
  blobs: BlobStore;
  clock: Clock;
  logger: Logger;
  settings: LearningSettings;
}

export type Progress = (done: number, total: number, message: string) => void | Promise<void>;

export interface VersionSummary {
  id: string;
  version: number;
  status: string;
  approvedBy: string | null;
  createdAt: string;
  tags: number;
  comparison: ShadowComparison | null;
}

export interface RetrainResult {
  version: VersionSummary;
  comparison: ShadowComparison;
  dataUsed: { examples: number; train: number; heldOut: number; bySource: Record<string, number>; tags: number };
}

export const summarise = (row: repo.TaggerVersionRow): VersionSummary => ({
  id: row.id,
  version: row.version,
  status: row.status,
  approvedBy: row.approvedBy,
  createdAt: row.createdAt,
  tags: ((row.model as Partial<TaggerModel>).tags ?? []).length,
  comparison: ((row.metrics as { comparison?: ShadowComparison }).comparison ?? null) as ShadowComparison | null,
});

/**
 * The tagger learning loop: learn from feedback, run a new version in shadow beside the current one, compare both on
 * held-out corrected labels, promote only with a recorded approval, roll back to any earlier version in one call.
 */
export class TaggerLearning {
  /** One writer at a time in this process (the local libSQL driver deadlocks on overlapping write transactions). */
  private readonly writes = pLimit(1);

  /** Cycles, drift checks and KPI figures (written by agents/tagger-trainer and drift-monitor, read by /learning). */
  readonly journal: LearningJournal;

  constructor(private readonly deps: LearningDeps) {
    this.journal = new LearningJournal(deps);
  }

  get settings() {
    return this.deps.settings;
  }

  async examples(): Promise<{ examples: Example[]; machine: Map<string, Set<string>> }> {
    const signals = await repo.readSignals(this.deps.database.db);
    const machine = new Map<string, Set<string>>();
    const category = new Map<string, string>();
    for (const t of signals.machineTags) {
      if (t.confidence >= 0.5)
        machine.set(t.assetId, (machine.get(t.assetId) ?? new Set()).add(tagKey(t.category, t.tag)));
      category.set(`${t.assetId}|${t.tag.toLowerCase()}`, t.category);
      category.set(`*|${t.tag.toLowerCase()}`, t.category);
    }
    const examples = examplesFromSignals({
      ...signals,
      categoryOf: (assetId, tag) => category.get(`${assetId}|${tag}`) ?? category.get(`*|${tag}`),
    });
    return { examples, machine };
  }

  /** Visual feature vectors, computed once per asset from its thumbnail and cached in asset_embeddings. */
  async vectors(assetIds: string[], progress?: Progress): Promise<Map<string, Float32Array>> {
    const { db } = this.deps.database;
    const ids = [...new Set(assetIds)];
    const stored = await repo.storedVectors(db, ids, VISUAL_FEATURES);
    const out = new Map<string, Float32Array>();
    for (const [id, blob] of stored) out.set(id, fromBlob(blob));
    const missing = await repo.assetShas(
      db,
      ids.filter((id) => !out.has(id)),
    );
    let done = 0;
    for (const { id, sha256 } of missing) {
      try {
        const vector = await visualFeatures(await this.deps.blobs.readThumbnail(sha256));
        out.set(id, vector);
        await this.writes(() =>
          repo.storeVector(db, {
            assetId: id,
            kind: "visual",
            model: VISUAL_FEATURES,
            modelVersion: "1",
            dims: VISUAL_DIMS,
            vector: toBlob(vector),
            createdAt: isoNow(this.deps.clock),
          }),
        );
      } catch (error) {
        this.deps.logger.warn("no visual features for asset", { assetId: id, error: String(error) });
      }
      done++;
      if (progress && done % 10 === 0) await progress(done, missing.length, `features ${done}/${missing.length}`);
    }
    return out;
  }

  /** The tagger in charge now: the active learned version, backed by the machine tags for tags it never learned. */
  predictor(
    model: TaggerModel | undefined,
    machine: Map<string, Set<string>>,
    vectors: Map<string, Float32Array>,
  ): TagPredictor {
    return (assetId, key) => {
      const v = vectors.get(assetId);
      const p = model && v ? scoreTag(model, key, v) : undefined;
      return p !== undefined ? p >= 0.5 : (machine.get(assetId)?.has(key) ?? false);
    };
  }

  async activeModel(): Promise<{ row: repo.TaggerVersionRow | undefined; model: TaggerModel | undefined }> {
    const row = await repo.activeTaggerVersion(this.deps.database.db);
    return { row, model: row ? (row.model as unknown as TaggerModel) : undefined };
  }

  /** Trains a candidate on all non-held-out signals and records it in shadow mode with its held-out comparison. */
  async retrain(options: { actor: string; progress?: Progress }): Promise<RetrainResult> {
    const progress = options.progress ?? (() => {});
    await progress(0, 4, "reading feedback");
    const { examples, machine } = await this.examples();
    const need = this.deps.settings.minLabels;
    if (examples.length < need) {
      throw new WinnowError(
        "invalid_input",
        `labels: retraining needs at least ${need} labelled examples and there are ${examples.length}. Record ${need - examples.length} more tag corrections (record_feedback or Slack) and retry.`,
        { field: "labels", needed: need, have: examples.length },
      );
    }
    const { train, heldOut } = splitExamples(examples, this.deps.settings.heldOutFraction);
    await progress(1, 4, "computing asset features");
    const vectors = await this.vectors(examples.map((e) => e.assetId));
    await progress(2, 4, `training on ${train.length} examples`);
    const model = trainTagger(train, vectors, VISUAL_FEATURES);
    const { row: active, model: activeModel } = await this.activeModel();
    await progress(3, 4, `shadow comparison on ${heldOut.length} held-out labels`);
    const comparison = compareShadow(
      this.predictor(activeModel, machine, vectors),
      this.predictor(model, machine, vectors),
      heldOut,
    );
    const bySource: Record<string, number> = {};
    for (const e of examples) bySource[e.source] = (bySource[e.source] ?? 0) + 1;
    const dataUsed = {
      examples: examples.length,
      train: train.length,
      heldOut: heldOut.length,
      bySource,
      tags: model.tags.length,
    };
    const at = isoNow(this.deps.clock);
    const id = newId("taggerVersion");
    const { db } = this.deps.database;
    const row = await this.writes(() =>
      db.transaction(async (tx) => {
        const version = await repo.nextTaggerVersionNumber(tx);
        const shadows = (await repo.listTaggerVersions(tx)).filter((v) => v.status === "shadow");
        for (const s of shadows) await repo.setTaggerStatus(tx, s.id, "shadow", "superseded");
        const metrics = {
          comparison,
          dataUsed,
          comparedWith: active ? `v${active.version}` : "machine tags",
          trainedAt: at,
        };
        await repo.insertTaggerVersion(tx, {
          id,
          name: "tagger",
          version,
          status: "shadow",
          model: model as unknown as Record<string, unknown>,
          metrics,
          createdAt: at,
        });
        await recordEvent(tx, {
          entityType: "tagger_version",
          entityId: id,
          action: "tagger.trained",
          actor: options.actor,
          at,
          data: { version, ...metrics },
        });
        return (await repo.getTaggerVersion(tx, id))!;
      }),
    );
    await progress(4, 4, "done");
    return { version: summarise(row), comparison, dataUsed };
  }

  /** Makes a version the active tagger. A recorded approval (who approved) is required. */
  async promote(ref: string, approvedBy: string, actor: string): Promise<VersionSummary> {
    if (!approvedBy.trim()) {
      throw invalidInput(
        "approvedBy",
        "is empty",
        "Promotion needs a recorded approval: pass who approved it, e.g. a Slack user id or email.",
      );
    }
    const target = await this.require(ref);
    if (target.status === "active") throw new WinnowError("conflict", `Tagger v${target.version} is already active.`);
    return this.switchTo(
      target,
      "retired",
      actor,
      "tagger.promoted",
      { approvedBy: approvedBy.trim() },
      approvedBy.trim(),
    );
  }

  /** One call back to any earlier approved version; the version in charge is marked rolled_back. */
  async rollback(ref: string, actor: string, reason?: string): Promise<VersionSummary> {
    const target = await this.require(ref);
    if (target.status === "active")
      throw new WinnowError("conflict", `Tagger v${target.version} is already active; nothing to roll back.`);
    if (!target.approvedBy) {
      throw new WinnowError(
        "invalid_input",
        `version: tagger v${target.version} was never approved, so it cannot be rolled back to. Promote it with promote_tagger (as an approver) instead.`,
        { field: "version" },
      );
    }
    return this.switchTo(target, "rolled_back", actor, "tagger.rolled_back", { reason: reason ?? null });
  }

  async list(): Promise<VersionSummary[]> {
    return (await repo.listTaggerVersions(this.deps.database.db)).map(summarise);
  }

  /** Live accuracy of the tagger in charge on every corrected label, and how often people override what it says. */
  async liveQuality() {
    const { examples, machine } = await this.examples();
    const corrections = examples.filter((e) => e.source === "correction");
    const { model } = await this.activeModel();
    const vectors = model ? await this.vectors(corrections.map((e) => e.assetId)) : new Map<string, Float32Array>();
    const predict = this.predictor(model, machine, vectors);
    const said = corrections.filter((e) => predict(e.assetId, tagKey(e.category, e.tag)));
    const overridden = said.filter((e) => !e.positive).length;
    return {
      examples,
      live: accuracyOn(predict, corrections),
      overrideRate: said.length ? overridden / said.length : null,
    };
  }

  private async require(ref: string) {
    const row = await repo.getTaggerVersion(this.deps.database.db, ref);
    if (!row) {
      const known = (await repo.listTaggerVersions(this.deps.database.db)).map((v) => `v${v.version} (${v.id})`);
      throw notFound(
        "Tagger version",
        ref,
        known.length
          ? `Known versions: ${known.join(", ")}.`
          : "No tagger versions exist yet; run retrain_tagger first.",
      );
    }
    return row;
  }

  private async switchTo(
    target: repo.TaggerVersionRow,
    oldStatus: string,
    actor: string,
    action: string,
    data: Record<string, unknown>,
    approvedBy?: string,
  ) {
    const { db } = this.deps.database;
    const at = isoNow(this.deps.clock);
    return this.writes(() =>
      db.transaction(async (tx) => {
        const previous = await repo.activeTaggerVersion(tx);
        await repo.retireActive(tx, oldStatus);
        if (!(await repo.setTaggerStatus(tx, target.id, target.status, "active", approvedBy))) {
          throw new WinnowError(
            "conflict",
            `Tagger v${target.version} changed while switching; re-read with list_tagger_versions and retry.`,
          );
        }
        await recordEvent(tx, {
          entityType: "tagger_version",
          entityId: target.id,
          action,
          actor,
          at,
          data: {
            ...data,
            version: target.version,
            previous: previous ? { id: previous.id, version: previous.version } : null,
          },
        });
        return summarise((await repo.getTaggerVersion(tx, target.id))!);
      }),
    );
  }
}
