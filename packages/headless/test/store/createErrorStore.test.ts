import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../src/ApiError.js';
import { createErrorStore } from '../../src/store/createErrorStore.js';
import { normalizeError } from '../../src/normalize/normalizeError.js';
import {
  defastraInsufficientFunds,
  defastraRateLimited,
  distinctServerError,
  internalError,
  seed002RateLimit,
  seed002Validation,
  seed003Expired,
  seed004Quota,
  unavailableError,
} from './fixtures.js';

afterEach(() => {
  vi.useRealTimers();
});

describe('createErrorStore: toasts', () => {
  it('deduplicates the same kind, code and message into one toast with a count and lastSeenAt', () => {
    let clock = 1_000;
    const store = createErrorStore({ now: () => clock });
    const first = store.getState().report(internalError());
    for (let i = 0; i < 4; i++) {
      clock += 10;
      expect(store.getState().report(internalError())).toBe(first);
    }
    store.getState().flush();
    const { toasts, queue } = store.getState();
    expect(toasts).toHaveLength(1);
    expect(queue).toHaveLength(0);
    expect(toasts[0]).toMatchObject({ id: first, count: 5, firstSeenAt: 1_000, lastSeenAt: 1_040, status: 'visible' });
  });

  it('caps visible toasts at maxVisible and queues the rest without dropping any', () => {
    const store = createErrorStore({ maxVisible: 3 });
    const ids = Array.from({ length: 7 }, (_, n) => store.getState().report(distinctServerError(n)));
    store.getState().flush();
    const { toasts, queue } = store.getState();
    expect(toasts.map((t) => t.id)).toEqual([ids[2], ids[1], ids[0]]);
    expect(queue.map((t) => t.id)).toEqual(ids.slice(3));
    expect(new Set([...toasts, ...queue].map((t) => t.id)).size).toBe(7);
  });

  it('promotes the oldest queued toast when a visible one is dismissed', () => {
    const store = createErrorStore({ maxVisible: 2 });
    const [a, b, c, d] = [0, 1, 2, 3].map((n) => store.getState().report(distinctServerError(n)));
    store.getState().dismiss(a as string);
    store.getState().flush();
    expect(store.getState().toasts.map((t) => t.id)).toEqual([c, b]);
    expect(store.getState().queue.map((t) => t.id)).toEqual([d]);
    expect(store.getState().history.find((entry) => entry.id === a)?.status).toBe('dismissed');
  });

  it('dismisses a queued toast without touching the visible ones', () => {
    const store = createErrorStore({ maxVisible: 1 });
    const [a, b, c] = [0, 1, 2].map((n) => store.getState().report(distinctServerError(n)));
    store.getState().dismiss(b as string);
    store.getState().flush();
    expect(store.getState().toasts.map((t) => t.id)).toEqual([a]);
    expect(store.getState().queue.map((t) => t.id)).toEqual([c]);
  });

  it('starts a new toast when an error comes back after its toast was dismissed', () => {
    const store = createErrorStore();
    const first = store.getState().report(internalError()) as string;
    store.getState().dismiss(first);
    const second = store.getState().report(internalError());
    store.getState().flush();
    expect(second).not.toBe(first);
    expect(store.getState().toasts).toHaveLength(1);
    expect(store.getState().toasts[0]?.count).toBe(1);
  });

  it('removes a toast when the query it is tied to recovers, and fills the gap from the queue', () => {
    const store = createErrorStore({ maxVisible: 1 });
    store.getState().report(unavailableError(), { resolveKey: '["prices"]' });
    const queued = store.getState().report(internalError(), { resolveKey: '["orders"]' });
    store.getState().resolve('["prices"]');
    store.getState().flush();
    expect(store.getState().toasts.map((t) => t.id)).toEqual([queued]);
    expect(store.getState().history.some((entry) => entry.status === 'resolved')).toBe(true);
  });

  it('keeps a toast shared by two queries until both have recovered', () => {
    const store = createErrorStore();
    store.getState().report(unavailableError(), { resolveKey: '["a"]' });
    store.getState().report(unavailableError(), { resolveKey: '["b"]' });
    store.getState().resolve('["a"]');
    store.getState().flush();
    expect(store.getState().toasts).toHaveLength(1);
    expect(store.getState().toasts[0]?.resolveKeys).toEqual(['["b"]']);
    store.getState().resolve('["b"]');
    store.getState().flush();
    expect(store.getState().toasts).toHaveLength(0);
  });

  it('retries every query behind a shared toast, and only those still failing', () => {
    const store = createErrorStore();
    const retryA = vi.fn();
    const retryB = vi.fn();
    store.getState().report(unavailableError(), { resolveKey: '["a"]', retry: retryA });
    store.getState().report(unavailableError(), { resolveKey: '["b"]', retry: retryB });
    store.getState().flush();
    store.getState().toasts[0]?.retry?.();
    expect([retryA.mock.calls.length, retryB.mock.calls.length]).toEqual([1, 1]);
    store.getState().resolve('["a"]');
    store.getState().flush();
    store.getState().toasts[0]?.retry?.();
    expect([retryA.mock.calls.length, retryB.mock.calls.length]).toEqual([1, 2]);
  });

  it('keeps the app-written message and the retry function on the entry', () => {
    const store = createErrorStore();
    const retry = vi.fn();
    store.getState().report(internalError(), { message: 'Prices could not refresh', retry, source: 'query' });
    store.getState().flush();
    const [toast] = store.getState().toasts;
    expect(toast).toMatchObject({ message: 'Prices could not refresh', source: 'query' });
    toast?.retry?.();
    expect(retry).toHaveBeenCalledOnce();
  });

  it('records silent and toast:false reports in the history only', () => {
    const store = createErrorStore();
    store.getState().report(internalError(), { silent: true });
    store.getState().report(unavailableError(), { toast: false });
    store.getState().flush();
    expect(store.getState().toasts).toHaveLength(0);
    expect(store.getState().history.map((entry) => entry.status)).toEqual(['recorded', 'recorded']);
  });

  it('keeps at most historyLimit entries, newest first', () => {
    const store = createErrorStore({ historyLimit: 5 });
    for (let n = 0; n < 8; n++) store.getState().report(distinctServerError(n), { toast: false });
    store.getState().flush();
    const { history } = store.getState();
    expect(history).toHaveLength(5);
    expect(history[0]?.error.message).toContain('job 7');
    expect(history[4]?.error.message).toContain('job 3');
  });

  it('clear() removes every toast, queued toast, sticky state and history entry', () => {
    const store = createErrorStore({ maxVisible: 1 });
    store.getState().report(internalError());
    store.getState().report(unavailableError());
    store.getState().report(normalizeError(defastraInsufficientFunds));
    store.getState().clear();
    const state = store.getState();
    expect([state.toasts, state.queue, state.history]).toEqual([[], [], []]);
    expect(state.insufficientFunds).toBeNull();
  });
});

