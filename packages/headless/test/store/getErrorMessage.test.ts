import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../src/ApiError.js';
import { getErrorMessage } from '../../src/messages/getErrorMessage.js';
import { kindMessages } from '../../src/messages/kindMessages.js';
import { normalizeError } from '../../src/normalize/normalizeError.js';
import { ERROR_KINDS } from '../../src/types.js';
import type { ErrorKind } from '../../src/types.js';
import { defastraInsufficientFunds, seed003Expired, seed004Quota } from './fixtures.js';

const errorOf = (kind: ErrorKind, extra: Partial<ConstructorParameters<typeof ApiError>[0]> = {}) =>
  new ApiError({ kind, message: 'server text', ...extra });

const defastra = (code: string, message: string) => normalizeError({ status: false, error_type: code, error_message: message });

// Every seed code that deserves its own words, from the seed pages verbatim.
const seedCodes: Array<[string, ApiError]> = [
  ['INSUFFICIENT_FUNDS', normalizeError(defastraInsufficientFunds)],
  ['DAILY_CHECK_LIMIT', defastra('DAILY_CHECK_LIMIT', 'You reached the maximum daily spending allowed by your team Role')],
  ['INACTIVE_TEAM_USER', defastra('INACTIVE_TEAM_USER', 'Your team administrator deactivated your account')],
  ['INACTIVE_API_KEY', defastra('INACTIVE_API_KEY', 'This API key was deactivated')],
  ['NO_KEY', defastra('NO_KEY', 'No API key specified')],
  ['INVALID_PERMISSION', defastra('INVALID_PERMISSION', "Your team role doesn't have permission to use the API")],
  ['RATE_LIMITED_1_MINUTE', defastra('RATE_LIMITED_1_MINUTE', 'You have performed too many requests in 1 minute or in 5 seconds. Please refer to our Rate limiting section below')],
  ['RATE_LIMITED_5_SECONDS', defastra('RATE_LIMITED_5_SECONDS', 'You have performed too many requests in 1 minute or in 5 seconds. Please refer to our Rate limiting section below')],
  ['RATE_LIMITED_60_PER_MINUTE', defastra('RATE_LIMITED_60_PER_MINUTE', 'You have performed too many requests in 1 minute or in 5 seconds. Please refer to our Rate limiting section below')],
  ['RATE_LIMITED_2_PER_SECOND', defastra('RATE_LIMITED_2_PER_SECOND', 'You have performed too many requests in 1 minute or in 5 seconds. Please refer to our Rate limiting section below')],
  ['insufficient_funds', normalizeError({ error: { code: 'insufficient_funds', message: 'The source account does not have sufficient funds', type: 'card_error' } }, { status: 402 })],
  ['SUSPENDED_ACCOUNT', normalizeError({ error: { code: 'SUSPENDED_ACCOUNT', message: 'The client account has been suspended' } }, { status: 403 })],
  ['EXPIRED_API_KEY', normalizeError(seed003Expired, { status: 401 })],
  ['REVOKED_API_KEY', normalizeError({ error: { code: 'REVOKED_API_KEY', message: 'The API key has been revoked' } }, { status: 401 })],
  ['INSUFFICIENT_BALANCE', normalizeError({ error: { code: 'INSUFFICIENT_BALANCE', message: 'Account balance is below the minimum required' } }, { status: 400 })],
  ['quota_domains_reached', normalizeError(seed004Quota, { status: 409 })],
  ['authentication_required', normalizeError({ error: { code: 'authentication_required', message: 'No API key provided', type: 'authentication_error' } }, { status: 401 })],
  ['invalid_api_key', normalizeError({ error: { code: 'invalid_api_key', message: 'Invalid API key provided: eyJhb...', type: 'authentication_error' } }, { status: 401 })],
  ['INVALID_API_KEY', normalizeError({ error: { code: 'INVALID_API_KEY', message: 'The provided API key is invalid' } }, { status: 401 })],
];

const allCopy = () => [
  ...ERROR_KINDS.map((kind) => getErrorMessage(errorOf(kind))),
  ...seedCodes.map(([, error]) => getErrorMessage(error)),
];

