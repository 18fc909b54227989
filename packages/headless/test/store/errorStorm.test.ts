import { afterEach, describe, expect, it, vi } from 'vitest';
import { createErrorStore } from '../../src/store/createErrorStore.js';
import { distinctServerError, internalError } from './fixtures.js';

afterEach(() => {
  vi.useRealTimers();
});

// Speed is measured by the benchmark; these count how often subscribers (a toaster) hear about a storm.
describe('createErrorStore under an error storm', () => {
  it('publishes 10,000 identical reports in one tick as a single notification with count 10,000', async () => {
    const store = createErrorStore();
    const listener = vi.fn();
    store.subscribe(listener);
    const error = internalError();
    for (let i = 0; i < 10_000; i++) store.getState().report(error);
    await Promise.resolve();
    expect(listener).toHaveBeenCalledTimes(1);
    store.getState().flush();
    expect(store.getState().toasts).toHaveLength(1);
    expect(store.getState().toasts[0]?.count).toBe(10_000);
  });

  it('notifies only a handful of times for 10,000 identical reports spread across one second', async () => {
    vi.useFakeTimers();
    const store = createErrorStore();
    const listener = vi.fn();
    store.subscribe(listener);
    const error = internalError();
    for (let i = 0; i < 10_000; i++) {
      store.getState().report(error);
      await vi.advanceTimersByTimeAsync(0.1);
    }
    await vi.advanceTimersByTimeAsync(1_000);
    expect(listener.mock.calls.length).toBeLessThanOrEqual(6);
    expect(store.getState().toasts[0]?.count).toBe(10_000);
  });

  it('notifies only a handful of times for 10,000 distinct errors spread across one second, queueing them all', async () => {
    vi.useFakeTimers();
    const store = createErrorStore();
    const listener = vi.fn();
    store.subscribe(listener);
    for (let i = 0; i < 10_000; i++) {
      store.getState().report(distinctServerError(i));
      await vi.advanceTimersByTimeAsync(0.1);
    }
    await vi.advanceTimersByTimeAsync(1_000);
    const toastRenders = new Set(listener.mock.calls.map(([state]) => state.toasts)).size;
    expect(toastRenders).toBeLessThanOrEqual(4);
    expect(listener.mock.calls.length).toBeLessThanOrEqual(10);
    expect(store.getState().toasts.length + store.getState().queue.length).toBe(10_000);
  });

  it('keeps toast entries that did not change identical between publishes, so memoized rows skip rendering', () => {
    const store = createErrorStore();
    store.getState().report(internalError());
    store.getState().report(distinctServerError(1));
    store.getState().flush();
    const before = store.getState().toasts;
    store.getState().report(internalError());
    store.getState().flush();
    const after = store.getState().toasts;
    expect(after.find((t) => t.count === 1)).toBe(before.find((t) => t.count === 1));
    expect(after.find((t) => t.count === 2)).not.toBe(before.find((t) => t.error.code === 'INTERNAL_ERROR'));
  });
});
