import { describe, expect, it } from 'vitest';
import { createFetcher } from '../../src/fetch/createFetcher.js';
import { isErrorBody, normalizeError } from '../../src/normalize/index.js';

// tRPC is how many React apps talk to their own server, through TanStack Query; JSON-RPC 2.0 is how they talk to
// Ethereum nodes and MCP servers. Bodies as tRPC v10/v11 and the JSON-RPC spec send them.

const zodIssues = [
  { code: 'too_small', minimum: 1, type: 'string', inclusive: true, exact: false, message: 'Enter a title', path: ['title'] },
  { code: 'invalid_type', expected: 'number', received: 'string', message: 'Expected number, received string', path: ['author', 'age'] },
];
const trpcError = (message: string, code: number, data: Record<string, unknown>) => ({ error: { message, code, data } });

describe('tRPC errors', () => {
  it('reads an input that failed its Zod schema: fields from the issues, never their JSON as the message', () => {
    const body = trpcError(JSON.stringify(zodIssues, null, 2), -32600, { code: 'BAD_REQUEST', httpStatus: 400, path: 'post.create', stack: 'TRPCError: …\n    at …' });
    const error = normalizeError(body, { status: 400 });
    expect(error).toMatchObject({ kind: 'validation', code: 'BAD_REQUEST', retryable: false, message: 'The request is invalid.' });
    expect(error.fields).toEqual([
      { field: 'title', message: 'Enter a title', code: 'too_small' },
      { field: 'author.age', message: 'Expected number, received string', code: 'invalid_type' },
    ]);
    // The server's stack trace (tRPC sends it in development) is not kept for the screen or a report.
    expect(JSON.stringify(error.details)).not.toContain('TRPCError');
    expect(error.details).toMatchObject({ path: 'post.create' });
  });

  it("reads the flattened zodError of tRPC's documented error formatter, and a form-level error as the message", () => {
    const zodError = { formErrors: ['Dates are out of order'], fieldErrors: { title: ['Required'] } };
    const error = normalizeError(trpcError('Input validation failed', -32600, { code: 'BAD_REQUEST', httpStatus: 400, zodError }), { status: 400 });
    expect(error).toMatchObject({ kind: 'validation', message: 'Input validation failed', fields: [{ field: 'title', message: 'Required' }] });
    const dumped = normalizeError(trpcError(JSON.stringify(zodIssues), -32600, { code: 'BAD_REQUEST', httpStatus: 400, zodError }), { status: 400 });
    expect(dumped.message).toBe('Dates are out of order');
  });

  it('reads the named code for the kind, inside superjson\'s wrapper and in a batch', () => {
    const cases: [unknown, number, string, string][] = [
      [trpcError('You must be signed in', -32001, { code: 'UNAUTHORIZED', httpStatus: 401 }), 401, 'unauthenticated', 'UNAUTHORIZED'],
      [trpcError('Not yours', -32003, { code: 'FORBIDDEN', httpStatus: 403 }), 403, 'forbidden', 'FORBIDDEN'],
      [{ error: { json: { message: 'Post not found', code: -32004, data: { code: 'NOT_FOUND', httpStatus: 404, path: 'post.byId' } } } }, 404, 'not_found', 'NOT_FOUND'],
      [[trpcError('Slow down', -32029, { code: 'TOO_MANY_REQUESTS', httpStatus: 429 })], 429, 'rate_limited', 'TOO_MANY_REQUESTS'],
      [trpcError('Title taken', -32009, { code: 'CONFLICT', httpStatus: 409 }), 409, 'conflict', 'CONFLICT'],
      [trpcError('Something broke', -32603, { code: 'INTERNAL_SERVER_ERROR', httpStatus: 500 }), 500, 'server', 'INTERNAL_SERVER_ERROR'],
    ];
    for (const [body, status, kind, code] of cases) expect(normalizeError(body, { status }), code).toMatchObject({ kind, code, status });
    // The status tRPC states in the body serves when the transport lost it.
    expect(normalizeError(trpcError('Post not found', -32004, { code: 'NOT_FOUND', httpStatus: 404 })).status).toBe(404);
  });
});

describe('JSON-RPC 2.0 errors', () => {
  const rpc = (code: number, message: string, data?: unknown) => ({ jsonrpc: '2.0', id: 1, error: { code, message, data } });

  it('maps the reserved codes, and reads server-defined ones by their text', () => {
    expect(normalizeError(rpc(-32700, 'Parse error'), { status: 200 })).toMatchObject({ kind: 'validation', code: '-32700' });
    expect(normalizeError(rpc(-32600, 'Invalid Request'), { status: 200 }).kind).toBe('validation');
    expect(normalizeError(rpc(-32601, 'Method not found'), { status: 200 }).kind).toBe('not_found');
    expect(normalizeError(rpc(-32602, 'Invalid params'), { status: 200 }).kind).toBe('validation');
    expect(normalizeError(rpc(-32603, 'Internal error'), { status: 200 })).toMatchObject({ kind: 'server', retryable: true });
    expect(normalizeError(rpc(-32005, 'daily request count exceeded, request rate limited'), { status: 200 })).toMatchObject({ kind: 'rate_limited', retryable: true });
    expect(normalizeError(rpc(3, 'execution reverted', '0x08c379a0'), { status: 200 })).toMatchObject({ code: '3', message: 'execution reverted', details: { data: '0x08c379a0' } });
  });

  it('is a failure even at HTTP 200, so the fetcher throws it', async () => {
    const body = rpc(-32601, 'Method not found');
    expect(isErrorBody(body)).toBe(true);
    expect(isErrorBody({ jsonrpc: '2.0', id: 1, result: '0x10' })).toBe(false);
    const fetcher = createFetcher({ fetch: async () => Response.json(body) });
    await expect(fetcher('/rpc', { method: 'POST' })).rejects.toMatchObject({ kind: 'not_found', code: '-32601' });
  });

  it('leaves an ordinary envelope with a numeric code to the envelope reader', () => {
    // Meta's `{ error: { code: 190 } }` is no JSON-RPC error: no `jsonrpc` member and not in the reserved range.
    expect(normalizeError({ error: { message: 'Error validating access token', type: 'OAuthException', code: 190 } }, { status: 400 })).toMatchObject({ kind: 'unauthenticated', code: '190' });
  });
});

describe('Zod errors an app sends as they are', () => {
  it('reads a serialized ZodError, its issues array, flatten() and format()', () => {
    const expected = [{ field: 'title', message: 'Enter a title' }];
    expect(normalizeError({ name: 'ZodError', issues: zodIssues.slice(0, 1) }, { status: 400 }).fields).toMatchObject(expected);
    expect(normalizeError(zodIssues.slice(0, 1), { status: 400 }).fields).toMatchObject(expected);
    expect(normalizeError({ formErrors: [], fieldErrors: { title: ['Enter a title'] } }, { status: 400 }).fields).toMatchObject(expected);
    expect(normalizeError({ _errors: [], title: { _errors: ['Enter a title'] } }, { status: 400 }).fields).toMatchObject(expected);
    // Hono's zod-validator answers `{ success: false, error: ZodError }`.
    expect(normalizeError({ success: false, error: { name: 'ZodError', issues: zodIssues.slice(0, 1) } }, { status: 400 }).fields).toMatchObject(expected);
  });

  it('never shows a JSON dump as the message', () => {
    const error = normalizeError({ message: '{"error":{"message":"upstream failed"}}' }, { status: 502 });
    expect(error.message).toBe('The service is temporarily unavailable.');
  });
});
