/** What went wrong, in terms of what the app and the person can do about it. */
export type ErrorKind =
  | 'network'
  | 'timeout'
  | 'aborted'
  | 'unauthenticated'
  | 'forbidden'
  | 'validation'
  | 'not_found'
  | 'conflict'
  | 'quota'
  | 'rate_limited'
  | 'insufficient_funds'
  | 'server'
  | 'unavailable'
  | 'unknown';

/** Every kind, in a stable order (for validation, docs and stories). */
export const ERROR_KINDS: readonly ErrorKind[] = [
  'network',
  'timeout',
  'aborted',
  'unauthenticated',
  'forbidden',
  'validation',
  'not_found',
  'conflict',
  'quota',
  'rate_limited',
  'insufficient_funds',
  'server',
  'unavailable',
  'unknown',
];

/** A problem with one input; `field` is a dot path such as `address.city`. */
export interface FieldError {
  field: string;
  message: string;
  code?: string;
}

/** The plain-data shape of a normalized error (what `ApiError` carries). */
export interface ApiErrorShape {
  kind: ErrorKind;
  /** Human text from the server, secrets redacted, bounded length; a default for the kind otherwise. */
  message: string;
  status?: number;
  /** The vendor's machine code exactly as sent. */
  code?: string;
  fields: FieldError[];
  /** Could the same request succeed later with no user action? */
  retryable: boolean;
  /** How long the server asked us to wait. */
  retryAfterMs?: number;
  requestId?: string;
  method?: string;
  /** The request URL, secrets redacted. */
  url?: string;
  /** Every other field of the body, kept for forward compatibility. */
  details: Record<string, unknown>;
  /** What was normalized, untouched. */
  cause: unknown;
}

/** Headers in any of the forms apps hold them. */
export type HeadersInput =
  | Headers
  | Record<string, string | string[] | number | undefined | null>
  | Iterable<readonly [string, string]>;

/** What is known about the request and response besides the body. */
export interface NormalizeContext {
  status?: number;
  headers?: HeadersInput;
  method?: string;
  url?: string;
  /** Extra dialects tried before the built-in ones. */
  dialects?: readonly Dialect[];
}

/** What a dialect's `parse` returns: any part of the error it could read from the body. */
export interface DialectResult {
  kind?: ErrorKind;
  message?: string;
  code?: string;
  fields?: FieldError[];
  retryAfterMs?: number;
  requestId?: string;
  /** An HTTP status the body states (some APIs repeat it, some send errors inside a 200). */
  status?: number;
  details?: Record<string, unknown>;
}

/** Context a dialect sees: status and headers already read into plain values. */
export interface DialectContext {
  status?: number;
  /** Lower-cased header names. */
  headers: Record<string, string>;
}

/** Teaches Errata one API error format: `detect` is cheap, `parse` reads what it can. */
export interface Dialect {
  name: string;
  detect: (body: unknown, context: DialectContext) => boolean;
  parse: (body: unknown, context: DialectContext) => DialectResult;
}
