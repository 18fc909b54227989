import { describe, expect, it } from 'vitest';
import { normalizeError } from '../../src/normalize/index.js';
import { seed001Bodies, seed001Statuses } from '../fixtures/seed001.js';

// Seed 001: `{ error: { code, message, param?, type } }` (a Stripe-like API).
describe('Stripe-like API (seed 001) error codes', () => {
  it('turns the documented format example into a validation error on `email`', () => {
    const error = normalizeError(seed001Bodies.format, { status: 400 });
    expect(error).toMatchObject({ kind: 'validation', code: 'invalid_request', retryable: false, message: 'Missing required parameter: email' });
    expect(error.fields).toEqual([{ field: 'email', message: 'Missing required parameter: email', code: 'invalid_request' }]);
    expect(error.details).toEqual({ param: 'email', type: 'invalid_request_error' });
  });

  it.each([
    ['authentication_required', 401, 'unauthenticated', []],
    ['invalid_api_key', 401, 'unauthenticated', []],
    ['missing_parameter', 400, 'validation', ['amount']],
    ['invalid_parameter', 400, 'validation', ['currency']],
    ['resource_not_found', 404, 'not_found', []],
    ['insufficient_funds', 402, 'insufficient_funds', []],
    ['rate_limit_exceeded', 429, 'rate_limited', []],
  ] as const)('maps %s (HTTP %i) to %s with fields %j', (code, status, kind, fields) => {
    const body = seed001Bodies[code];
    const error = normalizeError(body, { status });
    expect(error.kind).toBe(kind);
    expect(error.code).toBe(code);
    expect(error.status).toBe(status);
    expect(error.retryable).toBe(kind === 'rate_limited');
    expect(error.fields.map((f) => f.field)).toEqual(fields);
    expect(error.details.type).toBe(body.error.type);
  });

  it('maps each code by itself when the status is missing', () => {
    expect(normalizeError(seed001Bodies.insufficient_funds).kind).toBe('insufficient_funds');
    expect(normalizeError(seed001Bodies.rate_limit_exceeded).kind).toBe('rate_limited');
    expect(normalizeError(seed001Bodies.resource_not_found).kind).toBe('not_found');
  });

  it('does not treat the `id` param of resource_not_found as a field error', () => {
    const error = normalizeError(seed001Bodies.resource_not_found, { status: 404 });
    expect(error.fields).toEqual([]);
    expect(error.details.param).toBe('id');
  });

  it('redacts the key echoed in the invalid_api_key message', () => {
    const error = normalizeError(seed001Bodies.invalid_api_key, { status: 401 });
    expect(error.message).toBe('Invalid API key provided: [redacted]');
    expect(error.message).not.toContain('eyJ');
  });

  it('reads the Retry-After header the page tells clients to honour', () => {
    const error = normalizeError(seed001Bodies.rate_limit_exceeded, { status: 429, headers: { 'Retry-After': '1' } });
    expect(error.retryAfterMs).toBe(1000);
  });

  it.each(seed001Statuses)('maps a bodiless HTTP %i (%s) by its status', (status) => {
    const error = normalizeError(null, { status });
    const kinds: Record<number, string> = {
      400: 'validation', 401: 'unauthenticated', 403: 'forbidden', 404: 'not_found', 409: 'conflict',
      422: 'validation', 429: 'rate_limited', 500: 'server', 502: 'unavailable', 503: 'unavailable',
    };
    expect(error.kind).toBe(kinds[status]);
    expect(error.retryable).toBe(status >= 429);
    expect(error.message.length).toBeGreaterThan(0);
  });

  it('maps a card_error without a known code by its 402 status', () => {
    const error = normalizeError({ error: { code: 'card_declined', message: 'Your card was declined.', type: 'card_error' } }, { status: 402 });
    expect(error.kind).toBe('insufficient_funds');
  });
});
