import { describe, expect, it } from 'vitest';
import { readHeaders, readRetryAfterMs } from '../../src/normalize/index.js';

const NOW = Date.parse('Tue, 01 Jul 2025 10:00:00 GMT');

describe('readHeaders', () => {
  it('reads Headers, records and entries into lower-cased names', () => {
    expect(readHeaders(new Headers({ 'Retry-After': '5' }))).toEqual({ 'retry-after': '5' });
    expect(readHeaders({ 'X-Request-Id': 'a', 'Set-Cookie': ['a=1', 'b=2'], Empty: undefined })).toEqual({ 'x-request-id': 'a', 'set-cookie': 'a=1, b=2' });
    expect(readHeaders([['RateLimit', 't=3']])).toEqual({ ratelimit: 't=3' });
  });

  it('is total for hostile and missing input', () => {
    const hostile = new Proxy({}, { ownKeys: () => { throw new Error('no'); } });
    expect(readHeaders(hostile)).toEqual({});
    expect(readHeaders(undefined)).toEqual({});
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(readHeaders(JSON.parse('{"__proto__":{"polluted":1}}')))).toBe(Object.prototype);
  });
});

describe('readRetryAfterMs', () => {
  it('reads Retry-After in seconds', () => {
    expect(readRetryAfterMs({ 'Retry-After': '120' })).toBe(120_000);
  });

  it('measures an HTTP-date Retry-After against the Date header', () => {
    expect(readRetryAfterMs({ 'retry-after': 'Tue, 01 Jul 2025 10:00:30 GMT', date: 'Tue, 01 Jul 2025 10:00:00 GMT' })).toBe(30_000);
  });

  it('measures an HTTP-date against now when there is no Date header', () => {
    expect(readRetryAfterMs({ 'retry-after': 'Tue, 01 Jul 2025 10:00:10 GMT' }, { now: NOW })).toBe(10_000);
  });

  it('never returns a negative wait for a date in the past', () => {
    expect(readRetryAfterMs({ 'retry-after': 'Tue, 01 Jul 2025 09:00:00 GMT' }, { now: NOW })).toBe(0);
  });

  it('reads RateLimit-Reset and X-RateLimit-Reset as delta or epoch seconds', () => {
    expect(readRetryAfterMs({ 'RateLimit-Reset': '15' })).toBe(15_000);
    expect(readRetryAfterMs({ 'X-RateLimit-Reset': String(NOW / 1000 + 42) }, { now: NOW })).toBe(42_000);
  });

  it('reads the IETF RateLimit header t= parameter, and the reset= of earlier drafts', () => {
    expect(readRetryAfterMs({ RateLimit: '"default";r=0;t=30' })).toBe(30_000);
    expect(readRetryAfterMs({ RateLimit: 'limit=100, remaining=0, reset=50' })).toBe(50_000);
  });

  it('reads body retry_after in seconds and retry_after_ms in milliseconds', () => {
    expect(readRetryAfterMs(undefined, { body: { retry_after: 60 } })).toBe(60_000);
    expect(readRetryAfterMs(undefined, { body: { retryAfterMs: 250 } })).toBe(250);
    expect(readRetryAfterMs(undefined, { body: { error: { details: { retry_after: 2 } } } })).toBe(2000);
  });

  it('reads a body retryAfterSeconds as a number or a string of seconds', () => {
    expect(readRetryAfterMs(undefined, { body: { retryAfterSeconds: '2', Reason: 'ConcurrentInvocationLimitExceeded' } })).toBe(2000);
    expect(readRetryAfterMs(undefined, { body: { retryAfterSeconds: 45 } })).toBe(45_000);
  });

  it('reads Azure\'s millisecond header after Retry-After', () => {
    expect(readRetryAfterMs({ 'x-ms-retry-after-ms': '1500' })).toBe(1500);
    expect(readRetryAfterMs({ 'retry-after': '3', 'x-ms-retry-after-ms': '1500' })).toBe(3000);
  });

  it('reads the window a vendor code names', () => {
    expect(readRetryAfterMs(undefined, { code: 'RATE_LIMITED_1_MINUTE' })).toBe(60_000);
    expect(readRetryAfterMs(undefined, { code: 'RATE_LIMITED_5_SECONDS' })).toBe(5_000);
    expect(readRetryAfterMs(undefined, { code: 'RATE_LIMITED_60_PER_MINUTE' })).toBe(60_000);
    expect(readRetryAfterMs(undefined, { code: 'RATE_LIMITED_2_PER_SECOND' })).toBe(1_000);
    expect(readRetryAfterMs(undefined, { code: 'RATE_LIMIT_EXCEEDED' })).toBeUndefined();
  });

  it('reads Go-style durations', () => {
    expect(readRetryAfterMs({ 'x-ratelimit-reset': '1m30s' })).toBe(90_000);
  });

  it('returns undefined when nothing states a wait, or for nonsense', () => {
    expect(readRetryAfterMs({})).toBeUndefined();
    expect(readRetryAfterMs({ 'retry-after': 'soon' })).toBeUndefined();
  });
});
