// The same seed errors in every form a body reaches an app: Response bodies under any content type, text with a BOM
// or padding, double-encoded JSON, bytes, headers in every shape, empty, odd, cut-off and huge bodies.
import { AxiosHeaders } from 'axios';
import { describe, expect, it } from 'vitest';
import { defaultMessages } from '../../src/normalize/defaultMessages.js';
import { normalizeError, normalizeResponse } from '../../src/normalize/index.js';
import { allSeeds, canonical, expectSameAsCanonical, facts, JWT, seeds } from './wireSeeds.js';

describe('canonical readings of the seeds (the yardstick below)', () => {
  it.each(allSeeds)('$name reads as a documented error with a human message and the request id', (seed) => {
    const error = normalizeError(seed.body, { status: seed.status, headers: new Headers(seed.headers) });
    expect(error.kind).not.toBe('unknown');
    expect(error.message.length).toBeGreaterThan(0);
    expect(error.message).not.toContain(JWT);
    expect(error.requestId).toMatch(/^req_/);
  });
});

describe('a Response body under any content type', () => {
  const contentTypes: (string | undefined)[] = [
    'application/json; charset=utf-8',
    'text/json',
    'application/hal+json',
    'application/vnd.api+json',
    'application/problem+json',
    undefined,
    'text/html; charset=utf-8',
    'text/plain',
    'application/octet-stream',
  ];
  const table = allSeeds.flatMap((seed) => contentTypes.map((type) => ({ seed, type: type ?? 'no content type' })));

  it.each(table)('reads $seed.name sent as $type like the parsed body', async ({ seed, type }) => {
    const headers = new Headers(seed.headers);
    if (type !== 'no content type') headers.set('content-type', type);
    const response = new Response(JSON.stringify(seed.body), { status: seed.status, headers });
    expectSameAsCanonical(await normalizeResponse(response), seed);
  });
});

describe('JSON text as servers and proxies actually send it', () => {
  const forms: [string, (json: string) => string][] = [
    ['with a UTF-8 byte order mark', (json) => `\uFEFF${json}`],
    ['padded with whitespace and newlines', (json) => `\r\n\n  ${json}\n\n\t `],
    ['pretty-printed', (json) => JSON.stringify(JSON.parse(json), null, 2)],
    ['JSON-encoded twice (a JSON string holding the JSON)', (json) => JSON.stringify(json)],
    ['JSON-encoded twice and padded', (json) => `\n${JSON.stringify(json)}\n`],
  ];
  const table = allSeeds.flatMap((seed) => forms.map(([form, wrap]) => ({ seed, form, wrap })));

  it.each(table)('reads $seed.name $form, given as text', ({ seed, wrap }) => {
    const body = wrap(JSON.stringify(seed.body));
    expectSameAsCanonical(normalizeError(body, { status: seed.status, headers: seed.headers }), seed);
  });

  it.each(table)('reads $seed.name $form, in a Response', async ({ seed, wrap }) => {
    const body = wrap(JSON.stringify(seed.body));
    const response = new Response(body, { status: seed.status, headers: { ...seed.headers, 'content-type': 'application/json' } });
    expectSameAsCanonical(await normalizeResponse(response), seed);
  });

  it.each(allSeeds)('reads $name given as UTF-8 bytes (a Buffer, a Uint8Array, an ArrayBuffer)', (seed) => {
    const json = JSON.stringify(seed.body);
    const bytes = new TextEncoder().encode(`\uFEFF${json}`);
    for (const body of [Buffer.from(json), bytes, bytes.buffer]) {
      expectSameAsCanonical(normalizeError({ status: seed.status, headers: seed.headers, data: body }), seed);
    }
  });
});


