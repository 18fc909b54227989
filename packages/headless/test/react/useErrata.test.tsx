import { renderHook } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { ErrataProvider } from '../../src/react/ErrataProvider.js';
import { useApiError } from '../../src/react/useApiError.js';
import { useErrata } from '../../src/react/useErrata.js';
import { useErrorToasts } from '../../src/react/useErrorToasts.js';
import { useRateLimit } from '../../src/react/useRateLimit.js';
import { createErrorStore } from '../../src/store/createErrorStore.js';

describe('useErrata', () => {
  it('throws a clear error when used without <ErrataProvider>', () => {
    // React logs the thrown render error; keep the test output readable.
    const spy = vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(() => renderHook(() => useErrata())).toThrow('useErrata must be used inside <ErrataProvider>');
    expect(() => renderHook(() => useErrorToasts())).toThrow('useErrata must be used inside <ErrataProvider>');
    expect(() => renderHook(() => useRateLimit())).toThrow('useErrata must be used inside <ErrataProvider>');
    spy.mockRestore();
  });

  it('returns the store given to the provider', () => {
    const store = createErrorStore();
    const { result } = renderHook(() => useErrata(), { wrapper: ({ children }) => <ErrataProvider store={store}>{children}</ErrataProvider> });
    expect(result.current.store).toBe(store);
  });
});

describe('useApiError', () => {
  it('normalizes an error and gives its words, without a provider', () => {
    const { result } = renderHook(() => useApiError(new TypeError('Failed to fetch')));
    expect(result.current).toMatchObject({ title: 'No connection', error: { kind: 'network' } });
  });

  it('returns null when there is no error', () => {
    const { result } = renderHook(() => useApiError(null));
    expect(result.current).toBeNull();
  });

  it('memoizes on the error and applies the provider\'s messages', () => {
    const error = { error: { code: 'INTERNAL_ERROR', message: 'An internal server error occurred' } };
    const messages = { INTERNAL_ERROR: 'The report service failed' };
    const { result, rerender } = renderHook(() => useApiError(error), {
      wrapper: ({ children }) => <ErrataProvider messages={messages}>{children}</ErrataProvider>,
    });
    const first = result.current;
    rerender();
    expect(result.current).toBe(first);
    expect(first?.title).toBe('The report service failed');
  });
});
