import { afterEach, describe, expect, it, vi } from 'vitest';
import { isApiError, type ApiError } from '../../src/ApiError.js';
import { createFetcher } from '../../src/fetch/createFetcher.js';
import { createRateGate } from '../../src/fetch/createRateGate.js';

const JSON_TYPE = { 'content-type': 'application/json' };

/** A `fetch` that answers every call with `respond()` and records what it was asked. */
function fakeFetch(respond: (url: string, init: RequestInit) => Response | Promise<Response>) {
  const calls: Array<{ url: string; init: RequestInit; headers: Headers }> = [];
  const fn = vi.fn(async (input: RequestInfo | URL, init: RequestInit = {}) => {
    calls.push({ url: String(input), init, headers: new Headers(init.headers) });
    return respond(String(input), init);
  });
  return { fetch: fn as unknown as typeof fetch, calls };
}

const json = (body: unknown, status = 200, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { ...JSON_TYPE, ...headers } });

async function caught(promise: Promise<unknown>): Promise<ApiError> {
  try {
    await promise;
  } catch (error) {
    if (isApiError(error)) return error;
    throw new Error(`expected an ApiError, got ${String(error)}`, { cause: error });
  }
  throw new Error('expected the request to fail');
}

describe('createFetcher', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('resolves with the parsed JSON body', async () => {
    const { fetch } = fakeFetch(() => json({ status: true, valid: true }));
    const api = createFetcher({ baseUrl: 'https://api.defastra.com', fetch, gate: createRateGate() });
    await expect(api('/phone')).resolves.toEqual({ status: true, valid: true });
  });

  it('resolves with text for a non-JSON body and undefined for a 204', async () => {
    const text = createFetcher({ fetch: fakeFetch(() => new Response('pong')).fetch, gate: createRateGate() });
    await expect(text('https://a.example/ping')).resolves.toBe('pong');
    const empty = createFetcher({ fetch: fakeFetch(() => new Response(null, { status: 204 })).fetch, gate: createRateGate() });
    await expect(empty('https://a.example/items/1', { method: 'DELETE' })).resolves.toBeUndefined();
  });

  it('joins the base URL and the path, and uses an absolute URL as given', async () => {
    const { fetch, calls } = fakeFetch(() => json({}));
    const api = createFetcher({ baseUrl: 'https://api.example.com/v1/', fetch, gate: createRateGate() });
    await api('/leads');
    await api('leads/2');
    await api('https://other.example/x');
    expect(calls.map((c) => c.url)).toEqual([
      'https://api.example.com/v1/leads',
      'https://api.example.com/v1/leads/2',
      'https://other.example/x',
    ]);
  });

  it('joins the base URL and a relative path in a browser page too (where location exists)', async () => {
    vi.stubGlobal('location', { origin: 'http://127.0.0.1:5173', href: 'http://127.0.0.1:5173/' });
    try {
      const { fetch, calls } = fakeFetch(() => json({}));
      const api = createFetcher({ baseUrl: 'https://api.example.com/v1', fetch, gate: createRateGate() });
      await api('/account');
      expect(calls.map((c) => c.url)).toEqual(['https://api.example.com/v1/account']);
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('sends the shared headers, the call’s headers over them, and the Idempotency-Key', async () => {
    const { fetch, calls } = fakeFetch(() => json({}));
    let token = 'one';
    const api = createFetcher({
      fetch,
      gate: createRateGate(),
      headers: () => ({ Authorization: `Bearer ${token}`, Accept: 'application/json' }),
    });
    await api('https://api.example.com/a', { method: 'post', headers: { Accept: 'text/plain' }, idempotencyKey: 'k-1' });
    token = 'two';
    await api('https://api.example.com/b');
    expect(calls[0]!.init.method).toBe('POST');
    expect(calls[0]!.headers.get('accept')).toBe('text/plain');
    expect(calls[0]!.headers.get('idempotency-key')).toBe('k-1');
    expect(calls[1]!.headers.get('authorization')).toBe('Bearer two');
    expect(calls[1]!.headers.get('idempotency-key')).toBeNull();
  });

  it('throws an ApiError with the method and URL for a non-2xx response (seed 002 validation)', async () => {
    const body = {
      error: {
        code: 'VALIDATION_ERROR',
        message: 'Invalid request data',
        details: { field: 'email', reason: 'Invalid email format' },
      },
    };
    const api = createFetcher({ fetch: fakeFetch(() => json(body, 400)).fetch, gate: createRateGate() });
    const error = await caught(api('https://api.example.com/leads', { method: 'POST', body: '{}' }));
    expect(error).toMatchObject({ kind: 'validation', status: 400, code: 'VALIDATION_ERROR', method: 'POST' });
    expect(error.url).toBe('https://api.example.com/leads');
    expect(error.fields).toEqual([expect.objectContaining({ field: 'email', message: 'Invalid email format' })]);
  });

  it('throws for a 200 body that says it failed (seed 000 INSUFFICIENT_FUNDS)', async () => {
    const body = {
      status: false,
      error_type: 'INSUFFICIENT_FUNDS',
      error_message: 'You do not have enough funds to perform this request',
    };
    const api = createFetcher({ fetch: fakeFetch(() => json(body)).fetch, gate: createRateGate() });
    const error = await caught(api('https://api.defastra.com/phone'));
    expect(error).toMatchObject({ kind: 'insufficient_funds', status: 200, code: 'INSUFFICIENT_FUNDS', method: 'GET' });
  });

  it("throws for a 200 body the app's own isErrorBody calls a failure (WeChat's errcode), and resolves its successes", async () => {
    const answers = [{ errcode: 40001, errmsg: 'invalid credential, access_token is invalid or not latest' }, { errcode: 0, errmsg: 'ok', openid: 'o6_bm' }];
    const api = createFetcher({
      fetch: fakeFetch(() => json(answers.shift())).fetch,
      gate: createRateGate(),
      isErrorBody: (body) => (body as { errcode?: number }).errcode !== 0,
    });
    expect(await caught(api('https://api.weixin.qq.com/sns/userinfo'))).toMatchObject({ kind: 'unauthenticated', status: 200, code: '40001' });
    await expect(api('https://api.weixin.qq.com/sns/userinfo')).resolves.toMatchObject({ openid: 'o6_bm' });
    // Without it, the same answer is data: most APIs that send a numeric `code` at 200 mean success by it.
    const plain = createFetcher({ fetch: fakeFetch(() => json({ errcode: 40001, errmsg: 'invalid credential' })).fetch, gate: createRateGate() });
    await expect(plain('https://api.weixin.qq.com/sns/userinfo')).resolves.toMatchObject({ errcode: 40001 });
  });

  it('throws a network ApiError when fetch itself fails', async () => {
    const api = createFetcher({
      fetch: fakeFetch(() => Promise.reject(new TypeError('Failed to fetch'))).fetch,
      gate: createRateGate(),
    });
    const error = await caught(api('https://api.example.com/a', { method: 'PUT' }));
    expect(error).toMatchObject({ kind: 'network', method: 'PUT', url: 'https://api.example.com/a', retryable: true });
  });

  it('throws an aborted ApiError when the caller aborts', async () => {
    const controller = new AbortController();
    const api = createFetcher({ gate: createRateGate(), fetch: fakeFetch((_url, init) => neverUntilAborted(init)).fetch });
    const pending = api('https://api.example.com/a', { signal: controller.signal });
    controller.abort();
    expect(await caught(pending)).toMatchObject({ kind: 'aborted' });
  });

  it('throws a timeout ApiError when the response takes longer than timeoutMs', async () => {
    const api = createFetcher({
      timeoutMs: 1,
      gate: createRateGate(),
      fetch: fakeFetch((_url, init) => neverUntilAborted(init)).fetch,
    });
    expect(await caught(api('https://api.example.com/slow'))).toMatchObject({ kind: 'timeout', retryable: true });
  });

  it('keeps the caller’s signal working beside the timeout', async () => {
    const controller = new AbortController();
    const api = createFetcher({
      timeoutMs: 60_000,
      gate: createRateGate(),
      fetch: fakeFetch((_url, init) => neverUntilAborted(init)).fetch,
    });
    const pending = api('https://api.example.com/a', { signal: controller.signal });
    controller.abort();
    expect(await caught(pending)).toMatchObject({ kind: 'aborted' });
  });

  it('throws for a 2xx that says JSON but is not', async () => {
    const bad = new Response('{"status": tru', { headers: JSON_TYPE });
    const api = createFetcher({ fetch: fakeFetch(() => bad).fetch, gate: createRateGate() });
    expect(isApiError(await caught(api('https://api.example.com/a')))).toBe(true);
  });

  it('keeps secrets in the URL out of the error', async () => {
    const api = createFetcher({ fetch: fakeFetch(() => json({ error: 'Rate limit exceeded' }, 429)).fetch, gate: createRateGate() });
    const error = await caught(api('https://api.example.com/a?api_key=sk_live_51HxYzAbCdEfGhIjKlMnOp&q=1'));
    expect(error.url).toBeDefined();
    expect(error.url).not.toContain('sk_live_51HxYzAbCdEfGhIjKlMnOp');
    expect(JSON.stringify(error)).not.toContain('sk_live_51HxYzAbCdEfGhIjKlMnOp');
  });

  it('records the idempotency key on the error, so the retry policy knows the mutation is safe to repeat', async () => {
    const api = createFetcher({ fetch: fakeFetch(() => json({ error: { code: 'INTERNAL_ERROR', message: 'x' } }, 500)).fetch, gate: createRateGate() });
    const error = await caught(api('https://api.example.com/a', { method: 'POST', idempotencyKey: 'k-7' }));
    expect(error.details.idempotencyKey).toBe('k-7');
  });

  it('makes a second fetcher to the same origin wait out a 429 the first one got', async () => {
    vi.useFakeTimers({ now: 0 });
    const origin = 'https://shared-gate.example';
    const times: number[] = [];
    const { fetch } = fakeFetch(() => {
      times.push(Date.now());
      return times.length === 1 ? json({ error: 'Rate limit exceeded' }, 429, { 'Retry-After': '3' }) : json({ ok: 1 });
    });
    // No `gate` option: both use the module-wide gate.
    const a = createFetcher({ baseUrl: origin, fetch });
    const b = createFetcher({ baseUrl: origin, fetch });
    expect(await caught(a('/x'))).toMatchObject({ kind: 'rate_limited', retryAfterMs: 3000 });
    const second = b('/y');
    await vi.advanceTimersByTimeAsync(3000);
    await expect(second).resolves.toEqual({ ok: 1 });
    expect(times).toEqual([0, 3000]);
  });

  it('shares a cooldown between fetchers given the same gate, not between separate gates', async () => {
    vi.useFakeTimers({ now: 0 });
    const origin = 'https://gated.example';
    const times: number[] = [];
    const { fetch } = fakeFetch(() => {
      times.push(Date.now());
      return times.length === 1 ? json({ error: 'Rate limit exceeded' }, 429, { 'Retry-After': '2' }) : json({ ok: 1 });
    });
    const gate = createRateGate();
    const a = createFetcher({ baseUrl: origin, fetch, gate });
    const b = createFetcher({ baseUrl: origin, fetch, gate });
    const elsewhere = createFetcher({ baseUrl: origin, fetch, gate: createRateGate() });
    await caught(a('/x'));
    const fromB = b('/y');
    await expect(elsewhere('/z')).resolves.toEqual({ ok: 1 });
    await vi.advanceTimersByTimeAsync(2000);
    await expect(fromB).resolves.toEqual({ ok: 1 });
    expect(times).toEqual([0, 0, 2000]);
  });

  it('turns a rate-limit error in a 200 body into a cooldown too (seed 000)', async () => {
    vi.useFakeTimers({ now: 0 });
    const times: number[] = [];
    const body = {
      status: false,
      error_type: 'RATE_LIMITED_5_SECONDS',
      error_message: 'You have performed too many requests in 1 minute or in 5 seconds. Please refer to our Rate limiting section below',
    };
    const { fetch } = fakeFetch(() => {
      times.push(Date.now());
      return times.length === 1 ? json(body) : json({ status: true });
    });
    const api = createFetcher({ baseUrl: 'https://api.defastra.com', fetch, gate: createRateGate() });
    expect(await caught(api('/phone'))).toMatchObject({ kind: 'rate_limited', retryAfterMs: 5000 });
    const next = api('/email');
    await vi.advanceTimersByTimeAsync(5000);
    await expect(next).resolves.toEqual({ status: true });
    expect(times).toEqual([0, 5000]);
  });
});

/** A response that never comes: rejects with the signal's reason once aborted, like fetch. */
function neverUntilAborted(init: RequestInit): Promise<Response> {
  return new Promise((_resolve, reject) => {
    if (init.signal?.aborted) reject(init.signal.reason);
    init.signal?.addEventListener('abort', () => reject(init.signal!.reason), { once: true });
  });
}

describe('stacks', () => {
  it('gives an error thrown by the fetcher a stack that names the calling file', async () => {
    const api = createFetcher({ fetch: fakeFetch(() => json({ error: 'Rate limit exceeded' }, 429)).fetch, gate: createRateGate() });
    const error = await caught(api('https://api.example.com/stack'));
    expect(error.stack).toContain('createFetcher.test.ts');
  });

  it('gives a network error thrown by the fetcher a stack that names the calling file', async () => {
    const api = createFetcher({ fetch: fakeFetch(() => Promise.reject(new TypeError('Failed to fetch'))).fetch, gate: createRateGate() });
    const error = await caught(api('https://api.example.com/stack'));
    expect(error.stack).toContain('createFetcher.test.ts');
  });
});
