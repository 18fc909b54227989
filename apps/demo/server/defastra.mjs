// @ts-check
// Defastra-style checks (seed 000): every answer carries `status`; errors come as HTTP 200
// `{ status: false, error_type, error_message }`, and the wallet is never debited on error.
import { readJson, sendJson, stringField } from './http.mjs';

/** What one check costs, in cents. */
export const CHECK_COST_CENTS = 40;
/** The wallet a fresh server starts with, in cents: two checks, then INSUFFICIENT_FUNDS. */
export const START_BALANCE_CENTS = 100;

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const PHONE = /^\+?\d{8,15}$/;

/** Error texts verbatim from the vendor's page. */
const MESSAGES = /** @type {const} */ ({
  NO_KEY: 'No API key specified',
  INACTIVE_API_KEY: 'This API key was deactivated',
  INSUFFICIENT_FUNDS: 'You do not have enough funds to perform this request',
  INVALID_REQUEST_TYPE: "This endpoint is invalid, and the product doesn't exist",
  INVALID_REQUEST_EMAIL: 'The specified email is not valid. Please submit a valid email address format',
  INVALID_REQUEST_PHONE:
    'The specified phone is not valid. Please submit a valid phone number in international format, for example: 14567890000 or 33600000000',
  INVALID_PARAMETER:
    'The parameters you submitted are not the ones we expect for this endpoint. Review your request body',
  RATE_LIMITED_2_PER_SECOND: 'You have performed too many requests in 1 second. Please refer to our Rate limiting section',
  RATE_LIMITED_60_PER_MINUTE: 'You have performed too many requests in 1 minute. Please refer to our Rate limiting section',
});

/** @typedef {keyof typeof MESSAGES} DefastraErrorType */

/**
 * @param {import('node:http').ServerResponse} res
 * @param {DefastraErrorType} type
 * @param {Record<string, unknown>} [extra] forward-compatible extra fields (figures for the UI)
 */
function fail(res, type, extra = {}) {
  sendJson(res, 200, { status: false, error_type: type, error_message: MESSAGES[type], ...extra });
}

const money = (/** @type {number} */ cents) => Math.round(cents) / 100;

/**
 * Handles `/api/check/*` and `/api/wallet*`; returns false when the path is not Defastra's.
 * @param {import('./state.mjs').DemoState} state
 * @param {import('node:http').IncomingMessage} req
 * @param {import('node:http').ServerResponse} res
 * @param {string} path
 * @returns {Promise<boolean>}
 */
export async function handleDefastra(state, req, res, path) {
  if (!path.startsWith('/api/check') && !path.startsWith('/api/wallet')) return false;
  const error = await answer(state, req, res, path);
  if (error) fail(res, error.type, error.extra);
  return true;
}

/**
 * Answers a success itself, or returns the error to send.
 * @param {import('./state.mjs').DemoState} state
 * @param {import('node:http').IncomingMessage} req
 * @param {import('node:http').ServerResponse} res
 * @param {string} path
 * @returns {Promise<{ type: DefastraErrorType, extra?: Record<string, unknown> } | undefined>}
 */
async function answer(state, req, res, path) {
  const key = req.headers['x-api-key'];
  if (typeof key !== 'string' || key === '') return { type: 'NO_KEY' };
  if (key === 'deactivated') return { type: 'INACTIVE_API_KEY' };

  if (path === '/api/wallet' && req.method === 'GET') {
    sendJson(res, 200, {
      status: true,
      balance: money(state.balanceCents),
      check_cost: money(CHECK_COST_CENTS),
      currency: 'EUR',
    });
    return undefined;
  }

  if (path === '/api/wallet/topup' && req.method === 'POST') {
    const body = await readJson(req);
    const amount = typeof body === 'object' && body !== null ? /** @type {{ amount?: unknown }} */ (body).amount : undefined;
    if (typeof amount !== 'number' || !Number.isFinite(amount) || amount <= 0 || amount > 100) {
      return { type: 'INVALID_PARAMETER' };
    }
    state.balanceCents += Math.round(amount * 100);
    sendJson(res, 200, { status: true, balance: money(state.balanceCents), currency: 'EUR' });
    return undefined;
  }

  const kind = path === '/api/check/email' ? 'email' : path === '/api/check/phone' ? 'phone' : undefined;
  if (!kind || req.method !== 'POST') return { type: 'INVALID_REQUEST_TYPE' };

  // Both limits apply per key; a refused request does not count against the window.
  const refusal = state.checkLimits.hit(key);
  if (refusal) return { type: /** @type {DefastraErrorType} */ (refusal.code) };

  const body = await readJson(req);
  const value = stringField(body, kind)?.trim();
  if (value === undefined) return { type: 'INVALID_PARAMETER' };
  if (kind === 'email' && !EMAIL.test(value)) return { type: 'INVALID_REQUEST_EMAIL' };
  if (kind === 'phone' && !PHONE.test(value.replace(/[\s-]/g, ''))) return { type: 'INVALID_REQUEST_PHONE' };

  if (state.balanceCents < CHECK_COST_CENTS) {
    return { type: 'INSUFFICIENT_FUNDS', extra: { balance: money(state.balanceCents), cost: money(CHECK_COST_CENTS) } };
  }
  state.balanceCents -= CHECK_COST_CENTS;
  state.checks += 1;
  sendJson(res, 200, {
    status: true,
    [kind]: value,
    valid: true,
    // A stable pseudo-score so the demo shows something that looks like a result.
    risk_score: (value.length * 7) % 100,
    cost: money(CHECK_COST_CENTS),
    balance: money(state.balanceCents),
  });
  return undefined;
}
