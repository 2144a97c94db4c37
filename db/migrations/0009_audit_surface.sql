-- Every audit row names a person (issue 22): the local admin is "local-admin" whatever surface it used, so the surface
-- (mcp-http, api, cli, dashboard, slack) and the credential (a token id, oidc, WINNOW_TOKEN, loopback) get their own
-- columns instead of standing in for the person.
ALTER TABLE `audit_log` ADD `surface` text;
--> statement-breakpoint
ALTER TABLE `audit_log` ADD `via` text;
