/**
 * The whole Winnow data model (see ../shared/DESIGN.md "State"). One table per export; ids are prefixed strings made
 * by core/ids.ts; timestamps are UTC ISO-8601 text; money is integer micros; JSON columns hold structured values
 * that are validated by zod schemas in core before they are written.
 */
import { sql } from "drizzle-orm";
import {
  blob,
  customType,
  index,
  integer,
  primaryKey,
  real,
  sqliteTable,
  text,
  uniqueIndex,
} from "drizzle-orm/sqlite-core";

const createdAt = () => text("created_at").notNull();
/** What a JSON object column reads as when its stored text is not JSON at all (written around Winnow, or cut short). */
export const UNREADABLE_JSON = {
  damaged: "stored value is not valid JSON and was not read; run `winnow repair` to fix the row",
} as const;

/**
 * A JSON text column. Reading never throws: text that does not parse comes back as `onDamaged` (a marker object, or
 * an empty list for list columns), so one bad row cannot fail a page, a report or a list; `winnow repair` fixes it.
 */
const json = <T>(name: string, onDamaged: unknown = UNREADABLE_JSON) => {
  const fromDriver = (value: string): T => {
    if (typeof value !== "string") return value as T;
    try {
      return JSON.parse(value) as T;
    } catch {
      return structuredClone(onDamaged) as T;
    }
  };
  jsonReaders.add(fromDriver);
  return customType<{ data: T; driverData: string }>({
    dataType: () => "text",
    toDriver: (value) => JSON.stringify(value),
    fromDriver,
  })(name);
};
const jsonReaders = new WeakSet<object>();

/** True for the JSON text columns above (what `winnow repair` scans). */
export function isJsonColumn(column: object): boolean {
  const mapFrom = (column as { mapFrom?: unknown }).mapFrom;
  return typeof mapFrom === "function" && jsonReaders.has(mapFrom);
}

// ---------------------------------------------------------------- brands and governance
export const brands = sqliteTable("brands", {
  id: text("id").primaryKey(),
  slug: text("slug").notNull().unique(),
  name: text("name").notNull(),
  description: text("description"),
  palette: json<string[]>("palette", []).notNull().default(sql`'[]'`),
  settings: json<Record<string, unknown>>("settings").notNull().default(sql`'{}'`),
  createdAt: createdAt(),
});

/** Approvers, reviewers and other roles per brand (Slack user ids or emails). */
export const brandMembers = sqliteTable(
  "brand_members",
  {
    brandId: text("brand_id")
      .notNull()
      .references(() => brands.id),
    userRef: text("user_ref").notNull(),
    role: text("role").notNull(),
    /** The same person's other handles, so a Slack click and an e-mail login both find the member. */
    slackUserId: text("slack_user_id"),
    email: text("email"),
    displayName: text("display_name"),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.brandId, t.userRef, t.role] })],
);

export const brandRuleSets = sqliteTable(
  "brand_rule_sets",
  {
    id: text("id").primaryKey(),
    brandId: text("brand_id")
      .notNull()
      .references(() => brands.id),
    version: integer("version").notNull(),
    format: text("format").notNull(),
    source: text("source").notNull(),
    rules: json<unknown>("rules").notNull(),
    createdBy: text("created_by").notNull(),
    note: text("note"),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("brand_rule_sets_brand_version").on(t.brandId, t.version)],
);

