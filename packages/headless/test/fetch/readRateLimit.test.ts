import { describe, expect, it } from 'vitest';
import { readRateLimit } from '../../src/fetch/readRateLimit.js';

const NOW = Date.UTC(2026, 0, 1);

describe('readRateLimit', () => {
  it('reads both of Defastra’s rates from its rate-limit codes (seed 000)', () => {
    expect(readRateLimit(null, 'RATE_LIMITED_2_PER_SECOND').windows).toEqual([{ limit: 2, windowMs: 1000 }]);
    expect(readRateLimit(null, 'RATE_LIMITED_60_PER_MINUTE').windows).toEqual([{ limit: 60, windowMs: 60000 }]);
  });

  it('reads a code that names a multiple of its unit', () => {
    expect(readRateLimit(null, 'RATE_LIMITED_100_PER_10_SECONDS').windows).toEqual([{ limit: 100, windowMs: 10000 }]);
    expect(readRateLimit(null, 'RATE_LIMITED_2_PER_100_MILLISECONDS').windows).toEqual([{ limit: 2, windowMs: 100 }]);
  });

  it('finds no rate in codes that only name a wait (Defastra’s other family) or nothing', () => {
    expect(readRateLimit(null, 'RATE_LIMITED_5_SECONDS').windows).toEqual([]);
    expect(readRateLimit(null, 'RATE_LIMITED_1_MINUTE').windows).toEqual([]);
    expect(readRateLimit(null, 'RATE_LIMIT_EXCEEDED')).toEqual({ windows: [] });
  });

  it('reads every policy of an IETF RateLimit-Policy field (draft 08+)', () => {
    const headers = new Headers({ 'RateLimit-Policy': '"burst";q=2;w=1, "daily";q=1000;w=86400' });
    expect(readRateLimit(headers, undefined, NOW).windows).toEqual([
      { limit: 2, windowMs: 1000 },
      { limit: 1000, windowMs: 86_400_000 },
    ]);
  });

  it('reads the older RateLimit-Policy form `10;w=1, 50;w=60`', () => {
    const headers = new Headers({ 'RateLimit-Policy': '10;w=1, 50;w=60' });
    expect(readRateLimit(headers, undefined, NOW).windows).toEqual([
      { limit: 10, windowMs: 1000 },
      { limit: 50, windowMs: 60000 },
    ]);
  });

  it('takes what is left from the RateLimit member with the fewest requests left', () => {
    const headers = new Headers({ RateLimit: '"daily";r=900;t=3600, "burst";r=0;t=30' });
    expect(readRateLimit(headers, undefined, NOW)).toEqual({ windows: [], remaining: 0, resetMs: 30000 });
  });

  it('reads X-RateLimit-Remaining with a delay-seconds X-RateLimit-Reset', () => {
    const headers = new Headers({ 'X-RateLimit-Limit': '60', 'X-RateLimit-Remaining': '59', 'X-RateLimit-Reset': '42' });
    expect(readRateLimit(headers, undefined, NOW)).toEqual({ windows: [], remaining: 59, resetMs: 42000 });
  });

  it('reads an epoch-seconds X-RateLimit-Reset (GitHub) against the current time', () => {
    const headers = new Headers({ 'X-RateLimit-Remaining': '0', 'X-RateLimit-Reset': String(NOW / 1000 + 90) });
    expect(readRateLimit(headers, undefined, NOW)).toEqual({ windows: [], remaining: 0, resetMs: 90000 });
  });

  it('reads the older RateLimit-Remaining / RateLimit-Reset pair', () => {
    const headers = new Headers({ 'RateLimit-Limit': '10', 'RateLimit-Remaining': '3', 'RateLimit-Reset': '7' });
    expect(readRateLimit(headers, undefined, NOW)).toEqual({ windows: [], remaining: 3, resetMs: 7000 });
  });

  it('knows nothing from a response without rate-limit headers', () => {
    expect(readRateLimit(new Headers({ 'content-type': 'application/json' }), undefined, NOW)).toEqual({ windows: [] });
  });
});
