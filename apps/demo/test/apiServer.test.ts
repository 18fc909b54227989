// @vitest-environment node
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startApiServer, type ApiServer } from '../server/apiServer.mjs';

let server: ApiServer;
let clock = 1_000_000;

beforeAll(async () => {
  server = await startApiServer({ port: 0, now: () => clock, slowMs: 60_000, rateLimitRetryAfterS: 7 });
});
afterAll(async () => {
  await server.close();
});
beforeEach(() => {
  server.state.reset();
  clock += 120_000;
});

const KEY = { 'x-api-key': 'demo', 'content-type': 'application/json' };

async function call(path: string, init: { method?: string; body?: unknown; headers?: Record<string, string> } = {}) {
  const response = await fetch(`${server.url}${path}`, {
    method: init.method ?? (init.body === undefined ? 'GET' : 'POST'),
    headers: init.headers ?? KEY,
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
  const text = await response.text();
  const type = response.headers.get('content-type') ?? '';
  return { status: response.status, headers: response.headers, type, body: type.includes('json') ? JSON.parse(text) : text };
}

describe('the demo API server', () => {
  it('listens on 127.0.0.1 on a free port and tags every answer with a request id', async () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(server.port).toBeGreaterThan(0);
    const res = await call('/api/health');
    expect(res.status).toBe(200);
    expect(res.headers.get('x-request-id')).toMatch(/^req_[0-9a-f]{12}$/);
  });
});

describe('Defastra-style checks and wallet (seed 000)', () => {
  it('answers a valid email check with status true and debits the wallet', async () => {
    const res = await call('/api/check/email', { body: { email: 'ada@example.com' } });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: true, email: 'ada@example.com', cost: 0.4, balance: 0.6 });
    expect((await call('/api/wallet')).body).toMatchObject({ status: true, balance: 0.6, check_cost: 0.4 });
  });

  it('refuses a malformed email with INVALID_REQUEST_EMAIL in an HTTP 200 and does not debit', async () => {
    const res = await call('/api/check/email', { body: { email: 'not-an-email' } });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      status: false,
      error_type: 'INVALID_REQUEST_EMAIL',
      error_message: 'The specified email is not valid. Please submit a valid email address format',
    });
    expect((await call('/api/wallet')).body).toMatchObject({ balance: 1 });
  });

  it('refuses a phone number that is not in international format with INVALID_REQUEST_PHONE', async () => {
    const res = await call('/api/check/phone', { body: { phone: '06 12' } });
    expect(res.body).toMatchObject({ status: false, error_type: 'INVALID_REQUEST_PHONE' });
    const ok = await call('/api/check/phone', { body: { phone: '33600000000' } });
    expect(ok.body).toMatchObject({ status: true, phone: '33600000000' });
  });

  it('answers NO_KEY without an API key and INACTIVE_API_KEY for a deactivated one', async () => {
    const missing = await call('/api/check/email', { body: { email: 'a@b.co' }, headers: { 'content-type': 'application/json' } });
    expect(missing.body).toEqual({ status: false, error_type: 'NO_KEY', error_message: 'No API key specified' });
    const inactive = await call('/api/wallet', { headers: { 'x-api-key': 'deactivated' } });
    expect(inactive.body).toMatchObject({ status: false, error_type: 'INACTIVE_API_KEY' });
  });

  it('runs the wallet out after two checks with INSUFFICIENT_FUNDS in an HTTP 200, with the figures', async () => {
    await call('/api/check/email', { body: { email: 'a@b.co' } });
    clock += 1_000;
    await call('/api/check/email', { body: { email: 'a@b.co' } });
    clock += 1_000;
    const res = await call('/api/check/email', { body: { email: 'a@b.co' } });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      status: false,
      error_type: 'INSUFFICIENT_FUNDS',
      error_message: 'You do not have enough funds to perform this request',
      balance: 0.2,
      cost: 0.4,
    });
  });

  it('lets a top-up bring the wallet back and rejects a nonsense amount with INVALID_PARAMETER', async () => {
    const bad = await call('/api/wallet/topup', { body: { amount: -5 } });
    expect(bad.body).toMatchObject({ status: false, error_type: 'INVALID_PARAMETER' });
    const good = await call('/api/wallet/topup', { body: { amount: 5 } });
    expect(good.body).toEqual({ status: true, balance: 6, currency: 'EUR' });
  });

  it('allows two checks per second and refuses the third with RATE_LIMITED_2_PER_SECOND', async () => {
    const first = await call('/api/check/email', { body: { email: 'a@b.co' } });
    const second = await call('/api/check/email', { body: { email: 'a@b.co' } });
    const third = await call('/api/check/email', { body: { email: 'a@b.co' } });
    expect([first.body.status, second.body.status]).toEqual([true, true]);
    expect(third.body).toMatchObject({ status: false, error_type: 'RATE_LIMITED_2_PER_SECOND' });
    clock += 1_000;
    expect((await call('/api/check/email', { body: { email: 'a@b.co' } })).body).toMatchObject({ status: false, error_type: 'INSUFFICIENT_FUNDS' });
  });

  it('refuses the 61st check within a minute with RATE_LIMITED_60_PER_MINUTE', async () => {
    await call('/api/wallet/topup', { body: { amount: 100 } });
    for (let i = 0; i < 60; i += 1) {
      const res = await call('/api/check/email', { body: { email: 'a@b.co' } });
      expect(res.body.status).toBe(true);
      clock += 600;
    }
    const res = await call('/api/check/email', { body: { email: 'a@b.co' } });
    expect(res.body).toMatchObject({ status: false, error_type: 'RATE_LIMITED_60_PER_MINUTE' });
  });
});

