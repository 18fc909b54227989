import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../src/ApiError.js';
import { normalizeError } from '../../src/normalize/normalizeError.js';
import { createRateGate, type RateGate, type RateRelease, type RateReport } from '../../src/fetch/createRateGate.js';

const API = 'https://api.defastra.com';

function rateLimited(extra: Partial<ApiError> = {}): ApiError {
  return new ApiError({ kind: 'rate_limited', message: 'Too many requests', status: 429, retryable: true, ...extra });
}

/** Starts `count` requests to `url`; each finishes as soon as it starts, with `report` (if any). */
function startMany(gate: RateGate, count: number, url = `${API}/phone`, report?: RateReport) {
  const started: number[] = [];
  const all = Promise.all(
    Array.from({ length: count }, () =>
      gate.take(url).then((release) => {
        started.push(Date.now());
        release(report);
      }),
    ),
  );
  return { started, all };
}

describe('createRateGate', () => {
  beforeEach(() => {
    vi.useFakeTimers({ now: 0 });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('lets requests to an origin it knows nothing about through at once, with no timer', async () => {
    const gate = createRateGate();
    const { started, all } = startMany(gate, 20);
    await all;
    expect(started).toEqual(Array(20).fill(0));
    expect(vi.getTimerCount()).toBe(0);
  });

  it('grants a request to an unknown origin within one microtask', async () => {
    const gate = createRateGate();
    let granted = false;
    void gate.take(`${API}/a`).then(() => (granted = true));
    await Promise.resolve();
    expect(granted).toBe(true);
  });

  it("paces relative URLs by the rates declared for the page's own origin", async () => {
    vi.stubGlobal('location', { origin: 'http://127.0.0.1:5173' });
    try {
      const gate = createRateGate();
      gate.declare('http://127.0.0.1:5173', [{ limit: 2, windowMs: 1000 }]);
      const { started, all } = startMany(gate, 4, '/api/check/email');
      await vi.advanceTimersByTimeAsync(3000);
      await all;
      expect(started).toEqual([0, 0, 1000, 1000]);
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('releases requests no faster than the rates declared for the origin, honouring every window', async () => {
    const gate = createRateGate();
    gate.declare(API, [
      { limit: 2, windowMs: 1000 },
      { limit: 60, windowMs: 60000 },
    ]);
    const { started, all } = startMany(gate, 62);
    await vi.advanceTimersByTimeAsync(70_000);
    await all;
    // Two per second for the first 60, then the per-minute window holds the rest until it reopens.
    expect(started.slice(0, 6)).toEqual([0, 0, 1000, 1000, 2000, 2000]);
    expect(started[59]).toBe(29000);
    expect(started.slice(60)).toEqual([60000, 60000]);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('holds a slot while its request is in flight and counts the window from its response', async () => {
    const gate = createRateGate();
    gate.declare(API, [{ limit: 1, windowMs: 1000 }]);
    const first = await gate.take(`${API}/a`);
    let secondAt: number | undefined;
    void gate.take(`${API}/b`).then(() => (secondAt = Date.now()));
    await vi.advanceTimersByTimeAsync(5000);
    expect(secondAt).toBeUndefined();
    first();
    await vi.advanceTimersByTimeAsync(999);
    expect(secondAt).toBeUndefined();
    await vi.advanceTimersByTimeAsync(1);
    expect(secondAt).toBe(6000);
  });

  it('makes every request to an origin wait out a 429’s Retry-After, and leaves other origins alone', async () => {
    const gate = createRateGate();
    const first = await gate.take(`${API}/a`);
    first({ error: rateLimited({ retryAfterMs: 3000 }) });
    const same = startMany(gate, 3);
    const other = startMany(gate, 1, 'https://other.example/x');
    await other.all;
    expect(other.started).toEqual([0]);
    await vi.advanceTimersByTimeAsync(3000);
    await same.all;
    expect(same.started).toEqual([3000, 3000, 3000]);
  });

  it('learns the rate a vendor code names and paces the requests after the cooldown (seed 000)', async () => {
    const gate = createRateGate();
    const first = await gate.take(`${API}/a`);
    first({ error: rateLimited({ code: 'RATE_LIMITED_2_PER_SECOND', retryAfterMs: 1000 }) });
    const { started, all } = startMany(gate, 5);
    await vi.advanceTimersByTimeAsync(5000);
    await all;
    expect(started).toEqual([1000, 1000, 2000, 2000, 3000]);
  });

  it('cools down for the window a vendor code names, as normalizeError reads it (seed 000)', async () => {
    const gate = createRateGate();
    const first = await gate.take(`${API}/a`);
    const body = { status: false, error_type: 'RATE_LIMITED_60_PER_MINUTE', error_message: 'Too many requests' };
    first({ error: normalizeError(body, { status: 200 }) });
    const { started, all } = startMany(gate, 1);
    await vi.advanceTimersByTimeAsync(60000);
    await all;
    expect(started).toEqual([60000]);
  });

  it('cools down for the reset a 429 advertises when the error carries no wait', async () => {
    const gate = createRateGate();
    const first = await gate.take(`${API}/a`);
    first({ error: rateLimited(), headers: new Headers({ RateLimit: '"default";r=0;t=7' }) });
    const { started, all } = startMany(gate, 1);
    await vi.advanceTimersByTimeAsync(7000);
    await all;
    expect(started).toEqual([7000]);
  });

  it('learns RateLimit-Policy windows from a successful response and paces before any 429', async () => {
    const gate = createRateGate();
    const first = await gate.take(`${API}/a`);
    first({ headers: new Headers({ 'RateLimit-Policy': '"burst";q=2;w=1, "minute";q=60;w=60' }) });
    const { started, all } = startMany(gate, 5);
    await vi.advanceTimersByTimeAsync(5000);
    await all;
    // The first request's slot is counted: one more fits in its second.
    expect(started).toEqual([0, 1000, 1000, 2000, 2000]);
  });

  it('waits for the reset when a response says nothing is left, then sends one at a time until told again', async () => {
    const gate = createRateGate();
    const first = await gate.take(`${API}/a`);
    first({ headers: new Headers({ 'X-RateLimit-Limit': '10', 'X-RateLimit-Remaining': '0', 'X-RateLimit-Reset': '4' }) });
    const releases: RateRelease[] = [];
    const started: number[] = [];
    for (let i = 0; i < 3; i++)
      void gate.take(`${API}/b`).then((release) => {
        started.push(Date.now());
        releases.push(release);
      });
    await vi.advanceTimersByTimeAsync(4000);
    expect(started).toEqual([4000]);
    releases[0]!({ headers: new Headers({ 'X-RateLimit-Remaining': '9', 'X-RateLimit-Reset': '60' }) });
    await vi.advanceTimersByTimeAsync(0);
    expect(started).toEqual([4000, 4000, 4000]);
  });

  it('spends what a response says is left, minus the requests still in flight', async () => {
    const gate = createRateGate();
    const a = await gate.take(`${API}/a`);
    const b = await gate.take(`${API}/b`);
    // Two left, but `b` is still in flight and may take one of them.
    a({ headers: new Headers({ RateLimit: '"default";r=2;t=10' }) });
    const { started, all } = startMany(gate, 3);
    await vi.advanceTimersByTimeAsync(0);
    expect(started).toEqual([0]);
    b();
    await vi.advanceTimersByTimeAsync(10000);
    await all;
    expect(started).toEqual([0, 10000, 10000]);
  });

  it('probes with one request at a time after a 429 that told nothing, then opens up again', async () => {
    const gate = createRateGate({ defaultCooldownMs: 500 });
    const first = await gate.take(`${API}/a`);
    first({ error: rateLimited() });
    const releases: RateRelease[] = [];
    for (let i = 0; i < 7; i++) void gate.take(`${API}/b`).then((release) => releases.push(release));
    await vi.advanceTimersByTimeAsync(499);
    expect(releases).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(releases).toHaveLength(1);
    // Each success doubles how many may be in flight: 1, then 2, then 4.
    releases[0]!();
    await vi.advanceTimersByTimeAsync(0);
    expect(releases).toHaveLength(3);
    releases[1]!();
    releases[2]!();
    await vi.advanceTimersByTimeAsync(0);
    expect(releases).toHaveLength(7);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('rejects a waiting request with its signal’s reason when aborted, and leaves no timer behind', async () => {
    const gate = createRateGate();
    const first = await gate.take(`${API}/a`);
    first({ error: rateLimited({ retryAfterMs: 30000 }) });
    const controller = new AbortController();
    const waiting = gate.take(`${API}/b`, controller.signal);
    expect(vi.getTimerCount()).toBe(1);
    controller.abort();
    await expect(waiting).rejects.toMatchObject({ name: 'AbortError' });
    expect(vi.getTimerCount()).toBe(0);
  });

  it('keys an origin whatever the case of its URL or a trailing slash in the declaration', async () => {
    const gate = createRateGate();
    gate.declare(`${API}/`, [{ limit: 1, windowMs: 1000 }]);
    const { started, all } = startMany(gate, 2, `${API.toUpperCase()}/x`);
    await vi.advanceTimersByTimeAsync(1000);
    await all;
    expect(started).toEqual([0, 1000]);
  });
});
