// @ts-check
// Seed 001-style (Stripe-like) accounts API: `{ error: { code, message, param?, type } }` with real
// statuses, Bearer keys, and the page's test values that force errors (keys and emails).
import { readJson, sendJson, stringField } from './http.mjs';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
/** The page's test keys: `eyJhb...error_400` and the like; any JWT-looking key with that ending. */
const FORCED_KEY = /^eyJhb[\w.-]*error_(400|401|500)$/;

/**
 * @typedef {{ code: string, message: string, param?: string, type: string }} StripeError
 * @typedef {{ id: string, object: 'account', email: string, created: number }} Account
 */

/** Bodies verbatim from the vendor's page where it gives them. */
export const ACCOUNT_ERRORS = /** @type {const} */ ({
  authentication_required: { code: 'authentication_required', message: 'No API key provided', type: 'authentication_error' },
  invalid_api_key: { code: 'invalid_api_key', message: 'Invalid API key provided: eyJhb...', type: 'authentication_error' },
  missing_email: {
    code: 'invalid_request',
    message: 'Missing required parameter: email',
    param: 'email',
    type: 'invalid_request_error',
  },
  rate_limit_exceeded: {
    code: 'rate_limit_exceeded',
    message: 'Too many requests. Please wait before making another request',
    type: 'rate_limit_error',
  },
  // The page names the status only ("Invalid request parameters"); the body keeps its format.
  invalid_request: { code: 'invalid_request', message: 'Invalid request parameters', type: 'invalid_request_error' },
  // Likewise "Something went wrong on our end"; `api_error` is the Stripe family's category for it.
  api_error: { code: 'api_error', message: 'Something went wrong on our end', type: 'api_error' },
});

/** @type {Record<string, { status: number, error: StripeError }>} */
const FORCED_BY_KEY = {
  400: { status: 400, error: ACCOUNT_ERRORS.invalid_request },
  401: { status: 401, error: ACCOUNT_ERRORS.invalid_api_key },
  500: { status: 500, error: ACCOUNT_ERRORS.api_error },
};

/**
 * @param {import('node:http').ServerResponse} res
 * @param {number} status
 * @param {StripeError} error
 * @param {Record<string, string>} [headers]
 */
function fail(res, status, error, headers) {
  sendJson(res, status, { error }, headers);
}

/**
 * Handles `/api/v1/accounts*`; returns false when the path is not the accounts API's.
 * @param {import('./state.mjs').DemoState} state
 * @param {import('node:http').IncomingMessage} req
 * @param {import('node:http').ServerResponse} res
 * @param {string} path
 * @returns {Promise<boolean>}
 */
export async function handleAccounts(state, req, res, path) {
  if (path !== '/api/v1/accounts' && !path.startsWith('/api/v1/accounts/')) return false;

  const auth = req.headers.authorization ?? '';
  const key = /^Bearer\s+(\S+)$/i.exec(auth)?.[1];
  if (!key) {
    fail(res, 401, ACCOUNT_ERRORS.authentication_required);
    return true;
  }
  const forced = FORCED_KEY.exec(key)?.[1];
  if (forced) {
    const { status, error } = /** @type {{ status: number, error: StripeError }} */ (FORCED_BY_KEY[forced]);
    fail(res, status, error);
    return true;
  }

  if (path === '/api/v1/accounts' && req.method === 'GET') {
    sendJson(res, 200, { object: 'list', data: [...state.accounts.values()], has_more: false });
    return true;
  }

  if (path.startsWith('/api/v1/accounts/') && req.method === 'GET') {
    const id = decodeURIComponent(path.slice('/api/v1/accounts/'.length));
    const account = state.accounts.get(id);
    if (account) sendJson(res, 200, account);
    else fail(res, 404, { code: 'resource_not_found', message: `No account found with id: ${id}`, param: 'id', type: 'invalid_request_error' });
    return true;
  }

  if (path !== '/api/v1/accounts' || req.method !== 'POST') {
    fail(res, 404, { code: 'resource_not_found', message: 'Unrecognized request URL', type: 'invalid_request_error' });
    return true;
  }

  const email = stringField(await readJson(req), 'email')?.trim().toLowerCase() ?? '';
  if (email === '') {
    fail(res, 400, ACCOUNT_ERRORS.missing_email);
    return true;
  }
  if (email === 'error@400.com' || !EMAIL.test(email)) {
    // error@400.com: "Returns 400 validation error"; the same answer as a malformed address.
    fail(res, 400, {
      code: 'invalid_parameter',
      message: 'Invalid email: must be a valid email address',
      param: 'email',
      type: 'invalid_request_error',
    });
    return true;
  }
  if (email === 'error@404.com') {
    fail(res, 404, {
      code: 'resource_not_found',
      message: `No account found with email: ${email}`,
      param: 'email',
      type: 'invalid_request_error',
    });
    return true;
  }
  if (email === 'error@429.com') {
    fail(res, 429, ACCOUNT_ERRORS.rate_limit_exceeded, { 'retry-after': String(state.rateLimitRetryAfterS) });
    return true;
  }

  /** @type {Account} */
  const account = { id: `acct_${String(state.accounts.size + 1).padStart(4, '0')}`, object: 'account', email, created: Math.floor(state.now() / 1000) };
  state.accounts.set(account.id, account);
  sendJson(res, 201, account);
  return true;
}
