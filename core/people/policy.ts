import type { ScopeRefs } from "../../db/repositories/scope.ts";
import type { LeastRole } from "./caller.ts";

/**
 * The policy table: the least role each tool needs on every brand the call touches (its `brand`, the assets,
 * experiments, arms, reviews, templates, deployments and campaigns it names). A call that touches no brand needs that
 * role on some brand. Workspace admins pass every check; a tool missing here is refused to everyone but admins.
 *
 * viewer: reads. editor: generation and library edits (and asking for a promotion, which the brand's approval
 * policy sends to an approver). reviewer: library review and feedback. approver: review decisions, stopping,
 * allocation, prompt production labels, the tagger; and a brand's members, rules and settings (admin or approver of
 * that brand). admin: creating brands.
 */
export const TOOL_POLICY: Readonly<Record<string, LeastRole>> = {
  // reads
  get_experiment_results: "viewer",
  top_performers: "viewer",
  slot_insights: "viewer",
  list_jobs: "viewer",
  check_brand_rules: "viewer",
  get_brand_rules: "viewer",
  library_review: "viewer",
  list_prompt_versions: "viewer",
  trace_lineage: "viewer",
  cost_report: "viewer",
  list_templates: "viewer",
  list_models: "viewer",
  get_asset: "viewer",
  list_assets: "viewer",
  list_reviews: "viewer",
  list_tagger_versions: "viewer",
  search_assets: "viewer",
  find_similar: "viewer",
  find_duplicates: "viewer",
  list_brands: "viewer",
  list_brand_members: "viewer",
  list_deployments: "viewer",
  get_starter_file: "viewer",
  // MCP discovery; call_tool checks the tool it runs again
  list_tools: "viewer",
  describe_tool: "viewer",
  call_tool: "viewer",
  enable_toolset: "viewer",
  // generation and library edits
  create_experiment: "editor",
  ingest_metrics: "editor",
  replace_asset_version: "editor",
  create_prompt_version: "editor",
  create_template: "editor",
  generate_variants: "editor",
  add_asset: "editor",
  import_assets: "editor",
  update_asset: "editor",
  request_review: "editor",
  retrain_tagger: "editor",
  tag_assets: "editor",
  resolve_duplicates: "editor",
  link_deployment: "editor",
  // Promotion carries its own gate: where the brand's approval policy asks for one (spend, risk, confidence), it
  // opens a review request only an approver can decide, and applies only once that approval is recorded.
  promote_winners: "editor",
  unlink_deployment: "editor",
  // library review
  review_asset: "reviewer",
  record_feedback: "reviewer",
  // decisions
  decide_review: "approver",
  update_allocation: "approver",
  stop_experiment: "approver",
  set_prompt_label: "approver",
  promote_tagger: "approver",
  rollback_tagger: "approver",
  // governance of a brand
  update_brand_rules: "approver",
  update_brand: "approver",
  add_brand_member: "approver",
  remove_brand_member: "approver",
  list_audit_events: "approver",
  // the workspace
  create_brand: "admin",
};

const ID_KINDS: Record<string, Exclude<keyof ScopeRefs, "ads">> = {
  brd: "brands",
  ast: "assets",
  exp: "experiments",
  arm: "arms",
  rvw: "reviews",
  tpl: "templates",
  tpv: "templates",
  dep: "deployments",
  cmp: "campaigns",
};
const ID = /^([a-z]{3})_[0-9A-Za-z]{6,40}$/;
/** Fields naming a brand by slug (or id). */
const BRAND_FIELDS = new Set(["brand"]);
/** Fields naming an experiment by name (resolved the way the experiment tools resolve it). */
const EXPERIMENT_NAME_FIELDS = new Set(["experiment"]);

/**
 * What a call names, read from its parsed input: every `brand` field at any depth, and every value anywhere that is
 * an id of a brand-owned thing (so a field added to a tool later is covered without touching this file).
 */
export function scopeOf(args: unknown): { refs: ScopeRefs; experimentNames: string[] } {
  const refs: ScopeRefs = {
    brands: [],
    assets: [],
    experiments: [],
    arms: [],
    reviews: [],
    templates: [],
    deployments: [],
    campaigns: [],
    ads: [],
  };
  const experimentNames: string[] = [];
  const visit = (value: unknown, key: string | undefined, depth: number) => {
    if (depth > 8 || value === null || value === undefined) return;
    if (typeof value === "string") {
      const m = ID.exec(value);
      const kind = m ? ID_KINDS[m[1]!] : undefined;
      if (kind) refs[kind].push(value);
      else if (key && BRAND_FIELDS.has(key) && value.trim()) refs.brands.push(value.trim());
      else if (key && EXPERIMENT_NAME_FIELDS.has(key) && value.trim()) experimentNames.push(value.trim());
      return;
    }
    if (Array.isArray(value)) {
      for (const v of value.slice(0, 1000)) visit(v, key, depth + 1);
      return;
    }
    if (typeof value === "object") {
      const o = value as Record<string, unknown>;
      if (typeof o.platform === "string" && typeof o.platformAdId === "string")
        refs.ads.push({ platform: o.platform.trim().toLowerCase(), adId: o.platformAdId.trim() });
      for (const [k, v] of Object.entries(o)) visit(v, k, depth + 1);
    }
  };
  visit(args, undefined, 0);
  return { refs, experimentNames };
}
