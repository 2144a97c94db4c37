import { addAsset } from "./add_asset.ts";
import { addBrandMember } from "./add_brand_member.ts";
import { checkBrandRules } from "./check_brand_rules.ts";
import { costReportTool } from "./cost_report.ts";
import { createBrand } from "./create_brand.ts";
import { createExperiment } from "./create_experiment.ts";
import { createPromptVersionTool } from "./create_prompt_version.ts";
import { createTemplate } from "./create_template.ts";
import { decideReview } from "./decide_review.ts";
import type { AnyTool, Toolset } from "./define.ts";
import { findDuplicates } from "./find_duplicates.ts";
import { findSimilar } from "./find_similar.ts";
import { generateVariants } from "./generate_variants.ts";
import { getAsset } from "./get_asset.ts";
import { getBrandRules } from "./get_brand_rules.ts";
import { getExperimentResults } from "./get_experiment_results.ts";
import { getStarterFile } from "./get_starter_file.ts";
import { importAssets } from "./import_assets.ts";
import { ingestMetrics } from "./ingest_metrics.ts";
import { libraryReview } from "./library_review.ts";
import { linkDeploymentTool } from "./link_deployment.ts";
import { listAssets } from "./list_assets.ts";
import { listAuditEvents } from "./list_audit_events.ts";
import { listBrandMembers } from "./list_brand_members.ts";
import { listBrands } from "./list_brands.ts";
import { listDeploymentsTool } from "./list_deployments.ts";
import { listJobs } from "./list_jobs.ts";
import { listModels } from "./list_models.ts";
import { listPromptVersionsTool } from "./list_prompt_versions.ts";
import { listReviews } from "./list_reviews.ts";
import { listTaggerVersions } from "./list_tagger_versions.ts";
import { listTemplates } from "./list_templates.ts";
import { promoteTagger } from "./promote_tagger.ts";
import { promoteWinners } from "./promote_winners.ts";
import { recordFeedback } from "./record_feedback.ts";
import { removeBrandMember } from "./remove_brand_member.ts";
import { replaceAssetVersion } from "./replace_asset_version.ts";
import { requestReview } from "./request_review.ts";
import { resolveDuplicates } from "./resolve_duplicates.ts";
import { retrainTagger } from "./retrain_tagger.ts";
import { reviewAsset } from "./review_asset.ts";
import { rollbackTagger } from "./rollback_tagger.ts";
import { searchAssets } from "./search_assets.ts";
import { setPromptLabelTool } from "./set_prompt_label.ts";
import { slotInsightsTool } from "./slot_insights.ts";
import { stopExperimentTool } from "./stop_experiment.ts";
import { tagAssets } from "./tag_assets.ts";
import { topPerformersTool } from "./top_performers.ts";
import { traceLineageTool } from "./trace_lineage.ts";
import { unlinkDeploymentTool } from "./unlink_deployment.ts";
import { updateAllocation } from "./update_allocation.ts";
import { updateAsset } from "./update_asset.ts";
import { updateBrand } from "./update_brand.ts";
import { updateBrandRules } from "./update_brand_rules.ts";

/** Every MCP tool Winnow serves. Add a tool: one file under tools/, one line here. */
export const ALL_TOOLS = [
  createExperiment,
  getExperimentResults,
  topPerformersTool,
  slotInsightsTool,
  promoteWinners,
  ingestMetrics,
  listJobs,
  checkBrandRules,
  updateBrandRules,
  getBrandRules,
  libraryReview,
  reviewAsset,
  replaceAssetVersion,
  createPromptVersionTool,
  listPromptVersionsTool,
  setPromptLabelTool,
  traceLineageTool,
  costReportTool,
  createTemplate,
  listTemplates,
  getStarterFile,
  generateVariants,
  listModels,
  addAsset,
  importAssets,
  getAsset,
  listAssets,
  updateAsset,
  requestReview,
  decideReview,
  listAuditEvents,
  recordFeedback,
  listReviews,
  retrainTagger,
  promoteTagger,
  rollbackTagger,
  listTaggerVersions,
  searchAssets,
  findSimilar,
  tagAssets,
  findDuplicates,
  resolveDuplicates,
  createBrand,
  updateBrand,
  listBrands,
  addBrandMember,
  removeBrandMember,
  listBrandMembers,
  linkDeploymentTool,
  unlinkDeploymentTool,
  listDeploymentsTool,
  updateAllocation,
  stopExperimentTool,
] as unknown as AnyTool[];

export interface ToolSelection {
  readOnly?: boolean;
  toolsets?: string[] | undefined;
}

/** WINNOW_READ_ONLY lists only read-only tools; WINNOW_TOOLSETS narrows to the named toolsets. */
export function selectTools(selection: ToolSelection = {}, tools: AnyTool[] = ALL_TOOLS): AnyTool[] {
  return tools.filter(
    (t) =>
      (!selection.readOnly || t.annotations.readOnlyHint === true) &&
      (!selection.toolsets?.length || selection.toolsets.includes(t.toolset as Toolset)),
  );
}

export function findTool(name: string, tools: AnyTool[] = ALL_TOOLS): AnyTool | undefined {
  return tools.find((t) => t.name === name);
}