describe('leads API (seed 002)', () => {
  const lead = { name: 'Ada', email: 'ada@example.com', phone: '14567890000' };

  it('creates a lead with 201 and refuses the same phone with 409 ALREADY_EXISTS', async () => {
    const created = await call('/api/leads', { body: lead });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ success: true, data: { id: 'lead_1', phone: '14567890000' } });
    const again = await call('/api/leads', { body: lead });
    expect(again.status).toBe(409);
    expect(again.body).toEqual({
      success: false,
      error: { code: 'ALREADY_EXISTS', message: 'A lead with this phone number already exists' },
    });
  });

  it('names the field: VALIDATION_ERROR with details.field and MISSING_FIELD for an absent phone', async () => {
    const bad = await call('/api/leads', { body: { ...lead, email: 'ada' } });
    expect(bad.status).toBe(400);
    expect(bad.body).toEqual({
      success: false,
      error: { code: 'VALIDATION_ERROR', message: 'Invalid request data', details: { field: 'email', reason: 'Invalid email format' } },
    });
    const missing = await call('/api/leads', { body: { name: 'Ada', email: 'ada@example.com' } });
    expect(missing.status).toBe(400);
    expect(missing.body).toEqual({
      success: false,
      error: { code: 'MISSING_FIELD', message: 'Required field missing', details: { field: 'phone' } },
    });
  });

  it('answers 401 UNAUTHORIZED, 403 FORBIDDEN and 404 NOT_FOUND like the vendor', async () => {
    const unauth = await call('/api/leads', { headers: {} });
    expect(unauth.status).toBe(401);
    expect(unauth.body).toEqual({ success: false, error: { code: 'UNAUTHORIZED', message: 'Invalid or missing API key' } });
    const forbidden = await call('/api/leads', { body: lead, headers: { 'x-api-key': 'readonly', 'content-type': 'application/json' } });
    expect(forbidden.status).toBe(403);
    expect(forbidden.body.error.code).toBe('FORBIDDEN');
    const missing = await call('/api/leads/lead_404');
    expect(missing.status).toBe(404);
    expect(missing.body).toEqual({ success: false, error: { code: 'NOT_FOUND', message: 'Lead not found' } });
  });

  it('refuses a sixth lead within a minute with 429 RATE_LIMIT_EXCEEDED and details.retry_after in seconds', async () => {
    for (let i = 0; i < 5; i += 1) {
      const res = await call('/api/leads', { body: { ...lead, phone: `1456789000${i}` } });
      expect(res.status).toBe(201);
      clock += 1_000;
    }
    const res = await call('/api/leads', { body: { ...lead, phone: '14567890009' } });
    expect(res.status).toBe(429);
    expect(res.body).toEqual({
      success: false,
      error: { code: 'RATE_LIMIT_EXCEEDED', message: 'Too many requests', details: { retry_after: 55 } },
    });
  });
});

