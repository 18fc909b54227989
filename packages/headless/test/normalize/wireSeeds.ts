// The seed errors and the yardstick shared by the wire-form tests: every form of a response must read exactly like
// the canonical one, `normalizeError(parsedBody, { status, headers })`, and never show a secret.
import { expect } from 'vitest';
import type { ApiError } from '../../src/ApiError.js';
import { normalizeError } from '../../src/normalize/index.js';

export interface Seed {
  name: string;
  status: number;
  body: Record<string, unknown>;
  headers: Record<string, string>;
}

// Bodies verbatim from /work/shared/seeds (000: the documented shape with a documented error_type and its description).
export const seeds: Seed[] = [
  {
    name: '000 Defastra rate limit',
    status: 429,
    body: {
      status: false,
      error_type: 'RATE_LIMITED_2_PER_SECOND',
      error_message: 'You have performed too many requests in 1 minute or in 5 seconds. Please refer to our Rate limiting section below',
    },
    headers: { 'Retry-After': '3', 'X-Request-Id': 'req_000' },
  },
  {
    name: '001 missing parameter',
    status: 400,
    body: { error: { code: 'missing_parameter', message: 'Missing required parameter: amount', param: 'amount', type: 'invalid_request_error' } },
    headers: { 'Request-Id': 'req_001' },
  },
  {
    name: '001 invalid API key (echoes a key)',
    status: 401,
    body: { error: { code: 'invalid_api_key', message: 'Invalid API key provided: eyJhb...', type: 'authentication_error' } },
    headers: { 'X-Request-Id': 'req_001b' },
  },
  {
    name: '004 Defendis watchlist quota',
    status: 409,
    body: { error: 'quota_domains_reached', metric: 'domains', used: 10, limit: 10, requestedIncrement: 1 },
    headers: { 'x-request-id': 'req_004' },
  },
];

// A secret echoed by a server in the seed 001 shape: it must never reach the message.
export const JWT = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U';
const secretSeed: Seed = {
  name: '001 shape echoing a full JWT',
  status: 401,
  body: { error: { code: 'invalid_api_key', message: `Invalid API key provided: ${JWT}`, type: 'authentication_error' } },
  headers: { 'X-Request-Id': 'req_secret' },
};
export const allSeeds = [...seeds, secretSeed];

/** What a user reads off an error; the same for every form of the same response. */
export const facts = (e: ApiError) => ({
  kind: e.kind,
  status: e.status,
  code: e.code,
  fields: e.fields,
  retryable: e.retryable,
  retryAfterMs: e.retryAfterMs,
  requestId: e.requestId,
  message: e.message,
  details: e.details,
});

export const canonical = (seed: Seed) => facts(normalizeError(seed.body, { status: seed.status, headers: new Headers(seed.headers) }));

export function expectSameAsCanonical(actual: ApiError, seed: Seed): void {
  expect(facts(actual)).toEqual(canonical(seed));
  expect(actual.message).not.toContain('eyJhbGci');
  expect(actual.message).not.toMatch(/sk_live_\w/);
}