// ---------------------------------------------------------------- library
export const assets = sqliteTable(
  "assets",
  {
    id: text("id").primaryKey(),
    kind: text("kind").notNull(),
    brandId: text("brand_id").references(() => brands.id),
    name: text("name").notNull(),
    description: text("description"),
    category: text("category"),
    useCase: text("use_case"),
    source: text("source"),
    status: text("status").notNull(),
    owner: text("owner"),
    rightsHolder: text("rights_holder"),
    rightsExpiresAt: text("rights_expires_at"),
    notes: text("notes"),
    usageNotes: text("usage_notes"),
    lastReviewedAt: text("last_reviewed_at"),
    rejectionReason: text("rejection_reason"),
    reviewReason: text("review_reason"),
    sha256: text("sha256").notNull(),
    phash: text("phash"),
    mimeType: text("mime_type").notNull(),
    format: text("format").notNull(),
    width: integer("width").notNull(),
    height: integer("height").notNull(),
    bytes: integer("bytes").notNull(),
    /** Slot values, copy and other structured metadata (outputs carry their slots here). */
    metadata: json<Record<string, unknown>>("metadata").notNull().default(sql`'{}'`),
    /** A newer version of a product/packaging shot points at the asset it replaces. */
    versionOf: text("version_of"),
    /** Set when de-duplication archived this asset into another. */
    mergedInto: text("merged_into"),
    version: integer("version").notNull().default(1),
    createdAt: createdAt(),
    updatedAt: text("updated_at").notNull(),
  },
  (t) => [
    index("assets_sha256").on(t.sha256),
    index("assets_kind_status").on(t.kind, t.status),
    index("assets_brand").on(t.brandId),
    index("assets_created").on(t.createdAt, t.id),
    // Filtered listings walk these newest-first without sorting every matching row.
    index("assets_kind_created").on(t.kind, t.createdAt, t.id),
    index("assets_brand_created").on(t.brandId, t.createdAt, t.id),
    index("assets_status_created").on(t.status, t.createdAt, t.id),
  ],
);

/** asset ↔ campaign / product / talent / scene (targets may be assets or campaign ids). */
export const assetLinks = sqliteTable(
  "asset_links",
  {
    assetId: text("asset_id")
      .notNull()
      .references(() => assets.id),
    targetType: text("target_type").notNull(),
    targetId: text("target_id").notNull(),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.assetId, t.targetType, t.targetId] }), index("asset_links_target").on(t.targetId)],
);

export const assetTags = sqliteTable(
  "asset_tags",
  {
    assetId: text("asset_id")
      .notNull()
      .references(() => assets.id),
    category: text("category").notNull(),
    tag: text("tag").notNull(),
    confidence: real("confidence").notNull(),
    source: text("source").notNull(),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.assetId, t.category, t.tag, t.source] }), index("asset_tags_tag").on(t.tag)],
);

/** Vectors per asset and kind (text | visual); model + version recorded so a model switch re-embeds. */
export const assetEmbeddings = sqliteTable(
  "asset_embeddings",
  {
    assetId: text("asset_id")
      .notNull()
      .references(() => assets.id),
    kind: text("kind").notNull(),
    model: text("model").notNull(),
    modelVersion: text("model_version").notNull(),
    dims: integer("dims").notNull(),
    vector: blob("vector", { mode: "buffer" }).notNull(),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.assetId, t.kind, t.model] })],
);

// ---------------------------------------------------------------- templates and prompts
export const templates = sqliteTable("templates", {
  id: text("id").primaryKey(),
  brandId: text("brand_id").references(() => brands.id),
  name: text("name").notNull(),
  description: text("description"),
  latestVersion: integer("latest_version").notNull().default(1),
  createdAt: createdAt(),
});

export const templateVersions = sqliteTable(
  "template_versions",
  {
    id: text("id").primaryKey(),
    templateId: text("template_id")
      .notNull()
      .references(() => templates.id),
    version: integer("version").notNull(),
    /** Slot definitions, copy banks per slot value, layouts per format and safe zones. Immutable. */
    spec: json<Record<string, unknown>>("spec").notNull(),
    /** Set when a winning output was turned into this version. */
    derivedFromAssetId: text("derived_from_asset_id"),
    note: text("note"),
    createdBy: text("created_by"),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("template_versions_template_version").on(t.templateId, t.version)],
);

export const prompts = sqliteTable("prompts", {
  id: text("id").primaryKey(),
  name: text("name").notNull().unique(),
  description: text("description"),
  createdAt: createdAt(),
});

export const promptVersions = sqliteTable(
  "prompt_versions",
  {
    id: text("id").primaryKey(),
    promptId: text("prompt_id")
      .notNull()
      .references(() => prompts.id),
    version: integer("version").notNull(),
    text: text("text").notNull(),
    variables: json<string[]>("variables", []).notNull().default(sql`'[]'`),
    note: text("note"),
    createdBy: text("created_by"),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("prompt_versions_prompt_version").on(t.promptId, t.version)],
);