describe('watchlist with a workspace quota (seed 004)', () => {
  it('adds the tenth domain, then refuses the eleventh with 409 quota_domains_reached and the figures', async () => {
    const list = await call('/api/watchlist');
    expect(list.body).toMatchObject({ used: 9, limit: 10 });
    expect((await call('/api/watchlist', { body: { domain: 'new.test' } })).status).toBe(201);
    const res = await call('/api/watchlist', { body: { domain: 'one-more.test' } });
    expect(res.status).toBe(409);
    expect(res.body).toEqual({ error: 'quota_domains_reached', metric: 'domains', used: 10, limit: 10, requestedIncrement: 1 });
  });

  it('frees a slot when a domain is removed, and answers 404 text for an unknown one', async () => {
    expect((await call('/api/watchlist/example.com', { method: 'DELETE' })).status).toBe(204);
    const gone = await call('/api/watchlist/example.com', { method: 'DELETE' });
    expect(gone.status).toBe(404);
    expect(gone.body).toEqual({ error: 'Domain not found in watchlist' });
    expect((await call('/api/watchlist')).body).toMatchObject({ used: 8, limit: 10 });
  });

  it('answers 401 with the error as text when the key is missing, and 400 for a bad domain', async () => {
    const res = await call('/api/watchlist', { headers: {} });
    expect(res.status).toBe(401);
    expect(res.body).toEqual({ error: 'Missing API key' });
    const bad = await call('/api/watchlist', { body: { domain: 'not a domain' } });
    expect(bad.status).toBe(400);
    expect(bad.body).toEqual({ error: 'Missing or invalid parameter: domain' });
  });
});

describe('Stripe-like accounts with the page\'s test values (seed 001)', () => {
  const TOKEN = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJkZW1vIn0.c2lnbmF0dXJl';
  const bearer = (key: string) => ({ authorization: `Bearer ${key}`, 'content-type': 'application/json' });
  const create = (email: unknown, key = TOKEN) => call('/api/v1/accounts', { body: { email }, headers: bearer(key) });

  it('creates an account with 201 for a good email and lists it', async () => {
    const res = await create('ada@example.com');
    expect(res.status).toBe(201);
    expect(res.body).toEqual({ id: 'acct_0001', object: 'account', email: 'ada@example.com', created: Math.floor(clock / 1000) });
    const list = await call('/api/v1/accounts', { headers: bearer(TOKEN) });
    expect(list.body).toEqual({ object: 'list', data: [res.body], has_more: false });
  });

  it('answers 401 authentication_required, verbatim, when no key is sent', async () => {
    const res = await call('/api/v1/accounts', { body: { email: 'ada@example.com' }, headers: { 'content-type': 'application/json' } });
    expect(res.status).toBe(401);
    expect(res.body).toEqual({ error: { code: 'authentication_required', message: 'No API key provided', type: 'authentication_error' } });
  });

  it('always answers 400 for the test key ending in error_400, whatever the body', async () => {
    const res = await create('ada@example.com', 'eyJhb...error_400');
    expect(res.status).toBe(400);
    expect(res.body).toEqual({ error: { code: 'invalid_request', message: 'Invalid request parameters', type: 'invalid_request_error' } });
    expect((await call('/api/v1/accounts', { headers: bearer('eyJhbGciOiJIUzI1NiJ9.e30.error_400') })).status).toBe(400);
  });

  it('always answers 401 invalid_api_key for the test key ending in error_401, without echoing the key', async () => {
    const key = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJkZW1vIn0.error_401';
    const res = await create('ada@example.com', key);
    expect(res.status).toBe(401);
    expect(res.body).toEqual({ error: { code: 'invalid_api_key', message: 'Invalid API key provided: eyJhb...', type: 'authentication_error' } });
    expect(JSON.stringify(res.body)).not.toContain(key);
  });

  it('always answers 500 for the test key ending in error_500', async () => {
    const res = await call('/api/v1/accounts', { headers: bearer('eyJhb...error_500') });
    expect(res.status).toBe(500);
    expect(res.body).toEqual({ error: { code: 'api_error', message: 'Something went wrong on our end', type: 'api_error' } });
  });

  it('answers the page\'s missing-parameter body when the email is absent', async () => {
    const res = await call('/api/v1/accounts', { body: {}, headers: bearer(TOKEN) });
    expect(res.status).toBe(400);
    expect(res.body).toEqual({
      error: { code: 'invalid_request', message: 'Missing required parameter: email', param: 'email', type: 'invalid_request_error' },
    });
  });

  it('answers 400 invalid_parameter naming the email for error@400.com and for a malformed address', async () => {
    const expected = {
      error: { code: 'invalid_parameter', message: 'Invalid email: must be a valid email address', param: 'email', type: 'invalid_request_error' },
    };
    const forced = await create('error@400.com');
    expect(forced.status).toBe(400);
    expect(forced.body).toEqual(expected);
    const malformed = await create('ada.example.com');
    expect(malformed.status).toBe(400);
    expect(malformed.body).toEqual(expected);
  });

  it('answers 404 resource_not_found for error@404.com and for an unknown account id', async () => {
    const forced = await create('error@404.com');
    expect(forced.status).toBe(404);
    expect(forced.body).toEqual({
      error: { code: 'resource_not_found', message: 'No account found with email: error@404.com', param: 'email', type: 'invalid_request_error' },
    });
    const unknown = await call('/api/v1/accounts/acc_123', { headers: bearer(TOKEN) });
    expect(unknown.status).toBe(404);
    expect(unknown.body).toEqual({
      error: { code: 'resource_not_found', message: 'No account found with id: acc_123', param: 'id', type: 'invalid_request_error' },
    });
  });

  it('answers 429 rate_limit_exceeded with a Retry-After for error@429.com, and creates nothing', async () => {
    const res = await create('error@429.com');
    expect(res.status).toBe(429);
    expect(res.headers.get('retry-after')).toBe('7');
    expect(res.body).toEqual({
      error: { code: 'rate_limit_exceeded', message: 'Too many requests. Please wait before making another request', type: 'rate_limit_error' },
    });
    expect((await call('/api/v1/accounts', { headers: bearer(TOKEN) })).body).toMatchObject({ data: [] });
  });
});

