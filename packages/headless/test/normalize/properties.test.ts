import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../src/ApiError.js';
import { ERROR_KINDS } from '../../src/types.js';
import { normalizeError } from '../../src/normalize/index.js';

function expectValid(error: ApiError) {
  expect(error).toBeInstanceOf(ApiError);
  expect(ERROR_KINDS).toContain(error.kind);
  expect(typeof error.message).toBe('string');
  expect(error.message.length).toBeGreaterThan(0);
  expect(error.message.length).toBeLessThanOrEqual(500);
  expect(Array.isArray(error.fields)).toBe(true);
  for (const f of error.fields) expect(typeof f.field === 'string' && typeof f.message === 'string').toBe(true);
  expect(Object.getPrototypeOf(error.details)).toBe(Object.prototype);
  expect(typeof error.retryable).toBe('boolean');
  if (error.retryAfterMs !== undefined) expect(error.retryAfterMs).toBeGreaterThanOrEqual(0);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
}

const statuses = fc.option(fc.integer({ min: 0, max: 700 }), { nil: undefined });

describe('normalizeError is total', () => {
  it('returns a valid ApiError for any JSON value', () => {
    fc.assert(fc.property(fc.jsonValue(), statuses, (value, status) => expectValid(normalizeError(value, { status }))));
  });

  it('returns a valid ApiError for anything at all', () => {
    fc.assert(fc.property(fc.anything({ withBoxedValues: true, withMap: true, withSet: true, withObjectString: true, withNullPrototype: true }), (value) => expectValid(normalizeError(value))));
  });

  it('returns a valid ApiError for any string, and for any string as JSON', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (value) => expectValid(normalizeError(value, { status: 500 }))));
    fc.assert(fc.property(fc.json(), (value) => expectValid(normalizeError(value))));
  });

  it('returns a valid ApiError for any body inside any known envelope', () => {
    const envelope = fc.oneof(
      fc.record({ error: fc.anything() }),
      fc.record({ error: fc.record({ code: fc.anything(), message: fc.anything(), param: fc.anything(), details: fc.anything() }) }),
      fc.record({ status: fc.constant(false), error_type: fc.string(), error_message: fc.anything() }),
      fc.record({ errors: fc.array(fc.anything()) }),
      fc.record({ title: fc.string(), status: fc.anything(), errors: fc.anything() }),
    );
    fc.assert(fc.property(envelope, statuses, (value, status) => expectValid(normalizeError(value, { status, headers: { 'retry-after': '1' } }))));
  });
});

describe('normalizeError survives hostile values', () => {
  it('handles circular objects', () => {
    const body: Record<string, unknown> = { error: { code: 'X' } };
    (body.error as Record<string, unknown>).self = body;
    body.self = body;
    expectValid(normalizeError(body, { status: 400 }));
  });

  it('handles throwing getters everywhere', () => {
    const body = Object.defineProperty({}, 'error', { enumerable: true, get: () => { throw new Error('getter'); } });
    expectValid(normalizeError(body, { status: 500 }));
    const inner = { error: Object.defineProperty({}, 'code', { enumerable: true, get: () => { throw new Error('getter'); } }) };
    expectValid(normalizeError(inner));
  });

  it('handles Proxies whose every trap throws, as input, body, headers and context', () => {
    const trap = () => { throw new Error('trap'); };
    const hostile = new Proxy({}, { get: trap, has: trap, ownKeys: trap, getPrototypeOf: trap, getOwnPropertyDescriptor: trap, apply: trap });
    expectValid(normalizeError(hostile));
    expectValid(normalizeError({ error: hostile }, { status: 429 }));
    expectValid(normalizeError({ status: 500, headers: hostile, data: hostile }));
    expectValid(normalizeError(null, hostile as never));
    expectValid(normalizeError({ error: 'x' }, { status: 400, headers: hostile as never }));
  });

  it('does not let __proto__ keys from JSON.parse pollute anything', () => {
    const body = JSON.parse('{"__proto__":{"polluted":"yes"},"error":{"code":"X","__proto__":{"polluted":"yes"},"details":{"__proto__":{"polluted":"yes"}}},"constructor":{"prototype":{"polluted":"yes"}}}');
    const error = normalizeError(body, { status: 400 });
    expectValid(error);
    expect((error.details as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype.hasOwnProperty.call(error.details, '__proto__')).toBe(false);
    expectValid(normalizeError(JSON.parse('{"errors":{"__proto__":["x"]}}'), { status: 422 }));
  });

  it('handles 10,000-deep nesting of objects and arrays', () => {
    let obj: unknown = { code: 'DEEP' };
    let arr: unknown = ['deep'];
    for (let i = 0; i < 10_000; i++) {
      obj = { error: obj, errors: { a: obj } };
      arr = [arr];
    }
    expectValid(normalizeError(obj, { status: 400 }));
    expectValid(normalizeError({ errors: arr, details: arr }, { status: 422 }));
    expectValid(normalizeError('['.repeat(10_000) + ']'.repeat(10_000), { status: 500 }));
  });

  it('reduces a 5 MB HTML page to a bounded text message', () => {
    const page = `<html><head><title>502 Bad Gateway</title></head><body>${'<div>x</div>'.repeat(450_000)}</body></html>`;
    expect(page.length).toBeGreaterThan(5_000_000);
    const error = normalizeError(page);
    expectValid(error);
    expect(error.message).toBe('502 Bad Gateway');
    const untitled = normalizeError(`<html>${'<p>y</p>'.repeat(800_000)}</html>`, { status: 503 });
    expectValid(untitled);
    expect(untitled.message).not.toMatch(/[<>]/);
  });

  it('bounds a huge message and huge details', () => {
    const error = normalizeError({ error: { code: 'X', message: 'm'.repeat(1_000_000), blob: 'b'.repeat(1_000_000), list: Array.from({ length: 10_000 }, (_, i) => i) } });
    expectValid(error);
    expect((error.details.blob as string).length).toBeLessThanOrEqual(2001);
    expect((error.details.list as unknown[]).length).toBeLessThanOrEqual(100);
  });
});
