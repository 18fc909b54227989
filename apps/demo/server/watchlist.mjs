// @ts-check
// Seed 004-style (Defendis) watchlist: `{ error: "text", ...extra }`, 409 when the workspace quota is reached.
import { readJson, sendJson, stringField } from './http.mjs';

const DOMAIN = /^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/i;

/**
 * Handles `/api/watchlist*`; returns false when the path is not the watchlist's.
 * @param {import('./state.mjs').DemoState} state
 * @param {import('node:http').IncomingMessage} req
 * @param {import('node:http').ServerResponse} res
 * @param {string} path
 * @returns {Promise<boolean>}
 */
export async function handleWatchlist(state, req, res, path) {
  if (path !== '/api/watchlist' && !path.startsWith('/api/watchlist/')) return false;

  const key = req.headers['x-api-key'];
  if (typeof key !== 'string' || key === '') {
    sendJson(res, 401, { error: 'Missing API key' });
    return true;
  }
  const summary = () => ({ domains: [...state.watchlist], used: state.watchlist.length, limit: state.watchlistLimit });

  if (path === '/api/watchlist' && req.method === 'GET') {
    sendJson(res, 200, summary());
    return true;
  }

  if (req.method !== 'GET' && state.watchlistWrites.hit(key)) {
    sendJson(res, 429, { error: 'Rate limit exceeded' }, { 'retry-after': '10' });
    return true;
  }

  if (path === '/api/watchlist' && req.method === 'POST') {
    const domain = stringField(await readJson(req), 'domain')?.trim().toLowerCase();
    if (!domain || !DOMAIN.test(domain)) {
      sendJson(res, 400, { error: 'Missing or invalid parameter: domain' });
      return true;
    }
    if (state.watchlist.includes(domain)) {
      sendJson(res, 200, summary());
      return true;
    }
    if (state.watchlist.length >= state.watchlistLimit) {
      sendJson(res, 409, {
        error: 'quota_domains_reached',
        metric: 'domains',
        used: state.watchlist.length,
        limit: state.watchlistLimit,
        requestedIncrement: 1,
      });
      return true;
    }
    state.watchlist.push(domain);
    sendJson(res, 201, summary());
    return true;
  }

  if (path.startsWith('/api/watchlist/') && req.method === 'DELETE') {
    const domain = decodeURIComponent(path.slice('/api/watchlist/'.length)).toLowerCase();
    const at = state.watchlist.indexOf(domain);
    if (at === -1) {
      sendJson(res, 404, { error: 'Domain not found in watchlist' });
      return true;
    }
    state.watchlist.splice(at, 1);
    res.writeHead(204, { 'cache-control': 'no-store' });
    res.end();
    return true;
  }

  sendJson(res, 404, { error: 'Unknown endpoint' });
  return true;
}
