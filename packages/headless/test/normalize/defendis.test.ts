import { describe, expect, it } from 'vitest';
import { normalizeError } from '../../src/normalize/index.js';
import { defendisExamples, defendisStatuses } from '../fixtures/defendis.js';

// Seed 004 (Defendis): `{ error: "text", message?, ...extra }`; `error` is human text, not an enum.
describe('Defendis (seed 004)', () => {
  it('maps "Missing API key" at 401 with the text as its message and no code', () => {
    const error = normalizeError(defendisExamples[0].body, { status: 401 });
    expect(error).toMatchObject({ kind: 'unauthenticated', message: 'Missing API key', retryable: false });
    expect(error.code).toBeUndefined();
    expect(error.details).toEqual({});
  });

  it('maps an out-of-scope 403 to forbidden', () => {
    const error = normalizeError(defendisExamples[1].body, { status: 403 });
    expect(error).toMatchObject({ kind: 'forbidden', message: "You don't have permission to view this", retryable: false });
  });

  it('maps "Enterprise billing access denied" to forbidden and keeps reason and status in details', () => {
    const error = normalizeError(defendisExamples[2].body, { status: 403 });
    expect(error).toMatchObject({ kind: 'forbidden', message: 'Enterprise billing access denied', status: 403 });
    expect(error.details).toEqual({ reason: 'payment_unpaid', status: 'unpaid' });
  });

  it('maps the 409 quota_domains_reached to quota, not conflict, with usage in details', () => {
    const error = normalizeError(defendisExamples[3].body, { status: 409 });
    expect(error.kind).toBe('quota');
    expect(error.retryable).toBe(false);
    expect(error.code).toBe('quota_domains_reached');
    expect(error.details).toEqual({ metric: 'domains', used: 10, limit: 10, requestedIncrement: 1 });
    expect(error.message).toBe('A usage limit was reached.');
  });

  it('maps "Rate limit exceeded" at 429 to a retryable rate limit', () => {
    const error = normalizeError(defendisExamples[4].body, { status: 429, headers: { 'retry-after': '3' } });
    expect(error).toMatchObject({ kind: 'rate_limited', retryable: true, retryAfterMs: 3000, message: 'Rate limit exceeded' });
  });

  it('prefers an optional `message` and keeps the `error` text in details', () => {
    const error = normalizeError({ error: 'Bad Request', message: 'Field "domain" is required' }, { status: 400 });
    expect(error.message).toBe('Field "domain" is required');
    expect(error.details).toEqual({ error: 'Bad Request' });
  });

  it.each(defendisStatuses)('maps HTTP %i (%s) with the table’s retryability', (status, meaning, retryable) => {
    const error = normalizeError({ error: meaning }, { status });
    expect(error.retryable).toBe(retryable);
    expect(error.message).toBe(meaning);
    const kinds: Record<number, string> = {
      400: 'validation', 401: 'unauthenticated', 403: 'forbidden', 409: 'quota', 404: 'not_found',
      429: 'rate_limited', 500: 'server', 502: 'unavailable', 503: 'unavailable', 504: 'timeout',
    };
    expect(error.kind).toBe(kinds[status]);
  });

  it('treats any other 409 without quota wording as a conflict', () => {
    expect(normalizeError({ error: 'Domain already on the watchlist' }, { status: 409 }).kind).toBe('conflict');
  });
});
