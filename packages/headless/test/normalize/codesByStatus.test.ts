import { describe, expect, it } from 'vitest';
import { normalizeError } from '../../src/normalize/index.js';
import { seed003Body, seed003Codes } from '../fixtures/seed003.js';

// Seed 003: `{ error: { code, message } }` with codes grouped by status in tables.
const kindOf = (status: number, code: string) =>
  code === 'INSUFFICIENT_BALANCE'
    ? 'insufficient_funds'
    : ({ 400: 'validation', 401: 'unauthenticated', 403: 'forbidden', 404: 'not_found', 429: 'rate_limited', 500: 'server', 503: 'unavailable' } as Record<number, string>)[status];

describe('codes grouped by status (seed 003)', () => {
  it.each(seed003Codes)('maps %i %s by its table', (status, code, message) => {
    const error = normalizeError(seed003Body(code, message), { status });
    const kind = kindOf(status, code);
    expect(error.kind).toBe(kind);
    expect(error.code).toBe(code);
    expect(error.message).toBe(message);
    expect(error.retryable).toBe(status === 429 || status >= 500);
    expect(error.fields).toEqual([]);
    expect(error.details).toEqual({});
  });

  it.each(seed003Codes)('maps %i %s by its code alone when the status is unknown', (status, code, message) => {
    expect(normalizeError(seed003Body(code, message)).kind).toBe(kindOf(status, code));
  });

  it('lets a code beat a contradicting status', () => {
    expect(normalizeError(seed003Body('INSUFFICIENT_BALANCE', 'Account balance is below the minimum required'), { status: 400 }).kind).toBe(
      'insufficient_funds',
    );
  });
});
