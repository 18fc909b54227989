import { describe, expect, it } from 'vitest';
import { defineDialect, isErrorBody, normalizeError } from '../../src/normalize/index.js';

describe('RFC 9457 problem details', () => {
  it('reads title, detail, status, type and instance', () => {
    const error = normalizeError(
      { type: 'https://example.com/probs/out-of-credit', title: 'You do not have enough credit.', status: 403, detail: 'Your current balance is 30, but that costs 50.', instance: '/account/12345/msgs/abc', balance: 30 },
      { headers: { 'content-type': 'application/problem+json' } },
    );
    expect(error).toMatchObject({ kind: 'insufficient_funds', status: 403, code: 'https://example.com/probs/out-of-credit', message: 'Your current balance is 30, but that costs 50.', requestId: '/account/12345/msgs/abc' });
    expect(error.details).toEqual({ instance: '/account/12345/msgs/abc', balance: 30 });
  });

  it('reads an errors extension given as an array of pointers', () => {
    const error = normalizeError(
      { type: 'about:blank', title: 'Your request is not valid.', status: 422, errors: [{ detail: 'must be a positive integer', pointer: '#/age' }, { detail: "must be 'green', 'red' or 'blue'", pointer: '#/profile/color' }] },
      { status: 422 },
    );
    expect(error.code).toBeUndefined();
    expect(error.kind).toBe('validation');
    expect(error.fields).toEqual([
      { field: 'age', message: 'must be a positive integer' },
      { field: 'profile.color', message: "must be 'green', 'red' or 'blue'" },
    ]);
  });

  it('reads an errors extension given as a map of field to messages (ASP.NET)', () => {
    const error = normalizeError(
      { type: 'https://tools.ietf.org/html/rfc9110#section-15.5.1', title: 'One or more validation errors occurred.', status: 400, errors: { Email: ['The Email field is required.'], 'Address.City': ['The City field is required.'] }, traceId: '00-84c1fd4063c38d9f3900d06e56542d48-85d1d4-00' },
      { status: 400 },
    );
    expect(error.kind).toBe('validation');
    expect(error.message).toBe('One or more validation errors occurred.');
    expect(error.fields).toEqual([
      { field: 'Email', message: 'The Email field is required.' },
      { field: 'Address.City', message: 'The City field is required.' },
    ]);
    expect(error.requestId).toBe('00-84c1fd4063c38d9f3900d06e56542d48-85d1d4-00');
  });

  it('reads name/reason pairs (invalid-params style)', () => {
    const error = normalizeError({ title: 'Bad input', status: 400, errors: [{ name: 'age', reason: 'must be positive' }] });
    expect(error.fields).toEqual([{ field: 'age', message: 'must be positive' }]);
    expect(error.status).toBe(400);
  });
});

describe('JSON:API errors', () => {
  it('reads fields from source.pointer and source.parameter', () => {
    const error = normalizeError(
      {
        errors: [
          { status: '422', code: 'invalid', source: { pointer: '/data/attributes/email' }, title: 'Invalid Attribute', detail: 'Email must contain an @ sign.' },
          { status: '422', source: { pointer: '/data/attributes/address/city' }, title: 'Invalid Attribute', detail: 'City is required.' },
          { status: '400', source: { parameter: 'include' }, title: 'Invalid Query Parameter', detail: 'The resource does not have an `author` relationship path.' },
        ],
      },
      { status: 422 },
    );
    expect(error.kind).toBe('validation');
    expect(error.code).toBe('invalid');
    expect(error.message).toBe('Email must contain an @ sign.');
    expect(error.fields).toEqual([
      { field: 'email', message: 'Email must contain an @ sign.', code: 'invalid' },
      { field: 'address.city', message: 'City is required.' },
      { field: 'include', message: 'The resource does not have an `author` relationship path.' },
    ]);
  });

  it('takes the status from the first error when there is no HTTP status', () => {
    const error = normalizeError({ errors: [{ status: '404', title: 'Not Found', detail: 'Article 7 does not exist' }] });
    expect(error).toMatchObject({ kind: 'not_found', status: 404, message: 'Article 7 does not exist' });
  });
});

