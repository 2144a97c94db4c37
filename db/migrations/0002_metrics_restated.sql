-- Restatement history: when ingestion changes a metric row (a platform restated a day), keep the previous numbers.
-- The upsert only touches rows whose numbers differ, so a re-run of identical data writes no history.
CREATE TRIGGER `metrics_restated` AFTER UPDATE ON `metrics`
WHEN old.impressions IS NOT new.impressions OR old.clicks IS NOT new.clicks OR old.conversions IS NOT new.conversions
  OR old.spend_micros IS NOT new.spend_micros OR old.revenue_micros IS NOT new.revenue_micros
  OR old.video_watch_ms IS NOT new.video_watch_ms
BEGIN
  INSERT INTO metric_history (platform, platform_ad_id, date, previous, ingestion_run_id, replaced_at) VALUES (
    old.platform, old.platform_ad_id, old.date,
    json_object('impressions', old.impressions, 'clicks', old.clicks, 'conversions', old.conversions,
      'spend_micros', old.spend_micros, 'revenue_micros', old.revenue_micros, 'video_watch_ms', old.video_watch_ms,
      'ingestion_run_id', old.ingestion_run_id, 'updated_at', old.updated_at),
    new.ingestion_run_id, new.updated_at);
END;
