CREATE TABLE `allocations` (
	`id` text PRIMARY KEY NOT NULL,
	`experiment_id` text NOT NULL,
	`arm_id` text NOT NULL,
	`share` real NOT NULL,
	`computed_at` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `allocations_experiment` ON `allocations` (`experiment_id`,`computed_at`);--> statement-breakpoint
CREATE TABLE `arms` (
	`id` text PRIMARY KEY NOT NULL,
	`experiment_id` text NOT NULL,
	`asset_id` text NOT NULL,
	`status` text NOT NULL,
	`status_reason` text,
	`created_at` text NOT NULL,
	FOREIGN KEY (`experiment_id`) REFERENCES `experiments`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `arms_experiment` ON `arms` (`experiment_id`);--> statement-breakpoint
CREATE TABLE `asset_embeddings` (
	`asset_id` text NOT NULL,
	`kind` text NOT NULL,
	`model` text NOT NULL,
	`model_version` text NOT NULL,
	`dims` integer NOT NULL,
	`vector` blob NOT NULL,
	`created_at` text NOT NULL,
	PRIMARY KEY(`asset_id`, `kind`, `model`),
	FOREIGN KEY (`asset_id`) REFERENCES `assets`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `asset_links` (
	`asset_id` text NOT NULL,
	`target_type` text NOT NULL,
	`target_id` text NOT NULL,
	`created_at` text NOT NULL,
	PRIMARY KEY(`asset_id`, `target_type`, `target_id`),
	FOREIGN KEY (`asset_id`) REFERENCES `assets`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `asset_links_target` ON `asset_links` (`target_id`);--> statement-breakpoint
CREATE TABLE `asset_tags` (
	`asset_id` text NOT NULL,
	`category` text NOT NULL,
	`tag` text NOT NULL,
	`confidence` real NOT NULL,
	`source` text NOT NULL,
	`created_at` text NOT NULL,
	PRIMARY KEY(`asset_id`, `category`, `tag`, `source`),
	FOREIGN KEY (`asset_id`) REFERENCES `assets`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `asset_tags_tag` ON `asset_tags` (`tag`);--> statement-breakpoint
CREATE TABLE `assets` (
	`id` text PRIMARY KEY NOT NULL,
	`kind` text NOT NULL,
	`brand_id` text,
	`name` text NOT NULL,
	`description` text,
	`category` text,
	`use_case` text,
	`source` text,
	`status` text NOT NULL,
	`owner` text,
	`rights_holder` text,
	`rights_expires_at` text,
	`notes` text,
	`usage_notes` text,
	`last_reviewed_at` text,
	`rejection_reason` text,
	`review_reason` text,
	`sha256` text NOT NULL,
	`phash` text,
	`mime_type` text NOT NULL,
	`format` text NOT NULL,
	`width` integer NOT NULL,
	`height` integer NOT NULL,
	`bytes` integer NOT NULL,
	`metadata` text DEFAULT '{}' NOT NULL,
	`version_of` text,
	`merged_into` text,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`brand_id`) REFERENCES `brands`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `assets_sha256` ON `assets` (`sha256`);--> statement-breakpoint
CREATE INDEX `assets_kind_status` ON `assets` (`kind`,`status`);--> statement-breakpoint
CREATE INDEX `assets_brand` ON `assets` (`brand_id`);--> statement-breakpoint
CREATE INDEX `assets_created` ON `assets` (`created_at`,`id`);--> statement-breakpoint
CREATE TABLE `audiences` (
	`id` text PRIMARY KEY NOT NULL,
	`slug` text NOT NULL,
	`name` text NOT NULL,
	`description` text,
	`attributes` text DEFAULT '{}' NOT NULL,
	`created_at` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `audiences_slug_unique` ON `audiences` (`slug`);--> statement-breakpoint
CREATE TABLE `brand_members` (
	`brand_id` text NOT NULL,
	`user_ref` text NOT NULL,
	`role` text NOT NULL,
	`created_at` text NOT NULL,
	PRIMARY KEY(`brand_id`, `user_ref`, `role`),
	FOREIGN KEY (`brand_id`) REFERENCES `brands`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `brand_rule_sets` (
	`id` text PRIMARY KEY NOT NULL,
	`brand_id` text NOT NULL,
	`version` integer NOT NULL,
	`format` text NOT NULL,
	`source` text NOT NULL,
	`rules` text NOT NULL,
	`created_by` text NOT NULL,
	`note` text,
	`created_at` text NOT NULL,
	FOREIGN KEY (`brand_id`) REFERENCES `brands`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `brand_rule_sets_brand_version` ON `brand_rule_sets` (`brand_id`,`version`);--> statement-breakpoint
CREATE TABLE `brands` (
	`id` text PRIMARY KEY NOT NULL,
	`slug` text NOT NULL,
	`name` text NOT NULL,
	`description` text,
	`palette` text DEFAULT '[]' NOT NULL,
	`settings` text DEFAULT '{}' NOT NULL,
	`created_at` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `brands_slug_unique` ON `brands` (`slug`);--> statement-breakpoint
CREATE TABLE `campaigns` (
	`id` text PRIMARY KEY NOT NULL,
	`brand_id` text,
	`name` text NOT NULL,
	`objective` text,
	`budget_micros` integer,
	`status` text DEFAULT 'active' NOT NULL,
	`starts_at` text,
	`ends_at` text,
	`created_at` text NOT NULL,
	FOREIGN KEY (`brand_id`) REFERENCES `brands`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `conversations` (
	`id` text PRIMARY KEY NOT NULL,
	`channel` text NOT NULL,
	`thread_ts` text NOT NULL,
	`state` text DEFAULT '{}' NOT NULL,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `conversations_thread` ON `conversations` (`channel`,`thread_ts`);--> statement-breakpoint
CREATE TABLE `cost_ledger` (
	`id` text PRIMARY KEY NOT NULL,
	`run_id` text,
	`campaign_id` text,
	`model_id` text,
	`template_version_id` text,
	`prompt_version_id` text,
	`provider` text NOT NULL,
	`operation` text NOT NULL,
	`tokens_in` integer DEFAULT 0 NOT NULL,
	`tokens_out` integer DEFAULT 0 NOT NULL,
	`images` integer DEFAULT 0 NOT NULL,
	`seconds` real DEFAULT 0 NOT NULL,
	`cost_micros` integer NOT NULL,
	`created_at` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `cost_ledger_campaign` ON `cost_ledger` (`campaign_id`);--> statement-breakpoint
CREATE INDEX `cost_ledger_created` ON `cost_ledger` (`created_at`);--> statement-breakpoint
CREATE TABLE `deployments` (
	`id` text PRIMARY KEY NOT NULL,
	`asset_id` text NOT NULL,
	`arm_id` text,
	`campaign_id` text,
	`platform` text NOT NULL,
	`platform_ad_id` text NOT NULL,
	`status` text NOT NULL,
	`dry_run` integer DEFAULT true NOT NULL,
	`created_at` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `deployments_platform_ad` ON `deployments` (`platform`,`platform_ad_id`);--> statement-breakpoint
CREATE TABLE `events` (
	`id` text PRIMARY KEY NOT NULL,
	`entity_type` text NOT NULL,
	`entity_id` text NOT NULL,
	`action` text NOT NULL,
	`actor` text NOT NULL,
	`data` text DEFAULT '{}' NOT NULL,
	`created_at` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `events_entity` ON `events` (`entity_id`,`created_at`);--> statement-breakpoint
CREATE TABLE `experiments` (
	`id` text PRIMARY KEY NOT NULL,
	`campaign_id` text,
	`audience_id` text,
	`name` text NOT NULL,
	`metric` text NOT NULL,
	`status` text NOT NULL,
	`config` text DEFAULT '{}' NOT NULL,
	`srm_flagged` integer DEFAULT false NOT NULL,
	`winner_arm_id` text,
	`version` integer DEFAULT 1 NOT NULL,
	`started_at` text,
	`ended_at` text,
	`created_at` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `feedback_labels` (
	`id` text PRIMARY KEY NOT NULL,
	`asset_id` text,
	`tag` text,
	`model_version` text,
	`label` text NOT NULL,
	`comment` text,
	`via` text NOT NULL,
	`user_ref` text,
	`created_at` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `feedback_labels_asset` ON `feedback_labels` (`asset_id`);--> statement-breakpoint
CREATE TABLE `generation_runs` (
	`id` text PRIMARY KEY NOT NULL,
	`campaign_id` text,
	`brand_id` text,
	`template_version_id` text,
	`prompt_version_id` text,
	`rule_set_id` text,
	`model_id` text,
	`brief` text DEFAULT '{}' NOT NULL,
	`params` text DEFAULT '{}' NOT NULL,
	`status` text NOT NULL,
	`error` text,
	`output_count` integer DEFAULT 0 NOT NULL,
	`cost_micros` integer DEFAULT 0 NOT NULL,
	`started_at` text NOT NULL,
	`finished_at` text
);
--> statement-breakpoint
CREATE INDEX `generation_runs_campaign` ON `generation_runs` (`campaign_id`);--> statement-breakpoint
CREATE TABLE `ingestion_runs` (
	`id` text PRIMARY KEY NOT NULL,
	`platform` text NOT NULL,
	`status` text NOT NULL,
	`window_start` text,
	`window_end` text,
	`checkpoint` text,
	`rows_upserted` integer DEFAULT 0 NOT NULL,
	`rows_rejected` integer DEFAULT 0 NOT NULL,
	`rejections` text DEFAULT '[]' NOT NULL,
	`error` text,
	`started_at` text NOT NULL,
	`finished_at` text
);
--> statement-breakpoint
CREATE TABLE `jobs` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`status` text NOT NULL,
	`payload` text DEFAULT '{}' NOT NULL,
	`checkpoint` text,
	`attempts` integer DEFAULT 0 NOT NULL,
	`lease_owner` text,
	`lease_expires_at` text,
	`run_after` text NOT NULL,
	`last_error` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `jobs_due` ON `jobs` (`status`,`run_after`);--> statement-breakpoint
CREATE TABLE `lineage_edges` (
	`id` text PRIMARY KEY NOT NULL,
	`from_id` text NOT NULL,
	`relation` text NOT NULL,
	`to_id` text NOT NULL,
	`metadata` text DEFAULT '{}' NOT NULL,
	`created_at` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `lineage_edges_unique` ON `lineage_edges` (`from_id`,`relation`,`to_id`);--> statement-breakpoint
CREATE INDEX `lineage_edges_to` ON `lineage_edges` (`to_id`);--> statement-breakpoint
CREATE TABLE `metric_history` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`platform` text NOT NULL,
	`platform_ad_id` text NOT NULL,
	`date` text NOT NULL,
	`previous` text NOT NULL,
	`ingestion_run_id` text,
	`replaced_at` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `metric_history_key` ON `metric_history` (`platform`,`platform_ad_id`,`date`);--> statement-breakpoint
CREATE TABLE `metrics` (
	`platform` text NOT NULL,
	`platform_ad_id` text NOT NULL,
	`date` text NOT NULL,
	`impressions` integer DEFAULT 0 NOT NULL,
	`clicks` integer DEFAULT 0 NOT NULL,
	`conversions` integer DEFAULT 0 NOT NULL,
	`spend_micros` integer DEFAULT 0 NOT NULL,
	`revenue_micros` integer DEFAULT 0 NOT NULL,
	`video_watch_ms` integer,
	`ingestion_run_id` text,
	`updated_at` text NOT NULL,
	PRIMARY KEY(`platform`, `platform_ad_id`, `date`)
);
--> statement-breakpoint
CREATE TABLE `models` (
	`id` text PRIMARY KEY NOT NULL,
	`provider` text NOT NULL,
	`name` text NOT NULL,
	`task` text NOT NULL,
	`cost_per_1k_input_micros` integer DEFAULT 0 NOT NULL,
	`cost_per_1k_output_micros` integer DEFAULT 0 NOT NULL,
	`cost_per_image_micros` integer DEFAULT 0 NOT NULL,
	`latency_ms_p50` real,
	`quality` real DEFAULT 0.5 NOT NULL,
	`calls` integer DEFAULT 0 NOT NULL,
	`errors` integer DEFAULT 0 NOT NULL,
	`enabled` integer DEFAULT true NOT NULL,
	`created_at` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `models_provider_name_task` ON `models` (`provider`,`name`,`task`);--> statement-breakpoint
CREATE TABLE `processed_events` (
	`event_id` text PRIMARY KEY NOT NULL,
	`received_at` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `prompt_labels` (
	`prompt_id` text NOT NULL,
	`label` text NOT NULL,
	`prompt_version_id` text NOT NULL,
	`updated_by` text,
	`updated_at` text NOT NULL,
	PRIMARY KEY(`prompt_id`, `label`),
	FOREIGN KEY (`prompt_id`) REFERENCES `prompts`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`prompt_version_id`) REFERENCES `prompt_versions`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `prompt_versions` (
	`id` text PRIMARY KEY NOT NULL,
	`prompt_id` text NOT NULL,
	`version` integer NOT NULL,
	`text` text NOT NULL,
	`variables` text DEFAULT '[]' NOT NULL,
	`note` text,
	`created_by` text,
	`created_at` text NOT NULL,
	FOREIGN KEY (`prompt_id`) REFERENCES `prompts`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `prompt_versions_prompt_version` ON `prompt_versions` (`prompt_id`,`version`);--> statement-breakpoint
CREATE TABLE `prompts` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`description` text,
	`created_at` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `prompts_name_unique` ON `prompts` (`name`);--> statement-breakpoint
CREATE TABLE `review_decisions` (
	`id` text PRIMARY KEY NOT NULL,
	`review_request_id` text NOT NULL,
	`decision` text NOT NULL,
	`decided_by` text NOT NULL,
	`label` text,
	`reason` text,
	`via` text NOT NULL,
	`created_at` text NOT NULL,
	FOREIGN KEY (`review_request_id`) REFERENCES `review_requests`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `review_requests` (
	`id` text PRIMARY KEY NOT NULL,
	`brand_id` text,
	`asset_id` text,
	`subject_type` text NOT NULL,
	`subject_id` text NOT NULL,
	`reasons` text DEFAULT '[]' NOT NULL,
	`status` text NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`channel` text,
	`message_ts` text,
	`requested_by` text,
	`decided_by` text,
	`decided_at` text,
	`created_at` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `review_requests_status` ON `review_requests` (`status`);--> statement-breakpoint
CREATE TABLE `tagger_versions` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`version` integer NOT NULL,
	`status` text NOT NULL,
	`model` text DEFAULT '{}' NOT NULL,
	`metrics` text DEFAULT '{}' NOT NULL,
	`approved_by` text,
	`created_at` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `template_versions` (
	`id` text PRIMARY KEY NOT NULL,
	`template_id` text NOT NULL,
	`version` integer NOT NULL,
	`spec` text NOT NULL,
	`derived_from_asset_id` text,
	`note` text,
	`created_by` text,
	`created_at` text NOT NULL,
	FOREIGN KEY (`template_id`) REFERENCES `templates`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `template_versions_template_version` ON `template_versions` (`template_id`,`version`);--> statement-breakpoint
CREATE TABLE `templates` (
	`id` text PRIMARY KEY NOT NULL,
	`brand_id` text,
	`name` text NOT NULL,
	`description` text,
	`latest_version` integer DEFAULT 1 NOT NULL,
	`created_at` text NOT NULL,
	FOREIGN KEY (`brand_id`) REFERENCES `brands`(`id`) ON UPDATE no action ON DELETE no action
);
