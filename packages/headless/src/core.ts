// The pure entry: importable on a server or in a worker. No React, no zustand, no DOM.
export { ApiError, isApiError } from './ApiError.js';
export { ERROR_KINDS } from './types.js';
export type {
  ApiErrorShape,
  Dialect,
  DialectContext,
  DialectResult,
  ErrorKind,
  FieldError,
  HeadersInput,
  NormalizeContext,
} from './types.js';
export * from './normalize/index.js';
export * from './fetch/index.js';
export * from './retry/index.js';
