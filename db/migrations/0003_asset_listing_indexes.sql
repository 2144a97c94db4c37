CREATE INDEX `assets_kind_created` ON `assets` (`kind`,`created_at`,`id`);--> statement-breakpoint
CREATE INDEX `assets_brand_created` ON `assets` (`brand_id`,`created_at`,`id`);--> statement-breakpoint
CREATE INDEX `assets_status_created` ON `assets` (`status`,`created_at`,`id`);