describe('headers in every form apps hold them', () => {
  const seed = seeds[0]!;
  const pairs: [string, string][] = [
    ['Retry-After', '3'],
    ['X-Request-Id', 'req_000'],
    ['Content-Type', 'application/json'],
  ];
  const forms: [string, unknown][] = [
    ['a Headers', new Headers(pairs)],
    ['a record with mixed-case names', { 'RETRY-AFTER': '3', 'x-Request-ID': 'req_000' }],
    ['a record with a numeric value', { 'retry-after': 3, 'x-request-id': 'req_000' }],
    ['an array of pairs', pairs],
    ['a Map', new Map(pairs)],
    ['AxiosHeaders', new AxiosHeaders({ 'Retry-After': '3', 'X-Request-Id': 'req_000' })],
    ["Node's IncomingHttpHeaders (set-cookie as an array)", { 'retry-after': '3', 'x-request-id': 'req_000', 'set-cookie': ['sid=1; HttpOnly', 'b=2'], 'content-type': 'application/json' }],
  ];

  it.each(forms)('reads Retry-After and the request id from %s in the context', (_, headers) => {
    const error = normalizeError(seed.body, { status: seed.status, headers: headers as Headers });
    expectSameAsCanonical(error, seed);
    expect(error).toMatchObject({ retryAfterMs: 3000, requestId: 'req_000' });
  });

  it.each(forms)('reads Retry-After and the request id from %s on a Response-like object', (_, headers) => {
    const error = normalizeError({ status: seed.status, headers, data: seed.body });
    expectSameAsCanonical(error, seed);
    expect(error).toMatchObject({ retryAfterMs: 3000, requestId: 'req_000' });
  });
});

