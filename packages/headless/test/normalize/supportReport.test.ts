import { describe, expect, it } from 'vitest';
import { ApiError } from '../../src/ApiError.js';
import { normalizeError, toSupportReport } from '../../src/normalize/index.js';

describe('toSupportReport', () => {
  it('lists path, method, UTC time, request id, status, code, kind, message, fields and body', () => {
    const error = normalizeError(
      { error: 'quota_domains_reached', metric: 'domains', used: 10, limit: 10, requestedIncrement: 1 },
      { status: 409, method: 'post', url: 'https://api.defendis.ai/api/v1/dataleaks/stats?token=abc', headers: { 'x-request-id': 'req-42' } },
    );
    const report = toSupportReport(error, { now: new Date('2025-07-01T10:00:00Z') });
    expect(report).toBe(
      [
        'Request: POST https://api.defendis.ai/api/v1/dataleaks/stats',
        'Time (UTC): 2025-07-01T10:00:00.000Z',
        'Request ID: req-42',
        'HTTP status: 409',
        'Code: quota_domains_reached',
        'Kind: quota',
        'Message: A usage limit was reached.',
        'Details:',
        JSON.stringify({ metric: 'domains', used: 10, limit: 10, requestedIncrement: 1 }, null, 2),
      ].join('\n'),
    );
  });

  it('lists fields', () => {
    const report = toSupportReport(normalizeError({ errors: { email: ['is invalid'] } }, { status: 422 }));
    expect(report).toContain('Fields:\n  - email: is invalid');
  });

  it('survives a hand-built error with circular details and stays bounded', () => {
    const details: Record<string, unknown> = { big: 'x'.repeat(100_000) };
    details.self = details;
    const report = toSupportReport(new ApiError({ kind: 'server', message: 'm', details }), { maxLength: 1000 });
    expect(report.length).toBeLessThanOrEqual(1000);
    expect(report).toContain('Kind: server');
  });

  it('accepts anything, not only ApiErrors', () => {
    expect(toSupportReport(new TypeError('Failed to fetch'))).toContain('Kind: network');
  });
});
