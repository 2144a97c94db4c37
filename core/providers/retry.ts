import pRetry, { AbortError } from "p-retry";
import { WinnowError } from "../errors.ts";

export interface RetryPolicy {
  /** Retries after the first attempt. */
  retries: number;
  minTimeoutMs: number;
  maxTimeoutMs: number;
  /** Per-attempt timeout handed to the SDK. */
  timeoutMs: number;
}

export const DEFAULT_RETRY: RetryPolicy = { retries: 3, minTimeoutMs: 500, maxTimeoutMs: 8000, timeoutMs: 60_000 };

/** Rate limits, server errors, timeouts and dropped connections are worth another try; a 400 or 401 is not. */
export function isRetryable(error: unknown): boolean {
  const status = (error as { status?: unknown }).status;
  if (typeof status === "number") return status === 408 || status === 409 || status === 429 || status >= 500;
  const name = (error as { name?: string }).name ?? "";
  return /Connection|Timeout|Abort/i.test(name) || /ECONNRE|ETIMEDOUT|socket hang up|fetch failed/i.test(String(error));
}

/**
 * Calls a provider with exponential backoff on retryable failures; the final failure becomes a provider_error that
 * carries the provider's own message, the HTTP status and the number of attempts.
 */
export async function withRetries<T>(label: string, policy: RetryPolicy, call: () => Promise<T>): Promise<T> {
  let attempts = 0;
  try {
    return await pRetry(
      async () => {
        attempts++;
        try {
          return await call();
        } catch (error) {
          if (!isRetryable(error)) throw new AbortError(error as Error);
          throw error;
        }
      },
      {
        retries: policy.retries,
        minTimeout: policy.minTimeoutMs,
        maxTimeout: policy.maxTimeoutMs,
        factor: 2,
        randomize: true,
      },
    );
  } catch (error) {
    if (error instanceof WinnowError) throw error;
    const status = (error as { status?: unknown }).status;
    const message = error instanceof Error ? error.message : String(error);
    throw new WinnowError(
      "provider_error",
      `${label} failed after ${attempts} attempt(s): ${message}. ${
        typeof status === "number" && status < 500 && status !== 429
          ? "Check the API key, model name and request."
          : "The provider is unavailable or rate limiting; retry later or switch to the local provider."
      }`,
      { provider: label, status: typeof status === "number" ? status : null, attempts },
    );
  }
}