describe('bodies that say nothing', () => {
  it.each([
    [204, 'GET'],
    [205, 'POST'],
    [304, 'GET'],
    [404, 'HEAD'],
    [429, 'HEAD'],
    [503, 'HEAD'],
  ])('reads a %i answer to %s with no body by its status and headers', async (status, method) => {
    const headers = { 'retry-after': '7', 'x-request-id': 'req_empty' };
    const error = await normalizeResponse(new Response(null, { status, headers }), { method });
    expect(facts(error)).toEqual(facts(normalizeError(null, { status, headers })));
    expect(error).toMatchObject({ status, requestId: 'req_empty', method });
    expect(error.message).toBe(defaultMessages[error.kind]);
  });

  it.each(['null', '[]', '{}', 'true', 'false', '0', '42', '""', '  null\n'])('reads a 503 whose body is %j like an empty one', async (text) => {
    const expected = facts(normalizeError(null, { status: 503, headers: { 'retry-after': '7' } }));
    expect(facts(normalizeError(text, { status: 503, headers: { 'retry-after': '7' } }))).toEqual(expected);
    const response = new Response(text, { status: 503, headers: { 'content-type': 'application/json', 'retry-after': '7' } });
    expect(facts(await normalizeResponse(response))).toEqual(expected);
    expect(expected).toMatchObject({ kind: 'unavailable', message: defaultMessages.unavailable, retryAfterMs: 7000 });
  });

  it.each(seeds)('reads a truncated $name (connection cut mid-body) by its status and headers, never as JSON shards', async (seed) => {
    const json = JSON.stringify(seed.body);
    for (const cut of [1, Math.floor(json.length / 2), json.length - 1]) {
      const response = new Response(json.slice(0, cut), { status: seed.status, headers: { ...seed.headers, 'content-type': 'application/json' } });
      const error = await normalizeResponse(response);
      const expected = canonical(seed);
      expect(error).toMatchObject({ status: seed.status, requestId: expected.requestId });
      expect(error.kind).toBe(normalizeError(null, { status: seed.status }).kind);
      // Half a JSON document is not a message a person can read.
      expect(error.message).not.toMatch(/[{}[\]"]/);
    }
  });

  it.each(seeds)('reads $name followed by a megabyte of padding like the plain body', async (seed) => {
    const huge = { ...seed.body, debug: 'x'.repeat(1_000_000) };
    const text = `${JSON.stringify(huge)}${' '.repeat(1_000_000)}`;
    const expected = facts(normalizeError(huge, { status: seed.status, headers: seed.headers }));
    const error = await normalizeResponse(new Response(text, { status: seed.status, headers: { ...seed.headers, 'content-type': 'application/json' } }));
    expect(facts(error)).toEqual(expected);
    expect(error).toMatchObject({ kind: canonical(seed).kind, code: canonical(seed).code, message: canonical(seed).message });
    expect(error.message.length).toBeLessThanOrEqual(500);
  });
});

describe('bodies in forms that are not the JSON they hold', () => {
  const seed = seeds[1]!;

  it('reads a body whose stream breaks mid-way (connection reset) by its status and headers, never rejecting', async () => {
    const json = new TextEncoder().encode(JSON.stringify(seed.body));
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(json.slice(0, 20));
        controller.error(new TypeError('terminated'));
      },
    });
    const error = await normalizeResponse(new Response(stream, { status: seed.status, headers: { ...seed.headers, 'content-type': 'application/json' } }));
    expect(error).toMatchObject({ kind: normalizeError(null, { status: seed.status }).kind, status: seed.status, requestId: 'req_001' });
    expect(error.message).not.toMatch(/[{}"]/);
  });

  it('reads a message sent as a JSON string (ASP.NET `"Unauthorized"`) without its quotes', async () => {
    const response = new Response('"Invalid API key provided: eyJhb..."', { status: 401, headers: { 'content-type': 'application/json; charset=utf-8' } });
    expect(await normalizeResponse(response)).toMatchObject({ kind: 'unauthenticated', message: expect.not.stringMatching(/^"|"$/) as unknown });
    expect(normalizeError('"Rate limit exceeded"', { status: 429 })).toMatchObject({ kind: 'rate_limited', message: 'Rate limit exceeded' });
  });

  it('reads a proxy HTML page mislabelled application/json as its title, never markup', async () => {
    const html = '<html><head><title>502 Bad Gateway</title></head><body><h1>502 Bad Gateway</h1></body></html>';
    const error = await normalizeResponse(new Response(html, { status: 502, headers: { 'content-type': 'application/json' } }));
    expect(error).toMatchObject({ kind: 'unavailable', status: 502, message: '502 Bad Gateway' });
  });

  it('reads an event stream that failed (an AI API streaming its error) by its error event', async () => {
    const sse = 'event: message_start\ndata: {"type":"message_start"}\n\nevent: error\ndata: {"type":"error","error":{"type":"overloaded_error","message":"Overloaded"}}\n\n';
    const error = await normalizeResponse(new Response(sse, { status: 200, headers: { 'content-type': 'text/event-stream' } }));
    expect(error).toMatchObject({ kind: 'unavailable', code: 'overloaded_error', message: 'Overloaded', retryable: true });
    const lone = 'data: {"error":{"message":"Rate limit reached for requests","type":"requests","code":"rate_limit_exceeded"}}\n\n';
    expect(normalizeError(lone, { status: 429 })).toMatchObject({ kind: 'rate_limited', code: 'rate_limit_exceeded', message: 'Rate limit reached for requests' });
    // A stream that says nothing readable leaves the status to speak, never its raw lines.
    expect(normalizeError('event: ping\n\n', { status: 503 })).toMatchObject({ kind: 'unavailable', message: defaultMessages.unavailable });
  });

  it('keeps plain text that merely starts like JSON as the message', () => {
    expect(normalizeError('[ERROR] upstream timed out', { status: 504 })).toMatchObject({ kind: 'timeout', message: '[ERROR] upstream timed out' });
    expect(normalizeError('404 page not found', { status: 404 })).toMatchObject({ kind: 'not_found', message: '404 page not found' });
  });

  it.each([
    ['a Blob (axios responseType blob)', new Blob([JSON.stringify(seed.body)], { type: 'application/json' })],
    ['a ReadableStream', new ReadableStream()],
    ['a Promise (a forgotten await on response.json())', Promise.resolve(seed.body)],
    ['URLSearchParams', new URLSearchParams('error=x')],
  ])('reads data that cannot be read synchronously, %s, by status and headers alone', (_, data) => {
    const error = normalizeError({ status: seed.status, headers: seed.headers, data });
    expect(error).toMatchObject({ kind: normalizeError(null, { status: seed.status }).kind, status: seed.status, requestId: 'req_001', details: {} });
    expect(error.message).toBe(defaultMessages[error.kind]);
  });
});