export const promptLabels = sqliteTable(
  "prompt_labels",
  {
    promptId: text("prompt_id")
      .notNull()
      .references(() => prompts.id),
    label: text("label").notNull(),
    promptVersionId: text("prompt_version_id")
      .notNull()
      .references(() => promptVersions.id),
    updatedBy: text("updated_by"),
    updatedAt: text("updated_at").notNull(),
  },
  (t) => [primaryKey({ columns: [t.promptId, t.label] })],
);

// ---------------------------------------------------------------- models, runs, costs, lineage
export const models = sqliteTable(
  "models",
  {
    id: text("id").primaryKey(),
    provider: text("provider").notNull(),
    name: text("name").notNull(),
    task: text("task").notNull(),
    costPer1kInputMicros: integer("cost_per_1k_input_micros").notNull().default(0),
    costPer1kOutputMicros: integer("cost_per_1k_output_micros").notNull().default(0),
    costPerImageMicros: integer("cost_per_image_micros").notNull().default(0),
    latencyMsP50: real("latency_ms_p50"),
    quality: real("quality").notNull().default(0.5),
    calls: integer("calls").notNull().default(0),
    errors: integer("errors").notNull().default(0),
    enabled: integer("enabled", { mode: "boolean" }).notNull().default(true),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("models_provider_name_task").on(t.provider, t.name, t.task)],
);

export const campaigns = sqliteTable("campaigns", {
  id: text("id").primaryKey(),
  brandId: text("brand_id").references(() => brands.id),
  name: text("name").notNull(),
  objective: text("objective"),
  budgetMicros: integer("budget_micros"),
  status: text("status").notNull().default("active"),
  startsAt: text("starts_at"),
  endsAt: text("ends_at"),
  createdAt: createdAt(),
});

export const audiences = sqliteTable("audiences", {
  id: text("id").primaryKey(),
  slug: text("slug").notNull().unique(),
  name: text("name").notNull(),
  description: text("description"),
  /** The brand that defined it (null: shared, e.g. created on the fly by an experiment). */
  brandId: text("brand_id"),
  /** Other names people use for it ("Gen Z", "zoomers"), matched case-insensitively. */
  aliases: json<string[]>("aliases", []).notNull().default(sql`'[]'`),
  attributes: json<Record<string, unknown>>("attributes").notNull().default(sql`'{}'`),
  createdAt: createdAt(),
});

export const generationRuns = sqliteTable(
  "generation_runs",
  {
    id: text("id").primaryKey(),
    campaignId: text("campaign_id"),
    brandId: text("brand_id"),
    templateVersionId: text("template_version_id"),
    promptVersionId: text("prompt_version_id"),
    ruleSetId: text("rule_set_id"),
    modelId: text("model_id"),
    brief: json<Record<string, unknown>>("brief").notNull().default(sql`'{}'`),
    params: json<Record<string, unknown>>("params").notNull().default(sql`'{}'`),
    status: text("status").notNull(),
    error: text("error"),
    outputCount: integer("output_count").notNull().default(0),
    costMicros: integer("cost_micros").notNull().default(0),
    startedAt: text("started_at").notNull(),
    finishedAt: text("finished_at"),
  },
  (t) => [index("generation_runs_campaign").on(t.campaignId)],
);

export const costLedger = sqliteTable(
  "cost_ledger",
  {
    id: text("id").primaryKey(),
    runId: text("run_id"),
    campaignId: text("campaign_id"),
    modelId: text("model_id"),
    templateVersionId: text("template_version_id"),
    promptVersionId: text("prompt_version_id"),
    provider: text("provider").notNull(),
    operation: text("operation").notNull(),
    tokensIn: integer("tokens_in").notNull().default(0),
    tokensOut: integer("tokens_out").notNull().default(0),
    images: integer("images").notNull().default(0),
    seconds: real("seconds").notNull().default(0),
    costMicros: integer("cost_micros").notNull(),
    createdAt: createdAt(),
  },
  (t) => [index("cost_ledger_campaign").on(t.campaignId), index("cost_ledger_created").on(t.createdAt)],
);

