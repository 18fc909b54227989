import { describe, expect, it } from 'vitest';
import { isErrorBody, normalizeError } from '../../src/normalize/index.js';
import { seed002Examples, withSuccessFalse } from '../fixtures/seed002.js';

// Seed 002: `{ success: false, error: { code, message, details? } }`.
const expected = {
  UNAUTHORIZED: { kind: 'unauthenticated', fields: [], details: {} },
  FORBIDDEN: { kind: 'forbidden', fields: [], details: {} },
  VALIDATION_ERROR: {
    kind: 'validation',
    fields: [{ field: 'email', message: 'Invalid email format', code: 'VALIDATION_ERROR' }],
    details: { field: 'email', reason: 'Invalid email format' },
  },
  MISSING_FIELD: {
    kind: 'validation',
    fields: [{ field: 'phone', message: 'Required field missing', code: 'MISSING_FIELD' }],
    details: { field: 'phone' },
  },
  NOT_FOUND: { kind: 'not_found', fields: [], details: {} },
  ALREADY_EXISTS: { kind: 'conflict', fields: [], details: {} },
  RATE_LIMIT_EXCEEDED: { kind: 'rate_limited', fields: [], details: { retry_after: 60 } },
} as const;

describe('success:false envelope (seed 002) error codes', () => {
  it.each(seed002Examples)('maps $body.error.code at HTTP $status', ({ status, body }) => {
    const want = expected[body.error.code];
    for (const input of [body, withSuccessFalse(body)]) {
      const error = normalizeError(input, { status });
      expect(error.kind).toBe(want.kind);
      expect(error.code).toBe(body.error.code);
      expect(error.message).toBe(body.error.message);
      expect(error.status).toBe(status);
      expect(error.fields).toEqual(want.fields);
      expect(error.details).toEqual(want.details);
      expect(error.retryable).toBe(want.kind === 'rate_limited');
    }
  });

  it('turns details.retry_after (seconds) into retryAfterMs', () => {
    const error = normalizeError(withSuccessFalse(seed002Examples[6].body), { status: 429 });
    expect(error.retryAfterMs).toBe(60_000);
  });

  it('maps the codes without any HTTP status, as a 200 body would arrive', () => {
    for (const { body } of seed002Examples) {
      expect(normalizeError(withSuccessFalse(body), { status: 200 }).kind).toBe(expected[body.error.code].kind);
    }
  });

  it('recognizes success:false as a failed body', () => {
    expect(isErrorBody(withSuccessFalse(seed002Examples[0].body))).toBe(true);
    expect(isErrorBody({ success: true, data: [] })).toBe(false);
  });
});
