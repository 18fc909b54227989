import { describe, expect, it } from 'vitest';
import { resolveKind, type KindEvidence } from '../../src/normalize/resolveKind.js';

const kind = (evidence: Partial<KindEvidence>) => resolveKind({ hasFields: false, ...evidence });

describe('resolveKind: which evidence wins', () => {
  it('takes what a dialect or the client stated over the code and the status', () => {
    expect(kind({ stated: 'network', code: 'NOT_FOUND', status: 404 })).toBe('network');
  });

  it('takes a specific code over a generic status (Defastra at HTTP 200, a quota code at 403)', () => {
    expect(kind({ code: 'INSUFFICIENT_FUNDS', status: 200 })).toBe('insufficient_funds');
    expect(kind({ code: 'resource_limit_exceeded', status: 403 })).toBe('quota');
  });

  it('takes a specific 4xx status over a generic bad-request code', () => {
    expect(kind({ code: 'BAD_REQUEST_ERROR', status: 401 })).toBe('unauthenticated');
    expect(kind({ code: 'invalid_request_error', status: 402 })).toBe('insufficient_funds');
    expect(kind({ code: 'invalid_request_error', status: 400 })).toBe('validation');
  });

  it('takes a specific 4xx status over a bare validation category with no code and no fields', () => {
    expect(kind({ stated: 'validation', status: 404, message: 'Call [c-1] not found' })).toBe('not_found');
    expect(kind({ stated: 'validation', status: 404, hasFields: true })).toBe('validation');
    expect(kind({ stated: 'validation', status: 400 })).toBe('validation');
  });

  it('reads a 402 that names a limit as a plan cap, and other 402s as a balance', () => {
    expect(kind({ status: 402, message: "You have exceeded the limits of your project's subscription." })).toBe('quota');
    expect(kind({ status: 402, message: 'Payment required' })).toBe('insufficient_funds');
    expect(kind({ status: 402, message: 'Credit limit reached, add credits' })).toBe('insufficient_funds');
  });

  it('reads a bare "limit exceeded" as a cap, or as a wait when it is a 429 or says to try later', () => {
    expect(kind({ code: 'LimitExceeded', status: 400 })).toBe('quota');
    expect(kind({ code: 'LimitExceeded', status: 429 })).toBe('rate_limited');
    expect(kind({ code: 'LimitExceededException', status: 400, message: 'Attempt limit exceeded, please try after some time.' })).toBe('rate_limited');
  });

  it('lets the text of a 4xx name a quota, a balance or a rate limit its status does not', () => {
    expect(kind({ status: 409, message: 'quota_domains_reached' })).toBe('quota');
    expect(kind({ status: 403, message: 'Your credit balance is too low' })).toBe('insufficient_funds');
  });

  it('lets the text of a plain 400 with no fields name a more specific kind, but not when fields are named', () => {
    expect(kind({ status: 400, message: 'Error validating access token: Session has expired' })).toBe('unauthenticated');
    expect(kind({ status: 400, message: 'Error validating access token', hasFields: true })).toBe('validation');
  });

  it('does not let the advice after the first sentence, or an "unknown" input, name the kind of a plain 400', () => {
    expect(kind({ status: 400, message: "The provided 'grantType' x is not valid. Accepted grant types are password, client_credentials, refresh_token." })).toBe('validation');
    expect(kind({ status: 400, message: "The provided 'refreshToken' is invalid, expired or revoked. Please verify the token and try again." })).toBe('unauthenticated');
    expect(kind({ status: 400, message: "ERR unknown command 'FOO'" })).toBe('validation');
    expect(kind({ status: 400, message: 'Customer not found' })).toBe('not_found');
  });

  it('reads a 401 about a missing permission as forbidden, and other 401s as unauthenticated', () => {
    expect(kind({ status: 401, message: 'No access permission' })).toBe('forbidden');
    expect(kind({ status: 401, message: 'Not authorized' })).toBe('unauthenticated');
  });

  it('reads a 429 that names a monthly or daily cap as a quota, and other 429s as a wait', () => {
    expect(kind({ status: 429, message: 'You have reached your monthly limit.' })).toBe('quota');
    expect(kind({ status: 429, message: 'Too many requests, slow down' })).toBe('rate_limited');
  });

  it('reads an invalid-id code answered as 404 as an unknown resource, unless the body names fields', () => {
    expect(kind({ code: 'woocommerce_rest_invalid_product_id', status: 404 })).toBe('not_found');
    expect(kind({ code: 'invalid_product_id', status: 404, hasFields: true })).toBe('validation');
    expect(kind({ code: 'invalid_product_id', status: 422 })).toBe('validation');
  });

  it('reads an "authorization" code at 401 as the missing credential, but a permission or scope code as forbidden', () => {
    expect(kind({ code: 'missing_authorization_header', status: 401 })).toBe('unauthenticated');
    expect(kind({ code: 'NOT_AUTHORIZED', status: 401 })).toBe('unauthenticated');
    expect(kind({ code: 'NOT_AUTHORIZED', status: 403 })).toBe('forbidden');
    expect(kind({ code: 'permission_not_authorized', status: 401 })).toBe('forbidden');
  });

  it('reads a state-conflict code with a 5xx status as the server failing, and with a 4xx as a conflict', () => {
    expect(kind({ code: 'invalid_state', status: 500 })).toBe('server');
    expect(kind({ code: 'invalid_state', status: 400 })).toBe('conflict');
    expect(kind({ code: 'api_key_already_exists', status: 409 })).toBe('conflict');
  });

  it('reads a text saying a maximum was reached as a cap', () => {
    expect(kind({ code: '4001', status: 400, message: 'max number of realms reached' })).toBe('quota');
  });

  it('falls back to the status, then the text, then unknown', () => {
    expect(kind({ status: 503, message: 'whatever' })).toBe('unavailable');
    expect(kind({ message: 'Internal server error' })).toBe('server');
    expect(kind({})).toBe('unknown');
  });
});
