/**
 * One error type with a stable `code`. Every surface maps it: MCP `isError` results, HTTP status + JSON,
 * Slack ephemeral messages, CLI exit code 2. The message always says what was wrong and how to fix it.
 */
export type WinnowErrorCode =
  | "invalid_input"
  | "not_found"
  | "conflict"
  | "duplicate"
  | "forbidden"
  | "unauthorized"
  | "rate_limited"
  | "budget_exceeded"
  | "provider_error"
  | "unavailable"
  | "internal";

const HTTP_STATUS: Record<WinnowErrorCode, number> = {
  invalid_input: 400,
  not_found: 404,
  conflict: 409,
  duplicate: 409,
  forbidden: 403,
  unauthorized: 401,
  rate_limited: 429,
  budget_exceeded: 422,
  provider_error: 502,
  unavailable: 503,
  internal: 500,
};

export class WinnowError extends Error {
  readonly code: WinnowErrorCode;
  readonly details: Record<string, unknown> | undefined;

  constructor(code: WinnowErrorCode, message: string, details?: Record<string, unknown>) {
    super(message);
    this.name = "WinnowError";
    this.code = code;
    this.details = details;
  }

  get httpStatus(): number {
    return HTTP_STATUS[this.code];
  }

  toJSON() {
    return { error: { code: this.code, message: this.message, ...(this.details ? { details: this.details } : {}) } };
  }
}

export const notFound = (what: string, id: string, hint = "") =>
  new WinnowError("not_found", `${what} ${id} not found.${hint ? ` ${hint}` : ""}`, { id });

export const invalidInput = (field: string, problem: string, fix: string) =>
  new WinnowError("invalid_input", `${field}: ${problem}. ${fix}`, { field });

/** Turns anything thrown into a WinnowError so surfaces can render it uniformly. */
export function asWinnowError(error: unknown): WinnowError {
  if (error instanceof WinnowError) return error;
  if (isZodLikeError(error)) return new WinnowError("invalid_input", formatIssues(error.issues));
  const message = error instanceof Error ? error.message : String(error);
  return new WinnowError("internal", message);
}

interface ZodLikeIssue {
  path: PropertyKey[];
  message: string;
}

function isZodLikeError(error: unknown): error is { issues: ZodLikeIssue[] } {
  return typeof error === "object" && error !== null && Array.isArray((error as { issues?: unknown }).issues);
}

/** "field.path: message; other: message" — names each field so the caller knows what to fix. */
export function formatIssues(issues: ZodLikeIssue[]): string {
  return issues
    .map((issue) => {
      const path = issue.path.map(String).join(".") || "(input)";
      return `${path}: ${issue.message}`;
    })
    .join("; ");
}
