// The same seed errors as HTTP clients throw them: axios (parsed, text, bytes), ky (unread, consumed), ofetch,
// superagent, got, Response-likes from other realms and Node clients' responses.
import { Readable } from 'node:stream';
import { AxiosError, AxiosHeaders } from 'axios';
import ky, { HTTPError } from 'ky';
import { describe, expect, it } from 'vitest';
import { normalizeError, normalizeResponse } from '../../src/normalize/index.js';
import { allSeeds, canonical, expectSameAsCanonical, seeds, type Seed } from './wireSeeds.js';

describe('errors thrown by HTTP clients', () => {
  const url = 'https://api.example.com/v1/accounts';

  const axiosError = (seed: Seed, data: unknown) => {
    const config = { method: 'post', url, headers: new AxiosHeaders() };
    const response = { status: seed.status, statusText: '', headers: new AxiosHeaders(seed.headers), data, config };
    const code = seed.status < 500 ? AxiosError.ERR_BAD_REQUEST : AxiosError.ERR_BAD_RESPONSE;
    return new AxiosError(`Request failed with status code ${seed.status}`, code, config, {}, response);
  };

  it.each(allSeeds)('reads $name from an AxiosError whose data was parsed', (seed) => {
    const error = normalizeError(axiosError(seed, seed.body));
    expectSameAsCanonical(error, seed);
    expect(error).toMatchObject({ method: 'POST', url });
  });

  it.each(allSeeds)("reads $name from an AxiosError whose data is text (responseType: 'text')", (seed) => {
    expectSameAsCanonical(normalizeError(axiosError(seed, JSON.stringify(seed.body))), seed);
  });

  it.each(allSeeds)("reads $name from an AxiosError whose data is bytes (responseType: 'arraybuffer')", (seed) => {
    expectSameAsCanonical(normalizeError(axiosError(seed, new TextEncoder().encode(JSON.stringify(seed.body)).buffer)), seed);
  });

  const kyFailure = async (seed: Seed) => {
    const fetchStub = async () => new Response(JSON.stringify(seed.body), { status: seed.status, headers: { ...seed.headers, 'content-type': 'application/json' } });
    const thrown: unknown = await ky(url, { retry: 0, fetch: fetchStub }).json().catch((e: unknown) => e);
    if (!(thrown instanceof HTTPError)) throw new Error('ky did not throw an HTTPError');
    return thrown;
  };

  it.each(allSeeds)('reads $name from a real ky HTTPError whose body was not read yet, through normalizeResponse', async (seed) => {
    const thrown = await kyFailure(seed);
    const error = await normalizeResponse(thrown.response, { method: 'GET' });
    expectSameAsCanonical(error, seed);
  });

  it.each(allSeeds)('reads what status and headers say from a real ky HTTPError synchronously', async (seed) => {
    const thrown = await kyFailure(seed);
    const error = normalizeError(thrown);
    const expected = canonical(seed);
    expect(error).toMatchObject({ status: expected.status, requestId: expected.requestId, method: 'GET', url });
    // Without the body only the status speaks, and ky's own text (method and URL) is not a server message.
    expect(error.message).not.toContain(url);
  });

  it.each(allSeeds)('reads $name after the app already consumed the ky body with response.json()', async (seed) => {
    const thrown = await kyFailure(seed);
    const body: unknown = await thrown.response.json();
    expectSameAsCanonical(normalizeError(body, { status: thrown.response.status, headers: thrown.response.headers }), seed);
    // The used Response still yields its status and headers, and never rejects.
    const late = await normalizeResponse(thrown.response);
    expect(late).toMatchObject({ status: seed.status, requestId: canonical(seed).requestId });
  });

  it.each(allSeeds)('reads $name from a plain { status, headers, data }', (seed) => {
    expectSameAsCanonical(normalizeError({ status: seed.status, headers: seed.headers, data: seed.body }), seed);
  });

  it.each(allSeeds)('reads $name from a plain { status, headers, body } whose body is text', (seed) => {
    expectSameAsCanonical(normalizeError({ status: seed.status, headers: seed.headers, body: JSON.stringify(seed.body) }), seed);
  });

  it.each(allSeeds)('reads $name from an ofetch FetchError (data parsed, a real Response with _data)', (seed) => {
    class FetchError extends Error {
      override name = 'FetchError';
      request = url;
      options = { method: 'PUT' };
      response = Object.assign(new Response(null, { status: seed.status, headers: seed.headers }), { _data: seed.body });
      data = seed.body;
      status = seed.status;
      statusCode = seed.status;
      statusText = '';
    }
    const error = normalizeError(new FetchError(`[PUT] "${url}": ${seed.status}`));
    expectSameAsCanonical(error, seed);
    expect(error.method).toBe('PUT');
  });

  it.each(allSeeds)('reads $name from a superagent error { status, response: { body, text, header } }', (seed) => {
    const text = JSON.stringify(seed.body);
    const lower = Object.fromEntries(Object.entries(seed.headers).map(([k, v]) => [k.toLowerCase(), v]));
    const error = Object.assign(new Error('Bad Request'), { status: seed.status, response: { status: seed.status, body: seed.body, text, header: lower, headers: lower } });
    expectSameAsCanonical(normalizeError(error), seed);
  });

  it.each(allSeeds)('reads $name from a superagent error whose JSON came under a text content type (body {}, text holds it)', (seed) => {
    const text = JSON.stringify(seed.body);
    const lower = Object.fromEntries(Object.entries(seed.headers).map(([k, v]) => [k.toLowerCase(), v]));
    const error = Object.assign(new Error('Bad Request'), { status: seed.status, response: { status: seed.status, body: {}, text, header: lower, headers: lower } });
    expectSameAsCanonical(normalizeError(error), seed);
  });

  it.each(allSeeds)('reads $name from a got HTTPError { response: { statusCode, body: text } }', (seed) => {
    const headers = { ...Object.fromEntries(Object.entries(seed.headers).map(([k, v]) => [k.toLowerCase(), v])), 'set-cookie': ['a=1', 'b=2'] };
    const error = Object.assign(new Error(`Response code ${seed.status} (Bad Request)`), {
      name: 'HTTPError',
      code: 'ERR_NON_2XX_3XX_RESPONSE',
      options: { method: 'PATCH', url: new URL(url) },
      response: { statusCode: seed.status, statusMessage: 'Bad Request', headers, body: JSON.stringify(seed.body), rawBody: Buffer.from(JSON.stringify(seed.body)) },
    });
    const normalized = normalizeError(error);
    expectSameAsCanonical(normalized, seed);
    expect(normalized.method).toBe('PATCH');
  });

  it.each(allSeeds)('reads $name from a Response-like from another realm whose body is a stream', async (seed) => {
    const real = new Response(JSON.stringify(seed.body), { status: seed.status, headers: seed.headers });
    // node-fetch, a polyfill or an iframe's fetch: not `instanceof Response`, but it reads the same way.
    const foreign = { status: real.status, statusText: '', ok: false, url: '', headers: real.headers, body: real.body, bodyUsed: false, text: () => real.text() };
    expectSameAsCanonical(await normalizeResponse(foreign as unknown as Response), seed);
    // Read synchronously, the stream is not a body: status and headers still speak.
    const sync = normalizeError({ status: seed.status, headers: seed.headers, body: new ReadableStream() });
    expect(sync).toMatchObject({ status: seed.status, requestId: canonical(seed).requestId, details: {} });
  });
});


describe('response objects of Node clients', () => {
  const seed = seeds[3]!;

  it("reads a seed from a Node response-like { statusCode, headers, body: text } (got's response, request, needle)", () => {
    const headers = { 'x-request-id': 'req_004', 'set-cookie': ['sid=1'] };
    expectSameAsCanonical(normalizeError({ statusCode: seed.status, headers, body: JSON.stringify(seed.body) }), seed);
  });

  it("reads undici's request() result, whose body is an unread Node stream, by status and headers without stream internals", () => {
    const error = normalizeError({ statusCode: seed.status, headers: seed.headers, body: Readable.from([JSON.stringify(seed.body)]) });
    expect(error).toMatchObject({ kind: normalizeError(null, { status: seed.status }).kind, status: seed.status, requestId: 'req_004', details: {} });
  });
});
