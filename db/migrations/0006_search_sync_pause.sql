-- Batch tag writes (enrichment tags 64 assets at a time) refresh each asset's search row once instead of once per tag
-- row: while search_sync.paused is 1 (set and cleared inside the writer's own transaction, so no other connection ever
-- sees it) the per-row tag triggers stand aside, and the writer updates asset_search for its assets itself.
CREATE TABLE `search_sync` (`id` integer PRIMARY KEY NOT NULL, `paused` integer DEFAULT 0 NOT NULL);
--> statement-breakpoint
INSERT INTO `search_sync` (`id`, `paused`) VALUES (1, 0);
--> statement-breakpoint
DROP TRIGGER `asset_search_tags_insert`;
--> statement-breakpoint
DROP TRIGGER `asset_search_tags_delete`;
--> statement-breakpoint
CREATE TRIGGER `asset_search_tags_insert` AFTER INSERT ON `asset_tags`
WHEN coalesce((SELECT paused FROM search_sync WHERE id = 1), 0) = 0
BEGIN
  UPDATE asset_search SET tags = coalesce((SELECT group_concat(replace(t.tag, '-', ' '), ' ') FROM asset_tags t WHERE t.asset_id = new.asset_id AND t.category <> 'error'), '')
  WHERE rowid = (SELECT rowid FROM assets WHERE id = new.asset_id);
END;
--> statement-breakpoint
CREATE TRIGGER `asset_search_tags_delete` AFTER DELETE ON `asset_tags`
WHEN coalesce((SELECT paused FROM search_sync WHERE id = 1), 0) = 0
BEGIN
  UPDATE asset_search SET tags = coalesce((SELECT group_concat(replace(t.tag, '-', ' '), ' ') FROM asset_tags t WHERE t.asset_id = old.asset_id AND t.category <> 'error'), '')
  WHERE rowid = (SELECT rowid FROM assets WHERE id = old.asset_id);
END;
