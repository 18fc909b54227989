import { MutationObserver, QueryClient } from '@tanstack/react-query';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { isApiError, type ApiError } from '../../src/ApiError.js';
import { createFetcher } from '../../src/fetch/createFetcher.js';
import { createRateGate } from '../../src/fetch/createRateGate.js';
import { retryPolicy, type RetryPolicyOptions } from '../../src/retry/retryPolicy.js';

// A whole second, so HTTP-dates (one-second resolution) are exact.
const T0 = Date.UTC(2026, 0, 5, 9, 0, 0);
const JSON_TYPE = { 'content-type': 'application/json' };

const json = (body: unknown, status: number, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { ...JSON_TYPE, ...headers } });
const ok = () => json({ ok: true }, 200);

interface Run {
  /** When each try reached `fetch`, in ms after the start. */
  times: number[];
  data?: unknown;
  error?: ApiError;
}

/**
 * Runs one query (or one mutation) through a real QueryClient whose defaults are `retryPolicy`
 * with `random` fixed at 0.5, answering try n with `respond(n)`, and reports when each try ran.
 */
async function schedule(
  respond: (attempt: number) => Response | Promise<Response>,
  options: { policy?: RetryPolicyOptions; mutation?: { method: string; idempotencyKey?: string } } = {},
): Promise<Run> {
  const times: number[] = [];
  const start = Date.now();
  const fetch = (async () => {
    times.push(Date.now() - start);
    return respond(times.length);
  }) as unknown as typeof globalThis.fetch;
  const api = createFetcher({ baseUrl: 'https://api.example.com', fetch, gate: createRateGate() });
  const policy = { random: () => 0.5, ...options.policy };
  const client = new QueryClient({
    defaultOptions: { queries: retryPolicy(policy), mutations: retryPolicy({ ...policy, for: 'mutations' }) },
  });
  const { mutation } = options;
  const run = mutation
    ? new MutationObserver(client, { mutationFn: () => api('/charges', mutation) }).mutate()
    : client.fetchQuery({ queryKey: ['x'], queryFn: ({ signal }) => api('/x', { signal }) });
  const settled = run.then(
    (data) => ({ data }),
    (error: unknown) => {
      if (!isApiError(error)) throw error;
      return { error };
    },
  );
  await vi.advanceTimersByTimeAsync(300_000);
  const result = await settled;
  client.clear();
  return { times, ...result };
}

const fails = (response: () => Response) => () => response();
const failsThenOk = (times: number, response: () => Response) => (n: number) => (n <= times ? response() : ok());

