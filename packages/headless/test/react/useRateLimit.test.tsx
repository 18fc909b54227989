/// <reference types="@testing-library/jest-dom/vitest" />
import { act, render, renderHook, screen } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { normalizeError } from '../../src/normalize/normalizeError.js';
import { ErrataProvider } from '../../src/react/ErrataProvider.js';
import { useRateLimit } from '../../src/react/useRateLimit.js';
import { createErrorStore } from '../../src/store/createErrorStore.js';
import type { ErrorStore } from '../../src/store/ErrorStoreState.js';

// Seed 002, verbatim: retry_after is in seconds.
const rateLimited = () =>
  normalizeError({ success: false, error: { code: 'RATE_LIMIT_EXCEEDED', message: 'Too many requests', details: { retry_after: 60 } } }, { status: 429 });

let store: ErrorStore;
const wrapper = ({ children }: { children: ReactNode }) => <ErrataProvider store={store}>{children}</ErrataProvider>;
const limit = () =>
  act(() => {
    store.getState().report(rateLimited());
    store.getState().flush();
  });

beforeEach(() => {
  vi.useFakeTimers({ now: 1_700_000_000_000 });
  store = createErrorStore();
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('useRateLimit', () => {
  it('is not limited while no rate limit was reported', () => {
    const { result } = renderHook(() => useRateLimit(), { wrapper });
    expect(result.current).toEqual({ limited: false, until: null, remainingMs: 0, secondsLeft: 0 });
  });

  it('counts down once a second and resumes by itself when the window opens', () => {
    const { result } = renderHook(() => useRateLimit(), { wrapper });
    limit();
    expect(result.current).toEqual({ limited: true, until: 1_700_000_060_000, remainingMs: 60_000, secondsLeft: 60 });
    act(() => vi.advanceTimersByTime(1_000));
    expect(result.current.secondsLeft).toBe(59);
    act(() => vi.advanceTimersByTime(41_000));
    expect(result.current).toMatchObject({ limited: true, secondsLeft: 18, remainingMs: 18_000 });
    act(() => vi.advanceTimersByTime(18_000));
    expect(result.current).toEqual({ limited: false, until: null, remainingMs: 0, secondsLeft: 0 });
    expect(vi.getTimerCount()).toBe(0);
  });

  it('renders the countdown text each second', () => {
    function Countdown() {
      const { limited, secondsLeft } = useRateLimit();
      return <p>{limited ? `Try again in ${secondsLeft} s` : 'Ready'}</p>;
    }
    render(<Countdown />, { wrapper });
    expect(screen.getByText('Ready')).toBeInTheDocument();
    limit();
    expect(screen.getByText('Try again in 60 s')).toBeInTheDocument();
    act(() => vi.advanceTimersByTime(3_000));
    expect(screen.getByText('Try again in 57 s')).toBeInTheDocument();
  });

  it('clears its timer when unmounted during a countdown, with no React warnings', () => {
    const consoleError = vi.spyOn(console, 'error');
    const { result, unmount } = renderHook(() => useRateLimit(), { wrapper });
    limit();
    act(() => vi.advanceTimersByTime(2_500));
    expect(result.current.secondsLeft).toBe(58);
    const timersWhileCounting = vi.getTimerCount();
    unmount();
    // Only the store's own clean-up timer is left.
    expect(vi.getTimerCount()).toBe(timersWhileCounting - 1);
    act(() => vi.advanceTimersByTime(60_000));
    expect(vi.getTimerCount()).toBe(0);
    expect(consoleError).not.toHaveBeenCalled();
  });
});
