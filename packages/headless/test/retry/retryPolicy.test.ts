import { describe, expect, it } from 'vitest';
import { ApiError } from '../../src/ApiError.js';
import type { ErrorKind } from '../../src/types.js';
import { retryPolicy } from '../../src/retry/retryPolicy.js';

const err = (kind: ErrorKind, extra: Partial<ApiError> = {}) =>
  new ApiError({ kind, message: kind, retryable: true, ...extra });

const NEVER: ErrorKind[] = [
  'aborted',
  'unauthenticated',
  'forbidden',
  'validation',
  'not_found',
  'conflict',
  'quota',
  'insufficient_funds',
];
const TRANSIENT: ErrorKind[] = ['network', 'timeout', 'server', 'unavailable'];

describe('retryPolicy', () => {
  it.each(NEVER)('never retries %s, for queries or mutations', (kind) => {
    expect(retryPolicy().retry(0, err(kind, { method: 'GET' }))).toBe(false);
    expect(retryPolicy({ for: 'mutations' }).retry(0, err(kind, { method: 'PUT' }))).toBe(false);
  });

  it.each(TRANSIENT)('retries a %s query, whatever its method', (kind) => {
    expect(retryPolicy().retry(0, err(kind, { method: 'POST' }))).toBe(true);
  });

  it.each(TRANSIENT)('retries a %s mutation with an idempotent method or an idempotency key', (kind) => {
    const policy = retryPolicy({ for: 'mutations' });
    for (const method of ['GET', 'HEAD', 'OPTIONS', 'PUT', 'DELETE']) expect(policy.retry(0, err(kind, { method }))).toBe(true);
    expect(policy.retry(0, err(kind, { method: 'POST', details: { idempotencyKey: 'k' } }))).toBe(true);
  });

  it.each(TRANSIENT)('does not replay a %s POST or PATCH mutation that carries no key', (kind) => {
    const policy = retryPolicy({ for: 'mutations' });
    expect(policy.retry(0, err(kind, { method: 'POST' }))).toBe(false);
    expect(policy.retry(0, err(kind, { method: 'PATCH' }))).toBe(false);
    expect(policy.retry(0, err(kind))).toBe(false);
  });

  it('lets the app choose which methods count as idempotent', () => {
    const policy = retryPolicy({ for: 'mutations', idempotentMethods: ['GET'] });
    expect(policy.retry(0, err('server', { method: 'PUT' }))).toBe(false);
    expect(policy.retry(0, err('server', { method: 'get' }))).toBe(true);
  });

  it('retries a rate-limited query while the wait is within maxRetryAfterMs, and not past it', () => {
    const policy = retryPolicy({ maxRetryAfterMs: 60000 });
    expect(policy.retry(0, err('rate_limited', { retryAfterMs: 60000 }))).toBe(true);
    expect(policy.retry(0, err('rate_limited', { retryAfterMs: 60001 }))).toBe(false);
    expect(policy.retry(0, err('rate_limited'))).toBe(true);
  });

  it('does not re-send a rate-limited mutation: the person decides (UI.md)', () => {
    const policy = retryPolicy({ for: 'mutations' });
    expect(policy.retry(0, err('rate_limited', { method: 'PUT', details: { idempotencyKey: 'k' } }))).toBe(false);
  });

  it('does not retry an unknown failure', () => {
    expect(retryPolicy().retry(0, err('unknown'))).toBe(false);
  });

  it('stops when the request has run maxAttempts times', () => {
    const policy = retryPolicy({ maxAttempts: 3 });
    expect(policy.retry(0, err('server'))).toBe(true);
    expect(policy.retry(1, err('server'))).toBe(true);
    expect(policy.retry(2, err('server'))).toBe(false);
  });

  it('waits a full-jitter delay that doubles per failure up to maxDelayMs', () => {
    const policy = retryPolicy({ baseDelayMs: 1000, maxDelayMs: 5000, random: () => 0.5 });
    expect([0, 1, 2, 3, 4].map((n) => policy.retryDelay(n, err('server')))).toEqual([500, 1000, 2000, 2500, 2500]);
    const low = retryPolicy({ random: () => 0 });
    expect(low.retryDelay(3, err('network'))).toBe(0);
  });

  it('waits what the server asked for a rate limit, a default when it did not say, capped', () => {
    const policy = retryPolicy({ defaultRetryAfterMs: 1500, maxRetryAfterMs: 10000 });
    expect(policy.retryDelay(0, err('rate_limited', { retryAfterMs: 4000 }))).toBe(4000);
    expect(policy.retryDelay(0, err('rate_limited'))).toBe(1500);
    expect(policy.retryDelay(0, err('rate_limited', { retryAfterMs: 99999 }))).toBe(10000);
  });

  it('honours a Retry-After on a 503 instead of its own backoff', () => {
    expect(retryPolicy({ random: () => 0 }).retryDelay(0, err('unavailable', { retryAfterMs: 7000 }))).toBe(7000);
  });

  it('normalizes errors that are not ApiError (a fetch TypeError is a network failure)', () => {
    const policy = retryPolicy({ random: () => 0.5 });
    expect(policy.retry(0, new TypeError('Failed to fetch'))).toBe(true);
    expect(policy.retryDelay(0, new TypeError('Failed to fetch'))).toBe(500);
    expect(policy.retry(0, new DOMException('The operation was aborted.', 'AbortError'))).toBe(false);
    expect(policy.retry(0, null)).toBe(false);
  });

  it('lets shouldRetry override the rules for some errors and keep them for the rest', () => {
    const seen: number[] = [];
    const policy = retryPolicy({
      shouldRetry: (error, attempt) => {
        seen.push(attempt);
        return error.code === 'LOCKED' ? true : undefined;
      },
    });
    expect(policy.retry(0, err('conflict', { code: 'LOCKED' }))).toBe(true);
    expect(policy.retry(1, err('conflict'))).toBe(false);
    expect(policy.retry(2, err('conflict', { code: 'LOCKED' }))).toBe(false);
    expect(seen).toEqual([1, 2]);
  });
});
