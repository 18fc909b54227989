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
    // Built without a stack (see `createWithoutStack`): the same first line V8 writes at `stackTraceLimit = 0`.
    if (buildingWithoutStack) this.stack = `ApiError: ${this.message}`;
    this.name = 'ApiError';
    this.kind = shape.kind;
    // Only keys that are set, so `toEqual` and spreads stay clean; written one by one (not a loop
    // over `shape`) because this runs once per error in a storm and a keyed loop costs ~4x more.
    if (shape.status !== undefined) this.status = shape.status;
    if (shape.code !== undefined) this.code = shape.code;
    this.fields = shape.fields ?? [];
    this.retryable = shape.retryable ?? false;
    if (shape.retryAfterMs !== undefined) this.retryAfterMs = shape.retryAfterMs;
    if (shape.requestId !== undefined) this.requestId = shape.requestId;
    if (shape.method !== undefined) this.method = shape.method;
    if (shape.url !== undefined) this.url = shape.url;
    this.details = shape.details ?? {};
    this.cause = shape.cause;
  }

  /** Plain data for logs and devtools; `cause` is left out because it may hold secrets. */
  toJSON(): Omit<ApiErrorShape, 'cause'> {
    const { kind, message, status, code, fields, retryable, retryAfterMs, requestId, method, url, details } = this;
    return { kind, message, status, code, fields, retryable, retryAfterMs, requestId, method, url, details };
  }
}

let buildingWithoutStack = false;

/**
 * An `ApiError` with only the first line of a stack, for `normalizeError`. An error storm should not
 * pay for thousands of stacks nobody reads, and one taken there would only name Errata's frames: the
 * fetcher captures a stack where it throws, in the caller's code. With `stackTraceLimit` unset V8
 * skips capturing altogether, about 100–300 ns less per error than a limit of 0, which still
 * builds an empty trace: as much as `JSON.parse` of a small error body costs.
 */
export function createWithoutStack(shape: ConstructorParameters<typeof ApiError>[0]): ApiError {
  const limit = Error.stackTraceLimit;
  try {
    (Error as { stackTraceLimit?: number }).stackTraceLimit = undefined;
    buildingWithoutStack = true;
  } catch {
    // A frozen `Error` (SES lockdown) refuses the write; the error just gets a full stack.
  }
  try {
    return new ApiError(shape);
  } finally {
    buildingWithoutStack = false;
    try {
      Error.stackTraceLimit = limit;
    } catch {
      // Nothing was changed, so nothing to restore.
    }
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
