import { AxiosError, AxiosHeaders } from 'axios';
import ky, { HTTPError, TimeoutError as KyTimeoutError } from 'ky';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../src/ApiError.js';
import { defineDialect, normalizeError, normalizeResponse } from '../../src/normalize/index.js';

describe('inputs that are not bodies', () => {
  it('returns an ApiError as is', () => {
    const original = new ApiError({ kind: 'quota', message: 'cap' });
    expect(normalizeError(original)).toBe(original);
  });

  it.each([null, undefined])('turns %s into an unknown error with a default message', (input) => {
    expect(normalizeError(input)).toMatchObject({ kind: 'unknown', message: 'Something went wrong.', retryable: false, fields: [], details: {} });
  });

  it('uses the context status when the body is empty', () => {
    expect(normalizeError('', { status: 503, method: 'get', url: '/v1/x' })).toMatchObject({ kind: 'unavailable', retryable: true, method: 'GET', url: '/v1/x' });
  });

  it('turns a fetch TypeError into a retryable network error', () => {
    for (const message of ['Failed to fetch', 'fetch failed', 'NetworkError when attempting to fetch resource.', 'Load failed']) {
      expect(normalizeError(new TypeError(message))).toMatchObject({ kind: 'network', retryable: true });
    }
  });

  it('does not call a programming TypeError a network failure', () => {
    const error = normalizeError(new TypeError("Cannot read properties of undefined (reading 'x')"));
    expect(error.kind).toBe('unknown');
  });

  it('turns a DOMException AbortError into aborted and TimeoutError into timeout', () => {
    expect(normalizeError(new DOMException('This operation was aborted', 'AbortError'))).toMatchObject({ kind: 'aborted', retryable: false });
    expect(normalizeError(new DOMException('The operation timed out.', 'TimeoutError'))).toMatchObject({ kind: 'timeout', retryable: true });
  });

  it('keeps a plain Error message as the text of an unknown error', () => {
    expect(normalizeError(new Error('boom'))).toMatchObject({ kind: 'unknown', message: 'boom' });
  });

  it('reads a Response-like object with status, headers and data', () => {
    const error = normalizeError({ status: 429, headers: { 'Retry-After': '2', 'X-Request-Id': 'r-1' }, data: { error: { code: 'rate_limit_exceeded', message: 'Slow down' } } });
    expect(error).toMatchObject({ kind: 'rate_limited', status: 429, retryAfterMs: 2000, requestId: 'r-1', message: 'Slow down' });
  });

  it('reads a Response-like object whose body is JSON text', () => {
    const error = normalizeError({ status: 404, headers: {}, body: '{"error":"Not here"}' });
    expect(error).toMatchObject({ kind: 'not_found', message: 'Not here' });
  });

  it('reads a fetch Response synchronously from its status and headers', () => {
    const error = normalizeError(new Response('ignored', { status: 401, headers: { 'x-request-id': 'abc' } }));
    expect(error).toMatchObject({ kind: 'unauthenticated', status: 401, requestId: 'abc' });
  });
});

describe('errors made by normalizeError', () => {
  it('are real Errors with a string stack, and leave the stack limit as it was', () => {
    const limit = Error.stackTraceLimit;
    const error = normalizeError({ error: { code: 'NOT_FOUND', message: 'Lead not found' } }, { status: 404 });
    expect(error).toBeInstanceOf(Error);
    expect(error).toBeInstanceOf(ApiError);
    expect(error.stack).toBe('ApiError: Lead not found');
    expect(Error.stackTraceLimit).toBe(limit);
  });

  it('leave errors thrown by a user dialect with their stacks', () => {
    let thrown: Error | undefined;
    const broken = defineDialect({
      name: 'broken',
      detect: () => true,
      parse: () => {
        thrown = new Error('dialect bug');
        throw thrown;
      },
    });
    normalizeError({ fault: 'x' }, { dialects: [broken] });
    expect(thrown?.stack).toContain('inputs.test.ts');
  });

  it('still get a stack line when Error is frozen (SES lockdown)', () => {
    const descriptor = Object.getOwnPropertyDescriptor(Error, 'stackTraceLimit')!;
    Object.defineProperty(Error, 'stackTraceLimit', { ...descriptor, writable: false });
    try {
      const error = normalizeError(null, { status: 503 });
      expect(error.kind).toBe('unavailable');
      expect(error.stack).toMatch(/^ApiError: /);
    } finally {
      Object.defineProperty(Error, 'stackTraceLimit', descriptor);
    }
  });

  it('keep a full stack for an ApiError a user builds directly', () => {
    expect(new ApiError({ kind: 'server', message: 'm' }).stack).toContain('inputs.test.ts');
  });
});

