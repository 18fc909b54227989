// Seed 000 (Defastra): errors arrive as HTTP 200 `{ status: false, error_type, error_message }`.
import type { Meta } from '@storybook/react-vite';
import { ApiErrorPreview } from './ApiErrorPreview.js';
import { apiCase } from './apiCase.js';

const API = 'Defastra';
export default {
  title: 'Supported APIs/000 Defastra',
  component: ApiErrorPreview,
} satisfies Meta<typeof ApiErrorPreview>;

export const InsufficientFundsIn200 = apiCase(API, {
  path: '/defastra/check/email',
  method: 'POST',
  request: { email: 'ada@example.com' },
  status: 200,
  body: { status: false, error_type: 'INSUFFICIENT_FUNDS', error_message: 'You do not have enough funds to perform this request' },
  expected: { kind: 'insufficient_funds', code: 'INSUFFICIENT_FUNDS', retryable: false },
});

export const RateLimitedTwoPerSecond = apiCase(API, {
  path: '/defastra/check/email',
  method: 'POST',
  request: { email: 'ada@example.com' },
  status: 200,
  body: {
    status: false,
    error_type: 'RATE_LIMITED_2_PER_SECOND',
    error_message: 'You have performed too many requests in 1 second. Please refer to our Rate limiting section below',
  },
  expected: { kind: 'rate_limited', code: 'RATE_LIMITED_2_PER_SECOND', retryable: true, retryAfter: '1000 ms' },
});

export const InvalidEmail = apiCase(API, {
  path: '/defastra/check/email',
  method: 'POST',
  request: { email: 'ada' },
  status: 200,
  body: {
    status: false,
    error_type: 'INVALID_REQUEST_EMAIL',
    error_message: 'The specified email is not valid. Please submit a valid email address format',
  },
  expected: {
    kind: 'validation',
    code: 'INVALID_REQUEST_EMAIL',
    retryable: false,
    fields: [['email', 'The specified email is not valid. Please submit a valid email address format']],
  },
});

export const InactiveApiKey = apiCase(API, {
  path: '/defastra/check/phone',
  method: 'POST',
  request: { phone: '14567890000' },
  status: 200,
  body: { status: false, error_type: 'INACTIVE_API_KEY', error_message: 'This API key was deactivated' },
  expected: { kind: 'unauthenticated', code: 'INACTIVE_API_KEY', retryable: false },
});

export const DailyCheckLimit = apiCase(API, {
  path: '/defastra/check/phone',
  method: 'POST',
  request: { phone: '14567890000' },
  status: 200,
  body: {
    status: false,
    error_type: 'DAILY_CHECK_LIMIT',
    error_message: 'You reached the maximum daily spending allowed by your team Role',
  },
  expected: { kind: 'quota', code: 'DAILY_CHECK_LIMIT', retryable: false },
});

export const SystemUnavailable = apiCase(API, {
  path: '/defastra/check/phone',
  method: 'POST',
  request: { phone: '14567890000' },
  status: 200,
  body: {
    status: false,
    error_type: 'SYSTEM_UNAVAILABLE',
    error_message: 'An error occurred on our side; the support team was notified. Please retry later',
  },
  expected: { kind: 'unavailable', code: 'SYSTEM_UNAVAILABLE', retryable: true },
});
