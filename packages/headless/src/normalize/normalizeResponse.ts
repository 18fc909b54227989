import type { Dialect } from '../types.js';
import type { ApiError } from '../ApiError.js';
import { normalizeError } from './normalizeError.js';

/** What is known about the request that produced a response. */
export interface NormalizeResponseInit {
  /** The request's method; retries depend on it. @defaultValue undefined */
  method?: string;
  /** The request's URL. @defaultValue `response.url` */
  url?: string;
  /** Extra dialects tried before the built-in ones. @defaultValue [] */
  dialects?: readonly Dialect[];
}

/**
 * Reads a failed response's body once, whatever its content type (JSON, problem+json, text, HTML,
 * empty, invalid JSON), and normalizes it. Never rejects.
 */
export async function normalizeResponse(response: Response, init: NormalizeResponseInit = {}): Promise<ApiError> {
  let body = '';
  try {
    body = await response.text();
  } catch {
    // A used or broken body: status and headers still say a lot.
  }
  try {
    return normalizeError(body, {
      status: response.status,
      headers: response.headers,
      method: init.method,
      url: init.url ?? (response.url || undefined),
      dialects: init.dialects,
    });
  } catch {
    return normalizeError(null, { method: init.method });
  }
}
