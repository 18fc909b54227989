import { describe, expect, it } from 'vitest';
import type { ApiError } from '../../src/ApiError.js';
import { normalizeError, normalizeResponse } from '../../src/normalize/index.js';
import { publicApiCases, type PublicApiCase } from '../fixtures/publicApis.js';
import { publicApiBlindCases } from '../fixtures/publicApisBlind.js';
import { publicApiBlind3Cases } from '../fixtures/publicApisBlind3.js';
import { publicApiBlind4Cases } from '../fixtures/publicApisBlind4.js';
import { publicApiBlind5Cases } from '../fixtures/publicApisBlind5.js';
import { publicApiBlind6Cases } from '../fixtures/publicApisBlind6.js';
import { publicApiBlind7Cases } from '../fixtures/publicApisBlind7.js';
import { publicApiBlind8Cases } from '../fixtures/publicApisBlind8.js';
import { publicApiBlind9Cases } from '../fixtures/publicApisBlind9.js';
import { publicApiBlind10Cases } from '../fixtures/publicApisBlind10.js';
import { publicApiBlind11Cases } from '../fixtures/publicApisBlind11.js';
import { publicApiBlind12Cases } from '../fixtures/publicApisBlind12.js';
import { publicApiBlind13Cases } from '../fixtures/publicApisBlind13.js';
import { publicApiBlind14Cases } from '../fixtures/publicApisBlind14.js';
import { publicApiBlind15Cases } from '../fixtures/publicApisBlind15.js';
import { publicApiBlind16Cases } from '../fixtures/publicApisBlind16.js';
import { publicApiBlind17Cases } from '../fixtures/publicApisBlind17.js';
import { publicApiBlind18Cases } from '../fixtures/publicApisBlind18.js';
import { publicApiBlind19Cases } from '../fixtures/publicApisBlind19.js';
import { publicApiBlind20Cases } from '../fixtures/publicApisBlind20.js';
import { publicApiBlind21Cases } from '../fixtures/publicApisBlind21.js';
import { publicApiBlind22Cases } from '../fixtures/publicApisBlind22.js';
import { publicApiBlind23Cases } from '../fixtures/publicApisBlind23.js';
import { publicApiBlind24Cases } from '../fixtures/publicApisBlind24.js';

const wire = (c: PublicApiCase): string => (typeof c.body === 'string' ? c.body : JSON.stringify(c.body));

const toResponse = (c: PublicApiCase): Response =>
  new Response(wire(c), { status: c.status, headers: { 'content-type': 'application/json', ...c.headers } });

/** The parts of an ApiError the corpus states, in the corpus' shape. */
function reading(error: ApiError, c: PublicApiCase) {
  const { expected } = c;
  return {
    kind: error.kind,
    retryable: error.retryable,
    ...('code' in expected ? { code: error.code } : {}),
    ...('fields' in expected ? { fields: error.fields.map((f) => [f.field, f.message]) } : {}),
    ...('retryAfterMs' in expected ? { retryAfterMs: error.retryAfterMs } : {}),
    ...('requestId' in expected ? { requestId: error.requestId } : {}),
    ...('message' in expected ? { message: error.message } : {}),
  };
}

