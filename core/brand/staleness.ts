import { eq, sql } from "drizzle-orm";
import type { Database, Tx } from "../../db/client.ts";
import { getAssetRow } from "../../db/repositories/assets.ts";
import { recordEvent } from "../../db/repositories/events.ts";
import {
  assetsByIds,
  downstreamAssetIds,
  lapsedRights,
  liveOutputs,
  RETIRED_STATUSES,
  upstreamAssetIds,
} from "../../db/repositories/staleness.ts";
import { assets } from "../../db/schema.ts";
import { type Clock, isoNow } from "../clock.ts";
import { invalidInput, notFound, WinnowError } from "../errors.ts";
import type { Library } from "../library/library.ts";
import { systemActor } from "../people/caller.ts";
import type { BrandChecker } from "./governance.ts";
import { inputProblems } from "./usability.ts";

export interface Marked {
  assetId: string;
  reason: string;
}

export interface StalenessDeps {
  database: Database;
  clock: Clock;
  library: Library;
  checker: BrandChecker;
}

/**
 * Keeps the library honest when the world changes: a new rule-set version, a new product/packaging version or a
 * rights expiry marks every affected asset `needs_review` (walking lineage downstream), and `assertUsable` keeps
 * those assets out of new generations and deployments until someone reviews them.
 */
export class Staleness {
  constructor(private readonly deps: StalenessDeps) {}

  /** Marks the given assets needs_review with a reason; retired assets are left alone. One event per asset. */
  async mark(tx: Tx, ids: string[], reason: string, cause: Record<string, unknown>, actor: string): Promise<Marked[]> {
    const rows = (await assetsByIds(tx, ids)).filter((r) => !RETIRED_STATUSES.includes(r.status));
    const at = isoNow(this.deps.clock);
    const out: Marked[] = [];
    for (const row of rows.sort((a, b) => a.id.localeCompare(b.id))) {
      const already = row.reviewReason?.split("; ") ?? [];
      const next =
        row.status === "needs_review" && row.reviewReason ? [...new Set([...already, reason])].join("; ") : reason;
      await tx
        .update(assets)
        .set({ status: "needs_review", reviewReason: next, updatedAt: at, version: sql`${assets.version} + 1` })
        .where(eq(assets.id, row.id));
      await recordEvent(tx, {
        entityType: "asset",
        entityId: row.id,
        action: "asset.status.needs_review",
        actor,
        at,
        data: { from: row.status, reason, ...cause },
      });
      out.push({ assetId: row.id, reason });
    }
    return out;
  }

  /** After a new rule-set version: re-check live outputs of the brand; those that now fail (and their dependents) are marked. */
  async recheckOutputs(brandId: string, ruleSetId: string, version: number, actor: string) {
    const { db } = this.deps.database;
    const outputs = await liveOutputs(db, brandId);
    const failing: { id: string; reason: string }[] = [];
    for (const output of outputs) {
      const candidate = await this.deps.checker.candidateForAsset(output.id);
      const outcome = await this.deps.checker.checkCandidate(candidate, { ruleSetId });
      const blocks = outcome.violations.filter((v) => v.severity === "block");
      if (blocks.length) {
        failing.push({
          id: output.id,
          reason: `fails brand rules v${version}: ${blocks.map((b) => `${b.ruleId} (${b.message})`).join(", ")}`,
        });
      }
    }
    const marked: Marked[] = [];
    await db.transaction(async (tx) => {
      for (const f of failing) {
        marked.push(...(await this.mark(tx, [f.id], f.reason, { cause: "rule_set", ruleSetId, version }, actor)));
        const dependents = await downstreamAssetIds(tx, [f.id]);
        const reason = `depends on ${f.id}, which fails brand rules v${version}`;
        marked.push(...(await this.mark(tx, dependents, reason, { cause: "rule_set", ruleSetId, version }, actor)));
      }
    });
    return { checked: outputs.length, marked };
  }