describe('switchable outages', () => {
  it('answers 503 SERVICE_UNAVAILABLE with Retry-After while the outage is on, then recovers when switched off', async () => {
    await call('/api/outage', { body: { mode: 'unavailable' } });
    const res = await call('/api/wallet');
    expect(res.status).toBe(503);
    expect(res.headers.get('retry-after')).toBe('5');
    expect(res.body).toEqual({ error: { code: 'SERVICE_UNAVAILABLE', message: 'The service is temporarily unavailable' } });
    await call('/api/outage', { body: { mode: 'none' } });
    expect((await call('/api/wallet')).status).toBe(200);
  });

  it('answers 500 INTERNAL_ERROR for the given number of requests, then recovers by itself', async () => {
    await call('/api/outage', { body: { mode: 'server', remaining: 2 } });
    const first = await call('/api/watchlist');
    const second = await call('/api/watchlist');
    const third = await call('/api/watchlist');
    expect([first.status, second.status, third.status]).toEqual([500, 500, 200]);
    expect(first.body).toEqual({ error: { code: 'INTERNAL_ERROR', message: 'An internal server error occurred' } });
  });

  it('answers a proxy HTML page with 502 in html mode', async () => {
    await call('/api/outage', { body: { mode: 'html' } });
    const res = await call('/api/leads');
    expect(res.status).toBe(502);
    expect(res.type).toBe('text/html');
    expect(res.body).toContain('<title>502 Bad Gateway</title>');
  });

  it('drops the connection without a response in network mode', async () => {
    await call('/api/outage', { body: { mode: 'network' } });
    await expect(fetch(`${server.url}/api/wallet`, { headers: KEY })).rejects.toThrow(TypeError);
  });

  it('holds requests in slow mode so a client timeout fires first', async () => {
    await call('/api/outage', { body: { mode: 'slow' } });
    const attempt = fetch(`${server.url}/api/wallet`, { headers: KEY, signal: AbortSignal.timeout(50) });
    await expect(attempt).rejects.toMatchObject({ name: 'TimeoutError' });
  });

  it('refuses an unknown outage mode with 400 and reports the current one', async () => {
    const res = await call('/api/outage', { body: { mode: 'meteor' } });
    expect(res.status).toBe(400);
    expect((await call('/api/outage')).body).toEqual({ mode: 'none', remaining: null, slowMs: 60_000 });
  });

  it('answers unknown endpoints with RFC 9457 problem details', async () => {
    const res = await call('/api/nothing-here');
    expect(res.status).toBe(404);
    expect(res.type).toBe('application/problem+json');
    expect(res.body).toMatchObject({ title: 'Not Found', status: 404 });
  });
});
