import { describe, expect, it } from 'vitest';
import { isErrorBody, normalizeError } from '../../src/normalize/index.js';

// Realistic error bodies of well-known public APIs (shapes as those APIs document them).
describe('error bodies of well-known public APIs', () => {
  it('Stripe: card_declined at 402 is insufficient_funds; a bad param is a field error', () => {
    const declined = { error: { charge: 'ch_1', code: 'card_declined', decline_code: 'insufficient_funds', doc_url: 'https://stripe.com/docs/error-codes/card-declined', message: 'Your card has insufficient funds.', type: 'card_error' } };
    expect(normalizeError(declined, { status: 402 })).toMatchObject({ kind: 'insufficient_funds', code: 'card_declined', retryable: false });
    const param = { error: { code: 'parameter_invalid_integer', message: 'Invalid integer: abc', param: 'amount', type: 'invalid_request_error' } };
    expect(normalizeError(param, { status: 400 }).fields).toEqual([{ field: 'amount', message: 'Invalid integer: abc', code: 'parameter_invalid_integer' }]);
    expect(normalizeError({ error: { code: 'resource_missing', message: 'No such customer', param: 'id', type: 'invalid_request_error' } }, { status: 404 })).toMatchObject({ kind: 'not_found', fields: [] });
  });

  it('OpenAI: insufficient_quota at 429 is quota and not retryable; rate_limit_exceeded is rate_limited', () => {
    const quota = { error: { message: 'You exceeded your current quota, please check your plan and billing details.', type: 'insufficient_quota', param: null, code: 'insufficient_quota' } };
    expect(normalizeError(quota, { status: 429 })).toMatchObject({ kind: 'quota', retryable: false });
    const rate = { error: { message: 'Rate limit reached for gpt-4 on requests per min (RPM): Limit 3, Used 3, Requested 1.', type: 'requests', param: null, code: 'rate_limit_exceeded' } };
    const error = normalizeError(rate, { status: 429, headers: { 'x-ratelimit-reset-requests': '20s', 'retry-after': '20' } });
    expect(error).toMatchObject({ kind: 'rate_limited', retryable: true, retryAfterMs: 20_000 });
    expect(normalizeError({ error: { message: 'Incorrect API key provided: sk-proj-abcdefghijkl1234.', type: 'invalid_request_error', param: null, code: 'invalid_api_key' } }, { status: 401 })).toMatchObject({
      kind: 'unauthenticated',
      message: 'Incorrect API key provided: [redacted].',
    });
  });

  it('Anthropic: overloaded_error (529) is unavailable and its request id is kept', () => {
    const body = { type: 'error', error: { type: 'overloaded_error', message: 'Overloaded' }, request_id: 'req_011CSHoEeqs5C35K2UUqR7Fy' };
    const error = normalizeError(body, { status: 529 });
    expect(error).toMatchObject({ kind: 'unavailable', code: 'overloaded_error', retryable: true, requestId: 'req_011CSHoEeqs5C35K2UUqR7Fy' });
    expect(normalizeError({ type: 'error', error: { type: 'permission_error', message: 'no' } }, { status: 403 }).kind).toBe('forbidden');
  });

  it('GitHub: message-only bodies use the status; secondary rate limits read x-ratelimit-reset', () => {
    expect(normalizeError({ message: 'Bad credentials', documentation_url: 'https://docs.github.com/rest', status: '401' })).toMatchObject({ kind: 'unauthenticated', status: 401, message: 'Bad credentials' });
    const now = Date.parse('Tue, 01 Jul 2025 10:00:00 GMT');
    const error = normalizeError(
      { message: 'API rate limit exceeded for 1.2.3.4.', documentation_url: 'https://docs.github.com/rest/overview/resources-in-the-rest-api#rate-limiting' },
      { status: 403, headers: { date: 'Tue, 01 Jul 2025 10:00:00 GMT', 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(now / 1000 + 30), 'x-github-request-id': 'C0DE:1' } },
    );
    expect(error).toMatchObject({ kind: 'rate_limited', retryAfterMs: 30_000, requestId: 'C0DE:1' });
    expect(normalizeError({ message: 'Validation Failed', errors: [{ resource: 'Issue', field: 'title', code: 'missing_field' }] }, { status: 422 }).kind).toBe('validation');
  });

  it('AWS: __type and nested Error.Code shapes', () => {
    expect(normalizeError({ __type: 'com.amazonaws.dynamodb.v20120810#ThrottlingException', message: 'Rate of requests exceeds the allowed throughput.' }, { status: 400 })).toMatchObject({ kind: 'rate_limited', retryable: true });
    expect(normalizeError({ __type: 'AccessDeniedException', Message: 'User is not authorized' }, { status: 400 })).toMatchObject({ kind: 'forbidden', message: 'User is not authorized' });
    expect(normalizeError({ __type: 'ResourceNotFoundException', message: 'Requested resource not found' }, { status: 400 }).kind).toBe('not_found');
    expect(normalizeError({ __type: 'ExpiredTokenException', message: 'The security token included in the request is expired' }, { status: 400 }).kind).toBe('unauthenticated');
    expect(normalizeError('', { status: 500, headers: { 'x-amzn-requestid': 'aws-123' } }).requestId).toBe('aws-123');
  });

  it('Google APIs: numeric code with a string status, field violations and RetryInfo', () => {
    const body = {
      error: {
        code: 429,
        message: 'Quota exceeded for quota metric',
        status: 'RESOURCE_EXHAUSTED',
        details: [{ '@type': 'type.googleapis.com/google.rpc.RetryInfo', retryDelay: '30s' }],
      },
    };
    const error = normalizeError(body);
    expect(error).toMatchObject({ kind: 'rate_limited', status: 429, code: 'RESOURCE_EXHAUSTED', retryAfterMs: 30_000 });
    const bad = { error: { code: 400, message: 'Invalid value', status: 'INVALID_ARGUMENT', details: [{ '@type': 'type.googleapis.com/google.rpc.BadRequest', fieldViolations: [{ field: 'name', description: 'Name is required' }] }] } };
    expect(normalizeError(bad)).toMatchObject({ kind: 'validation', fields: [{ field: 'name', message: 'Name is required' }] });
    expect(normalizeError({ error: { code: 403, message: 'denied', status: 'PERMISSION_DENIED' } }).kind).toBe('forbidden');
  });

  it('Twilio: numeric code kept as text, status from the body', () => {
    const error = normalizeError({ code: 20003, message: 'Authenticate', more_info: 'https://www.twilio.com/docs/errors/20003', status: 401 });
    expect(error).toMatchObject({ kind: 'unauthenticated', code: '20003', status: 401, message: 'Authenticate' });
    expect(error.details).toEqual({ more_info: 'https://www.twilio.com/docs/errors/20003' });
  });

  it('Slack: { ok: false, error } at HTTP 200', () => {
    expect(isErrorBody({ ok: false, error: 'ratelimited' })).toBe(true);
    expect(normalizeError({ ok: false, error: 'ratelimited' }, { status: 200, headers: { 'Retry-After': '30' } })).toMatchObject({ kind: 'rate_limited', code: 'ratelimited', retryAfterMs: 30_000 });
    expect(normalizeError({ ok: false, error: 'invalid_auth' }, { status: 200 }).kind).toBe('unauthenticated');
    expect(normalizeError({ ok: false, error: 'channel_not_found' }, { status: 200 }).kind).toBe('not_found');
    expect(normalizeError({ ok: false, error: 'missing_scope', needed: 'chat:write' }, { status: 200 }).kind).toBe('forbidden');
  });

  it('Auth0 / OAuth: { error, error_description }', () => {
    const error = normalizeError({ error: 'invalid_grant', error_description: 'Invalid authorization code' }, { status: 400 });
    expect(error).toMatchObject({ kind: 'unauthenticated', code: 'invalid_grant', message: 'Invalid authorization code' });
    expect(normalizeError({ error: 'access_denied', error_description: 'Unauthorized' }, { status: 403 }).kind).toBe('forbidden');
  });

  it('Spring Boot: { timestamp, status, error, path }', () => {
    const error = normalizeError({ timestamp: '2025-07-01T10:00:00.000+00:00', status: 500, error: 'Internal Server Error', path: '/api/orders' });
    expect(error).toMatchObject({ kind: 'server', status: 500, message: 'Internal Server Error' });
    expect(error.details).toEqual({ timestamp: '2025-07-01T10:00:00.000+00:00', path: '/api/orders' });
  });

  it('Django REST: detail and throttled bodies', () => {
    expect(normalizeError({ detail: 'Authentication credentials were not provided.' }, { status: 401 })).toMatchObject({ kind: 'unauthenticated', message: 'Authentication credentials were not provided.' });
    expect(normalizeError({ detail: 'Request was throttled. Expected available in 12 seconds.' }, { status: 429, headers: { 'Retry-After': '12' } })).toMatchObject({ kind: 'rate_limited', retryAfterMs: 12_000 });
  });

  it('Rails: { errors: ["…"] } arrays of full messages', () => {
    expect(normalizeError({ errors: ["Email can't be blank"] }, { status: 422 })).toMatchObject({ kind: 'validation', message: "Email can't be blank" });
  });

  it('Zod-style flattened errors', () => {
    const error = normalizeError({ formErrors: [], fieldErrors: { email: ['Invalid email'] } }, { status: 400 });
    expect(error.fields).toEqual([{ field: 'email', message: 'Invalid email' }]);
  });

  it('Firebase-style path codes', () => {
    expect(normalizeError({ error: { code: 'auth/invalid-email', message: 'The email address is badly formatted.' } }).kind).toBe('validation');
    expect(normalizeError({ error: { code: 'auth/user-not-found', message: 'No user' } }).kind).toBe('not_found');
  });

  it('IETF RateLimit header with t=', () => {
    expect(normalizeError('', { status: 429, headers: { RateLimit: '"default";r=0;t=30' } }).retryAfterMs).toBe(30_000);
  });
});
