import { describe, expect, it } from 'vitest';
import { normalizeError, isErrorBody } from '../../src/normalize/index.js';
import { defastraBody, defastraErrorTypes } from '../fixtures/defastra.js';

// error_type → kind, retryable, field, retryAfterMs, as the Defastra page describes them.
const expected: Record<string, { kind: string; retryable: boolean; field?: string; retryAfterMs?: number }> = {
  INSUFFICIENT_FUNDS: { kind: 'insufficient_funds', retryable: false },
  INVALID_REQUEST_TYPE: { kind: 'not_found', retryable: false },
  NO_KEY: { kind: 'unauthenticated', retryable: false },
  INACTIVE_API_KEY: { kind: 'unauthenticated', retryable: false },
  SYSTEM_ERROR: { kind: 'server', retryable: true },
  UNHANDLED_EXCEPTION: { kind: 'server', retryable: true },
  SYSTEM_UNAVAILABLE: { kind: 'unavailable', retryable: true },
  RATE_LIMITED_1_MINUTE: { kind: 'rate_limited', retryable: true, retryAfterMs: 60_000 },
  RATE_LIMITED_5_SECONDS: { kind: 'rate_limited', retryable: true, retryAfterMs: 5_000 },
  INACTIVE_API_ACCESS: { kind: 'forbidden', retryable: false },
  INVALID_REQUEST_TIMEOUT: { kind: 'validation', retryable: false, field: 'timeout' },
  INVALID_REQUEST_PHONE: { kind: 'validation', retryable: false, field: 'phone' },
  INVALID_REQUEST_EMAIL: { kind: 'validation', retryable: false, field: 'email' },
  INVALID_PARAMETER: { kind: 'validation', retryable: false },
  INVALID_LABEL: { kind: 'validation', retryable: false, field: 'label' },
  INACTIVE_TEAM_USER: { kind: 'forbidden', retryable: false },
  DAILY_CHECK_LIMIT: { kind: 'quota', retryable: false },
  INVALID_PERMISSION: { kind: 'forbidden', retryable: false },
  RATE_LIMITED_60_PER_MINUTE: { kind: 'rate_limited', retryable: true, retryAfterMs: 60_000 },
  RATE_LIMITED_2_PER_SECOND: { kind: 'rate_limited', retryable: true, retryAfterMs: 1_000 },
};

describe('Defastra (seed 000) error types', () => {
  it('covers every error_type on the page', () => {
    expect(defastraErrorTypes.map(([code]) => code).sort()).toEqual(Object.keys(expected).sort());
  });

  it.each(defastraErrorTypes)('maps %s arriving with HTTP 200 by its error_type', (code, message) => {
    const want = expected[code]!;
    const error = normalizeError(defastraBody(code, message), { status: 200 });
    expect(error.kind).toBe(want.kind);
    expect(error.retryable).toBe(want.retryable);
    expect(error.code).toBe(code);
    expect(error.message).toBe(message);
    expect(error.status).toBe(200);
    expect(error.retryAfterMs).toBe(want.retryAfterMs);
    expect(error.fields).toEqual(want.field ? [{ field: want.field, message, code }] : []);
    expect(error.details).toEqual({});
  });

  it('maps a Defastra body with no HTTP context at all', () => {
    const error = normalizeError(defastraBody('INSUFFICIENT_FUNDS', 'You do not have enough funds to perform this request'));
    expect(error.kind).toBe('insufficient_funds');
    expect(error.status).toBeUndefined();
  });

  it('recognizes a 200 Defastra body as a failure', () => {
    expect(isErrorBody(defastraBody('NO_KEY', 'No API key specified'))).toBe(true);
    expect(isErrorBody({ status: true, data: {} })).toBe(false);
  });

  it('prefers a Retry-After header over the window the code names', () => {
    const error = normalizeError(defastraBody('RATE_LIMITED_1_MINUTE', 'x'), { status: 200, headers: { 'Retry-After': '12' } });
    expect(error.retryAfterMs).toBe(12_000);
  });

  it('keeps unknown extra fields in details', () => {
    const error = normalizeError({ ...defastraBody('SYSTEM_ERROR', 'oops'), request_id: 'req_9' });
    expect(error.details).toEqual({ request_id: 'req_9' });
    expect(error.requestId).toBe('req_9');
  });
});
