import type { ToolOutcome } from "../../agents/orchestrator.ts";
import * as assets from "./assets.ts";
import * as brand from "./brand.ts";
import * as experiments from "./experiments.ts";
import { humanText } from "./format.ts";
import * as generation from "./generation.ts";
import { nextPage, prose, type RenderContext, type Renderer, rendered, section, withRefs } from "./kit.ts";
import { lineage } from "./lineage.ts";
import * as performance from "./performance.ts";
import * as review from "./review.ts";
import { callAsset, storyBlocks } from "./story.ts";
import type { RenderedOutcome, RenderOptions } from "./types.ts";

/**
 * Every tool's Slack rendering, drawn from its structured output (its zod output schema): names and dashboard links
 * instead of ids, money in its currency, dates in words, long lists cut with "and N more". A test holds this table to
 * tools/index.ts, so a new tool cannot ship without one.
 */
export const RENDERERS: Record<string, Renderer> = {
  // library
  search_assets: assets.search,
  find_similar: assets.search,
  list_assets: assets.listAssets,
  get_asset: assets.oneAsset,
  add_asset: assets.oneAsset,
  update_asset: assets.oneAsset,
  import_assets: assets.imported,
  library_review: assets.libraryReview,
  review_asset: assets.reviewedAsset,
  replace_asset_version: assets.replacedVersion,
  tag_assets: assets.tagged,
  find_duplicates: assets.duplicates,
  resolve_duplicates: assets.resolvedDuplicates,
  trace_lineage: lineage,
  // generation
  generate_variants: generation.generated,
  list_templates: generation.templates,
  create_template: generation.templateCreated,
  get_starter_file: generation.starterFile,
  list_models: generation.models,
  cost_report: generation.cost,
  create_prompt_version: generation.promptCreated,
  list_prompt_versions: generation.promptVersions,
  set_prompt_label: generation.promptLabel,
  // experiments and results
  create_experiment: experiments.experimentCreated,
  get_experiment_results: experiments.experimentResults,
  update_allocation: experiments.allocation,
  stop_experiment: experiments.stopped,
  promote_winners: experiments.promoted,
  top_performers: performance.top,
  slot_insights: performance.slotInsights,
  ingest_metrics: performance.ingested,
  list_jobs: performance.jobs,
  link_deployment: performance.linked,
  unlink_deployment: performance.unlinked,
  list_deployments: performance.deployments,
  // brand
  check_brand_rules: brand.brandCheck,
  get_brand_rules: brand.brandRules,
  update_brand_rules: brand.brandRulesSaved,
  create_brand: brand.oneBrand,
  update_brand: brand.oneBrand,
  list_brands: brand.brands,
  add_brand_member: brand.memberAdded,
  remove_brand_member: brand.memberRemoved,
  list_brand_members: brand.members,
  // review and learning
  request_review: review.reviewRequested,
  decide_review: review.reviewDecided,
  list_reviews: review.reviews,
  record_feedback: review.feedback,
  list_audit_events: review.audit,
  retrain_tagger: review.retrained,
  promote_tagger: review.taggerChanged,
  rollback_tagger: review.taggerChanged,
  list_tagger_versions: review.taggers,
};

/** A tool this table does not know (an MCP discovery tool, a newer server): its own text, made human. */
const generic: Renderer = (o, c) => {
  const text = prose(c, humanText(o.text)) || (o.isError ? "That failed." : "Done.");
  return rendered([section(text)], { next: nextPage(o) });
};

/**
 * A refusal about an experiment that has moved on (promoting one that is already promoted) is answered with the
 * experiment's story, so Slack says what is true now rather than the conflict.
 */
async function storyForRefusal(o: ToolOutcome, c: RenderContext): Promise<RenderedOutcome | undefined> {
  if (o.name !== "promote_winners" || !c.experimentStory) return undefined;
  const ref = typeof o.args.experimentId === "string" ? o.args.experimentId : undefined;
  const told = ref ? await c.experimentStory(ref) : undefined;
  if (told?.story.state !== "promoted") return undefined;
  const drawn = storyBlocks(
    c,
    { ...told, callAssetId: callAsset(told.story, told.arms) },
    { lead: "Already promoted:" },
  );
  return rendered(drawn.blocks, { images: drawn.images });
}

export async function renderOutcome(o: ToolOutcome, options: RenderOptions): Promise<RenderedOutcome> {
  const c = withRefs(options);
  const renderer = !o.isError && o.structured ? RENDERERS[o.name] : undefined;
  if (renderer) {
    try {
      return await renderer(o, c);
    } catch {
      // A result of an unexpected shape (a newer tool version) still reads well through the generic renderer.
    }
  }
  if (o.isError) {
    const told = await storyForRefusal(o, c);
    if (told) return told;
    const message = prose(c, humanText(o.text.replace(/^[a-z_]+: /, "")));
    return rendered([section(`⚠️ ${message}`)], { text: message });
  }
  return generic(o, c);
}
