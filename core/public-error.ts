import { randomBytes } from "node:crypto";
import { asWinnowError, WinnowError } from "./errors.ts";
import type { Logger } from "./log.ts";

/**
 * What a surface may show of an error. Domain errors (4xx: invalid input, not found, forbidden...) keep their
 * message, which names the field and the fix. Anything internal — a SQL failure, a bug, a library's own words,
 * which may carry SQL text, parameters or server paths — is logged on stderr with a fresh id and leaves the process
 * only as "internal error (id …)", the same on HTTP, MCP, Slack, the dashboard and the CLI. An error already made
 * public passes through unchanged (one id per failure, however many layers rethrow it).
 */
export function publicError(error: unknown, logger: Logger, context: Record<string, unknown> = {}): WinnowError {
  const err = asWinnowError(error);
  if (err.code !== "internal" || isPublic(err)) return err;
  const errorId = `err_${randomBytes(6).toString("hex")}`;
  logger.error("internal error", {
    errorId,
    ...context,
    error: error instanceof Error ? error.message : String(error),
    ...(error instanceof Error && error.stack ? { stack: error.stack } : {}),
  });
  return new WinnowError("internal", `internal error (id ${errorId})`, { errorId });
}

export function isPublic(err: WinnowError): boolean {
  return err.code !== "internal" || typeof err.details?.errorId === "string";
}
