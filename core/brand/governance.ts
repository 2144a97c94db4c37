import type { BlobStore } from "../../db/blobs.ts";
import type { Database } from "../../db/client.ts";
import { getAssetRow } from "../../db/repositories/assets.ts";
import { findBrand } from "../../db/repositories/brands.ts";
import { latestRuleSet } from "../../db/repositories/rules.ts";
import { directInputAssetIds } from "../../db/repositories/staleness.ts";
import type { Clock } from "../clock.ts";
import { invalidInput, notFound } from "../errors.ts";
import type { Candidate, CandidateChecker, CheckOutcome, Violation } from "./checker.ts";
import { type CompiledRuleSet, compileRuleSet } from "./compile.ts";
import { checkCopy, type ToneJudge } from "./copy-checks.ts";
import { type Box, checkImage } from "./image-checks.ts";
import type { RuleSetStore } from "./rule-sets.ts";
import { inputProblems } from "./usability.ts";

export interface BrandCheckerDeps {
  database: Database;
  blobs: BlobStore;
  clock: Clock;
  store: RuleSetStore;
  toneJudge?: ToneJudge | undefined;
}

/** Where an output keeps what the checker needs (written by generation into assets.metadata). */
export interface OutputMetadata {
  copy?: Candidate["copy"];
  offerType?: string;
  platform?: string;
  format?: string;
  layout?: Record<string, Box>;
  substantiationIds?: string[];
}

/**
 * Brand governance behind the generation seam: pin one rule-set version per run, check each candidate against it
 * (copy, rendered image, input assets). Compiled rule sets are cached per version by the store.
 */
export class BrandChecker implements CandidateChecker {
  constructor(private readonly deps: BrandCheckerDeps) {}

  async pinRuleSet(brandId: string): Promise<{ ruleSetId: string | null; version: number | null }> {
    const { db } = this.deps.database;
    const brand = await findBrand(db, brandId);
    if (!brand) throw notFound("Brand", brandId);
    const row = await latestRuleSet(db, brand.id);
    if (row) await this.deps.store.compiled(row.id); // warm the cache once per run, not per candidate
    return { ruleSetId: row?.id ?? null, version: row?.version ?? null };
  }

  async checkCandidate(candidate: Candidate, pinned: { ruleSetId: string | null }): Promise<CheckOutcome> {
    const compiled = pinned.ruleSetId
      ? await this.deps.store.compiled(pinned.ruleSetId)
      : compileRuleSet({ rules: [] }, { ruleSetId: null, version: null, brandId: candidate.brandId });
    if (pinned.ruleSetId && compiled.brandId !== candidate.brandId) {
      const brand = await findBrand(this.deps.database.db, candidate.brandId);
      if (brand?.id !== compiled.brandId) {
        throw invalidInput(
          "ruleSetId",
          `rule set ${pinned.ruleSetId} belongs to brand ${compiled.brandId}, not ${candidate.brandId}`,
          "Pin the candidate's own brand with pinRuleSet(brandId).",
        );
      }
    }
    const copy = await checkCopy(
      compiled,
      {
        copy: candidate.copy,
        offerType: candidate.offerType,
        platform: candidate.platform,
        format: candidate.format,
        substantiationIds: candidate.substantiationIds,
      },
      this.deps.toneJudge,
    );
    const image = await checkImage(compiled, {
      image: candidate.image,
      layout: candidate.layout,
      format: candidate.format,
    });
    const inputs = await this.checkInputs(compiled, candidate.inputAssetIds);
    return {
      ruleSetId: compiled.ruleSetId,
      ruleSetVersion: compiled.version,
      violations: [...copy.violations, ...image, ...inputs],
      ...(copy.fixedCopy ? { fixedCopy: copy.fixedCopy, fixes: copy.fixes } : {}),
    };
  }

  /** Stale, retired, replaced or expired inputs block; rights expiring soon warn. Always on, rule set or not. */
  async checkInputs(compiled: CompiledRuleSet, ids: string[]): Promise<Violation[]> {
    const rule = compiled.rules.map((c) => c.rule).find((r) => r.kind === "input_rights");
    const warnDays = rule?.kind === "input_rights" ? rule.warnWithinDays : 14;
    const problems = await inputProblems(this.deps.database.db, ids, this.deps.clock.now(), warnDays);
    return problems.map((p) => ({
      ruleId: rule?.id ?? "builtin.input-rights",
      kind: "input_rights",
      severity: p.severity === "warn" && rule?.severity === "warn" ? "warn" : p.severity,
      message: p.reason,
      measured: { assetId: p.assetId, ...p.measured },
      fix:
        rule?.fix ??
        "Use other inputs, or have the input reviewed (review_asset) / its rights renewed before generating from it.",
    }));
  }

  /** Builds the candidate an existing output asset represents: its copy, render, layout and direct inputs. */
  async candidateForAsset(assetId: string): Promise<Candidate> {
    const { db } = this.deps.database;
    const row = await getAssetRow(db, assetId);
    if (!row) throw notFound("Asset", assetId, "List assets with list_assets to find valid ids.");
    if (!row.brandId)
      throw invalidInput("assetId", `asset ${assetId} has no brand`, "Set its brand with update_asset.");
    const meta = (row.metadata ?? {}) as OutputMetadata;
    let image: Buffer;
    try {
      image = await this.deps.blobs.readOriginal(row.sha256, row.format);
    } catch {
      image = Buffer.alloc(0);
    }
    return {
      brandId: row.brandId,
      format: meta.format ?? `${row.width}x${row.height}`,
      copy: meta.copy ?? { headline: "", cta: "" },
      image,
      inputAssetIds: await directInputAssetIds(db, assetId),
      ...(meta.offerType ? { offerType: meta.offerType } : {}),
      ...(meta.platform ? { platform: meta.platform } : {}),
      ...(meta.layout ? { layout: meta.layout } : {}),
      ...(meta.substantiationIds ? { substantiationIds: meta.substantiationIds } : {}),
    };
  }
}
