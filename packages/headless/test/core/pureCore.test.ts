import { describe, expect, it, vi } from 'vitest';

// As zustand proves its vanilla store: any import of React or zustand from the pure entry fails loudly.
vi.mock('react', () => {
  throw new Error('the pure core imported react');
});
vi.mock('zustand', () => {
  throw new Error('the pure core imported zustand');
});
vi.mock('zustand/vanilla', () => {
  throw new Error('the pure core imported zustand/vanilla');
});
vi.mock('@tanstack/react-query', () => {
  throw new Error('the pure core imported @tanstack/react-query');
});

describe('@errata/headless/core', () => {
  it('loads and normalizes on a server, with no React, zustand or DOM', async () => {
    expect(typeof (globalThis as { document?: unknown }).document).toBe('undefined');
    const core = await import('../../src/core.js');
    const error = core.normalizeError(
      { status: false, error_type: 'RATE_LIMITED_2_PER_SECOND', error_message: 'Too many requests' },
      { status: 200 },
    );
    expect(error).toBeInstanceOf(core.ApiError);
    expect(error.kind).toBe('rate_limited');
    expect(typeof core.createFetcher).toBe('function');
    expect(typeof core.retryPolicy().retry).toBe('function');
    expect(typeof core.toSupportReport(error)).toBe('string');
  });
});