/** Directed edges between any two nodes (assets, runs, models, prompt versions, campaigns, experiments...). */
export const lineageEdges = sqliteTable(
  "lineage_edges",
  {
    id: text("id").primaryKey(),
    fromId: text("from_id").notNull(),
    relation: text("relation").notNull(),
    toId: text("to_id").notNull(),
    metadata: json<Record<string, unknown>>("metadata").notNull().default(sql`'{}'`),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("lineage_edges_unique").on(t.fromId, t.relation, t.toId), index("lineage_edges_to").on(t.toId)],
);

// ---------------------------------------------------------------- experiments and ad metrics
export const experiments = sqliteTable("experiments", {
  id: text("id").primaryKey(),
  campaignId: text("campaign_id"),
  audienceId: text("audience_id"),
  name: text("name").notNull(),
  metric: text("metric").notNull(),
  status: text("status").notNull(),
  config: json<Record<string, unknown>>("config").notNull().default(sql`'{}'`),
  srmFlagged: integer("srm_flagged", { mode: "boolean" }).notNull().default(false),
  winnerArmId: text("winner_arm_id"),
  version: integer("version").notNull().default(1),
  startedAt: text("started_at"),
  endedAt: text("ended_at"),
  createdAt: createdAt(),
});

export const arms = sqliteTable(
  "arms",
  {
    id: text("id").primaryKey(),
    experimentId: text("experiment_id")
      .notNull()
      .references(() => experiments.id),
    assetId: text("asset_id").notNull(),
    status: text("status").notNull(),
    statusReason: text("status_reason"),
    createdAt: createdAt(),
  },
  (t) => [index("arms_experiment").on(t.experimentId)],
);

export const allocations = sqliteTable(
  "allocations",
  {
    id: text("id").primaryKey(),
    experimentId: text("experiment_id").notNull(),
    armId: text("arm_id").notNull(),
    share: real("share").notNull(),
    computedAt: text("computed_at").notNull(),
    /** First UTC day (YYYY-MM-DD) the allocation governs delivery; the SRM check reads it per metric date. */
    effectiveDate: text("effective_date"),
  },
  (t) => [index("allocations_experiment").on(t.experimentId, t.computedAt)],
);

export const deployments = sqliteTable(
  "deployments",
  {
    id: text("id").primaryKey(),
    assetId: text("asset_id").notNull(),
    armId: text("arm_id"),
    campaignId: text("campaign_id"),
    /** Deployments are per arm per audience: one creative can run for several audiences, each with its own ad. */
    audienceId: text("audience_id"),
    /** "push" (Winnow created the ad) or "manual" (a team's own ad linked with link_deployment). */
    origin: text("origin").notNull().default("push"),
    platform: text("platform").notNull(),
    platformAdId: text("platform_ad_id").notNull(),
    status: text("status").notNull(),
    dryRun: integer("dry_run", { mode: "boolean" }).notNull().default(true),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("deployments_platform_ad").on(t.platform, t.platformAdId)],
);

export const metrics = sqliteTable(
  "metrics",
  {
    platform: text("platform").notNull(),
    platformAdId: text("platform_ad_id").notNull(),
    date: text("date").notNull(),
    impressions: integer("impressions").notNull().default(0),
    clicks: integer("clicks").notNull().default(0),
    /** As reported, fractions included (Google Ads' 1.50): SQLite keeps a non-integer as REAL in this column. */
    conversions: integer("conversions").notNull().default(0),
    spendMicros: integer("spend_micros").notNull().default(0),
    revenueMicros: integer("revenue_micros").notNull().default(0),
    /** ISO 4217 code of spend and revenue as the source stated it; null when it did not say (migration 0008). */
    currency: text("currency"),
    videoWatchMs: integer("video_watch_ms"),
    ingestionRunId: text("ingestion_run_id"),
    updatedAt: text("updated_at").notNull(),
  },
  (t) => [primaryKey({ columns: [t.platform, t.platformAdId, t.date] })],
);

