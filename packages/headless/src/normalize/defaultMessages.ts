import type { ErrorKind } from '../types.js';

/** Neutral English text per kind, used when the server sent none (friendly UI copy lives in the UI layer). */
export const defaultMessages: Record<ErrorKind, string> = {
  network: 'Could not reach the server.',
  timeout: 'The request timed out.',
  aborted: 'The request was cancelled.',
  unauthenticated: 'Authentication is required.',
  forbidden: 'Permission denied.',
  validation: 'The request is invalid.',
  not_found: 'Not found.',
  conflict: 'The request conflicts with the current state.',
  quota: 'A usage limit was reached.',
  rate_limited: 'Too many requests.',
  insufficient_funds: 'Insufficient funds.',
  server: 'The server had a problem.',
  unavailable: 'The service is temporarily unavailable.',
  unknown: 'Something went wrong.',
};
