/**
 * The router's vocabulary: the intents it can name, the slots they carry, what a thread remembers between messages,
 * and the MCP tools each intent tries, in order.
 */
export type IntentName =
  | "help"
  | "search"
  | "similar"
  | "generate"
  | "status"
  | "promote"
  | "review_queue"
  | "lineage"
  | "cost"
  | "feedback"
  | "show_asset"
  | "request_review"
  | "check_brand"
  | "brand_rules"
  | "library_review"
  | "slot_insights"
  | "templates"
  | "duplicates"
  | "models"
  | "jobs"
  | "top_performers"
  | "stop_experiment"
  | "update_allocation"
  | "ingest_metrics"
  | "link_deployment"
  | "list_brands"
  | "create_brand"
  | "update_brand"
  | "list_members"
  | "add_member"
  | "remove_member"
  | "decide_review"
  | "tag_assets"
  | "archive"
  | "create_experiment"
  | "list_deployments"
  | "prompt_versions"
  | "tagger_versions"
  | "undo"
  | "tool"
  | "cannot";

export interface Slots {
  query?: string;
  count?: number;
  audience?: string;
  offer?: string;
  assetIds?: string[];
  experimentId?: string;
  experimentName?: string;
  label?: string;
  /** Copy given field by field ("headline '…', cta '…'"), for a brand check. */
  headline?: string;
  body?: string;
  cta?: string;
  disclaimer?: string;
  /** The tag a correction is about ("keeps calling it 'urban'"). */
  tag?: string;
  comment?: string;
  reasons?: string[];
  formats?: string[];
  /** Copy quoted in the message, for a brand check of text. */
  text?: string;
  direction?: "upstream" | "downstream";
  slot?: string;
  metric?: string;
  filters?: Record<string, string>;
  groupBy?: string[];
  period?: "day" | "week" | "month";
  categories?: string[];
  expiringWithinDays?: number;
  reviewOlderThanDays?: number;
  methods?: string[];
  task?: "text" | "image";
  status?: string;
  /** Inclusive UTC dates (YYYY-MM-DD) of a range said in words; `datePhrase` is how it was said. */
  from?: string;
  to?: string;
  datePhrase?: string;
  /** Every tone named ("playful and serious"); the planner keeps the template's and reports the rest. */
  tones?: string[];
  tone?: string;
  /** Template slot restrictions for generation, e.g. { tone: ["playful", "energetic"] }. */
  slots?: Record<string, string | string[]>;
  since?: string;
  until?: string;
  limit?: number;
  platform?: string;
  pauseLosers?: boolean;
  dryRun?: boolean;
  brand?: string;
  name?: string;
  slug?: string;
  palette?: string[];
  user?: string;
  role?: string;
  platformAdId?: string;
  reviewChannel?: string;
  /** Impressions an asset needs before a rate ranks it (top_performers); 0 when asking about named assets. */
  minImpressions?: number;
  /** Why a request cannot be done (intent "cannot"), said plainly. */
  reason?: string;
  /** A review decision said in words ("approve it", "reject, logo too small"). */
  decision?: "approve" | "reject";
  reviewId?: string;
  /** Asset status a change sets (archive → archived). */
  setStatus?: string;
  /** Words that pick assets by name ("old banners" → banner). */
  nameContains?: string;
  createdBefore?: string;
  arms?: string[];
  version?: string | number;
  rollback?: boolean;
  apply?: boolean;
  /** update_allocation: the split was already put in place on the platform by hand. */
  appliedOnPlatform?: boolean;
  toTemplate?: boolean;
  email?: string;
  member?: string;
  /** The tool an audit question is about ("who promoted …" → promote_winners). */
  auditTool?: string;
  /** A person named in an audit question (Slack id or e-mail). */
  person?: string;
  /** A campaign named in words (cmp_…), for the lineage of its outputs. */
  campaignId?: string;
  /** A focused question a tool answers ("prompt_versions_for_campaign"). */
  question?: string;
  /** Which starter file ("a starter rule-set file" → rule_set). */
  kind?: string;
}

export interface Intent {
  name: IntentName;
  /** Tool names to try, in order. */
  tools: string[];
  slots: Slots;
  /** Other requests in the same message that were not acted on ("…and also make 4 variants"). */
  also?: string[];
  /** The message's first clause when it is an order the phrase rules did not read (this intent is a later clause). */
  firstAsk?: string;
}

/** The last request of a thread: what ran (or was offered for Confirm) and what it produced, for follow-ups. */
export interface LastCall {
  tool: string;
  args: Record<string, unknown>;
  /** The message that asked for it. */
  text: string;
  /** Ids the result named, in its order (assets first), so "the second one" points somewhere. */
  ids?: string[];
  /** What the result called the items it listed, by id ("ingest_metrics · failed · Meta access token expired"). */
  labels?: Record<string, string>;
  /** The result's next page, for "next page" / "show me more". */
  nextCursor?: string;
}

/** A change that ran in this thread, kept so "undo" can say (or do) what takes it back. */
export interface LastChange {
  tool: string;
  args: Record<string, unknown>;
  /** The call that restores what was there before, when one exists. */
  undo?: { tool: string; args: Record<string, unknown>; summary: string };
}

export interface ThreadMemory {
  lastAssetIds?: string[];
  lastExperimentId?: string;
  /** The request a question was asked about, so the answer ("8", "Gen Z") completes it. */
  pending?: { text: string; field: string; choices?: string[]; call?: { tool: string; args: Record<string, unknown> } };
  lastCall?: LastCall;
  lastChange?: LastChange;
  /** Set in a review card's thread: the review request the conversation is about. */
  reviewId?: string;
}

export interface RouteContext {
  /** "Now" for relative dates (the services clock); default: the system clock. */
  now?: Date;
}

export const INTENT_TOOLS: Record<IntentName, string[]> = {
  help: [],
  search: ["search_assets", "list_assets"],
  similar: ["find_similar"],
  generate: ["generate_variants"],
  status: ["get_experiment_results", "list_experiments"],
  promote: ["promote_winners"],
  review_queue: ["list_reviews"],
  lineage: ["get_lineage", "trace_lineage"],
  cost: ["get_costs", "get_cost_report", "cost_report", "get_cost_per_winner"],
  feedback: ["record_feedback"],
  show_asset: ["get_asset"],
  request_review: ["request_review"],
  check_brand: ["check_brand_rules"],
  brand_rules: ["get_brand_rules"],
  library_review: ["library_review"],
  slot_insights: ["slot_insights"],
  templates: ["list_templates"],
  duplicates: ["find_duplicates"],
  models: ["list_models"],
  jobs: ["list_jobs"],
  top_performers: ["top_performers"],
  stop_experiment: ["stop_experiment"],
  update_allocation: ["update_allocation"],
  ingest_metrics: ["ingest_metrics"],
  link_deployment: ["link_deployment"],
  list_brands: ["list_brands"],
  create_brand: ["create_brand"],
  update_brand: ["update_brand"],
  list_members: ["list_brand_members"],
  add_member: ["add_brand_member"],
  remove_member: ["remove_brand_member"],
  decide_review: ["decide_review"],
  tag_assets: ["tag_assets"],
  archive: ["update_asset", "review_asset"],
  create_experiment: ["create_experiment"],
  list_deployments: ["list_deployments"],
  prompt_versions: ["list_prompt_versions"],
  tagger_versions: ["list_tagger_versions"],
  undo: [],
  tool: [],
  cannot: [],
};
