import type { ApiError } from '../ApiError.js';
import type { Dialect } from '../types.js';
import { isErrorBody } from '../normalize/isErrorBody.js';
import { normalizeError } from '../normalize/normalizeError.js';
import { normalizeResponse } from '../normalize/normalizeResponse.js';
import { createRateGate, isAbsoluteUrl, type RateGate, type RateRelease } from './createRateGate.js';
import type { RateWindow } from './readRateLimit.js';
import { readBody } from './readBody.js';

export interface FetcherOptions {
  /** Prefix for relative paths (`'https://api.example.com/v1'`). Absolute URLs are used as given. */
  baseUrl?: string;
  /** Headers sent with every request; a function is called per request (for fresh tokens). */
  headers?: HeadersInit | (() => HeadersInit);
  /**
   * The `fetch` to call.
   * @defaultValue `globalThis.fetch`
   */
  fetch?: typeof fetch;
  /** Extra dialects, tried before the built-in ones, to read this API's error bodies. */
  dialects?: readonly Dialect[];
  /**
   * Also treat a 2xx body as a failure when this returns true, for an API that answers errors with success statuses in
   * its own way (WeChat's `{ errcode: 40001, errmsg }`, Bybit's `{ retCode: 10006 }`). The built-in checks
   * (`isErrorBody`: `status: false`, `success: false`, `ok: false`, GraphQL and JSON-RPC errors) still apply.
   * @example `(body) => (body as { errcode?: number }).errcode !== 0`
   */
  isErrorBody?: (body: unknown) => boolean;
  /**
   * Rates each origin accepts, so requests are paced before the server has to refuse them.
   * Every window is honoured at once.
   * @example `{ 'https://api.defastra.com': [{ limit: 2, windowMs: 1000 }, { limit: 60, windowMs: 60000 }] }`
   */
  rates?: Record<string, readonly RateWindow[]>;
  /**
   * The gate that holds the per-origin cooldown; fetchers with the same gate share it.
   * @defaultValue one module-wide gate, so every fetcher to an origin shares its cooldown
   */
  gate?: RateGate;
  /** Abort a request that takes longer than this (waiting at the gate excluded); it fails as `timeout`. */
  timeoutMs?: number;
}

/** `RequestInit` plus a stable key for a mutation, sent as `Idempotency-Key` on every try. */
export interface FetchInit extends RequestInit {
  idempotencyKey?: string;
}

/** Resolves with the parsed body; throws `ApiError` for every failure. */
export type Fetcher = <T = unknown>(path: string, init?: FetchInit) => Promise<T>;

let sharedGate: RateGate | undefined;

/**
 * Creates a `fetch` wrapper for query and mutation functions: it resolves with the parsed body
 * (JSON when JSON, text otherwise, `undefined` when empty) and throws an `ApiError` on a non-2xx
 * response, on a 2xx body that says it failed, on network failures, timeouts and aborts. Requests
 * to an origin that is rate limited wait at the shared gate.
 *
 * @example
 * ```ts
 * const api = createFetcher({ baseUrl: 'https://api.defastra.com', headers: { 'X-API-KEY': key } });
 * useQuery({ queryKey: ['phone', n], queryFn: ({ signal }) => api(`/phone?n=${n}`, { signal }) });
 * ```
 */
export function createFetcher(options: FetcherOptions = {}): Fetcher {
  const { baseUrl, headers: shared, dialects, rates, timeoutMs, isErrorBody: failsToo } = options;
  const gate = options.gate ?? (sharedGate ??= createRateGate());
  for (const origin in rates) gate.declare(origin, rates[origin]!);

  const fetcher = async <T>(path: string, init: FetchInit = {}): Promise<T> => {
    const { idempotencyKey, headers, ...rest } = init;
    const url = !baseUrl || isAbsoluteUrl(path) ? path : `${baseUrl.replace(/\/+$/, '')}/${path.replace(/^\/+/, '')}`;
    const method = (init.method ?? 'GET').toUpperCase();
    const context = { method, url, dialects };
    const fail = (error: ApiError): ApiError => {
      // The retry policy reads this: a keyed mutation is safe to send again.
      if (idempotencyKey) error.details.idempotencyKey = idempotencyKey;
      // normalizeError skips the stack; the caller of the fetcher is where a developer needs one.
      Error.captureStackTrace?.(error, fetcher);
      return error;
    };

    const sent = new Headers(typeof shared === 'function' ? shared() : shared);
    new Headers(headers).forEach((value, name) => sent.set(name, value));
    if (idempotencyKey) sent.set('Idempotency-Key', idempotencyKey);

    let release: RateRelease;
    try {
      release = await gate.take(url, init.signal);
    } catch (cause) {
      throw fail(normalizeError(cause, context));
    }
    let response: Response;
    try {
      // The timeout starts once the gate lets the request go: waiting for a rate limit is not slowness.
      const timeout = timeoutMs ? AbortSignal.timeout(timeoutMs) : undefined;
      const signal = timeout && init.signal ? AbortSignal.any([init.signal, timeout]) : (timeout ?? init.signal);
      response = await (options.fetch ?? fetch)(url, { ...rest, method, headers: sent, signal });
    } catch (cause) {
      release();
      throw fail(normalizeError(cause, context));
    }
    let error: ApiError | undefined;
    let body: unknown;
    try {
      if (!response.ok) error = await normalizeResponse(response, context);
      else if (isErrorBody((body = await readBody(response))) || failsToo?.(body))
        error = normalizeError(body, { ...context, status: response.status, headers: response.headers });
    } catch (cause) {
      // The body broke off (network, abort) or a 2xx said JSON but was not.
      error = normalizeError(cause, context);
    }
    release({ headers: response.headers, error });
    if (error) throw fail(error);
    return body as T;
  };
  return fetcher;
}
