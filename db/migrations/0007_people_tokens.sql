-- People (issue 22): every caller is a person. A person has handles (e-mail, Slack user id), an optional workspace
-- admin flag and personal tokens (only their SHA-256 is stored). Brand roles stay in brand_members, found by handle.
CREATE TABLE `people` (
	`id` text PRIMARY KEY NOT NULL,
	`email` text,
	`slack_user_id` text,
	`display_name` text,
	`is_admin` integer DEFAULT 0 NOT NULL,
	`created_by` text NOT NULL,
	`created_at` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `people_email` ON `people` (`email`);
--> statement-breakpoint
CREATE UNIQUE INDEX `people_slack_user_id` ON `people` (`slack_user_id`);
--> statement-breakpoint
CREATE TABLE `api_tokens` (
	`id` text PRIMARY KEY NOT NULL,
	`person_id` text NOT NULL REFERENCES `people`(`id`),
	`name` text NOT NULL,
	`token_hash` text NOT NULL,
	`created_by` text NOT NULL,
	`created_at` text NOT NULL,
	`expires_at` text,
	`last_used_at` text,
	`revoked_at` text
);
--> statement-breakpoint
CREATE UNIQUE INDEX `api_tokens_hash` ON `api_tokens` (`token_hash`);
--> statement-breakpoint
CREATE INDEX `api_tokens_person` ON `api_tokens` (`person_id`);
--> statement-breakpoint
CREATE TABLE `audit_log` (
	`id` text PRIMARY KEY NOT NULL,
	`at` text NOT NULL,
	`person_id` text,
	`actor` text NOT NULL,
	`caller_kind` text NOT NULL,
	`tool` text NOT NULL,
	`brand_ids` text DEFAULT '[]' NOT NULL,
	`outcome` text NOT NULL,
	`error_code` text,
	`read_only` integer DEFAULT 0 NOT NULL,
	`summary` text
);
--> statement-breakpoint
CREATE INDEX `audit_log_at` ON `audit_log` (`at`,`id`);
--> statement-breakpoint
CREATE INDEX `audit_log_actor` ON `audit_log` (`actor`,`at`);
--> statement-breakpoint
CREATE INDEX `audit_log_tool` ON `audit_log` (`tool`,`at`);
--> statement-breakpoint
-- Everyone already holding a brand role becomes a person (one per recorded user ref; a handle already taken is skipped).
INSERT OR IGNORE INTO `people` (`id`, `email`, `slack_user_id`, `display_name`, `is_admin`, `created_by`, `created_at`)
SELECT 'mbr_' || upper(hex(randomblob(13))),
  coalesce(max(`email`), CASE WHEN `user_ref` LIKE '%@%' THEN lower(`user_ref`) END),
  coalesce(max(`slack_user_id`), CASE WHEN `user_ref` NOT LIKE '%@%' THEN `user_ref` END),
  max(`display_name`), 0, 'migration', min(`created_at`)
FROM `brand_members` GROUP BY `user_ref`;
