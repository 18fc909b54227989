// Seed 001 (a Stripe-like API): `{ error: { code, message, param?, type } }` with conventional statuses.
import type { Meta } from '@storybook/react-vite';
import { ApiErrorPreview } from './ApiErrorPreview.js';
import { apiCase } from './apiCase.js';

const API = 'Stripe-like API';
export default {
  title: 'Supported APIs/001 Stripe-like',
  component: ApiErrorPreview,
} satisfies Meta<typeof ApiErrorPreview>;

export const MissingParameter = apiCase(API, {
  path: '/v1/charges',
  method: 'POST',
  request: { currency: 'EUR' },
  status: 400,
  body: {
    error: { code: 'missing_parameter', message: 'Missing required parameter: amount', param: 'amount', type: 'invalid_request_error' },
  },
  headers: { 'request-id': 'req_7Hk2pQ' },
  expected: {
    kind: 'validation',
    code: 'missing_parameter',
    retryable: false,
    fields: [['amount', 'Missing required parameter: amount']],
    requestId: 'req_7Hk2pQ',
  },
});

export const InvalidApiKey = apiCase(API, {
  path: '/v1/accounts',
  status: 401,
  body: { error: { code: 'invalid_api_key', message: 'Invalid API key provided: eyJhb...', type: 'authentication_error' } },
  expected: { kind: 'unauthenticated', code: 'invalid_api_key', retryable: false },
});

export const ResourceNotFound = apiCase(API, {
  path: '/v1/accounts/acc_123',
  status: 404,
  body: { error: { code: 'resource_not_found', message: 'No account found with id: acc_123', param: 'id', type: 'invalid_request_error' } },
  expected: { kind: 'not_found', code: 'resource_not_found', retryable: false },
});

export const InsufficientFundsCardError = apiCase(API, {
  path: '/v1/transfers',
  method: 'POST',
  request: { amount: 500 },
  status: 402,
  body: { error: { code: 'insufficient_funds', message: 'The source account does not have sufficient funds', type: 'card_error' } },
  expected: { kind: 'insufficient_funds', code: 'insufficient_funds', retryable: false },
});

export const RateLimitExceeded = apiCase(API, {
  path: '/v1/accounts',
  status: 429,
  headers: { 'retry-after': '3' },
  body: { error: { code: 'rate_limit_exceeded', message: 'Too many requests. Please wait before making another request', type: 'rate_limit_error' } },
  expected: { kind: 'rate_limited', code: 'rate_limit_exceeded', retryable: true, retryAfter: '3000 ms' },
});