describe('retry schedule through a QueryClient (fake timers, random = 0.5)', () => {
  beforeEach(() => {
    vi.useFakeTimers({ now: T0 });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('retries a 503 GET with growing, capped delays', async () => {
    const run = await schedule(fails(() => json({ error: 'Service unavailable' }, 503)), {
      policy: { maxAttempts: 5, baseDelayMs: 1000, maxDelayMs: 3000 },
    });
    // Delays 0.5 × min(3000, 1000·2^n): 500, 1000, 1500, 1500.
    expect(run.times).toEqual([0, 500, 1500, 3000, 4500]);
    expect(run.error).toMatchObject({ kind: 'unavailable', status: 503 });
  });

  it('retries a 500 query twice by default and resolves when the server recovers', async () => {
    const run = await schedule(failsThenOk(2, () => json({ error: { code: 'INTERNAL_ERROR', message: 'An internal server error occurred' } }, 500)));
    expect(run.times).toEqual([0, 500, 1500]);
    expect(run.data).toEqual({ ok: true });
  });

  it('retries a network failure with backoff and gives up after maxAttempts', async () => {
    const run = await schedule(() => Promise.reject(new TypeError('fetch failed')));
    expect(run.times).toEqual([0, 500, 1500]);
    expect(run.error).toMatchObject({ kind: 'network' });
  });

  it('retries a 504 gateway timeout with backoff', async () => {
    const run = await schedule(failsThenOk(1, () => new Response('<html><title>504 Gateway Time-out</title></html>', { status: 504 })));
    expect(run.times).toEqual([0, 500]);
    expect(run.data).toEqual({ ok: true });
  });

  it('waits Retry-After seconds after a 429', async () => {
    const run = await schedule(failsThenOk(1, () => json({ error: 'Rate limit exceeded' }, 429, { 'Retry-After': '2' })));
    expect(run.times).toEqual([0, 2000]);
    expect(run.data).toEqual({ ok: true });
  });

  it('waits until a Retry-After HTTP-date, measured against the response’s Date', async () => {
    const headers = { Date: new Date(T0).toUTCString(), 'Retry-After': new Date(T0 + 5000).toUTCString() };
    const run = await schedule(failsThenOk(1, () => json({ error: 'Rate limit exceeded' }, 429, headers)));
    expect(run.times).toEqual([0, 5000]);
  });

  it('waits RateLimit-Reset seconds after a 429', async () => {
    const run = await schedule(failsThenOk(1, () => json({ error: 'Rate limit exceeded' }, 429, { 'RateLimit-Reset': '3' })));
    expect(run.times).toEqual([0, 3000]);
  });

  it('waits until an epoch X-RateLimit-Reset after a 429', async () => {
    const headers = { 'X-RateLimit-Limit': '60', 'X-RateLimit-Remaining': '0', 'X-RateLimit-Reset': String(T0 / 1000 + 4) };
    const run = await schedule(failsThenOk(1, () => json({ message: 'API rate limit exceeded' }, 429, headers)));
    expect(run.times).toEqual([0, 4000]);
  });

  it('waits the body’s retry_after seconds (seed 002)', async () => {
    const body = { error: { code: 'RATE_LIMIT_EXCEEDED', message: 'Too many requests', details: { retry_after: 60 } } };
    const run = await schedule(failsThenOk(1, () => json(body, 429)));
    expect(run.times).toEqual([0, 60000]);
  });

  it.each([
    ['RATE_LIMITED_5_SECONDS', 5000],
    ['RATE_LIMITED_1_MINUTE', 60000],
    ['RATE_LIMITED_2_PER_SECOND', 1000],
    ['RATE_LIMITED_60_PER_MINUTE', 60000],
  ])('waits the window Defastra’s %s names, from a 200 body (seed 000)', async (code, wait) => {
    const body = { status: false, error_type: code, error_message: 'You have performed too many requests' };
    const run = await schedule(failsThenOk(1, () => json(body, 200)));
    expect(run.times).toEqual([0, wait]);
    expect(run.data).toEqual({ ok: true });
  });

  it('does not retry when the server asks for a wait past maxRetryAfterMs', async () => {
    const run = await schedule(fails(() => json({ error: 'Rate limit exceeded' }, 429, { 'Retry-After': '120' })));
    expect(run.times).toEqual([0]);
    expect(run.error).toMatchObject({ kind: 'rate_limited', retryAfterMs: 120000 });
  });

  it.each([
    [401, { error: 'Missing API key' }],
    [403, { error: 'Enterprise billing access denied', reason: 'payment_unpaid', status: 'unpaid' }],
    [404, { error: { code: 'NOT_FOUND', message: 'Lead not found' } }],
    [409, { error: 'quota_domains_reached', metric: 'domains', used: 10, limit: 10, requestedIncrement: 1 }],
    [400, { error: { code: 'MISSING_FIELD', message: 'Required field missing', details: { field: 'phone' } } }],
    [402, { error: { code: 'insufficient_funds', message: 'Insufficient funds', type: 'card_error' } }],
  ])('does not retry a %i', async (status, body) => {
    const run = await schedule(fails(() => json(body, status)));
    expect(run.times).toEqual([0]);
    expect(run.error?.retryable).toBe(false);
  });

  it('retries a POST mutation that carries an idempotency key', async () => {
    const run = await schedule(failsThenOk(2, () => json({ error: 'Service unavailable' }, 503)), {
      mutation: { method: 'POST', idempotencyKey: 'k-1' },
    });
    expect(run.times).toEqual([0, 500, 1500]);
    expect(run.data).toEqual({ ok: true });
  });

  it('retries a PUT mutation without a key: PUT is idempotent', async () => {
    const run = await schedule(failsThenOk(1, () => json({ error: 'Internal error' }, 500)), { mutation: { method: 'PUT' } });
    expect(run.times).toEqual([0, 500]);
  });

  it('does not replay a POST mutation without a key after a 503 or a network failure', async () => {
    const after503 = await schedule(fails(() => json({ error: 'Service unavailable' }, 503)), { mutation: { method: 'POST' } });
    expect(after503.times).toEqual([0]);
    const afterDrop = await schedule(() => Promise.reject(new TypeError('fetch failed')), { mutation: { method: 'POST' } });
    expect(afterDrop.times).toEqual([0]);
    expect(afterDrop.error).toMatchObject({ kind: 'network', method: 'POST' });
  });

  it('does not re-send a rate-limited mutation, even with a key', async () => {
    const run = await schedule(fails(() => json({ error: 'Rate limit exceeded' }, 429, { 'Retry-After': '1' })), {
      mutation: { method: 'POST', idempotencyKey: 'k-2' },
    });
    expect(run.times).toEqual([0]);
  });
});
