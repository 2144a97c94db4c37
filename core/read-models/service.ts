import type { Database } from "../../db/client.ts";
import {
  armsWithAsset,
  assetCostMicros,
  auditTrail,
  brandOptions,
  feedbackFor,
  generationRunsPage,
  hiddenIds,
  type LibraryQuery,
  type LineageGraph,
  libraryPage,
  lineageAround,
  overviewCounts,
  reviewQueue,
  winners,
} from "../../db/repositories/dashboard.ts";
import { experimentDetail, experimentsList } from "../../db/repositories/dashboard_experiments.ts";
import { weeklyReviewData } from "../../db/repositories/reports.ts";
import { type BrandScope, restrictTo } from "../people/caller.ts";

export type { LibraryItem } from "../../db/repositories/dashboard.ts";

/**
 * Read models for the dashboard's pages: one question per method, answered from the tables, never a write. Every list
 * takes the caller's BrandScope (Authorizer.visibleBrands, the same rule the list tools follow), so a member sees their
 * brands' rows and the workspace's unbranded ones; a page about one asset or experiment is authorized before it asks.
 */
export class ReadModels {
  constructor(private readonly deps: { database: Database }) {}

  private get db() {
    return this.deps.database.db;
  }

  overview(scope: BrandScope) {
    return overviewCounts(this.db, restrictTo(scope));
  }

  /** Brands for a filter menu: the ones the caller may see. */
  brands(scope: BrandScope) {
    return brandOptions(this.db, restrictTo(scope));
  }

  library(scope: BrandScope, query: Omit<LibraryQuery, "visible">) {
    return libraryPage(this.db, { ...query, visible: restrictTo(scope) });
  }

  /** The lineage around an asset, without the nodes (and their edges) of brands the caller may not see. */
  async lineage(scope: BrandScope, assetId: string): Promise<LineageGraph> {
    const graph = await lineageAround(this.db, assetId);
    const hidden = await hiddenIds(
      this.db,
      graph.nodes.map((n) => n.id),
      restrictTo(scope),
    );
    if (hidden.size === 0) return graph;
    return {
      nodes: graph.nodes.filter((n) => !hidden.has(n.id)),
      edges: graph.edges.filter((e) => !hidden.has(e.from) && !hidden.has(e.to)),
    };
  }

  feedback(assetId: string) {
    return feedbackFor(this.db, assetId);
  }

  /** Events about one entity (an asset's audit trail). */
  trail(entityId: string) {
    return auditTrail(this.db, entityId);
  }

  /** The visible experiments an asset is an arm of. */
  experimentsWithAsset(scope: BrandScope, assetId: string) {
    return armsWithAsset(this.db, assetId, restrictTo(scope));
  }

  assetCost(assetId: string) {
    return assetCostMicros(this.db, assetId);
  }

  generationRuns(scope: BrandScope, offset: number, limit: number) {
    return generationRunsPage(this.db, offset, limit, restrictTo(scope));
  }

  winners(scope: BrandScope, limit?: number) {
    return winners(this.db, limit, restrictTo(scope));
  }

  reviewQueue(scope: BrandScope) {
    return reviewQueue(this.db, undefined, restrictTo(scope));
  }

  experiments(scope: BrandScope, limit?: number) {
    return experimentsList(this.db, limit, restrictTo(scope));
  }

  /** The weekly creative review's facts: one brand's, or every brand the reader may see. */
  weeklyReview(scope: BrandScope, since: string, until: string, brandId?: string) {
    return weeklyReviewData(this.db, since, until, brandId, restrictTo(scope));
  }

  /** One experiment's header, arms and allocation history; the caller is authorized for it first. */
  experiment(id: string) {
    return experimentDetail(this.db, id);
  }
}
