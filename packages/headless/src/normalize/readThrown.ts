import type { ErrorKind } from '../types.js';
import { isRecord, text, toStatus } from './guards.js';

/** What a thrown value or a Response-like object tells besides its body. */
export interface Thrown {
  body?: unknown;
  status?: number;
  headers?: unknown;
  method?: string;
  url?: string;
  /** Set when the failure happened before any response (network, timeout, cancel). */
  kind?: ErrorKind;
  /** Text of an error that is not from the server (used only for unknown kinds). */
  message?: string;
}

// Error codes (axios, Node's network stack, undici) and names (DOMException, axios, ky) of failures without a response.
const ABORTED = /^(ERR_CANCELED|AbortError|CanceledError)$/;
const TIMEOUT = /^(ECONNABORTED|ETIMEDOUT|UND_ERR_\w*TIMEOUT|TimeoutError)$/;
const NETWORK = /^(ERR_NETWORK|ECONN(REFUSED|RESET)|ENOTFOUND|EAI_AGAIN|E(HOST|NET)UNREACH|EPIPE)$/;
// Browsers word a failed fetch differently: Chrome, Firefox, Safari, Node/undici, React Native.
const FETCH_FAILED = /fetch|network|load failed|connect|socket/i;

const kindOf = (id: string): ErrorKind | undefined =>
  !id ? undefined : ABORTED.test(id) ? 'aborted' : TIMEOUT.test(id) ? 'timeout' : NETWORK.test(id) ? 'network' : undefined;

// A body not read yet (a Node or web stream, undici's body, a pending promise) holds no error data, only its machinery.
const unread = (body: unknown): unknown =>
  isRecord(body) && (typeof body.pipe === 'function' || typeof body.getReader === 'function' || typeof body.then === 'function') ? undefined : body;

const isResponse = (value: unknown): value is Response => typeof Response !== 'undefined' && value instanceof Response;

/**
 * Splits an input into body and response facts: axios errors, ky `HTTPError`/`TimeoutError`,
 * fetch `TypeError`, `DOMException` `AbortError`/`TimeoutError`, `Response`s and Response-like
 * `{ status, headers, body | data }`. Anything else is taken as the body itself.
 */
export function readThrown(input: unknown): Thrown {
  if (isResponse(input)) return { status: input.status, headers: input.headers, url: input.url };
  if (!isRecord(input)) return { body: input };
  const e = input;
  const isError = e instanceof Error || typeof e.stack === 'string';
  const r = e.response;
  if (isRecord(r) && toStatus(r.status ?? r.statusCode) !== undefined) {
    // ky ≥ 1.x after reading, ofetch and axios put the parsed body on `data`; a fetch Response's `body` is a stream.
    let body = unread(e.data ?? r.data ?? r._data ?? (isResponse(r) ? undefined : r.body));
    // superagent leaves `body` as `{}` when the content type was not JSON; the JSON is then in `text`.
    if (typeof r.text === 'string' && isRecord(body) && !Object.keys(body).length) body = r.text;
    return { status: toStatus(r.status ?? r.statusCode), headers: r.headers, body, method: requestFact(e, 'method'), url: requestFact(e, 'url') };
  }
  const code = typeof e.code === 'string' ? e.code : isRecord(e.cause) && typeof e.cause.code === 'string' ? e.cause.code : '';
  const name = typeof e.name === 'string' ? e.name : '';
  const kind =
    kindOf(code) ??
    kindOf(name) ??
    ((name === 'TypeError' && FETCH_FAILED.test(String(e.message))) || e.isAxiosError === true ? 'network' : undefined);
  if (kind) return { kind, method: requestFact(e, 'method'), url: requestFact(e, 'url') };
  if (isError) return { status: toStatus(e.status ?? e.statusCode), body: e.data, message: text(e.message), method: requestFact(e, 'method'), url: requestFact(e, 'url') };
  return readWrapper(e) ?? { body: input };
}

/**
 * A Response-like plain object: a numeric status beside headers or a body. With words of its own beside `data` it is
 * a body that repeats its status (CKEditor Cloud Services' `{ message, statusCode, traceId, data }`). Also asked of a
 * body parsed from text, so a wrapper reads the same from the wire as handed over parsed (Imgur's
 * `{ data: { error }, success: false, status: 400 }`).
 */
export function readWrapper(e: Record<string, unknown>): Thrown | undefined {
  const status = toStatus(e.status ?? e.statusCode);
  const ownWords = text(e.message) ?? text(e.error) ?? text(e.title) ?? text(e.detail);
  if (status !== undefined && ('headers' in e || (('body' in e || 'data' in e) && !ownWords))) {
    return { status, headers: e.headers, body: unread(e.data ?? e.body), method: text(e.method), url: text(e.url) };
  }
  return undefined;
}

/**
 * The request's method or URL as an HTTP client's error holds it, read only on the branches that
 * use it (most inputs are plain bodies): ky's `request` (a Request), axios' `config` (its `request` is the raw XHR).
 */
function requestFact(e: Record<string, unknown>, key: 'method' | 'url'): string | undefined {
  for (const o of [e.request, e.config, e.options, e.response]) if (isRecord(o) && text(o[key])) return o[key] as string;
  return undefined;
}
