-- Money per currency (issue 26): every metric row says the currency its spend and revenue are in, as the export or the
-- platform stated it (NULL when the source did not say). Winnow never adds micros of different currencies together.
-- Conversions stay in the INTEGER-affinity column: SQLite keeps a fractional value (Google Ads' 1.50) as REAL there.
ALTER TABLE `metrics` ADD `currency` text;
--> statement-breakpoint
DROP TRIGGER IF EXISTS `metrics_restated`;
--> statement-breakpoint
CREATE TRIGGER `metrics_restated` AFTER UPDATE ON `metrics`
WHEN old.impressions IS NOT new.impressions OR old.clicks IS NOT new.clicks OR old.conversions IS NOT new.conversions
  OR old.spend_micros IS NOT new.spend_micros OR old.revenue_micros IS NOT new.revenue_micros
  OR old.video_watch_ms IS NOT new.video_watch_ms OR old.currency IS NOT new.currency
BEGIN
  INSERT INTO metric_history (platform, platform_ad_id, date, previous, ingestion_run_id, replaced_at) VALUES (
    old.platform, old.platform_ad_id, old.date,
    json_object('impressions', old.impressions, 'clicks', old.clicks, 'conversions', old.conversions,
      'spend_micros', old.spend_micros, 'revenue_micros', old.revenue_micros, 'video_watch_ms', old.video_watch_ms,
      'currency', old.currency, 'ingestion_run_id', old.ingestion_run_id, 'updated_at', old.updated_at),
    new.ingestion_run_id, new.updated_at);
END;
