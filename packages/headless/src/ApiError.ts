import type { ApiErrorShape, ErrorKind, FieldError } from './types.js';

/**
 * The one error type Errata produces. A real `Error` (stack, `instanceof`), so it can be
 * thrown from query functions and caught by error boundaries.
 */
export class ApiError extends Error implements ApiErrorShape {
  // `declare`: no class-field initializers, so unset optional keys are absent, not own `undefined`s.
  declare kind: ErrorKind;
  declare status?: number;
  declare code?: string;
  declare fields: FieldError[];
  declare retryable: boolean;
  declare retryAfterMs?: number;
  declare requestId?: string;
  declare method?: string;
  declare url?: string;
  declare details: Record<string, unknown>;
  declare cause: unknown;

  constructor(shape: Omit<ApiErrorShape, 'fields' | 'details' | 'retryable' | 'cause'> & Partial<ApiErrorShape>) {
    super(shape.message);
    this.name = 'ApiError';
    this.fields = [];
    this.retryable = false;
    this.details = {};
    this.cause = shape.cause;
    // Only keys that are set, so `toEqual` and spreads stay clean.
    for (const key in shape) {
      const value = shape[key as keyof typeof shape];
      if (value !== undefined) (this as Record<string, unknown>)[key] = value;
    }
  }

  /** Plain data for logs and devtools; `cause` is left out because it may hold secrets. */
  toJSON(): Omit<ApiErrorShape, 'cause'> {
    const { kind, message, status, code, fields, retryable, retryAfterMs, requestId, method, url, details } = this;
    return { kind, message, status, code, fields, retryable, retryAfterMs, requestId, method, url, details };
  }
}

/** `instanceof` fails across bundles and realms; this checks the shape too. */
export function isApiError(value: unknown): value is ApiError {
  try {
    return (
      value instanceof ApiError ||
      ((value as ApiError)?.name === 'ApiError' && typeof (value as ApiError).kind === 'string' && Array.isArray((value as ApiError).fields))
    );
  } catch {
    return false;
  }
}