describe('text bodies', () => {
  it('parses JSON text', () => {
    expect(normalizeError('{"error":{"code":"NOT_FOUND","message":"Lead not found"}}')).toMatchObject({ kind: 'not_found', code: 'NOT_FOUND' });
  });

  it('uses plain text as the message', () => {
    expect(normalizeError('upstream connect error or disconnect/reset before headers', { status: 503 })).toMatchObject({
      kind: 'unavailable',
      message: 'upstream connect error or disconnect/reset before headers',
    });
  });

  it('reduces an nginx HTML page to its title, never markup', () => {
    const html = '<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n';
    const error = normalizeError(html);
    expect(error).toMatchObject({ kind: 'unavailable', status: 502, message: '502 Bad Gateway' });
  });

  it('falls back to the first heading and strips its tags', () => {
    const error = normalizeError('<!DOCTYPE html><body><h1>Service <b>Unavailable</b></h1></body>', { status: 503 });
    expect(error.message).toBe('Service Unavailable');
    expect(error.message).not.toMatch(/[<>]/);
  });

  it('gives a default message for an HTML page with no title or heading', () => {
    const error = normalizeError('<html><body><div>oops</div></body></html>', { status: 500 });
    expect(error).toMatchObject({ kind: 'server', message: 'The server had a problem.' });
  });

  it('reads a Cloudflare origin error page', () => {
    const html = '<!DOCTYPE html><html><head><title>example.com | 522: Connection timed out</title></head><body></body></html>';
    expect(normalizeError(html)).toMatchObject({ kind: 'unavailable', status: 522, message: 'example.com | 522: Connection timed out' });
  });
});

describe('axios errors', () => {
  const config = { method: 'post', url: 'https://api.example.com/v1/leads?api_key=sk_live_123456789', headers: new AxiosHeaders() };

  it('reads status, headers, body and request from an error with a response', () => {
    const response = {
      status: 429,
      statusText: 'Too Many Requests',
      headers: new AxiosHeaders({ 'Retry-After': '5', 'x-request-id': 'req_1' }),
      data: { success: false, error: { code: 'RATE_LIMIT_EXCEEDED', message: 'Too many requests', details: { retry_after: 60 } } },
      config,
    };
    const error = normalizeError(new AxiosError('Request failed with status code 429', 'ERR_BAD_REQUEST', config, {}, response));
    expect(error).toMatchObject({ kind: 'rate_limited', status: 429, code: 'RATE_LIMIT_EXCEEDED', retryAfterMs: 5000, requestId: 'req_1', method: 'POST' });
    expect(error.url).toBe('https://api.example.com/v1/leads?api_key=[redacted]');
  });

  it.each([
    ['ECONNABORTED', 'timeout'],
    ['ETIMEDOUT', 'timeout'],
    ['ERR_NETWORK', 'network'],
    ['ERR_CANCELED', 'aborted'],
  ])('maps code %s without a response to %s', (code, kind) => {
    const error = normalizeError(new AxiosError('x', code, config));
    expect(error.kind).toBe(kind);
    expect(error.retryable).toBe(kind !== 'aborted');
  });
});

