// @ts-check
// Small helpers over node:http so the route files read like the vendor docs they imitate.

/** Bodies above this size are refused: the demo API never needs more. */
const MAX_BODY_BYTES = 64 * 1024;

/**
 * Reads a JSON request body; resolves `undefined` for an empty body and `null` for bad JSON.
 * @param {import('node:http').IncomingMessage} req
 * @returns {Promise<unknown>}
 */
export function readJson(req) {
  return new Promise((resolve, reject) => {
    /** @type {Buffer[]} */
    const chunks = [];
    let size = 0;
    req.on('data', (/** @type {Buffer} */ chunk) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        reject(new Error('body too large'));
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      if (text.trim() === '') return resolve(undefined);
      try {
        resolve(JSON.parse(text));
      } catch {
        resolve(null);
      }
    });
    req.on('error', reject);
  });
}

/**
 * Sends a JSON body with a status and extra headers.
 * @param {import('node:http').ServerResponse} res
 * @param {number} status
 * @param {unknown} body
 * @param {Record<string, string>} [headers]
 */
export function sendJson(res, status, body, headers = {}) {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
    'cache-control': 'no-store',
    ...headers,
  });
  res.end(text);
}

/**
 * Sends a body as-is with its content type (HTML proxy pages, empty 204s).
 * @param {import('node:http').ServerResponse} res
 * @param {number} status
 * @param {string} contentType
 * @param {string} text
 */
export function sendText(res, status, contentType, text) {
  res.writeHead(status, {
    'content-type': contentType,
    'content-length': Buffer.byteLength(text),
    'cache-control': 'no-store',
  });
  res.end(text);
}

/**
 * Reads a string property of a parsed body, or undefined.
 * @param {unknown} body
 * @param {string} key
 * @returns {string | undefined}
 */
export function stringField(body, key) {
  if (typeof body !== 'object' || body === null) return undefined;
  const value = /** @type {Record<string, unknown>} */ (body)[key];
  return typeof value === 'string' ? value : undefined;
}