/** Previous values of a metric row when a platform restates it. */
export const metricHistory = sqliteTable(
  "metric_history",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    platform: text("platform").notNull(),
    platformAdId: text("platform_ad_id").notNull(),
    date: text("date").notNull(),
    previous: json<Record<string, unknown>>("previous").notNull(),
    ingestionRunId: text("ingestion_run_id"),
    replacedAt: text("replaced_at").notNull(),
  },
  (t) => [index("metric_history_key").on(t.platform, t.platformAdId, t.date)],
);

export const ingestionRuns = sqliteTable("ingestion_runs", {
  id: text("id").primaryKey(),
  platform: text("platform").notNull(),
  status: text("status").notNull(),
  windowStart: text("window_start"),
  windowEnd: text("window_end"),
  checkpoint: json<Record<string, unknown>>("checkpoint"),
  rowsUpserted: integer("rows_upserted").notNull().default(0),
  rowsRejected: integer("rows_rejected").notNull().default(0),
  rejections: json<unknown[]>("rejections", []).notNull().default(sql`'[]'`),
  error: text("error"),
  startedAt: text("started_at").notNull(),
  finishedAt: text("finished_at"),
});

// ---------------------------------------------------------------- review, feedback, learning
export const reviewRequests = sqliteTable(
  "review_requests",
  {
    id: text("id").primaryKey(),
    brandId: text("brand_id"),
    assetId: text("asset_id"),
    subjectType: text("subject_type").notNull(),
    subjectId: text("subject_id").notNull(),
    reasons: json<string[]>("reasons", []).notNull().default(sql`'[]'`),
    status: text("status").notNull(),
    /** Compare-and-set counter: a decision applies only to the version it read. */
    version: integer("version").notNull().default(1),
    channel: text("channel"),
    messageTs: text("message_ts"),
    requestedBy: text("requested_by"),
    decidedBy: text("decided_by"),
    decidedAt: text("decided_at"),
    createdAt: createdAt(),
  },
  (t) => [index("review_requests_status").on(t.status)],
);

export const reviewDecisions = sqliteTable("review_decisions", {
  id: text("id").primaryKey(),
  reviewRequestId: text("review_request_id")
    .notNull()
    .references(() => reviewRequests.id),
  decision: text("decision").notNull(),
  decidedBy: text("decided_by").notNull(),
  label: text("label"),
  reason: text("reason"),
  via: text("via").notNull(),
  createdAt: createdAt(),
});

export const feedbackLabels = sqliteTable(
  "feedback_labels",
  {
    id: text("id").primaryKey(),
    assetId: text("asset_id"),
    tag: text("tag"),
    modelVersion: text("model_version"),
    label: text("label").notNull(),
    comment: text("comment"),
    via: text("via").notNull(),
    userRef: text("user_ref"),
    createdAt: createdAt(),
  },
  (t) => [index("feedback_labels_asset").on(t.assetId)],
);

export const taggerVersions = sqliteTable("tagger_versions", {
  id: text("id").primaryKey(),
  name: text("name").notNull(),
  version: integer("version").notNull(),
  status: text("status").notNull(),
  model: json<Record<string, unknown>>("model").notNull().default(sql`'{}'`),
  metrics: json<Record<string, unknown>>("metrics").notNull().default(sql`'{}'`),
  approvedBy: text("approved_by"),
  createdAt: createdAt(),
});

// ---------------------------------------------------------------- jobs, conversations, audit
export const jobs = sqliteTable(
  "jobs",
  {
    id: text("id").primaryKey(),
    name: text("name").notNull(),
    status: text("status").notNull(),
    payload: json<Record<string, unknown>>("payload").notNull().default(sql`'{}'`),
    checkpoint: json<Record<string, unknown>>("checkpoint"),
    attempts: integer("attempts").notNull().default(0),
    leaseOwner: text("lease_owner"),
    leaseExpiresAt: text("lease_expires_at"),
    runAfter: text("run_after").notNull(),
    lastError: text("last_error"),
    createdAt: createdAt(),
    updatedAt: text("updated_at").notNull(),
  },
  // jobs_recent: `winnow jobs`, the dashboard and list_jobs read the newest first.
  (t) => [index("jobs_due").on(t.status, t.runAfter), index("jobs_recent").on(t.updatedAt)],
);

