// @ts-check
// Switchable outages: what a failing backend or the proxy in front of it sends.
import { readJson, sendJson, sendText } from './http.mjs';
import { OUTAGE_MODES } from './state.mjs';

/** An nginx-style proxy page, as apps meet them in front of a dead upstream. */
export const PROXY_PAGE =
  '<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n';

/**
 * Handles `GET/POST /api/outage` (the switch); returns false for other paths.
 * @param {import('./state.mjs').DemoState} state
 * @param {import('node:http').IncomingMessage} req
 * @param {import('node:http').ServerResponse} res
 * @param {string} path
 */
export async function handleOutageSwitch(state, req, res, path) {
  if (path !== '/api/outage') return false;
  if (req.method === 'POST') {
    const body = /** @type {{ mode?: unknown, remaining?: unknown, slowMs?: unknown } | null | undefined} */ (await readJson(req));
    const mode = body?.mode;
    if (typeof mode !== 'string' || !(/** @type {readonly string[]} */ (OUTAGE_MODES)).includes(mode)) {
      sendJson(res, 400, { error: `mode must be one of ${OUTAGE_MODES.join(', ')}` });
      return true;
    }
    state.outage.mode = /** @type {import('./state.mjs').OutageMode} */ (mode);
    state.outage.remaining =
      typeof body?.remaining === 'number' && body.remaining > 0 ? Math.floor(body.remaining) : undefined;
    if (typeof body?.slowMs === 'number' && body.slowMs >= 0) state.outage.slowMs = body.slowMs;
  }
  sendJson(res, 200, { mode: state.outage.mode, remaining: state.outage.remaining ?? null, slowMs: state.outage.slowMs });
  return true;
}

/**
 * Applies the current outage to a request: answers it (and returns 'answered'), delays it
 * ('delayed', then the caller answers normally), or lets it through ('through').
 * @param {import('./state.mjs').DemoState} state
 * @param {import('node:http').IncomingMessage} req
 * @param {import('node:http').ServerResponse} res
 * @param {(ms: number) => Promise<void>} sleep cancelled when the server closes
 * @returns {Promise<'answered' | 'through'>}
 */
export async function applyOutage(state, req, res, sleep) {
  const { mode } = state.outage;
  if (mode === 'none') return 'through';
  if (state.outage.remaining !== undefined) {
    state.outage.remaining -= 1;
    // The last failing request switches the outage off: the next one succeeds.
    if (state.outage.remaining <= 0) {
      state.outage.mode = 'none';
      state.outage.remaining = undefined;
    }
  }
  switch (mode) {
    case 'unavailable':
      sendJson(
        res,
        503,
        { error: { code: 'SERVICE_UNAVAILABLE', message: 'The service is temporarily unavailable' } },
        { 'retry-after': String(state.outage.retryAfterS) },
      );
      return 'answered';
    case 'server':
      sendJson(res, 500, { error: { code: 'INTERNAL_ERROR', message: 'An internal server error occurred' } });
      return 'answered';
    case 'html':
      sendText(res, 502, 'text/html', PROXY_PAGE);
      return 'answered';
    case 'network':
      // No response at all, as when a connection is reset.
      req.socket.destroy();
      return 'answered';
    case 'slow':
      await sleep(state.outage.slowMs);
      return 'through';
  }
}