function expectHumanMessage(message: string) {
  expect(message.trim()).not.toBe('');
  expect(message).not.toContain('[object');
  // Never markup and never a JSON dump. Angle brackets in server words (InfluxDB's `bucket "<gg>"`, Neo4j's `expected
  // <init>`) are text, rendered as text; HTML elements are markup.
  expect(message).not.toMatch(/<\/?(!doctype|html|head|body|title|div|span|p|a|b|i|em|strong|h[1-6]|pre|br|hr|center|table|tr|td|ul|li|img|script|style)\b[^>]*>/i);
  expect(message).not.toMatch(/^\s*[[{]\s*["[{]/);
  expect(message.length).toBeLessThanOrEqual(500);
}

/** The same two checks for every case: read from the wire, and from a parsed body. */
function checksCase(c: PublicApiCase) {
  it('normalizes the response read from the wire as documented', async () => {
    const error = await normalizeResponse(toResponse(c), { method: 'POST' });
    expect(reading(error, c)).toEqual(c.expected);
    expect(error.status).toBe(c.status);
    expectHumanMessage(error.message);
  });

  it('reads the same from an already-parsed body with status and headers', () => {
    const body = typeof c.body === 'string' ? c.body : JSON.parse(wire(c));
    const error = normalizeError(body, { status: c.status, headers: c.headers });
    expect(reading(error, c)).toEqual(c.expected);
    expectHumanMessage(error.message);
  });
}

describe('real error responses of public APIs (corpus)', () => {
  it('covers at least 80 responses across payments, AI, cloud, auth, messaging, frameworks and proxies', () => {
    expect(publicApiCases.length).toBeGreaterThanOrEqual(80);
    const groups = new Set(publicApiCases.map((c) => c.group));
    for (const group of ['payments', 'ai', 'cloud', 'auth', 'messaging', 'frameworks', 'proxies']) expect(groups).toContain(group);
  });

  describe.each(publicApiCases.map((c) => [c.name, c] as const))('%s', (_name, c) => checksCase(c));

  it('keeps secrets that vendors echo back out of the message', () => {
    const c = publicApiCases.find((x) => x.name.startsWith('OpenAI: invalid_api_key'))!;
    const error = normalizeError(c.body, { status: c.status });
    expect(error.message).not.toContain('AbCdEfGhIjKlMnOp1234');
    expect(error.message).toContain('[redacted]');
  });
});

describe('real error responses of public APIs never seen while writing the rules (blind round 2)', () => {
  it('covers at least 50 responses from APIs outside the first corpus', () => {
    expect(publicApiBlindCases.length).toBeGreaterThanOrEqual(50);
    const seen = new Set(publicApiCases.map((c) => c.name.split(':')[0]));
    for (const c of publicApiBlindCases) expect(seen).not.toContain(c.name.split(':')[0]);
  });

  describe.each(publicApiBlindCases.map((c) => [c.name, c] as const))('%s', (_name, c) => checksCase(c));
});

describe('real error responses of public APIs taken from their documentation text (blind round 3)', () => {
  it('covers at least 50 documented responses from APIs outside the first corpus', () => {
    expect(publicApiBlind3Cases.length).toBeGreaterThanOrEqual(50);
    const seen = new Set(publicApiCases.map((c) => c.name.split(':')[0]));
    for (const c of publicApiBlind3Cases) expect(seen).not.toContain(c.name.split(':')[0]);
  });

  describe.each(publicApiBlind3Cases.map((c) => [c.name, c] as const))('%s', (_name, c) => checksCase(c));
});

describe('real error responses of public APIs taken from their documentation text (blind round 4)', () => {
  it('covers at least 50 documented responses from APIs outside the first corpus', () => {
    expect(publicApiBlind4Cases.length).toBeGreaterThanOrEqual(50);
    const seen = new Set(publicApiCases.map((c) => c.name.split(':')[0]));
    for (const c of publicApiBlind4Cases) expect(seen).not.toContain(c.name.split(':')[0]);
  });

  describe.each(publicApiBlind4Cases.map((c) => [c.name, c] as const))('%s', (_name, c) => checksCase(c));
});

describe('real error responses of public APIs taken from their documentation text (blind round 5)', () => {
  it('covers at least 50 documented responses from APIs outside the first corpus', () => {
    expect(publicApiBlind5Cases.length).toBeGreaterThanOrEqual(50);
    const seen = new Set(publicApiCases.map((c) => c.name.split(':')[0]));
    for (const c of publicApiBlind5Cases) expect(seen).not.toContain(c.name.split(':')[0]);
  });

  describe.each(publicApiBlind5Cases.map((c) => [c.name, c] as const))('%s', (_name, c) => checksCase(c));
});


describe('real error responses of public APIs taken from their documentation text (blind round 6)', () => {
  it('covers at least 50 documented responses from APIs outside the first corpus', () => {
    expect(publicApiBlind6Cases.length).toBeGreaterThanOrEqual(50);
    const seen = new Set(publicApiCases.map((c) => c.name.split(':')[0]));
    for (const c of publicApiBlind6Cases) expect(seen).not.toContain(c.name.split(':')[0]);
  });

  describe.each(publicApiBlind6Cases.map((c) => [c.name, c] as const))('%s', (_name, c) => checksCase(c));
});

// From round 7 on, every case must be new by status and wire body against every corpus before it.
const roundsSince7: [title: string, cases: PublicApiCase[], atLeast: number][] = [
  ['the big vendors, new code families, from their documentation text (blind round 7)', publicApiBlind7Cases, 40],
  ['vendors, frameworks and proxies no earlier round names, from their documentation text (blind round 8)', publicApiBlind8Cases, 45],
  ['frameworks, gateways and hosting no corpus named, from their documentation and sources (blind round 9)', publicApiBlind9Cases, 45],
  ['regional payment, AI, cloud, auth and messaging vendors, from their documentation (blind round 10)', publicApiBlind10Cases, 45],
  ['the CMSs, backends and product APIs a web app calls, from their documentation (blind round 11)', publicApiBlind11Cases, 45],
  ['AI providers, gateways and model servers, from their documentation and issues (blind round 12)', publicApiBlind12Cases, 45],
  ['the most-used APIs, their rate limits and rarer documented errors (blind round 13)', publicApiBlind13Cases, 44],
  ['enterprise, public-sector, health, open-banking and logistics APIs and their standard formats (blind round 14)', publicApiBlind14Cases, 45],
  ['self-hosted and DevOps software, from their documentation and issues (blind round 15)', publicApiBlind15Cases, 45],
  ['messaging, social and regional platforms, several failing at HTTP 200 (blind round 16)', publicApiBlind16Cases, 45],
  ['finance, crypto-exchange, accounting and payroll APIs (blind round 17)', publicApiBlind17Cases, 45],
  ['maps, geo, weather, travel and marketplace APIs (blind round 18)', publicApiBlind18Cases, 45],
  ['the most popular payment, AI and auth APIs, their rarer documented errors (blind round 19)', publicApiBlind19Cases, 45],
  ['the most popular cloud, messaging, framework and proxy answers (blind round 20)', publicApiBlind20Cases, 45],
  ['e-commerce and billing platforms (blind round 21)', publicApiBlind21Cases, 45],
  ['CRM, marketing, support and productivity SaaS (blind round 22)', publicApiBlind22Cases, 45],
  ['media, knowledge, science and public-data APIs (blind round 23)', publicApiBlind23Cases, 45],
  ['the free and freemium APIs tutorials and side projects call (blind round 24)', publicApiBlind24Cases, 45],
];
const roundsBefore7 = [publicApiCases, publicApiBlindCases, publicApiBlind3Cases, publicApiBlind4Cases, publicApiBlind5Cases, publicApiBlind6Cases];

roundsSince7.forEach(([title, cases, atLeast], round) => {
  describe(`real error responses of ${title}`, () => {
    it(`covers at least ${atLeast} documented responses, none sharing body and status with another case of any corpus`, () => {
      expect(cases.length).toBeGreaterThanOrEqual(atLeast);
      const key = (c: PublicApiCase) => `${c.status} ${wire(c)}`;
      const seen = new Set([...roundsBefore7, ...roundsSince7.slice(0, round).map(([, earlier]) => earlier)].flat().map(key));
      for (const c of cases) {
        expect(seen, c.name).not.toContain(key(c));
        seen.add(key(c));
      }
    });

    describe.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => checksCase(c));
  });
});