describe('GraphQL errors', () => {
  it.each([
    ['UNAUTHENTICATED', 'unauthenticated'],
    ['FORBIDDEN', 'forbidden'],
    ['BAD_USER_INPUT', 'validation'],
    ['GRAPHQL_VALIDATION_FAILED', 'validation'],
    ['GRAPHQL_PARSE_FAILED', 'validation'],
    ['INTERNAL_SERVER_ERROR', 'server'],
    ['RATE_LIMITED', 'rate_limited'],
    ['PERSISTED_QUERY_NOT_FOUND', 'not_found'],
  ])('maps extensions.code %s at HTTP 200 to %s', (code, kind) => {
    const body = { data: null, errors: [{ message: 'Request failed', path: ['viewer'], extensions: { code } }] };
    expect(isErrorBody(body)).toBe(true);
    const error = normalizeError(body, { status: 200 });
    expect(error.kind).toBe(kind);
    expect(error.code).toBe(code);
    expect(error.message).toBe('Request failed');
  });

  it('reads field errors from extensions.field and from the path of input errors', () => {
    const error = normalizeError({
      errors: [
        { message: 'Email is taken', extensions: { code: 'BAD_USER_INPUT', field: 'email' } },
        { message: 'Too short', path: ['createUser', 'password'], extensions: { code: 'BAD_USER_INPUT' } },
      ],
      data: null,
    });
    expect(error.fields).toEqual([
      { field: 'email', message: 'Email is taken', code: 'BAD_USER_INPUT' },
      { field: 'createUser.password', message: 'Too short', code: 'BAD_USER_INPUT' },
    ]);
  });

  it('does not call a GraphQL body with partial data a failure', () => {
    expect(isErrorBody({ data: { viewer: null }, errors: [{ message: 'x' }] })).toBe(false);
  });

  it('reads a rate limit wait from extensions', () => {
    const error = normalizeError({ errors: [{ message: 'Slow down', extensions: { code: 'RATE_LIMITED', retryAfter: 7 } }] });
    expect(error.retryAfterMs).toBe(7000);
  });
});

describe('framework validation maps', () => {
  it('reads a Laravel { message, errors } body', () => {
    const error = normalizeError(
      { message: 'The email field is required. (and 1 more error)', errors: { email: ['The email field is required.'], password: ['The password field must be at least 8 characters.'] } },
      { status: 422 },
    );
    expect(error.kind).toBe('validation');
    expect(error.message).toBe('The email field is required. (and 1 more error)');
    expect(error.fields).toEqual([
      { field: 'email', message: 'The email field is required.' },
      { field: 'password', message: 'The password field must be at least 8 characters.' },
    ]);
  });

  it('reads a Rails { errors } body and nested maps as dot paths', () => {
    const error = normalizeError({ errors: { name: ["can't be blank"], address: { city: ["can't be blank"] } } }, { status: 422 });
    expect(error.fields).toEqual([
      { field: 'name', message: "can't be blank" },
      { field: 'address.city', message: "can't be blank" },
    ]);
    expect(error.message).toBe('The request is invalid.');
  });

  it('reads a top-level Django REST map at 400, with non_field_errors as the message', () => {
    const error = normalizeError({ email: ['Enter a valid email address.'], non_field_errors: ['Passwords do not match.'] }, { status: 400 });
    expect(error.kind).toBe('validation');
    expect(error.message).toBe('Passwords do not match.');
    expect(error.fields).toEqual([{ field: 'email', message: 'Enter a valid email address.' }]);
  });

  it('does not read a top-level map as fields when the status is not 400/422', () => {
    expect(normalizeError({ email: ['x'] }, { status: 500 }).fields).toEqual([]);
  });

  it('treats a field map with no status as a validation error', () => {
    expect(normalizeError({ errors: { email: ['is invalid'] } }).kind).toBe('validation');
  });
});

describe('user dialects', () => {
  const acme = defineDialect({
    name: 'acme',
    detect: (body) => typeof body === 'object' && body !== null && 'fault' in body,
    parse: (body) => ({ code: (body as { fault: string }).fault, message: 'Acme failed', details: { token: 'abc', note: 'x' } }),
  });

  it('runs user dialects before built-in ones', () => {
    const error = normalizeError({ fault: 'RATE_LIMITED', error: 'ignored' }, { dialects: [acme] });
    expect(error).toMatchObject({ kind: 'rate_limited', code: 'RATE_LIMITED', message: 'Acme failed' });
    expect(error.details).toEqual({ token: '[redacted]', note: 'x' });
  });

  it('skips a user dialect that throws', () => {
    const broken = defineDialect({ name: 'broken', detect: () => true, parse: () => { throw new Error('bug'); } });
    expect(normalizeError({ error: 'Rate limit exceeded' }, { status: 429, dialects: [broken] }).kind).toBe('rate_limited');
  });
});