describe('ky errors', () => {
  const fetchReturning = (response: Response) => async () => response;

  it('reads status and headers from a real HTTPError', () => {
    const request = new Request('https://api.example.com/v1/x', { method: 'DELETE' });
    const response = new Response('{"error":"Missing API key"}', { status: 401, headers: { 'x-request-id': 'k-1' } });
    const error = normalizeError(new HTTPError(response, request, {} as never));
    expect(error).toMatchObject({ kind: 'unauthenticated', status: 401, requestId: 'k-1', method: 'DELETE', url: 'https://api.example.com/v1/x' });
  });

  it('uses the parsed body newer ky versions put on error.data', () => {
    const request = new Request('https://api.example.com/v1/x');
    const httpError = Object.assign(new HTTPError(new Response(null, { status: 409 }), request, {} as never), {
      data: { error: 'quota_domains_reached', metric: 'domains', used: 10, limit: 10 },
    });
    expect(normalizeError(httpError)).toMatchObject({ kind: 'quota', code: 'quota_domains_reached' });
  });

  it('reads a real ky call failure, and its body through normalizeResponse', async () => {
    const body = JSON.stringify({ error: { code: 'RATE_LIMIT_EXCEEDED', message: 'Rate limit exceeded' } });
    const thrown = await ky('https://api.example.com/v1/jobs', { retry: 0, fetch: fetchReturning(new Response(body, { status: 429, headers: { 'retry-after': '9' } })) })
      .json()
      .catch((e: unknown) => e);
    expect(thrown).toBeInstanceOf(HTTPError);
    expect(normalizeError(thrown)).toMatchObject({ kind: 'rate_limited', retryAfterMs: 9000, method: 'GET' });
    const full = await normalizeResponse((thrown as HTTPError).response, { method: 'GET' });
    expect(full).toMatchObject({ kind: 'rate_limited', code: 'RATE_LIMIT_EXCEEDED', message: 'Rate limit exceeded', retryAfterMs: 9000 });
  });

  it('maps ky TimeoutError to timeout', () => {
    expect(normalizeError(new KyTimeoutError(new Request('https://api.example.com/')))).toMatchObject({ kind: 'timeout', retryable: true });
  });
});

describe('normalizeResponse', () => {
  it('reads a JSON body', async () => {
    const response = new Response(JSON.stringify({ error: { code: 'FORBIDDEN', message: 'No' } }), { status: 403, headers: { 'content-type': 'application/json' } });
    expect(await normalizeResponse(response, { method: 'get' })).toMatchObject({ kind: 'forbidden', status: 403, message: 'No', method: 'GET' });
  });

  it('reads a problem+json body', async () => {
    const response = new Response(JSON.stringify({ title: 'Gone', status: 410, detail: 'This link expired' }), { status: 410, headers: { 'content-type': 'application/problem+json' } });
    expect(await normalizeResponse(response)).toMatchObject({ kind: 'not_found', message: 'This link expired' });
  });

  it('reads a text body', async () => {
    expect(await normalizeResponse(new Response('Bad Gateway', { status: 502 }))).toMatchObject({ kind: 'unavailable', message: 'Bad Gateway' });
  });

  it('reads an HTML body without markup', async () => {
    const response = new Response('<html><head><title>503 Service Temporarily Unavailable</title></head></html>', { status: 503, headers: { 'content-type': 'text/html' } });
    expect(await normalizeResponse(response)).toMatchObject({ kind: 'unavailable', message: '503 Service Temporarily Unavailable' });
  });

  it('reads an empty body by its status', async () => {
    expect(await normalizeResponse(new Response(null, { status: 404 }))).toMatchObject({ kind: 'not_found', message: 'Not found.' });
  });

  it('survives invalid JSON under a JSON content type, and never shows its shards as the message', async () => {
    const response = new Response('{"error": "unterminated', { status: 500, headers: { 'content-type': 'application/json' } });
    expect(await normalizeResponse(response)).toMatchObject({ kind: 'server', status: 500, message: 'The server had a problem.' });
  });

  it('reads a Defastra failure that arrived with HTTP 200', async () => {
    const response = new Response(JSON.stringify({ status: false, error_type: 'RATE_LIMITED_5_SECONDS', error_message: 'too many' }), { status: 200 });
    expect(await normalizeResponse(response)).toMatchObject({ kind: 'rate_limited', status: 200, retryAfterMs: 5000 });
  });

  it('never rejects on a body that was already read', async () => {
    const response = new Response('x', { status: 500 });
    await response.text();
    expect(await normalizeResponse(response)).toMatchObject({ kind: 'server', status: 500 });
  });
});
