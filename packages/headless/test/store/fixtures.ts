// Bodies copied verbatim from the seed pages in /work/shared/seeds.
import { normalizeError } from '../../src/normalize/normalizeError.js';

export const defastraInsufficientFunds = {
  status: false,
  error_type: 'INSUFFICIENT_FUNDS',
  error_message: 'You do not have enough funds to perform this request',
};
export const defastraRateLimited = {
  status: false,
  error_type: 'RATE_LIMITED_2_PER_SECOND',
  error_message: 'You have performed too many requests in 1 minute or in 5 seconds. Please refer to our Rate limiting section below',
};
export const seed002Validation = {
  success: false,
  error: { code: 'VALIDATION_ERROR', message: 'Invalid request data', details: { field: 'email', reason: 'Invalid email format' } },
};
export const seed002RateLimit = {
  success: false,
  error: { code: 'RATE_LIMIT_EXCEEDED', message: 'Too many requests', details: { retry_after: 60 } },
};
export const seed003Internal = { error: { code: 'INTERNAL_ERROR', message: 'An internal server error occurred' } };
export const seed003Unavailable = { error: { code: 'SERVICE_UNAVAILABLE', message: 'The service is temporarily unavailable' } };
export const seed003Database = { error: { code: 'DATABASE_ERROR', message: 'A database error occurred' } };
export const seed003Expired = { error: { code: 'EXPIRED_API_KEY', message: 'The API key has expired' } };
export const seed004Quota = { error: 'quota_domains_reached', metric: 'domains', used: 10, limit: 10, requestedIncrement: 1 };

export const internalError = () => normalizeError(seed003Internal, { status: 500 });
export const unavailableError = () => normalizeError(seed003Unavailable, { status: 503 });
/** A 500 whose message differs per call, so every report is a distinct toast. */
export const distinctServerError = (n: number) =>
  normalizeError({ error: { code: 'PROCESSING_FAILED', message: `Job processing failed (job ${n})` } }, { status: 500 });
