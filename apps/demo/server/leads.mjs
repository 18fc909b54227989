// @ts-check
// Seed 002-style leads API: `{ success: false, error: { code, message, details? } }` with real statuses.
import { readJson, sendJson, stringField } from './http.mjs';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const PHONE = /^\+?\d{8,15}$/;

/**
 * @param {import('node:http').ServerResponse} res
 * @param {number} status
 * @param {string} code
 * @param {string} message
 * @param {Record<string, unknown>} [details]
 */
function fail(res, status, code, message, details) {
  sendJson(res, status, { success: false, error: details ? { code, message, details } : { code, message } });
}

/**
 * Handles `/api/leads*`; returns false when the path is not the leads API's.
 * @param {import('./state.mjs').DemoState} state
 * @param {import('node:http').IncomingMessage} req
 * @param {import('node:http').ServerResponse} res
 * @param {string} path
 * @returns {Promise<boolean>}
 */
export async function handleLeads(state, req, res, path) {
  if (path !== '/api/leads' && !path.startsWith('/api/leads/')) return false;

  const key = req.headers['x-api-key'];
  if (typeof key !== 'string' || key === '' || key === 'deactivated') {
    fail(res, 401, 'UNAUTHORIZED', 'Invalid or missing API key');
    return true;
  }

  if (path === '/api/leads' && req.method === 'GET') {
    sendJson(res, 200, { success: true, data: [...state.leads.values()] });
    return true;
  }

  if (path.startsWith('/api/leads/') && req.method === 'GET') {
    const lead = state.leads.get(decodeURIComponent(path.slice('/api/leads/'.length)));
    if (lead) sendJson(res, 200, { success: true, data: lead });
    else fail(res, 404, 'NOT_FOUND', 'Lead not found');
    return true;
  }

  if (path !== '/api/leads' || req.method !== 'POST') {
    fail(res, 404, 'NOT_FOUND', 'Resource not found');
    return true;
  }
  if (key === 'readonly') {
    fail(res, 403, 'FORBIDDEN', "You don't have permission to access this resource");
    return true;
  }

  const refusal = state.leadLimits.hit(key);
  if (refusal) {
    // The vendor states the wait in whole seconds in details.retry_after.
    fail(res, 429, 'RATE_LIMIT_EXCEEDED', 'Too many requests', { retry_after: Math.ceil(refusal.retryAfterMs / 1000) });
    return true;
  }

  const body = await readJson(req);
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    fail(res, 400, 'VALIDATION_ERROR', 'Invalid request data', { field: 'body', reason: 'Send a JSON object' });
    return true;
  }
  const name = stringField(body, 'name')?.trim() ?? '';
  const email = stringField(body, 'email')?.trim() ?? '';
  const phone = stringField(body, 'phone')?.replace(/[\s-]/g, '') ?? '';
  if (email === '') {
    fail(res, 400, 'MISSING_FIELD', 'Required field missing', { field: 'email' });
    return true;
  }
  if (!EMAIL.test(email)) {
    fail(res, 400, 'VALIDATION_ERROR', 'Invalid request data', { field: 'email', reason: 'Invalid email format' });
    return true;
  }
  if (phone === '') {
    fail(res, 400, 'MISSING_FIELD', 'Required field missing', { field: 'phone' });
    return true;
  }
  if (!PHONE.test(phone)) {
    fail(res, 400, 'VALIDATION_ERROR', 'Invalid request data', { field: 'phone', reason: 'Invalid phone format' });
    return true;
  }
  for (const lead of state.leads.values()) {
    if (lead.phone === phone) {
      fail(res, 409, 'ALREADY_EXISTS', 'A lead with this phone number already exists');
      return true;
    }
  }
  const lead = { id: `lead_${state.leads.size + 1}`, name, email, phone };
  state.leads.set(lead.id, lead);
  sendJson(res, 201, { success: true, data: lead });
  return true;
}
