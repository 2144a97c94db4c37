import { WinnowError } from "../errors.ts";

export interface RetryOptions {
  retries: number;
  baseDelayMs: number;
  maxDelayMs: number;
  /** Injected so tests run instantly and the scheduler can use its clock. */
  sleep: (ms: number) => Promise<void>;
  onRetry?: (error: WinnowError, attempt: number, delayMs: number) => void;
}

export const realSleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** A platform said "slow down" or hiccupped: worth another try after a pause. */
export function retryable(message: string, retryAfterMs?: number): WinnowError {
  return new WinnowError("unavailable", message, { retryable: true, ...(retryAfterMs ? { retryAfterMs } : {}) });
}

export function isRetryable(error: unknown): error is WinnowError {
  return error instanceof WinnowError && error.details?.retryable === true;
}

/**
 * Exponential backoff with full jitter-free doubling (deterministic for tests), honouring a platform's Retry-After.
 * Only errors marked retryable are retried; an expired token or a bad request fails at once.
 */
export async function withRetry<T>(fn: () => Promise<T>, options: RetryOptions): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await fn();
    } catch (error) {
      if (!isRetryable(error) || attempt > options.retries) throw error;
      const hinted = Number(error.details?.retryAfterMs ?? 0);
      const delay = Math.min(options.maxDelayMs, Math.max(hinted, options.baseDelayMs * 2 ** (attempt - 1)));
      options.onRetry?.(error, attempt, delay);
      await options.sleep(delay);
    }
  }
}
