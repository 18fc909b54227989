import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeError, normalizeResponse, toSupportReport } from '../../src/normalize/index.js';
import type { ApiError } from '../../src/ApiError.js';

// Whatever a server echoes back, in whichever text field of whichever format, a secret must not reach
// what the person sees (message, field hints), what the app logs (details) or the support report.

/** Secrets in the shapes servers echo them: credentials, tokens and the prefixed key formats. */
const secret = fc.oneof(
  fc.stringMatching(/^(sk|rk|pk)_(live|test)_[A-Za-z\d]{24}$/),
  fc.stringMatching(/^sk-(proj|ant)-[A-Za-z\d_-]{32}$/),
  fc.stringMatching(/^eyJ[A-Za-z\d_-]{10,30}\.eyJ[A-Za-z\d_-]{10,30}\.[A-Za-z\d_-]{20,43}$/),
  fc.stringMatching(/^AKIA[A-Z\d]{16}$/),
  fc.stringMatching(/^(ghp_|github_pat_)[A-Za-z\d]{36}$/),
  fc.stringMatching(/^xox[bp]-\d{12}-[A-Za-z\d]{24}$/),
  fc.stringMatching(/^AIza[A-Za-z\d_-]{35}$/),
  fc.stringMatching(/^(hf_|glpat-|npm_|gsk_|xai-)[A-Za-z\d]{24}$/),
  fc.stringMatching(/^SG\.[A-Za-z\d_-]{22}\.[A-Za-z\d_-]{43}$/),
);

/** How the secret is framed in the text: bare, or after the words that name it. */
const framing = fc.constantFrom(
  (s: string) => s,
  (s: string) => `Bearer ${s}`,
  (s: string) => `Authorization: Bearer ${s}`,
  (s: string) => `api_key=${s}`,
  (s: string) => `"token": "${s}"`,
  (s: string) => `https://api.example.com/v1/x?key=${s}&page=2`,
);

/** Ordinary words around it, never glued to it. */
const words = fc.array(fc.constantFrom('Invalid', 'API', 'key', 'provided:', 'request', 'failed', 'for', 'user', '—', '(', ')', '.', 'retry'), { maxLength: 6 }).map((w) => w.join(' '));

const leaked = fc.record({ before: words, after: words, secret, frame: framing }).map(({ before, after, secret, frame }) => ({
  secret,
  text: `${before} ${frame(secret)} ${after}`,
}));

/** Every format Errata reads, with the text in each place a server puts words. */
const envelopes: ((t: string) => [body: unknown, status: number])[] = [
  (t) => [{ error: { code: 'invalid_api_key', message: t, type: 'authentication_error', param: 'email', note: t } }, 401],
  (t) => [{ status: false, error_type: 'INVALID_API_KEY', error_message: t }, 200],
  (t) => [{ success: false, error: { code: 'VALIDATION_ERROR', message: t, details: { field: 'email', reason: t } } }, 400],
  (t) => [{ error: t, message: t, metric: t }, 409],
  (t) => [{ type: 'https://example.com/probs/invalid', title: t, detail: t, errors: { email: [t] }, instance: t }, 422],
  (t) => [{ errors: [{ status: '422', code: 'invalid', title: t, detail: t, source: { pointer: '/data/attributes/email' } }] }, 422],
  (t) => [{ data: null, errors: [{ message: t, extensions: { code: 'BAD_USER_INPUT', hint: t } }] }, 200],
  (t) => [{ message: t, errors: { email: [t], nested: { deep: t } } }, 422],
  (t) => [t, 502],
  (t) => [`<html><head><title>${t}</title></head><body><h1>${t}</h1></body></html>`, 502],
];

/** Everything that leaves the ApiError for a person, a log line or support. */
function everythingShown(error: ApiError): string {
  return [error.message, error.url, error.requestId, JSON.stringify(error.details), ...error.fields.map((f) => f.message), toSupportReport(error)].join('\n');
}

describe('secrets never survive normalizing, whatever the format and wherever the text', () => {
  it.each(envelopes.map((e, i) => [i, e] as const))('envelope %i, from a parsed body', (_i, envelope) => {
    fc.assert(
      fc.property(leaked, ({ secret, text }) => {
        const [body, status] = envelope(text);
        const shown = everythingShown(normalizeError(body, { status, url: `https://api.example.com/v1/x?api_key=${secret}` }));
        expect(shown).not.toContain(secret);
      }),
      { numRuns: 60 },
    );
  });

  it('from the wire, read by normalizeResponse', async () => {
    await fc.assert(
      fc.asyncProperty(leaked, fc.constantFrom(...envelopes), async ({ secret, text }, envelope) => {
        const [body, status] = envelope(text);
        const response = new Response(typeof body === 'string' ? body : JSON.stringify(body), {
          status: status === 200 ? 400 : status,
          headers: { 'content-type': typeof body === 'string' ? 'text/html' : 'application/json' },
        });
        expect(everythingShown(await normalizeResponse(response))).not.toContain(secret);
      }),
      { numRuns: 100 },
    );
  });
});
