import { afterEach, describe, expect, it, vi } from 'vitest';
import { createIdempotencyKey } from '../../src/fetch/createIdempotencyKey.js';

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('createIdempotencyKey', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('returns a fresh UUID v4 on every call', () => {
    const keys = new Set(Array.from({ length: 100 }, createIdempotencyKey));
    expect(keys.size).toBe(100);
    for (const key of keys) expect(key).toMatch(UUID_V4);
  });

  it('still returns a UUID v4 where randomUUID is missing (pages served over plain http)', () => {
    const { getRandomValues } = globalThis.crypto;
    vi.stubGlobal('crypto', { getRandomValues: getRandomValues.bind(globalThis.crypto) });
    expect(createIdempotencyKey()).toMatch(UUID_V4);
    vi.stubGlobal('crypto', undefined);
    expect(createIdempotencyKey()).toMatch(UUID_V4);
  });
});
