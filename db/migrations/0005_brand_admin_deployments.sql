ALTER TABLE `audiences` ADD `brand_id` text;--> statement-breakpoint
ALTER TABLE `audiences` ADD `aliases` text DEFAULT '[]' NOT NULL;--> statement-breakpoint
ALTER TABLE `brand_members` ADD `slack_user_id` text;--> statement-breakpoint
ALTER TABLE `brand_members` ADD `email` text;--> statement-breakpoint
ALTER TABLE `brand_members` ADD `display_name` text;--> statement-breakpoint
ALTER TABLE `deployments` ADD `audience_id` text;--> statement-breakpoint
ALTER TABLE `deployments` ADD `origin` text DEFAULT 'push' NOT NULL;