  /**
   * Registers a new version of a product/packaging asset: the new asset points at the one it replaces, the old one is
   * archived, and everything derived from the old one is marked for review.
   */
  async replaceAssetVersion(input: {
    replacedId: string;
    newAssetId: string;
    actor: string;
    reason?: string | undefined;
  }) {
    const { db } = this.deps.database;
    const old = await getAssetRow(db, input.replacedId);
    if (!old) throw notFound("Asset", input.replacedId);
    const fresh = await getAssetRow(db, input.newAssetId);
    if (!fresh) throw notFound("Asset", input.newAssetId);
    if (old.id === fresh.id)
      throw invalidInput("newAssetId", "is the asset being replaced", "Add the new file first, then pass its id.");
    if (fresh.versionOf && fresh.versionOf !== old.id) {
      throw new WinnowError(
        "conflict",
        `Asset ${fresh.id} already replaces ${fresh.versionOf}; an asset replaces one asset.`,
      );
    }
    const at = isoNow(this.deps.clock);
    const why = input.reason ?? "product/packaging change";
    return db.transaction(async (tx) => {
      await tx
        .update(assets)
        .set({ versionOf: old.id, updatedAt: at, version: sql`${assets.version} + 1` })
        .where(eq(assets.id, fresh.id));
      await tx
        .update(assets)
        .set({
          status: "archived",
          reviewReason: `replaced by ${fresh.id} (${why})`,
          updatedAt: at,
          version: sql`${assets.version} + 1`,
        })
        .where(eq(assets.id, old.id));
      await recordEvent(tx, {
        entityType: "asset",
        entityId: old.id,
        action: "asset.replaced",
        actor: input.actor,
        at,
        data: { replacedBy: fresh.id, reason: why, from: old.status },
      });
      const dependents = (await downstreamAssetIds(tx, [old.id])).filter((id) => id !== fresh.id);
      const marked = await this.mark(
        tx,
        dependents,
        `input ${old.id} ("${old.name}") was replaced by ${fresh.id} (${why})`,
        { cause: "asset_version", replacedId: old.id, newAssetId: fresh.id },
        input.actor,
      );
      return { replacedId: old.id, newAssetId: fresh.id, marked };
    });
  }

  /** Scheduled: every asset whose rights lapsed by `now`, and everything derived from it, is marked for review. */
  async expireRights(now: Date = this.deps.clock.now(), actor = systemActor("scheduler")) {
    const { db } = this.deps.database;
    const iso = now.toISOString();
    return db.transaction(async (tx) => {
      const lapsed = await lapsedRights(tx, iso);
      const marked: Marked[] = [];
      for (const row of lapsed) {
        const reason = `usage rights of ${row.id} ("${row.name}") expired on ${row.rightsExpiresAt!.slice(0, 10)}`;
        const cause = { cause: "rights_expired", assetId: row.id, rightsExpiresAt: row.rightsExpiresAt };
        marked.push(...(await this.mark(tx, [row.id], reason, cause, actor)));
        marked.push(
          ...(await this.mark(tx, await downstreamAssetIds(tx, [row.id]), `depends on ${reason}`, cause, actor)),
        );
      }
      return { expired: lapsed.map((r) => r.id), marked };
    });
  }

  /**
   * Throws unless every asset may be used in a new generation or deployment: not waiting for review, retired or
   * replaced, and neither it nor anything it was made from has lapsed rights.
   */
  async assertUsable(assetIds: string[]): Promise<void> {
    const { db } = this.deps.database;
    const now = this.deps.clock.now();
    const direct = (await inputProblems(db, assetIds, now, 0)).filter((p) => p.severity === "block");
    const upstream = await upstreamAssetIds(db, assetIds);
    const inherited = (await inputProblems(db, upstream, now, 0)).filter(
      (p) => p.severity === "block" && "rightsExpiresAt" in p.measured,
    );
    const problems = [...direct, ...inherited];
    if (problems.length === 0) return;
    throw new WinnowError(
      "conflict",
      `Not usable until reviewed: ${problems.map((p) => p.reason).join("; ")}. Review the assets with review_asset (or renew their rights), or choose other inputs.`,
      { field: "assetIds", blocked: problems.map((p) => ({ assetId: p.assetId, reason: p.reason })) },
    );
  }
}
