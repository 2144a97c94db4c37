-- A server used for months: `winnow jobs`, list_jobs and the dashboard read the newest jobs first, and the hourly
-- sweep forgets Slack threads idle past THREAD_MEMORY_RETENTION_DAYS; both now read an index instead of the table.
-- (0007-0009 were written by hand without snapshots; 0010_snapshot.json is the whole schema again.)
CREATE INDEX `conversations_idle` ON `conversations` (`updated_at`);--> statement-breakpoint
CREATE INDEX `jobs_recent` ON `jobs` (`updated_at`);
