import type { ApiError } from '../ApiError.js';
import { normalizeError } from '../normalize/normalizeError.js';

export interface RetryPolicyOptions {
  /**
   * What the policy is for. Queries only read, so any failure that may pass is retried. Mutations are
   * retried only when repeating them is safe: an idempotent method, or an `Idempotency-Key` (set with
   * the fetcher's `idempotencyKey`); and a rate-limited mutation is never re-sent without the person.
   * @defaultValue 'queries'
   */
  for?: 'queries' | 'mutations';
  /**
   * How many times a request runs in all, the first try included (like the AWS SDKs' `maxAttempts`).
   * @defaultValue 3
   */
  maxAttempts?: number;
  /**
   * Backoff base: the n-th retry waits a random time in `[0, min(maxDelayMs, baseDelayMs * 2^(n-1))]`.
   * @defaultValue 1000
   */
  baseDelayMs?: number;
  /**
   * Cap on one backoff delay.
   * @defaultValue 30000
   */
  maxDelayMs?: number;
  /**
   * The longest wait a server may ask for (`Retry-After` and the like); past it, do not retry:
   * the app shows the rate-limit banner instead.
   * @defaultValue 60000
   */
  maxRetryAfterMs?: number;
  /**
   * The wait after a rate limit that did not say how long.
   * @defaultValue 1000
   */
  defaultRetryAfterMs?: number;
  /**
   * Methods safe to send twice.
   * @defaultValue ['GET', 'HEAD', 'OPTIONS', 'PUT', 'DELETE']
   */
  idempotentMethods?: readonly string[];
  /**
   * Source of randomness for the jitter, in `[0, 1)`; inject a fixed one in tests.
   * @defaultValue Math.random
   */
  random?: () => number;
  /**
   * Overrides the decision for some errors: return `true` or `false` to decide, `undefined` to keep
   * the built-in rules. `attempt` is how many times the request has run. `maxAttempts` still bounds it.
   */
  shouldRetry?: (error: ApiError, attempt: number) => boolean | undefined;
}

/** `retry` and `retryDelay` for TanStack Query's `defaultOptions.queries` or `.mutations`. */
export interface RetryPolicy {
  retry: (failureCount: number, error: unknown) => boolean;
  retryDelay: (failureCount: number, error: unknown) => number;
}

const NEVER = /^(aborted|unauthenticated|forbidden|validation|not_found|conflict|quota|insufficient_funds|unknown)$/;

/**
 * Decides whether and when TanStack Query retries a failure, by what went wrong (Errata's retry
 * rules): never the errors only a person can fix; a rate limit after the wait the server asked
 * for; network, timeout and server errors with capped exponential backoff and full jitter, and
 * only when the request is safe to repeat. Any error is accepted: it is normalized first.
 *
 * @example
 * ```ts
 * new QueryClient({ defaultOptions: {
 *   queries: retryPolicy(),
 *   mutations: retryPolicy({ for: 'mutations' }),
 * } });
 * ```
 */
export function retryPolicy(options: RetryPolicyOptions = {}): RetryPolicy {
  const {
    maxAttempts = 3,
    baseDelayMs = 1000,
    maxDelayMs = 30000,
    maxRetryAfterMs = 60000,
    defaultRetryAfterMs = 1000,
    idempotentMethods = ['GET', 'HEAD', 'OPTIONS', 'PUT', 'DELETE'],
    random = Math.random,
    shouldRetry,
  } = options;
  const mutations = options.for === 'mutations';

  return {
    // TanStack passes the failures before this one: 0 after the first try failed.
    retry(failureCount, cause) {
      const error = normalizeError(cause);
      const attempt = failureCount + 1;
      if (attempt >= maxAttempts) return false;
      const decided = shouldRetry?.(error, attempt);
      if (decided !== undefined) return decided;
      if (NEVER.test(error.kind)) return false;
      if ((error.retryAfterMs ?? 0) > maxRetryAfterMs) return false;
      if (error.kind === 'rate_limited') return !mutations;
      // network, timeout, server, unavailable: a mutation may have reached the server already.
      return (
        !mutations ||
        idempotentMethods.includes(error.method?.toUpperCase() ?? '') ||
        !!error.details.idempotencyKey
      );
    },
    retryDelay(failureCount, cause) {
      const error = normalizeError(cause);
      if (error.retryAfterMs !== undefined || error.kind === 'rate_limited')
        return Math.min(error.retryAfterMs ?? defaultRetryAfterMs, maxRetryAfterMs);
      // Full jitter: spreads clients that failed together, so they do not come back together.
      return Math.floor(random() * Math.min(maxDelayMs, baseDelayMs * 2 ** failureCount));
    },
  };
}
