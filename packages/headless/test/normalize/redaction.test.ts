import { describe, expect, it } from 'vitest';
import { normalizeError, redactSecrets, toSupportReport } from '../../src/normalize/index.js';

const JWT = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U';
const SECRETS = [
  `Bearer ${JWT}`,
  JWT,
  'sk_live_51HqLyjWDarjtT1zdp7dcXYZ',
  'sk_test_4eC39HqLyjWDarjtT1zdp7dc',
  'pk_live_abcdefghijklmnop',
  'rk_live_abcdefghijklmnop',
  'AKIAIOSFODNN7EXAMPLE',
  'ghp_16C7e42F292c6912E7710c838347Ae178B4a',
  'xoxb-123456789012-abcdefghijkl',
  // The prefixed formats secret scanners know; each value is made up, in the vendor's shape.
  'AIzaSyD4x9Qe7Lk2Vb8Nm3Jh6Gf5Rt1Wq0Zp_Uy',
  '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',
  'glpat-Xk3vT9qLm2Rb8NwYz1Pc',
  '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',
  'npm_Xk3vT9qLm2Rb8NwYz1PcQe7Lk2Vb8Nm3Jh6G',
  'shpat_0123456789abcdef0123456789abcdef',
  'gsk_Xk3vT9qLm2Rb8NwYz1PcQe7Lk2Vb8Nm3',
  'xai-Xk3vT9qLm2Rb8NwYz1PcQe7Lk2Vb8Nm3',
  'key-3a06e0f29d6fd84c373e0f1e0e7c0a10',
  'dapi0123456789abcdef0123456789abcdef',
];
const SECRET_TEXT = /eyJ|sk_live|sk_test|pk_live|rk_live|AKIA|ghp_|xoxb|AIza|hf_|glpat|SG\.|npm_|shpat|gsk_|xai-|key-|dapi|hunter2|s3cr3t|abc123def456ghi789/;

describe('redactSecrets', () => {
  it.each(SECRETS)('replaces %s', (secret) => {
    const out = redactSecrets(`failed with ${secret} here`);
    expect(out).toContain('[redacted]');
    expect(out).not.toMatch(SECRET_TEXT);
  });

  it('replaces secret query parameters but keeps the rest of the URL', () => {
    expect(redactSecrets('https://api.example.com/v1/x?api_key=abc123def456ghi789&page=2&token=t0k&password=hunter2&signature=s1g&key=k3y')).toBe(
      'https://api.example.com/v1/x?api_key=[redacted]&page=2&token=[redacted]&password=[redacted]&signature=[redacted]&key=[redacted]',
    );
  });

  it('replaces an Authorization header line and credentials in a URL', () => {
    expect(redactSecrets('Authorization: Basic dXNlcjpzM2NyM3Q=')).not.toContain('dXNl');
    expect(redactSecrets('proxy-authorization: Token s3cr3t')).not.toContain('s3cr3t');
    expect(redactSecrets('https://user:s3cr3t@db.example.com/x')).toBe('https://[redacted]@db.example.com/x');
  });

  it('replaces long tokens after a key or token word', () => {
    expect(redactSecrets('your key 0123456789abcdef0123 was revoked')).toBe('your key [redacted] was revoked');
  });

  it('leaves ordinary text alone', () => {
    const text = 'Missing required parameter: amount. Too many requests; retry in 5 seconds.';
    expect(redactSecrets(text)).toBe(text);
  });

  it('redacts a `name: value` in prose only when the value could be a secret', () => {
    expect(redactSecrets('password: hunter2')).toBe('password: [redacted]');
    expect(redactSecrets('api_key: AbCdEfGhIjKlMnOp')).toBe('api_key: [redacted]');
    expect(redactSecrets('apikey: invalid')).toBe('apikey: invalid');
    expect(redactSecrets('Invalid location key: locationKey')).toBe('Invalid location key: locationKey');
    // In a query string or assignment every value goes, short or not.
    expect(redactSecrets('?key=abc&token=x')).toBe('?key=[redacted]&token=[redacted]');
  });

  it('leaves names that only start like a key prefix alone', () => {
    const text = 'hf_hub_download failed; npm_config_cache is unset; shipping_address.zip is required (msg.id 42)';
    expect(redactSecrets(text)).toBe(text);
  });
});

describe('secrets never reach an ApiError or a support report', () => {
  const body = {
    error: {
      code: 'invalid_api_key',
      message: `Invalid API key provided: sk_live_51HqLyjWDarjtT1zdp7dcXYZ (Authorization: Bearer ${JWT})`,
      param: 'api_key',
      type: 'authentication_error',
      api_key: 'sk_live_51HqLyjWDarjtT1zdp7dcXYZ',
      Authorization: `Bearer ${JWT}`,
      password: 'hunter2',
      echo: { nested: { note: 'token=abc123def456ghi789' } },
    },
  };
  const error = normalizeError(body, { status: 401, url: 'https://api.example.com/v1/charges?api_key=abc123def456ghi789', method: 'post' });

  it('redacts the message, url and every string in details', () => {
    expect(error.message).not.toMatch(SECRET_TEXT);
    expect(error.url).toBe('https://api.example.com/v1/charges?api_key=[redacted]');
    expect(JSON.stringify(error.details)).not.toMatch(SECRET_TEXT);
    expect(error.details).toMatchObject({ api_key: '[redacted]', Authorization: '[redacted]', password: '[redacted]' });
  });

  it('redacts field messages', () => {
    const e = normalizeError({ errors: { password: ['hunter2 is too weak; password=hunter2'] } }, { status: 422 });
    expect(e.fields[0]?.message).not.toContain('password=hunter2');
  });

  it('redacts the support report and drops the query string', () => {
    const report = toSupportReport(error, { now: new Date('2025-07-01T10:00:00Z') });
    expect(report).not.toMatch(SECRET_TEXT);
    expect(report).toContain('Request: POST https://api.example.com/v1/charges');
    expect(report).toContain('Time (UTC): 2025-07-01T10:00:00.000Z');
  });
});

describe('XSS payloads stay inert text', () => {
  const payload = '<img src=x onerror=alert(1)><script>alert("x")</script>';

  it('keeps markup in a JSON message as a plain string, never parsed', () => {
    const error = normalizeError({ error: { code: 'invalid_request', message: payload, param: 'name' } }, { status: 400 });
    expect(typeof error.message).toBe('string');
    expect(error.message).toBe(payload);
    expect(error.fields[0]?.message).toBe(payload);
  });

  it('reduces an HTML body to text without tags', () => {
    const error = normalizeError(`<html><head><title>Oops</title></head><body>${payload}</body></html>`, { status: 500 });
    expect(error.message).toBe('Oops');
  });
});