export const conversations = sqliteTable(
  "conversations",
  {
    id: text("id").primaryKey(),
    channel: text("channel").notNull(),
    threadTs: text("thread_ts").notNull(),
    state: json<Record<string, unknown>>("state").notNull().default(sql`'{}'`),
    updatedAt: text("updated_at").notNull(),
  },
  // conversations_idle: the hourly sweep forgets threads idle past THREAD_MEMORY_RETENTION_DAYS.
  (t) => [uniqueIndex("conversations_thread").on(t.channel, t.threadTs), index("conversations_idle").on(t.updatedAt)],
);

/** Slack event ids already handled, so retried deliveries are processed once. */
export const processedEvents = sqliteTable("processed_events", {
  eventId: text("event_id").primaryKey(),
  receivedAt: text("received_at").notNull(),
});

export const events = sqliteTable(
  "events",
  {
    id: text("id").primaryKey(),
    entityType: text("entity_type").notNull(),
    entityId: text("entity_id").notNull(),
    action: text("action").notNull(),
    actor: text("actor").notNull(),
    data: json<Record<string, unknown>>("data").notNull().default(sql`'{}'`),
    createdAt: createdAt(),
  },
  (t) => [index("events_entity").on(t.entityId, t.createdAt)],
);

// ---------------------------------------------------------------- people, tokens and the audit log (issue 22)
/** A person who may call Winnow: found by e-mail or Slack user id; brand roles live in brand_members. */
export const people = sqliteTable(
  "people",
  {
    id: text("id").primaryKey(),
    email: text("email"),
    slackUserId: text("slack_user_id"),
    displayName: text("display_name"),
    isAdmin: integer("is_admin", { mode: "boolean" }).notNull().default(false),
    createdBy: text("created_by").notNull(),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("people_email").on(t.email), uniqueIndex("people_slack_user_id").on(t.slackUserId)],
);

/** Personal tokens: only the SHA-256 of the secret is kept; revoked or expired tokens are refused. */
export const apiTokens = sqliteTable(
  "api_tokens",
  {
    id: text("id").primaryKey(),
    personId: text("person_id")
      .notNull()
      .references(() => people.id),
    name: text("name").notNull(),
    tokenHash: text("token_hash").notNull(),
    createdBy: text("created_by").notNull(),
    createdAt: createdAt(),
    expiresAt: text("expires_at"),
    lastUsedAt: text("last_used_at"),
    revokedAt: text("revoked_at"),
  },
  (t) => [uniqueIndex("api_tokens_hash").on(t.tokenHash), index("api_tokens_person").on(t.personId)],
);

/** One row per state-changing tool call and per refusal, naming the person and the brands it touched. */
export const auditLog = sqliteTable(
  "audit_log",
  {
    id: text("id").primaryKey(),
    at: text("at").notNull(),
    personId: text("person_id"),
    actor: text("actor").notNull(),
    callerKind: text("caller_kind").notNull(),
    /** The surface the call came through (mcp-http, api, cli, dashboard, slack, scheduler). */
    surface: text("surface"),
    /** The credential the person used: a token id, oidc, slack, WINNOW_TOKEN, loopback, cli. */
    via: text("via"),
    tool: text("tool").notNull(),
    brandIds: json<string[]>("brand_ids", []).notNull().default(sql`'[]'`),
    outcome: text("outcome").notNull(),
    errorCode: text("error_code"),
    readOnly: integer("read_only", { mode: "boolean" }).notNull().default(false),
    summary: text("summary"),
  },
  (t) => [
    index("audit_log_at").on(t.at, t.id),
    index("audit_log_actor").on(t.actor, t.at),
    index("audit_log_tool").on(t.tool, t.at),
  ],
);