describe('createErrorStore: surfaces', () => {
  it('never reports aborted errors, nor notifies anyone about them', () => {
    const store = createErrorStore();
    const listener = vi.fn();
    store.subscribe(listener);
    const id = store.getState().report(new DOMException('The user aborted a request.', 'AbortError'));
    store.getState().flush();
    expect(id).toBeUndefined();
    expect(listener).not.toHaveBeenCalled();
    expect(store.getState().history).toHaveLength(0);
  });

  it('never turns a validation error into a toast (it belongs to field hints)', () => {
    const store = createErrorStore();
    const id = store.getState().report(normalizeError(seed002Validation, { status: 400 }));
    store.getState().flush();
    expect(store.getState().toasts).toHaveLength(0);
    expect(store.getState().queue).toHaveLength(0);
    expect(store.getState().history[0]).toMatchObject({ id, surface: 'record' });
  });

  it('sets insufficientFunds from a Defastra INSUFFICIENT_FUNDS body and clears it on resolve', () => {
    const store = createErrorStore();
    store.getState().report(defastraInsufficientFunds);
    store.getState().flush();
    expect(store.getState().toasts).toHaveLength(0);
    expect(store.getState().insufficientFunds?.error.code).toBe('INSUFFICIENT_FUNDS');
    store.getState().resolve('insufficient_funds');
    store.getState().flush();
    expect(store.getState().insufficientFunds).toBeNull();
  });

  it('keeps the figures of an insufficient-funds error when the server sent them', () => {
    const store = createErrorStore();
    const error = new ApiError({
      kind: 'insufficient_funds',
      message: 'You do not have enough funds to perform this request',
      status: 402,
      details: { cost: '0.40', wallet_balance: 0.12, currency: 'USD' },
    });
    store.getState().report(error);
    store.getState().flush();
    expect(store.getState().insufficientFunds).toEqual({ error, required: 0.4, balance: 0.12, currency: 'USD' });
  });

  it('sets the quota state with used, limit and metric from seed 004', () => {
    const store = createErrorStore();
    store.getState().report(normalizeError(seed004Quota, { status: 409 }));
    store.getState().flush();
    expect(store.getState().quota).toMatchObject({ used: 10, limit: 10, metric: 'domains' });
    expect(store.getState().toasts).toHaveLength(0);
    store.getState().resolve('quota');
    store.getState().flush();
    expect(store.getState().quota).toBeNull();
  });

  it('sets rateLimitedUntil from retryAfterMs and clears it by itself when the time passes', () => {
    vi.useFakeTimers({ now: 50_000 });
    const store = createErrorStore();
    const error = normalizeError(seed002RateLimit, { status: 429 });
    expect(error.retryAfterMs).toBe(60_000);
    store.getState().report(error);
    store.getState().flush();
    expect(store.getState().rateLimitedUntil).toBe(110_000);
    expect(store.getState().rateLimitError).toBe(error);
    vi.advanceTimersByTime(59_999);
    store.getState().flush();
    expect(store.getState().rateLimitedUntil).toBe(110_000);
    vi.advanceTimersByTime(1);
    store.getState().flush();
    expect(store.getState().rateLimitedUntil).toBeNull();
    expect(vi.getTimerCount()).toBe(0);
  });

  it('extends, never shortens, a running rate limit', () => {
    let clock = 0;
    const store = createErrorStore({ now: () => clock });
    store.getState().report(normalizeError(seed002RateLimit, { status: 429 }));
    clock = 1_000;
    store.getState().report(normalizeError(defastraRateLimited));
    store.getState().flush();
    expect(store.getState().rateLimitedUntil).toBe(60_000);
    store.getState().resolve('rate_limited');
    store.getState().flush();
    expect(store.getState().rateLimitedUntil).toBeNull();
  });

  it('goes offline on a network error and back online with setOnline(true)', () => {
    const store = createErrorStore();
    store.getState().report(new TypeError('Failed to fetch'));
    store.getState().flush();
    expect(store.getState().offline).toBe(true);
    expect(store.getState().toasts).toHaveLength(0);
    store.getState().setOnline(true);
    store.getState().flush();
    expect(store.getState().offline).toBe(false);
    store.getState().setOnline(false);
    store.getState().flush();
    expect(store.getState().offline).toBe(true);
  });

  it('calls onUnauthenticated once for a burst of 401s and keeps them out of toasts', () => {
    const onUnauthenticated = vi.fn();
    const store = createErrorStore({ onUnauthenticated });
    for (let i = 0; i < 20; i++) store.getState().report(normalizeError(seed003Expired, { status: 401 }));
    store.getState().flush();
    expect(onUnauthenticated).toHaveBeenCalledOnce();
    expect(onUnauthenticated.mock.calls[0]?.[0]).toMatchObject({ kind: 'unauthenticated', code: 'EXPIRED_API_KEY' });
    expect(store.getState().unauthenticated?.code).toBe('EXPIRED_API_KEY');
    expect(store.getState().toasts).toHaveLength(0);
    store.getState().resolve('unauthenticated');
    store.getState().report(normalizeError(seed003Expired, { status: 401 }));
    expect(onUnauthenticated).toHaveBeenCalledTimes(2);
  });
});