describe('getErrorMessage: default copy', () => {
  it('has a title and a next step for every kind but aborted', () => {
    for (const kind of ERROR_KINDS) {
      const message = getErrorMessage(errorOf(kind));
      expect(message.title.length, kind).toBeGreaterThan(3);
      if (kind !== 'aborted') expect(message.description, kind).toMatch(/\w+/);
    }
  });

  it('never says please, sorry, oops or invalid', () => {
    for (const message of allCopy()) {
      expect(`${message.title} ${message.description ?? ''} ${message.action ?? ''}`).not.toMatch(/\b(please|sorry|oops|invalid)\b/i);
    }
  });

  it('says "we" only when the service caused the problem', () => {
    const serviceKinds: ErrorKind[] = ['server', 'unavailable', 'timeout'];
    for (const kind of ERROR_KINDS.filter((k) => !serviceKinds.includes(k))) {
      const { title, description } = getErrorMessage(errorOf(kind));
      expect(`${title} ${description ?? ''}`, kind).not.toMatch(/\bwe('|\b)/i);
    }
    expect(getErrorMessage(errorOf('server')).title).toMatch(/^We/);
  });

  it('never shows the server text, a code or a secret as the headline', () => {
    const hostile = new ApiError({
      kind: 'server',
      code: 'INTERNAL_ERROR',
      message: '<img src=x onerror=alert(1)> sk_live_abcdefghijklmnop',
    });
    const { title, description } = getErrorMessage(hostile);
    expect(`${title} ${description}`).not.toMatch(/<img|sk_live|INTERNAL_ERROR/);
  });

  it.each(seedCodes)('gives the seed code %s words of its own, different from its kind', (code, error) => {
    expect(error.code).toBe(code);
    const kindSource = kindMessages[error.kind];
    const kindTitle = typeof kindSource === 'function' ? kindSource({ kind: error.kind }).title : kindSource.title;
    const { title, description } = getErrorMessage(error);
    expect(title).not.toBe(kindTitle);
    expect(title).not.toContain(code);
    expect(description).toMatch(/\w+/);
  });

  it('counts the domains of seed 004: "You\'ve used 10 of 10 domains"', () => {
    const message = getErrorMessage(normalizeError(seed004Quota, { status: 409 }));
    expect(message).toEqual({ title: "You've used 10 of 10 domains", description: 'Remove one or upgrade to add more.', action: 'Upgrade plan' });
  });

  it('names the cost and the balance when an insufficient-funds error carries them', () => {
    const error = new ApiError({ kind: 'insufficient_funds', message: 'x', details: { required: 0.4, balance: 0.12, currency: 'USD' } });
    expect(getErrorMessage(error).description).toBe('This costs $0.40 and your balance is $0.12. Add funds to continue. What you entered is kept.');
  });

  it('says how many seconds a rate limit lasts when known', () => {
    expect(getErrorMessage(errorOf('rate_limited', { retryAfterMs: 42_000 })).description).toBe('You can try again in 42 seconds.');
  });

  it('accepts anything normalizeError accepts, such as a fetch TypeError', () => {
    expect(getErrorMessage(new TypeError('Failed to fetch')).title).toBe('No connection');
  });
});

describe('getErrorMessage: the app\'s words', () => {
  it('lets the app override a kind with a title only', () => {
    const message = getErrorMessage(errorOf('server'), { messages: { server: 'The price service is down' } });
    expect(message.title).toBe('The price service is down');
    expect(message.action).toBe('Retry');
  });

  it('lets a code override win over a kind override and fill placeholders', () => {
    const message = getErrorMessage(normalizeError(seed004Quota, { status: 409 }), {
      messages: { quota: { title: 'Plan limit' }, quota_domains_reached: { title: '{used}/{limit} {metric} used', action: 'See plans' } },
    });
    expect(message).toMatchObject({ title: '10/10 domains used', action: 'See plans' });
  });

  it('calls a function override with the error and its params', () => {
    const override = vi.fn(() => ({ description: 'Top up your wallet in Billing.' }));
    const error = normalizeError(defastraInsufficientFunds);
    const message = getErrorMessage(error, { messages: { INSUFFICIENT_FUNDS: override } });
    expect(override).toHaveBeenCalledWith(error, expect.objectContaining({ kind: 'insufficient_funds', code: 'INSUFFICIENT_FUNDS' }));
    expect(message.description).toBe('Top up your wallet in Billing.');
    expect(message.title).toBe('Not enough funds in your wallet');
  });

  it('falls back to Errata\'s words when an override function throws', () => {
    const message = getErrorMessage(errorOf('server'), { messages: { server: () => { throw new Error('boom'); } } });
    expect(message.title).toBe("We're having a problem on our side");
  });

  it('translates every default text through t with a key, params and the English fallback', () => {
    const t = vi.fn((key: string, params: { seconds?: number }, fallback: string) =>
      key === 'errata.kind.rate_limited.description' ? `Réessayez dans ${params.seconds} s.` : fallback,
    );
    const message = getErrorMessage(errorOf('rate_limited', { retryAfterMs: 5_000 }), { t });
    expect(message.description).toBe('Réessayez dans 5 s.');
    expect(t).toHaveBeenCalledWith('errata.kind.rate_limited.title', expect.objectContaining({ seconds: 5 }), 'Too many requests');
  });

  it('uses code keys for codes with words of their own, and keeps the fallback when t returns the key (i18next)', () => {
    const t = vi.fn((key: string) => key);
    const message = getErrorMessage(normalizeError(seed003Expired, { status: 401 }), { t });
    expect(t).toHaveBeenCalledWith('errata.code.EXPIRED_API_KEY.title', expect.anything(), 'Your API key has expired');
    expect(message.title).toBe('Your API key has expired');
  });

  it('does not translate what the app wrote itself', () => {
    const t = vi.fn(() => 'translated');
    const message = getErrorMessage(errorOf('server'), { messages: { server: 'Own words' }, t });
    expect(message.title).toBe('Own words');
    expect(message.description).toBe('translated');
  });
});
