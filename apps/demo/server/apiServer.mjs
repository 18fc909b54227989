// @ts-check
// The demo's local API: behaves like the seed vendors (Defastra checks and wallet, a leads API,
// a Defendis-style watchlist, Stripe-like accounts) plus switchable outages, on 127.0.0.1 only.
import { createServer } from 'node:http';
import { randomBytes } from 'node:crypto';
import { handleAccounts } from './accounts.mjs';
import { handleDefastra } from './defastra.mjs';
import { sendJson } from './http.mjs';
import { handleLeads } from './leads.mjs';
import { applyOutage, handleOutageSwitch } from './outage.mjs';
import { createState } from './state.mjs';
import { handleWatchlist } from './watchlist.mjs';

/**
 * @typedef {object} ApiServerOptions
 * @property {number} [port] Port to listen on; 0 picks a free one. Default: 0.
 * @property {string} [host] Interface to bind. Default: '127.0.0.1'.
 * @property {() => number} [now] Clock for the rate limits (tests inject one). Default: Date.now.
 * @property {number} [slowMs] How long the "slow" outage holds a request. Default: 15000.
 * @property {number} [outageRetryAfterS] Retry-After (seconds) of the 503 outage. Default: 5.
 * @property {number} [rateLimitRetryAfterS] Retry-After (seconds) of the 429 forced by `error@429.com`. Default: 20.
 */

/**
 * @typedef {object} ApiServer
 * @property {string} url Base URL, e.g. http://127.0.0.1:5174
 * @property {number} port
 * @property {import('./state.mjs').DemoState} state The live state (tests may read or reset it).
 * @property {() => Promise<void>} close Stops listening, drops open connections and pending delays.
 */

/**
 * Starts the demo API server.
 * @param {ApiServerOptions} [options]
 * @returns {Promise<ApiServer>}
 */
export async function startApiServer(options = {}) {
  const { port = 0, host = '127.0.0.1', now = Date.now, slowMs = 15_000, outageRetryAfterS = 5, rateLimitRetryAfterS = 20 } = options;
  const state = createState(now, { slowMs, outageRetryAfterS, rateLimitRetryAfterS });
  /** @type {Set<() => void>} */
  const pendingSleeps = new Set();

  /** A delay the server can cancel on close, so no timer outlives it. */
  const sleep = (/** @type {number} */ ms) =>
    new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        pendingSleeps.delete(done);
        resolve(undefined);
      };
      const timer = setTimeout(done, ms);
      pendingSleeps.add(done);
    });

  const server = createServer((req, res) => {
    // A correlation id on every answer, as real APIs send, so the UI can show it to support.
    res.setHeader('x-request-id', `req_${randomBytes(6).toString('hex')}`);
    route(req, res).catch(() => {
      if (!res.headersSent) sendJson(res, 500, { error: { code: 'INTERNAL_ERROR', message: 'An internal server error occurred' } });
      else res.destroy();
    });
  });

  /**
   * @param {import('node:http').IncomingMessage} req
   * @param {import('node:http').ServerResponse} res
   */
  async function route(req, res) {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    if (path === '/api/health') return sendJson(res, 200, { ok: true });
    if (path === '/api/reset' && req.method === 'POST') {
      state.reset();
      res.writeHead(204);
      return res.end();
    }
    if (await handleOutageSwitch(state, req, res, path)) return;
    if ((await applyOutage(state, req, res, sleep)) === 'answered') return;
    if (res.destroyed) return;
    if (await handleDefastra(state, req, res, path)) return;
    if (await handleLeads(state, req, res, path)) return;
    if (await handleWatchlist(state, req, res, path)) return;
    if (await handleAccounts(state, req, res, path)) return;
    // Anything else answers in RFC 9457 problem details, the generic dialect.
    const text = JSON.stringify({ type: 'about:blank', title: 'Not Found', status: 404, detail: 'No endpoint at this path' });
    res.writeHead(404, { 'content-type': 'application/problem+json', 'content-length': Buffer.byteLength(text) });
    res.end(text);
  }

  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve(undefined));
  });
  const address = server.address();
  const boundPort = typeof address === 'object' && address !== null ? address.port : port;

  return {
    url: `http://${host}:${boundPort}`,
    port: boundPort,
    state,
    close: () =>
      new Promise((resolve) => {
        for (const done of [...pendingSleeps]) done();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
