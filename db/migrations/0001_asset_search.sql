-- Full-text index over what people search assets by: name, description (+ category, use case), tags, notes, copy.
-- Rows share the assets rowid, so triggers update one row by rowid instead of scanning the index.
CREATE VIRTUAL TABLE `asset_search` USING fts5(asset_id UNINDEXED, name, description, tags, notes, copy, tokenize = 'porter unicode61 remove_diacritics 2');
--> statement-breakpoint
INSERT INTO `asset_search`(rowid, asset_id, name, description, tags, notes, copy)
SELECT a.rowid, a.id, a.name,
  coalesce(a.description, '') || ' ' || coalesce(a.category, '') || ' ' || coalesce(a.use_case, ''),
  coalesce((SELECT group_concat(replace(t.tag, '-', ' '), ' ') FROM asset_tags t WHERE t.asset_id = a.id AND t.category <> 'error'), ''),
  coalesce(a.notes, '') || ' ' || coalesce(a.usage_notes, ''),
  CASE WHEN json_valid(a.metadata) THEN coalesce(json_extract(a.metadata, '$.copy'), '') || ' ' || coalesce(json_extract(a.metadata, '$.slots'), '') ELSE '' END
FROM assets a;
--> statement-breakpoint
CREATE TRIGGER `asset_search_insert` AFTER INSERT ON `assets` BEGIN
  INSERT INTO asset_search(rowid, asset_id, name, description, tags, notes, copy) VALUES (
    new.rowid, new.id, new.name,
    coalesce(new.description, '') || ' ' || coalesce(new.category, '') || ' ' || coalesce(new.use_case, ''),
    coalesce((SELECT group_concat(replace(t.tag, '-', ' '), ' ') FROM asset_tags t WHERE t.asset_id = new.id AND t.category <> 'error'), ''),
    coalesce(new.notes, '') || ' ' || coalesce(new.usage_notes, ''),
    CASE WHEN json_valid(new.metadata) THEN coalesce(json_extract(new.metadata, '$.copy'), '') || ' ' || coalesce(json_extract(new.metadata, '$.slots'), '') ELSE '' END);
END;
--> statement-breakpoint
CREATE TRIGGER `asset_search_update` AFTER UPDATE OF name, description, category, use_case, notes, usage_notes, metadata ON `assets` BEGIN
  DELETE FROM asset_search WHERE rowid = old.rowid;
  INSERT INTO asset_search(rowid, asset_id, name, description, tags, notes, copy) VALUES (
    new.rowid, new.id, new.name,
    coalesce(new.description, '') || ' ' || coalesce(new.category, '') || ' ' || coalesce(new.use_case, ''),
    coalesce((SELECT group_concat(replace(t.tag, '-', ' '), ' ') FROM asset_tags t WHERE t.asset_id = new.id AND t.category <> 'error'), ''),
    coalesce(new.notes, '') || ' ' || coalesce(new.usage_notes, ''),
    CASE WHEN json_valid(new.metadata) THEN coalesce(json_extract(new.metadata, '$.copy'), '') || ' ' || coalesce(json_extract(new.metadata, '$.slots'), '') ELSE '' END);
END;
--> statement-breakpoint
CREATE TRIGGER `asset_search_delete` AFTER DELETE ON `assets` BEGIN
  DELETE FROM asset_search WHERE rowid = old.rowid;
END;
--> statement-breakpoint
CREATE TRIGGER `asset_search_tags_insert` AFTER INSERT ON `asset_tags` BEGIN
  UPDATE asset_search SET tags = coalesce((SELECT group_concat(replace(t.tag, '-', ' '), ' ') FROM asset_tags t WHERE t.asset_id = new.asset_id AND t.category <> 'error'), '')
  WHERE rowid = (SELECT rowid FROM assets WHERE id = new.asset_id);
END;
--> statement-breakpoint
CREATE TRIGGER `asset_search_tags_delete` AFTER DELETE ON `asset_tags` BEGIN
  UPDATE asset_search SET tags = coalesce((SELECT group_concat(replace(t.tag, '-', ' '), ' ') FROM asset_tags t WHERE t.asset_id = old.asset_id AND t.category <> 'error'), '')
  WHERE rowid = (SELECT rowid FROM assets WHERE id = old.asset_id);
END;
