import type { ApiErrorShape, ErrorKind, FieldError } from './types.js';

/**
 * The one error type Errata produces. A real `Error` (stack, `instanceof`), so it can be
 * thrown from query functions and caught by error boundaries.
 */
export class ApiError extends Error implements ApiErrorShape {
  kind: ErrorKind;
  status?: number;
  code?: string;
  fields: FieldError[];
  retryable: boolean;
  retryAfterMs?: number;
  requestId?: string;
  method?: string;
  url?: string;
  details: Record<string, unknown>;
  override cause: unknown;

  constructor(shape: Omit<ApiErrorShape, 'fields' | 'details' | 'retryable' | 'cause'> & Partial<ApiErrorShape>) {
    super(shape.message);
    this.name = 'ApiError';
    this.kind = shape.kind;
    this.fields = shape.fields ?? [];
    this.retryable = shape.retryable ?? false;
    this.details = shape.details ?? {};
    this.cause = shape.cause;
    // Only set optional keys that exist, so `toEqual` and spreads stay clean.
    if (shape.status !== undefined) this.status = shape.status;
    if (shape.code !== undefined) this.code = shape.code;
    if (shape.retryAfterMs !== undefined) this.retryAfterMs = shape.retryAfterMs;
    if (shape.requestId !== undefined) this.requestId = shape.requestId;
    if (shape.method !== undefined) this.method = shape.method;
    if (shape.url !== undefined) this.url = shape.url;
  }

  /** Plain data for logs and devtools; `cause` is left out because it may hold secrets. */
  toJSON(): Omit<ApiErrorShape, 'cause'> {
    const { kind, message, status, code, fields, retryable, retryAfterMs, requestId, method, url, details } = this;
    return { kind, message, status, code, fields, retryable, retryAfterMs, requestId, method, url, details };
  }
}

/** `instanceof` fails across bundles and realms; this checks the shape too. */
export function isApiError(value: unknown): value is ApiError {
  if (value instanceof ApiError) return true;
  try {
    return (
      typeof value === 'object' &&
      value !== null &&
      (value as { name?: unknown }).name === 'ApiError' &&
      typeof (value as { kind?: unknown }).kind === 'string' &&
      Array.isArray((value as { fields?: unknown }).fields)
    );
  } catch {
    return false;
  }
}
